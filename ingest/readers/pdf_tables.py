"""Ruled tables of a page from its edges: pdfplumber's table finder (Nurminen's method: edges
snapped and joined, their crossings, the smallest boxes the crossings close, boxes that touch
grouped into tables), run on the edges pdf_geometry.py reads with PDFium. A table continued from
the page before often prints its first row without a top rule (and a table continued on the next
page its last row without a bottom rule): the column rules end there together, and close it."""

from __future__ import annotations

from pdfplumber import utils
from pdfplumber.table import (Table, TableSettings, cells_to_tables, edges_to_intersections,
                              intersections_to_cells, merge_edges)

_SETTINGS = TableSettings.resolve(None)  # pdfplumber's defaults: the "lines" strategy
_SAME_END = 1.0  # points: column rules ending within this of each other end together
_MIN_RULE = 3.0  # points: a horizontal rule shorter than this is a rule's corner, not a rule


def find_tables(edges: list[dict]) -> list[Table]:
    """Tables of more than one cell."""
    s = _SETTINGS
    edges = edges + closing_rules(edges)
    candidates = (utils.filter_edges(edges, "v", min_length=s.edge_min_length_prefilter)
                  + utils.filter_edges(edges, "h", min_length=s.edge_min_length_prefilter))
    merged = merge_edges(candidates, snap_x_tolerance=s.snap_x_tolerance, snap_y_tolerance=s.snap_y_tolerance,
                         join_x_tolerance=s.join_x_tolerance, join_y_tolerance=s.join_y_tolerance)
    merged = utils.filter_edges(merged, min_length=s.edge_min_length)
    crossings = edges_to_intersections(merged, s.intersection_x_tolerance, s.intersection_y_tolerance)
    cells = intersections_to_cells(crossings)
    return [table for table in (Table(None, group) for group in cells_to_tables(cells)) if len(table.cells) > 1]


def closing_rules(edges: list[dict]) -> list[dict]:
    """Horizontal rules where two or more column rules end together and no rule is drawn: the
    open top (or bottom) of a table continued across a page."""
    verticals = [e for e in edges if e["orientation"] == "v" and e["bottom"] - e["top"] >= _SETTINGS.edge_min_length]
    rules = [e for e in edges if e["orientation"] == "h" and e["x1"] - e["x0"] >= _MIN_RULE]
    closing = []
    for end in ("top", "bottom"):
        for y, group in _ending_together(verticals, end):
            x0, x1 = min(e["x0"] for e in group), max(e["x1"] for e in group)
            if x1 - x0 < _MIN_RULE or _ruled(rules, y, x0, x1):
                continue
            closing.append({"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0,
                            "orientation": "h", "object_type": "line"})
    return closing


def _ending_together(verticals: list[dict], end: str) -> list[tuple[float, list[dict]]]:
    """Groups of two or more vertical rules whose `end` (top or bottom) lies within _SAME_END."""
    groups: list[tuple[float, list[dict]]] = []
    for edge in sorted(verticals, key=lambda e: e[end]):
        if groups and edge[end] - groups[-1][0] <= _SAME_END:
            groups[-1][1].append(edge)
        else:
            groups.append((edge[end], [edge]))
    return [(y, group) for y, group in groups if len(group) >= 2]


def _ruled(rules: list[dict], y: float, x0: float, x1: float) -> bool:
    """A horizontal rule drawn at y overlaps the span x0..x1."""
    return any(abs(rule["top"] - y) <= _SAME_END and rule["x0"] < x1 and rule["x1"] > x0 for rule in rules)
