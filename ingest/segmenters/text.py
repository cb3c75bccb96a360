"""Split a document into tables and narrative, and name each table from the lines above it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.normalize import compact
from ingest.segmenters.tables import Table, find_tables, is_cell_line

# Standard titles of the nine 公开表, longest first so that 财政拨款收入支出决算总表 wins over
# 收入支出决算总表.
STANDARD_TABLES: list[tuple[str, str]] = sorted([
    ("收入支出决算总表", "01"),
    ("收入决算表", "02"),
    ("支出决算表", "03"),
    ("财政拨款收入支出决算总表", "04"),
    ("一般公共预算财政拨款支出决算表", "05"),
    ("一般公共预算财政拨款基本支出决算表", "06"),
    ("一般公共预算财政拨款“三公”经费支出决算表", "07"),
    ("一般公共预算财政拨款\"三公\"经费支出决算表", "07"),
    ("一般公共预算财政拨款三公经费支出决算表", "07"),
    ("政府性基金预算财政拨款收入支出决算表", "08"),
    ("国有资本经营预算财政拨款支出决算表", "09"),
], key=lambda pair: -len(pair[0]))

_TABLE_NO = re.compile(r"公开\s*(?:表)?\s*(\d{1,2})\s*表")
_UNIT = re.compile(r"(?:金额)?单位\s*[:：]\s*(万元|元)")
_HEADING = re.compile(
    r"^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|"
    r"附件\s*\d*|附表|名词解释)"
)
_LOOKBACK_LINES = 12
_TITLE_ROW = re.compile(r"(表|指标体系)(\(\d{4}年度?\))?$")


@dataclass
class Segments:
    lines: list[str]
    tables: list[Table]
    narrative: list[tuple[int, str]]  # (line number, text) of lines outside tab/pipe tables
    headings: list[tuple[int, str]] = field(default_factory=list)
    cell_lines: set[int] = field(default_factory=set)  # narrative lines that sit in a form's cells

    def kind_of(self, line_no: int) -> str:
        """`table` for text inside a table's cells, else `narrative`."""
        return "table" if line_no in self.cell_lines else "narrative"

    def heading_before(self, line_no: int) -> str | None:
        """The last heading at or above a line."""
        found = None
        for heading_line, text in self.headings:
            if heading_line > line_no:
                break
            found = text
        return found


def segment(lines: list[str]) -> Segments:
    tables = [part for table in find_tables(lines) for part in split_at_title_rows(table)]
    in_grid = set()
    cell_lines = set()
    for table in tables:
        lines_of_table = range(table.start_line, table.end_line + 1)
        if table.layout != "cell_per_line":
            in_grid.update(lines_of_table)
        else:
            cell_lines.update(lines_of_table)
        if table.title is None:
            _name_table(table, lines)
    narrative = []
    for number, line in enumerate(lines, start=1):
        if number in in_grid or not line.strip():
            continue
        text = line[1:] if is_cell_line(line) else line
        narrative.append((number, text.strip()))
    headings = [(n, t) for n, t in narrative if _HEADING.match(t) and len(t) < 60]
    return Segments(lines=lines, tables=tables, narrative=narrative, headings=headings, cell_lines=cell_lines)


def split_at_title_rows(table: Table) -> list[Table]:
    """Word tables flattened one cell per line run into each other; a row holding only a title
    (`部门预算项目支出绩效自评表（2023年度）`) starts the next table."""
    if table.layout != "cell_per_line":
        return [table]
    parts: list[Table] = []
    current: list = []
    title = None
    for row in table.rows:
        cells = row.non_empty()
        if len(cells) == 1 and _TITLE_ROW.search(cells[0][1]) and len(cells[0][1]) < 50:
            if current:
                parts.append(_sub_table(table, current, title))
            current, title = [], compact(cells[0][1])
            continue
        current.append(row)
    if current:
        parts.append(_sub_table(table, current, title))
    return parts


def _sub_table(table: Table, rows: list, title: str | None) -> Table:
    return Table(rows=rows, layout=table.layout, start_line=rows[0].line,
                 end_line=rows[-1].cell_lines[-1] if rows[-1].cell_lines else rows[-1].line,
                 title=title)


def identify_standard_table(title: str) -> str | None:
    """'01'…'09' when the text names one of the nine standard tables."""
    text = compact(title).replace("(", "（").replace(")", "）")
    for name, number in STANDARD_TABLES:
        if name in text and not text.startswith("注"):
            return number
    return None


def _name_table(table: Table, lines: list[str]) -> None:
    context = []
    index = table.start_line - 2
    while index >= 0 and len(context) < _LOOKBACK_LINES:
        line = lines[index].strip()
        if "\t" in lines[index] and not is_cell_line(lines[index]):
            break  # the previous table
        if line:
            context.append(line)
        index -= 1
    context.reverse()
    table.context = context
    for line in reversed(context):
        if table.unit is None and (unit := _UNIT.search(line)):
            table.unit = unit.group(1)
        if table.table_no is None and (number := _TABLE_NO.search(line)):
            table.table_no = number.group(1).zfill(2)
        if (table.title is None and compact(line).endswith("表") and not line.startswith("注")
                and not _TABLE_NO.fullmatch(compact(line))):
            table.title = compact(line)
    for row in table.rows[:3]:
        for cell in row.cells:
            if table.unit is None and (unit := _UNIT.search(cell)):
                table.unit = unit.group(1)
    standard = identify_standard_table(table.title or "")
    if standard:
        table.table_no = standard
