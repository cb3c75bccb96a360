"""Read-only SQL for analysts: only queries (and DESCRIBE / SHOW / SUMMARIZE) pass, checked by
sqlglot before DuckDB sees them."""

from __future__ import annotations

import logging
import re

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, SqlglotError

# DESCRIBE, SHOW and SUMMARIZE only read (what they describe is checked like any query)
_ALLOWED_ROOTS = (exp.Select, exp.Union, exp.Intersect, exp.Except, exp.Values, exp.Describe, exp.Show,
                  exp.Summarize)
_FORBIDDEN_NODES = (exp.Insert, exp.Update, exp.Delete, exp.Drop, exp.Create, exp.Alter, exp.Merge,
                    exp.Command, exp.Pragma, exp.Set, exp.Copy, exp.Attach, exp.Detach, exp.Use,
                    exp.TruncateTable, exp.Into, exp.Transaction, exp.Commit, exp.Rollback)
_FILE_FUNCTIONS = ("read_", "glob", "parquet_", "sniff_csv", "_scan", "load_", "httpfs", "query_table",
                   "iceberg", "delta_")
# functions that run SQL given as text: whatever the text says would bypass this guard
_SQL_TEXT_FUNCTIONS = ("query", "query_table", "json_execute_serialized_sql")
MAX_SQL_CHARS = 100_000
MAX_NESTING = 40  # parentheses: sqlglot recurses per level, and 200 levels never end


_FILE_LIKE = re.compile(r"[/\\]|\.(csv|tsv|parquet|json|jsonl|ndjson|txt|gz|zst|xlsx|duckdb|db)$", re.I)
logging.getLogger("sqlglot").setLevel(logging.ERROR)


class QueryRefused(Exception):
    """The SQL is not a plain query (or cannot be parsed); nothing was sent to the database."""


def check_query(sql: str) -> str:
    """Return the SQL unchanged when it is one read-only query; raise QueryRefused otherwise."""
    if not sql or not sql.strip():
        raise QueryRefused("empty SQL")
    if len(sql) > MAX_SQL_CHARS:
        raise QueryRefused(f"the SQL is {len(sql)} characters long (at most {MAX_SQL_CHARS})")
    if (depth := _nesting(sql)) > MAX_NESTING:
        raise QueryRefused(f"parentheses nested {depth} deep (at most {MAX_NESTING})")
    try:
        statements = [s for s in sqlglot.parse(sql, read="duckdb") if s is not None]
    except ParseError as error:
        raise QueryRefused(f"cannot parse the SQL: {_parse_error(error)}") from None
    except (SqlglotError, RecursionError) as error:  # TokenError: an unterminated string, …
        raise QueryRefused(f"cannot parse the SQL: {error}") from None
    if len(statements) != 1:
        raise QueryRefused(f"one statement at a time, got {len(statements)}")
    statement = statements[0]
    root = statement.this if isinstance(statement, exp.Subquery) else statement
    if not isinstance(root, _ALLOWED_ROOTS):
        raise QueryRefused(f"only queries (SELECT …) are allowed, not {_kind(root)}")
    if isinstance(root, (exp.Describe, exp.Summarize)) and not _describes_a_table_or_query(root.this):
        raise QueryRefused(f"{_kind(root)} takes a table or a query")
    for node in statement.walk():
        if isinstance(node, _FORBIDDEN_NODES):
            raise QueryRefused(f"only queries are allowed; found {_kind(node)} inside the statement")
        if isinstance(node, (exp.Anonymous, exp.Func)):
            name = (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).lower()
            if name in _SQL_TEXT_FUNCTIONS:
                raise QueryRefused(f"{name}() runs SQL given as text: not allowed")
            if any(token in name for token in _FILE_FUNCTIONS):
                raise QueryRefused(f"reading files from a query is not allowed ({name})")
        if isinstance(node, exp.Table) and _FILE_LIKE.search(node.name or ""):
            raise QueryRefused("reading files from a query is not allowed (a file path used as a table)")
    return sql


def _describes_a_table_or_query(target) -> bool:
    if isinstance(target, exp.Table):
        return isinstance(target.this, exp.Identifier)
    return isinstance(target, (exp.Select, exp.Union, exp.Intersect, exp.Except, exp.Subquery))


def _kind(node: exp.Expression) -> str:
    if isinstance(node, exp.Command):
        return str(node.this).upper()
    return node.key.upper()


def _parse_error(error: ParseError) -> str:
    """The parser's message with where it stopped (line and column)."""
    if not error.errors:
        return str(error)
    first = error.errors[0]
    where = f" at line {first['line']}, column {first['col']}" if first.get("line") else ""
    return f"{first['description']}{where}"


def _nesting(sql: str) -> int:
    """The deepest nesting of parentheses outside quoted text."""
    depth = deepest = 0
    quote = None
    for char in sql:
        if quote:
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif char == ")":
            depth -= 1
    return deepest
