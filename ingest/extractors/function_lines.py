"""Functional classification lines (支出功能分类科目) in their three printed forms.

- tables with a code column (tables 02, 03, 05, 08, 09 and the like): `2040601  行政运行  412.64 …`
- class rows named without a code (tables 01 and 04): `四、公共安全支出  36  620.65 …`
- sentences: `公共安全支出(204)司法(06)行政运行(01):支出决算为693.39万元，完成预算100%` or with
  `(类)(款)(项)` instead of codes, and class lists `主要用于以下方面:公共安全(类)支出644.43万元`.
"""

from __future__ import annotations

import re

from ingest.extractors.common import (amount_cell, column_labels, figure_column, fund_scope_at,
                                      fund_scope_of_text, header_rows, is_code, wrapped_tail)
from ingest.facts import BudgetLine
from ingest.normalize import compact, strip_quotes
from ingest.numbers import NUMBER, parse_percent, to_decimal
from ingest.reference import economic as economic_reference
from ingest.reference import functions as reference
from ingest.reference.tables import ColumnMeaning, column_meaning, standard_tables
from ingest.segmenters import Row, Segments, Table

_BASIC_PART = re.compile(r"人员经费|公用经费")
_CLASS_ROW_NAME = re.compile(r"^[一二三四五六七八九十]+、(.+)$")
# A name may hold a bracketed word of its own (`政府办公厅(室)及相关机构事务`, `因公出国(境)`);
# the bracket that follows it holds the code or the level marker.
_NAME_BRACKET = r"\((?!\d{2,3}\)|类\)|款\)|项\))[^()\d:;,。，；、]{1,4}\)"
# a name may hold 、 (`公诉、审判、侦查、执行等检察监督支出`), never begin with it
_PATH_PART = rf"((?:[^()\d:;,。，；、]|{_NAME_BRACKET})(?:[^()\d:;,。，；]|{_NAME_BRACKET})*?)\s*\((\d{{2,3}}|类|款|项)\)"
_PATH = re.compile(rf"{_PATH_PART}(?:\s*{_PATH_PART})?(?:\s*{_PATH_PART})?")
_ENUMERATOR = re.compile(r"^\s*(?:\d+[.、．]|\(\d+\)|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)\s*")
_ACTUAL = re.compile(rf"(?:支出)?决算(?:数)?(?:为|是)?\s*(?P<amount>{NUMBER})\s*(?P<unit>万元|元)")
_BUDGET_INITIAL = re.compile(rf"年初预算(?:数)?(?:为|是)?\s*(?P<amount>{NUMBER})\s*(?P<unit>万元|元)")
_BUDGET_ADJUSTED = re.compile(rf"(?:调整后预算|全年预算)(?:数)?(?:为|是)?\s*(?P<amount>{NUMBER})\s*(?P<unit>万元|元)")
_RATE = re.compile(rf"完成(?:年初|调整后|全年)?预算(?:数)?的?\s*({NUMBER})\s*%")
# `“…行政运行(项)”938.99万元`: an amount right after the path, no measure word (a budget's
# sentences; the document's own measure).
_BARE_AMOUNT = re.compile(rf"^\s*(?:科目)?\s*[:：,，]?\s*(?:(\d{{4}})年度?)?\s*(?:支出)?(?:预算)?(?:支出)?(?:合计)?(?:数)?(?:为|是)?\s*"
                          rf"(?P<amount>{NUMBER})\s*(?P<unit>万元|元)")
# Names joined by dashes, class first, then 科目 (`“一般公共服务支出-政府办公厅(室)及相关机构事务-行政运行”
# 科目1,202.95万元`): the path of a 款 or 项 (quotes already stripped).
_JOINED_NAME = r"([^\-－—:;,。，；、\d]+?)"
_JOINED_PATH = re.compile(rf"^{_JOINED_NAME}\s*[-－—]\s*{_JOINED_NAME}(?:\s*[-－—]\s*{_JOINED_NAME})?\s*科目")
_TOP_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、")
# A heading naming only a class, `(一)一般公共服务支出(类)`: the class of the 款/项 lines under it.
_CLASS_HEADING = re.compile(r"^([^()\d:;,。，；、]+?)\s*\(类\)\s*$")
_CLASS_LIST_START = re.compile(r"主要用于(?:以下方面)?[:：]?")
_CLASS_ITEM = re.compile(rf"^([^\d()]+?)(?:\((?:类|\d{{3}})\))?\s*(支出)?\s*({NUMBER})\s*(万元|元)")
_MAX_AMOUNT_LINES = 3


