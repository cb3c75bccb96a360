"""Named document-level figures (docs/facts.md lists the metric names): from the tables (rows
and columns labelled with the terms of the standard tables and forms), the sentences
(metric_sentences) and the counts (metric_counts).
"""

from __future__ import annotations

import re

from ingest.extractors.common import amount_cell, column_labels, wrapped_tail
from ingest.extractors.metric_counts import count_metrics
from ingest.extractors.metric_sentences import sentence_metrics
from ingest.extractors.projects import first_filled, project_name_of_table
from ingest.extractors.three_public_tables import three_public_table
from ingest.facts import Metric
from ingest.normalize import compact
from ingest.numbers import parse_number
from ingest.segmenters import Segments, Table

# Row labels of tables 01/04 and of forms, exact after compaction and without their ordinal
# (`一、`, `1.`, `(一)`): the wordings of final accounts, of budgets (部门收支总表 / 财务收支预算总表
# / 收支预算总表) and of forms.
ROW_LABELS: dict[str, str] = {
    "一般公共预算财政拨款收入": "revenue_general_budget",
    "政府性基金预算财政拨款收入": "revenue_gov_fund",
    "国有资本经营预算财政拨款收入": "revenue_state_capital",
    "上级补助收入": "revenue_upper_subsidy",
    "事业收入": "revenue_business",
    "经营收入": "revenue_operating",
    "事业单位经营收入": "revenue_operating",
    "附属单位上缴收入": "revenue_subordinate",
    "其他收入": "revenue_other",
    "其他资金": "revenue_other",
    "财政专户管理资金": "revenue_special_account",
    "财政拨款收入": "revenue_fiscal",
    "财政拨款": "revenue_fiscal",
    "一般公共预算资金": "revenue_general_budget",
    "一般公共预算": "revenue_general_budget",
    "政府性基金": "revenue_gov_fund",
    "政府性基金预算": "revenue_gov_fund",
    "国有资本经营预算": "revenue_state_capital",
    "本年收入合计": "revenue_total",
    "当年收入小计": "revenue_total",
    "本年支出合计": "expenditure_total",
    "当年支出小计": "expenditure_total",
    "使用非财政拨款结余": "non_fiscal_balance_used",
    "年初结转和结余": "carryover_begin",
    "上年结转": "carryover_begin",
    "上年结转资金": "carryover_begin",
    "年末结转和结余": "carryover_end",
    "结转下年": "carryover_end",
    "结转下年资金": "carryover_end",
    "结余分配": "balance_distribution",
    "总计": "grand_total",
    "收入总计": "grand_total",
    "支出总计": "grand_total",
    "收入合计": "grand_total",
    "支出合计": "grand_total",
    "编制人数": "staff_authorized",
    "实有人数": "staff_actual",
    "基本支出": "expenditure_basic",
    "项目支出": "expenditure_project",
    "其中三公经费支出": "three_public_total",
    "三公经费支出": "three_public_total",
    "区财政预算安排": "revenue_fiscal",
    "县财政预算安排": "revenue_fiscal",
    "市财政预算安排": "revenue_fiscal",
    "旗财政预算安排": "revenue_fiscal",
    "财政预算安排": "revenue_fiscal",
    "部门整体支出总额": "expenditure_total",
}
_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+、|\d{1,2}[.、．]|\([一二三四五六七八九十\d]{1,3}\))")


def label_key(cell: str) -> str:
    """A row label as the label tables look it up: compact, without its ordinal."""
    return _ORDINAL.sub("", compact(cell))


