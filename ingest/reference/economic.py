"""Economic classification (支出经济分类科目): printed codes and names → reference code.

Reads seeds/ref_economic_class.csv: scheme `department` (部门预算支出经济分类, 301–399, 类 and
款) and `government` (政府预算支出经济分类, 501–599, 类), valid from the 2018 reform (and from
2017 where a 2017 budget prints the code).

- `resolve_truncated(prefix, name, year)`: text extraction cut 5-digit codes to 4 digits
  (`3010 基本工资`); the 款 is the one under that prefix whose name matches (→ 30101). A full
  3- or 5-digit code of a known 类 is a fact of the report: kept as printed, checked against the
  reference (its validity that year, its name), the reason saying what could not be verified.
- `resolve_economic_name(name, year, parent=None)`: a name alone → code, among the children of
  `parent` when given, else among all codes of the scheme (department unless `scheme` says
  otherwise or the parent starts with 5). A name shared by several codes (`其他支出` is 399 and
  39999) is ambiguous without a parent: None + reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.reference import Resolution, read_seed, seed_path
from ingest.reference.rows import ClassificationRow
from ingest.reference.text import match_key, match_name, year_range

SEED = "ref_economic_class"
SCHEMES = {"3": "department", "5": "government"}


@dataclass(frozen=True)
class EconomicRow(ClassificationRow):
    scheme: str  # department (部门预算支出经济分类) or government (政府预算支出经济分类)


@dataclass(frozen=True)
class _Index:
    rows: tuple[EconomicRow, ...]
    by_code: dict[tuple[str, str], tuple[EconomicRow, ...]]


@lru_cache(maxsize=None)
def _index_for(path: str) -> _Index:
    rows = []
    for raw in read_seed(SEED):
        rows.append(EconomicRow(scheme=raw["scheme"], **ClassificationRow.fields_of(raw)))
    rows.sort(key=lambda row: (row.scheme, row.code, row.valid_from))
    by_code: dict[tuple[str, str], list[EconomicRow]] = {}
    for row in rows:
        by_code.setdefault((row.scheme, row.code), []).append(row)
    return _Index(tuple(rows), {key: tuple(value) for key, value in by_code.items()})


def _index() -> _Index:
    return _index_for(str(seed_path(SEED)))


def clear_cache() -> None:
    _index_for.cache_clear()


def _valid_row(scheme: str, code: str, year: int) -> EconomicRow | None:
    for row in _index().by_code.get((scheme, code), ()):
        if row.valid_in(year):
            return row
    return None


def resolve_truncated(prefix: str, name: str, year: int | None) -> Resolution:
    printed = re.sub(r"\s", "", prefix or "")
    if not printed.isdigit() or printed[0] not in SCHEMES:
        return Resolution(None, None, f"'{prefix}' is not an economic classification code (3xx or 5xx)")
    scheme = SCHEMES[printed[0]]
    if len(printed) in (3, 5):
        return _check_full(scheme, printed, name, year)
    if len(printed) != 4:
        return Resolution(None, None, f"'{prefix}' has {len(printed)} digits: expected 3, 4 (cut) or 5")
    if year is None:
        return Resolution(None, None, f"code cut to {printed} and fiscal year unknown")
    # four digits: a 款 code cut short (3010…), or its 款 part printed without the leading zero
    # (`301 | 2` for 30102, a spreadsheet's number format): the printed name decides which
    unpadded = printed[:3] + "0" + printed[3]
    under = [row for row in _index().rows
             if row.scheme == scheme and row.level == 2 and (row.code.startswith(printed) or row.code == unpadded)]
    if not under:
        return Resolution(None, None, f"no {scheme} 款 code starts with {printed} or is {unpadded}")
    if not match_key(name):
        return Resolution(None, None, f"code {printed} has 4 digits and no name is printed")
    match = match_name(name, under, year)
    if match.code:
        how = f"the 款 part of {match.code} printed without its leading zero ({printed})" if match.code == unpadded else None
        return Resolution(match.code, match.name, "; ".join(r for r in (match.reason, how) if r) or None)
    return Resolution(None, None, f"code cut to {printed}: {match.reason} among "
                      f"{', '.join(sorted({row.code for row in under}))}")


def _check_full(scheme: str, code: str, name: str | None, year: int | None) -> Resolution:
    index = _index()
    if not index.by_code.get((scheme, code[:3])):
        return Resolution(None, None, f"code {code} is not in the {scheme} economic classification")
    if year is None:
        return Resolution(code, None, "fiscal year unknown: code kept as printed, name unverified")
    rows = index.by_code.get((scheme, code))
    if not rows:
        parent = _valid_row(scheme, code[:3], year)
        if parent is not None:
            return Resolution(code, None, f"code {code} is not listed in {SEED}; its 类 {parent.code} "
                              f"'{parent.name}' is valid in {year}: kept as printed, name unverified")
        return Resolution(code, None, f"code {code} is not in the {scheme} economic classification of "
                          f"{year}: kept as printed")
    row = _valid_row(scheme, code, year)
    if row is None:
        spans = "; ".join(f"'{r.name}' {year_range(r.valid_from, r.valid_to)}" for r in rows)
        return Resolution(code, None, f"code {code} is not valid in {year} (reference: {spans}): kept as printed")
    if name and match_key(name):
        match = match_name(name, [row], year)
        if match.kind == "loose":
            return Resolution(code, row.name, match.reason)
        if not match.code:
            return Resolution(code, row.name, f"the printed name '{name}' differs from the reference name "
                              f"'{row.name}' of {code}: code kept as printed")
    return Resolution(code, row.name, None)


def resolve_economic_name(name: str, year: int, parent: str | None = None,
                          scheme: str | None = None) -> Resolution:
    if not match_key(name):
        return Resolution(None, None, "empty name")
    index = _index()
    if parent:
        parent = re.sub(r"\s", "", parent)
        scheme = scheme or SCHEMES.get(parent[:1])
        candidates = [row for row in index.rows if row.scheme == scheme and row.parent_code == parent]
        if not candidates:
            return Resolution(None, None, f"parent {parent} has no children in the {scheme} economic classification")
    else:
        scheme = scheme or "department"
        candidates = [row for row in index.rows if row.scheme == scheme]
    match = match_name(name, candidates, year)
    if match.code:
        return Resolution(match.code, match.name, match.reason)
    where = f" under {parent}" if parent else f" ({scheme} scheme)"
    return Resolution(None, None, f"{match.reason}{where}")