def extract_function_lines(segments: Segments, year: int | None, default_unit: str) -> list[BudgetLine]:
    lines: list[BudgetLine] = []
    for table in segments.tables:
        if table.layout == "cell_per_line":
            continue
        lines.extend(_coded_table_lines(table, year, default_unit))
        lines.extend(_class_row_lines(table, year, default_unit))
    lines.extend(_narrative_lines(segments, year, default_unit))
    return lines


# ---- tables with codes ------------------------------------------------------------------------

def _is_coded_row(row: Row) -> bool:
    return bool(row.cells) and is_code(row.cells[0]) and row.cells[0].startswith("2")


def _coded_table_lines(table: Table, year, default_unit) -> list[BudgetLine]:
    data_rows = [row for row in table.rows if _is_coded_row(row)]
    if not data_rows:
        return []
    width = max(len(row.cells) for row in table.rows)
    labels = column_labels(header_rows(table, _is_coded_row), width)
    flow = table_flow(table, labels)
    scope = table_fund_scope(table)
    columns = [(figure_column(labels, index, data_rows), meaning) for index, meaning in _measure_columns(labels, flow)]
    unit = table.unit or default_unit
    out = []
    for row in data_rows:
        code = row.cells[0].strip()
        name = compact(row.cells[1]) if len(row.cells) > 1 else None
        resolution = reference.resolve_function_code(code, year)
        for index, column in _row_columns(columns, row, width):
            amount = amount_cell(row.cells[index])
            if amount is None:
                continue
            out.append(BudgetLine(
                classification="function", code=code if resolution and resolution.code else None,
                code_reason=_reason(resolution, year), reported_code=code, reported_name=name,
                level=_level(code), flow=flow, spending_type=column.spending_type,
                fund_scope=column.fund_scope or scope, measure=column.measure or "actual", amount=amount,
                unit=unit, source_kind="table", source_table=table.table_no or table.title,
                source_line=row.line))
    return out


def _row_columns(columns: list[tuple[int, ColumnMeaning]], row: Row, width: int) -> list[tuple[int, ColumnMeaning]]:
    """The amount columns a row has. A table of one amount column, the last, continued on a page
    whose grid has a column fewer (a name cell merged otherwise): a shorter row's amount is still
    its last cell."""
    if (len(columns) == 1 and columns[0][0] == width - 1 and 3 <= len(row.cells) < width
            and amount_cell(row.cells[-1]) is not None):
        return [(len(row.cells) - 1, columns[0][1])]
    return [(index, column) for index, column in columns if index < len(row.cells)]


def table_flow(table: Table, labels: list[str]) -> str:
    """`revenue` for a table of revenue by function (收入决算表, 部门收入总表), else `expenditure`."""
    if table.standard is not None and table.standard.flow in ("revenue", "expenditure"):
        return table.standard.flow
    header_text = "".join(labels) + (table.title or "")
    return "revenue" if "收入" in header_text and "支出" not in "".join(labels[2:]) else "expenditure"


def table_fund_scope(table: Table) -> str:
    """The fund scope the standard table declares, else the one its title names, else all funds."""
    if table.standard is not None:
        return table.standard.fund_scope
    return _scope_of_number(table.table_no) or fund_scope_of_text(table.title or "") or "all_funds"


def _scope_of_number(table_no: str | None) -> str | None:
    """The fund scope of a table known only by its number (`公开05表`, final accounts' numbering),
    as ref_standard_table declares it; None for table 04, whose columns each name their scope."""
    for table in standard_tables("final_accounts"):
        if table.table_no == table_no and table.fund_scope != "fiscal_allocation":
            return table.fund_scope
    return None


