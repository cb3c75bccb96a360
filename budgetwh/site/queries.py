"""What the site reads from the warehouse: plain rows (dicts) for the templates, nothing rendered.

Columns added to the marts since a warehouse was built (fact_id, source_fact_id, raw.document_lines)
may be missing from an older file: every query asks the catalog first and does without them.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

import duckdb

# Fact families: the mart, the raw table whose name is part of fact_id, and the columns shown.
FAMILIES = {
    "budget_lines": ("fct_budget_line", "budget_lines"),
    "metrics": ("fct_document_metric", "document_metrics"),
    "projects": ("fct_project", "projects"),
    "indicators": ("fct_performance_indicator", "performance_indicators"),
}

_FAMILY_COLUMNS = {
    "budget_lines": ["classification", "code", "reported_code", "name", "reported_name", "flow", "spending_type",
                     "fund_scope", "measure", "amount_wan", "amount_reported", "unit_reported", "source_kind",
                     "is_chosen"],
    "metrics": ["metric", "measure", "value", "unit", "value_reported", "unit_reported", "source_kind",
                "is_chosen"],
    "projects": ["project_code", "project_name", "budget_initial_wan", "budget_adjusted_wan", "executed_wan",
                 "execution_rate", "score"],
    "indicators": ["project_name", "level1", "level2", "indicator", "operator", "target_value", "target_text",
                   "unit", "actual_value", "actual_text", "weight", "score"],
}


def columns_of(connection: duckdb.DuckDBPyConnection, schema: str, table: str) -> set[str]:
    rows = connection.execute("select column_name from information_schema.columns "
                              "where table_schema = ? and table_name = ?", [schema, table]).fetchall()
    return {row[0] for row in rows}


def rows(connection: duckdb.DuckDBPyConnection, sql: str, parameters: list | None = None) -> list[dict]:
    cursor = connection.execute(sql, parameters or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _select_list(available: set[str], wanted: list[str]) -> str:
    """The wanted columns, NULL for those this warehouse lacks (templates need not care)."""
    return ", ".join(name if name in available else f"null as {name}" for name in wanted)


def _fact_id_expression(available: set[str], raw_table: str) -> str:
    if "fact_id" in available:
        return "fact_id"
    return f"document_id || ':{raw_table}:' || fact_index"


def region_label(province, city, county) -> str:
    return " ".join(part for part in (province, city, county) if part) or "unknown region"


def region_key(admin_code) -> str:
    """File name of a region's page: its admin code, or one page for every unresolved region."""
    return admin_code if admin_code and re.fullmatch(r"[0-9A-Za-z]+", admin_code) else "unresolved"


def department_key(admin_code, department) -> str:
    """A short, file-safe name for a department (admin code + name, which may be anything)."""
    return hashlib.sha1(f"{admin_code}\x1f{department}".encode()).hexdigest()[:12]


# --- documents ---------------------------------------------------------------------------------

def documents(connection) -> list[dict]:
    """One row per document with its fact count and failed checks, in the order the index lists them."""
    counts = " union all ".join(f"select document_id, count(*) as n from marts.{mart} group by document_id"
                                for mart, _ in FAMILIES.values())
    available = columns_of(connection, "marts", "dim_document")
    metadata = _select_list(available, ["title", "source_file", "province", "city", "county", "admin_code",
                                        "department", "fiscal_year", "doc_kind", "doc_kind_reason",
                                        "budget_level", "amount_unit_reported", "input_format", "line_count",
                                        "parser_version", "ingested_at", "sha256"])
    found = rows(connection, f"""
        with facts as (select document_id, sum(n) as n from ({counts}) group by document_id),
        checks as (select document_id, count(*) filter (where not passed) as failed, count(*) as total
                   from marts.mart_reconciliation group by document_id)
        select d.document_id, {metadata},
               coalesce(facts.n, 0)::bigint as fact_count,
               coalesce(checks.failed, 0)::bigint as failed_checks,
               coalesce(checks.total, 0)::bigint as check_count
        from marts.dim_document d
        left join facts using (document_id)
        left join checks using (document_id)
        order by d.province nulls last, d.city nulls last, d.county nulls last, d.department nulls last,
                 d.fiscal_year nulls last, d.document_id""")
    for document in found:
        document["region"] = region_label(document["province"], document["city"], document["county"])
        document["region_key"] = region_key(document["admin_code"])
    return found


