"""PDF reader (pdfplumber): the text layer in reading order, ruled tables as rows of cells.

Per page, pdfplumber's table finder locates ruled tables; characters inside a table go to the
cell that holds them, the others make the page's text lines, and lines and tables are ordered
top to bottom. A PDF breaks paragraphs into visual lines: a line is joined to the next when the
next line's first word would not have fitted after it (the break was the layout's, not the
author's), within a cell as in the body text, across page breaks too; page numbers in the
margins are dropped. Tables cut by a page break are joined. Rows keep the cells the rules draw:
a merged cell is read once and followed by empty cells, a row that stops short keeps only its
own cells.

Refused with a reason: encrypted PDFs that need a password, scanned PDFs (images, no text
layer: OCR is out of scope), text layers without Unicode mapping, damaged files, more than
MAX_PAGES pages or more than TIME_LIMIT_SECONDS of parsing.
"""

from __future__ import annotations

import io
import logging
import re
import time
from bisect import bisect_right
from dataclasses import dataclass, field

from ingest.numbers import is_figure
from ingest.readers.blocks import Block, Table, blocks_to_lines
from ingest.readers.detect import UnreadableInput
from ingest.readers.pdf_pages import line_pages
from ingest.readers.pdf_tabs import glyphs_text, tab_stop_document
from ingest.readers.text import ReadResult

logging.getLogger("pdfminer").setLevel(logging.ERROR)  # a damaged file logs per object; the reason says it

MAX_PAGES = 2000
TIME_LIMIT_SECONDS = 300.0
_MIN_CHARS_PER_PAGE = 10
_MAX_UNMAPPED_SHARE = 0.3
_MARGIN_SHARE = 0.07
_RIGHT_EDGE_PERCENTILE = 0.9
_INDENT_CHARS = 1.5
_PAGE_NUMBER = re.compile(r"^[-—–\s]*(第\s*)?\d{1,4}\s*(页)?(\s*/\s*(共\s*)?\d{1,4}\s*页?)?[-—–\s]*$")
_LATIN = re.compile(r"[A-Za-z]")
# A sentence ended at the line's end, and the next line opens a numbered point (`14. `, `14、`,
# `（十四）`, `十四、`): a new paragraph, however slight its indent (the points of a 情况说明).
_SENTENCE_END = ("。", "；", ";")
_NUMBERED_POINT = re.compile(r"^\s*(?:\d{1,3}[.、．](?!\d)|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)")
_FIRST_TOKEN = re.compile(r"^[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|^.")


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    chars: list = field(default_factory=list, repr=False)
    page: int = 0
    page_width: float = 0.0

    def first_token_width(self) -> float:
        """Width of the word (or CJK character) the line starts with."""
        token = _FIRST_TOKEN.match(self.text.lstrip())
        count = len(token.group(0)) if token else 1
        glyphs = [c for c in self.chars if not c["text"].isspace()][:count]
        return (glyphs[-1]["x1"] - glyphs[0]["x0"]) if glyphs else self.size


@dataclass
class _PageText:
    items: list  # (top, Line | Table) in reading order
    width: float
    chars: int
    images: int
    unmapped: int  # characters whose font has no Unicode mapping: `(cid:N)`
    lines: list = field(default_factory=list)  # lines outside ruled tables (blank ones too), top to bottom
    ruled: bool = False


def read_pdf(data: bytes) -> ReadResult:
    """Lines of a PDF report; UnreadableInput for encrypted, scanned, damaged or oversized ones."""
    pdf = _open(data)
    try:
        pages = _read_pages(pdf)
    finally:
        pdf.close()
    _refuse_without_text(pages)
    page_texts = [_reading_text(page) for page in pages]  # before document_blocks joins tables across pages
    lines = tab_stop_document(pages)
    if lines is None:
        lines = blocks_to_lines(document_blocks(pages))
    return ReadResult(lines=lines, encoding="pdf text layer", format="pdf", pages=line_pages(lines, page_texts))


def _reading_text(page: _PageText) -> str:
    """A page's text in reading order, tables cell by cell (what pdf_pages.line_pages searches)."""
    parts = []
    for _, item in page.items:
        if isinstance(item, Table):
            parts.extend(paragraph for row in item.rows for cell in row for paragraph in cell)
        else:
            parts.append(item.text)
    return "\n".join(parts)


def _open(data: bytes):
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        count = len(pdf.pages)
    except Exception as error:  # pdfminer raises many kinds; pdfplumber wraps some of them
        raise UnreadableInput(_open_error(error)) from None
    if count > MAX_PAGES:
        pdf.close()
        raise UnreadableInput(f"PDF too long: {count} pages (limit {MAX_PAGES})")
    return pdf