def _measure_columns(labels: list[str], flow: str) -> list[tuple[int, ColumnMeaning]]:
    """(column, what its header means) of the amount columns worth keeping: the 合计, 基本支出 and
    项目支出 columns of each measure; of a revenue table the 合计 column and the fiscal-allocation
    columns (财政拨款收入, 一般公共预算 …)."""
    columns: list[tuple[int, ColumnMeaning]] = []
    for index, label in enumerate(labels):
        if index < 2:
            continue
        meaning = column_meaning(label)
        if flow == "revenue":
            if meaning.spending_type == "total" and not any(m.spending_type for _, m in columns):
                columns.append((index, ColumnMeaning(meaning.measure, "total", None)))
            elif meaning.fund_scope and meaning.spending_type is None:
                columns.append((index, ColumnMeaning(meaning.measure, "total", meaning.fund_scope)))
            continue
        if meaning.spending_type is None:
            continue
        taken = {(m.measure, m.spending_type, m.fund_scope) for _, m in columns}
        if (meaning.measure, meaning.spending_type, meaning.fund_scope) not in taken:
            columns.append((index, meaning))
    return columns


# ---- class rows named without codes (tables 01, 04) ---------------------------------------------

def _class_row_lines(table: Table, year, default_unit) -> list[BudgetLine]:
    out = []
    width = max(len(row.cells) for row in table.rows)
    labels = None
    for position, row in enumerate(table.rows):
        for index, cell in enumerate(row.cells):
            name = _class_row_name(table.rows, position, index, year)
            match = _CLASS_ROW_NAME.match(name)
            if not match or not name.endswith("支出"):
                continue
            if labels is None:
                labels = column_labels(header_rows(table, _has_class_row), width)
            out.extend(_class_row_amounts(table, row, index, match.group(1), labels, year, default_unit))
    return out


def _class_row_name(rows: list[Row], position: int, column: int, year) -> str:
    """A class row's name cell, with its rest from the row below where a page break parted them
    (`八、社会保障和就` + `业支出`): joined only when that makes a class name."""
    name = compact(rows[position].cells[column])
    if name.endswith("支出") or not _CLASS_ROW_NAME.match(name) or not year:
        return name
    joined = name + wrapped_tail(rows, position, column)
    match = _CLASS_ROW_NAME.match(joined)
    return joined if joined.endswith("支出") and _names_a_class(match.group(1), year) else name


def _has_class_row(row: Row) -> bool:
    return any(_CLASS_ROW_NAME.match(compact(cell)) and compact(cell).endswith("支出") for cell in row.cells)


def _class_row_amounts(table, row, index, name, labels, year, default_unit) -> list[BudgetLine]:
    resolution = reference.resolve_class_name(name, year) if year else None
    if resolution is not None and resolution.code is None:
        return []  # `一、基本支出` beside the classes in a summary table: not a function class
    out = []
    # skip the line number column (行次) right after the name
    start = index + 1
    if start < len(row.cells) and re.fullmatch(r"\d{1,3}", row.cells[start].strip()):
        start += 1
    for column in range(start, len(row.cells)):
        label = labels[column] if column < len(labels) else ""
        if _CLASS_ROW_NAME.match(compact(row.cells[column])):
            break
        meaning = column_meaning(label)
        if _BASIC_PART.search(label):
            continue  # 人员经费 / 公用经费: parts of 基本支出, not lines of their own
        spending_type = meaning.spending_type or ("total" if meaning.fund_scope or column == start else None)
        if spending_type is None:
            continue
        # the 合计 column of a fiscal-allocation table (04) adds its fund scopes together
        scope = meaning.fund_scope or table_fund_scope(table)
        if scope == "general_public_budget" and table.standard is None and "财政拨款" in (table.title or ""):
            scope = "fiscal_allocation"
        amount = amount_cell(row.cells[column])
        if amount is None:
            continue
        out.append(BudgetLine(
            classification="function", code=resolution.code if resolution else None,
            code_reason=_reason(resolution, year), reported_code=None, reported_name=name, level=1,
            flow="expenditure", spending_type=spending_type, fund_scope=scope, measure=meaning.measure or "actual",
            amount=amount, unit=table.unit or default_unit, source_kind="table",
            source_table=table.table_no or table.title, source_line=row.line))
    return out