# Self-evaluation forms state these totals as what was budgeted for the year.
BUDGET_ROW_LABELS = {"基本支出总额": "expenditure_basic", "项目支出总额": "expenditure_project"}
# Table 04 (财政拨款收入支出决算总表 / 财政拨款收支总表) speaks of fiscal appropriations only.
FISCAL_ROW_LABELS: dict[str, str] = {
    "一般公共预算财政拨款": "revenue_general_budget",
    "政府性基金预算财政拨款": "revenue_gov_fund",
    "国有资本经营预算财政拨款": "revenue_state_capital",
    "一般公共预算资金": "revenue_general_budget",
    "一般公共预算": "revenue_general_budget",
    "政府性基金": "revenue_gov_fund",
    "政府性基金预算": "revenue_gov_fund",
    "国有资本经营预算": "revenue_state_capital",
    "本年收入合计": "revenue_fiscal",
    "年初财政拨款结转和结余": "fiscal_carryover_begin",
    "年末财政拨款结转和结余": "fiscal_carryover_end",
    "总计": "fiscal_grand_total",
    "收入总计": "fiscal_grand_total",
    "支出总计": "fiscal_grand_total",
    "收入合计": "fiscal_grand_total",
    "支出合计": "fiscal_grand_total",
}
FUND_COLUMNS = [("一般公共预算", "gpb_expenditure"), ("政府性基金", "gov_fund_expenditure"),
                ("国有资本经营", "state_capital_expenditure")]
# Columns of the 合计 row of tables 02, 03, 05.
TOTAL_ROW_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "02": [("本年收入合计", "revenue_total"), ("财政拨款收入", "revenue_fiscal"),
           ("上级补助收入", "revenue_upper_subsidy"), ("事业收入", "revenue_business"),
           ("经营收入", "revenue_operating"), ("附属单位上缴收入", "revenue_subordinate"),
           ("其他收入", "revenue_other"), ("合计", "revenue_total")],
    "03": [("本年支出合计", "expenditure_total"), ("基本支出", "expenditure_basic"),
           ("项目支出", "expenditure_project"), ("上缴上级支出", "expenditure_to_upper"),
           ("经营支出", "expenditure_operating"), ("对附属单位补助支出", "expenditure_subsidy_subordinate"),
           ("预留机动", "expenditure_reserve"), ("合计", "expenditure_total")],
    "05": [("小计", "gpb_expenditure"), ("合计", "gpb_expenditure"), ("基本支出", "gpb_basic"),
           ("项目支出", "gpb_project")],
    "06": [("人员经费", "basic_personnel"), ("公用经费", "basic_public")],
    "13": [("机关运行经费", "admin_operating_cost")],
}
def extract_metrics(segments: Segments, year: int | None, default_unit: str) -> list[Metric]:
    out: list[Metric] = []
    for table in segments.tables:
        out.extend(_table_metrics(table, default_unit, year))
    out.extend(sentence_metrics(segments, year, default_unit))
    out.extend(count_metrics(segments))
    return out


# Subtotal rows of the basic-expenditure table (06).
BASIC_ROW_LABELS = {"人员经费合计": "basic_personnel", "人员经费": "basic_personnel",
                    "公用经费合计": "basic_public", "公用经费": "basic_public"}
# Row labels of a budget's 政府采购预算表 (`一、货物A`), without ordinal and category letter.
PROCUREMENT_ROW_LABELS = {"合计": "procurement_total", "总计": "procurement_total", "货物": "procurement_goods",
                          "工程": "procurement_works", "服务": "procurement_services"}
_CATEGORY_LETTER = re.compile(r"(?<=[物程务])[A-C]$")


def _table_metrics(table: Table, default_unit: str, year: int | None = None) -> list[Metric]:
    unit = table.unit or default_unit
    if table.table_no == "07" or "三公" in (table.title or ""):
        return three_public_table(table, unit, year)
    if table.table_no == "12":
        return _labelled_cells(table, PROCUREMENT_ROW_LABELS, unit, key=lambda c: _CATEGORY_LETTER.sub("", label_key(c)))
    if table.table_no == "06":
        return _total_row(table, unit) + _labelled_cells(table, BASIC_ROW_LABELS, unit)
    if table.table_no in TOTAL_ROW_COLUMNS:
        return _total_row(table, unit)
    if table.table_no == "04":
        return _labelled_cells(table, FISCAL_ROW_LABELS, unit) + _fiscal_spending_by_fund(table, unit)
    if _PROJECT_FORM.search(table.title or "") and "部门整体" not in (table.title or ""):
        # a project's self-evaluation: its rows 财政资金 / 财政专户管理资金 / 上年结转 are the project's money
        return _department_total_score(table)
    return _labelled_cells(table, ROW_LABELS, unit) + _department_total_score(table)


