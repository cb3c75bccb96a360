"""Find tables in normalised lines, in the three layouts reports come in.

- tab rows: one row per line, cells separated by tabs (`2040601\t行政运行\t412.64`);
- cell per line: Word tables flattened one cell per line, each line starting with a tab, rows
  separated by blank lines (a line holding only a tab is an empty cell);
- pipe rows: HTML tables flattened with `|` between cells.
Each row keeps the line number of its first cell, so every fact can say where it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.numbers import is_figure

_CELL_LINE = re.compile(r"^\t[^\t]*$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$|^[^|]+(\|[^|]*){2,}$")
_PIPE_RULE = re.compile(r"^[\s|:+\-=]+$")
# A table of contents line (`收入支出决算总表 ........ 12`) is not a table.
_MAX_CONTINUATION_LINES = 4


@dataclass
class Row:
    cells: list[str]
    line: int
    cell_lines: list[int] = field(default_factory=list)

    def non_empty(self) -> list[tuple[int, str]]:
        """(column index, text) of the cells that hold something."""
        return [(i, c) for i, c in enumerate(self.cells) if c.strip()]

    def text(self) -> str:
        return " ".join(c for c in self.cells if c.strip())


@dataclass
class Table:
    rows: list[Row]
    layout: str  # tab | cell_per_line | pipe
    start_line: int
    end_line: int
    title: str | None = None
    table_no: str | None = None
    unit: str | None = None
    context: list[str] = field(default_factory=list)  # lines just above the table, nearest last
    standard: object | None = None  # the StandardTable of seeds/ref_standard_table.csv it is, if any


def clean_cell(text: str) -> str:
    return text.strip().strip("\u3000").strip()


def is_cell_line(line: str) -> bool:
    return bool(_CELL_LINE.match(line))


def is_tab_row(line: str) -> bool:
    return "\t" in line and not is_cell_line(line)


def is_pipe_row(line: str) -> bool:
    return "\t" not in line and bool(_PIPE_ROW.match(line)) and not _PIPE_RULE.match(line)


def find_tables(lines: list[str]) -> list[Table]:
    """All tables of a document, in order of appearance."""
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if is_cell_line(line):
            table, index = _read_cell_per_line(lines, index)
        elif is_tab_row(line):
            table, index = _read_rows(lines, index, is_tab_row, lambda text: text.split("\t"), "tab")
        elif is_pipe_row(line):
            table, index = _read_rows(lines, index, is_pipe_row, _split_pipe, "pipe")
        else:
            index += 1
            continue
        if table.rows:
            tables.append(table)
    return tables


_FRAGMENT = re.compile(r"^[\u4e00-\u9fff、()（）]{1,6}$")


def _is_wrapped_fragment(line: str) -> bool:
    """A few characters of a label, no figure and no sentence: what a cell's wrapped line is."""
    return bool(_FRAGMENT.match(line.strip()))


def _split_pipe(text: str) -> list[str]:
    text = text.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    return text.split("|")


def _read_rows(lines, start, is_row, split, layout) -> tuple[Table, int]:
    rows: list[Row] = []
    index = start
    last_row_index = start
    while index < len(lines):
        line = lines[index]
        if is_row(line):
            cells = [clean_cell(c) for c in split(line)]
            if any(cells):
                rows.append(Row(cells=cells, line=index + 1, cell_lines=[index + 1] * len(cells)))
            last_row_index = index
            index += 1
        elif layout == "tab" and _is_wrapped_fragment(line) and index + 1 < len(lines) and is_row(lines[index + 1]):
            # `二、财政专户管理资` / `金`: a label wrapped in its cell, the PDF's grid giving the
            # wrapped part a row of its own; the table goes on
            rows.append(Row(cells=[clean_cell(line)], line=index + 1, cell_lines=[index + 1]))
            index += 1
        elif not line.strip() or (layout == "pipe" and _PIPE_RULE.match(line)):
            # blank lines (page breaks) inside a table; the table goes on if a row follows
            lookahead = index
            while lookahead < len(lines) and (not lines[lookahead].strip() or _PIPE_RULE.match(lines[lookahead])):
                lookahead += 1
            if lookahead < len(lines) and is_row(lines[lookahead]) and lookahead - index <= 3:
                index = lookahead
            else:
                break
        else:
            break
    return Table(rows=rows, layout=layout, start_line=start + 1, end_line=last_row_index + 1), last_row_index + 1