# ---- sentences --------------------------------------------------------------------------------

def _narrative_lines(segments: Segments, year, default_unit) -> list[BudgetLine]:
    out = []
    narrative = segments.narrative
    current_class = current_section = None  # the class (and 款) headings above name
    for position, (line_no, text) in enumerate(narrative):
        if _is_glossary(segments, line_no):
            continue
        if _TOP_HEADING.match(text):
            current_class = current_section = None
        body = strip_quotes(_ENUMERATOR.sub("", text))
        if heading := _CLASS_HEADING.match(body):
            # `一、工资福利支出(类)` heads economic items (economic_lines.py), not function ones
            name = compact(heading.group(1))
            current_class = None if _names_an_economic_class(name, year) else name
            current_section = None
            continue
        path = _PATH.match(body)
        joined = None if path else _JOINED_PATH.match(body)
        following = narrative[position + 1: position + 1 + _MAX_AMOUNT_LINES]
        if path and _path_is_item(path):
            out.extend(_path_amounts(segments, line_no, body[path.end():], _path_parts(path), following, year,
                                     default_unit))
        elif path and current_class and _path_is_section_item(path):
            out.extend(_path_amounts(segments, line_no, body[path.end():],
                                     [(current_class, "类"), *_path_parts(path)], following, year, default_unit))
        elif path and current_class and _path_is_lone(path, "款"):
            # `检察(款): 2018年预算支出合计16,444.36万元。其中:` under `(一)公共安全支出(类)`
            current_section = _path_parts(path)[0][0]
            out.extend(_path_amounts(segments, line_no, body[path.end():],
                                     [(current_class, "类"), (current_section, "款")], following, year, default_unit))
        elif path and current_class and current_section and _path_is_lone(path, "项"):
            out.extend(_path_amounts(segments, line_no, body[path.end():],
                                     [(current_class, "类"), (current_section, "款"), *_path_parts(path)], following,
                                     year, default_unit))
        elif joined and _names_a_class(joined.group(1), year):
            parts = [(compact(name), "") for name in joined.groups() if name]
            out.extend(_path_amounts(segments, line_no, body[joined.end():], parts, following, year, default_unit))
        start = _CLASS_LIST_START.search(text)
        if body != text and not (path and _path_is_item(path)) and not joined and _CLASS_ITEM.match(body):
            # an enumerated class, `1.一般公共服务(类)支出7,827.46万元,主要用于…`
            out.extend(_class_list(segments, line_no, body, year, default_unit))
        elif start:
            out.extend(_class_list(segments, line_no, text[start.end():], year, default_unit))
    return out


def _is_glossary(segments: Segments, line_no: int) -> bool:
    heading = segments.heading_before(line_no) or ""
    return "名词解释" in heading


def _path_is_item(path: re.Match) -> bool:
    groups = [g for g in path.groups()]
    return groups[0] is not None and groups[2] is not None


def _path_is_section_item(path: re.Match) -> bool:
    """`政协事务(款)行政运行(项)`: a 款 and its 项, the class named by a heading above."""
    groups = path.groups()
    return groups[1] == "款" and groups[3] == "项" and groups[4] is None


def _path_is_lone(path: re.Match, marker: str) -> bool:
    """A path of one name marked `marker` (`检察(款)`, `行政运行(项)`)."""
    groups = path.groups()
    return groups[1] == marker and groups[2] is None


def _first_level(markers: list[str]) -> int:
    """The level of the first name of a path, from its marker: `人大事务（款）其他人大事务（项）`
    starts at the 款 (2); a path marked by codes or 类 starts at the class."""
    return {"款": 2, "项": 3}.get(markers[0], 1) if markers else 1


def _path_parts(path: re.Match) -> list[tuple[str, str]]:
    groups = path.groups()
    parts = []
    for i in range(0, 6, 2):
        if groups[i] is not None:
            parts.append((compact(groups[i]), groups[i + 1]))
    return parts


