"""Text normalisation shared by readers and extractors.

One input line gives one output line (line numbers stay those of the file). What changes:
fullwidth ASCII → halfwidth (`１２３` → `123`, `（` → `(`, `：` → `:`), ideographic and
no-break spaces → space, middle dots → `·` (`人・次`: a CJK font's dot mapped to katakana), checkboxes `☐`/`☒` → `□`/`☑`, traditional → simplified characters, pinyin glosses after characters
(`財(cái)政` → `财政`), and stray spaces inside Chinese words (`司 法行政` → `司法行政`).
Tabs are kept: they separate table cells.
"""

from __future__ import annotations

import re
from functools import lru_cache

import zhconv

_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_SPACES = {0x3000: " ", 0x00A0: " ", 0x2002: " ", 0x2003: " ", 0x2009: " ", 0x200B: "",
           0xFEFF: "", 0x000B: " ", 0x000C: " ", 0x2028: " ", 0x2029: " "}
# Checkboxes as fonts draw them: an empty box is `□`, a ticked or crossed one `☑`.
_CHECKBOXES = {ord("☐"): "□", ord("☒"): "☑", ord("✅"): "☑"}
_MIDDLE_DOTS = {0x30FB: "·", 0xFF65: "·", 0x2027: "·"}
_TRANSLATION = {**_FULLWIDTH, **_SPACES, **_CHECKBOXES, **_MIDDLE_DOTS, ord("〔"): "(", ord("〕"): ")", ord("【"): "[",
                ord("】"): "]"}

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_PINYIN_GLOSS = re.compile(rf"(?<=[{_CJK}])\(([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{{1,7}})\)")
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}]) +(?=[{_CJK}])")
_SPACE_CJK_DIGIT = re.compile(rf"(?<=[{_CJK}]) +(?=[0-9])|(?<=[0-9]) +(?=[{_CJK}%])")
# Only characters whose simplified form differs: 位, 款 and 算 are the same in both scripts.
_TRADITIONAL_HINT = re.compile("[們這個國開發歲會經費財撥決與為機關單說項預總計報於產劃]")


_LATEX_RELATIONS = re.compile(r"\\(geq|leq|ge|le|neq)\b\s*")
_LATEX_SYMBOLS = {"geq": "≥", "ge": "≥", "leq": "≤", "le": "≤", "neq": "≠"}


def to_halfwidth(text: str) -> str:
    """Fullwidth ASCII and odd spaces → plain ASCII; everything else unchanged."""
    return text.translate(_TRANSLATION)


@lru_cache(maxsize=4096)
def to_simplified(text: str) -> str:
    """Traditional → simplified characters (no regional vocabulary changes)."""
    return zhconv.convert(text, "zh-hans")


def looks_traditional(text: str) -> bool:
    """True when the text uses traditional characters that the simplified reports never do."""
    return len(_TRADITIONAL_HINT.findall(text[:20000])) >= 3


def normalise_line(line: str, simplify: bool = False) -> str:
    """Normalise one line (see module docstring); keeps tabs and the line's meaning."""
    line = to_halfwidth(line.rstrip("\r"))
    if "\\" in line:  # `(\geq , 件)`: relations typeset in LaTeX by the report's publisher
        line = _LATEX_RELATIONS.sub(lambda m: _LATEX_SYMBOLS[m.group(1)], line)
    if simplify:
        line = to_simplified(line)
    line = _PINYIN_GLOSS.sub("", line)
    line = _SPACE_BETWEEN_CJK.sub("", line)
    line = _SPACE_CJK_DIGIT.sub("", line)
    return line


def normalise_text(text: str) -> list[str]:
    """Split text on '\\n' and normalise each line; the list index + 1 is the file's line number."""
    simplify = looks_traditional(text)
    return [normalise_line(line, simplify) for line in text.split("\n")]


# A line opening a numbered point or section (`14. `, `14、`, `（十四）`, `十四、`): readers keep it
# its own paragraph, the title reader does not take it for the document's title.
NUMBERED_POINT = re.compile(r"^\s*(?:\d{1,3}[.、．](?!\d)|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)")


@lru_cache(maxsize=1 << 16)
def compact(text: str) -> str:
    """Drop all whitespace: for matching labels whatever their spacing. (`str.split()` splits on
    exactly the characters `\\s` matches, and is several times faster: this runs thousands of
    times per report, mostly on the same cells and lines again — hence the cache.)"""
    return "".join(text.split())


_QUOTES = re.compile("[\"'“”‘’「」]")


def strip_quotes(text: str) -> str:
    """Text without quotation marks (`“三公”经费` → `三公经费`, `“…行政运行（项）”938.99万元`)."""
    return _QUOTES.sub("", text)
