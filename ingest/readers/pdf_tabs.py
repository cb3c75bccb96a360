"""Documents set on tab stops read back as their tab-separated lines.

A plain-text report whose tables are tab-separated lines, printed by a word processor (LibreOffice's
text import, a text editor's "print to PDF"), has no ruling: its tables are text placed on the
default tab stops, which stand at a regular interval from the left margin. The layout follows
rules that let the original lines be rebuilt exactly:

- A tab moves the pen to the next stop strictly after it, so every cell after a tab begins on a
  stop (origin + k·interval), right after a gap; a run of tabs (empty cells) skips stops, and a
  line beginning with tabs has its first text on stop 1 or later. The number of tabs between two
  cells is the number of stops passed.
- A visual line ends when its next piece would not fit before the right edge: a word (a Latin or
  numeric run, or a CJK character with the punctuation that may not be parted from it, which may
  hang past the edge) continues at the left margin; a tab whose stop lies past the edge, or
  whose cell's first word would not fit after it, continues on the next line from the margin,
  its text on stop 1 or later (the tabs before it stay, unseen, at the end of the line above).
  So a visual line continues the one above when its first word (after its tabs) would not have
  fitted after that line's end — the principle pdf.py applies to prose — and no blank space
  separates them.
- An empty line is a gap of a line's height.
- Between CJK and Latin or digits the layout may add a fixed space of its own (LibreOffice's
  "autospace", a fifth of an em): such a gap is no tab, whatever stop it happens to reach.

What the page does not show is restored from the table around it: trailing tabs leave no trace,
so the rows of a table are filled out to its widest row (a one-cell line between rows is a row);
a line beginning with tabs right under a row reads either as a new row or as the row's rest, and
the row widths of the table decide (pdf_tabs._resolve_tab_joins). Left unresolved: in a form
flattened one cell per line, a line holding only a tab (an empty cell) prints like the blank
line that ends a row, and a full line that ends a paragraph prints like a wrapped one.

A document is read this way when all its pages are free of ruling and the starts of its lines and
of the text runs that follow a gap fall, nearly all of them, on one lattice inferred from those
positions (the origin is the leftmost place where many lines start, the interval the largest
that explains the runs); government PDFs with ruled tables, text set in columns of their own
widths, and paragraphs indented by whole characters are not.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from ingest.normalize import normalise_text
from ingest.readers.blocks import map_checkboxes

_WIDE_GAP = 1.0  # pt: a run after a gap this wide is a candidate tab target for finding the lattice
_MIN_TAB_GAP = 0.12  # pt: glyphs of one word stand this close (positions are rounded to 1/20 pt)
_ON_STOP = 0.3  # pt: how far a glyph may stand from a stop and still be on it
_FIT_TOLERANCE = 0.25  # pt
_MIN_TARGETS = 12
_MIN_DISTINCT_STOPS = 3  # fewer stops than this, and an interval of whole characters, is an indent
_INDENT_TOLERANCE = 0.3  # pt
_MIN_SHARE_ON_LATTICE = 0.95
_MIN_INTERVAL_SIZES = 1.5  # an interval narrower than this many character heights is a character grid
_AUTOSPACE_TOLERANCE = 0.15  # pt
_MIN_AUTOSPACE_SHARE = 0.3
_MAX_AUTOSPACE_SIZES = 0.35  # LibreOffice sets a fifth of an em
_MIN_AUTOSPACE_PLACES = 8
_CANDIDATE_CLUSTERS = 12
_MARGIN_SHARE = 0.05
_MAX_MULTIPLE = 16

_OPENING = set("([{（［｛【《〈「『〔“‘")
_CLOSING = set(")]}）］｝】》〉」』〕”’，。、；：！？,.;:!?%‰")
_HANGING = set("，。、；：！？,.;:!?")
_SENTENCE_END = set("。：；:;")
_ENUMERATION = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))")
_LATIN = re.compile(r"[A-Za-z]")
_CELL_LINE = re.compile(r"^\t[^\t]*$")


@dataclass(frozen=True)
class Lattice:
    """Tab stops at origin + k·interval (k = 0 is the left margin); `right` is the right edge;
    `autospace` the space set between CJK and Latin text (None when there is none)."""

    origin: float
    interval: float
    right: float
    autospace: float | None = None

    def space_between(self, left: dict, right: dict) -> float:
        """The space the layout would set between two glyphs written one after the other."""
        switches = _is_cjk(left["text"]) != _is_cjk(right["text"]) and not right["text"].isspace()
        return self.autospace if self.autospace is not None and switches and not left["text"].isspace() else 0.0

    def is_autospace(self, left: dict, right: dict) -> bool:
        return (self.autospace is not None and _is_cjk(left["text"]) != _is_cjk(right["text"])
                and abs(right["x0"] - left["x1"] - self.autospace) <= _AUTOSPACE_TOLERANCE)

    def stop_at(self, x: float) -> int | None:
        """The stop a glyph starting at x stands on, if any."""
        k = round((x - self.origin) / self.interval)
        return k if k >= 0 and abs(x - self.stop(k)) <= _ON_STOP else None

    def stop(self, k: int) -> float:
        return self.origin + k * self.interval

    def next_stop(self, x: float) -> int:
        """The first stop strictly after x: where a tab typed at x moves the pen. (A stop closer
        than positions are rounded is not after x: text ending on a stop tabs to the next.)"""
        x += _MIN_TAB_GAP
        k = max(0, int((x - self.origin) // self.interval) + 1)
        while k > 0 and self.stop(k - 1) > x:
            k -= 1
        while self.stop(k) <= x:
            k += 1
        return k

    def stops_before_edge(self, x: float) -> list[float]:
        """The stops a run of tabs typed at x reaches on the same line."""
        out, k = [], self.next_stop(x)
        while self.stop(k) < self.right:
            out.append(self.stop(k))
            k += 1
        return out


@dataclass
class _Cell:
    glyphs: list[dict]
    tabs: int  # tabs before the cell: stops passed since the previous cell (or the margin)
    text: str


@dataclass
class _VisualLine:
    cells: list[_Cell]
    end: float  # where the pen stood after the last glyph (trailing spaces included)
    line: object  # the pdf.Line it was read from (page, top, bottom, size)

    @property
    def first(self) -> _Cell:
        return self.cells[0]

    @property
    def last(self) -> dict:
        return self.cells[-1].glyphs[-1]


# ---- the lattice ------------------------------------------------------------------------------

def find_lattice(lines: list, page_width: float) -> Lattice | None:
    """The tab-stop lattice the lines are set on, or None when they are not set on one."""
    glyph_rows = [_glyphs(line) for line in lines]
    glyph_rows = [row for row in glyph_rows if row]
    if not glyph_rows:
        return None
    starts = [row[0]["x0"] for row in glyph_rows]
    origin = _left_margin(starts)
    autospace = _autospace(glyph_rows)
    probe = Lattice(origin, 1.0, page_width, autospace)
    targets = [x - origin for x in starts + _targets(glyph_rows, probe) if x - origin > _WIDE_GAP]
    size = _font_size(glyph_rows)
    if len(targets) < _MIN_TARGETS:
        return None
    interval = _interval(targets, min_interval=_MIN_INTERVAL_SIZES * size)
    if interval is None:
        return None
    origin, interval = _refine(origin, interval, starts, targets)
    lattice = Lattice(origin, interval, _right_edge(glyph_rows, origin, page_width), autospace)
    on_stops = [lattice.stop_at(origin + u) for u in targets]
    if len({k for k in on_stops if k}) < _MIN_DISTINCT_STOPS and _whole_characters(interval, size):
        return None  # lines indented by whole characters: paragraphs' first-line indents, not tabs
    if _share(k is not None for k in on_stops) < _MIN_SHARE_ON_LATTICE:
        return None
    if _share(lattice.stop_at(x) is not None for x in starts) < _MIN_SHARE_ON_LATTICE:
        return None
    return lattice


def _whole_characters(width: float, size: float) -> bool:
    return abs(width / size - round(width / size)) * size <= _INDENT_TOLERANCE


def _glyphs(line) -> list[dict]:
    return sorted(line.chars, key=lambda c: c["x0"])


def _targets(glyph_rows: list[list[dict]], probe: Lattice) -> list[float]:
    """Starts of the text runs that follow a wide gap inside a line (not an autospace)."""
    return [char["x0"] for row in glyph_rows for previous, char in zip(row, row[1:])
            if char["x0"] - previous["x1"] > _WIDE_GAP and not char["text"].isspace()
            and not probe.is_autospace(previous, char)]


def _autospace(glyph_rows: list[list[dict]]) -> float | None:
    """The gap the layout sets between CJK and Latin glyphs: the most common width of the gaps
    at such switches, when it is common enough to be the layout's rule."""
    switches = [(char["x0"] - previous["x1"], char["x0"])
                for row in glyph_rows for previous, char in zip(row, row[1:])
                if _is_cjk(previous["text"]) != _is_cjk(char["text"]) and not previous["text"].isspace()
                and not char["text"].isspace() and char["x0"] - previous["x1"] > _MIN_TAB_GAP]
    if not switches:
        return None
    width = _mode([gap for gap, _ in switches])
    if width > _MAX_AUTOSPACE_SIZES * _font_size(glyph_rows):
        return None  # wider than a layout's own spacing: the gaps of a column of cells
    near = [(gap, x) for gap, x in switches if abs(gap - width) <= _AUTOSPACE_TOLERANCE]
    if len(near) < max(5, _MIN_AUTOSPACE_SHARE * len(switches)):
        return None
    if len({round(x) for _, x in near}) < _MIN_AUTOSPACE_PLACES:
        return None  # gaps that all end in a few places are tabs that reach the same stops
    return statistics.median(gap for gap, _ in near)