def _read_cell_per_line(lines, start) -> tuple[Table, int]:
    rows: list[Row] = []
    cells: list[str] = []
    cell_lines: list[int] = []
    index = start
    last_cell_index = start
    continuation = 0

    def close_row():
        nonlocal cells, cell_lines
        if cells and any(c.strip() for c in cells):
            rows.append(Row(cells=[clean_cell(c) for c in cells], line=cell_lines[0], cell_lines=cell_lines))
        cells, cell_lines = [], []

    while index < len(lines):
        line = lines[index]
        if is_cell_line(line):
            cells.append(line[1:])
            cell_lines.append(index + 1)
            last_cell_index = index
            continuation = 0
        elif not line.strip():
            close_row()
        elif is_tab_row(line):
            break
        else:
            # text without a leading tab inside a Word cell (a second paragraph of the cell)
            continuation += 1
            if continuation > _MAX_CONTINUATION_LINES or not _cell_follows(lines, index):
                break
            if cells:
                cells[-1] = cells[-1] + "\n" + line
            elif rows:
                rows[-1].cells[-1] = rows[-1].cells[-1] + "\n" + line.strip()
        index += 1
    close_row()
    end = last_cell_index + 1
    return Table(rows=rows, layout="cell_per_line", start_line=start + 1, end_line=end), end


def _cell_follows(lines: list[str], index: int) -> bool:
    """True when a cell line comes within a few non-blank lines: the text is inside the table."""
    seen = 0
    for line in lines[index + 1:]:
        if is_cell_line(line):
            return True
        if is_tab_row(line):
            return False
        if line.strip():
            seen += 1
            if seen > _MAX_CONTINUATION_LINES:
                return False
    return False


# ---- one shape for every table -----------------------------------------------------------------

_CLASS_CODE = re.compile(r"^\d{3}$")
_PART_CODE = re.compile(r"^\d{2}$")
_MIN_SPLIT_ROWS = 2


def normalise_table(table: Table) -> Table:
    """Tables as the extractors expect them, whoever drew them: leading columns empty in every
    row dropped (a grid's margin column), and codes printed over three columns 类 | 款 | 项
    (`201 | 13 | 01`) joined into one (`2011301`)."""
    if table.layout == "cell_per_line" or not table.rows:
        return table
    _drop_empty_columns(table)
    _join_figures_printed_below_their_label(table)
    _align_short_total_rows(table)
    parts = _code_parts(table.rows)
    if _has_split_codes(table.rows, parts):
        for row in table.rows:
            _join_code_cells(row, parts)
    return table


_TOTAL_LABEL = re.compile(r"^(?:合计|总计|小计)$")


def _join_figures_printed_below_their_label(table: Table) -> None:
    """A row of figures alone, right under a row of labels alone that leaves those columns blank,
    is that row's rest: a grid whose amount column holds a rule the label columns do not (its
    cell split in two, the figure in the lower half: `204 | 公共安全支出 |` then `| | 16,444.36`),
    or a tall label cell whose figure sits on a baseline of its own. A row of figures without a
    label belongs to no line of its own."""
    rows: list[Row] = []
    for row in table.rows:
        above = rows[-1] if rows else None
        if above is not None and _is_rest_of(above, row):
            width = max(len(above.cells), len(row.cells))
            above_lines = above.cell_lines or [above.line] * len(above.cells)
            row_lines = row.cell_lines or [row.line] * len(row.cells)
            cells, lines = [], []
            for column in range(width):
                mine = column < len(above.cells) and above.cells[column].strip()
                source, source_lines = (above.cells, above_lines) if mine or column >= len(row.cells) else (row.cells, row_lines)
                cells.append(source[column] if column < len(source) else "")
                lines.append(source_lines[column] if column < len(source_lines) else above.line)
            rows[-1] = Row(cells=cells, line=above.line, cell_lines=lines)
            continue
        rows.append(row)
    table.rows = rows


