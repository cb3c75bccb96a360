"""Ruled tables of a page from its edges: pdfplumber's table finder (Nurminen's method: edges
snapped and joined, their crossings, the smallest boxes the crossings close, boxes that touch
grouped into tables), run on the edges pdf_geometry.py reads with PDFium."""

from __future__ import annotations

from pdfplumber import utils
from pdfplumber.table import (Table, TableSettings, cells_to_tables, edges_to_intersections,
                              intersections_to_cells, merge_edges)

_SETTINGS = TableSettings.resolve(None)  # pdfplumber's defaults: the "lines" strategy


def find_tables(edges: list[dict]) -> list[Table]:
    """Tables of more than one cell."""
    s = _SETTINGS
    candidates = (utils.filter_edges(edges, "v", min_length=s.edge_min_length_prefilter)
                  + utils.filter_edges(edges, "h", min_length=s.edge_min_length_prefilter))
    merged = merge_edges(candidates, snap_x_tolerance=s.snap_x_tolerance, snap_y_tolerance=s.snap_y_tolerance,
                         join_x_tolerance=s.join_x_tolerance, join_y_tolerance=s.join_y_tolerance)
    merged = utils.filter_edges(merged, min_length=s.edge_min_length)
    crossings = edges_to_intersections(merged, s.intersection_x_tolerance, s.intersection_y_tolerance)
    cells = intersections_to_cells(crossings)
    return [table for table in (Table(None, group) for group in cells_to_tables(cells)) if len(table.cells) > 1]
