"""PDF reader: the text layer in reading order, ruled tables as rows of cells.

Per page, PDFium gives the characters and the painted lines (pdf_geometry.py) and a table
finder on those lines locates ruled tables (pdf_tables.py); characters inside a table go to the
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

Where the parts live: pdf_geometry.py (characters and lines from PDFium), pdf_tables.py (ruled
tables from the lines), pdf_lines.py (characters → visual lines), pdf_ruled.py and pdf_unruled.py
(tables with and without ruling, on the columns of pdf_columns.py), pdf_paragraphs.py (visual
lines → paragraphs), pdf_tabs.py (documents set on tab stops), pdf_pages.py (each line's page).
"""

from __future__ import annotations

import re
import time

from ingest.readers.blocks import Table, blocks_to_lines
from ingest.readers.detect import UnreadableInput
from ingest.readers.pdf_geometry import PageGeometry, open_pdf, page_geometry
from ingest.readers.pdf_lines import Line, PageText, chars_to_lines
from ingest.readers.pdf_pages import line_pages
from ingest.readers.pdf_paragraphs import document_blocks
from ingest.readers.pdf_ruled import cell_of, table_block
from ingest.readers.pdf_tables import find_tables
from ingest.readers.pdf_tabs import tab_stop_document
from ingest.readers.pdf_unruled import with_unruled_tables
from ingest.readers.text import ReadResult

MAX_PAGES = 2000
TIME_LIMIT_SECONDS = 300.0
_MIN_CHARS_PER_PAGE = 10
_MAX_UNMAPPED_SHARE = 0.3
_MARGIN_SHARE = 0.07
_DECORATED_MARGIN_SHARE = 0.15
# `12`, `- 12 -`, `— 12 —`, `─ 12 ─` (box-drawing rules), `－12－`, `·12·`, `第12页`, `12/33`, `第12页/共33页`
_PAGE_DASHES = r"[-—–‐‒−－─━·•\s]*"
_PAGE_NUMBER = re.compile(rf"^{_PAGE_DASHES}(第\s*)?\d{{1,4}}\s*(页)?(\s*/\s*(共\s*)?\d{{1,4}}\s*页?)?{_PAGE_DASHES}$")


def read_pdf(data: bytes) -> ReadResult:
    """Lines of a PDF report; UnreadableInput for encrypted, scanned, damaged or oversized ones."""
    document = open_pdf(data, MAX_PAGES)
    try:
        pages = _read_pages(document)
    finally:
        document.close()
    _refuse_without_text(pages)
    page_texts = [_reading_text(page) for page in pages]  # before document_blocks joins tables across pages
    lines = tab_stop_document(pages)
    if lines is None:
        lines = blocks_to_lines(document_blocks(pages))
    return ReadResult(lines=lines, encoding="pdf text layer", format="pdf", pages=line_pages(lines, page_texts))


def _reading_text(page: PageText) -> str:
    """A page's text in reading order, tables cell by cell (what pdf_pages.line_pages searches)."""
    parts = []
    for _, item in page.items:
        if isinstance(item, Table):
            parts.extend(paragraph for row in item.rows for cell in row for paragraph in cell)
        else:
            parts.append(item.text)
    return "\n".join(parts)


def _read_pages(document) -> list[PageText]:
    started = time.monotonic()
    pages, failures = [], []
    count = len(document)
    for index in range(count):
        if time.monotonic() - started > TIME_LIMIT_SECONDS:
            raise UnreadableInput(f"PDF takes too long to parse (over {TIME_LIMIT_SECONDS:.0f} s "
                                  f"at page {index + 1} of {count})")
        try:
            pages.append(page_text(page_geometry(document, index)))
        except Exception as error:  # one damaged page must not lose the others
            failures.append(f"page {index + 1}: {type(error).__name__}")
    if not pages:
        raise UnreadableInput(f"corrupt PDF: PDFium could read none of its pages ({'; '.join(failures[:3])})")
    return pages


def _refuse_without_text(pages: list[PageText]) -> None:
    """A PDF none of whose pages carries text is a scan (when it has images) or blank."""
    if not any(page.chars >= _MIN_CHARS_PER_PAGE for page in pages):
        if any(page.images for page in pages):
            raise UnreadableInput("no text layer: scanned PDF (images only), OCR is not supported")
        raise UnreadableInput("no text layer: the PDF's pages hold no text (blank, or text drawn as outlines)")
    if sum(page.unmapped for page in pages) > _MAX_UNMAPPED_SHARE * sum(page.chars for page in pages):
        raise UnreadableInput("no usable text layer: the PDF's fonts have no Unicode mapping "
                              "(its characters cannot be read as text)")


def page_text(page: PageGeometry) -> PageText:
    """One page's text lines and tables, top to bottom."""
    chars = _dedupe(page.chars)
    tables = find_tables(page.edges)
    cell_chars: list[dict] = [{} for _ in tables]
    free = []
    for char in chars:
        placed = False
        for index, table in enumerate(tables):
            cell = cell_of(table, char)
            if cell is not None:
                cell_chars[index].setdefault(cell, []).append(char)
                placed = True
                break
        if not placed:
            free.append(char)
    all_lines = [line for line in chars_to_lines(free, keep_blank=True) if not _is_page_number(line, page.height)]
    for line in all_lines:
        line.page, line.page_width = page.number, page.width
    lines = [line for line in all_lines if line.text]
    items = with_unruled_tables(lines)
    items += [(table.bbox[1], table_block(table, cell_chars[index])) for index, table in enumerate(tables)]
    items.sort(key=lambda item: item[0])
    return PageText(items=items, width=page.width, chars=len(chars), images=page.images,
                    unmapped=page.unmapped, lines=all_lines, ruled=bool(tables))


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
    """A page number in the top or bottom margin. One set off by dashes or 第…页 (`─ 9 ─`) is
    one in a wider margin than a bare number, which a page's last line of text may be."""
    if not _PAGE_NUMBER.match(line.text):
        return False
    margin = _MARGIN_SHARE if line.text.strip().isdigit() else _DECORATED_MARGIN_SHARE
    return line.top < margin * height or line.bottom > (1 - margin) * height