def _open_error(error: Exception) -> str:
    cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
    name = type(cause).__name__
    if "Password" in name:
        return "password-protected PDF: it cannot be opened without its password"
    if "Encryption" in name:
        return f"encrypted PDF with an unsupported protection scheme ({cause})"
    return f"corrupt PDF: pdfminer cannot parse it ({name}: {cause})"


def _read_pages(pdf) -> list[_PageText]:
    started = time.monotonic()
    pages, failures = [], []
    for number, page in enumerate(pdf.pages, start=1):
        if time.monotonic() - started > TIME_LIMIT_SECONDS:
            raise UnreadableInput(f"PDF takes too long to parse (over {TIME_LIMIT_SECONDS:.0f} s "
                                  f"at page {number} of {len(pdf.pages)})")
        try:
            pages.append(page_text(page))
        except Exception as error:  # one damaged page must not lose the others
            failures.append(f"page {number}: {type(error).__name__}")
        finally:
            page.flush_cache()
    if not pages:
        raise UnreadableInput(f"corrupt PDF: pdfminer could read none of its pages ({'; '.join(failures[:3])})")
    return pages


def _refuse_without_text(pages: list[_PageText]) -> None:
    """A PDF none of whose pages carries text is a scan (when it has images) or blank."""
    if not any(page.chars >= _MIN_CHARS_PER_PAGE for page in pages):
        if any(page.images for page in pages):
            raise UnreadableInput("no text layer: scanned PDF (images only), OCR is not supported")
        raise UnreadableInput("no text layer: the PDF's pages hold no text (blank, or text drawn as outlines)")
    if sum(page.unmapped for page in pages) > _MAX_UNMAPPED_SHARE * sum(page.chars for page in pages):
        raise UnreadableInput("no usable text layer: the PDF's fonts have no Unicode mapping "
                              "(characters come out as (cid:N))")


def page_text(page) -> _PageText:
    """One page's text lines and tables, top to bottom."""
    chars = _dedupe([c for c in page.chars if c["text"]])
    tables = [t for t in page.find_tables() if len(t.cells) > 1]
    cell_chars: list[dict] = [{} for _ in tables]
    free = []
    for char in chars:
        placed = False
        for index, table in enumerate(tables):
            cell = _cell_of(table, char)
            if cell is not None:
                cell_chars[index].setdefault(cell, []).append(char)
                placed = True
                break
        if not placed:
            free.append(char)
    all_lines = [line for line in chars_to_lines(free, keep_blank=True) if not _is_page_number(line, page.height)]
    for line in all_lines:
        line.page, line.page_width = page.page_number, float(page.width)
    lines = [line for line in all_lines if line.text]
    items = _with_unruled_tables(lines)
    items += [(table.bbox[1], _table_block(table, cell_chars[index])) for index, table in enumerate(tables)]
    items.sort(key=lambda item: item[0])
    unmapped = sum(1 for char in chars if char["text"].startswith("(cid:"))
    return _PageText(items=items, width=float(page.width), chars=len(chars), images=len(page.images),
                     unmapped=unmapped, lines=all_lines, ruled=bool(tables))


# ---- tables without ruling lines -----------------------------------------------------------------
# A table printed without borders (from a word processor, or tab-separated text made a PDF) is a
# run of lines whose words stand apart in columns. Consecutive lines cut by wide gaps, some of
# them holding figures, are such a table; its columns are where the figures' rows place their
# text, and a line without figures right under a row of the body continues that row's cells
# (a label wrapped in its column).
_CELL_GAP_SIZES = 0.45  # a gap wider than this many character heights separates two cells
_MIN_UNRULED_ROWS = 2


def _segments(line: Line) -> list["_CellText"]:
    """A line's runs of text between wide gaps, as cells."""
    glyphs = sorted((c for c in line.chars if not c["text"].isspace()), key=lambda c: c["x0"])
    runs: list[list[dict]] = []
    for char in glyphs:
        size = char.get("size") or line.size
        if runs and char["x0"] - runs[-1][-1]["x1"] <= _CELL_GAP_SIZES * size:
            runs[-1].append(char)
        else:
            runs.append([char])
    return [_CellText((run[0]["x0"], line.top, run[-1]["x1"], line.bottom),
                      [piece.text for piece in chars_to_lines(run)], run[0]["x0"], run[-1]["x1"]) for run in runs]


