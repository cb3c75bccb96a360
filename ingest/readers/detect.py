"""Recognise a file's format from its first bytes (never from its name)."""

from __future__ import annotations

_MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF", "pdf"),
    (b"PK\x03\x04", "zip (docx/xlsx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole2 (doc/xls)"),
    (b"\x89PNG", "png image"),
    (b"\xff\xd8\xff", "jpeg image"),
    (b"GIF8", "gif image"),
    (b"\x1f\x8b", "gzip"),
    (b"{\\rtf", "rtf"),
    (b"7z\xbc\xaf", "7z archive"),
    (b"Rar!", "rar archive"),
]


class UnreadableInput(Exception):
    """The input cannot be read as a report; the message is the quarantine reason."""


def sniff_format(data: bytes) -> str:
    """'text', 'html', or the name of a binary format recognised by its magic bytes."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "html"
    return "text"
