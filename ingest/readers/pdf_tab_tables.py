"""What a tab-stop page does not show, restored from the table around each row: joins at a tab
stop resolved by the row widths of the table, rows filled out to its widest row (trailing tabs
leave no trace), and forms flattened one cell per line whose empty cells cannot be told from
blank lines left out."""

from __future__ import annotations

import re

from ingest.readers.pdf_tab_lattice import Lattice
from ingest.readers.pdf_tab_rows import Row, fewest_tabs

_CELL_LINE = re.compile(r"^\t[^\t]*$")
_MIN_TABLE_WIDTH = 3
_NEIGHBOURS = 8
_EXTRA_CELLS = 1  # a header row may carry a column more than the body rows show


# Where a visual line begins with tabs right under a row of a table, the page reads two ways: a
# new row beginning with empty cells, or the rest of the row above (the tabs between its cells
# were unseen at the end of the line). The row widths of the table decide: a join must not make
# a row wider than the rows around it, and two rows each shorter than the table that together
# make it whole, with at most one unseen tab, are one.

def resolve_tab_joins(rows: list[Row], lattice: Lattice) -> list[Row]:
    return _join_short_rows(_split_wide_rows(rows), lattice)


def _split_wide_rows(rows: list[Row]) -> list[Row]:
    widths = [len(row.cells()) for row in rows]
    out: list[Row] = []
    for index, row in enumerate(rows):
        limit = _widest_allowed(_table_width(rows, widths, index))
        if row.structural_joins() and limit and widths[index] > limit:
            out.extend(_split_to(row, limit))
        else:
            out.append(row)
    return out


def _widest_allowed(width: int | None) -> int | None:
    """A table's header may show a column more than its body rows (their last cells empty); a
    form flattened one cell per line has no such rows."""
    return width + _EXTRA_CELLS if width and width >= _MIN_TABLE_WIDTH else width


def _split_to(row: Row, limit: int) -> list[Row]:
    """The row cut at the joins that would make it wider than `limit`."""
    joins = row.structural_joins()
    out = [Row(row.blanks_before, [row.parts[0]])]
    for position, part in enumerate(row.parts[1:], start=1):
        if position in joins and len(Row(0, [*out[-1].parts, part]).cells()) > limit:
            out.append(Row(0, [(0, part[1])]))
        else:
            out[-1].parts.append(part)
    return out


def _join_short_rows(rows: list[Row], lattice: Lattice) -> list[Row]:
    widths = [len(row.cells()) for row in rows]
    out: list[Row] = []
    for index, row in enumerate(rows):
        tabs = _completing_tabs(out[-1], row, _table_width(rows, widths, index), lattice) if out else None
        if tabs is None:
            out.append(row)
        else:
            out[-1] = Row(out[-1].blanks_before, [*out[-1].parts, (tabs, row.parts[0][1]), *row.parts[1:]])
    return out


def _completing_tabs(above: Row, row: Row, width: int | None, lattice: Lattice) -> int | None:
    """The tabs joining `row` to the row above when together they make one row of the table."""
    current = row.parts[0][1]
    leading = current.first.tabs
    if row.blanks_before or not leading or not width:
        return None
    upper, lower = len(above.cells()), len(row.cells())
    if upper < 2 or upper >= width or lower >= width:
        return None
    tabs = fewest_tabs(above.parts[-1][1], current, lattice)
    joined = upper + tabs - 1 + lower - leading
    return tabs if tabs - leading <= 1 and width - _EXTRA_CELLS <= joined <= width else None


def _table_width(rows: list[Row], widths: list[int], index: int) -> int | None:
    """The widest row of the table around a row, among those read without a join at a tab stop
    (rows joined the same way may be wrong the same way) unless there are none."""
    around = _table_neighbours(widths, index)
    whole = [widths[i] for i in around if not rows[i].structural_joins()] or [widths[i] for i in around]
    return max(whole) if whole else None


def _table_neighbours(widths: list[int], index: int) -> list[int]:
    """The rows of the same table near a row: the tab-separated lines next to it. (Blank lines do
    not end a table: a row whose unseen tabs ran past the edge leaves an empty line.)"""
    before = [i for i in range(index - 1, max(-1, index - 1 - _NEIGHBOURS), -1)]
    after = [i for i in range(index + 1, min(len(widths), index + 1 + _NEIGHBOURS))]
    found = []
    for side in (before, after):
        for i in side:
            if widths[i] < 2:
                break
            found.append(i)
    return found


def padded(rows: list[list[str]], blanks_before: list[int]) -> list[list[str]]:
    """Rows of a table filled out with the empty cells the page cannot show: trailing tabs leave
    no trace, yet in the text every row of a table has its columns (a row holding one label, a
    line of its own on the page, is a row of the table it stands in)."""
    out = [list(row) for row in rows]
    index = 0
    while index < len(out):
        end = index + 1
        while end < len(out) and not blanks_before[end] and _in_table(out, blanks_before, end):
            end += 1
        width = max(len(row) for row in out[index:end])
        if end - index > 1 and width >= _MIN_TABLE_WIDTH:
            for row in out[index:end]:
                row.extend([""] * (width - len(row)))
        index = end
    return out


def _in_table(rows: list[list[str]], blanks_before: list[int], index: int) -> bool:
    """Whether a row continues the table above: it has cells, or it is a one-cell line between
    two rows that have."""
    if len(rows[index]) > 1:
        return len(rows[index - 1]) > 1 or index > 1 and len(rows[index - 2]) > 1
    following = index + 1 < len(rows) and not blanks_before[index + 1] and len(rows[index + 1]) > 1
    return len(rows[index - 1]) > 1 and following


def with_empty_lines(blanks_before: list[int], lines: list[str]) -> list[str]:
    """The lines with the empty lines the page shows between them. In a form flattened one cell
    per line (a tab, then the cell), an empty line ends a row, and a line holding only a tab (an
    empty cell) looks the same on the page: where two or more empty lines stand between cell
    lines, which of them are empty cells cannot be known, and a guess shifts cells into the wrong
    columns (wrong numbers). Such a form is left out (its lines blank), the rest is kept."""
    out: list[str] = []
    for blanks, line in zip(blanks_before, lines):
        out += [""] * blanks
        out.append(line)
    for start, end in _cell_per_line_regions(out):
        if _has_ambiguous_gap(out[start:end]):
            out[start:end] = [""] * (end - start)
    return out


def _cell_per_line_regions(lines: list[str]) -> list[tuple[int, int]]:
    """[start, end) of the runs of one-cell lines and the empty lines between them."""
    regions, start = [], None
    for index, line in enumerate(lines + ["not a cell"]):
        if _CELL_LINE.match(line) or (not line and start is not None):
            start = index if start is None else start
            continue
        if start is not None:
            end = index
            while end > start and not lines[end - 1]:
                end -= 1
            regions.append((start, end))
            start = None
    return regions


def _has_ambiguous_gap(region: list[str]) -> bool:
    blanks = 0
    for line in region:
        if not line:
            blanks += 1
            continue
        if blanks > 1:
            return True
        blanks = 0
    return False