def _names_an_economic_class(name: str, year) -> bool:
    code = economic_reference.resolve_economic_name(name, year).code if year else None
    return code is not None and len(code) == 3


def _names_a_class(name: str, year) -> bool:
    return bool(year) and reference.resolve_class_name(compact(name), year).code is not None


def _path_amounts(segments, line_no, text, parts: list[tuple[str, str]], following, year,
                  default_unit) -> list[BudgetLine]:
    """The amounts printed after a path of names (`text` is what follows it), each name with its
    printed marker: a code, 类/款/项, or nothing (`类名-款名-项名`)."""
    names = [name for name, _ in parts]
    printed = [marker for _, marker in parts if marker]
    first_level = _first_level(printed)
    if printed and all(marker.isdigit() for marker in printed):
        reported_code = "".join(printed)
        resolution = reference.resolve_function_code(reported_code, year)
        code = reported_code if resolution and resolution.code else None
    else:
        reported_code = None
        resolution = reference.resolve_function_path(names, year, first_level) if year else None
        code = resolution.code if resolution else None
    amount_line = line_no
    if not _ACTUAL.search(text):
        for extra_line, extra in following:
            if _PATH.match(_ENUMERATOR.sub("", extra)):
                break
            if _ACTUAL.search(extra):
                text, amount_line = extra, extra_line
                break
    rate = _RATE.search(text)
    scope = fund_scope_at(segments, line_no)
    out = []
    for pattern, measure in ((_ACTUAL, "actual"), (_BUDGET_INITIAL, "budget_initial"),
                             (_BUDGET_ADJUSTED, "budget_adjusted")):
        match = pattern.search(text)
        if not match and measure == "actual" and not any(p.search(text) for p in (_BUDGET_INITIAL, _BUDGET_ADJUSTED)):
            match = _bare_amount(text, year)
        if not match:
            continue
        out.append(BudgetLine(
            classification="function", code=code, code_reason=_reason(resolution, year),
            reported_code=reported_code, reported_name=names[-1], parent_names="/".join(names[:-1]) or None,
            level=first_level + len(names) - 1, flow="expenditure", spending_type="total", fund_scope=scope,
            measure=measure, amount=to_decimal(match.group("amount")), unit=match.group("unit") or default_unit,
            source_kind="narrative", source_line=amount_line,  # the line that prints the amount
            printed_rate_pct=parse_percent(rate.group(1)) if rate and measure == "actual" else None))
    return out


def _bare_amount(text: str, year) -> re.Match | None:
    """The amount right after a path, no measure word; one said to be of another year (`2017年…`)
    is not the document's own."""
    match = _BARE_AMOUNT.match(text)
    return None if match is None or (match.group(1) and int(match.group(1)) != year) else match


def _class_list(segments, line_no, text, year, default_unit) -> list[BudgetLine]:
    out = []
    scope = fund_scope_at(segments, line_no)
    for part in re.split(r"[;；]", text):
        match = _CLASS_ITEM.match(part.strip().lstrip("，,、"))
        if not match:
            continue
        name = compact(match.group(1))
        printed_name = name + (match.group(2) or "")  # `一般公共服务(类)支出` is printed 一般公共服务支出
        resolution = reference.resolve_class_name(name, year) if year else None
        if not resolution or not resolution.code:
            continue  # not a class name: the sentence lists something else
        out.append(BudgetLine(
            classification="function", code=resolution.code, code_reason=resolution.reason,
            reported_code=None, reported_name=printed_name, level=1, flow="expenditure", spending_type="total",
            fund_scope=scope, measure="actual", amount=to_decimal(match.group(3)),
            unit=match.group(4), source_kind="narrative", source_line=line_no))
    return out


def _level(code: str) -> int:
    return {3: 1, 5: 2, 7: 3}.get(len(code), None)


def _reason(resolution, year) -> str | None:
    if year is None:
        return "fiscal year unknown: code cannot be checked against the reference"
    return resolution.reason if resolution else None
