"""The tab-stop lattice a document's lines are set on, inferred from where its lines start and
where its text runs begin after a gap (see pdf_tabs.py for the layout rules).

The origin is the leftmost place where many lines start, the interval the largest that explains
the runs; the gap LibreOffice sets between CJK and Latin text ("autospace") is measured too, so
that it is not taken for a tab."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from ingest.readers.pdf_glyphs import HANGING, is_cjk, line_glyphs

_WIDE_GAP = 1.0  # pt: a run after a gap this wide is a candidate tab target for finding the lattice
MIN_TAB_GAP = 0.12  # pt: glyphs of one word stand this close (positions are rounded to 1/20 pt)
_ON_STOP = 0.3  # pt: how far a glyph may stand from a stop and still be on it
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
        switches = is_cjk(left["text"]) != is_cjk(right["text"]) and not right["text"].isspace()
        return self.autospace if self.autospace is not None and switches and not left["text"].isspace() else 0.0

    def is_autospace(self, left: dict, right: dict) -> bool:
        return (self.autospace is not None and is_cjk(left["text"]) != is_cjk(right["text"])
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
        x += MIN_TAB_GAP
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


def find_lattice(lines: list, page_width: float) -> Lattice | None:
    """The tab-stop lattice the lines are set on, or None when they are not set on one."""
    glyph_rows = [line_glyphs(line) for line in lines]
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
                if is_cjk(previous["text"]) != is_cjk(char["text"]) and not previous["text"].isspace()
                and not char["text"].isspace() and char["x0"] - previous["x1"] > MIN_TAB_GAP]
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
            if row and row[-1]["text"] not in HANGING]
    return max([page_width - origin, *ends])


def _without_trailing_spaces(row: list[dict]) -> list[dict]:
    end = len(row)
    while end and row[end - 1]["text"].isspace():
        end -= 1
    return row[:end]


def _share(flags) -> float:
    flags = list(flags)
    return sum(flags) / len(flags) if flags else 0.0
