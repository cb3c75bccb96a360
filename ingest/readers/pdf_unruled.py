"""PDF tables printed without ruling, rebuilt from the positions of their words.

A table printed without borders (from a word processor, or tab-separated text made a PDF) is a
run of lines whose words stand apart in columns. Consecutive lines cut by wide gaps, some of
them holding figures, are such a table; its columns are where the figures' rows place their
text, and a line without figures right under a row of the body continues that row's cells
(a label wrapped in its column).
"""

from __future__ import annotations

import re

from ingest.readers.blocks import Table
from ingest.readers.pdf_columns import CellText, body_columns, cells_by_column
from ingest.readers.pdf_lines import Line, chars_to_lines

_CELL_GAP_SIZES = 0.45  # a gap wider than this many character heights separates two cells
_MIN_UNRULED_ROWS = 2


def _segments(line: Line) -> list[CellText]:
    """A line's runs of text between wide gaps, as cells."""
    glyphs = sorted((c for c in line.chars if not c["text"].isspace()), key=lambda c: c["x0"])
    runs: list[list[dict]] = []
    for char in glyphs:
        size = char.get("size") or line.size
        if runs and char["x0"] - runs[-1][-1]["x1"] <= _CELL_GAP_SIZES * size:
            runs[-1].append(char)
        else:
            runs.append([char])
    return [CellText((run[0]["x0"], line.top, run[-1]["x1"], line.bottom),
                     [piece.text for piece in chars_to_lines(run)], run[0]["x0"], run[-1]["x1"]) for run in runs]


def with_unruled_tables(lines: list[Line]) -> list[tuple[float, object]]:
    """(top, line or table) of a page's free lines, runs of columned lines made tables."""
    out: list[tuple[float, object]] = []
    run: list[tuple[Line, list]] = []

    def flush() -> None:
        if len(run) >= _MIN_UNRULED_ROWS and sum(_is_account_row(cells) for _, cells in run) >= 2:
            out.append((run[0][0].top, _unruled_table([cells for _, cells in run])))
        else:
            out.extend((line.top, line) for line, _ in run)
        run.clear()

    for line in lines:
        cells = _segments(line)
        continues = run and len(cells) == 1 and not cells[0].is_figure() and len(cells[0].paragraphs[0]) <= 8
        if len(cells) >= 2 or continues:
            run.append((line, cells))
            continue
        flush()
        out.append((line.top, line))
    flush()
    return out


# Only tables of accounts are rebuilt from word positions: rows led by a classification code or
# an item of the standard tables, with figures. Forms and indicator tables, whose wrapped prose
# the columns cannot tell apart, stay lines.
_ACCOUNT_LABEL = re.compile(r"^(?:\d{3,7}|[一二三四五六七八九十]+、.{2,20}|\d{1,2}[.、．].{2,20}|"
                            r"合计|总计|小计|本年收入合计|本年支出合计|收入总计|支出总计|.{0,8}结转和结余|"
                            r"人员经费合计|公用经费合计)$")


def _is_account_row(cells: list) -> bool:
    return (len(cells) >= 2 and bool(_ACCOUNT_LABEL.match("".join(cells[0].paragraphs)))
            and any(cell.is_figure() for cell in cells[1:]))


def _unruled_table(rows: list[list]) -> Table:
    first_body = next((index for index, row in enumerate(rows) if any(cell.is_figure() for cell in row)), 0)
    columns = body_columns([cell for row in rows[first_body:] if any(c.is_figure() for c in row) for cell in row])
    block = Table(paragraphs_known=False)
    previous_body: list[list[str]] | None = None
    for position, row in enumerate(rows):
        out = cells_by_column(row, columns, in_header=position < first_body)
        is_body = any(cell.is_figure() for cell in row)
        if (position > first_body and not is_body and previous_body is not None
                and all(not cells or previous_body[index] for index, cells in enumerate(out))):
            for index, cells in enumerate(out):  # the wrapped rest of the labels above
                if cells:
                    previous_body[index][-1:] = ["".join(previous_body[index][-1:] + cells)]
            continue
        while out and not out[-1]:
            out.pop()
        block.rows.append(out)
        previous_body = out + [[] for _ in range(len(columns) - len(out))] if is_body else None
    return block
