"""Name normalisation for matching printed classification names against the reference tables.

Printed names vary in ways that carry no meaning: spaces of every kind (`司 法行政`, ideographic
`　`), fullwidth or ASCII brackets, traditional characters (`財政撥款`), pinyin inserted after
characters by machine conversion (`財(cái)政`), numbering (`四、`, `1.`, `（一）`), level markers
(`社会保障和就业（类）`, `卫生健康（210）`) and, for class names, a `支出` suffix that reports
add or drop (`卫生健康` / `卫生健康支出`). These helpers remove exactly those variations and
nothing else: they never shorten a name to a prefix or guess a character.

- `normalize_name`: spaces, junk `?`, brackets, traditional → simplified, pinyin. Idempotent.
- `strip_numbering`, `strip_markers` (returns the digits printed in a marker too).
- `match_key`: what two names must share to be the "same" name (normalised, markers and
  numbering removed).
- `relaxed_key`: `match_key` without a trailing `支出` (the class-name variants).
- `loose_key`: `relaxed_key` without any `的` (`对个人和家庭补助` for `对个人和家庭的补助`); used
  only as a last resort, and a match made with it carries a reason.
- `match_name`: a printed name against reference rows for a fiscal year: exact (normalised) names
  valid that year first, then the loose form, then names the same code had in other years (a
  rename: resolved, with a reason) or codes valid only in an adjacent year (with a reason). Two or
  more codes at the first tier that matches → ambiguous, never a pick.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import zhconv

from ingest.project_vars import open_ended_year

# Every kind of space, incl. ideographic (U+3000), no-break (U+00A0) and zero-width ones.
_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+")
_JUNK = re.compile(r"[?？\ufffd]")
_OPEN = re.compile(r"[(\[【〔［｛{〈《]")
_CLOSE = re.compile(r"[)\]】〕］｝}〉》]")
_PINYIN_LETTERS = "a-zāáǎàēéěèêīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"  # lowercase: (PPP) is not pinyin
_PINYIN = re.compile(rf"（[{_PINYIN_LETTERS}]+[1-5]?）")
_CHINESE_NUMERAL = "一二三四五六七八九十百零〇"
_NUMBERING = re.compile(
    rf"^(?:"
    rf"[{_CHINESE_NUMERAL}]+[、.．]"          # 一、  二十六、
    rf"|（[{_CHINESE_NUMERAL}\d]+）[、.．]?"   # （一） （1）
    rf"|\d+[、.．](?!\d)"                      # 1.  1、  (not 1.5)
    rf"|第[{_CHINESE_NUMERAL}\d]+(?:[项类款条][、：:]?|[、：:])"   # 第一项  第1、 (not 第一产业)
    rf"|其中[：:]"
    rf")+"
)
_MARKER = re.compile(r"（(类|款|项|\d{2,7})）")
_TRAILING_PUNCT = re.compile(r"[：:，,。；;、]+$")


@lru_cache(maxsize=65536)
def normalize_name(text: str | None) -> str:
    """Spaces, junk `?`, brackets (→ fullwidth `（）`), traditional → simplified, pinyin removed.

    Letters and digits are folded to their ASCII forms (NFKC). The result is a fixed point:
    normalize_name(normalize_name(x)) == normalize_name(x).
    """
    if not text:
        return ""
    current = text
    for _ in range(5):  # each step can only shorten or re-map; a fixed point comes quickly
        following = _normalize_once(current)
        if following == current:
            break
        current = following
    return current


def _normalize_once(text: str) -> str:
    out = unicodedata.normalize("NFKC", text)
    out = _SPACES.sub("", out)
    out = _JUNK.sub("", out)
    out = _OPEN.sub("（", out)
    out = _CLOSE.sub("）", out)
    out = zhconv.convert(out, "zh-hans")
    previous = None
    while previous != out:
        previous, out = out, _PINYIN.sub("", out)
    return out


def strip_numbering(text: str) -> str:
    """Drop leading enumerations: `四、公共安全支出` → `公共安全支出`, `1.` `（一）` `其中：`."""
    return _NUMBERING.sub("", normalize_name(text))


def strip_markers(text: str) -> tuple[str, list[str]]:
    """Remove level markers `（类）（款）（项）` and bracketed codes `（204）`; return the text and
    the codes found in the markers (in order)."""
    normalized = normalize_name(text)
    codes = [m.group(1) for m in _MARKER.finditer(normalized) if m.group(1).isdigit()]
    return _MARKER.sub("", normalized), codes


def match_key(text: str | None) -> str:
    """Normalised name without numbering, level markers and trailing punctuation."""
    if not text:
        return ""
    stripped, _ = strip_markers(strip_numbering(text))
    stripped = _TRAILING_PUNCT.sub("", stripped)
    return strip_numbering(stripped)


def relaxed_key(text: str | None) -> str:
    """match_key without a trailing `支出` (`社会保障和就业支出` ≡ `社会保障和就业`)."""
    key = match_key(text)
    if key.endswith("支出") and len(key) > 2:
        key = key[:-2]
    return key


def loose_key(text: str | None) -> str:
    """relaxed_key without `的` (`对个人和家庭补助支出` ≡ `对个人和家庭的补助`). Last resort only."""
    return relaxed_key(text).replace("的", "")


def printed_codes(text: str | None) -> list[str]:
    """Codes printed in bracket markers: `公共安全支出（204）` → ['204']."""
    if not text:
        return []
    return strip_markers(text)[1]


# ---- lenient matching against reference rows ------------------------------------------------------

# A name whose code is not valid in the fiscal year still resolves when the code is valid in a
# year at most this far away (a report printing last year's list), with a reason.
ADJACENT_YEARS = 1


@dataclass(frozen=True)
class NameMatch:
    """Outcome of matching one printed name against reference rows.

    kind: `exact` (same name after normalisation, incl. the `支出` / marker variants), `loose`
    (same once `的` is ignored), `renamed` (a name the code had in other years; the code is valid
    in the fiscal year under another name), `other_year` (the code is valid only in a year at most
    ADJACENT_YEARS away), `ambiguous` (several codes), `none`.
    """
    code: str | None
    name: str | None
    reason: str | None
    kind: str
    candidates: tuple[str, ...] = ()


def year_range(valid_from: int, valid_to: int) -> str:
    return f"{valid_from}–{'' if valid_to >= open_ended_year() else valid_to}"


def match_name(printed: str, rows, year: int, adjacent_years: int = ADJACENT_YEARS) -> NameMatch:
    """Match a printed name among `rows` (objects with code, name, valid_from, valid_to, key,
    relaxed, loose): first among the rows valid in `year` (exact, then loose), then among the
    names of other years (renames). Several codes at the first tier that matches → ambiguous.
    """
    tiers = (("key", match_key(printed)), ("relaxed", relaxed_key(printed)), ("loose", loose_key(printed)))
    rows = list(rows)
    valid = [row for row in rows if row.valid_from <= year <= row.valid_to]
    for attribute, value in tiers:
        if not value:
            continue
        hits = {row.code: row for row in valid if getattr(row, attribute) == value}
        if len(hits) > 1:
            return _ambiguous(printed, hits, year)
        if hits:
            row = next(iter(hits.values()))
            if attribute == "loose":
                return NameMatch(row.code, row.name, f"matched loosely: '{printed}' taken as {row.code} "
                                 f"'{row.name}' (ignoring 的 and a 支出 suffix)", "loose")
            return NameMatch(row.code, row.name, None, "exact")
    too_far = []
    for attribute, value in tiers:
        if not value:
            continue
        hits = [row for row in rows if getattr(row, attribute) == value and row not in valid]
        if not hits:
            continue
        found: dict[str, NameMatch] = {}
        for row in hits:
            current = [other for other in valid if other.code == row.code]
            if current:
                found[row.code] = NameMatch(
                    row.code, current[0].name,
                    f"renamed: '{printed}' is the {year_range(row.valid_from, row.valid_to)} name of {row.code}; "
                    f"in {year} the reference calls it '{current[0].name}'", "renamed")
                continue
            distance = row.valid_from - year if year < row.valid_from else year - row.valid_to
            if distance <= adjacent_years and row.code not in found:
                found[row.code] = NameMatch(
                    row.code, row.name,
                    f"{row.code} '{row.name}' is in the reference only for "
                    f"{year_range(row.valid_from, row.valid_to)}, not {year}: resolved by its name", "other_year")
            elif distance > adjacent_years:
                too_far.append(row)
        if len(found) > 1:
            return _ambiguous(printed, {code: match for code, match in found.items()}, year)
        if found:
            return next(iter(found.values()))
    if too_far:
        row = too_far[0]
        return NameMatch(None, None, f"'{printed}' is the name of {row.code} only in "
                         f"{year_range(row.valid_from, row.valid_to)}, too far from {year}", "none")
    return NameMatch(None, None, f"'{printed}' not found in the reference for {year}", "none")


def _ambiguous(printed: str, hits: dict, year: int) -> NameMatch:
    codes = tuple(sorted(hits))
    listed = ", ".join(f"{code} {hits[code].name}" for code in codes)
    return NameMatch(None, None, f"ambiguous: '{printed}' matches {len(codes)} codes in {year} ({listed})",
                     "ambiguous", codes)
