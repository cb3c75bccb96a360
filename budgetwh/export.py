"""`export`: every marts table as a flat file (Parquet, or UTF-8 CSV without BOM), one per table.

The descriptions of the marts (dbt YAML, kept in the warehouse as comments) go with the data:
as field and table metadata (`description`) in Parquet, and in `columns.csv` (table, column,
type, description) beside CSV files. `floats=True` writes amounts (DECIMAL in the warehouse) as
doubles, the type pandas and Excel compute with.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from budgetwh.warehouse import connect_read_only

FORMATS = ("parquet", "csv")
COLUMNS_FILE = "columns.csv"


def export_marts(db_path: Path, out_dir: Path, file_format: str, floats: bool = False) -> list[Path]:
    if file_format not in FORMATS:
        raise ValueError(f"unknown format {file_format!r}: choose one of {', '.join(FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    connection = connect_read_only(db_path)
    written = []
    try:
        tables = dict(connection.execute("""select table_name, comment from duckdb_tables()
                                            where schema_name = 'marts' order by 1""").fetchall())
        if not tables:
            raise FileNotFoundError(f"no marts in {db_path}: build the warehouse first")
        descriptions = {(table, column): comment for table, column, comment in connection.execute(
            "select table_name, column_name, comment from duckdb_columns() where schema_name = 'marts'").fetchall()}
        for table, table_comment in tables.items():
            data = connection.sql(f'select * from marts."{table}"').to_arrow_table()
            if floats:
                data = _decimals_as_doubles(data)
            data = _described(data, table_comment, {c: d for (t, c), d in descriptions.items() if t == table})
            path = out_dir / f"{table}.{file_format}"
            if file_format == "parquet":
                pq.write_table(data, path)
            else:
                pa_csv.write_csv(data, path)
            written.append(path)
        if file_format == "csv":
            written.append(_write_columns_file(out_dir / COLUMNS_FILE, connection, descriptions))
    finally:
        connection.close()
    return written


def _decimals_as_doubles(data: pa.Table) -> pa.Table:
    fields = [pa.field(f.name, pa.float64() if pa.types.is_decimal(f.type) else f.type) for f in data.schema]
    return data.cast(pa.schema(fields))


def _described(data: pa.Table, table_comment: str | None, comments: dict[str, str | None]) -> pa.Table:
    fields = [field.with_metadata({"description": comments[field.name]}) if comments.get(field.name) else field
              for field in data.schema]
    schema = pa.schema(fields, metadata={"description": table_comment} if table_comment else None)
    return pa.Table.from_arrays(data.columns, schema=schema)


def _write_columns_file(path: Path, connection, descriptions: dict) -> Path:
    types = connection.execute("""select table_name, column_name, data_type from duckdb_columns()
                                  where schema_name = 'marts' order by table_name, column_index""").fetchall()
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["table", "column", "type", "description"])
        writer.writerows([table, column, data_type, descriptions.get((table, column)) or ""]
                         for table, column, data_type in types)
    return path
