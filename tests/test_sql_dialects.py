"""The dbt models as SQL: every compiled model parses as DuckDB SQL, and every marts model
transpiles to Spark SQL and Trino (so the marts can move to a lakehouse engine unchanged).

The project is compiled with dbt's Python API against a copy of the built warehouse, so that
incremental models compile their incremental branch (`is_incremental()` is true there).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
import sqlglot
from sqlglot.errors import ErrorLevel

PROJECT_DIR = Path(__file__).resolve().parents[1]
MODEL_FILES = sorted(PROJECT_DIR.glob("models/**/*.sql"))
MART_FILES = [path for path in MODEL_FILES if path.parent.name == "marts"]
TARGET_DIALECTS = ("spark", "trino")


@pytest.fixture(scope="module")
def compiled_models(built_warehouse: Path, tmp_path_factory) -> dict[str, dict]:
    """name -> manifest node of every model of this project, compiled against a warehouse copy."""
    from dbt.cli.main import dbtRunner

    work = tmp_path_factory.mktemp("dialects")
    database = work / "budget.duckdb"
    shutil.copyfile(built_warehouse, database)
    wal = built_warehouse.with_name(built_warehouse.name + ".wal")
    if wal.exists():
        shutil.copyfile(wal, database.with_name(database.name + ".wal"))
    previous = os.environ.get("BUDGET_DB_PATH")
    os.environ["BUDGET_DB_PATH"] = str(database)
    try:
        result = dbtRunner().invoke([
            "compile", "--project-dir", str(PROJECT_DIR), "--profiles-dir", str(PROJECT_DIR / "profiles"),
            "--target-path", str(work / "target"), "--log-path", str(work / "logs"),
            "--no-partial-parse", "--quiet",
        ])
    finally:
        if previous is None:
            os.environ.pop("BUDGET_DB_PATH", None)
        else:
            os.environ["BUDGET_DB_PATH"] = previous
    assert result.success, f"dbt compile failed: {result.exception}"
    manifest = json.loads((work / "target" / "manifest.json").read_text(encoding="utf-8"))
    return {node["name"]: node for node in manifest["nodes"].values()
            if node["resource_type"] == "model" and node["package_name"] == "budget_warehouse"}


def _compiled_sql(compiled_models: dict[str, dict], name: str) -> str:
    assert name in compiled_models, f"model {name} is missing from the compiled manifest"
    sql = compiled_models[name].get("compiled_code")
    assert sql and sql.strip(), f"model {name} has no compiled SQL"
    return sql


def test_every_model_file_is_compiled(compiled_models):
    assert MODEL_FILES, "no models found"
    assert sorted(compiled_models) == sorted(path.stem for path in MODEL_FILES)


@pytest.mark.parametrize("name", [path.stem for path in MODEL_FILES])
def test_model_parses_as_duckdb(compiled_models, name):
    sql = _compiled_sql(compiled_models, name)
    try:
        statements = sqlglot.parse(sql, read="duckdb", error_level=ErrorLevel.RAISE)
    except sqlglot.errors.ParseError as error:
        pytest.fail(f"{name}: compiled SQL does not parse as DuckDB: {error}")
    assert [statement for statement in statements if statement is not None], f"{name}: no statement"


@pytest.mark.parametrize("dialect", TARGET_DIALECTS)
@pytest.mark.parametrize("name", [path.stem for path in MART_FILES])
def test_mart_transpiles(compiled_models, name, dialect):
    sql = _compiled_sql(compiled_models, name)
    try:
        transpiled = sqlglot.transpile(sql, read="duckdb", write=dialect, unsupported_level=ErrorLevel.RAISE)
    except (sqlglot.errors.ParseError, sqlglot.errors.UnsupportedError) as error:
        pytest.fail(f"{name}: does not transpile to {dialect}: {error}")
    assert transpiled and transpiled[0].strip()
    # what was written must read back in the target dialect
    sqlglot.parse(transpiled[0], read=dialect, error_level=ErrorLevel.RAISE)


# Marts that only show a raw table under its documented names: a copy would double the storage.
VIEWS_IN_MARTS = {"dim_document_line"}
# Marts beside the fct_ models rebuilt only where new documents change them, by this key.
INCREMENTAL_MARTS = {"mart_reconciliation": "document_id", "mart_disclosure_completeness": "document_id",
                     "mart_budget_execution": "department_year_key"}


def test_materialisations(compiled_models):
    """Materialisations are what dbt_project.yml and the model configs intend (a typo such as
    `+materialzied` would silently fall back to a view)."""
    for name, node in compiled_models.items():
        config = node["config"]
        folder = Path(node["original_file_path"]).parts[1]  # models/<layer>/…
        if name.startswith("int_check_"):
            assert config["materialized"] == "view", f"{name}: a check family is read once, by mart_reconciliation"
        if name.startswith("fct_") or name in INCREMENTAL_MARTS:
            assert config["materialized"] == "incremental", name
            assert config["incremental_strategy"] == "delete+insert", name
            assert config.get("full_refresh") is None, f"{name} is rebuilt in full on DuckDB"
            assert config["unique_key"] == INCREMENTAL_MARTS.get(name, "document_id"), name
        elif folder == "staging":
            assert config["materialized"] == "view", name
        elif name in VIEWS_IN_MARTS:
            assert config["materialized"] == "view", name
        elif folder == "marts":
            assert config["materialized"] == "table", name
        assert node["schema"] == folder, f"{name} lands in schema {node['schema']}, not {folder}"
