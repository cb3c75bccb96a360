"""A PDF's visual lines → paragraphs: a line is joined to the next when the next line's first word
would not have fitted after it (the break was the layout's, not the author's), within a table
cell as in the body text, where paragraphs and tables also run across page breaks."""

from __future__ import annotations

import re

from ingest.normalize import NUMBERED_POINT
from ingest.readers.blocks import Block, Table
from ingest.readers.pdf_lines import Line, PageText, chars_to_lines

_RIGHT_EDGE_PERCENTILE = 0.9
_INDENT_CHARS = 1.5
_LATIN = re.compile(r"[A-Za-z]")
# A sentence ended at the line's end, and the next line opens a numbered point (`14. `, `14、`,
# `（十四）`, `十四、`): a new paragraph, however slight its indent (the points of a 情况说明).
_SENTENCE_END = ("。", "；", ";")


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


def document_blocks(pages: list[PageText]) -> list[Block]:
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


def _margins(pages: list[PageText]) -> dict[float, tuple[float, float]]:
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
    if line.text.rstrip().endswith(_SENTENCE_END) and NUMBERED_POINT.match(nxt.text):
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
