"""mart_reconciliation cites its facts: every check row's fact_ids lists the statements its
expected_value and actual_value were computed from, each a fact_id of a fct table of the row's
report, so an analyst goes from a failed check to its source lines. For a few rows of the samples
the listed facts are checked to be exactly the ones whose values make the row.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

pytestmark = pytest.mark.slow

FACT_TABLES = ("fct_budget_line", "fct_document_metric", "fct_project", "fct_performance_indicator")


def _fact_documents(connection) -> dict[str, str]:
    """fact_id -> document_id of every fact of the fct tables."""
    facts: dict[str, str] = {}
    for table in FACT_TABLES:
        for fact_id, document_id in connection.execute(
                f"select fact_id, document_id from marts.{table}").fetchall():
            assert fact_id not in facts, f"fact_id {fact_id} in two fct tables"
            facts[fact_id] = document_id
    return facts


def _check_rows(connection) -> list[tuple]:
    return connection.execute("""
        select document_id, check_name, subject, detail, fact_ids
        from marts.mart_reconciliation
        order by check_name, document_id, subject""").fetchall()


def _row(connection, source_file: str, check_name: str, subject: str) -> tuple[Decimal, Decimal, list[str]]:
    rows = connection.execute("""
        select checks.expected_value, checks.actual_value, checks.fact_ids
        from marts.mart_reconciliation as checks
        inner join marts.dim_document as documents on checks.document_id = documents.document_id
        where documents.source_file = ? and checks.check_name = ? and checks.subject = ?""",
        [source_file, check_name, subject]).fetchall()
    assert len(rows) == 1, (source_file, check_name, subject, rows)
    expected_value, actual_value, fact_ids = rows[0]
    return expected_value, actual_value, fact_ids.split(",")


def _document_id(connection, source_file: str) -> str:
    return connection.execute("select document_id from marts.dim_document where source_file = ?",
                              [source_file]).fetchone()[0]


def test_every_check_row_cites_facts_of_its_report(built_connection):
    facts = _fact_documents(built_connection)
    rows = _check_rows(built_connection)
    assert rows
    problems = []
    for document_id, check_name, subject, detail, fact_ids in rows:
        where = f"{check_name} / {document_id} / {subject}"
        if not fact_ids:
            problems.append(f"{where}: no fact_ids")
            continue
        ids = fact_ids.split(",")
        if ids != sorted(set(ids)):
            problems.append(f"{where}: fact_ids not sorted and distinct: {fact_ids}")
        documents = {document_id}
        if check_name == "prior_year_restated":  # also cites the earlier report's figure
            documents |= set(re.findall(r"actual of report (\S+) line", detail or ""))
        for fact_id in ids:
            if fact_id not in facts:
                problems.append(f"{where}: {fact_id} is in no fct table")
            elif facts[fact_id] not in documents:
                problems.append(f"{where}: {fact_id} belongs to document {facts[fact_id]}")
    assert not problems, "\n".join(problems[:30])


def test_every_check_of_the_samples_is_covered(built_connection):
    """The samples exercise most checks: each check present has cited rows (the assertion above),
    and none of the common ones is absent (a typo in a check name would hide its rows)."""
    present = {row[0] for row in built_connection.execute(
        "select distinct check_name from marts.mart_reconciliation").fetchall()}
    assert {"function_children_sum", "three_public_parts_sum", "revenue_sources_sum",
            "metric_table_equals_narrative", "project_statements_agree"} <= present


def test_three_public_parts_cite_the_total_and_its_three_parts(built_connection):
    # 000: 三公 1.72 (line 84) vs 0 + 1.11 + 0.64 = 1.75 (line 86), a failed check
    expected_value, actual_value, ids = _row(
        built_connection, "000_4fae287c1d48d8b6.txt", "three_public_parts_sum", "three_public_total actual")
    cited = dict(built_connection.execute(f"""
        select metric, value from marts.fct_document_metric
        where fact_id in ({', '.join('?' for _ in ids)}) and measure = 'actual'""", ids).fetchall())
    assert len(cited) == len(ids) == 4
    assert cited.pop("three_public_total") == expected_value == Decimal("1.72")
    assert set(cited) == {"three_public_outbound", "three_public_vehicle", "three_public_reception"}
    assert sum(cited.values()) == actual_value == Decimal("1.75")
    # and they are the chosen statements of those four figures
    chosen = {row[0] for row in built_connection.execute("""
        select fact_id from marts.fct_document_metric
        where document_id = ? and measure = 'actual' and is_chosen and metric in (
            'three_public_total', 'three_public_outbound', 'three_public_vehicle', 'three_public_reception')""",
        [_document_id(built_connection, "000_4fae287c1d48d8b6.txt")]).fetchall()}
    assert chosen == set(ids)


def test_function_children_sum_cites_the_parent_and_its_children(built_connection):
    # 004, table line 177: 司法 (20406) 616.35 vs 412.64 + 84.69 + 119.01 = 616.34
    source_file = "004_76647baae9ed1fbe.txt"
    expected_value, actual_value, ids = _row(
        built_connection, source_file, "function_children_sum",
        "20406 expenditure all_funds total actual table")
    lines = built_connection.execute("""
        select fact_id, code, parent_code, amount_wan, source_line from marts.fct_budget_line
        where document_id = ? and classification = 'function' and flow = 'expenditure'
            and fund_scope = 'all_funds' and spending_type = 'total' and measure = 'actual'
            and source_kind = 'table' and (code = '20406' or parent_code = '20406')""",
        [_document_id(built_connection, source_file)]).fetchall()
    assert sorted(line[0] for line in lines) == ids  # the parent and every child line, nothing else
    parents = [line for line in lines if line[1] == "20406"]
    children = [line for line in lines if line[2] == "20406"]
    assert len(parents) == 1 and len(children) == 3
    assert parents[0][3] == expected_value == Decimal("616.35")
    assert parents[0][4] == 177
    assert sum(line[3] for line in children) == actual_value == Decimal("616.34")


def test_revenue_sources_cite_the_total_and_the_source(built_connection):
    # 002: 区财政预算安排 267.47 (line 26), nothing else, 合计 264.47 (line 30), a failed check
    expected_value, actual_value, ids = _row(
        built_connection, "002_1f3a69e61e56d541.txt", "revenue_sources_sum", "revenue_total actual")
    cited = built_connection.execute(f"""
        select metric, value, source_line from marts.fct_document_metric
        where fact_id in ({', '.join('?' for _ in ids)})
        order by source_line""", ids).fetchall()
    assert cited == [("revenue_fiscal", actual_value, 26), ("revenue_total", expected_value, 30)]
    assert (expected_value, actual_value) == (Decimal("264.47"), Decimal("267.47"))