def regions(documents_: list[dict]) -> list[dict]:
    """Regions with their documents (from the list already read: no second query)."""
    by_key: dict[str, dict] = {}
    for document in documents_:
        key = document["region_key"]
        region = by_key.setdefault(key, {"key": key, "admin_code": document["admin_code"] if key != "unresolved"
                                         else None, "label": document["region"], "documents": [], "years": set()})
        region["documents"].append(document)
        if document["fiscal_year"] is not None:
            region["years"].add(document["fiscal_year"])
    for region in by_key.values():
        if region["key"] == "unresolved":
            region["label"] = "region not resolved (no admin code)"
        region["years"] = sorted(region["years"])
    return sorted(by_key.values(), key=lambda r: (r["key"] == "unresolved", r["label"]))


# --- one document: facts, lines, contradictions -------------------------------------------------

@dataclass
class DocumentDetail:
    facts: dict[str, list[dict]] = field(default_factory=dict)
    lines: list[dict] = field(default_factory=list)
    contradictions: list[dict] = field(default_factory=list)


def lines_source(connection) -> str | None:
    """The query of a batch's text lines: the mart when the warehouse has it, else the raw table,
    else None (a warehouse built before the text was kept)."""
    if {"line_number", "page", "line_text"} <= columns_of(connection, "marts", "dim_document_line"):
        return "select document_id, line_number, page, line_text as text from marts.dim_document_line"
    if columns_of(connection, "raw", "document_lines"):
        return "select document_id, line_number, page, text from raw.document_lines"
    return None


def details(connection, document_ids: list[str], lines: str | None) -> dict[str, DocumentDetail]:
    """Facts, source lines and failed checks of a batch of documents, one query per table."""
    found = {document_id: DocumentDetail() for document_id in document_ids}
    for family, (mart, raw_table) in FAMILIES.items():
        for document_id in found:
            found[document_id].facts[family] = []
        for fact in _facts(connection, mart, raw_table, family, document_ids):
            found[fact["document_id"]].facts[family].append(fact)
    if lines:
        for line in rows(connection, f"""
                select * from ({lines}) where document_id in (select unnest(?::varchar[]))
                order by document_id, line_number""", [document_ids]):
            found[line["document_id"]].lines.append(line)
    for check in _failed_checks(connection, document_ids):
        found[check["document_id"]].contradictions.append(check)
    for detail in found.values():
        mark_contradicted_facts(detail)
    return found


def _facts(connection, mart: str, raw_table: str, family: str, document_ids: list[str]) -> list[dict]:
    available = columns_of(connection, "marts", mart)
    return rows(connection, f"""
        select document_id, {_fact_id_expression(available, raw_table)} as fact_id, source_line,
               {_select_list(available, _FAMILY_COLUMNS[family])}
        from marts.{mart}
        where document_id in (select unnest(?::varchar[]))
        order by document_id, source_line, fact_index""", [document_ids])


def _failed_checks(connection, document_ids: list[str]) -> list[dict]:
    available = columns_of(connection, "marts", "mart_reconciliation")
    return rows(connection, f"""
        select document_id, check_name, subject, expected_value, actual_value, difference, detail,
               {_select_list(available, ["fact_ids"])}
        from marts.mart_reconciliation
        where not passed and document_id in (select unnest(?::varchar[]))
        order by document_id, check_name, subject""", [document_ids])


_LINE = re.compile(r"\bline (\d+)")


