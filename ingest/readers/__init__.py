"""Readers: bytes of an input file → normalised text lines, or a reason to quarantine it.

`read_report` chooses the reader by content (see dispatch.py): text, PDF, DOCX, XLSX, XLS, HTML.
"""

from ingest.readers.detect import UnreadableInput, sniff_format
from ingest.readers.dispatch import FORMATS, detect_format, read_report
from ingest.readers.text import ReadResult

__all__ = ["FORMATS", "ReadResult", "UnreadableInput", "detect_format", "read_report", "sniff_format"]
