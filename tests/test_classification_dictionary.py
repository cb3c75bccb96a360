"""The classification reference learned from the documents, on constructed documents.

Two copies of sample 004 (株洲市石峰区司法局 2020 决算; its tables 02/03 print 201… 2299901) are
changed where it matters, so that what each check must find is known by construction:

- a 2020 copy (测试一局) whose table 02 prints 2040602 as 行政运行 (the reference's 2020 name of
  its sibling 2040601: 编码与名称不一致), adds 2010401 行政运行 and 2010408 物价管理 there and
  2010450 行政运行 in table 03 (items of 20104 发展与改革事务, which the curated reference does not
  list in any year), and states two names-only lines: 物价管理 under 发展与改革事务 (one code
  fits: 2010408) and 行政运行 under 发展与改革事务 (two codes fit: ambiguous);
- a 2019 copy (测试二局) whose tables print 210 as 医疗卫生与计划生育支出 (the name 210 had until
  2018; 卫生健康支出 from 2019) and 234 抗疫特别国债安排的支出 (a class from 2020).

And a 2021 copy of sample 000 (西区司法局 2020, whose line 67 states 法律援助 23.98: the name
of 2040607 until 2020) that states 公共法律服务 25.00 instead (the same code under its new name),
and instead of line 70's 未归口管理的行政单位离退休 (2080504) 9.77, 行政单位离退休 (2080501, into
which the crosswalk merges 2080504 after 2020) 10.00.
"""

from __future__ import annotations

import os
from decimal import Decimal

import duckdb
import pytest

from ingest.reference.text import match_key

pytestmark = pytest.mark.slow

SAMPLE = "004_76647baae9ed1fbe.txt"
RENAMED_SAMPLE = "000_4fae287c1d48d8b6.txt"


def _edit_lines(text: str, edits: dict[int, tuple[str, list[str]]]) -> str:
    """Replace 1-based line n (which must start with edits[n][0]) by the lines edits[n][1]."""
    lines = text.split("\n")
    for number in sorted(edits, reverse=True):
        expected_start, replacement = edits[number]
        assert lines[number - 1].startswith(expected_start), (number, lines[number - 1])
        lines[number - 1: number] = replacement
    return "\n".join(lines)


def _row(code: str, name: str, amount: str, columns: int) -> str:
    return "\t".join([code, name, amount, amount] + ["0.00"] * (columns - 2))


def _same_names_2020(text: str) -> str:
    text = text.replace("石峰区司法局", "石峰区测试一局")
    return _edit_lines(text, {
        147: ("2010699", [text.split("\n")[146],
                          _row("2010401", "行政运行", "2.00", 7),
                          _row("2010408", "物价管理", "1.00", 7)]),
        151: ("2040602\t一般行政管理事务", ["2040602\t行政运行\t84.69\t84.69\t0.00\t0.00\t0.00\t0.00\t0.00"]),
        175: ("2010699", [text.split("\n")[174], "2010450\t行政运行\t2.00\t0.00\t2.00\t0.00\t0.00\t0.00"]),
        394: ("年初预算为0万元, 支出决算为21.91万元", [
            text.split("\n")[393], "",
            "6.一般公共服务支出（类）发展与改革事务（款）物价管理（项）。", "",
            "年初预算为0万元, 支出决算为1.00万元, 完成年初预算的100%。", "",
            "7.一般公共服务支出（类）发展与改革事务（款）行政运行（项）。", "",
            "年初预算为0万元, 支出决算为2.00万元, 完成年初预算的100%。"]),
    })


def _other_years_2019(text: str) -> str:
    text = text.replace("石峰区司法局", "石峰区测试二局").replace("2019", "2018").replace("2020", "2019")
    return _edit_lines(text, {
        145: ("201\t一般公共服务支出", ["210\t医疗卫生与计划生育支出\t1.88\t1.88\t0.00\t0.00\t0.00\t0.00\t0.00"]),
        155: ("229\t其他支出", ["234\t抗疫特别国债安排的支出\t21.91\t0.00\t0.00\t0.00\t0.00\t0.00\t21.91"]),
    })


def _renamed_2021(text: str) -> str:
    text = text.replace("2020", "2021").replace("2019", "2020")
    old = "司法（款）法律援助（项）: 支出决算为23.98万元"
    assert text.count(old) == 1
    text = text.replace(old, "司法（款）公共法律服务（项）: 支出决算为25.00万元")
    merged = "行政事业单位离退休（款）未归口管理的行政单位离退休（项）: 支出决算为9.77万元"
    assert text.count(merged) == 1
    return text.replace(merged, "行政事业单位养老支出（款）行政单位离退休（项）: 支出决算为10.00万元")


@pytest.fixture(scope="module")
def constructed(tmp_path_factory, samples_dir):
    from budgetwh.build import build

    folder = tmp_path_factory.mktemp("classification")
    inputs = folder / "inputs"
    inputs.mkdir()
    text = (samples_dir / SAMPLE).read_text(encoding="utf-8")
    (inputs / SAMPLE).write_text(text, encoding="utf-8")
    (inputs / "same_names_2020.txt").write_text(_same_names_2020(text), encoding="utf-8")
    (inputs / "other_years_2019.txt").write_text(_other_years_2019(text), encoding="utf-8")
    renamed = (samples_dir / RENAMED_SAMPLE).read_text(encoding="utf-8")
    (inputs / RENAMED_SAMPLE).write_text(renamed, encoding="utf-8")
    (inputs / "renamed_2021.txt").write_text(_renamed_2021(renamed), encoding="utf-8")
    os.environ["BUDGET_GX_DOCS_DIR"] = str(folder / "gx_docs")
    build(inputs, folder / "budget.duckdb", force=True)
    connection = duckdb.connect(str(folder / "budget.duckdb"), read_only=True)
    yield connection
    connection.close()


