"""A 三公 table's figures: the national layout with the items as columns and one row of figures,
or a local one listing them as rows (`项目 | 预算数`, `2.公务接待费 | 323`)."""

from __future__ import annotations

import re

from ingest.extractors.common import amount_cell, column_labels
from ingest.facts import Metric
from ingest.normalize import compact
from ingest.numbers import parse_number
from ingest.segmenters import Table

# What a 三公 table's column is, from its label (its header cells joined top to bottom,
# `预算数公务用车购置及运行费小计`), in this order. A bare 合计 is the 三公 total only where the table
# has no 会议费 / 培训费 columns beside it (then it totals those too).
THREE_PUBLIC_COLUMNS = [
    ("admin_operating_cost", re.compile(r"机关运行经费")),
    ("three_public_outbound", re.compile(r"因公出国")),
    ("three_public_reception", re.compile(r"公务接待")),
    ("three_public_vehicle_purchase", re.compile(r"购置费$|公务用车购置$")),
    ("three_public_vehicle_operation", re.compile(r"(?<!购置及)运行(?:维护)?费$")),
    ("three_public_vehicle", re.compile(r"购置(?:费)?及运行(?:维护)?费(?:小计)?$|公务用车.*小计$|^公务用车费$")),
    ("three_public_total", re.compile(r"三公.*(?:合计|小计)$")),
]
_BARE_TOTAL = re.compile(r"^(?:预算数?|决算数?|\d{4}年)?(?:支出)?(?:合计|小计)$")
_OTHER_COSTS = re.compile(r"会议费|培训费")


_MEASURE_SUFFIX = re.compile(r"(?:预算数?|决算数?|执行数)$")


def three_public_metric(label: str, has_other_costs: bool) -> str | None:
    text = _MEASURE_SUFFIX.sub("", label.replace("“", "").replace("”", "").replace('"', ""))
    if _OTHER_COSTS.search(text):
        return None  # 会议费 / 培训费 printed beside the 三公: not one of them
    for metric, pattern in THREE_PUBLIC_COLUMNS:
        if pattern.search(text):
            return metric
    if _BARE_TOTAL.search(re.sub(r"^三公经费", "", text)) and not has_other_costs:
        return "three_public_total"
    return None


def three_public_table(table: Table, unit: str, year: int | None) -> list[Metric]:
    """The national layout has the 三公 items as columns and one row of figures; many local
    tables list them as rows (`项目 | 预算数`, `2.公务接待费 | 323`): read as such when rows name them."""
    return _three_public_rows(table, unit, year) or _three_public_columns(table, unit)


# Other years and comparisons beside the document's own figures: not its figures.
_OTHER_FIGURE_HEADER = re.compile(r"上年|增减|增长|减少|比较|对比|%|占")
_YEAR = re.compile(r"20\d{2}")


def _three_public_rows(table: Table, unit: str, year: int | None) -> list[Metric]:
    """A 三公 table whose rows name its items: each named row's figure in the first column of the
    document's own figures of each measure (预算数, 决算数) — not another year's (`2016执行数` beside
    `2017预算数`), nor a comparison; 其中 columns after the first of a measure are its parts."""
    labels = _amount_row_labels(table.rows)
    has_other_costs = any(_OTHER_COSTS.search(label) for label in labels)
    named = [(row, metric) for row, label in zip(table.rows, labels)
             if (metric := three_public_metric(label, has_other_costs and "三公" not in label))]
    if len(named) < 2:
        return []
    first = min(row.line for row, _ in named)
    width = max(len(row.cells) for row in table.rows)
    headers = column_labels([row for row in table.rows if row.line < first and not _is_column_number_row(row)], width)
    columns: dict[str, int] = {}  # measure -> the first column of the document's own figures of it
    for index in range(1, width):
        if (not _OTHER_FIGURE_HEADER.search(headers[index])
                and all(int(printed) == year for printed in _YEAR.findall(headers[index]))
                and any(index < len(row.cells) and amount_cell(row.cells[index]) is not None for row, _ in named)):
            columns.setdefault(_column_measure(headers[index]), index)
    return [Metric(metric=metric, measure=measure, value_reported=value, unit_reported=unit, source_kind="table",
                   source_table=table.table_no or "07", source_line=row.line)
            for measure, column in columns.items() for row, metric in named
            if column < len(row.cells) and (value := amount_cell(row.cells[column])) is not None]


def _column_measure(header: str) -> str:
    """A final account's 预算数 | 决算数 are two measures; a budget's 小计 | 其中… are one (the parts
    after the first are not read)."""
    return "actual" if "决算" in header or "执行" in header or "实际" in header else ("budget" if "预算" in header else "actual")


# A row counting things (`1.因公出国(境)团组数(个)`, `国内公务接待批次`), and the heading of the
# statistics under the amounts (`二、相关统计数`): no amount of the 三公.
_COUNT_LABEL = re.compile(r"[（(](?:个|人|辆|台|批|批次|人次|次)[)）]$|(?:团组数|人数|批次|人次|保有量|购置数|统计数?)$")
_STATISTICS = re.compile(r"统计")


def _amount_row_labels(rows) -> list[str]:
    """Each row's item label, blank for rows that count (and all below the statistics' heading)."""
    labels, counting = [], False
    for row in rows:
        label = _row_item_label(row)
        counting = counting or bool(_STATISTICS.search(label))
        labels.append("" if counting or _COUNT_LABEL.search(label) else label)
    return labels


_ITEM_PREFIX = re.compile(r"^(?:其中[:：]?)?(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)*(?:其中[:：]?)?")


def _row_item_label(row) -> str:
    """A row's label without its ordinal and 其中 (`其中:(1)公务用车运行维护费` → `公务用车运行维护费`)."""
    first = next((compact(cell) for cell in row.cells if compact(cell)), "")
    if parse_number(first) is not None:
        return ""
    return _ITEM_PREFIX.sub("", first.replace("“", "").replace("”", "").replace('"', ""))


def _three_public_columns(table: Table, unit: str) -> list[Metric]:
    numeric_rows = [row for row in table.rows
                    if any(parse_number(c) is not None for c in row.cells)
                    and not _is_column_number_row(row)]
    if not numeric_rows:
        return []
    data = numeric_rows[0]
    width = len(data.cells)
    header = [row for row in table.rows if row.line < data.line
              and not _is_column_number_row(row)]
    labels = column_labels(header, width)
    has_other_costs = any(_OTHER_COSTS.search(label) for label in labels)
    out = []
    for index, label in enumerate(labels):
        value = amount_cell(data.cells[index]) if index < len(data.cells) else None
        if value is None:
            continue
        # a column that names no measure holds the document's own figures (remapped for budgets)
        measure = "budget" if "预算" in label else "actual"
        metric = three_public_metric(label, has_other_costs)
        if metric:
            out.append(Metric(metric=metric, measure=measure, value_reported=value, unit_reported=unit,
                              source_kind="table", source_table=table.table_no or "07", source_line=data.line))
    return out


def _is_column_number_row(row) -> bool:
    """The 栏次 row under a table's header numbers its columns 1, 2, 3 …; a row of figures that
    all print `0` is data, not that row."""
    numbers = [c.strip() for c in row.cells if c.strip()]
    if not numbers or not all(re.fullmatch(r"\d{1,2}", n) for n in numbers):
        return False
    values = [int(n) for n in numbers]
    return values == list(range(values[0], values[0] + len(values))) and values[0] >= 1
