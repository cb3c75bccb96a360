"""Generate seeds/ref_region.csv (行政区划代码, GB/T 2260 six-digit codes) from the data file that
ships inside the `cpca` package, offline.

Source
    cpca 0.5.5 (https://github.com/DQinYuan/chinese_province_city_area_mapper, MIT licence), file
    `cpca/resources/adcodes.csv` (3,511 rows: 12-digit adcode, name, longitude, latitude; sha256
    66948fa1519ba053f22b8c2d05c897c9b19c44cdc3044e464b52f0143ff418fe). The table reflects the
    divisions of about 2017-2018: it still lists 莱芜市 (371200, merged into 济南市 in 2019) and has
    简阳市 (510185) under 成都市, so later changes (mergers, new districts) are missing. The version
    and the checksum of the file actually read are printed, and the version goes into `source`.

Output (sorted by admin_code, UTF-8, `\\n` line ends, so two runs give the same bytes)
    admin_code  the first 6 digits of the adcode
    level       province (xx0000) | city (xxxx00) | county (any other code: 区, 县, 县级市, 旗 ...)
    name        the official name as cpca spells it
    parent_code the nearest real ancestor: the city for a county under a prefecture-level city, the
                province for a city, and for counties with no prefecture-level city above them
                (districts of 北京/天津/上海/重庆, 省直辖县级行政区划 like 仙桃市) the province
    province, city, county  names along the path; city is empty when no prefecture-level city
                sits between the county and its province
    source      `cpca <version> resources/adcodes.csv`

Placeholder rows of the code table that are not divisions are left out: 市辖区 (xxxx01, and
110100/120100/310100/500100), 县 (500200), 省直辖县级行政区划 / 自治区直辖县级行政区划 (xx9000).

Usage: .venv/bin/python scripts/make_ref_region.py [--output seeds/ref_region.csv]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.metadata
import importlib.util
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = PROJECT_DIR / "seeds" / "ref_region.csv"
PLACEHOLDER_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
COLUMNS = ["admin_code", "level", "name", "parent_code", "province", "city", "county", "source"]


def cpca_data_file() -> Path:
    """Path of cpca's adcodes.csv, found without importing cpca (its import builds a matcher)."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("the cpca package is not installed in this environment")
    path = Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"
    if not path.is_file():
        raise SystemExit(f"cpca data file not found: {path}")
    return path


def level_of(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


def build_rows(data_file: Path, version: str) -> list[dict[str, str]]:
    names: dict[str, str] = {}
    with data_file.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            adcode = record["adcode"].strip()
            code, rest = adcode[:6], adcode[6:]
            if len(code) != 6 or not code.isdigit() or rest.strip("0"):
                raise SystemExit(f"unexpected adcode {adcode!r} in {data_file}")
            name = record["name"].strip()
            if code in names and names[code] != name:
                raise SystemExit(f"adcode {code} has two names: {names[code]}, {name}")
            names[code] = name

    real = {code: name for code, name in names.items() if name not in PLACEHOLDER_NAMES}
    source = f"cpca {version} resources/adcodes.csv"
    rows = []
    for code in sorted(real):
        level = level_of(code)
        province_code = code[:2] + "0000"
        city_code = code[:4] + "00"
        province = real.get(province_code)
        if province is None:
            raise SystemExit(f"{code} {real[code]}: province {province_code} missing from the data")
        if level == "province":
            parent, city, county = "", "", ""
        elif level == "city":
            parent, city, county = province_code, real[code], ""
        else:
            has_city = city_code in real and city_code != province_code
            parent = city_code if has_city else province_code
            city = real[city_code] if has_city else ""
            county = real[code]
        rows.append({"admin_code": code, "level": level, "name": real[code], "parent_code": parent,
                     "province": province, "city": city, "county": county, "source": source})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    data_file = cpca_data_file()
    version = importlib.metadata.version("cpca")
    checksum = hashlib.sha256(data_file.read_bytes()).hexdigest()
    rows = build_rows(data_file, version)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    counts = {level: sum(1 for row in rows if row["level"] == level) for level in ("province", "city", "county")}
    print(f"cpca {version} {data_file} sha256={checksum}", file=sys.stderr)
    print(f"wrote {len(rows)} rows to {args.output}: {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
