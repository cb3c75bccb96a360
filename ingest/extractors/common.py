"""Helpers shared by extractors: fund scope of a section, table headers, amounts in cells."""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.normalize import compact
from ingest.numbers import parse_number
from ingest.segmenters import Row, Segments, Table

_CODE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")
_FIGURE = re.compile(r"-?[\d,]*\d\.\d+")
# Sections on every source of money: 收入/支出预算情况说明, 收支预算总体情况, 收支预算总表情况说明,
# 收入支出决算总体情况 (a heading naming 财政拨款 speaks of fiscal appropriations only).
_TOP_LEVEL_HEADING = re.compile(r"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)")
_ALL_FUNDS_HEADING = re.compile(r"(收入|支出)(决算|预算)情况说明|(收支|收入支出)(决算|预算)?总(体|表)")


def fund_scope_of_text(text: str) -> str | None:
    """Fund scope a heading or sentence names, if any."""
    text = compact(text)
    if "政府性基金" in text:
        return "government_fund"
    if "国有资本经营" in text:
        return "state_capital"
    if "一般公共预算" in text:
        return "general_public_budget"
    return None


def fund_scope_at(segments: Segments, line_no: int, default: str = "general_public_budget") -> str:
    """Fund scope of the section a narrative line stands in (nearest heading naming one)."""
    for heading_line, text in reversed(segments.headings):
        if heading_line > line_no:
            continue
        scope = fund_scope_of_text(text)
        if scope:
            return scope
        if _ALL_FUNDS_HEADING.search(compact(text)) and "财政拨款" not in text:
            return "all_funds"
        if _TOP_LEVEL_HEADING.match(text):
            break  # a top-level heading that names no scope ends the search
    return default


def heading_of_section(segments: Segments, line_no: int) -> str | None:
    """The top-level heading (`第…部分`, `六、…`) a line stands under."""
    for heading_line, text in reversed(segments.headings):
        if heading_line <= line_no and _TOP_LEVEL_HEADING.match(text):
            return text
    return None


def is_code(text: str) -> bool:
    return bool(_CODE.match(text.strip()))


def header_rows(table: Table, is_data_row) -> list[Row]:
    """Rows above the first data row."""
    rows = []
    for row in table.rows:
        if is_data_row(row):
            break
        rows.append(row)
    return rows


def column_labels(rows: list[Row], width: int) -> list[str]:
    """One label per column: header rows' cells joined top to bottom. A merged cell (blank to the
    right of a label on an upper header row) is spread over the columns it spans: those under the
    same header above it that have a header cell of their own further down (`公务用车购置及运行费`
    over `小计 | 购置费 | 运行费`); a column headed by nothing below stands apart (its own header was
    merged down from above, or lost), and a column under another header above belongs to that
    one: neither takes a neighbour's label."""
    grid = [[compact(c) for c in row.cells] + [""] * (width - len(row.cells)) for row in rows]
    grid = [[cell if not _FIGURE.fullmatch(cell) else "" for cell in cells] for cells in grid]
    labels = [""] * width
    pieces = [""] * width  # the last header cell joined into each label
    for depth, cells in enumerate(grid):
        last, parent = "", ""
        for index in range(width):
            cell = cells[index]
            if cell:
                last, parent = cell, labels[index]
            elif last and labels[index] == parent and any(lower[index] for lower in grid[depth + 1:]):
                cell = last
            else:
                last = ""
            if cell and cell != pieces[index]:  # a cell merged down over two header rows counts once
                labels[index] += cell
                pieces[index] = cell
    return labels


def figure_column(labels: list[str], index: int, rows: list[Row]) -> int:
    """The column under a header cell merged over several columns (its label spread over each)
    that holds the rows' figures: a grid may split a column the header prints as one
    (`金额` over two cells, the figures in the second). The first of them where none or several
    hold figures alike."""
    run = [index]
    while run[-1] + 1 < len(labels) and labels[run[-1] + 1] == labels[index]:
        run.append(run[-1] + 1)
    counts = [sum(1 for row in rows if column < len(row.cells) and amount_cell(row.cells[column]) is not None)
              for column in run]
    return run[counts.index(max(counts))] if counts.count(max(counts)) == 1 else index


def wrapped_tail(rows: list[Row], position: int, column: int) -> str:
    """The rest of a cell that a page break put on a row of its own (`八、社会保障和就 | 1,608.51`
    at the foot of a page, `业支出` atop the next): the next row's text when it holds text in that
    column only and no figure; '' otherwise. Callers join it only where the joined text is a name
    they know and the cell alone is not."""
    if position + 1 >= len(rows):
        return ""
    cells = rows[position + 1].cells
    if column >= len(cells) or not cells[column].strip() or amount_cell(cells[column]) is not None:
        return ""
    if any(cell.strip() for index, cell in enumerate(cells) if index != column):
        return ""
    return compact(cells[column])


def amount_cell(text: str) -> Decimal | None:
    """An amount in a table cell (`1,234.56`, `0.00`, `12 万元`), None for blank or `/`."""
    return parse_number(text.replace("万元", "").replace("元", "")) if text else None
