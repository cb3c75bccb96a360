"""Choose the reader by the bytes (never by the file name) and run it.

Magic bytes first: `%PDF` → PDF; a zip is DOCX when it holds `word/document.xml`, XLSX when it
holds `xl/workbook.xml`; an OLE2 compound file is a legacy Excel workbook (XLS) when it holds a
workbook stream, and is refused otherwise (a legacy Word .doc, or an encrypted DOCX/XLSX, which
Office stores as OLE2); HTML by its opening tags; anything else is decoded as text.
"""

from __future__ import annotations

from ingest.readers.containers import ole2_kind, zip_kind
from ingest.readers.detect import UnreadableInput, sniff_format
from ingest.readers.text import ReadResult, read_text

FORMATS = ("text", "pdf", "docx", "xlsx", "xls", "html")


def detect_format(data: bytes) -> str:
    """One of FORMATS, or UnreadableInput saying what the bytes are and why they are refused."""
    kind = sniff_format(data)
    if kind in ("pdf", "html", "text"):
        return "html" if kind == "text" and _utf16_html(data) else kind
    if kind.startswith("zip"):
        return zip_kind(data)
    if kind.startswith("ole2"):
        return ole2_kind(data)
    raise UnreadableInput(f"unsupported format: {kind}")


def read_report(data: bytes) -> ReadResult:
    """Normalised lines of a report in any supported format; UnreadableInput with the reason."""
    if not data.strip():
        raise UnreadableInput("empty file: no bytes or only whitespace")
    kind = detect_format(data)
    if kind == "text":
        return read_text(data)
    if kind == "pdf":
        from ingest.readers.pdf import read_pdf
        return read_pdf(data)
    if kind == "docx":
        from ingest.readers.docx import read_docx
        return read_docx(data)
    if kind == "xlsx":
        from ingest.readers.spreadsheet import read_xlsx
        return read_xlsx(data)
    if kind == "xls":
        from ingest.readers.spreadsheet import read_xls
        return read_xls(data)
    from ingest.readers.html import read_html
    return read_html(data)


def _utf16_html(data: bytes) -> bool:
    """An HTML page saved as UTF-16 (with its byte-order mark)."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    head = data[:4096].decode("utf-16", errors="ignore").lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head
