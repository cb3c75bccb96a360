"""Ruled PDF tables (found by pdf_tables.py) → rows of cells: which cell holds each
character, and the rows the grid draws, or the columns of the body's text where the grid carries
hidden columns of its own."""

from __future__ import annotations

from bisect import bisect_right

from ingest.readers.blocks import Table
from ingest.readers.pdf_columns import CellText, body_columns, cells_by_column, columns_under
from ingest.readers.pdf_paragraphs import cell_paragraphs


def cell_of(table, char) -> tuple | None:
    x, y = char["x0"] + 0.25 * (char["x1"] - char["x0"]), (char["top"] + char["bottom"]) / 2
    (x0, top, x1, bottom), rows = _row_index(table)
    if not (x0 <= x <= x1 and top <= y <= bottom):
        return None
    position = bisect_right(rows[0], y) - 1
    for candidate in (position, position - 1, position + 1):
        if 0 <= candidate < len(rows[1]):
            for cell in rows[1][candidate]:
                if cell and cell[0] <= x <= cell[2] and cell[1] <= y <= cell[3]:
                    return cell
    return None


def _row_index(table) -> tuple[tuple, tuple[list[float], list[list]]]:
    """The table's box, its row tops (sorted) and the cells of each row, cached on the table."""
    cached = getattr(table, "_row_index", None)
    if cached is None:
        rows = sorted(table.rows, key=lambda row: row.bbox[1])
        cached = (table.bbox, ([row.bbox[1] for row in rows], [row.cells for row in rows]))
        table._row_index = cached
    return cached


def table_block(table, chars_by_cell: dict) -> Table:
    """A ruled table as rows of cells on one set of columns: the grid's own, unless some of
    its columns hold no text in any row.

    Then the grid's cells are not its columns: tables drawn from spreadsheets carry hidden
    sub-columns and merge them differently in every row (the header's `科目编码` box, the data
    rows' code box and the 合计 row's box all differ). The columns are where the figures and
    names of the body rows stand (their text spans, overlapping ones joined), plus a column for
    each header cell that stands over none of them (a `因公出国(境)费` column left blank). Body
    text goes to the column it stands in; a header cell to every column under it, so that a
    header spanning several (`预算数` over 合计 | 因公出国 | …) labels each of them."""
    ordered = sorted(table.rows, key=lambda r: r.bbox[1])
    grid = _grid_rows(ordered, chars_by_cell)
    if not _has_hidden_columns(ordered, grid):
        return Table(rows=grid, paragraphs_known=False)
    rows = [_row_texts(row, chars_by_cell) for row in ordered]
    first_body = next((index for index, row in enumerate(rows) if any(cell.is_figure() for cell in row)), len(rows))
    columns = body_columns([cell for row in rows[first_body:] if any(c.is_figure() for c in row) for cell in row])
    for row in reversed(rows[:first_body]):
        for cell in row:
            if not columns_under(columns, cell.box):
                columns.append((cell.box[0], cell.box[2]))
    columns.sort()
    block = Table(paragraphs_known=False)
    for position, row in enumerate(rows):
        out = cells_by_column(row, columns, in_header=position < first_body)
        while out and not out[-1]:
            out.pop()
        block.rows.append(out)
    return block


def _grid_rows(rows, chars_by_cell: dict) -> list[list[list[str]]]:
    """Rows as the grid draws them: a merged cell read once and followed by empty cells."""
    out = []
    for row in rows:
        cells = list(row.cells)
        while cells and cells[-1] is None:
            cells.pop()
        out.append([cell_paragraphs(cell, chars_by_cell.get(cell, [])) if cell else [] for cell in cells])
    return out


def _has_hidden_columns(rows, grid: list[list[list[str]]]) -> bool:
    """A grid column that holds text in no row and that most rows merge into a neighbour: the
    grid has sub-columns of its own (a spreadsheet's hidden columns), and its cells are not the
    table's columns. (A column merely left blank has its own cell in every row.)"""
    width = max((len(row) for row in grid), default=0)
    for index in range(width):
        if any(index < len(row) and row[index] for row in grid):
            continue
        merged = sum(1 for row in rows if index >= len(row.cells) or row.cells[index] is None)
        if merged > len(rows) / 2:
            return True
    return False


def _row_texts(row, chars_by_cell: dict) -> list[CellText]:
    out = []
    for box in row.cells:
        if not box:
            continue
        chars = [c for c in chars_by_cell.get(box, []) if not c["text"].isspace()]
        paragraphs = cell_paragraphs(box, chars)
        if paragraphs and chars:
            out.append(CellText(box, paragraphs, min(c["x0"] for c in chars), max(c["x1"] for c in chars)))
    return out
