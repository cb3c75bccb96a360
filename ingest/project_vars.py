"""Settings the dbt project declares once (dbt_project.yml `vars`) and Python obeys too."""

from __future__ import annotations

from functools import lru_cache

import yaml

from ingest.fingerprint import PROJECT_DIR


@lru_cache(maxsize=1)
def dbt_vars() -> dict:
    with (PROJECT_DIR / "dbt_project.yml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["vars"]


def accepted_fiscal_years() -> tuple[int, int]:
    """(first, last) fiscal year the marts accept: a report of another year is a data error."""
    return int(dbt_vars()["min_fiscal_year"]), int(dbt_vars()["max_fiscal_year"])


def open_ended_year() -> int:
    """The valid_to year of a reference name still valid (the seeds' open end)."""
    return int(dbt_vars()["open_ended_year"])
