"""Plain-text reader: detect the encoding, decode, normalise line by line, join hard-wrapped
paragraphs (ingest.readers.wrapped_text)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from ingest.normalize import normalise_text
from ingest.readers.detect import UnreadableInput, sniff_format
from ingest.readers.wrapped_text import join_wrapped_lines

# Share of characters that may be U+FFFD or control characters before we call a text garbage.
_MAX_BAD_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")  # below space, but tab, line and page breaks


@dataclass
class ReadResult:
    """Normalised lines (index + 1 = source_line), how the bytes were decoded, which format."""

    lines: list[str]
    encoding: str
    format: str = "text"  # text | pdf | docx | xlsx | xls | html
    pages: list[int | None] | None = None  # PDFs: the page each line begins on (None: not known)


def read_text(data: bytes) -> ReadResult:
    """Decode a text report and normalise it; raise UnreadableInput with a clear reason."""
    if not data.strip():
        raise UnreadableInput("empty file: no bytes or only whitespace")
    kind = sniff_format(data)
    if kind != "text":
        raise UnreadableInput(f"unsupported format: {kind} (only plain-text reports are read so far)")
    text, encoding = decode(data)
    bad = text.count("\ufffd") + len(_CONTROL.findall(text))
    if bad > _MAX_BAD_SHARE * len(text):
        raise UnreadableInput(f"binary or undecodable content ({bad} bad characters of {len(text)})")
    return ReadResult(lines=join_wrapped_lines(normalise_text(text)), encoding=encoding)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). BOMs first, then strict UTF-8, UTF-16 by its NULs, GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 3 and error.reason == "unexpected end of data":
            return data[: error.start].decode("utf-8"), "utf-8 (truncated final character dropped)"
    utf16 = _guess_utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    if b"\x00" in data:
        raise UnreadableInput("binary content: NUL bytes in a file that is not UTF-16 text")
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise UnreadableInput("undecodable: not UTF-8, UTF-16 or GB18030 text")
    return str(best), best.encoding


def _guess_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without BOM: ASCII characters (digits, newlines) put NULs on one side only."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    half = len(sample) / 2
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls > 0.05 * half and even_nuls < 0.01 * half:
        return "utf-16-le"
    if even_nuls > 0.05 * half and odd_nuls < 0.01 * half:
        return "utf-16-be"
    return None