def _with_unruled_tables(lines: list[Line]) -> list[tuple[float, object]]:
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
    columns = _body_columns([cell for row in rows[first_body:] if any(c.is_figure() for c in row) for cell in row])
    block = Table(paragraphs_known=False)
    previous_body: list[list[str]] | None = None
    for position, row in enumerate(rows):
        out: list[list[str]] = [[] for _ in columns]
        for cell in row:
            under = _columns_under(columns, cell.box) if position < first_body else []
            for index in under or [_column_of(columns, cell.centre)]:
                out[index].extend(cell.paragraphs)
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


def _cell_of(table, char) -> tuple | None:
    x, y = char["x0"] + 0.25 * (char["x1"] - char["x0"]), (char["top"] + char["bottom"]) / 2
    x0, top, x1, bottom = table.bbox
    if not (x0 <= x <= x1 and top <= y <= bottom):
        return None
    rows = _row_index(table)
    position = bisect_right(rows[0], y) - 1
    for candidate in (position, position - 1, position + 1):
        if 0 <= candidate < len(rows[1]):
            for cell in rows[1][candidate]:
                if cell and cell[0] <= x <= cell[2] and cell[1] <= y <= cell[3]:
                    return cell
    return None


def _row_index(table) -> tuple[list[float], list[list]]:
    """Row tops (sorted) and the cells of each row, cached on the table."""
    cached = getattr(table, "_row_index", None)
    if cached is None:
        rows = sorted(table.rows, key=lambda row: row.bbox[1])
        cached = ([row.bbox[1] for row in rows], [row.cells for row in rows])
        table._row_index = cached
    return cached


@dataclass
class _CellText:
    box: tuple
    paragraphs: list[str]
    x0: float
    x1: float

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    def is_figure(self) -> bool:
        return len(self.paragraphs) == 1 and is_figure(self.paragraphs[0])


def _table_block(table, chars_by_cell: dict) -> Table:
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
    columns = _body_columns([cell for row in rows[first_body:] if any(c.is_figure() for c in row) for cell in row])
    for row in reversed(rows[:first_body]):
        for cell in row:
            if not _columns_under(columns, cell.box):
                columns.append((cell.box[0], cell.box[2]))
    columns.sort()
    block = Table(paragraphs_known=False)
    for position, row in enumerate(rows):
        out: list[list[str]] = [[] for _ in columns]
        for cell in row:
            under = _columns_under(columns, cell.box) if position < first_body else []
            for index in under or [_column_of(columns, cell.centre)]:
                out[index].extend(cell.paragraphs)
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


def _row_texts(row, chars_by_cell: dict) -> list[_CellText]:
    out = []
    for box in row.cells:
        if not box:
            continue
        chars = [c for c in chars_by_cell.get(box, []) if not c["text"].isspace()]
        paragraphs = cell_paragraphs(box, chars)
        if paragraphs and chars:
            out.append(_CellText(box, paragraphs, min(c["x0"] for c in chars), max(c["x1"] for c in chars)))
    return out


def _body_columns(cells: list[_CellText]) -> list[tuple[float, float]]:
    """Text spans of the body's cells, overlapping spans joined: one span per column."""
    columns: list[list[float]] = []
    for cell in sorted(cells, key=lambda c: c.x0):
        if columns and cell.x0 <= columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], cell.x1)
        else:
            columns.append([cell.x0, cell.x1])
    return [(left, right) for left, right in columns]


def _columns_under(columns: list[tuple[float, float]], box: tuple) -> list[int]:
    """Columns whose middle lies inside a cell's box."""
    return [index for index, (left, right) in enumerate(columns) if box[0] <= (left + right) / 2 <= box[2]]


def _column_of(columns: list[tuple[float, float]], x: float) -> int:
    """The column a point stands in, else the nearest."""
    return min(range(len(columns)), key=lambda index: 0.0 if columns[index][0] <= x <= columns[index][1]
               else min(abs(x - columns[index][0]), abs(x - columns[index][1])))


def cell_paragraphs(bbox: tuple, chars: list[dict]) -> list[str]:
    """A cell's text, its visual lines joined back into paragraphs."""
    lines = chars_to_lines(chars)
    if not lines:
        return []
    padding = min(max(min(line.x0 for line in lines) - bbox[0], 0.0), 0.3 * (bbox[2] - bbox[0]))
    width = bbox[2] - bbox[0] - 2 * padding

    def wrapped(line: Line, nxt: Line) -> bool:
        """The next line's first word would not have fitted in the cell after this line."""
        return width - (line.x1 - line.x0) < nxt.first_token_width() + 0.5 * line.size

    return _join_wrapped(lines, wrapped)


