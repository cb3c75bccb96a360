"""Ingest on Spark: the same parser, run by Spark over the files, the raw tables written as Parquet
where the models' Spark target reads them (`raw/<table>/` under the Spark folder).

    files = spark.read.format("binaryFile")          one row per file: path, content
    parsed = files.mapInArrow(parse_partition, …)    each executor runs ingest.parse_worker.parse_data
                                                     on its files: long rows (path, table, values)
    the driver collects one small row per file (sha256, content key, error), decides loaded /
    duplicate / quarantined exactly as the DuckDB ingest does (ingest.run._Recorder, in input
    order), and Spark writes each raw table from the rows of the loaded files, cast to the raw
    DDL's types (ingest.schema), with the ingest log beside them.

So the raw layer of a national corpus is built where the models already run, and it holds the
rows a DuckDB ingest of the same files holds (tests/test_spark_ingest.py compares them). Spark's
file listing skips hidden files (names starting with `.` or `_`); the DuckDB ingest logs them.

    python -m budgetwh.spark_ingest --input data/samples [--spark-dir warehouse/spark]
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from pathlib import Path
from urllib.parse import unquote, urlparse

from ingest.fingerprint import parser_version
from ingest.loader import raw_text
from ingest.parse_worker import ParsedChunk, ParsedFile, parse_data
from ingest.run import _Recorder
from ingest.schema import DOCUMENT_TABLES, column_definitions, column_names

FILE_ROW = "__file__"  # the `table` of the row describing a file (its ParsedFile, as JSON)
LONG_SCHEMA = "path string, table string, values array<string>"
RAW_OUTPUT_TABLES = ("documents", *DOCUMENT_TABLES)


def local_path(uri: str) -> str:
    """A file: URI as Spark lists it → the path the DuckDB ingest records."""
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme in ("file", "") else uri


def parse_partition(batches):
    """mapInArrow: Arrow batches of (path, content) → long rows, one per raw row and one per file."""
    import pyarrow as pa

    version = parser_version()
    for batch in batches:
        paths, tables, values = [], [], []
        for uri, content in zip(batch.column("path").to_pylist(), batch.column("content").to_pylist()):
            path = local_path(uri)
            result, parsed = parse_data(Path(path), content, version)
            paths.append(path), tables.append(FILE_ROW), values.append([json.dumps(vars(result))])
            if parsed is None:
                continue
            document_row, facts = parsed
            for table, rows in [("documents", [document_row]), *facts.items()]:
                names = column_names(table)
                for row in rows:
                    paths.append(path), tables.append(table)
                    values.append([raw_text(row.get(name)) for name in names])
        yield pa.record_batch([pa.array(paths, pa.string()), pa.array(tables, pa.string()),
                               pa.array(values, pa.list_(pa.string()))], names=["path", "table", "values"])


def spark_type(ddl_type: str) -> str:
    """A raw DDL type in Spark SQL (`varchar` → `string`; decimal, integer, bigint, boolean,
    double and timestamp are spelt alike). Timestamps are written without a time zone, as DuckDB
    keeps them."""
    lowered = ddl_type.lower().replace(" ", "")
    return {"varchar": "string", "timestamp": "timestamp_ntz"}.get(lowered, lowered)


def ingest_on_spark(spark, input_dir: Path, spark_dir: Path) -> dict[str, int]:
    """Parse every file under `input_dir` on Spark and write `spark_dir/raw/<table>/` (replacing
    what was there); return the rows written per table."""
    files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
             .load(str(Path(input_dir).resolve())).select("path", "content"))
    long_rows = files.mapInArrow(parse_partition, LONG_SCHEMA).cache()
    try:
        outcomes = _record(long_rows)
        loaded = spark.createDataFrame([(path,) for path in outcomes["loaded_paths"]], "path string")
        written = {}
        for table in RAW_OUTPUT_TABLES:
            frame = long_rows.where(long_rows.table == table).join(loaded, "path", "left_semi")
            written[table] = _write(_typed(frame, table), spark_dir / "raw" / table)
        log = spark.createDataFrame([[raw_text(row.get(name)) for name in column_names("ingest_log")]
                                     for row in outcomes["log_rows"]],
                                    ", ".join(f"{name} string" for name in column_names("ingest_log")))
        written["ingest_log"] = _write(_cast(log, "ingest_log"), spark_dir / "raw" / "ingest_log")
    finally:
        long_rows.unpersist()
    return written


def _record(long_rows) -> dict:
    """The DuckDB ingest's decisions on the files, in its input order (sorted paths)."""
    results = [ParsedFile(**json.loads(row["values"][0]))
               for row in long_rows.where(long_rows.table == FILE_ROW).select("values").collect()]
    results.sort(key=lambda result: result.path)
    recorder = _Recorder(uuid.uuid4().hex[:12], parser_version(), known={})
    outcomes = recorder.record(ParsedChunk(files=results, tables={}))
    return {"loaded_paths": [o.path for o in outcomes if o.status == "loaded"],
            "log_rows": recorder.batch.log_rows}


def _typed(frame, table: str):
    from pyspark.sql import functions

    names = column_names(table)
    return _cast(frame.select([functions.col("values")[index].alias(name) for index, name in enumerate(names)]),
                 table)


def _cast(frame, table: str):
    from pyspark.sql import functions

    return frame.select([functions.col(name).cast(spark_type(ddl_type)).alias(name)
                         for name, ddl_type in column_definitions(table)])


def _write(frame, folder: Path) -> int:
    frame.write.mode("overwrite").parquet(str(folder))
    return frame.count()


def local_session(master: str = "local[2]"):
    """A Spark session whose Python workers run this interpreter (the one with the parser's
    packages), not whatever `python3` is first on the PATH."""
    import os

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return (SparkSession.builder.master(master).appName("budget-warehouse-ingest")
            .config("spark.driver.memory", "2g").config("spark.ui.enabled", "false").getOrCreate())


def main(argv: list[str] | None = None) -> int:
    from budgetwh.spark_target import spark_dir

    parser = argparse.ArgumentParser(prog="python -m budgetwh.spark_ingest",
                                     description="Parse a folder of reports on Spark into raw Parquet tables.")
    parser.add_argument("--input", type=Path, required=True, help="folder of report files (searched recursively)")
    parser.add_argument("--spark-dir", type=Path, default=None,
                        help="folder of the Spark target (default: $BUDGET_SPARK_DIR or warehouse/spark)")
    parser.add_argument("--master", default="local[2]", help="Spark master (default: local[2])")
    options = parser.parse_args(argv)
    if not options.input.is_dir():
        parser.error(f"{options.input} is not a folder")
    spark = local_session(options.master)
    try:
        written = ingest_on_spark(spark, options.input, (options.spark_dir or spark_dir()).resolve())
    finally:
        spark.stop()
    print(", ".join(f"{table}: {count}" for table, count in written.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
