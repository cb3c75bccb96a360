"""Which page of a PDF each line of its text begins on, for provenance (raw.document_lines.page).

The readers join paragraphs and tables across page breaks and drop page numbers, so a line does
not remember its page. Its text does: the page's own text, normalised and without whitespace,
holds the start of every line the page begins, in reading order. A line whose start is found on
no page within reach of the previous line's (text the reader rearranged) gets no page rather
than a guessed one; blank lines get none either.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from ingest.normalize import compact, normalise_text

_KEY_CHARS = 12  # enough to tell lines apart, short enough to stay within one page's text
_SEARCH_WINDOW = 20_000  # characters ahead of the last line found: keeps a lost line cheap


def line_pages(lines: list[str], page_texts: Iterable[str]) -> list[int | None]:
    """Page number (1-based) of each line, None where it cannot be told."""
    starts, parts, length = [], [], 0
    for text in page_texts:
        starts.append(length)
        part = compact("".join(normalise_text(text)))
        parts.append(part)
        length += len(part)
    document = "".join(parts)
    pages: list[int | None] = []
    cursor = 0
    for line in lines:
        key = compact(line)[:_KEY_CHARS]
        found = document.find(key, cursor, cursor + _SEARCH_WINDOW + len(key)) if key else -1
        if found < 0:
            pages.append(None)
            continue
        cursor = found + len(key)
        pages.append(bisect_right(starts, found))
    return pages
