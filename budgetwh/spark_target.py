"""Run the dbt models on Spark: the path from one DuckDB file to a cluster, proven on a laptop.

The `spark` target of profiles/profiles.yml is dbt-spark's `session` method: a local Spark
(local[2], 2 GB driver) started inside the dbt process, with a Hive metastore (Derby) and Parquet
tables under one folder, `$BUDGET_SPARK_DIR` (default `warehouse/spark`):

    raw/<table>/data.parquet   the raw schema of a DuckDB warehouse, exported by `export_raw`
    metastore_db/, derby.log   the catalog (databases raw, reference, staging, intermediate, marts)
    tables/<schema>.db/<model> the tables dbt builds (Parquet)
    target/, logs/             dbt's artefacts, kept apart from the DuckDB build's

Spark has no DuckDB file to read the raw schema from, so a run is:
  1. ingest into DuckDB as usual (`budgetwh ingest` or `budgetwh build`);
  2. `export_raw`: DuckDB `COPY raw.<table> TO … (FORMAT parquet)` for every raw table;
  3. dbt with `--target spark`: its on-run-start hook (macros/register_raw_tables.sql) creates
     `raw.<table>` over each exported folder, then seeds, models and tests run on Spark.

From the shell (after `pip install -c requirements.lock -e '.[spark]'`; Java 17+ on the PATH):

    python -m budgetwh.spark_target --db warehouse/budget.duckdb           # dbt build on Spark
    python -m budgetwh.spark_target --db warehouse/budget.duckdb build --exclude test_type:unit
                                                                         # any dbt arguments

or from Python: `build_on_spark(Path("warehouse/budget.duckdb"), Path("warehouse/spark"))`.
dbt runs in this process (dbtRunner), so the Spark session it started is still there afterwards:
`active_session()` returns it to read the tables (`spark.table("marts.dim_document")`).

On Spark the incremental models are rebuilt in full on every run (Parquet tables support neither
delete+insert nor merge; see their config, e.g. models/marts/fct_project.sql). Seeds, data tests
and unit tests run on Spark as on DuckDB.
"""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import contextmanager
from pathlib import Path

import duckdb

from ingest.fingerprint import PROJECT_DIR

DEFAULT_SPARK_DIR = PROJECT_DIR / "warehouse" / "spark"
DEFAULT_DBT_ARGUMENTS = ("build",)


class SparkRunFailed(Exception):
    """dbt on the Spark target did not succeed."""


def spark_dir() -> Path:
    """The folder of the Spark target: `$BUDGET_SPARK_DIR`, else warehouse/spark."""
    return Path(os.environ.get("BUDGET_SPARK_DIR", DEFAULT_SPARK_DIR)).resolve()


def raw_tables(db_path: Path) -> list[str]:
    """Names of the tables of the `raw` schema of a DuckDB warehouse."""
    connection = duckdb.connect(str(db_path), read_only=True)
    try:
        rows = connection.execute(
            "select table_name from information_schema.tables "
            "where table_schema = 'raw' and table_type = 'BASE TABLE' order by table_name").fetchall()
    finally:
        connection.close()
    return [name for (name,) in rows]


def export_raw(db_path: Path, target_dir: Path) -> list[Path]:
    """Write every raw table of the DuckDB warehouse at `db_path` to
    `target_dir/raw/<table>/data.parquet` (replacing what was there); return the files."""
    written = []
    connection = duckdb.connect(str(db_path), read_only=True)
    try:
        for table in raw_tables(db_path):
            folder = target_dir / "raw" / table
            folder.mkdir(parents=True, exist_ok=True)
            for stale in folder.iterdir():
                stale.unlink()
            path = folder / "data.parquet"
            connection.execute(f"copy raw.{table} to {_sql_string(path)} (format parquet)")
            written.append(path)
    finally:
        connection.close()
    return written


def run_dbt(arguments: list[str] | tuple[str, ...], target_dir: Path):
    """Run dbt in this process on the Spark target whose files live in `target_dir`; return
    dbt's result (`.success`, `.result`, `.exception`), raise SparkRunFailed when it failed."""
    from dbt.cli.main import dbtRunner

    target_dir = target_dir.resolve()
    with _environment(BUDGET_SPARK_DIR=str(target_dir), DBT_SEND_ANONYMOUS_USAGE_STATS="false"):
        result = dbtRunner().invoke([
            *arguments, "--target", "spark",
            "--project-dir", str(PROJECT_DIR), "--profiles-dir", str(PROJECT_DIR / "profiles"),
            "--target-path", str(target_dir / "target"), "--log-path", str(target_dir / "logs"),
        ])
    if not result.success:
        raise SparkRunFailed(f"dbt {' '.join(arguments)} on Spark failed: {_failures(result)}")
    return result


def build_on_spark(db_path: Path, target_dir: Path | None = None,
                   arguments: list[str] | tuple[str, ...] = DEFAULT_DBT_ARGUMENTS):
    """Export the raw schema of `db_path` and run dbt (`build` by default) on the Spark target
    whose files live in `target_dir` (default: `spark_dir()`)."""
    target_dir = (target_dir or spark_dir()).resolve()
    export_raw(db_path, target_dir)
    return run_dbt(arguments, target_dir)


def active_session():
    """The Spark session dbt started in this process, None before a run (or after `stop()`)."""
    from pyspark import SparkContext
    from pyspark.sql import SparkSession

    if SparkContext._active_spark_context is None:
        return None
    return SparkSession.builder.getOrCreate()


@contextmanager
def _environment(**variables: str):
    """Set environment variables for the duration of the block, then restore them."""
    previous = {name: os.environ.get(name) for name in variables}
    os.environ.update(variables)
    try:
        yield
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _sql_string(value: object) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _failures(result) -> str:
    if result.exception is not None:
        return str(result.exception)
    failed = [f"{r.node.name}: {_first_lines(r.message)}" for r in (result.result or [])
              if str(r.status) in ("error", "fail")]
    return "\n  ".join(["", *failed]) if failed else "see the dbt log"


def _first_lines(message: str | None, count: int = 6) -> str:
    """The head of a dbt message (Spark appends whole query plans to its errors)."""
    return "\n    ".join(str(message).strip().splitlines()[:count])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m budgetwh.spark_target",
        description="Export the raw schema of a DuckDB warehouse to Parquet and run dbt on Spark.")
    parser.add_argument("--db", type=Path, default=Path(os.environ.get("BUDGET_DB_PATH", "warehouse/budget.duckdb")),
                        help="DuckDB warehouse whose raw schema is exported (default: warehouse/budget.duckdb)")
    parser.add_argument("--spark-dir", type=Path, default=None,
                        help="folder of the Spark target (default: $BUDGET_SPARK_DIR or warehouse/spark)")
    parser.add_argument("dbt_arguments", nargs=argparse.REMAINDER,
                        help="dbt command and arguments (default: build)")
    options = parser.parse_args(argv)
    if not options.db.exists():
        parser.error(f"{options.db} does not exist: build or ingest the DuckDB warehouse first")
    try:
        build_on_spark(options.db, options.spark_dir, options.dbt_arguments or DEFAULT_DBT_ARGUMENTS)
    except SparkRunFailed as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
