"""Real published reports, fact by fact: the warehouse holds what their pages say.

The documents are public disclosures kept outside the project, in ../shared/realdocs/ (never
copied here); their facts, read from the page images, are in tests/expected/real_*.py
(tests/expected/REAL_DOCUMENTS.md). Without that folder these tests are skipped, and say so.

Per document: the metadata exactly; at least 98 % of the listed facts found; no fact held with
another value (a wrong number is worse than a missing one).
"""

from __future__ import annotations

import duckdb
import pytest

from tests.real_facts import (REALDOCS_DIR, document_metadata, expected_modules, ingest_real_documents, load,
                              score_document)

MIN_SHARE_FOUND = 0.98
MODULES = expected_modules()

pytestmark = pytest.mark.skipif(
    not REALDOCS_DIR.is_dir(),
    reason=f"real documents not available: {REALDOCS_DIR} is absent (they are never copied into the project)")


@pytest.fixture(scope="module")
def real_connection(tmp_path_factory):
    path = tmp_path_factory.mktemp("real") / "real.duckdb"
    summary = ingest_real_documents(path)
    assert summary.count("loaded") == len(MODULES), [(o.path, o.status, o.reason) for o in summary.outcomes]
    connection = duckdb.connect(str(path), read_only=True)
    yield connection
    connection.close()


def test_every_listed_document_is_in_the_corpus():
    for name in MODULES:
        assert (REALDOCS_DIR / load(name).SOURCE_FILE).is_file(), name


@pytest.mark.parametrize("name", MODULES)
def test_metadata(name, real_connection):
    module = load(name)
    expected = {key: value for key, value in module.DOCUMENT.items() if key != "department_printed"}
    assert document_metadata(real_connection, module.SOURCE_FILE, list(expected)) == expected


@pytest.mark.parametrize("name", MODULES)
def test_facts_found_and_none_wrong(name, real_connection):
    score = score_document(real_connection, load(name))
    assert not score.wrong, "\n".join(f"wrong: page {w[0]} {w[1]} expected {w[2]}, holds {w[3]}" for w in score.wrong)
    assert score.share >= MIN_SHARE_FOUND, (
        f"{score.found}/{score.expected} = {score.share:.1%} found; missing:\n"
        + "\n".join(f"  page {m[0]} {m[1]} {m[2]}" for m in score.missing if isinstance(m, tuple)))


@pytest.mark.parametrize("name", MODULES)
def test_every_expected_file_lists_enough_facts(name):
    """The issue's floor: 40+ facts per document, 10+ classification lines; a document that is the
    narrative part alone (its tables published as another file, NARRATIVE_ONLY says which) prints
    fewer, and lists all it prints."""
    module = load(name)
    narrative_only = getattr(module, "NARRATIVE_ONLY", None)
    if narrative_only:
        assert (REALDOCS_DIR / narrative_only).is_file()
        assert all(fact[-1] == "narrative" for fact in module.BUDGET_LINES + module.METRICS)
    assert len(module.BUDGET_LINES) + len(module.METRICS) >= (30 if narrative_only else 40)
    assert len(module.BUDGET_LINES) >= (5 if narrative_only else 10)


def test_no_budget_figure_is_stored_as_an_actual(real_connection):
    """The worst error: a budget's figure stored as what was spent."""
    rows = real_connection.execute("""
        select d.source_file, count(*) from raw.documents d
        join raw.budget_lines l using (document_id)
        where d.doc_kind = 'budget' and l.measure = 'actual' group by 1
        union all
        select d.source_file, count(*) from raw.documents d
        join raw.document_metrics m using (document_id)
        where d.doc_kind = 'budget' and m.measure = 'actual' and m.unit_reported in ('万元', '元') group by 1
    """).fetchall()
    assert rows == []


TEMPLATE = "附件2：部门决算模板.pdf"  # the national blank 部门决算 template (Shanghai's edition, 2024)


def test_the_blank_template_shows_the_nine_tables_and_is_quarantined_for_holding_no_figure():
    """Read from its pages: 23 pages, the nine 公开表 01–09 printed with their headers and no
    figure (`…` and blank cells), department `上海市 XX 局`, 2024 年度部门决算."""
    from ingest.pipeline import NotAReport, parse_lines
    from ingest.readers import read_report
    from ingest.segmenters import segment

    lines = read_report((REALDOCS_DIR / TEMPLATE).read_bytes()).lines
    segments = segment(lines)
    found = {(t.standard.doc_kind, t.table_no) for t in segments.tables if t.standard is not None}
    assert found == {("final_accounts", f"{n:02d}") for n in range(1, 10)}
    with pytest.raises(NotAReport, match="blank form"):
        parse_lines(lines)


@pytest.fixture(scope="module")
def whole_corpus_warehouse(tmp_path_factory):
    """Every file of the shared folder (INDEX.csv included) built into a warehouse, dbt and checks
    included: a real corpus must never fail the build."""
    import os

    from budgetwh.build import build

    folder = tmp_path_factory.mktemp("real_corpus")
    os.environ["BUDGET_GX_DOCS_DIR"] = str(folder / "gx_docs")
    build(REALDOCS_DIR, folder / "real.duckdb", force=True)
    connection = duckdb.connect(str(folder / "real.duckdb"), read_only=True)
    yield connection
    connection.close()


