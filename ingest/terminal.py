"""Report-derived text on its way to a terminal or a file: never markup, never control sequences.

A report (or its file name) may hold `[bold red]`, `[/x]` (which Rich would read as markup and
refuse) or terminal escapes (`\\x1b]0;…\\x07` retitles a terminal window). Tables show control
characters as `\\xNN`; CSV and JSON drop them (JSON escapes the C0 ones itself).
"""

from __future__ import annotations

import re

from rich.markup import escape

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # tab and newline are text


def visible(value: object) -> str:
    """The value as text, control characters spelled out (`\\x1b`)."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group(0)):02x}", str(value))


def literal(value: object) -> str:
    """The value as text to embed in Rich markup: shown as is, never styling."""
    return escape(visible(value))


def without_controls(value: object) -> object:
    """Strings without control characters (other values unchanged): for CSV and JSON output."""
    return _CONTROL.sub("", value) if isinstance(value, str) else value
