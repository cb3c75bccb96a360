"""Segmenters: normalised lines → tables (three layouts), narrative lines and sections."""

from ingest.segmenters.tables import Row, Table, find_tables
from ingest.segmenters.text import Segments, segment

__all__ = ["Row", "Segments", "Table", "find_tables", "segment"]
