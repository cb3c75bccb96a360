"""DDL of the `raw` schema: what ingest writes, one table per fact family.

docs/facts.md describes every column. Tables are keyed on `document_id`: a document's facts are
written (or replaced) together, so re-ingesting the same bytes changes nothing.
"""

from __future__ import annotations

RAW_TABLES: dict[str, str] = {
    "documents": """
        document_id varchar primary key,
        source_file varchar not null,
        sha256 varchar not null,
        size_bytes bigint not null,
        title varchar,
        province varchar,
        city varchar,
        county varchar,
        admin_code varchar,
        admin_code_reason varchar,
        department varchar,
        fiscal_year integer,
        doc_kind varchar,
        doc_kind_reason varchar,
        budget_level varchar,
        amount_unit_reported varchar not null,
        encoding varchar,
        input_format varchar,
        n_lines integer,
        content_key varchar,
        parser_version varchar not null,
        ingested_at timestamp not null
    """,
    "budget_lines": """
        document_id varchar not null,
        fact_index integer not null,
        classification varchar not null,
        code varchar,
        code_reason varchar,
        reported_code varchar,
        reported_name varchar,
        parent_names varchar,
        level integer,
        flow varchar not null,
        spending_type varchar not null,
        fund_scope varchar not null,
        measure varchar not null,
        amount decimal(18, 2) not null,
        unit varchar not null,
        amount_wan decimal(18, 6) not null,
        printed_rate_pct decimal(10, 2),
        source_kind varchar not null,
        source_table varchar,
        source_line integer not null
    """,
    "document_metrics": """
        document_id varchar not null,
        fact_index integer not null,
        metric varchar not null,
        measure varchar not null,
        value decimal(18, 6) not null,
        unit varchar not null,
        value_reported decimal(18, 2) not null,
        unit_reported varchar not null,
        derivation varchar,
        printed_pct decimal(10, 4),
        printed_pct_kind varchar,
        printed_pct_decimals integer,
        pct_base_metric varchar,
        pct_base_value decimal(18, 6),
        stated_change decimal(18, 6),
        source_kind varchar not null,
        source_table varchar,
        source_line integer not null
    """,
    "projects": """
        document_id varchar not null,
        fact_index integer not null,
        project_code varchar,
        project_name varchar not null,
        budget_initial decimal(18, 6),
        budget_adjusted decimal(18, 6),
        executed decimal(18, 6),
        execution_rate decimal(10, 2),
        score decimal(10, 2),
        weight decimal(10, 2),
        unit varchar not null,
        source_kind varchar not null,
        source_line integer not null
    """,
    "performance_indicators": """
        document_id varchar not null,
        fact_index integer not null,
        project_name varchar,
        level1 varchar,
        level2 varchar,
        indicator varchar not null,
        operator varchar,
        target_value decimal(18, 4),
        target_text varchar,
        unit varchar,
        actual_value decimal(18, 4),
        actual_text varchar,
        weight decimal(10, 2),
        score decimal(10, 2),
        source_line integer not null
    """,
    "form_answers": """
        document_id varchar not null,
        fact_index integer not null,
        question varchar not null,
        answer varchar,
        answer_text varchar,
        source_line integer not null
    """,
    "disclosure_items": """
        document_id varchar not null,
        fact_index integer not null,
        item varchar not null,
        is_present boolean not null,
        source_line integer
    """,
    "document_lines": """
        document_id varchar not null,
        line_number integer not null,
        page integer,
        text varchar not null
    """,
    "ingest_log": """
        run_id varchar not null,
        path varchar not null,
        sha256 varchar,
        size_bytes bigint,
        status varchar not null,
        reason varchar,
        document_id varchar,
        n_budget_lines integer,
        n_metrics integer,
        n_projects integer,
        n_indicators integer,
        seconds double,
        logged_at timestamp not null
    """,
}

FACT_TABLES = ("budget_lines", "document_metrics", "projects", "performance_indicators", "form_answers",
               "disclosure_items")
# What a document brings besides its `documents` row, replaced with it: its facts and its text.
DOCUMENT_TABLES = (*FACT_TABLES, "document_lines")


def create_raw_schema(connection) -> None:
    """Create schema `raw` and its tables if missing, and add the columns a newer parser writes to
    tables an older one created (idempotent)."""
    connection.execute("create schema if not exists raw")
    existing = set(connection.execute(
        "select table_name, column_name from information_schema.columns where table_schema = 'raw'").fetchall())
    for table, columns in RAW_TABLES.items():
        connection.execute(f"create table if not exists raw.{table} ({columns})")
        if not any(known_table == table for known_table, _ in existing):
            continue  # just created with every column
        for name, data_type in column_definitions(table):
            if (table, name) not in existing:
                connection.execute(f"alter table raw.{table} add column {name} {data_type}")
    _drop_relaxed_not_null(connection)


# Columns an older parser declared NOT NULL and a newer one may leave NULL (with a reason).
RELAXED_NOT_NULL = [("documents", "doc_kind")]


def _drop_relaxed_not_null(connection) -> None:
    for table, column in RELAXED_NOT_NULL:
        nullable = connection.execute(
            "select is_nullable from information_schema.columns where table_schema = 'raw' "
            "and table_name = ? and column_name = ?", [table, column]).fetchone()
        if nullable and nullable[0] == "NO":
            connection.execute(f"alter table raw.{table} alter column {column} drop not null")


def column_definitions(table: str) -> list[tuple[str, str]]:
    """(name, type) of a raw table's columns, in DDL order: `amount decimal(18, 2) not null` →
    ('amount', 'decimal(18, 2)'). Constraints are dropped, since a column added to a table with rows
    can hold no NOT NULL without a default."""
    definitions = []
    for line in filter(str.strip, RAW_TABLES[table].strip().splitlines()):
        words = line.strip().rstrip(",").split()
        kept = []
        for word in words[1:]:
            if word.lower() in ("not", "null", "primary", "key"):
                break
            kept.append(word)
        definitions.append((words[0], " ".join(kept)))
    return definitions


def column_names(table: str) -> list[str]:
    """Column names of a raw table, in DDL order."""
    return [name for name, _ in column_definitions(table)]
