"""From any number to its source line: fact ids, the document text in the warehouse, the marts'
citations, `budgetwh show` / `budgetwh trace`, and the page of each PDF line."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, strategies as st
from typer.testing import CliRunner

from budgetwh.cli import app
from ingest.normalize import compact, normalise_text
from budgetwh.provenance import FAMILIES, fact_id
from ingest.readers.pdf_pages import line_pages

from tests.conftest import SAMPLES_DIR
from tests.real_facts import REALDOCS_DIR

runner = CliRunner()
skip_without_realdocs = pytest.mark.skipif(
    not REALDOCS_DIR.is_dir(),
    reason=f"real documents not available: {REALDOCS_DIR} is absent (they are never copied into the project)")

# Marts that report numbers, and the columns in which they cite their facts.
CITING_MARTS = {
    "mart_function_comparison": ["source_fact_id", "fact_ids"],
    "mart_budget_execution": ["budget_fact_id", "unit_budget_fact_id", "accounts_budget_initial_fact_id",
                              "accounts_budget_adjusted_fact_id", "actual_fact_id", "fact_ids"],
    "mart_department_scorecard": ["fact_ids"],
    "mart_reconciliation": ["fact_ids"],
}


def _all_facts(connection) -> dict[str, tuple]:
    """fact_id → (document_id, family, source_line) over every fact relation."""
    facts = {}
    for family in FAMILIES.values():
        for identifier, document_id, index, line in connection.execute(
                f"select fact_id, document_id, fact_index, source_line from {family.relation}").fetchall():
            assert identifier == fact_id(document_id, family.table, index), "SQL and Python spell fact ids alike"
            facts[identifier] = (document_id, family.table, line)
    return facts


def test_fact_ids_are_unique_and_follow_the_one_rule(built_connection):
    facts = _all_facts(built_connection)
    rows = sum(built_connection.execute(f"select count(*) from {f.relation}").fetchone()[0] for f in FAMILIES.values())
    assert len(facts) == rows > 800


def test_every_source_line_is_a_line_of_its_document_in_the_warehouse(built_connection):
    missing = built_connection.execute("""
        select facts.fact_id from marts.fct_budget_line as facts
        left join marts.dim_document_line as lines
            on facts.document_id = lines.document_id and facts.source_line = lines.line_number
        where lines.line_number is null""").fetchall()
    assert not missing
    total = built_connection.execute("select count(*) from marts.dim_document_line").fetchone()[0]
    files = sum(len(path.read_text(encoding="utf-8").split("\n")) for path in SAMPLES_DIR.glob("*.txt"))
    assert total == files, "every line of every sample is kept"


_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def _numbers_in(text: str) -> set[Decimal]:
    return {Decimal(match.replace(",", "")) for match in _NUMBER.findall(text)}


def test_each_printed_amount_stands_on_its_source_line(built_connection):
    """The line a fact cites holds the figure it records (amounts as printed, in their unit)."""
    rows = built_connection.execute("""
        select facts.fact_id, facts.amount_reported, lines.line_text
        from marts.fct_budget_line as facts
        inner join marts.dim_document_line as lines
            on facts.document_id = lines.document_id and facts.source_line = lines.line_number
        union all
        select facts.fact_id, facts.value_reported, lines.line_text
        from marts.fct_document_metric as facts
        inner join marts.dim_document_line as lines
            on facts.document_id = lines.document_id and facts.source_line = lines.line_number
        where facts.derivation is null""").fetchall()
    assert len(rows) > 600
    elsewhere = [(identifier, value) for identifier, value, text in rows if value not in _numbers_in(text)]
    assert not elsewhere, elsewhere[:10]


@pytest.mark.parametrize("mart", sorted(CITING_MARTS))
def test_every_mart_row_cites_facts_of_its_documents(built_connection, mart):
    facts = _all_facts(built_connection)
    columns = CITING_MARTS[mart]
    cursor = built_connection.execute(f"select * from marts.{mart}")
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    assert rows, f"{mart} is empty on the samples"
    for row in rows:
        cited = {value for column in columns for value in (row[column] or "").split(",") if value}
        assert cited, (mart, row)
        assert cited <= facts.keys(), (mart, cited - facts.keys())
        documents = {value for name, value in row.items() if name.endswith("document_id") and value}
        assert {facts[value][0] for value in cited} <= documents, (mart, row)


def test_a_comparison_number_traces_to_the_sentence_that_states_it(built_warehouse):
    """西区司法局 2020: 行政运行 441.29 万元 stands on line 65 of the sample (read from the file)."""
    sample = next(SAMPLES_DIR.glob("000_*.txt")).read_text(encoding="utf-8").split("\n")
    assert "441.29" in sample[64] and "行政运行" in sample[64]
    result = runner.invoke(app, ["trace", "--mart", "mart_function_comparison", "--where",
                                 "function_code = '2040601' and amount_wan = 441.29", "--db", str(built_warehouse),
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.output)
    (traced,) = item["traces"]
    assert traced["source_line"] == 65 and traced["source_file"].startswith("000_")
    own = [line for line in traced["lines"] if line["line_number"] == 65]
    assert own and "441.29" in own[0]["line_text"]
    assert [line["line_number"] for line in traced["lines"]] == list(range(62, 69))


def _one(path: Path, sql: str, parameters=()):
    """One value, on a connection closed before the CLI opens its own (DuckDB refuses two
    connections to one file with different settings in one process)."""
    with duckdb.connect(str(path), read_only=True) as connection:
        return connection.execute(sql, list(parameters)).fetchone()[0]


def test_trace_shows_the_checks_a_fact_takes_part_in(built_warehouse):
    identifier = _one(built_warehouse, """
        select min(value) from (select unnest(string_split(fact_ids, ',')) as value
                                from marts.mart_reconciliation where check_name = 'three_public_parts_sum')""")
    result = runner.invoke(app, ["trace", identifier, "--db", str(built_warehouse), "--format", "json"])
    assert result.exit_code == 0, result.output
    traced = json.loads(result.output)
    assert "three_public_parts_sum" in {check["check_name"] for check in traced["checks"]}
    text = runner.invoke(app, ["trace", identifier, "--db", str(built_warehouse)])
    assert text.exit_code == 0 and "three_publi" in text.output and "> " in text.output


def test_show_lists_a_document_by_a_part_of_its_file_name(built_warehouse):
    result = runner.invoke(app, ["show", "000_4fae", "--db", str(built_warehouse), "--format", "json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    assert shown["document"]["department"] == "西区司法局"
    lines = {fact["source_line"] for fact in shown["facts"]["budget_lines"]}
    assert 65 in lines
    failed = _one(built_warehouse, "select count(*) from marts.mart_reconciliation where document_id = ? and not passed",
                  [shown["document"]["document_id"]])
    assert len(shown["failed_checks"]) == failed
    text = runner.invoke(app, ["show", "000_4fae", "--db", str(built_warehouse)])
    assert text.exit_code == 0 and "budget_lines:4" in text.output


@pytest.mark.parametrize("arguments, message", [
    (["show", "_"], "documents match"),
    (["show", "no-such-report"], "no document"),
    (["trace", "not-an-id"], "not a fact id"),
    (["trace", "0123456789abcdef:budget_lines:0"], "no fact"),
    (["trace"], "give a FACT_ID"),
    (["trace", "--mart", "dim_region"], "cites no facts"),
    (["trace", "--mart", "mart_function_comparison", "--where", "1=1; drop table x"], "refused"),
])
def test_clear_errors(built_warehouse, arguments, message):
    result = runner.invoke(app, [*arguments, "--db", str(built_warehouse)])
    assert result.exit_code != 0
    assert message in result.output


# ---------------------------------------------------------------- pages of PDF lines

@given(st.lists(st.lists(st.text("行政运行合计支出0123456789.一般公共服务", min_size=1, max_size=30), min_size=1,
                         max_size=6), min_size=1, max_size=5))
def test_line_pages_finds_the_page_each_line_begins_on(pages):
    lines, expected = [], []
    for number, page in enumerate(pages, start=1):
        lines += page
        expected += [number] * len(page)
    found = line_pages(lines, ["\n".join(page) for page in pages])
    # a line may be found earlier when its start repeats text already seen; never on a later page
    assert all(page is not None and page <= want for page, want in zip(found, expected))
    assert found == sorted(found)


def test_line_pages_leaves_a_line_it_cannot_find_without_a_page():
    assert line_pages(["甲乙丙", "", "不在任何一页", "丁戊"], ["甲乙丙", "丁戊"]) == [1, None, None, 2]


@skip_without_realdocs
def test_pdf_lines_carry_the_page_pdftotext_finds_them_on():
    """An independent reader (poppler's pdftotext) has each line's start on the page we record."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is not installed")
    from ingest.readers import read_report

    for path in sorted(REALDOCS_DIR.glob("*.pdf"))[::5]:
        read = read_report(path.read_bytes())
        pages = {}
        checked = 0
        overflowing = _pages_drawing_beyond_their_edges(path)
        for line, page in zip(read.lines, read.pages):
            key = compact(line)[:6]
            if page is None or len(key) < 6 or page in overflowing:
                continue
            if page not in pages:
                text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path), "-"],
                                      capture_output=True, text=True, check=True).stdout
                pages[page] = compact("".join(normalise_text(text)))
            assert key in pages[page] or _split_over_cells(line, pages[page]), (path.name, page, line)
            checked += 1
        assert checked > 100, path.name


def _pages_drawing_beyond_their_edges(path: Path) -> set[int]:
    """Pages with text above or below the page box (a Word export's overflowing paragraph, repeated
    on the next page): which page such a line "is on" is moot, and pdftotext crops it."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return {page.page_number for page in pdf.pages
                if any(char["top"] < 0 or char["bottom"] > page.height for char in page.chars)}


def _split_over_cells(line: str, page_text: str) -> bool:
    """A table row's cells stand apart, in another order across header rows, in pdftotext's
    layout: its first cell is enough."""
    cells = [compact(cell) for cell in line.split("\t") if compact(cell)]
    return bool(cells) and cells[0] in page_text
