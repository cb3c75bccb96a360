"""Bulk writes to DuckDB's `raw` schema: one INSERT per table per batch, keyed on document_id.

Rows travel as Arrow tables of text columns: a parse worker turns its documents into them
(`document_tables`), the writing process only concatenates them and lets DuckDB cast each column
to its declared type, so numbers are never routed through floats and the writer stays cheap.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

import pyarrow as pa

from ingest.facts import MONEY_UNITS, ParsedDocument
from ingest.numbers import to_wan
from ingest.schema import DOCUMENT_TABLES, FACT_TABLES, column_names

TABLES = ("documents", *DOCUMENT_TABLES, "ingest_log")


def fact_rows(document_id: str, parsed: ParsedDocument) -> dict[str, list[dict]]:
    """The rows of every fact table for one parsed document."""
    rows: dict[str, list[dict]] = {table: [] for table in FACT_TABLES}
    for index, line in enumerate(parsed.budget_lines):
        row = _fields(line) | {"document_id": document_id, "fact_index": index}
        row["amount_wan"] = to_wan(line.amount, line.unit)
        rows["budget_lines"].append(row)
    for index, metric in enumerate(parsed.metrics):
        row = _fields(metric) | {"document_id": document_id, "fact_index": index}
        money = metric.unit_reported in MONEY_UNITS
        row["value"] = to_wan(metric.value_reported, metric.unit_reported) if money else metric.value_reported
        row["unit"] = "万元" if money else metric.unit_reported
        for column in ("pct_base_value", "stated_change"):
            if money and row[column] is not None:
                row[column] = to_wan(row[column], metric.unit_reported)
        rows["document_metrics"].append(row)
    for table, facts in (("projects", parsed.projects), ("performance_indicators", parsed.indicators),
                         ("form_answers", parsed.form_answers), ("disclosure_items", parsed.disclosures)):
        for index, fact in enumerate(facts):
            rows[table].append(_fields(fact) | {"document_id": document_id, "fact_index": index})
    return rows


def line_rows(document_id: str, lines: list[str], pages: list[int | None] | None) -> list[dict]:
    """The document's text, one row per line (line_number = a fact's source_line)."""
    pages = pages or [None] * len(lines)
    return [{"document_id": document_id, "line_number": number, "page": page, "text": text}
            for number, (text, page) in enumerate(zip(lines, pages), start=1)]


def document_tables(document_rows: list[dict], facts: Iterable[dict[str, list[dict]]]) -> dict[str, pa.Table]:
    """Arrow tables (text columns) of several documents: their `raw.documents` rows and facts."""
    gathered: dict[str, list[dict]] = {"documents": list(document_rows)}
    gathered |= {table: [] for table in DOCUMENT_TABLES}
    for rows in facts:
        for table, table_rows in rows.items():
            gathered[table].extend(table_rows)
    return {table: text_table(table, rows) for table, rows in gathered.items()}


def text_table(table: str, rows: list[dict]) -> pa.Table:
    """Rows of a raw table as an Arrow table with one text column per declared column."""
    return pa.table({column: pa.array([raw_text(row.get(column)) for row in rows], type=pa.string())
                     for column in column_names(table)})


class Batch:
    """Rows gathered for several documents, written together by `write`."""

    def __init__(self) -> None:
        self._clear()

    def _clear(self) -> None:
        self.parts: dict[str, list[pa.Table]] = {table: [] for table in TABLES}
        self.log_rows: list[dict] = []
        self.replaced_documents: list[str] = []
        self.documents = 0

    def add_document(self, document_row: dict, parsed: ParsedDocument, replaces: bool = True) -> None:
        """One parsed document; `replaces`: it may already be in the warehouse (delete it first)."""
        document_id = document_row["document_id"]
        tables = document_tables([document_row], [fact_rows(document_id, parsed)])
        self.add_tables(tables, [document_id] if replaces else [])

    def add_tables(self, tables: dict[str, pa.Table], replaces: Iterable[str] = ()) -> None:
        """Rows already in Arrow form (`document_tables`); `replaces`: document ids to delete first."""
        for table, data in tables.items():
            if data.num_rows:
                self.parts[table].append(data)
        self.documents += tables["documents"].num_rows if "documents" in tables else 0
        self.replaced_documents.extend(replaces)

    def add_log(self, log_row: dict) -> None:
        self.log_rows.append(log_row)

    def is_empty(self) -> bool:
        return not self.log_rows and not any(self.parts.values())

    def write(self, connection) -> None:
        """Replace the batch's re-parsed documents and append everything, in one transaction."""
        if self.log_rows:
            self.parts["ingest_log"].append(text_table("ingest_log", self.log_rows))
        connection.execute("begin transaction")
        try:
            if self.replaced_documents:
                _delete_documents(connection, sorted(set(self.replaced_documents)))
            for table, parts in self.parts.items():
                if parts:
                    _insert(connection, table, pa.concat_tables(parts))
            connection.execute("commit")
        except Exception:
            connection.execute("rollback")
            raise
        self._clear()


def _delete_documents(connection, document_ids: list[str]) -> None:
    connection.register("batch_document_ids", pa.table({"document_id": pa.array(document_ids, pa.string())}))
    try:
        for table in ("documents", *DOCUMENT_TABLES):
            connection.execute(
                f"delete from raw.{table} where document_id in (select document_id from batch_document_ids)")
    finally:
        connection.unregister("batch_document_ids")


def _insert(connection, table: str, data: pa.Table) -> None:
    connection.register("batch_rows", data)
    try:
        casts = ", ".join(f'cast(batch_rows."{c}" as {_type_of(connection, table, c)}) as "{c}"'
                          for c in data.column_names)
        connection.execute(f"insert into raw.{table} by name select {casts} from batch_rows")
    finally:
        connection.unregister("batch_rows")


def _fields(fact) -> dict:
    """A flat dataclass's fields (what `dataclasses.asdict` gives, without its deep copy)."""
    return dict(vars(fact))


def raw_text(value) -> str | None:
    """Every value as text that DuckDB casts exactly: Decimals never go through float."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return str(value)


_TYPE_CACHE: dict[tuple[str, str], str] = {}


def _type_of(connection, table: str, column: str) -> str:
    key = (table, column)
    if key not in _TYPE_CACHE:
        for name, data_type in connection.execute(
                "select column_name, data_type from information_schema.columns "
                "where table_schema = 'raw' and table_name = ?", [table]).fetchall():
            _TYPE_CACHE[(table, name)] = data_type
    return _TYPE_CACHE[key]
