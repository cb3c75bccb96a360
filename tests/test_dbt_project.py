"""How the dbt project declares its data tests (macros/test_not_null_columns.sql)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

PROJECT_DIR = Path(__file__).resolve().parents[1]
PROPERTY_FILES = sorted((PROJECT_DIR / "models").rglob("*.yml")) + [PROJECT_DIR / "seeds" / "_seeds.yml"]


def _entries() -> list[tuple[str, dict]]:
    found = []
    for path in PROPERTY_FILES:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for kind in ("models", "seeds"):
            found += [(f"{path.relative_to(PROJECT_DIR)}: {entry['name']}", entry) for entry in document.get(kind) or []]
    return found


def _declared_not_null(entry: dict) -> list[str]:
    return [column["name"] for column in entry.get("columns") or []
            if any(constraint.get("type") == "not_null" for constraint in column.get("constraints") or [])]


def _test_names(tests: list) -> list[str]:
    return [test if isinstance(test, str) else next(iter(test)) for test in tests or []]


@pytest.mark.parametrize("name, entry", _entries(), ids=[name for name, _ in _entries()])
def test_columns_declared_not_null_are_tested_by_their_model(name, entry):
    """A column's `constraints: [{type: not_null}]` is checked only by its model's not_null_columns
    test (the models enforce no contract): a model declaring one without the test checks nothing,
    the test without a declared column is a mistake (it fails to compile)."""
    declared = _declared_not_null(entry)
    tested = "not_null_columns" in _test_names(entry.get("data_tests"))
    assert bool(declared) == tested, f"{name}: columns declared not null {declared}, not_null_columns test {tested}"


@pytest.mark.parametrize("name, entry", _entries(), ids=[name for name, _ in _entries()])
def test_a_plain_not_null_test_is_declared_as_a_constraint(name, entry):
    """One way to say a column is never NULL (a constraint); dbt's `not_null` only with a condition."""
    plain = [column["name"] for column in entry.get("columns") or []
             for test in column.get("data_tests") or [] if test == "not_null"]
    assert plain == [], f"{name}: declare {plain} with constraints: [{{type: not_null}}]"
