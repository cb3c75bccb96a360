"""The cross-district, cross-year marts hold what the reports say, read by hand.

Line numbers in the comments are those of the sample files in data/samples/.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

pytestmark = pytest.mark.slow

XIQU = "0c535b101fe309c9"      # 000: 攀枝花市西区司法局 2020
ANJU = "d133bdc93c03c396"      # 001: 遂宁市安居区司法局 2023
SHIFENG = "61abc5c96840575f"   # 004: 株洲市石峰区司法局 2020


def _comparison(connection, document_id, code):
    row = connection.execute("""
        select amount_wan, share_of_department_total, rank_among_regions, regions_ranked, is_rolled_up,
               department_total_wan, fund_scope
        from marts.mart_function_comparison where document_id = ? and function_code = ?""",
                             [document_id, code]).fetchone()
    assert row is not None, f"{document_id} has no row for {code}"
    return dict(zip(("amount", "share", "rank", "ranked", "rolled_up", "total", "scope"), row))


def test_two_2020_districts_side_by_side_on_the_same_fund_scope(built_connection):
    # 000 line 65: 行政运行 441.29; 004 line 377 and table 05: 行政运行 412.64
    xiqu = _comparison(built_connection, XIQU, "2040601")
    shifeng = _comparison(built_connection, SHIFENG, "2040601")
    assert (xiqu["amount"], shifeng["amount"]) == (Decimal("441.29"), Decimal("412.64"))
    assert xiqu["scope"] == shifeng["scope"] == "general_public_budget"
    assert (xiqu["rank"], shifeng["rank"]) == (1, 2)
    assert xiqu["ranked"] == shifeng["ranked"] == 2


def test_the_class_a_sentence_names_wrong_does_not_count_twice(built_connection):
    # 000 line 61 calls 529.81 一般公共服务（类）, but its items (lines 65-69) are 公共安全 204
    rows = built_connection.execute("""select function_code from marts.mart_function_comparison
                                       where document_id = ? and function_code = '201'""", [XIQU]).fetchall()
    assert rows == []
    public_security = _comparison(built_connection, XIQU, "204")
    assert public_security["amount"] == Decimal("529.81") and public_security["rolled_up"]
    # the department total is the 一般公共预算财政拨款支出 the report states (line 58): 683.6
    assert public_security["total"] == Decimal("683.60")
    assert float(public_security["share"]) == pytest.approx(529.81 / 683.6, abs=1e-6)


def test_shares_add_up_to_one_within_each_document(built_connection):
    sums = built_connection.execute("""
        select document_id, sum(share_of_department_total) from marts.mart_function_comparison
        where function_level = 1 group by document_id""").fetchall()
    assert {document_id for document_id, _ in sums} == {XIQU, ANJU, SHIFENG}
    for document_id, total in sums:
        assert float(total) == pytest.approx(1, abs=1e-5), document_id


def test_2023_against_the_2022_figures_it_states(built_connection):
    # 001 line 51: 一般公共预算财政拨款支出1163.82万元 … 与2022年度相比 … 下降5.1万元 → 2022: 1168.92
    rows = built_connection.execute("""
        select distinct department_total_wan, department_total_prior_year_wan, department_total_prior_year_source
        from marts.mart_function_comparison where document_id = ?""", [ANJU]).fetchall()
    assert rows == [(Decimal("1163.82"), Decimal("1168.92"), "stated_in_report")]


def test_renamed_item_compares_under_its_current_name(built_connection):
    # 000 line 67 prints 法律援助 (2020 name of 2040607); the mart names it as the reference does today
    row = built_connection.execute("""
        select function_name, function_name_in_year, harmonisation_status, amount_wan
        from marts.mart_function_comparison where document_id = ? and function_code = '2040607'""",
                                   [XIQU]).fetchone()
    assert row == ("公共法律服务", "法律援助", "renamed", Decimal("23.98"))


def _scorecard(connection, document_id):
    cursor = connection.execute("select * from marts.mart_department_scorecard where document_id = ?",
                                [document_id])
    columns = [d[0] for d in cursor.description]
    return dict(zip(columns, cursor.fetchone()))


def test_scorecard_of_a_narrative_report(built_connection):
    card = _scorecard(built_connection, XIQU)
    # line 51: 本年支出合计730.35, 基本支出625.97, 项目支出104.38; line 174: 实有人员34人;
    # line 84: “三公”经费 1.72; line 102: 机关运行经费 52.48; lines 80-81: 人员经费573.44, 公用经费52.48
    assert card["expenditure_total_wan"] == Decimal("730.35")
    assert card["staff_actual"] == 34 and card["staff_authorized"] == 33
    assert float(card["basic_share"]) == pytest.approx(625.97 / 730.35, abs=1e-6)
    assert float(card["project_share"]) == pytest.approx(104.38 / 730.35, abs=1e-6)
    assert float(card["personnel_share_of_basic"]) == pytest.approx(573.44 / (573.44 + 52.48), abs=1e-6)
    assert float(card["three_public_per_staff_wan"]) == pytest.approx(1.72 / 34, abs=1e-4)
    assert float(card["admin_operating_cost_per_staff_wan"]) == pytest.approx(52.48 / 34, abs=1e-4)
    assert card["failed_check_count"] > 0


def test_scorecard_of_2023(built_connection):
    card = _scorecard(built_connection, ANJU)
    # line 40: 1163.82 = 基本 893.92 + 项目 269.9; line 247: 实有在岗人员41名, 编制数43个; line 119: 三公 4.63
    assert (card["expenditure_basic_wan"], card["expenditure_project_wan"]) == (Decimal("893.92"), Decimal("269.90"))
    assert (card["staff_actual"], card["staff_authorized"]) == (41, 43)
    assert float(card["three_public_per_staff_wan"]) == pytest.approx(4.63 / 41, abs=1e-4)


def test_every_document_has_one_scorecard_row(built_connection):
    rows = built_connection.execute("""select count(*), count(distinct document_id)
                                       from marts.mart_department_scorecard""").fetchone()
    assert rows == (5, 5)
