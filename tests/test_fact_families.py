"""Each fact family is declared once — its dataclass (ingest/facts.py) and raw DDL
(ingest/schema.py) — and every other place that names its columns or values is held to that:
the loader's rows, the staging model selecting every raw column, the staging YAML documenting every
staging column, and its accepted_values tests stating facts.ACCEPTED_VALUES."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
import yaml

from ingest import facts
from ingest.loader import fact_rows
from ingest.pipeline import parse_lines
from ingest.schema import RAW_TABLES, column_names

from tests.conftest import SAMPLES_DIR

PROJECT_DIR = Path(__file__).resolve().parents[1]
STAGING = PROJECT_DIR / "models" / "staging"
FAMILIES = {"budget_lines": facts.BudgetLine, "document_metrics": facts.Metric, "projects": facts.Project,
            "performance_indicators": facts.Indicator, "form_answers": facts.FormAnswer,
            "disclosure_items": facts.DisclosureItem}
CAST = re.compile(r"^\s*cast\(source\.(\w+) as .+\) as (\w+),?$", re.M)  # `cast(source.level as integer) as reported_level`


def _staging_yaml() -> dict[str, dict]:
    return {model["name"]: model for model in yaml.safe_load((STAGING / "_staging.yml").read_text())["models"]}


def _staging_columns(table: str) -> dict[str, str]:
    """raw column → staging column, as stg_<table>.sql selects it."""
    sql = (STAGING / f"stg_{table}.sql").read_text(encoding="utf-8")
    selected = {}
    for match in CAST.finditer(sql):
        selected.setdefault(match.group(1), match.group(2))
    return selected


@pytest.mark.parametrize("table", FAMILIES)
def test_the_dataclass_and_the_ddl_name_the_same_facts(table):
    fields = {field.name for field in dataclasses.fields(FAMILIES[table])}
    assert fields <= set(column_names(table)), f"fields of {table} without a raw column: {fields - set(column_names(table))}"


def test_the_loader_writes_every_raw_column_and_no_other():
    written: dict[str, set] = {}
    for sample in sorted(SAMPLES_DIR.glob("*.txt")):
        parsed = parse_lines(sample.read_text(encoding="utf-8").splitlines())
        for table, rows in fact_rows("d1", parsed).items():
            for row in rows:
                written.setdefault(table, set()).update(row)
    assert set(written) == set(FAMILIES)
    for table, columns in written.items():
        assert columns == set(column_names(table)), table


@pytest.mark.parametrize("table", [table for table in RAW_TABLES if (STAGING / f"stg_{table}.sql").exists()])
def test_staging_selects_every_raw_column_and_documents_it(table):
    selected = _staging_columns(table)
    assert set(column_names(table)) <= set(selected), f"raw.{table} columns staging drops: {set(column_names(table)) - set(selected)}"
    documented = {column["name"] for column in _staging_yaml()[f"stg_{table}"].get("columns", [])}
    assert set(selected.values()) <= documented, f"stg_{table} columns without a description: {set(selected.values()) - documented}"


_VALUES_CHECK = re.compile(r"^(\w+) in \((.*)\)$")


def _accepted_values(model: dict) -> dict[str, list]:
    """The values a column's check constraint accepts (`kind in ('function', 'economic')`)."""
    found = {}
    for column in model.get("columns", []):
        for constraint in column.get("constraints") or []:
            match = _VALUES_CHECK.match(constraint.get("expression") or "")
            if constraint.get("type") == "check" and match and match.group(1) == column["name"]:
                found[column["name"]] = [value.strip().strip("'") for value in match.group(2).split(",")]
    return found


@pytest.mark.parametrize("table", facts.ACCEPTED_VALUES)
def test_staging_accepts_exactly_the_declared_values(table):
    staged_name = _staging_columns(table)
    declared = {staged_name[column]: sorted(map(str, values)) for column, values in facts.ACCEPTED_VALUES[table].items()}
    tested = {column: sorted(map(str, values)) for column, values in _accepted_values(_staging_yaml()[f"stg_{table}"]).items()}
    assert tested == declared


def test_every_seed_declares_the_type_of_each_of_its_columns_in_order():
    """stg_ref_* take their columns and types from the seeds' column_types (macros/typed_seed.sql)."""
    import csv

    for seed in yaml.safe_load((PROJECT_DIR / "seeds" / "_seeds.yml").read_text(encoding="utf-8"))["seeds"]:
        with (PROJECT_DIR / "seeds" / f"{seed['name']}.csv").open(encoding="utf-8") as handle:
            header = next(csv.reader(handle))
        assert list(seed["config"]["column_types"]) == header, seed["name"]
        assert (STAGING / f"stg_{seed['name']}.sql").exists(), f"{seed['name']} has no staging model"


def _top_level_alternatives(pattern: str) -> list[str]:
    """A regex's `|`-separated branches outside any group or class."""
    branches, depth, in_class, start, index = [], 0, False, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    return branches + [pattern[start:]]


def test_every_count_pattern_needs_a_digit_so_lines_without_one_are_skipped():
    """metric_counts skips a text without a digit before running its patterns: that holds only
    while every branch of every pattern captures digits."""
    from ingest.extractors import metric_counts

    patterns = [pattern for _, pattern, _ in metric_counts.COUNT_PATTERNS] + [metric_counts._CASES]
    for pattern in patterns:
        for branch in _top_level_alternatives(pattern.pattern):
            assert r"(\d+" in branch, f"{pattern.pattern!r}: the branch {branch!r} captures no digits"
    assert metric_counts._counts_in("在职人员八十五人，编制数九十个", 1, "narrative") == []
    assert [m.metric for m in metric_counts._counts_in("在职人员85人，编制数90个", 1, "narrative")] == \
        ["staff_authorized", "staff_actual"]
