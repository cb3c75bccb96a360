"""A PDF page's characters (the char dicts of pdf_geometry.py) → visual lines: the glyphs of one baseline band,
left to right, with spaces where gaps are; and the page text the reader builds from them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.readers.pdf_glyphs import glyphs_text

_FIRST_TOKEN = re.compile(r"^[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|^.")


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    chars: list = field(default_factory=list, repr=False)
    page: int = 0
    page_width: float = 0.0

    def first_token_width(self) -> float:
        """Width of the word (or CJK character) the line starts with."""
        token = _FIRST_TOKEN.match(self.text.lstrip())
        count = len(token.group(0)) if token else 1
        glyphs = [c for c in self.chars if not c["text"].isspace()][:count]
        return (glyphs[-1]["x1"] - glyphs[0]["x0"]) if glyphs else self.size


@dataclass
class PageText:
    items: list  # (top, Line | Table) in reading order
    width: float
    chars: int
    images: int
    unmapped: int  # characters whose font has no Unicode mapping: `(cid:N)`
    lines: list = field(default_factory=list)  # lines outside ruled tables (blank ones too), top to bottom
    ruled: bool = False


def chars_to_lines(chars: list[dict], keep_blank: bool = False) -> list[Line]:
    """Characters → visual lines (same baseline band), left to right, spaces where gaps are;
    lines of space glyphs only (text "") when `keep_blank`."""
    lines: list[Line] = []
    for band in _bands(sorted(chars, key=lambda c: (c["top"], c["x0"]))):
        band.sort(key=lambda c: c["x0"])
        joined = glyphs_text(band).strip()
        if joined or keep_blank:
            lines.append(Line(text=joined, x0=min(c["x0"] for c in band), x1=max(c["x1"] for c in band),
                              top=min(c["top"] for c in band), bottom=max(c["bottom"] for c in band),
                              size=max(c.get("size") or 10.0 for c in band), chars=band))
    return lines


def _bands(chars: list[dict]) -> list[list[dict]]:
    bands: list[list[dict]] = []
    middle = None
    for char in chars:
        centre = (char["top"] + char["bottom"]) / 2
        height = max(char["bottom"] - char["top"], 1.0)
        if bands and middle is not None and abs(centre - middle) <= 0.5 * height:
            bands[-1].append(char)
        else:
            bands.append([char])
            middle = centre
    return bands
