"""Read-only SQL for analysts: only queries pass, checked by sqlglot before DuckDB sees them."""

from __future__ import annotations

import logging
import re

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError

_ALLOWED_ROOTS = (exp.Select, exp.Union, exp.Intersect, exp.Except, exp.Values)
_FORBIDDEN_NODES = (exp.Insert, exp.Update, exp.Delete, exp.Drop, exp.Create, exp.Alter, exp.Merge,
                    exp.Command, exp.Pragma, exp.Set, exp.Copy, exp.Attach, exp.Detach, exp.Use,
                    exp.TruncateTable, exp.Into, exp.Transaction, exp.Commit, exp.Rollback)
_FILE_FUNCTIONS = ("read_", "glob", "parquet_", "sniff_csv", "_scan", "load_", "httpfs", "query_table",
                   "iceberg", "delta_")


_FILE_LIKE = re.compile(r"[/\\]|\.(csv|tsv|parquet|json|jsonl|ndjson|txt|gz|zst|xlsx|duckdb|db)$", re.I)
logging.getLogger("sqlglot").setLevel(logging.ERROR)


class QueryRefused(Exception):
    """The SQL is not a plain query (or cannot be parsed); nothing was sent to the database."""


def check_query(sql: str) -> str:
    """Return the SQL unchanged when it is one read-only query; raise QueryRefused otherwise."""
    if not sql or not sql.strip():
        raise QueryRefused("empty SQL")
    try:
        statements = [s for s in sqlglot.parse(sql, read="duckdb") if s is not None]
    except ParseError as error:
        raise QueryRefused(f"cannot parse the SQL: {error.errors[0]['description'] if error.errors else error}") from None
    if len(statements) != 1:
        raise QueryRefused(f"one statement at a time, got {len(statements)}")
    statement = statements[0]
    root = statement.this if isinstance(statement, exp.Subquery) else statement
    if not isinstance(root, _ALLOWED_ROOTS):
        raise QueryRefused(f"only queries (SELECT …) are allowed, not {_kind(root)}")
    for node in statement.walk():
        if isinstance(node, _FORBIDDEN_NODES):
            raise QueryRefused(f"only queries are allowed; found {_kind(node)} inside the statement")
        if isinstance(node, (exp.Anonymous, exp.Func)):
            name = (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).lower()
            if any(token in name for token in _FILE_FUNCTIONS):
                raise QueryRefused(f"reading files from a query is not allowed ({name})")
        if isinstance(node, exp.Table) and _FILE_LIKE.search(node.name or ""):
            raise QueryRefused("reading files from a query is not allowed (a file path used as a table)")
    return sql


def _kind(node: exp.Expression) -> str:
    if isinstance(node, exp.Command):
        return str(node.this).upper()
    return node.key.upper()
