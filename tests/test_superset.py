"""Superset itself reads the warehouse: in its own virtual env (`make install-superset`:
apache-superset with its SQLAlchemy 1.4, the project's DuckDB pins, this package for the
`duckdb+budgetwh` dialect), the file is opened read-only and Superset's DuckDB engine spec lists a
mart's columns, as its dataset editor does.

Superset runs in a child process (its SQLAlchemy is not the project's). The test fails, saying
how to install it, when the env is missing.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import duckdb
import pytest

from tests.conftest import PROJECT_DIR

SUPERSET_PYTHON = PROJECT_DIR / ".venv-superset" / "bin" / "python"
MART = "mart_function_comparison"

pytestmark = pytest.mark.slow

_LIST_COLUMNS = """
import json, sys
import sqlalchemy
from superset.db_engine_specs.duckdb import DuckDBEngineSpec
from superset.sql.parse import Table

engine = sqlalchemy.create_engine("duckdb+budgetwh:///" + sys.argv[1], connect_args={"read_only": True})
inspector = sqlalchemy.inspect(engine)
columns = DuckDBEngineSpec.get_columns(inspector, Table(sys.argv[2], "marts"))
print(json.dumps({
    "superset_engine": DuckDBEngineSpec.engine_name,
    "sqlalchemy": sqlalchemy.__version__,
    "tables": inspector.get_table_names(schema="marts"),
    "columns": [{"name": c["column_name"], "type": str(c["type"]), "comment": c.get("comment")} for c in columns],
}, ensure_ascii=False))
"""


def test_superset_lists_a_marts_columns_read_only(built_warehouse: Path):
    if not SUPERSET_PYTHON.exists():
        pytest.fail(f"Superset's env is missing ({SUPERSET_PYTHON}): run `make install-superset`")
    environment = os.environ | {"SUPERSET_SECRET_KEY": "test-only", "PYTHONPATH": ""}
    completed = subprocess.run([str(SUPERSET_PYTHON), "-c", _LIST_COLUMNS, str(built_warehouse), MART],
                               capture_output=True, text=True, timeout=300, env=environment, cwd=PROJECT_DIR)
    assert completed.returncode == 0, completed.stderr[-3000:]
    listed = json.loads(completed.stdout.strip().splitlines()[-1])
    assert listed["sqlalchemy"].startswith("1.4"), "Superset brings its own SQLAlchemy"
    with duckdb.connect(str(built_warehouse), read_only=True) as connection:
        expected = connection.execute(
            "select column_name, data_type, comment from duckdb_columns() "
            "where schema_name = 'marts' and table_name = ? order by column_index", [MART]).fetchall()
        tables = {name for name, in connection.execute(
            "select table_name from duckdb_tables() where schema_name = 'marts'").fetchall()}
    assert tables <= set(listed["tables"])
    assert [c["name"] for c in listed["columns"]] == [name for name, _, _ in expected]
    assert [c["comment"] for c in listed["columns"]] == [comment for _, _, comment in expected]
    types = {c["name"]: c["type"] for c in listed["columns"]}
    assert types["amount_wan"] == "NUMERIC(18, 2)" and types["fiscal_year"] == "INTEGER"
