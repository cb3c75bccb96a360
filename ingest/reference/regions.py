"""Regions: free text (a department's name, a report title) → province / city / county and the
GB/T 2260 six-digit code, through seeds/ref_region.csv (generated from cpca's code table by
scripts/make_ref_region.py).

`resolve_region(text)` finds the place names in the text (official names, and for provinces and
prefecture-level cities also their short forms: `四川`, `攀枝花`, `恩施州`), scanning left to right
and taking the longest name at each position (so `河西区` is not read as `西区`), then:
- a county-level name → that county, when exactly one county of that name fits the province and
  city the text names (if any). County names repeat across the country (朝阳区, 城关区, 鼓楼区 …):
  the province / city in the text decide; with none, or several still fitting, admin_code is
  None and the reason lists the candidates;
- no county name → the city, else the province, the text names (when only one fits);
- a county that does not lie in the city / province the text names → None, with the conflict.
`reason` is None for a direct, unique match and says how an ambiguous name was settled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.reference import read_seed, seed_path
from ingest.reference.text import normalize_name

SEED = "ref_region"
_PROVINCE_SUFFIX = re.compile(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$")
_ETHNIC = ("土家|哈尼|景颇|傈僳|蒙古|朝鲜|布依|哈萨克|柯尔克孜|维吾尔|苗|藏|羌|彝|壮|傣|白|回|侗|黎|瑶|土|撒拉|"
           "保安|东乡|裕固|纳西|独龙|普米|怒|阿昌|拉祜|佤|布朗|基诺|德昂|仡佬|水|毛南|仫佬|畲|达斡尔|鄂温克|"
           "鄂伦春|赫哲|锡伯|满")
_AUTONOMOUS_PREFECTURE = re.compile(rf"^(.+?)(?:(?:{_ETHNIC})族?)+自治州$")


@dataclass(frozen=True)
class RegionResolution:
    province: str | None
    city: str | None
    county: str | None
    admin_code: str | None
    reason: str | None


@dataclass(frozen=True)
class RegionRow:
    admin_code: str
    level: str
    name: str
    parent_code: str
    province: str
    city: str
    county: str

    def describe(self) -> str:
        return f"{self.admin_code} {self.province}{self.city}{self.county if self.level == 'county' else ''}"


@dataclass(frozen=True)
class _Index:
    by_code: dict[str, RegionRow]
    patterns: dict[str, tuple[RegionRow, ...]]  # place name (full or short) → divisions
    county_names: dict[str, int]  # county name → how many counties carry it
    longest: int


def _short_forms(row: RegionRow) -> list[str]:
    name = row.name
    forms: list[str] = []
    if row.level == "province":
        forms.append(_PROVINCE_SUFFIX.sub("", name))
    elif row.level == "city":
        prefecture = _AUTONOMOUS_PREFECTURE.match(name)
        if prefecture:
            forms += [prefecture.group(1), prefecture.group(1) + "州"]
        elif name.endswith("地区"):
            forms.append(name[:-2])
        elif name.endswith(("市", "盟")):
            forms.append(name[:-1])
    return [form for form in forms if len(form) >= 2 and form != name]


@lru_cache(maxsize=None)
def _index_for(path: str) -> _Index:
    by_code: dict[str, RegionRow] = {}
    patterns: dict[str, list[RegionRow]] = {}
    county_names: dict[str, int] = {}
    for raw in read_seed(SEED):
        row = RegionRow(raw["admin_code"], raw["level"], raw["name"], raw["parent_code"],
                        raw["province"], raw["city"], raw["county"])
        by_code[row.admin_code] = row
        for form in [row.name, *_short_forms(row)]:
            patterns.setdefault(normalize_name(form), []).append(row)
        if row.level == "county":
            county_names[row.name] = county_names.get(row.name, 0) + 1
    longest = max(len(pattern) for pattern in patterns)
    return _Index(by_code, {key: tuple(value) for key, value in patterns.items()}, county_names, longest)


def _index() -> _Index:
    return _index_for(str(seed_path(SEED)))


def clear_cache() -> None:
    _index_for.cache_clear()


def find_places(text: str) -> list[tuple[str, tuple[RegionRow, ...]]]:
    """(name as found, divisions it may denote), left to right, longest name at each position."""
    index = _index()
    normalized = normalize_name(text)
    found = []
    position = 0
    while position < len(normalized):
        for length in range(min(index.longest, len(normalized) - position), 1, -1):
            piece = normalized[position:position + length]
            rows = index.patterns.get(piece)
            if rows:
                found.append((piece, rows))
                position += length
                break
        else:
            position += 1
    return found


def resolve_region(text: str) -> RegionResolution:
    places = find_places(text or "")
    if not places:
        return RegionResolution(None, None, None, None, f"no province, city or county name found in '{text}'")
    provinces = {row.admin_code[:2] for _, rows in places for row in rows if row.level == "province"}
    cities = {row.admin_code for _, rows in places for row in rows if row.level == "city"}
    if provinces and cities and any(code[:2] in provinces for code in cities):
        cities = {code for code in cities if code[:2] in provinces}
    county_hits = [(piece, [row for row in rows if row.level == "county"]) for piece, rows in places]
    county_hits = [(piece, rows) for piece, rows in county_hits if rows]
    named = _named(provinces, cities)

    if county_hits:
        candidates = {row.admin_code: row for _, rows in county_hits for row in rows}
        fitting = {code: row for code, row in candidates.items() if _fits(row, provinces, cities)}
        if len(fitting) == 1:
            row = next(iter(fitting.values()))
            return _result(row, _county_reason(row, candidates, named))
        listed = "; ".join(row.describe() for _, row in sorted((fitting or candidates).items()))
        pieces = "、".join(dict.fromkeys(piece for piece, _ in county_hits))
        if not fitting:
            return RegionResolution(None, None, None, None,
                                    f"county name {pieces} does not lie in {named} named in the text "
                                    f"(candidates: {listed})")
        context = f" and the text names {named}" if named else " and the text names no province or city"
        return RegionResolution(None, None, None, None,
                                f"ambiguous county: {pieces} fits {len(fitting)} divisions{context} "
                                f"(candidates: {listed})")

    index = _index()
    if cities:
        if len(cities) == 1:
            return _result(index.by_code[next(iter(cities))], None)
        listed = "; ".join(index.by_code[code].describe() for code in sorted(cities))
        return RegionResolution(None, None, None, None, f"ambiguous city: {listed}")
    if len(provinces) == 1:
        return _result(index.by_code[next(iter(provinces)) + "0000"], None)
    listed = "; ".join(index.by_code[code + "0000"].describe() for code in sorted(provinces))
    return RegionResolution(None, None, None, None, f"several provinces named and no city or county: {listed}")


def _fits(row: RegionRow, provinces: set[str], cities: set[str]) -> bool:
    if provinces and row.admin_code[:2] not in provinces:
        return False
    if cities and row.parent_code not in cities:
        return False
    return True


def _named(provinces: set[str], cities: set[str]) -> str:
    index = _index()
    names = [index.by_code[code + "0000"].name for code in sorted(provinces)]
    names += [index.by_code[code].name for code in sorted(cities)]
    return "、".join(names)


def _county_reason(row: RegionRow, candidates: dict, named: str) -> str | None:
    same_name = _index().county_names.get(row.name, 1)
    others = len(candidates) - 1
    if same_name <= 1 and others == 0:
        return None
    if same_name > 1:
        return (f"county name {row.name} is shared by {same_name} divisions; "
                f"chose {row.admin_code} by {named} named in the text")
    return f"several county names in the text; only {row.admin_code} {row.name} lies in {named}"


def _result(row: RegionRow, reason: str | None) -> RegionResolution:
    return RegionResolution(row.province or None, row.city or None, row.county or None, row.admin_code, reason)
