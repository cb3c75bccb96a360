"""Taking documents out of the warehouse: `budgetwh remove DOCUMENT` and `build --sync`.

A document's rows leave every raw table together; raw.ingest_log keeps what happened to its file
and gains a `removed` row saying why. The marts are then rebuilt in full (their incremental
models only ever add documents), so nothing of the document is left anywhere.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import duckdb

from ingest.schema import DOCUMENT_TABLES


class NoSuchDocument(Exception):
    """The selector matches no document, or several."""


def find_document(connection, selector: str) -> tuple[str, str]:
    """(document_id, source_file) of the one document whose id is `selector` or whose file name
    contains it."""
    rows = connection.execute("""
        select document_id, source_file from raw.documents
        where document_id = ? or source_file like '%' || ? || '%' order by source_file""",
                              [selector, selector]).fetchall()
    exact = [row for row in rows if row[0] == selector]
    if exact:
        return exact[0]
    if not rows:
        raise NoSuchDocument(f"no document has the id {selector!r} or a file name containing it")
    if len(rows) > 1:
        listed = "; ".join(f"{document_id} {source_file}" for document_id, source_file in rows[:10])
        raise NoSuchDocument(f"{len(rows)} documents match {selector!r}: {listed} — give the document_id")
    return rows[0]


def documents_not_in(connection, sha256s: set[str]) -> list[tuple[str, str]]:
    """(document_id, source_file) of the documents whose bytes are none of the given files'."""
    rows = connection.execute("select document_id, source_file, sha256 from raw.documents").fetchall()
    return [(document_id, source_file) for document_id, source_file, sha in rows if sha not in sha256s]


def remove_documents(connection: duckdb.DuckDBPyConnection, documents: list[tuple[str, str]], reason: str) -> None:
    """Delete the documents' rows from every raw table and log one `removed` row each."""
    if not documents:
        return
    ids = [document_id for document_id, _ in documents]
    run_id = uuid.uuid4().hex[:12]
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    connection.execute("begin")
    for table in (*DOCUMENT_TABLES, "documents"):
        connection.execute(f"delete from raw.{table} where document_id in (select unnest(?::varchar[]))", [ids])
    connection.executemany(
        "insert into raw.ingest_log (run_id, path, status, reason, document_id, logged_at) values (?, ?, ?, ?, ?, ?)",
        [[run_id, source_file, "removed", reason, document_id, now] for document_id, source_file in documents])
    connection.execute("commit")
