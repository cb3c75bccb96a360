"""Visual lines set on tab stops → rows: each visual line cut into cells at the stops, then
joined to the line above when its first word (after its tabs) would have fitted there; blank
lines between rows counted from the space between them."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from ingest.readers.pdf_glyphs import first_word_width, glyphs_text, line_glyphs
from ingest.readers.pdf_tab_lattice import MIN_TAB_GAP, Lattice

_FIT_TOLERANCE = 0.25  # pt
_SENTENCE_END = set("。：；:;")
_ENUMERATION = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass
class _Cell:
    glyphs: list[dict]
    tabs: int  # tabs before the cell: stops passed since the previous cell (or the margin)
    text: str


@dataclass
class _VisualLine:
    cells: list[_Cell]
    end: float  # where the pen stood after the last glyph (trailing spaces included)
    line: object  # the pdf_lines.Line it was read from (page, top, bottom, size)

    @property
    def first(self) -> _Cell:
        return self.cells[0]

    @property
    def last(self) -> dict:
        return self.cells[-1].glyphs[-1]


def visual_line(line, lattice: Lattice) -> _VisualLine:
    """A visual line cut into cells where a glyph stands on a stop right after a gap."""
    glyphs = line_glyphs(line)
    first_stop = lattice.stop_at(glyphs[0]["x0"]) or 0
    groups: list[tuple[int, list[dict]]] = [(first_stop, [glyphs[0]])]
    for previous, glyph in zip(glyphs, glyphs[1:]):
        stop = lattice.stop_at(glyph["x0"])
        if stop is not None and glyph["x0"] - previous["x1"] > MIN_TAB_GAP \
                and not lattice.is_autospace(previous, glyph):
            groups.append((stop - lattice.next_stop(previous["x1"]) + 1, [glyph]))
        else:
            groups[-1][1].append(glyph)
    cells = [_Cell(run, tabs, glyphs_text(run)) for tabs, run in groups]
    return _VisualLine(cells=cells, end=glyphs[-1]["x1"], line=line)


@dataclass
class Row:
    """One line of the document: its visual lines, each with the tabs that join it to the one
    before (0: its first cell continues the cell above)."""

    blanks_before: int
    parts: list[tuple[int, _VisualLine]]

    def cells(self) -> list[str]:
        first = self.parts[0][1]
        cells = [""] * first.first.tabs + [first.first.text]
        for position, (tabs, part) in enumerate(self.parts):
            if position:
                if tabs == 0:
                    cells[-1] = _glue(cells[-1], part.first.text)
                else:
                    cells += [""] * (tabs - 1) + [part.first.text]
            for cell in part.cells[1:]:
                cells += [""] * (cell.tabs - 1) + [cell.text]
        return cells

    def structural_joins(self) -> list[int]:
        """Positions of the visual lines joined at a tab stop, or bringing cells of their own: a
        reading that a new line begins there fits the page as well (a row ended near the edge)."""
        return [i for i, (tabs, part) in enumerate(self.parts) if i and (tabs or len(part.cells) > 1)]


def greedy_rows(visual: list[_VisualLine], lattice: Lattice) -> list[Row]:
    pitch = _line_pitch(visual)
    rows: list[Row] = []
    for previous, current in zip([None, *visual], visual):
        blanks = _blank_lines_between(previous, current, pitch) if previous else 0
        tabs = None if blanks or previous is None else continuation_tabs(previous, current, lattice)
        if tabs is None:
            rows.append(Row(blanks, [(0, current)]))
        else:
            rows[-1].parts.append((tabs, current))
    return rows


def continuation_tabs(previous: _VisualLine, current: _VisualLine, lattice: Lattice) -> int | None:
    """None when `current` begins a line of its own; else the number of tabs between the end of
    `previous` and the first cell of `current` (0: the cell above continues)."""
    word = first_word_width(current.first.glyphs)
    stops = lattice.stops_before_edge(previous.end)
    leading = current.first.tabs
    if leading == 0:
        if previous.end + lattice.space_between(previous.last, current.first.glyphs[0]) + word \
                <= lattice.right + _FIT_TOLERANCE:
            return None
        if _ends_sentence(previous) and _ENUMERATION.match(current.first.text):
            return None  # a full line that ends a sentence, then a numbered heading: two paragraphs
        return 0
    if leading <= len(stops) and stops[leading - 1] + word <= lattice.right + _FIT_TOLERANCE:
        return None  # its tabs and first word would have fitted after the line above
    return fewest_tabs(previous, current, lattice)


def _ends_sentence(line: _VisualLine) -> bool:
    """The line ends on a sentence's last mark (not on spaces, where a line breaks mid-text)."""
    return line.last["text"] in _SENTENCE_END


def _glue(left: str, right: str) -> str:
    """A word wrapped onto the next line: a space between Latin words, nothing between CJK."""
    if left and right and _LATIN.match(left[-1]) and _LATIN.match(right[0]):
        return f"{left} {right}"
    return left + right


@dataclass(frozen=True)
class _Pitch:
    line: float  # from one line to the next
    empty: float  # the height of an empty line: the lowest lines' (text of the Western font only)


def _line_pitch(visual: list[_VisualLine]) -> _Pitch:
    steps = sorted(b.line.top - a.line.top for a, b in zip(visual, visual[1:])
                   if b.line.page == a.line.page and b.line.top > a.line.top)
    if not steps:
        return _Pitch(0.0, 0.0)
    line = statistics.median(steps)
    return _Pitch(line, min(line, steps[len(steps) // 10]))


def _blank_lines_between(previous: _VisualLine, current: _VisualLine, pitch: _Pitch) -> int:
    """Empty lines between two visual lines of a page, from the space between them."""
    if current.line.page != previous.line.page or pitch.line <= 0:
        return 0
    step = current.line.top - previous.line.top
    return max(1, round((step - pitch.line) / pitch.empty)) if step > 1.5 * pitch.line else 0


def fewest_tabs(previous: _VisualLine, current: _VisualLine, lattice: Lattice) -> int:
    """The fewest tabs after `previous` that put the first cell of `current` where it stands."""
    word = first_word_width(current.first.glyphs)
    stops = lattice.stops_before_edge(previous.end)
    if current.first.tabs == 1:
        for count, stop in enumerate(stops, start=1):
            if stop + word > lattice.right + _FIT_TOLERANCE:
                return count  # the last tab moved down with the word that did not fit after it
    return len(stops) + current.first.tabs