def _classification_checks(connection, source_file: str) -> dict[tuple[str, str], tuple[bool, str]]:
    return {(check, subject): (passed, detail) for check, subject, passed, detail in connection.execute("""
        select c.check_name, c.subject, c.passed, c.detail
        from marts.mart_reconciliation c join marts.dim_document d using (document_id)
        where c.comparison = 'classification' and d.source_file = ?""", [source_file]).fetchall()}


def test_a_printed_code_named_as_its_sibling_is_a_finding(constructed):
    checks = _classification_checks(constructed, "same_names_2020.txt")
    passed, detail = checks[("code_matches_name", "function 2040602 行政运行")]
    assert not passed and "2040601" in detail and "编码与名称不一致" in detail
    assert checks[("code_matches_name", "function 2040602 一般行政管理事务")][0]  # tables 03 and 05
    assert [key for key, (ok, _) in checks.items() if not ok] == [("code_matches_name", "function 2040602 行政运行")]
    # the sample itself prints every code with its own name
    assert all(ok for ok, _ in _classification_checks(constructed, SAMPLE).values())


def test_a_code_before_it_exists_and_a_name_of_another_year_are_findings(constructed):
    checks = _classification_checks(constructed, "other_years_2019.txt")
    passed, detail = checks[("code_valid_in_year", "function 234 抗疫特别国债安排的支出")]
    assert not passed and "does not exist in 2019" in detail
    passed, detail = checks[("name_valid_in_year", "function 210 医疗卫生与计划生育支出")]
    assert not passed and "卫生健康支出" in detail
    assert checks[("code_valid_in_year", "function 210 医疗卫生与计划生育支出")][0]  # 210 exists in 2019
    failed = {key for key, (ok, _) in checks.items() if not ok}
    assert failed == {("code_valid_in_year", "function 234 抗疫特别国债安排的支出"),
                      ("name_valid_in_year", "function 210 医疗卫生与计划生育支出")}


def test_a_code_printed_in_a_year_the_reference_does_not_list_is_kept_as_printed(constructed):
    rows = constructed.execute("""
        select l.code, l.code_resolution, l.code_reason from marts.fct_budget_line l
        join marts.dim_document d using (document_id)
        where d.source_file = 'other_years_2019.txt' and l.reported_code = '234'""").fetchall()
    assert rows and all(code == "234" and how == "printed" and "not valid in 2019" in reason
                        for code, how, reason in rows)


def test_the_dictionary_keeps_every_name_a_code_is_printed_with(constructed):
    rows = constructed.execute("""
        select reported_name, document_count, name_check, reference_code_of_the_name, name_variant_count
        from intermediate.int_classification_observed
        where code = '2040602' and fiscal_year = 2020 order by reported_name""").fetchall()
    # 004 prints 一般行政管理事务 (tables 02, 03, 05); the copy in tables 03 and 05 only
    assert rows == [("一般行政管理事务", 2, "matches_reference", None, 2),
                    ("行政运行", 1, "name_of_another_code", "2040601", 2)]


def test_names_only_lines_resolve_through_the_dictionary_or_list_the_candidates(constructed):
    rows = {name: (code, how, candidates, support) for name, code, how, candidates, support in constructed.execute("""
        select l.reported_name, l.code, l.code_resolution, l.code_candidates, l.code_support_document_count
        from marts.fct_budget_line l join marts.dim_document d using (document_id)
        where d.source_file = 'same_names_2020.txt' and l.parent_names = '一般公共服务支出/发展与改革事务'
          and l.measure = 'actual'""").fetchall()}
    assert rows["物价管理"] == ("2010408", "learned_dictionary", "2010408", 1)
    assert rows["行政运行"] == (None, "unresolved", "2010401;2010450", None)


def test_a_renamed_code_compares_across_the_years_of_both_names(constructed):
    rows = constructed.execute("""
        select c.fiscal_year, c.function_name, c.function_name_in_year, c.amount_wan,
               c.prior_year_amount_wan, c.prior_year_source
        from marts.mart_function_comparison c join marts.dim_document d using (document_id)
        where d.source_file in (?, 'renamed_2021.txt') and c.function_code = '2040607'
        order by c.fiscal_year""", [RENAMED_SAMPLE]).fetchall()
    assert rows == [
        (2020, "公共法律服务", "法律援助", Decimal("23.98"), None, None),
        (2021, "公共法律服务", "公共法律服务", Decimal("25.00"), Decimal("23.98"), "earlier_report"),
    ]


def test_a_merged_code_compares_with_the_code_it_was_merged_into(constructed):
    rows = constructed.execute("""
        select c.fiscal_year, c.function_code, c.harmonised_code, c.amount_wan, c.prior_year_amount_wan,
               c.prior_year_source
        from marts.mart_function_comparison c join marts.dim_document d using (document_id)
        where d.source_file in (?, 'renamed_2021.txt') and c.function_code in ('2080501', '2080504')
        order by c.fiscal_year""", [RENAMED_SAMPLE]).fetchall()
    assert rows == [
        (2020, "2080504", "2080501", Decimal("9.77"), None, None),
        (2021, "2080501", "2080501", Decimal("10.00"), Decimal("9.77"), "earlier_report"),
    ]


def test_the_name_key_macro_agrees_with_the_ingest_s_match_key(built_connection):
    """macros/classification_name_key.sql is the SQL side of ingest.reference.text.match_key."""
    rows = built_connection.execute(
        "select reported_name, name_key from intermediate.int_classification_printed").fetchall()
    assert rows
    assert [(name, key) for name, key in rows if match_key(name) != key] == []
