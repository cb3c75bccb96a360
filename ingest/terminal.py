"""Values on their way to a terminal or a file: never markup, never control sequences, numbers
as numbers.

A report (or its file name) may hold `[bold red]`, `[/x]` (which Rich would read as markup and
refuse) or terminal escapes (`\\x1b]0;…\\x07` retitles a terminal window). Tables show control
characters as `\\xNN`; CSV and JSON drop them (JSON escapes the C0 ones itself).
"""

from __future__ import annotations

import re
from datetime import date, time
from decimal import Decimal

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


def as_text(value: object) -> str:
    """A value as a person reads it: decimals as printed (`441.29`, never `Decimal('441.29')`),
    lists and structs element by element, NULL as empty."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(as_text(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{as_text(key)}: {as_text(item)}" for key, item in value.items()) + "}"
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def as_json(value: object) -> object:
    """`json.dumps` default: decimals as numbers, dates as ISO text."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and value.as_tuple().exponent >= 0 else float(value)
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return str(value)


def is_number(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)