_PROJECT_FORM = re.compile(r"项目[^。]{0,12}?(?:绩效自评|绩效评价|自评表)")


def _fiscal_spending_by_fund(table: Table, unit: str) -> list[Metric]:
    """Table 04's 本年支出合计 row, split into the three fund columns."""
    width = max(len(row.cells) for row in table.rows)
    out = []
    for position, row in enumerate(table.rows):
        cells = [compact(c) for c in row.cells]
        if "本年支出合计" not in cells:
            continue
        labels = column_labels(table.rows[:2], width)
        for index in range(cells.index("本年支出合计") + 1, len(cells)):
            metric = next((m for needle, m in FUND_COLUMNS if needle in labels[index]), None)
            value = amount_cell(cells[index])
            if metric and value is not None:
                out.append(Metric(metric=metric, measure="actual", value_reported=value, unit_reported=unit,
                                  source_kind="table", source_table="04", source_line=row.line))
    return out


def _department_total_score(table: Table) -> list[Metric]:
    """The 总分 row of a self-evaluation form about the whole department (no project named)."""
    if project_name_of_table(table)[1] is not None:
        return []
    for row in table.rows:
        cells = [compact(c) for c in row.cells]
        if first_filled(cells) == "总分":
            numbers = [n for n in (parse_number(c) for c in cells[cells.index("总分") + 1:]) if n is not None]
            if numbers:
                return [Metric(metric="self_evaluation_score", measure="actual", value_reported=numbers[-1],
                               unit_reported="分", source_kind="table", source_table=table.title,
                               source_line=row.line)]
    return []


def _labelled_cells(table: Table, labels: dict[str, str], unit: str, key=None) -> list[Metric]:
    """Label cell followed (after an optional 行次 number) by a value cell."""
    key = key or label_key
    out = []
    source = table.table_no or table.title
    previous: list[str] = []
    columns = _measure_columns(table)
    for position, row in enumerate(table.rows):
        cells = [compact(c) for c in row.cells]
        above = previous
        previous = cells
        for index, cell in enumerate(cells):
            keyed = key(cell)
            metric = labels.get(keyed) or BUDGET_ROW_LABELS.get(cell)
            if metric is None and keyed in _label_beginnings(labels):
                # a label a page break parted (`当年收入` + `小计`): joined only into a label
                metric = labels.get(key(cell + wrapped_tail(table.rows, position, index)))
            measure = "budget" if cell in BUDGET_ROW_LABELS else "actual"
            if cell == "合计" and table.table_no is None:
                metric = _total_of("".join(above + cells[:index]))
            if metric is None:
                continue
            if columns and metric in ("expenditure_total",) and cell not in ("合计",):
                out.extend(_by_measure_columns(row, columns, metric, unit, source))
                continue
            value_index = index + 1
            if (table.table_no in ("01", "04") and value_index < len(cells)
                    and re.fullmatch(r"\d{1,3}", cells[value_index])):
                value_index += 1
            if table.standard is not None:
                value_index = _next_filled(cells, value_index)
            if value_index >= len(cells):
                continue
            value = amount_cell(cells[value_index])
            if value is None:
                continue
            metric_unit = "人" if metric.startswith("staff") else unit
            out.append(Metric(metric=metric, measure=measure, value_reported=value, unit_reported=metric_unit,
                              source_kind="table", source_table=source,
                              source_line=row.cell_lines[value_index] if row.cell_lines else row.line))
    return out


_BEGINNINGS: dict[int, frozenset[str]] = {}


def _label_beginnings(labels: dict[str, str]) -> frozenset[str]:
    """The proper beginnings of a label table's labels (`当年收入` of `当年收入小计`), worked out once
    per table of labels (module constants)."""
    found = _BEGINNINGS.get(id(labels))
    if found is None:
        found = frozenset(label[:end] for label in labels for end in range(1, len(label)))
        _BEGINNINGS[id(labels)] = found
    return found


