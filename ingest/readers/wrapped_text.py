"""Plain text whose paragraphs were broken into lines of one width (text copied from a PDF page,
`pdftotext` without `-layout`, a page pasted from a viewer): each paragraph is joined back onto its
first line, so that a sentence split mid-word (`公务接待费支出决算 1.5万` / `元。`) reads whole.

Without geometry, a break is the layout's when the document shows a wrap width — at least three
prose lines end within a few columns of the same width and hardly any prose line is wider — and a
line reaching that width ends without a sentence's or a list item's end. Text written a paragraph
a line (most reports saved as text) has no such width and is left as it is. The continuation lines
stay, blank, so that a line's number is still the file's.
"""

from __future__ import annotations

from ingest.normalize import NUMBERED_POINT

# display columns: a CJK character is two, an ASCII one (UTF-8: 3 bytes and 1)
_BAND = 6  # columns within which the full lines of a wrapped text end
_FULL_SLACK = 8  # a line this much short of the wrap width still reached it (justification, a wide glyph)
_MIN_WRAP = 40  # narrower than 20 CJK characters is a column of cells, not a page
_MIN_FULL_LINES = 3
_MAX_WIDER_SHARE = 0.1  # prose lines wider than the wrap width (a wrapped text has next to none)
_MIN_BAND_SHARE = 0.4  # of the prose lines at least half the wrap width, those that reach it
# A line ending so ends its sentence or list item (`1.……；`): the next line is its own. (A colon
# does not: `…其中：` / `基本支出…` is one sentence; the points of a list open with their number.)
_ENDS = ("。", "！", "？", "!", "?", "；", ";")
_SECTION = ("第",)


def width(text: str) -> int:
    """Display columns of a line (CJK and full-width forms two, ASCII one)."""
    return (len(text.encode("utf-8")) + len(text)) // 2


def _is_prose(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and "\t" not in line and "  " not in stripped


def wrap_width(lines: list[str]) -> int | None:
    """The width the text's paragraphs were broken at, or None when they were not."""
    widths = sorted(width(line.strip()) for line in lines if _is_prose(line))
    best, best_count = None, 0
    start = 0
    for end, candidate in enumerate(widths):
        while widths[start] < candidate - _BAND:
            start += 1
        count = end - start + 1
        if candidate >= _MIN_WRAP and count >= best_count:
            best, best_count = candidate, count
    if best is None or best_count < _MIN_FULL_LINES:
        return None
    wider = sum(1 for w in widths if w > best + _BAND)
    long_lines = sum(1 for w in widths if w >= best / 2)
    if wider > _MAX_WIDER_SHARE * len(widths) or best_count < _MIN_BAND_SHARE * long_lines:
        return None
    return best


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """`lines` with each hard-wrapped paragraph joined onto its first line and its other lines
    blank (as many lines as before); unchanged when the text shows no wrap width."""
    wrap = wrap_width(lines)
    if wrap is None:
        return lines
    out = list(lines)
    first = None  # index of the line the current paragraph is being joined onto
    for index, line in enumerate(lines[:-1]):
        nxt = lines[index + 1]
        if _continues(line, nxt, wrap):
            if first is None:
                first = index
            out[first] = _joined(out[first], nxt)
            out[index + 1] = ""
        else:
            first = None
    return out


def _continues(line: str, nxt: str, wrap: int) -> bool:
    """The next line carries on this one's paragraph: this one is prose that reached the wrap
    width without ending a sentence, the next is text that opens no point or section."""
    text, following = line.strip(), nxt.strip()
    return (_is_prose(line) and width(text) >= wrap - _FULL_SLACK and not text.endswith(_ENDS)
            and bool(following) and "\t" not in nxt
            and not NUMBERED_POINT.match(following) and not following.startswith(_SECTION))


def _joined(text: str, nxt: str) -> str:
    text, following = text.rstrip(), nxt.strip()
    space = " " if text[-1:].isascii() and text[-1:].isalpha() and following[:1].isascii() and following[:1].isalpha() else ""
    return text + space + following