def mark_contradicted_facts(detail: DocumentDetail) -> None:
    """Give each failed check the facts it reads (its fact_ids) and the lines its words cite ("table
    line 199 vs sentence line 371"), and each such fact the numbers of its failed checks."""
    by_id = {fact["fact_id"]: fact for facts in detail.facts.values() for fact in facts}
    for number, check in enumerate(detail.contradictions, start=1):
        check["number"] = number
        cited = (check.get("fact_ids") or "").split(",")
        check["facts"] = [by_id[fact_id] for fact_id in cited if fact_id in by_id]
        check["lines"] = sorted({int(n) for n in _LINE.findall(f"{check['subject']} {check['detail'] or ''}")})
        for fact in check["facts"]:
            fact.setdefault("checks", []).append(number)


# --- comparisons ---------------------------------------------------------------------------------

def function_comparison(connection) -> list[dict]:
    available = columns_of(connection, "marts", "mart_function_comparison")
    found = rows(connection, f"""
        select fiscal_year, function_code, function_level, function_name, province, city, county, admin_code,
               department, document_id, fund_scope, amount_wan, share_of_department_total, change_ratio,
               rank_among_regions, {_select_list(available, ["source_fact_id", "is_rolled_up"])}
        from marts.mart_function_comparison
        order by fiscal_year, function_code, amount_wan desc nulls last, document_id""")
    for row in found:
        row["region"] = region_label(row["province"], row["city"], row["county"])
    return found


def scorecards(connection) -> list[dict]:
    """mart_department_scorecard, with the fact id of each document's stated 三公 total."""
    metric_columns = columns_of(connection, "marts", "fct_document_metric")
    chosen = "and is_chosen" if "is_chosen" in metric_columns else ""
    found = rows(connection, f"""
        with three_public as (
            select document_id, min({_fact_id_expression(metric_columns, 'document_metrics')}) as fact_id
            from marts.fct_document_metric
            where metric = 'three_public_total' and measure = 'actual' {chosen}
            group by document_id)
        select s.*, three_public.fact_id as three_public_fact_id
        from marts.mart_department_scorecard s left join three_public using (document_id)
        order by s.fiscal_year, s.province nulls last, s.city nulls last, s.county nulls last, s.department""")
    for row in found:
        row["region"] = region_label(row["province"], row["city"], row["county"])
        row["department_key"] = department_key(row["admin_code"], row["department"])
    return found


def function_classes_by_document(connection) -> list[dict]:
    """Level-1 function expenditure (类) per document: what the department-across-years chart stacks."""
    available = columns_of(connection, "marts", "fct_budget_line")
    chosen = "and is_chosen" if "is_chosen" in available else ""
    return rows(connection, f"""
        select document_id, code, name, fund_scope, sum(amount_wan) as amount_wan,
               min({_fact_id_expression(available, 'budget_lines')}) as fact_id
        from marts.fct_budget_line
        where classification = 'function' and level = 1 and flow = 'expenditure' and spending_type = 'total'
              and measure = 'actual' {chosen}
        group by all order by document_id, code""")


_EXECUTION_FACTS = ["budget_fact_id", "unit_budget_fact_id", "accounts_budget_initial_fact_id",
                    "accounts_budget_adjusted_fact_id", "actual_fact_id"]


def budget_execution(connection) -> list[dict]:
    """Rows of mart_budget_execution that have a budget to execute (部门预算, or the one the final
    accounts print beside the actuals)."""
    available = columns_of(connection, "marts", "mart_budget_execution")
    found = rows(connection, f"""
        select fiscal_year, admin_code, department, fund_scope, function_code, function_level, function_name,
               budget_wan, unit_budget_wan, accounts_budget_initial_wan, accounts_budget_adjusted_wan, actual_wan,
               actual_minus_budget_wan, execution_rate_pct, execution_rate_adjusted_pct, budget_document_id,
               unit_budget_document_id, accounts_document_id, {_select_list(available, _EXECUTION_FACTS)}
        from marts.mart_budget_execution
        where coalesce(budget_wan, unit_budget_wan, accounts_budget_initial_wan, accounts_budget_adjusted_wan)
              is not null
        order by fiscal_year, admin_code nulls last, department, fund_scope, function_code""")
    for row in found:
        row["department_key"] = department_key(row["admin_code"], row["department"])
    return found
