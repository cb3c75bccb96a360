"""Office containers: what a zip or OLE2 file holds, checked before any library opens it.

DOCX and XLSX are zips of XML parts. Before python-docx or openpyxl sees one, the archive must
have a bounded number of entries, a bounded total uncompressed size and a sane compression ratio
(a zip bomb fails here, from the central directory alone; zipfile stops reading an entry at its
declared size, so a directory that lies fails its CRC check instead of inflating), no encrypted
entries, at most MAX_MARKUP_UNCOMPRESSED of parts that are not pictures (what the XML parsers
would have to read: 185 MB of sheet XML took minutes), and no part, whatever its name (a main
part may be renamed: the content types say which it is) and in any of the encodings XML allows
without a declaration (UTF-8, UTF-16, UTF-32), may declare a DTD (OOXML never does; a DTD is how
entity expansion and external-entity (XXE) attacks start). The XML parsers used afterwards do not
resolve entities either (python-docx: lxml with resolve_entities=False; openpyxl: defusedxml
when installed).
"""

from __future__ import annotations

import io
import re
import zipfile

from ingest.readers.detect import UnreadableInput

MAX_ENTRIES = 10_000
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_MARKUP_UNCOMPRESSED = 64 * 1024 * 1024
MAX_RATIO = 200
_RATIO_APPLIES_FROM = 1024 * 1024
_PICTURES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg", ".jfif")
_DTD = re.compile(b"|".join(re.escape(word.encode(encoding)) for word in ("<!DOCTYPE", "<!ENTITY")
                            for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")))
_CHUNK = 1024 * 1024


def open_checked_zip(data: bytes, label: str) -> zipfile.ZipFile:
    """The zip, after the safety checks above; UnreadableInput (with `label`) otherwise."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as error:
        raise UnreadableInput(f"corrupt {label}: not a readable zip archive ({error})") from None
    check_zip_entries(entries, label)
    _reject_dtds(archive, entries, label)
    return archive


def check_zip_entries(entries: list[zipfile.ZipInfo], label: str) -> None:
    """Entry count, total size, compression ratio and encryption of a zip's directory."""
    if len(entries) > MAX_ENTRIES:
        raise UnreadableInput(f"unsafe {label}: zip holds {len(entries)} entries (limit {MAX_ENTRIES})")
    total = sum(info.file_size for info in entries)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise UnreadableInput(f"unsafe {label}: zip expands to {total} bytes (limit {MAX_TOTAL_UNCOMPRESSED}); "
                              "zip bomb?")
    markup = sum(info.file_size for info in entries if not _is_picture(info))
    if markup > MAX_MARKUP_UNCOMPRESSED:
        raise UnreadableInput(f"too large {label}: its parts other than pictures expand to {markup} bytes "
                              f"(limit {MAX_MARKUP_UNCOMPRESSED})")
    for info in entries:
        if info.flag_bits & 0x1:
            raise UnreadableInput(f"password-protected {label}: zip entry {info.filename} is encrypted")
        if info.file_size >= _RATIO_APPLIES_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnreadableInput(f"unsafe {label}: entry {info.filename} has compression ratio "
                                  f"{info.file_size // max(info.compress_size, 1)}:1 (limit {MAX_RATIO}:1); zip bomb?")


def _reject_dtds(archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo], label: str) -> None:
    for info in entries:
        if _is_picture(info) or info.is_dir():
            continue
        try:
            declares_dtd = _declares_dtd(archive, info)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
            raise UnreadableInput(f"corrupt {label}: cannot read {info.filename} ({error})") from None
        if declares_dtd:
            raise UnreadableInput(f"unsafe {label}: {info.filename} declares a DTD or entities "
                                  "(never in Office XML; possible XXE or entity expansion)")


def _is_picture(info: zipfile.ZipInfo) -> bool:
    return info.filename.lower().endswith(_PICTURES)


def _declares_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """True when `<!DOCTYPE` or `<!ENTITY` occurs in the part, in UTF-8 or UTF-16 (read in chunks)."""
    tail = b""
    with archive.open(info) as part:
        while chunk := part.read(_CHUNK):
            if _DTD.search(tail + chunk):
                return True
            tail = chunk[-32:]
    return False


def zip_kind(data: bytes) -> str:
    """`docx`, `xlsx`, or a reason why the zip is neither."""
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as error:
        raise UnreadableInput(f"corrupt {_label_from_local_headers(data)}: truncated or damaged zip "
                              f"({error})") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names and "mimetype" in names:
        raise UnreadableInput("unsupported format: OpenDocument (odt/ods); save it as DOCX, XLSX or PDF")
    sample = ", ".join(sorted(names)[:5])
    raise UnreadableInput(f"unsupported format: zip archive that is neither DOCX nor XLSX (entries: {sample})")


def _label_from_local_headers(data: bytes) -> str:
    """DOCX or XLSX by the part names in the zip's local headers (they survive truncation)."""
    if b"word/" in data[:1_000_000]:
        return "DOCX"
    if b"xl/" in data[:1_000_000]:
        return "XLSX"
    return "zip-based document (DOCX/XLSX?)"


def ole2_kind(data: bytes) -> str:
    """`xls` for a legacy Excel workbook; UnreadableInput for other OLE2 files.

    Directory entries of an OLE2 compound file name their streams in UTF-16LE, so the stream
    names are found in the bytes without a full OLE2 parser.
    """
    def has_stream(name: str) -> bool:
        return name.encode("utf-16-le") in data

    if has_stream("EncryptedPackage"):
        raise UnreadableInput("password-protected Office document (encrypted DOCX/XLSX): "
                              "it cannot be read without its password")
    if has_stream("WordDocument"):
        raise UnreadableInput("unsupported format: legacy Word .doc (binary); save it as DOCX or PDF")
    if has_stream("PowerPoint Document"):
        raise UnreadableInput("unsupported format: legacy PowerPoint .ppt")
    if has_stream("Workbook") or has_stream("Book"):
        return "xls"
    raise UnreadableInput("unsupported format: OLE2 compound file that is not an Excel workbook")
