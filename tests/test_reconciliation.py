"""Where the sample reports contradict themselves, found by reading them, and the checks that must
catch exactly that: every failed identity is listed here with the lines that prove it, and nothing
else may fail (a mere rounding difference must pass).

A second part corrupts one printed value in a copy of a sample and adds an earlier year's report
whose figures differ from what the later report says about that year, and checks that the right
identity fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.slow

PROJECT_DIR = Path(__file__).resolve().parents[1]

EXPECTED_FAILURES: dict[str, set[tuple[str, str]]] = {
    "000_4fae287c1d48d8b6.txt": {
        # line 61 calls 529.81 一般公共服务（类）; its items (lines 65-69) are all 公共安全 (204)
        ("function_items_sum_to_class", "201 expenditure general_public_budget total actual narrative"),
        ("function_items_sum_to_class", "204 expenditure general_public_budget total actual narrative"),
        # line 84: 三公 1.72; line 86: 0 + 1.11 + 0.64 = 1.75
        ("three_public_parts_sum", "three_public_total actual"),
        # line 86: 0.64 of 1.72 is 37.21 %, printed 35.47 %
        ("share_percent_matches_amounts", "three_public_reception actual line 86"),
        # lines 37 and 54: +24.38 on 757.7 is +3.22 %, printed 3.12 % (24.38 ÷ this year's total)
        ("change_percent_matches_amounts", "grand_total prior_year line 37"),
        ("change_percent_matches_amounts", "fiscal_grand_total prior_year line 54"),
        # line 90: -1.38 on 2.49 is -55.42 %, printed 下降124.32 % (impossible: more than all of it)
        ("change_percent_matches_amounts", "three_public_vehicle prior_year line 90"),
        ("percent_in_possible_range", "three_public_vehicle prior_year change line 90"),
        # line 93: -0.3 on 0.94 is -31.91 %, printed 46.87 %; line 102: -19.54 on 72.02 is -27.13 %, printed 37.23 %
        ("change_percent_matches_amounts", "three_public_reception prior_year line 93"),
        ("change_percent_matches_amounts", "admin_operating_cost prior_year line 102"),
        # 法律援助: 执行数为28.86万元 (line 113) vs 该项目财政拨款支出29.77万元 (the project report, line 432)
        ("project_statements_agree", "project 法律援助 executed line 414"),
    },
    "001_cbcf39354c9835b0.txt": {
        # lines 1296-1301: 法律援助人次, 权重 10, 得分 101
        ("indicator_score_within_weight", "2023法律援助 / 法律援助人次 line 1296"),
    },
    "002_1f3a69e61e56d541.txt": {
        # lines 26-30: 区财政预算安排 267.47, nothing else, 合计 264.47
        ("revenue_sources_sum", "revenue_total actual"),
    },
    "003_8b48cda346f1f3a9.txt": set(),
    "004_76647baae9ed1fbe.txt": {
        # lines 387-394: 完成年初预算的100% over 年初预算为0万元
        ("budget_line_execution_rate",
         "function unresolved:公共安全支出/司法/其他公共安全支出 expenditure total general_public_budget line 387"),
        ("budget_line_execution_rate", "function 2040699 expenditure total general_public_budget line 390"),
        ("budget_line_execution_rate", "function 2299901 expenditure total general_public_budget line 394"),
        # table 05 line 199: 公共安全支出 620.65; line 371: 公共安全（类）支出644.43
        ("budget_line_table_equals_narrative", "function 204 expenditure total general_public_budget actual line 371"),
        # line 371 names 644.43 公共安全 (204) but its items (lines 377-394) include 21.91 of 其他支出 (229)
        ("function_items_sum_to_class", "204 expenditure general_public_budget total actual narrative"),
        ("function_items_sum_to_class", "229 expenditure general_public_budget total actual narrative"),
        # line 223 (table 05 total) 622.52 vs the narrative's class 644.43 (line 371)
        ("function_classes_sum_to_total", "gpb_expenditure actual narrative"),
        # table 03 line 172: 基本支出 434.56; lines 357 and 533: 412.64
        ("metric_table_equals_narrative", "expenditure_basic actual line 357"),
        ("metric_table_equals_narrative", "expenditure_basic actual line 533"),
        # table 01 line 124: 644.43; line 531/533: 收入/支出 622.52
        ("metric_table_equals_narrative", "expenditure_total actual line 533"),
        ("metric_table_equals_narrative", "revenue_total actual line 531"),
        # table 05 line 223: 622.52; lines 367/371/375: 财政拨款支出644.43
        ("metric_table_equals_narrative", "gpb_expenditure actual line 367"),
        ("metric_table_equals_narrative", "gpb_expenditure actual line 371"),
        ("metric_table_equals_narrative", "gpb_expenditure actual line 375"),
        # table 07 line 305: budget 1.08 / 0 / 1.08; lines 404/408/410: 预算为2.6 / 0.6 / 2
        ("metric_table_equals_narrative", "three_public_total budget line 404"),
        ("metric_table_equals_narrative", "three_public_reception budget line 408"),
        ("metric_table_equals_narrative", "three_public_vehicle budget line 410"),
        # line 408: 预算为0.6万元, 支出决算为0万元, 完成预算的100%
        ("metric_rate_matches_budget", "three_public_reception line 408"),
        # line 410: -0.39 on 1.47 is -26.5 %, printed 19.5 %; line 434: -13.77 on 48.92 is -28.15 %, printed 39.17 %
        ("change_percent_matches_amounts", "three_public_vehicle prior_year line 410"),
        ("change_percent_matches_amounts", "admin_operating_cost prior_year line 434"),
        # line 361: 财政拨款收、支总计644.43, but table 04 (lines 196, 227): 财政拨款收入 622.52, 结转 0
        ("fiscal_grand_total_sources", "fiscal_grand_total actual"),
        ("fiscal_grand_total_uses", "fiscal_grand_total actual"),
        # 社区矫正和安置帮教: 全年执行数 16.61 (table, line 738) vs 项目支出16.16万元 (lines 472 and 577)
        ("project_statements_agree", "project 社区矫正和安置帮教 executed line 470"),
        ("project_statements_agree", "project 社区矫正和安置帮教 executed line 575"),
    },
}

# Identities that hold in the samples although their figures are printed rounded.
EXPECTED_PASSES: dict[str, set[tuple[str, str]]] = {
    "000_4fae287c1d48d8b6.txt": {
        ("share_percent_matches_amounts", "gpb_expenditure actual line 58"),   # 683.6 / 730.35 = 93.60 %
        ("change_percent_matches_amounts", "gpb_expenditure prior_year line 58"),  # 0.81 / 682.79 = 0.12 %
        ("grand_total_uses", "grand_total actual"),  # 730.35 + 51.78 = 782.13
        ("grand_total_sources", "grand_total actual"),  # 690.97 + 91.17 = 782.14 ≈ 782.13
        ("share_percent_matches_amounts", "three_public_vehicle actual line 86"),  # 1.11 / 1.72 = 64.53 %
    },
    "001_cbcf39354c9835b0.txt": {
        ("change_percent_matches_amounts", "three_public_reception prior_year line 131"),  # 0.03 / 1.19 = 2.52 %
        ("share_percent_matches_amounts", "expenditure_basic actual line 40"),  # 893.92 / 1163.82 = 76.81 %
    },
    "004_76647baae9ed1fbe.txt": {
        ("share_percent_matches_amounts", "expenditure_basic actual line 357"),  # 412.64 / 644.43 = 64 %
        ("change_percent_matches_amounts", "grand_total prior_year line 349"),  # 67.4 / 711.83 = 9.5 %
        ("metric_rate_matches_budget", "three_public_total line 404"),  # 1.08 / 2.6 = 41.54 %
    },
}


def _checks(connection, passed: bool) -> dict[str, set[tuple[str, str]]]:
    rows = connection.execute("""
        select documents.source_file, checks.check_name, checks.subject
        from marts.mart_reconciliation as checks
        inner join marts.dim_document as documents on checks.document_id = documents.document_id
        where checks.passed = ?""", [passed]).fetchall()
    found: dict[str, set] = {}
    for source_file, check_name, subject in rows:
        found.setdefault(source_file, set()).add((check_name, subject))
    return found


@pytest.mark.parametrize("source_file", sorted(EXPECTED_FAILURES))
def test_exactly_the_contradictions_read_in_the_report_fail(built_connection, source_file):
    failed = _checks(built_connection, passed=False).get(source_file, set())
    expected = EXPECTED_FAILURES[source_file]
    assert failed == expected, (f"missed: {sorted(expected - failed)}\n"
                                f"unexpected: {sorted(failed - expected)}")


@pytest.mark.parametrize("source_file", sorted(EXPECTED_PASSES))
def test_rounded_figures_pass(built_connection, source_file):
    passed = _checks(built_connection, passed=True).get(source_file, set())
    assert EXPECTED_PASSES[source_file] <= passed, sorted(EXPECTED_PASSES[source_file] - passed)


def test_every_document_counts_its_failed_checks_in_the_scorecard(built_connection):
    counts = dict(built_connection.execute("""
        select documents.source_file, scorecard.failed_check_count
        from marts.mart_department_scorecard as scorecard
        inner join marts.dim_document as documents on scorecard.document_id = documents.document_id""").fetchall())
    assert counts == {name: len(failures) for name, failures in EXPECTED_FAILURES.items()}


def test_disclosure_completeness(built_connection):
    present = {}
    for source_file, item, is_present in built_connection.execute("""
            select documents.source_file, completeness.item, completeness.is_present
            from marts.mart_disclosure_completeness as completeness
            inner join marts.dim_document as documents on completeness.document_id = documents.document_id
            """).fetchall():
        present.setdefault(source_file, {})[item] = is_present
    # only the final-accounts reports are assessed
    assert set(present) == {"000_4fae287c1d48d8b6.txt", "001_cbcf39354c9835b0.txt", "004_76647baae9ed1fbe.txt"}
    # 004 prints all nine tables (08 and 09 empty, lines 309-335) and every required section (400-448)
    assert all(present["004_76647baae9ed1fbe.txt"].values())
    # 000 and 001 drop the tables and keep the narrative with all five sections
    for narrative_only in ("000_4fae287c1d48d8b6.txt", "001_cbcf39354c9835b0.txt"):
        items = present[narrative_only]
        assert not any(v for k, v in items.items() if k.startswith("table_")), narrative_only
        assert all(v for k, v in items.items() if k.startswith("section_")), narrative_only


# ---- a corrupted copy and an earlier year's report --------------------------------------------

def _replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def altered_warehouse(tmp_path_factory) -> Path:
    """The samples with 001's 基本支出 changed from 893.92 to 883.92 (line 40), plus a 2019 report of
    西区司法局 whose 财政拨款收、支总计 is not the 757.71 that the 2020 report (000, line 54) implies."""
    from budgetwh.build import build

    samples = PROJECT_DIR / "data" / "samples"
    folder = tmp_path_factory.mktemp("altered")
    inputs = folder / "inputs"
    inputs.mkdir()
    for path in samples.iterdir():
        (inputs / path.name).write_bytes(path.read_bytes())
    _replace_once(inputs / "001_cbcf39354c9835b0.txt", "基本支出893.92万元，占76.81%", "基本支出883.92万元，占76.81%")
    earlier = (samples / "000_4fae287c1d48d8b6.txt").read_text(encoding="utf-8")
    earlier = earlier.replace("2019", "2018").replace("2020", "2019")
    earlier = earlier.replace("财政拨款收、支总计782.09万元", "财政拨款收、支总计760.00万元")
    (inputs / "999_xiqu_2019.txt").write_text(earlier, encoding="utf-8")
    os.environ["BUDGET_GX_DOCS_DIR"] = str(folder / "gx_docs")
    build(inputs, folder / "budget.duckdb", force=True)
    return folder / "budget.duckdb"


def test_a_corrupted_part_breaks_its_identity(altered_warehouse):
    connection = duckdb.connect(str(altered_warehouse), read_only=True)
    try:
        failed = _checks(connection, passed=False)
    finally:
        connection.close()
    new_failures = failed["001_cbcf39354c9835b0.txt"] - EXPECTED_FAILURES["001_cbcf39354c9835b0.txt"]
    # 883.92 + 269.9 ≠ 1163.82, and 883.92 is no longer 76.81 % of 1163.82
    assert new_failures == {("expenditure_basic_plus_project", "expenditure_total actual"),
                            ("share_percent_matches_amounts", "expenditure_basic actual line 40")}


def test_a_silent_revision_of_the_prior_year_is_flagged(altered_warehouse):
    connection = duckdb.connect(str(altered_warehouse), read_only=True)
    try:
        rows = connection.execute("""
            select checks.subject, checks.expected_value, checks.actual_value, checks.passed
            from marts.mart_reconciliation as checks
            inner join marts.dim_document as documents on checks.document_id = documents.document_id
            where documents.source_file = '000_4fae287c1d48d8b6.txt'
                and checks.check_name = 'prior_year_restated'""").fetchall()
    finally:
        connection.close()
    by_subject = {subject: (float(expected), float(actual), passed) for subject, expected, actual, passed in rows}
    # the 2019 report says 760.00; the 2020 report implies 782.09 - 24.38 = 757.71
    assert by_subject["metric fiscal_grand_total"] == (760.00, 757.71, False)
    # 机关运行经费: the 2019 copy states 52.48, the 2020 report implies 52.48 + 19.54 = 72.02
    assert by_subject["metric admin_operating_cost"] == (52.48, 72.02, False)


def test_check_command_reports_failures_as_table_and_json(built_warehouse):
    command = [str(Path(sys.executable).parent / "budgetwh"), "check", "--db", str(built_warehouse)]
    env = os.environ | {"COLUMNS": "200"}
    table = subprocess.run(command + ["--document", "002_"], capture_output=True, text=True, env=env)
    assert table.returncode == 0, table.stderr
    assert "1 of" in table.stdout and "revenue_sources_sum" in table.stdout
    as_json = subprocess.run(command + ["--format", "json"], capture_output=True, text=True, env=env)
    report = {entry["source_file"]: entry for entry in json.loads(as_json.stdout)}
    assert {name: entry["failed"] for name, entry in report.items()} == {
        name: len(failures) for name, failures in EXPECTED_FAILURES.items()}
    failing = subprocess.run(command + ["--fail-on-findings"], capture_output=True, text=True, env=env)
    assert failing.returncode == 1