def _index_rows() -> list[dict]:
    import csv

    with (REALDOCS_DIR / "INDEX.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_every_real_budget_is_a_budget_of_its_level_and_none_of_its_figures_an_actual(whole_corpus_warehouse):
    budgets = {row["file"]: ("unit" if row["kind"].startswith("单位预算") else "department")
               for row in _index_rows() if "预算" in row["kind"]}
    stored = dict(whole_corpus_warehouse.execute(
        "select source_file, budget_level from marts.dim_document where doc_kind = 'budget'").fetchall())
    assert stored == budgets
    measures = whole_corpus_warehouse.execute("""
        select distinct l.measure from marts.fct_budget_line l join marts.dim_document d using (document_id)
        where d.doc_kind = 'budget'
        union
        select distinct m.measure from marts.fct_document_metric m join marts.dim_document d using (document_id)
        where d.doc_kind = 'budget' and m.unit in ('万元', '元')""").fetchall()
    assert {measure for (measure,) in measures} <= {"budget_initial", "prior_year_budget", "prior_year_actual",
                                                    "prior_year"}


def test_every_real_budget_has_its_lines_in_the_execution_mart(whole_corpus_warehouse):
    missing = whole_corpus_warehouse.execute("""
        select d.source_file from marts.dim_document d
        where d.doc_kind = 'budget' and d.budget_level = 'department'
          and not exists (select 1 from marts.mart_budget_execution e
                          where e.fiscal_year = d.fiscal_year and e.department = d.department
                            and e.budget_wan is not null)""").fetchall()
    assert missing == []


# ---- the classification dictionary learned from the documents ----------------------------------
# Read with pdftotext from the files themselves: 2010199 其他人大事务支出 is printed in the tables of
# the 人大办公厅 budgets of 2017, 2018 and 2019; 2040405 as 公诉和审判监督 in the 2017 检察院 budget
# (text line 371), as 公诉、审判、侦查、执行等检察监督支出 in 2018 (line 462), and not in 2019 (its
# table prints 2040410 检察监督, line 423); 2080505 机关事业单位基本养老保险缴费支出 in the 2018 and
# 2019 Jiangsu budgets and the 2024 final accounts of 普陀区规划和自然资源局 (wrapped over three
# lines there), in none of the 2017 ones.

def test_the_learned_dictionary_shows_the_years_and_names_a_code_is_printed_with(whole_corpus_warehouse):
    rows = {code: (years, names) for code, years, names in whole_corpus_warehouse.execute(
        """select function_code, years_seen, name_variants from marts.dim_function
           where function_code in ('2010199', '2040405', '2080505')""").fetchall()}
    assert rows["2010199"] == ("2017;2018;2019", "其他人大事务支出")
    assert rows["2040405"] == ("2017;2018", "公诉、审判、侦查、执行等检察监督支出;公诉和审判监督")
    years, names = rows["2080505"]
    assert {"2018", "2019", "2024"} <= set(years.split(";")) and "2017" not in years
    assert names == "机关事业单位基本养老保险缴费支出"
    observed = whole_corpus_warehouse.execute("""
        select fiscal_year, reported_name, name_variant_count from intermediate.int_classification_observed
        where code = '2040405' order by fiscal_year""").fetchall()
    assert observed == [(2017, "公诉和审判监督", 1), (2018, "公诉、审判、侦查、执行等检察监督支出", 1)]


def test_a_names_only_line_is_resolved_to_the_code_its_tables_print(whole_corpus_warehouse):
    # 省人大办公厅2018预算公开.pdf: `9.人大事务（款）其他人大事务（项）支出580万元` (text line 802) and
    # table line `2010199 其他人大事务支出 580.00` (line 324): the 款 and 项 printed without their class
    rows = whole_corpus_warehouse.execute("""
        select l.code, l.code_resolution, l.amount_reported, l.reported_level
        from marts.fct_budget_line l join marts.dim_document d using (document_id)
        where d.source_file = '江苏省人大办公厅_省人大办公厅2018预算公开.pdf'
          and l.reported_name = '其他人大事务' and l.source_kind = 'narrative'""").fetchall()
    assert rows and {(code, amount, level) for code, _, amount, level in rows} == {("2010199", 580, 3)}
    assert {how for _, how, _, _ in rows} <= {"curated_reference", "learned_dictionary"}


def test_every_names_only_line_has_a_code_or_says_why_not(whole_corpus_warehouse):
    unexplained = whole_corpus_warehouse.execute("""
        select count(*) from marts.fct_budget_line
        where code is null and (code_reason is null or code_resolution <> 'unresolved')""").fetchone()[0]
    printed_but_dropped = whole_corpus_warehouse.execute("""
        select count(*) from marts.fct_budget_line
        where source_kind = 'table' and classification = 'function'
          and reported_code is not null and length(reported_code) in (3, 5, 7) and code is null""").fetchone()[0]
    assert (unexplained, printed_but_dropped) == (0, 0)


def test_no_code_printed_in_the_corpus_contradicts_the_extended_reference(whole_corpus_warehouse):
    """The curated seeds were extended from these documents (each row says where it was seen)."""
    failed = whole_corpus_warehouse.execute("""
        select subject, detail from marts.mart_reconciliation
        where comparison = 'classification' and not passed""").fetchall()
    assert failed == []
