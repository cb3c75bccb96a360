"""The models run on Spark (profiles.yml target `spark`, dbt-spark session method) and give the
same marts as DuckDB: the path to a cluster, proven on the samples.

The DuckDB warehouse built from data/samples is exported to Parquet (raw schema), dbt builds the
project on a local Spark in a temporary folder (seeds, models and their data tests; the 4 unit
tests pass on Spark too but add a minute, and they test SQL logic that the DuckDB build already
tests), and every table of the `marts` schema is read back from Spark and compared with DuckDB's:
same columns in the same order, same rows (as multisets, with decimals at the column's scale,
doubles to 6 places, timestamps to the second).

Spark runs in a child process (`python -m tests.test_spark_target`), which builds and then
pickles every marts table as Spark returns it: the JVM (2 GB) does not outlive it, and dbt-spark
never shares a process with dbt-duckdb (both adapters loaded in one process make duckdb report
leaked objects at exit).

Needs Java 17+ and the `spark` extra (`pip install -e '.[spark]'`, which `make test` installs);
skipped, saying why, when either is missing. About 3 to 4 minutes on 2 cores.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import pickle
import re
import shutil
import subprocess
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

PROJECT_DIR = Path(__file__).resolve().parents[1]
MART_NAMES = sorted(path.stem for path in (PROJECT_DIR / "models" / "marts").glob("*.sql"))
ROWS_SHOWN = 5
SPARK_RUN_TIMEOUT_SECONDS = 1200
INSTALL_HINT = "pip install -c requirements.lock -e '.[test,spark]'"

pytestmark = pytest.mark.slow


def _java_major_version() -> int | None:
    java = shutil.which("java")
    if java is None:
        return None
    completed = subprocess.run([java, "-version"], capture_output=True, text=True)
    match = re.search(r'version "(\d+)(?:\.(\d+))?', completed.stderr + completed.stdout)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2)) if major == 1 and match.group(2) else major


def _skip_without_spark() -> None:
    for module, package in (("pyspark", "pyspark"), ("dbt.adapters.spark", "dbt-spark")):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"SPARK TARGET NOT TESTED: {package} is not installed ({INSTALL_HINT})")
    java = _java_major_version()
    if java is None:
        pytest.skip("SPARK TARGET NOT TESTED: no `java` on the PATH (Spark 4 needs Java 17+)")
    if java < 17:
        pytest.skip(f"SPARK TARGET NOT TESTED: Java {java} found, Spark 4 needs Java 17+")


@pytest.fixture(scope="session")
def spark_available() -> None:
    """Skips (before the warehouse is built) when Java 17+ or the spark extra is missing."""
    _skip_without_spark()


@pytest.fixture(scope="module")
def spark_marts(spark_available, built_warehouse: Path, tmp_path_factory) -> dict[str, tuple[list[str], list[tuple]]]:
    """table -> (columns, rows) of every marts table as built on Spark from the samples."""
    folder = tmp_path_factory.mktemp("spark")
    snapshot = folder / "marts.pickle"
    completed = subprocess.run(
        [sys.executable, "-m", "tests.test_spark_target", str(built_warehouse), str(folder), str(snapshot)],
        cwd=PROJECT_DIR, capture_output=True, text=True, timeout=SPARK_RUN_TIMEOUT_SECONDS)
    if completed.returncode != 0:
        tail = "\n".join((completed.stdout + completed.stderr).strip().splitlines()[-60:])
        pytest.fail(f"dbt on Spark failed (exit {completed.returncode}):\n{tail}")
    return pickle.loads(snapshot.read_bytes())


@pytest.fixture(scope="module")
def duckdb_marts(built_warehouse: Path):
    connection = duckdb.connect(str(built_warehouse), read_only=True)
    yield connection
    connection.close()


def test_spark_has_exactly_the_marts_of_duckdb(spark_marts, duckdb_marts):
    in_duckdb = {name for (name,) in duckdb_marts.execute(
        "select table_name from information_schema.tables where table_schema = 'marts'").fetchall()}
    assert in_duckdb == set(MART_NAMES), "models/marts and the DuckDB marts schema disagree"
    assert set(spark_marts) == in_duckdb


@pytest.mark.parametrize("table", MART_NAMES)
def test_mart_is_the_same_on_spark_and_duckdb(spark_marts, duckdb_marts, table):
    duck_columns, duck_rows = _duckdb_table(duckdb_marts, table)
    spark_columns, spark_rows = spark_marts[table]
    assert spark_columns == [name for name, _ in duck_columns], f"marts.{table}: columns differ"
    assert len(spark_rows) == len(duck_rows), (
        f"marts.{table}: {len(duck_rows)} rows in DuckDB, {len(spark_rows)} on Spark")
    scales = [_decimal_scale(type_name) for _, type_name in duck_columns]
    duck = Counter(_normalised(row, scales) for row in duck_rows)
    on_spark = Counter(_normalised(row, scales) for row in spark_rows)
    only_duckdb = sorted((duck - on_spark).elements(), key=repr)
    only_spark = sorted((on_spark - duck).elements(), key=repr)
    assert not only_duckdb and not only_spark, (
        f"marts.{table}: {len(only_duckdb)} rows differ; columns {spark_columns}\n"
        f"  only in DuckDB: {only_duckdb[:ROWS_SHOWN]}\n  only on Spark:  {only_spark[:ROWS_SHOWN]}")


def _duckdb_table(connection, table: str) -> tuple[list[tuple[str, str]], list[tuple]]:
    """[(column, DuckDB type)], rows."""
    columns = connection.execute(
        "select column_name, data_type from information_schema.columns "
        "where table_schema = 'marts' and table_name = ? order by ordinal_position", [table]).fetchall()
    rows = connection.execute(f"select * from marts.{table}").fetchall()
    return columns, rows


def _spark_table(spark, table: str) -> tuple[list[str], list[tuple]]:
    """[column], rows; timestamps read without a time zone, as DuckDB stores them."""
    from pyspark.sql import functions
    from pyspark.sql.types import TimestampType

    frame = spark.table(f"marts.{table}")
    frame = frame.select([
        functions.col(field.name).cast("timestamp_ntz").alias(field.name)
        if isinstance(field.dataType, TimestampType) else functions.col(field.name)
        for field in frame.schema.fields])
    return frame.columns, [tuple(row) for row in frame.collect()]


def _build_and_snapshot(db_path: Path, spark_dir: Path, snapshot: Path) -> None:
    """In the child process: dbt build on Spark, then pickle {table: (columns, rows)} of marts."""
    from budgetwh.spark_target import active_session, build_on_spark

    build_on_spark(db_path, spark_dir, ["build", "--exclude", "test_type:unit"])
    spark = active_session()
    try:
        tables = [row.tableName for row in spark.sql("show tables in marts").collect()]
        snapshot.write_bytes(pickle.dumps({table: _spark_table(spark, table) for table in tables}))
    finally:
        spark.stop()


def _decimal_scale(type_name: str) -> int | None:
    match = re.fullmatch(r"DECIMAL\(\d+,\s*(\d+)\)", type_name.upper())
    return int(match.group(1)) if match else None


def _normalised(row: tuple, scales: list[int | None]) -> tuple:
    return tuple(_normalised_value(value, scale) for value, scale in zip(row, scales))


def _normalised_value(value, scale: int | None):
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, Decimal):
        return value.quantize(Decimal(1).scaleb(-(scale if scale is not None else 6)))
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    return value


if __name__ == "__main__":
    _build_and_snapshot(*(Path(argument) for argument in sys.argv[1:4]))
