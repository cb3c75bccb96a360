"""Reference tables for resolving printed names and codes: one source of truth with dbt.

The resolvers read the dbt seeds themselves (`seeds/ref_function_class.csv`,
`seeds/ref_economic_class.csv`, `seeds/ref_region.csv`), each loaded once per process (lru_cache).
The folder is `<repo>/seeds`, or the one named by the environment variable BUDGET_SEEDS_DIR.

- `functions`: 支出功能分类科目 — names → code for a year, code → reference name, class names.
- `economic`: 部门预算支出经济分类 / 政府预算支出经济分类 — truncated 4-digit codes + name → 5 digits.
- `regions`: free text (a department's name, a title) → province / city / county and GB/T 2260 code.
- `text`: the name normalisation all of them share.

Every resolver answers with a `Resolution` (regions: `RegionResolution`): `code` is None when the
name or code cannot be resolved, and `reason` then says why; `reason` also says how a match was
made when it was not an exact one (a rename across years, a disambiguation), and is None for an
exact match.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest.project_vars import open_ended_year

DEFAULT_SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
SEEDS_DIR_ENV = "BUDGET_SEEDS_DIR"
OPEN_END = open_ended_year()  # valid_to of a name that is still valid (dbt var open_ended_year)


@dataclass(frozen=True)
class Resolution:
    code: str | None
    name: str | None
    reason: str | None


def seeds_dir() -> Path:
    """The folder holding the reference CSVs (BUDGET_SEEDS_DIR overrides the repo's seeds/)."""
    override = os.environ.get(SEEDS_DIR_ENV)
    return Path(override) if override else DEFAULT_SEEDS_DIR


def seed_path(name: str) -> Path:
    return seeds_dir() / f"{name}.csv"


@lru_cache(maxsize=None)
def _read_csv(path: str) -> tuple[dict[str, str], ...]:
    with open(path, encoding="utf-8", newline="") as handle:
        return tuple({key: (value or "").strip() for key, value in row.items()}
                     for row in csv.DictReader(handle))


def read_seed(name: str) -> tuple[dict[str, str], ...]:
    """Rows of seeds/<name>.csv as dicts of stripped strings (empty string for an empty cell)."""
    path = seed_path(name)
    if not path.is_file():
        raise FileNotFoundError(f"reference table {name}.csv not found in {path.parent} "
                                f"(set {SEEDS_DIR_ENV} to the folder holding the seeds)")
    return _read_csv(str(path))


def clear_caches() -> None:
    """Forget every loaded table (tests that point BUDGET_SEEDS_DIR elsewhere call this)."""
    _read_csv.cache_clear()
    from ingest.reference import economic, functions, regions
    for module in (functions, economic, regions):
        module.clear_cache()


__all__ = ["Resolution", "read_seed", "seeds_dir", "clear_caches", "OPEN_END"]
