"""Ingest on Spark (budgetwh/spark_ingest.py) writes the raw rows a DuckDB ingest of the same files
holds: every raw table, row for row, but the columns that say when (ingested_at, logged_at,
seconds) and which run (run_id).

Spark runs in a child process (`python -m budgetwh.spark_ingest`): its JVM does not outlive it.
Needs Java 17+ and the `spark` extra, like tests/test_spark_target.py (skipped, saying why, when
either is missing).
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from ingest.schema import DOCUMENT_TABLES, column_names
from budgetwh.spark_ingest import local_path, spark_type

from tests.conftest import PROJECT_DIR, SAMPLES_DIR
from tests.test_spark_target import _skip_without_spark

pytestmark = pytest.mark.slow

WHEN_AND_RUN = {"ingested_at", "logged_at", "seconds", "run_id"}
TABLES = ("documents", *DOCUMENT_TABLES, "ingest_log")


@pytest.fixture(scope="module")
def spark_raw(tmp_path_factory) -> Path:
    _skip_without_spark()
    folder = tmp_path_factory.mktemp("spark_ingest")
    completed = subprocess.run([sys.executable, "-m", "budgetwh.spark_ingest", "--input", str(SAMPLES_DIR),
                                "--spark-dir", str(folder)], cwd=PROJECT_DIR, capture_output=True, text=True,
                               timeout=900)
    if completed.returncode != 0:
        pytest.fail("Spark ingest failed:\n" + "\n".join((completed.stdout + completed.stderr).splitlines()[-40:]))
    return folder / "raw"


def _rows(connection, relation: str, table: str) -> Counter:
    columns = [name for name in column_names(table) if name not in WHEN_AND_RUN]
    listed = ", ".join(f'cast("{name}" as varchar)' for name in columns)
    return Counter(connection.execute(f"select {listed} from {relation}").fetchall())


@pytest.mark.parametrize("table", TABLES)
def test_spark_ingest_writes_the_rows_of_the_duckdb_ingest(spark_raw, raw_warehouse, table):
    with duckdb.connect(str(raw_warehouse), read_only=True) as connection:
        expected = _rows(connection, f"raw.{table}", table)
        found = _rows(connection, f"read_parquet('{spark_raw / table}/*.parquet')", table)
    assert expected, f"raw.{table} is empty: nothing compared"
    missing, extra = expected - found, found - expected
    assert not missing and not extra, (f"raw.{table}: {sum(missing.values())} rows only in DuckDB, "
                                       f"{sum(extra.values())} only from Spark: {list(missing)[:3]} / {list(extra)[:3]}")


def test_spark_file_uris_become_the_paths_duckdb_records():
    assert local_path("file:/data/%E6%8A%A5%E5%91%8A%20a.txt") == "/data/报告 a.txt"
    assert local_path("/data/x.txt") == "/data/x.txt"
    assert local_path("hdfs://cluster/data/x.txt") == "hdfs://cluster/data/x.txt"


@pytest.mark.parametrize("ddl, spark", [("varchar", "string"), ("decimal(18, 2)", "decimal(18,2)"),
                                        ("timestamp", "timestamp_ntz"), ("integer", "integer")])
def test_raw_types_in_spark(ddl, spark):
    assert spark_type(ddl) == spark
