"""Bulk writes to DuckDB's `raw` schema: one INSERT per table per batch, keyed on document_id."""

from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal

import pandas as pd

from ingest.facts import ParsedDocument
from ingest.numbers import to_wan
from ingest.schema import FACT_TABLES, column_names

MONEY_UNITS = {"万元", "元"}


class Batch:
    """Rows gathered for several documents, written together by `write`."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict]] = {table: [] for table in ("documents", *FACT_TABLES, "ingest_log")}
        self.replaced_documents: list[str] = []

    def add_document(self, document_row: dict, parsed: ParsedDocument) -> None:
        document_id = document_row["document_id"]
        self.rows["documents"].append(document_row)
        for index, line in enumerate(parsed.budget_lines):
            row = asdict(line) | {"document_id": document_id, "fact_index": index}
            row["amount_wan"] = to_wan(line.amount, line.unit)
            self.rows["budget_lines"].append(row)
        for index, metric in enumerate(parsed.metrics):
            row = asdict(metric) | {"document_id": document_id, "fact_index": index}
            money = metric.unit_reported in MONEY_UNITS
            row["value"] = to_wan(metric.value_reported, metric.unit_reported) if money else metric.value_reported
            row["unit"] = "万元" if money else metric.unit_reported
            for column in ("pct_base_value", "stated_change"):
                if money and row[column] is not None:
                    row[column] = to_wan(row[column], metric.unit_reported)
            self.rows["document_metrics"].append(row)
        for table, facts in (("projects", parsed.projects), ("performance_indicators", parsed.indicators),
                             ("form_answers", parsed.form_answers),
                             ("disclosure_items", parsed.disclosures)):
            for index, fact in enumerate(facts):
                self.rows[table].append(asdict(fact) | {"document_id": document_id, "fact_index": index})

    def add_log(self, log_row: dict) -> None:
        self.rows["ingest_log"].append(log_row)

    def is_empty(self) -> bool:
        return not any(self.rows.values())

    def write(self, connection) -> None:
        """Replace the batch's documents and append the log, in one transaction."""
        connection.execute("begin transaction")
        try:
            ids = [row["document_id"] for row in self.rows["documents"]] + self.replaced_documents
            if ids:
                id_frame = pd.DataFrame({"document_id": sorted(set(ids))})
                connection.register("batch_document_ids", id_frame)
                for table in ("documents", *FACT_TABLES):
                    connection.execute(
                        f"delete from raw.{table} where document_id in (select document_id from batch_document_ids)")
                connection.unregister("batch_document_ids")
            for table, rows in self.rows.items():
                if rows:
                    _insert(connection, table, rows)
            connection.execute("commit")
        except Exception:
            connection.execute("rollback")
            raise
        for rows in self.rows.values():
            rows.clear()
        self.replaced_documents.clear()


def _insert(connection, table: str, rows: list[dict]) -> None:
    columns = column_names(table)
    frame = pd.DataFrame([{column: _plain(row.get(column)) for column in columns} for row in rows],
                         columns=columns, dtype=object)
    connection.register("batch_rows", frame)
    try:
        casts = ", ".join(f'cast(batch_rows."{c}" as {_type_of(connection, table, c)}) as "{c}"' for c in columns)
        connection.execute(f"insert into raw.{table} by name select {casts} from batch_rows")
    finally:
        connection.unregister("batch_rows")


def _plain(value):
    """Decimals travel as text so that DuckDB casts them exactly (never through float)."""
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


_TYPE_CACHE: dict[tuple[str, str], str] = {}


def _type_of(connection, table: str, column: str) -> str:
    key = (table, column)
    if key not in _TYPE_CACHE:
        for name, data_type in connection.execute(
                "select column_name, data_type from information_schema.columns "
                "where table_schema = 'raw' and table_name = ?", [table]).fetchall():
            _TYPE_CACHE[(table, name)] = data_type
    return _TYPE_CACHE[key]
