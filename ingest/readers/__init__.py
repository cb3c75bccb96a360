"""Readers: bytes of an input file → normalised text lines, or a reason to quarantine it."""

from ingest.readers.detect import UnreadableInput, sniff_format
from ingest.readers.text import ReadResult, read_bytes

__all__ = ["ReadResult", "UnreadableInput", "read_bytes", "sniff_format"]