def _font_size(glyph_rows: list[list[dict]]) -> float:
    return statistics.median(c.get("size") or 10.0 for row in glyph_rows for c in row[:3])


def _is_cjk(char: str) -> bool:
    return ord(char[0]) >= 0x2E80


def _left_margin(starts: list[float]) -> float:
    """The leftmost place where a good share of the lines start (a stray glyph left of the
    column does not move it)."""
    clusters: dict[float, list[float]] = {}
    for x in starts:
        clusters.setdefault(round(x), []).append(x)
    enough = max(2, _MARGIN_SHARE * len(starts))
    return statistics.median(min((c for c in clusters.values() if len(c) >= enough), key=min, default=starts))


def _mode(values: list[float]) -> float:
    """The most common value (to 0.1 pt), as the median of the values that round to it."""
    counts: dict[float, list[float]] = {}
    for value in values:
        counts.setdefault(round(value, 1), []).append(value)
    return statistics.median(max(counts.values(), key=len))


def _interval(targets: list[float], min_interval: float) -> float | None:
    """The largest interval whose multiples explain (nearly) as many targets as any: a half of
    the true interval explains them too, a wrong one far fewer."""
    clusters: dict[float, list[float]] = {}
    for u in targets:
        clusters.setdefault(round(u), []).append(u)
    common = sorted(clusters.values(), key=len, reverse=True)[:_CANDIDATE_CLUSTERS]
    sample = targets[:: max(1, len(targets) // 600)]
    scored = []
    for cluster in common:
        u = statistics.median(cluster)
        for multiple in range(1, _MAX_MULTIPLE + 1):
            d = u / multiple
            if d >= min_interval:
                scored.append((_share(_near_multiple(x, d) for x in sample), d))
    if not scored:
        return None
    best = max(score for score, _ in scored)
    return max(d for score, d in scored if score >= best - 0.01)


def _near_multiple(u: float, d: float, tolerance: float = 2 * _ON_STOP) -> bool:
    k = round(u / d)
    return k >= 1 and abs(u - k * d) <= tolerance


def _refine(origin: float, interval: float, starts: list[float], targets: list[float]) -> tuple[float, float]:
    """Least-squares origin and interval over the positions that stand on the rough lattice."""
    points = [(round((x - origin) / interval), x) for x in [*starts, *(origin + u for u in targets)]]
    points = [(k, x) for k, x in points if k >= 0 and abs(x - origin - k * interval) <= 2 * _ON_STOP]
    n = len(points)
    mean_k = sum(k for k, _ in points) / n
    mean_x = sum(x for _, x in points) / n
    spread = sum((k - mean_k) ** 2 for k, _ in points)
    if spread == 0:
        return origin, interval
    slope = sum((k - mean_k) * (x - mean_x) for k, x in points) / spread
    return mean_x - slope * mean_k, slope


def _right_edge(glyph_rows: list[list[dict]], origin: float, page_width: float) -> float:
    """The right edge of the text column: as far from the page's edge as the left margin is,
    unless lines run further (punctuation hanging past the edge does not count)."""
    ends = [row[-1]["x1"] for row in (_without_trailing_spaces(r) for r in glyph_rows)
            if row and row[-1]["text"] not in _HANGING]
    return max([page_width - origin, *ends])


def _without_trailing_spaces(row: list[dict]) -> list[dict]:
    end = len(row)
    while end and row[end - 1]["text"].isspace():
        end -= 1
    return row[:end]


def _share(flags) -> float:
    flags = list(flags)
    return sum(flags) / len(flags) if flags else 0.0


# ---- visual lines → cells ---------------------------------------------------------------------

def visual_line(line, lattice: Lattice) -> _VisualLine:
    """A visual line cut into cells where a glyph stands on a stop right after a gap."""
    glyphs = _glyphs(line)
    first_stop = lattice.stop_at(glyphs[0]["x0"]) or 0
    groups: list[tuple[int, list[dict]]] = [(first_stop, [glyphs[0]])]
    for previous, glyph in zip(glyphs, glyphs[1:]):
        stop = lattice.stop_at(glyph["x0"])
        if stop is not None and glyph["x0"] - previous["x1"] > _MIN_TAB_GAP \
                and not lattice.is_autospace(previous, glyph):
            groups.append((stop - lattice.next_stop(previous["x1"]) + 1, [glyph]))
        else:
            groups[-1][1].append(glyph)
    cells = [_Cell(run, tabs, glyphs_text(run)) for tabs, run in groups]
    return _VisualLine(cells=cells, end=glyphs[-1]["x1"], line=line)


def glyphs_text(glyphs: list[dict]) -> str:
    """The text of glyphs left to right; a gap wider than a third of a character where no space
    glyph stands is a space."""
    out = []
    for previous, glyph in zip([None, *glyphs], glyphs):
        size = glyph.get("size") or 10.0
        if previous is not None and glyph["x0"] - previous["x1"] > 0.3 * size \
                and not previous["text"].isspace() and not glyph["text"].isspace():
            out.append(" ")
        out.append(glyph["text"])
    return "".join(out)


def first_word_width(glyphs: list[dict]) -> float:
    """Width the first unbreakable piece of a cell needs before the right edge: a Latin or
    numeric run, or one CJK character, with the punctuation that cannot be parted from it; a
    closing mark after a CJK character may hang past the edge and does not count."""
    glyphs = [g for g in glyphs if not g["text"].isspace()] or glyphs
    end = 1
    while end < len(glyphs) and not can_break(glyphs[end - 1]["text"], glyphs[end]["text"]):
        end += 1
    piece = glyphs[:end]
    if len(piece) > 1 and piece[-1]["text"] in _HANGING and _is_cjk(piece[-2]["text"]):
        piece = piece[:-1]  # (after Latin text or digits it does not hang)
    return piece[-1]["x1"] - piece[0]["x0"]


def can_break(left: str, right: str) -> bool:
    """May a line break fall between these two characters (a simplified Unicode line-break rule)?"""
    if right.isspace():
        return False
    if left.isspace():
        return True
    if left in _OPENING or right in _CLOSING:
        return False
    return not (_is_word_char(left) and _is_word_char(right))


def _is_word_char(char: str) -> bool:
    """Latin letters, digits and ASCII signs: a run of them breaks only at a space."""
    return ord(char) < 0x2E80 and not char.isspace()


# ---- visual lines → the document's lines --------------------------------------------------------

def tab_stop_lines(lines: list, lattice: Lattice) -> list[str]:
    """The document's lines, tab-separated, wrapped rows and paragraphs joined, blank lines kept."""
    visual = [visual_line(line, lattice) for line in lines if _glyphs(line)]
    rows = _resolve_tab_joins(_greedy_rows(visual, lattice), lattice)
    cells = _padded([row.cells() for row in rows], [row.blanks_before for row in rows])
    return _with_empty_lines([row.blanks_before for row in rows], ["\t".join(row) for row in cells])


def _with_empty_lines(blanks_before: list[int], lines: list[str]) -> list[str]:
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


_MIN_TABLE_WIDTH = 3


def _padded(rows: list[list[str]], blanks_before: list[int]) -> list[list[str]]:
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


@dataclass
class _Row:
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


def _greedy_rows(visual: list[_VisualLine], lattice: Lattice) -> list[_Row]:
    pitch = _line_pitch(visual)
    rows: list[_Row] = []
    for previous, current in zip([None, *visual], visual):
        blanks = _blank_lines_between(previous, current, pitch) if previous else 0
        tabs = None if blanks or previous is None else continuation_tabs(previous, current, lattice)
        if tabs is None:
            rows.append(_Row(blanks, [(0, current)]))
        else:
            rows[-1].parts.append((tabs, current))
    return rows


_NEIGHBOURS = 8
_EXTRA_CELLS = 1  # a header row may carry a column more than the body rows show


# Where a visual line begins with tabs right under a row of a table, the page reads two ways: a
# new row beginning with empty cells, or the rest of the row above (the tabs between its cells
# were unseen at the end of the line). The row widths of the table decide: a join must not make
# a row wider than the rows around it, and two rows each shorter than the table that together
# make it whole, with at most one unseen tab, are one.

def _resolve_tab_joins(rows: list[_Row], lattice: Lattice) -> list[_Row]:
    return _join_short_rows(_split_wide_rows(rows), lattice)


def _split_wide_rows(rows: list[_Row]) -> list[_Row]:
    widths = [len(row.cells()) for row in rows]
    out: list[_Row] = []
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


def _split_to(row: _Row, limit: int) -> list[_Row]:
    """The row cut at the joins that would make it wider than `limit`."""
    joins = row.structural_joins()
    out = [_Row(row.blanks_before, [row.parts[0]])]
    for position, part in enumerate(row.parts[1:], start=1):
        if position in joins and len(_Row(0, [*out[-1].parts, part]).cells()) > limit:
            out.append(_Row(0, [(0, part[1])]))
        else:
            out[-1].parts.append(part)
    return out


def _join_short_rows(rows: list[_Row], lattice: Lattice) -> list[_Row]:
    widths = [len(row.cells()) for row in rows]
    out: list[_Row] = []
    for index, row in enumerate(rows):
        tabs = _completing_tabs(out[-1], row, _table_width(rows, widths, index), lattice) if out else None
        if tabs is None:
            out.append(row)
        else:
            out[-1] = _Row(out[-1].blanks_before, [*out[-1].parts, (tabs, row.parts[0][1]), *row.parts[1:]])
    return out


def _completing_tabs(above: _Row, row: _Row, width: int | None, lattice: Lattice) -> int | None:
    """The tabs joining `row` to the row above when together they make one row of the table."""
    current = row.parts[0][1]
    leading = current.first.tabs
    if row.blanks_before or not leading or not width:
        return None
    upper, lower = len(above.cells()), len(row.cells())
    if upper < 2 or upper >= width or lower >= width:
        return None
    tabs = _fewest_tabs(above.parts[-1][1], current, lattice)
    joined = upper + tabs - 1 + lower - leading
    return tabs if tabs - leading <= 1 and width - _EXTRA_CELLS <= joined <= width else None


def _fewest_tabs(previous: _VisualLine, current: _VisualLine, lattice: Lattice) -> int:
    """The fewest tabs after `previous` that put the first cell of `current` where it stands."""
    word = first_word_width(current.first.glyphs)
    stops = lattice.stops_before_edge(previous.end)
    if current.first.tabs == 1:
        for count, stop in enumerate(stops, start=1):
            if stop + word > lattice.right + _FIT_TOLERANCE:
                return count  # the last tab moved down with the word that did not fit after it
    return len(stops) + current.first.tabs


def _table_width(rows: list[_Row], widths: list[int], index: int) -> int | None:
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
    return _fewest_tabs(previous, current, lattice)


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


def tab_stop_document(pages: list) -> list[str] | None:
    """The normalised lines of a PDF whose pages (pdf._PageText) are all set on one tab-stop
    lattice without ruling, else None (the document is read as laid out). The lines are the
    text's own, trailing empty cells included: they are not passed through blocks_to_lines."""
    if not pages or any(page.ruled for page in pages) or len({page.width for page in pages}) != 1:
        return None
    lines = [line for page in pages for line in page.lines]
    lattice = find_lattice(lines, pages[0].width)
    if lattice is None:
        return None
    return normalise_text("\n".join(map_checkboxes(line) for line in tab_stop_lines(lines, lattice)))
