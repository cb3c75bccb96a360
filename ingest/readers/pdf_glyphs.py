"""Glyphs of a PDF visual line (the char dicts of pdf_geometry.py): their text, and where a line may break
between them.

Shared by the tab-stop reading (pdf_tab_*.py) and the visual lines of pdf_lines.py."""

from __future__ import annotations

_OPENING = set("([{（［｛【《〈「『〔“‘")
_CLOSING = set(")]}）］｝】》〉」』〕”’，。、；：！？,.;:!?%‰")
HANGING = set("，。、；：！？,.;:!?")


def line_glyphs(line) -> list[dict]:
    return sorted(line.chars, key=lambda c: c["x0"])


def is_cjk(char: str) -> bool:
    return ord(char[0]) >= 0x2E80


def glyphs_text(glyphs: list[dict]) -> str:
    """The text of glyphs left to right; a gap wider than a third of a character where no space
    glyph stands is a space."""
    out = []
    for previous, glyph in zip([None, *glyphs], glyphs):
        size = glyph.get("size") or 10.0
        if previous is not None and glyph["x0"] - previous["x1"] > 0.3 * size \
                and not previous["text"].isspace() and not glyph["text"].isspace():
            out.append(" ")
        out.append(glyph["text"])
    return "".join(out)


def first_word_width(glyphs: list[dict]) -> float:
    """Width the first unbreakable piece of a cell needs before the right edge: a Latin or
    numeric run, or one CJK character, with the punctuation that cannot be parted from it; a
    closing mark after a CJK character may hang past the edge and does not count."""
    glyphs = [g for g in glyphs if not g["text"].isspace()] or glyphs
    end = 1
    while end < len(glyphs) and not can_break(glyphs[end - 1]["text"], glyphs[end]["text"]):
        end += 1
    piece = glyphs[:end]
    if len(piece) > 1 and piece[-1]["text"] in HANGING and is_cjk(piece[-2]["text"]):
        piece = piece[:-1]  # (after Latin text or digits it does not hang)
    return piece[-1]["x1"] - piece[0]["x0"]


def can_break(left: str, right: str) -> bool:
    """May a line break fall between these two characters (a simplified Unicode line-break rule)?"""
    if right.isspace():
        return False
    if left.isspace():
        return True
    if left in _OPENING or right in _CLOSING:
        return False
    return not (_is_word_char(left) and _is_word_char(right))


def _is_word_char(char: str) -> bool:
    """Latin letters, digits and ASCII signs: a run of them breaks only at a space."""
    return ord(char) < 0x2E80 and not char.isspace()
