"""How the dbt project declares its data tests (macros/test_constraints_hold.sql)."""

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


def _declared_rules(entry: dict) -> list[str]:
    """The not_null and check constraints of an entry's columns and of the entry itself."""
    rules = [f"{column['name']}: {constraint.get('type')}" for column in entry.get("columns") or []
             for constraint in column.get("constraints") or []]
    return rules + [f"check: {constraint.get('expression')}" for constraint in entry.get("constraints") or []]


def _test_names(tests: list) -> list[str]:
    return [test if isinstance(test, str) else next(iter(test)) for test in tests or []]


@pytest.mark.parametrize("name, entry", _entries(), ids=[name for name, _ in _entries()])
def test_declared_constraints_are_tested_by_their_model(name, entry):
    """Constraints (not_null, check) are checked only by their model's constraints_hold test (the
    models enforce no contract): a model declaring one without the test checks nothing; the test
    without a declared rule is a mistake (it fails to compile)."""
    declared = _declared_rules(entry)
    tested = "constraints_hold" in _test_names(entry.get("data_tests"))
    assert bool(declared) == tested, f"{name}: declared {declared}, constraints_hold test {tested}"


@pytest.mark.parametrize("name, entry", _entries(), ids=[name for name, _ in _entries()])
def test_a_rule_without_a_condition_is_declared_as_a_constraint(name, entry):
    """One way to say a column is never NULL, holds one of some values, or a row is consistent:
    a constraint. dbt's not_null, accepted_values and expression_is_true only with a config (a
    `where:` condition, a `severity:`) or a macro call, which a constraint cannot carry."""
    plain = [f"{column['name']}: {_test_names([test])[0]}" for column in entry.get("columns") or []
             for test in column.get("data_tests") or [] if _unconditional(test)]
    plain += [f"model: {_test_names([test])[0]}" for test in entry.get("data_tests") or [] if _unconditional(test)]
    assert plain == [], f"{name}: declare {plain} with constraints (type not_null or check)"


def _unconditional(test) -> bool:
    name = _test_names([test])[0]
    if name not in ("not_null", "accepted_values", "expression_is_true"):
        return False
    if isinstance(test, str):
        return True
    arguments = (test[name] or {}).get("arguments") or {}
    calls_a_macro = "{{" in str(arguments.get("expression", ""))  # dbt renders constraints without macros
    return "config" not in (test[name] or {}) and not calls_a_macro
