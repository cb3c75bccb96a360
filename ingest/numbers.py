"""Parsing numbers, amounts and units as reports print them.

Seen: `782.13万元`, `4,262.41 万元`, `0.00`, `60 万元`, `下降0.44%`, `占*7.3%`, `100.00%`, `/` or
blank for "not applicable". Values are Decimals, never floats: what the report printed is kept.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

NUMBER = r"(?:-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)"
_NUMBER_RE = re.compile(NUMBER)
_CELL_NUMBER = re.compile(rf"^\s*[*?]*\s*({NUMBER})\s*(万元|元|%)?\s*$")
_NOT_APPLICABLE = {"", "/", "-", "--", "—", "——", "－", "无", "\\"}

YUAN_PER_WAN = Decimal(10000)
# A table cell that is a figure and nothing else (`1,234.00`, `0`, `93.37%`).
_FIGURE = re.compile(rf"^{NUMBER}%?$")


def is_figure(text: str) -> bool:
    """True for a cell holding a bare figure, whatever its spacing."""
    return bool(_FIGURE.match("".join(text.split())))


def parse_number(text: str) -> Decimal | None:
    """A number written alone (thousands separators and stray `*` allowed), else None."""
    if text is None:
        return None
    match = _CELL_NUMBER.match(text.replace(" ", ""))
    if not match:
        return None
    return to_decimal(match.group(1))


def to_decimal(number_text: str) -> Decimal | None:
    """`4,262.41` → Decimal('4262.41'); None when it is not a number."""
    try:
        return Decimal(number_text.replace(",", ""))
    except (InvalidOperation, AttributeError):
        return None


def is_not_applicable(text: str | None) -> bool:
    """Blank, `/`, dashes: the cell states no figure."""
    return text is None or text.strip() in _NOT_APPLICABLE


def parse_percent(text: str) -> Decimal | None:
    """`100.00%` or `100%` → Decimal('100.00'); a bare number is read as a percent too."""
    if text is None:
        return None
    cleaned = text.replace(" ", "").rstrip("%")
    return parse_number(cleaned)


def to_wan(amount: Decimal, unit: str) -> Decimal:
    """Amount in 万元 from an amount in `unit` (`万元` or `元`)."""
    if unit == "元":
        return amount / YUAN_PER_WAN
    return amount


def find_numbers(text: str) -> list[tuple[Decimal, int, int]]:
    """Every number in a sentence with its span: [(value, start, end)]."""
    out = []
    for match in _NUMBER_RE.finditer(text):
        value = to_decimal(match.group(0))
        if value is not None:
            out.append((value, match.start(), match.end()))
    return out
