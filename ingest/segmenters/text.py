"""Split a document into tables and narrative, and name each table from the lines above it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.normalize import compact
from ingest.reference.tables import identify_table
from ingest.segmenters.tables import Table, find_tables, is_cell_line, normalise_table

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
    tables = [normalise_table(part) for table in find_tables(lines) for part in split_at_title_rows(table)]
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
    """'01'…'12' when the text names one of the standard tables (seeds/ref_standard_table.csv)."""
    table = identify_table(title)
    return table.table_no if table else None


# A caption printed on one line with the table's title: `收支预算总表部门:…单位:万元`,
# `编制部门:上海市普陀区商务委员会单位:元`.
_CAPTION_TAIL = re.compile(r"(?:编制)?(?:部门|单位)(?:名称)?\s*[:：].*$|(?:金额)?单位\s*[:：]\s*(?:万元|元).*$")


def caption_title(line: str) -> str:
    """A line above a table without the publisher and unit printed after the title."""
    text = compact(line)
    head = _CAPTION_TAIL.sub("", text)
    return head if head.endswith("表") else text


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
        title = caption_title(line)
        if (table.title is None and title.endswith("表") and not line.startswith("注")
                and not _TABLE_NO.fullmatch(title)):
            table.title = title
    for row in table.rows[:3]:
        for cell in row.cells:
            if table.unit is None and (unit := _UNIT.search(cell)):
                table.unit = unit.group(1)
    standard = identify_table(table.title or "")
    if standard:
        table.table_no, table.standard = standard.table_no, standard
