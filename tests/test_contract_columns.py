"""The built warehouse has every table and column the contract (docs/contract.md) names.

The column lists are parsed from the contract itself, so the test follows the document: a
`## marts.<table> — …` section, or a `- marts.<table>: …` bullet, whose text starts with a
comma-separated list of column names (parenthesised remarks are skipped; the list ends at the
first full stop or colon). Two marts of the contract describe their columns in words only
(mart_function_comparison, mart_department_scorecard); for them the test checks the names this
project chose for those concepts (CHOSEN_COLUMNS). Extra columns are allowed ("anything may be
added"); missing ones fail.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

PROJECT_DIR = Path(__file__).resolve().parents[1]
CONTRACT_CANDIDATES = [PROJECT_DIR / "docs" / "contract.md", PROJECT_DIR.parent / "shared" / "docs" / "CONTRACT.md"]

# Tables whose contract text lists the columns by name; the parser must find each of them.
LISTED_TABLES = {"dim_document", "fct_budget_line", "fct_document_metric", "fct_project",
                 "fct_performance_indicator", "mart_reconciliation"}

# Names chosen here for the concepts the contract describes in words.
CHOSEN_COLUMNS = {
    "mart_function_comparison": [
        "fiscal_year", "admin_code", "province", "city", "county", "department", "function_code",
        "function_level", "function_name", "class_code", "section_code", "fund_scope", "amount_wan",
        "share_of_department_total", "prior_year_amount_wan", "prior_year_source", "change_wan",
        "rank_among_regions",
    ],
    "mart_department_scorecard": [
        "document_id", "expenditure_total_wan", "expenditure_basic_wan", "expenditure_project_wan",
        "basic_share", "project_share", "personnel_share_of_basic", "three_public_per_staff_wan",
        "admin_operating_cost_per_staff_wan", "staff_actual", "project_execution_rate", "failed_check_count",
    ],
    "dim_region": ["admin_code", "province", "city", "county"],
    "dim_function": ["function_code", "function_level", "function_name"],
}

IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")


def _contract_text() -> str:
    for path in CONTRACT_CANDIDATES:
        if path.exists():
            return path.read_text(encoding="utf-8")
    pytest.fail(f"contract not found in {[str(p) for p in CONTRACT_CANDIDATES]}")


def _strip_parentheses(text: str) -> str:
    depth, kept = 0, []
    for character in text:
        if character in "(（":
            depth += 1
        elif character in ")）":
            depth = max(depth - 1, 0)
        elif depth == 0:
            kept.append(character)
    return "".join(kept)


def _leading_columns(text: str) -> list[str]:
    """Column names at the start of a contract paragraph ([] when it starts with prose)."""
    text = _strip_parentheses(text)
    text = re.split(r"[.:](?:\s|$)", text, maxsplit=1)[0]
    columns = []
    for part in text.split(","):
        token = " ".join(part.split())
        if not IDENTIFIER.match(token):
            break
        columns.append(token)
    return columns


def parse_contract(text: str) -> dict[str, list[str]]:
    """table name -> columns the contract lists for it (possibly [] for prose-only tables)."""
    tables: dict[str, list[str]] = {}
    for match in re.finditer(r"^## marts\.(\w+)[^\n]*\n(.*?)(?=^## |\Z)", text, re.S | re.M):
        tables[match.group(1)] = _leading_columns(match.group(2))
    for match in re.finditer(r"^- marts\.(\w+):(.*?)(?=^- |^## |\Z)", text, re.S | re.M):
        tables.setdefault(match.group(1), _leading_columns(match.group(2)))
    return tables


CONTRACT = parse_contract(_contract_text())


def test_contract_parses():
    missing = LISTED_TABLES - {name for name, columns in CONTRACT.items() if len(columns) >= 5}
    assert not missing, f"the contract parser found no column list for {sorted(missing)}: {CONTRACT}"
    assert CONTRACT["mart_reconciliation"] == [
        "document_id", "check_name", "subject", "expected_value", "actual_value", "difference", "passed", "detail"]


def _columns(connection, table: str) -> dict[str, str]:
    rows = connection.execute(
        "select column_name, data_type from information_schema.columns "
        "where table_schema = 'marts' and table_name = ? order by ordinal_position", [table]).fetchall()
    return dict(rows)


@pytest.fixture(scope="module")
def marts_connection(built_warehouse: Path):
    connection = duckdb.connect(str(built_warehouse), read_only=True)
    yield connection
    connection.close()


def test_schemas(marts_connection):
    schemas = {row[0] for row in marts_connection.execute(
        "select schema_name from information_schema.schemata").fetchall()}
    assert {"raw", "staging", "intermediate", "marts"} <= schemas


@pytest.mark.parametrize("table", sorted(set(CONTRACT) | set(CHOSEN_COLUMNS)))
def test_contract_columns(marts_connection, table):
    actual = _columns(marts_connection, table)
    assert actual, f"marts.{table} does not exist"
    expected = CONTRACT.get(table) or CHOSEN_COLUMNS.get(table, [])
    missing = [column for column in expected if column not in actual]
    assert not missing, f"marts.{table} lacks contract columns {missing}; it has {list(actual)}"


@pytest.mark.parametrize("table", sorted(set(CONTRACT) | set(CHOSEN_COLUMNS)))
def test_amounts_are_decimal_18_2(marts_connection, table):
    """Amounts in 万元 are DECIMAL(18,2): every `*_wan` column (amount_wan, budget_adjusted_wan …)."""
    actual = _columns(marts_connection, table)
    wrong = {column: data_type for column, data_type in actual.items()
             if column.endswith("_wan") and not column.endswith("_per_staff_wan") and data_type != "DECIMAL(18,2)"}
    assert not wrong, f"marts.{table}: amount columns not DECIMAL(18,2): {wrong}"


def test_every_column_of_every_model_is_documented(marts_connection):
    """Staging, intermediate and marts alike: every column the built warehouse holds has a
    description in its folder's YAML (dbt docs and the BI tools show them)."""
    import yaml

    documented: dict[str, dict[str, str]] = {}
    for path in (PROJECT_DIR / "models").rglob("*.yml"):
        for model in yaml.safe_load(path.read_text(encoding="utf-8")).get("models") or []:
            documented[model["name"]] = {column["name"]: column.get("description") or ""
                                         for column in model.get("columns") or []}
    undocumented = [f"{schema}.{table}.{column}" for schema, table, column in marts_connection.execute(
        "select table_schema, table_name, column_name from information_schema.columns "
        "where table_schema in ('staging', 'intermediate', 'marts') order by 1, 2, ordinal_position").fetchall()
        if not documented.get(table, {}).get(column, "").strip()]
    assert not undocumented, f"{len(undocumented)} columns without a description: {undocumented[:20]}"
