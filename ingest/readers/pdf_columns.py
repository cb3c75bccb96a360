"""The columns of a PDF table read from where its body's text stands (the text spans of the rows
holding figures, overlapping ones joined), and the cell text placed on them; shared by ruled
tables whose grid is not their columns (pdf_ruled.py) and tables without ruling (pdf_unruled.py)."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.numbers import is_figure


@dataclass
class CellText:
    box: tuple
    paragraphs: list[str]
    x0: float
    x1: float

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    def is_figure(self) -> bool:
        return len(self.paragraphs) == 1 and is_figure(self.paragraphs[0])


def body_columns(cells: list[CellText]) -> list[tuple[float, float]]:
    """Text spans of the body's cells, overlapping spans joined: one span per column."""
    columns: list[list[float]] = []
    for cell in sorted(cells, key=lambda c: c.x0):
        if columns and cell.x0 <= columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], cell.x1)
        else:
            columns.append([cell.x0, cell.x1])
    return [(left, right) for left, right in columns]


def columns_under(columns: list[tuple[float, float]], box: tuple) -> list[int]:
    """Columns whose middle lies inside a cell's box."""
    return [index for index, (left, right) in enumerate(columns) if box[0] <= (left + right) / 2 <= box[2]]


def column_of(columns: list[tuple[float, float]], x: float) -> int:
    """The column a point stands in, else the nearest."""
    return min(range(len(columns)), key=lambda index: 0.0 if columns[index][0] <= x <= columns[index][1]
               else min(abs(x - columns[index][0]), abs(x - columns[index][1])))


def cells_by_column(row: list[CellText], columns: list[tuple[float, float]], in_header: bool) -> list[list[str]]:
    """A row's paragraphs by column: a header cell spans every column under it (a merged header),
    a body cell goes to the column it stands in."""
    out: list[list[str]] = [[] for _ in columns]
    for cell in row:
        under = columns_under(columns, cell.box) if in_header else []
        for index in under or [column_of(columns, cell.centre)]:
            out[index].extend(cell.paragraphs)
    return out