def _is_rest_of(above: Row, row: Row) -> bool:
    if not row.cells or row.cells[0].strip():
        return False  # most rows: a label or code of their own
    figures = [column for column, cell in enumerate(row.cells) if cell.strip()]
    labels = [column for column, cell in enumerate(above.cells) if cell.strip()]
    if not figures or not labels or figures[0] == 0 or not all(is_figure(row.cells[c]) for c in figures):
        return False
    has_text_label = any(not is_figure(above.cells[c]) for c in labels)
    return has_text_label and max(labels) < figures[0]


def _align_short_total_rows(table: Table) -> None:
    """A 合计 row whose label cell merges the code and name columns comes out shorter than the
    table (`合计 | 156,211,123 | …` under `code | name | 合计 | …`): its figures are the last
    columns', so the label is followed by as many blank cells as it merged."""
    width = max(len(row.cells) for row in table.rows)
    for row in table.rows:
        missing = width - len(row.cells)
        if (missing <= 0 or not row.cells or not _TOTAL_LABEL.match("".join(row.cells[0].split()))
                or not all(is_figure(c) for c in row.cells[1:] if c.strip())
                or not any(c.strip() for c in row.cells[1:])):
            continue
        lines = row.cell_lines or [row.line] * len(row.cells)
        row.cells = [row.cells[0], *[""] * missing, *row.cells[1:]]
        row.cell_lines = [lines[0], *[lines[0]] * missing, *lines[1:]]


def _drop_empty_columns(table: Table) -> None:
    """Leading columns empty in every row (a grid's margin) go: a table's first column is its
    label or code column. Empty columns elsewhere stay, other extractors count positions."""
    width = max(len(row.cells) for row in table.rows)
    leading = 0
    while leading < width - 1 and all(leading >= len(row.cells) or not row.cells[leading].strip()
                                      for row in table.rows):
        leading += 1
    if not leading:
        return
    for row in table.rows:
        lines = row.cell_lines or [row.line] * len(row.cells)
        row.cells = row.cells[leading:]
        row.cell_lines = lines[leading:]


def _split_code(cells: list[str], parts: int = 3) -> str | None:
    """`201 | 13 | 01` (or `201 | 13 |`, `201 | |`; `301 | 01` with two parts) → the code they
    spell; None otherwise."""
    if len(cells) <= parts or not _CLASS_CODE.match(cells[0].strip()):
        return None
    code = cells[0].strip()
    for position, cell in enumerate(cells[1:parts], start=1):
        part = cell.strip()
        if not part:
            continue
        if not _PART_CODE.match(part) or len(code) != 3 + 2 * (position - 1):
            return None  # not a code part, or an item without its section
        code += part
    return code


def _code_parts(rows: list[Row]) -> int:
    """How many columns the codes are printed over: the header's `类 | 款 | 项` (or `类 | 款`)
    says, else 3 when codes print so."""
    for row in rows[:6]:
        cells = [cell.strip() for cell in row.cells]
        if cells[:3] == ["类", "款", "项"]:
            return 3
        if cells[:2] == ["类", "款"]:
            return 2
    return 3


def _has_split_codes(rows: list[Row], parts: int) -> bool:
    codes = [_split_code(row.cells, parts) for row in rows]
    return (sum(1 for code in codes if code and len(code) > 3) >= _MIN_SPLIT_ROWS
            and all(code is None or len(code) > 3 or not rows[i].cells[1].strip() for i, code in enumerate(codes)))


def _join_code_cells(row: Row, parts: int) -> None:
    if any(is_figure(cell) and len(cell.strip()) > 2 for cell in row.cells[1:parts]):
        return  # figures where the code parts stand: a row the merge left short, not a code
    code = _split_code(row.cells, parts)
    head = code if code else "".join(cell.strip() for cell in row.cells[:parts])
    lines = row.cell_lines or [row.line] * len(row.cells)
    row.cells = [head, *row.cells[parts:]]
    row.cell_lines = [lines[0], *lines[parts:]]
