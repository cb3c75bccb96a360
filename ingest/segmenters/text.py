"""Split a document into tables and narrative, and name each table from the lines above it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.normalize import compact
from ingest.reference.tables import identify_table, without_number_tag
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
    for table in tables:
        if table.layout != "cell_per_line":
            lift_captions(table)
    tables = [table for table in tables if table.rows]
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
    """Tables printed one after another run into each other once flattened (Word tables one
    cell per line; a PDF page whose grid holds several tables): a row holding only a title
    (`部门预算项目支出绩效自评表（2023年度）`, `财政拨款支出预算表部门:…单位:万元`) starts the next."""
    parts: list[Table] = []
    current: list = []
    title = None
    for row in table.rows:
        cells = row.non_empty()
        # one title, or a title a grid repeats in every cell it spans
        if len({compact(text) for _, text in cells}) == 1 and _is_title_cell(cells[0][1], table.layout):
            if current:
                parts.append(_sub_table(table, current, title))
            current, title = [], cells[0][1]
            continue
        current.append(row)
    if current:
        parts.append(_sub_table(table, current, title))
    return parts


def _is_title_cell(text: str, layout: str) -> bool:
    if layout == "cell_per_line":
        return bool(_TITLE_ROW.search(text)) and len(text) < 50
    title = caption_title(text)
    return title.endswith("表") and len(title) < 50 and identify_table(title) is not None


def _sub_table(table: Table, rows: list, title: str | None) -> Table:
    part = Table(rows=rows, layout=table.layout, start_line=rows[0].line,
                 end_line=rows[-1].cell_lines[-1] if rows[-1].cell_lines else rows[-1].line)
    if title and table.layout == "cell_per_line":
        part.title = compact(title)
    elif title:
        part.context = [title]  # named with the lines above it, the title row nearest
    return part


# A caption printed on one line with the table's title: `收支预算总表部门:…单位:万元`,
# `编制部门:上海市普陀区商务委员会单位:元`.
_CAPTION_TAIL = re.compile(r"(?:编制)?(?:部门|单位)(?:名称)?\s*[:：].*$|(?:金额)?单位\s*[:：]\s*(?:万元|元).*$")


_TITLE_BRACKET = re.compile(r"\([^()]{1,12}\)$")
# A row inside a grid that only says who publishes and in which unit: `部门名称: …`, `单位:万元`.
_CAPTION_CELL = re.compile(r"^(?:(?:编制)?(?:部门|单位)(?:名称)?\s*[:：].*|(?:金额)?单位\s*[:：]\s*(?:万元|元))$")


_CAPTION_LABEL = re.compile(r"^(?:编制)?(?:部门|单位)(?:名称)?[:：]$")


def caption_title(line: str) -> str:
    """A line above a table without the publisher and unit printed after the title, nor the
    bracket after it (`财政拨款支出预算表(功能科目)`)."""
    text = compact(line)
    head = _TITLE_BRACKET.sub("", without_number_tag(_CAPTION_TAIL.sub("", text)))
    return head if head.endswith("表") else text


def lift_captions(table: Table) -> None:
    """Title and caption rows drawn inside a grid (a title spanning every column, `部门: …`,
    `单位:万元`) are the lines above the table, not header rows."""
    while table.rows:
        cells = {compact(c) for c in table.rows[0].cells if c.strip()}
        if not cells:
            break
        first = compact(next(c for c in table.rows[0].cells if c.strip()))
        is_title = len(cells) == 1 and caption_title(first).endswith("表")
        is_label = bool(_CAPTION_LABEL.match(first))  # `部门: | 江苏省人民检察院 | …`
        if not (is_title or is_label or all(_CAPTION_CELL.match(cell) for cell in cells)):
            break
        table.context.extend(sorted(cells))
        table.rows.pop(0)


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
    table.context = context + table.context
    for line in reversed(table.context):
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
    elif table.title and table.table_no and not any("决算" in line for line in context):
        # `公开07表` over a table this reference does not know: budgets number their tables in
        # their own order (Jiangsu's 公开07表 is the 一般公共预算支出表), so the number says nothing
        table.table_no = None
