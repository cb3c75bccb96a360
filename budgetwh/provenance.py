"""From a number to the line it came from: what `budgetwh show` and `budgetwh trace` print.

Every fact row carries a `fact_id`, `<document_id>:<raw table>:<fact_index>` (macros/fact_id.sql
writes it in SQL; `fact_id` here is the same rule), its `source_line` is a line_number of
`marts.dim_document_line`, and marts cite their facts in `source_fact_id`, `*_fact_id` or
`fact_ids` (comma-separated) columns. All reads go through a read-only connection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from budgetwh.query import QueryRefused, check_query


@dataclass(frozen=True)
class Family:
    """A fact family: its raw table (the middle part of a fact_id), where the warehouse shows its
    facts, the columns that say what a fact is and those that hold its figures."""

    table: str
    relation: str
    describes: tuple[str, ...]
    figures: tuple[str, ...]

    @property
    def columns(self) -> tuple[str, ...]:
        return self.describes + self.figures


FAMILIES = {family.table: family for family in (
    Family("budget_lines", "marts.fct_budget_line",
           ("code", "name", "reported_name", "flow", "spending_type", "fund_scope", "measure"),
           ("amount_reported", "unit_reported", "amount_wan")),
    Family("document_metrics", "marts.fct_document_metric", ("metric", "measure"),
           ("value_reported", "unit_reported", "value", "unit")),
    Family("projects", "marts.fct_project", ("project_name",),
           ("budget_initial_wan", "budget_adjusted_wan", "executed_wan", "execution_rate", "score")),
    Family("performance_indicators", "marts.fct_performance_indicator", ("project_name", "indicator"),
           ("target_text", "actual_text", "weight", "score")),
    Family("form_answers", "staging.stg_form_answers", ("question",), ("answer", "answer_text")),
)}

_FACT_ID = re.compile(r"^([0-9a-f]{16}):([a-z_]+):([0-9]+)$")
_CITING_COLUMN = re.compile(r"^(source_fact_id|fact_ids|[a-z_]+_fact_id)$")
_CONTEXT_LINES = 3
_CHECK_COLUMNS = "check_name, subject, expected_value, actual_value, difference, passed, detail, fact_ids"


class NotFound(Exception):
    """The document, fact or mart asked for is not in the warehouse."""


def fact_id(document_id: str, table: str, fact_index: int) -> str:
    return f"{document_id}:{table}:{fact_index}"


def parse_fact_id(text: str) -> tuple[str, Family, int]:
    """(document_id, family, fact_index) of a fact_id; NotFound with the expected shape."""
    match = _FACT_ID.match(text.strip())
    if not match or match.group(2) not in FAMILIES:
        raise NotFound(f"not a fact id: {text!r} (expected DOCUMENT_ID:FAMILY:INDEX, FAMILY one of "
                       f"{', '.join(FAMILIES)}; e.g. 4fae287c1d48d8b6:budget_lines:12)")
    return match.group(1), FAMILIES[match.group(2)], int(match.group(3))


def find_document(connection, selector: str) -> dict:
    """The one document whose id is `selector`, or whose id or file name contains it."""
    rows = _records(connection, """
        select * from marts.dim_document
        where document_id = ? or document_id like '%' || ? || '%' or source_file like '%' || ? || '%'
        order by source_file""", [selector] * 3)
    exact = [row for row in rows if row["document_id"] == selector]
    if exact:
        return exact[0]
    if not rows:
        raise NotFound(f"no document has an id or file name containing {selector!r}")
    if len(rows) > 1:
        listed = "; ".join(f"{row['document_id']} {row['source_file']}" for row in rows[:10])
        raise NotFound(f"{len(rows)} documents match {selector!r}: {listed} — give more of the id or name")
    return rows[0]


def show_document(connection, selector: str) -> dict:
    """A document's metadata, its facts by family (with their lines), and its failed checks."""
    document = find_document(connection, selector)
    document_id = document["document_id"]
    facts = {}
    for family in FAMILIES.values():
        columns = ", ".join(("fact_id", "source_line", *family.columns))
        facts[family.table] = _records(
            connection, f"select {columns} from {family.relation} where document_id = ? order by fact_index",
            [document_id])
    return {"document": document, "facts": facts, "failed_checks": failed_checks(connection, document_id)}


def failed_checks(connection, document_id: str, fact: str | None = None) -> list[dict]:
    """Failed rows of mart_reconciliation for a document (those citing `fact` only, if given)."""
    sql = f"select {_CHECK_COLUMNS} from marts.mart_reconciliation where document_id = ? and not passed"
    parameters = [document_id]
    if fact is not None:
        sql += " and list_contains(string_split(fact_ids, ','), ?)"
        parameters.append(fact)
    return _records(connection, sql + " order by check_name, subject", parameters)


def trace_fact(connection, text: str, context: int = _CONTEXT_LINES) -> dict:
    """The fact, the lines around its source line, and every check that involves it."""
    document_id, family, index = parse_fact_id(text)
    identifier = fact_id(document_id, family.table, index)
    found = _records(connection, f"select * from {family.relation} where fact_id = ?", [identifier])
    if not found:
        raise NotFound(f"no fact {identifier} in the warehouse (rebuilt since? `budgetwh show {document_id}` lists its facts)")
    fact = found[0]
    line = fact["source_line"]
    lines = _records(connection, """
        select line_number, page, line_text from marts.dim_document_line
        where document_id = ? and line_number between ? and ? order by line_number""",
                     [document_id, line - context, line + context])
    checks = _records(connection, f"""
        select {_CHECK_COLUMNS}
        from marts.mart_reconciliation
        where document_id = ? and list_contains(string_split(fact_ids, ','), ?)
        order by passed, check_name, subject""", [document_id, identifier])
    return {"fact_id": identifier, "family": family.table, "fact": fact, "source_line": line,
            "source_file": _source_file(connection, document_id), "lines": lines, "checks": checks}


def mart_fact_ids(connection, mart: str, where: str | None, limit: int = 20) -> list[tuple[dict, list[str]]]:
    """Rows of a mart (filtered by a SQL condition) with the fact ids each cites."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", mart):
        raise NotFound(f"not a mart name: {mart!r}")
    citing = [name for name, in connection.execute(
        "select column_name from information_schema.columns where table_schema = 'marts' and table_name = ? "
        "order by ordinal_position", [mart]).fetchall() if _CITING_COLUMN.match(name)]
    if not citing:
        known = [name for name, in connection.execute(
            "select distinct table_name from information_schema.columns where table_schema = 'marts' "
            "and regexp_matches(column_name, '(^|_)fact_ids?$') order by 1").fetchall()]
        raise NotFound(f"marts.{mart} does not exist or cites no facts; marts that do: {', '.join(known)}")
    sql = f"select * from marts.{mart}" + (f" where {where}" if where else "") + f" limit {int(limit)}"
    try:
        check_query(sql)
    except QueryRefused as error:
        raise NotFound(f"--where refused: {error}") from None
    rows = _records(connection, sql, [])
    return [(row, _cited(row, citing)) for row in rows]


def _cited(row: dict, columns: list[str]) -> list[str]:
    ids: list[str] = []
    for column in columns:
        for value in (row.get(column) or "").split(","):
            if value and value not in ids:
                ids.append(value)
    return ids


def _source_file(connection, document_id: str) -> str | None:
    found = connection.execute("select source_file from marts.dim_document where document_id = ?",
                               [document_id]).fetchone()
    return found[0] if found else None


def _records(connection, sql: str, parameters: list) -> list[dict]:
    cursor = connection.execute(sql, parameters)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
