"""`export`: every marts table as a flat file (Parquet, or UTF-8 CSV without BOM), one per table."""

from __future__ import annotations

from pathlib import Path

import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from ingest.warehouse import connect_read_only

FORMATS = ("parquet", "csv")


def export_marts(db_path: Path, out_dir: Path, file_format: str) -> list[Path]:
    if file_format not in FORMATS:
        raise ValueError(f"unknown format {file_format!r}: choose one of {', '.join(FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    connection = connect_read_only(db_path)
    written = []
    try:
        tables = [row[0] for row in connection.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]
        if not tables:
            raise FileNotFoundError(f"no marts in {db_path}: build the warehouse first")
        for table in tables:
            data = connection.execute(f'select * from marts."{table}"').to_arrow_table()
            path = out_dir / f"{table}.{file_format}"
            if file_format == "parquet":
                pq.write_table(data, path)
            else:
                pa_csv.write_csv(data, path)
            written.append(path)
    finally:
        connection.close()
    return written