def _next_filled(cells: list[str], index: int) -> int:
    """A standard table's label may stand blank cells before its figure (`当年支出小计 | | |
    20,849.45`, the figure under the 支出用途 column; `一、货物A | | | | | 496.20`); a label in
    between ends the search."""
    for position in range(index, len(cells)):
        if cells[position]:
            return position if amount_cell(cells[position]) is not None else len(cells)
    return len(cells)


def _total_of(before: str) -> str | None:
    """A form's bare 合计 totals the revenue or the spending its nearest heading names
    (`年度收入（万元）… 合计`, `年度支出（万元）… 合计`)."""
    revenue, spending = before.rfind("收入"), before.rfind("支出")
    if revenue < 0 and spending < 0:
        return None
    return "revenue_total" if revenue > spending else "expenditure_total"


def _measure_columns(table: Table) -> dict[int, str]:
    """Columns headed 预算数 / 执行数 (决算数) in a form: {column: measure}."""
    for row in table.rows:
        cells = [compact(c) for c in row.cells]
        found = {}
        for index, cell in enumerate(cells):
            if cell.startswith("预算数") or cell.startswith("全年预算数"):
                found[index] = "budget"
            elif cell.startswith("执行数") or cell.startswith("全年执行数") or cell.startswith("决算数"):
                found[index] = "actual"
        if "budget" in found.values() and "actual" in found.values():
            return found
    return {}


def _by_measure_columns(row, columns: dict[int, str], metric: str, unit: str, source) -> list[Metric]:
    out = []
    for index, measure in columns.items():
        if index < len(row.cells) and (value := amount_cell(row.cells[index])) is not None:
            out.append(Metric(metric=metric, measure=measure, value_reported=value, unit_reported=unit,
                              source_kind="table", source_table=source, source_line=row.line))
    return out


def _total_row(table: Table, unit: str) -> list[Metric]:
    width = max(len(row.cells) for row in table.rows)
    total_rows = [row for row in table.rows if _total_label_at(row) is not None]
    # the 合计 sits in the first two columns, or further where the name cell spans more of them
    first_column = max(2, _total_label_at(total_rows[0]) + 1) if total_rows else 2
    if not total_rows and _one_row_of_figures(table):
        # `合计 | 基本支出 | 项目支出 …` over one row of figures: the totals, headed by their columns
        total_rows, first_column = [table.rows[-1]], 0
    if not total_rows:
        return []
    header = [row for row in table.rows if row.line < total_rows[0].line]
    labels = column_labels(header, width)
    out = []
    taken = set()
    for row in total_rows[:1]:
        for index, label in enumerate(labels):
            if index >= len(row.cells) or index < first_column:
                continue
            for needle, metric in TOTAL_ROW_COLUMNS[table.table_no]:
                if needle in label and metric not in taken:
                    value = amount_cell(row.cells[index])
                    if value is not None:
                        taken.add(metric)
                        out.append(Metric(metric=metric, measure="actual", value_reported=value,
                                          unit_reported=unit, source_kind="table",
                                          source_table=table.table_no, source_line=row.line))
                    break
    return out


def _total_label_at(row) -> int | None:
    """The column of a row's 合计 label when the row is a total row: 合计 before any amount
    (in the first two columns, or in a name cell merged across more), amounts after it."""
    for index, cell in enumerate(row.cells):
        if amount_cell(cell) is not None:
            return None
        if compact(cell) == "合计":
            after = row.cells[index + 1:]
            return index if (index < 2 or all(not compact(c) for c in row.cells[:index])) and any(
                amount_cell(c) is not None for c in after) else None
    return None


def _one_row_of_figures(table: Table) -> bool:
    """A table of a header and one row of figures only (江苏's 支出预算总表)."""
    rows = [row for row in table.rows if any(c.strip() for c in row.cells)]
    return (len(rows) >= 2 and all(parse_number(c) is not None for c in rows[-1].cells if c.strip())
            and not any(parse_number(c) is not None for row in rows[:-1] for c in row.cells if c.strip()))
