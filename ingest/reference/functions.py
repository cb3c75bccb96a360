"""Functional classification (支出功能分类科目): printed names and codes → reference code and name.

Reads seeds/ref_function_class.csv (one row per code and validity range of its name).

- `resolve_function_code(code, year)`: a printed 3/5/7-digit code is a fact of the report and is
  kept as printed whenever its 类 is a class of the reference (in any year); the answer's name is
  the reference name valid in that fiscal year, and its reason says when the code could not be
  verified: not valid that year, not listed (the reference lists the 项 of some 款 only), year
  unknown. None + reason for what is not a code of a known class.
- `resolve_function_path(names, year, first_level=1)`: 1–3 names from 类 down to 项 (or, with
  first_level 2, the 款 and 项 printed without their class) → the deepest code. Each
  name is matched among the children of the previous level (names valid that year first, then
  names of other years: renames, with a reason). When the class name is unknown, or the 款 is not
  under the class printed, the (款, 项) names alone may identify exactly one code: resolved, with
  a reason. Otherwise None + reason.
- `resolve_class_name(name, year)`: a 类 name (with or without `一、` numbering, `（类）`,
  `（204）` or the `支出` suffix) → 3-digit code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.reference import Resolution, read_seed, seed_path
from ingest.reference.rows import ClassificationRow
from ingest.reference.text import NameMatch, match_key, match_name, printed_codes, year_range

SEED = "ref_function_class"
_LEVEL_NAMES = {1: "类", 2: "款", 3: "项"}
_CODE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")


class FunctionRow(ClassificationRow):
    """A row of ref_function_class."""


@dataclass(frozen=True)
class _Index:
    rows: tuple[FunctionRow, ...]
    by_code: dict[str, tuple[FunctionRow, ...]]
    children: dict[str, tuple[FunctionRow, ...]]  # parent code ('' for classes) → rows of all years


@lru_cache(maxsize=None)
def _index_for(path: str) -> _Index:
    rows = []
    for raw in read_seed(SEED):
        rows.append(FunctionRow(**ClassificationRow.fields_of(raw)))
    rows.sort(key=lambda row: (row.code, row.valid_from))
    by_code: dict[str, list[FunctionRow]] = {}
    children: dict[str, list[FunctionRow]] = {}
    for row in rows:
        by_code.setdefault(row.code, []).append(row)
        children.setdefault(row.parent_code, []).append(row)
    return _Index(tuple(rows), {k: tuple(v) for k, v in by_code.items()},
                  {k: tuple(v) for k, v in children.items()})


def _index() -> _Index:
    return _index_for(str(seed_path(SEED)))


def clear_cache() -> None:
    _index_for.cache_clear()


def reference_name(code: str, year: int) -> str | None:
    """The reference name of `code` in `year`, None when the code is not valid that year."""
    for row in _index().by_code.get(code, ()):
        if row.valid_in(year):
            return row.name
    return None


# ---- codes ------------------------------------------------------------------------------------

def resolve_function_code(code: str, year: int | None) -> Resolution:
    printed = re.sub(r"\s", "", code or "")
    if not _CODE.match(printed):
        return Resolution(None, None, f"'{code}' is not a functional classification code (3, 5 or 7 digits)")
    index = _index()
    if not index.by_code.get(printed[:3]):
        return Resolution(None, None, f"code {printed} is not in the reference, nor is its class {printed[:3]}")
    if year is None:
        return Resolution(printed, None, "fiscal year unknown: code kept as printed, name unverified")
    rows = index.by_code.get(printed)
    if rows:
        for row in rows:
            if row.valid_in(year):
                return Resolution(printed, row.name, None)
        spans = "; ".join(f"'{row.name}' {year_range(row.valid_from, row.valid_to)}" for row in rows)
        return Resolution(printed, None, f"code {printed} is not valid in {year} (reference: {spans}): "
                          f"kept as printed")
    for length in (5, 3):
        if len(printed) <= length:
            continue
        ancestor = printed[:length]
        name = reference_name(ancestor, year)
        if name is not None:
            return Resolution(printed, None,
                              f"code {printed} is not listed in {SEED} (which lists the 项 of some 款 only); "
                              f"its {_LEVEL_NAMES[1 if length == 3 else 2]} {ancestor} '{name}' is valid "
                              f"in {year}: kept as printed, name unverified")
        if index.by_code.get(ancestor):
            return Resolution(printed, None, f"code {printed}: its parent {ancestor} is not valid in {year}: "
                              f"kept as printed")
    return Resolution(printed, None, f"code {printed} is not in the reference: kept as printed")


# ---- class names ------------------------------------------------------------------------------

def resolve_class_name(name: str, year: int) -> Resolution:
    if not match_key(name):
        return Resolution(None, None, "empty class name")
    match = match_name(name, _index().children.get("", ()), year)
    codes = [code for code in printed_codes(name) if len(code) == 3]
    if match.code:
        reason = match.reason
        if codes and codes[0] != match.code:
            reason = _join(reason, f"the printed code {codes[0]} disagrees with the name ({match.code})")
        return Resolution(match.code, match.name, reason)
    if codes:
        by_code = resolve_function_code(codes[0], year)
        if by_code.code and by_code.name:
            return Resolution(by_code.code, by_code.name,
                              f"class name '{name}' not matched ({match.reason}); resolved by its printed code")
    return Resolution(None, None, f"unknown class name: {match.reason}")


# ---- paths of names ---------------------------------------------------------------------------

def resolve_function_path(names: list[str], year: int, first_level: int = 1) -> Resolution:
    names = [name for name in (names or []) if match_key(name)]
    if not 1 <= len(names) <= 4 - first_level:
        return Resolution(None, None, f"expected 1 to {4 - first_level} names from the "
                          f"{_LEVEL_NAMES.get(first_level, '?')} down, got {len(names)}")
    if first_level == 2:  # 款 and 项 printed without their class
        alone = _resolve_without_class(names, year)
        if alone is None:
            return Resolution(None, None, f"the 款/项 names {'/'.join(names)} printed without a class do not "
                              f"identify exactly one code in {year}")
        code, name, how = alone
        return _with_printed_codes(names, Resolution(code, name, _join(*how)))
    if first_level != 1:
        return Resolution(None, None, "a 项 name alone does not identify a code")
    index = _index()
    reasons: list[str] = []
    parent = ""
    failure: str | None = None
    matched: list[NameMatch] = []
    for depth, name in enumerate(names, start=1):
        match = match_name(name, index.children.get(parent, ()), year)
        if not match.code:
            where = f"under {parent} '{_name_any(parent, year)}'" if parent else "among the 类"
            failure = f"{_LEVEL_NAMES[depth]} '{name}' not resolved {where}: {match.reason}"
            break
        matched.append(match)
        if match.reason:
            reasons.append(match.reason)
        parent = match.code
    else:
        return _with_printed_codes(names, Resolution(parent, matched[-1].name, _join(*reasons)))

    if len(names) >= 2 and len(matched) <= 1:
        alone = _resolve_without_class(names[1:], year)
        if alone is not None:
            code, name, how = alone
            if matched:
                lead = (f"'{names[1]}' is not a 款 of {matched[0].code} '{matched[0].name}' in {year} "
                        f"(the class printed); the 款/项 names alone identify {code}")
            else:
                lead = f"class name '{names[0]}' not resolved; the 款/项 names alone identify {code}"
            return _with_printed_codes(names, Resolution(code, name, _join(lead, *how)))
    return Resolution(None, None, failure)


def _resolve_without_class(names: list[str], year: int):
    """(code, name, reasons) when the 款 (and 项) names identify exactly one code, else None."""
    index = _index()
    sections = [row for row in index.rows if row.level == 2]
    outcomes: dict[str, tuple[str, list[str]]] = {}
    for section_code in sorted({row.code for row in sections}):
        match = match_name(names[0], [row for row in sections if row.code == section_code], year)
        if not match.code:
            continue
        how = [match.reason] if match.reason else []
        if len(names) == 1:
            outcomes[match.code] = (match.name, how)
            continue
        item = match_name(names[1], index.children.get(match.code, ()), year)
        if item.code:
            outcomes[item.code] = (item.name, how + ([item.reason] if item.reason else []))
    if len(outcomes) != 1:
        return None
    code, (name, how) = next(iter(outcomes.items()))
    return code, name, how


def _with_printed_codes(names: list[str], resolution: Resolution) -> Resolution:
    """Note when codes printed next to the names (`公共安全支出（204）司法（06）…`) disagree."""
    parts = [printed_codes(name) for name in names]
    if resolution.code is None or not all(parts):
        return resolution
    printed = "".join(part[-1] for part in parts)
    if printed == resolution.code or not printed.isdigit():
        return resolution
    return Resolution(resolution.code, resolution.name,
                      _join(resolution.reason, f"the printed codes ({printed}) disagree with the names"))


def _name_any(code: str, year: int) -> str:
    rows = _index().by_code.get(code, ())
    for row in rows:
        if row.valid_in(year):
            return row.name
    return rows[-1].name if rows else ""


def _join(*parts: str | None) -> str | None:
    kept = [part for part in parts if part]
    return "; ".join(kept) if kept else None