def document_blocks(pages: list[_PageText]) -> list[Block]:
    """Paragraphs and tables of the whole document; paragraphs and tables may run across pages."""
    margins = _margins(pages)
    blocks: list[Block] = []
    lines: list[Line] = []

    def flush() -> None:
        blocks.extend(_join_wrapped(lines, lambda line, nxt: _body_wrap(line, nxt, margins)))
        lines.clear()

    for page in pages:
        for position, (_, item) in enumerate(page.items):
            if isinstance(item, Table):
                flush()
                if position == 0 and blocks and isinstance(blocks[-1], Table):
                    blocks[-1].rows.extend(item.rows)
                else:
                    blocks.append(item)
            else:
                lines.append(item)
    flush()
    return blocks


def _margins(pages: list[_PageText]) -> dict[float, tuple[float, float]]:
    """Left and right edges of the text column per page width: the leftmost line start, and the
    end of the longest lines (a high percentile, so that a line overflowing the column does not
    move the edge)."""
    starts: dict[float, list[float]] = {}
    ends: dict[float, list[float]] = {}
    for page in pages:
        for _, item in page.items:
            if isinstance(item, Line):
                starts.setdefault(page.width, []).append(item.x0)
                ends.setdefault(page.width, []).append(item.x1)
    margins = {}
    for width, values in ends.items():
        values.sort()
        margins[width] = (min(starts[width]), values[int(_RIGHT_EDGE_PERCENTILE * (len(values) - 1))])
    return margins


def _body_wrap(line: Line, nxt: Line, margins: dict[float, tuple[float, float]]) -> bool:
    """The break after `line` is the layout's: the next line's first word would not have fitted
    after it, the next line is not indented as a paragraph's first line nor a numbered point
    after a finished sentence, and no blank space separates them."""
    left, right = margins.get(line.page_width, (line.x0, line.x1))
    if nxt.page == line.page and nxt.top - line.bottom > 1.2 * max(line.size, nxt.size):
        return False
    if nxt.x0 - left > _INDENT_CHARS * nxt.size:
        return False
    if line.text.rstrip().endswith(_SENTENCE_END) and _NUMBERED_POINT.match(nxt.text):
        return False
    return right - line.x1 < nxt.first_token_width() + 0.5 * line.size


def _join_wrapped(lines: list[Line], wrapped) -> list[str]:
    """Visual lines → paragraphs: a line continues the previous one when `wrapped` says so."""
    paragraphs: list[str] = []
    current = ""
    for index, line in enumerate(lines):
        if index and wrapped(lines[index - 1], line):
            current = _glue(current, line.text)
        else:
            if current.strip():
                paragraphs.append(current)
            current = line.text
    if current.strip():
        paragraphs.append(current)
    return paragraphs


def _glue(left: str, right: str) -> str:
    """Join a wrapped line: a space between Latin words, nothing between CJK or digits."""
    left, right = left.rstrip(), right.lstrip()
    if left and right and _LATIN.match(left[-1]) and _LATIN.match(right[0]):
        return f"{left} {right}"
    return left + right


def chars_to_lines(chars: list[dict], keep_blank: bool = False) -> list[Line]:
    """Characters → visual lines (same baseline band), left to right, spaces where gaps are;
    lines of space glyphs only (text "") when `keep_blank`."""
    lines: list[Line] = []
    for band in _bands(sorted(chars, key=lambda c: (c["top"], c["x0"]))):
        band.sort(key=lambda c: c["x0"])
        joined = glyphs_text(band).strip()
        if joined or keep_blank:
            lines.append(Line(text=joined, x0=min(c["x0"] for c in band), x1=max(c["x1"] for c in band),
                              top=min(c["top"] for c in band), bottom=max(c["bottom"] for c in band),
                              size=max(c.get("size") or 10.0 for c in band), chars=band))
    return lines


def _bands(chars: list[dict]) -> list[list[dict]]:
    bands: list[list[dict]] = []
    middle = None
    for char in chars:
        centre = (char["top"] + char["bottom"]) / 2
        height = max(char["bottom"] - char["top"], 1.0)
        if bands and middle is not None and abs(centre - middle) <= 0.5 * height:
            bands[-1].append(char)
        else:
            bands.append([char])
            middle = centre
    return bands


def _dedupe(chars: list[dict]) -> list[dict]:
    """Characters drawn twice at the same place (fake bold) count once."""
    seen = set()
    out = []
    for char in chars:
        key = (char["text"], round(char["x0"]), round(char["top"]))
        if key not in seen:
            seen.add(key)
            out.append(char)
    return out


def _is_page_number(line: Line, height: float) -> bool:
    in_margin = line.top < _MARGIN_SHARE * height or line.bottom > (1 - _MARGIN_SHARE) * height
    return in_margin and bool(_PAGE_NUMBER.match(line.text))
