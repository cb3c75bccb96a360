"""Budget against actual across documents (marts.mart_budget_execution), on three small documents
written for this test: the 2024 department budget (部门预算) of 株洲市荷塘区司法局, the budget of its
own unit (单位预算, 本级) and its 2024 final accounts (部门决算). The expected rows are computed by
hand from the figures below; the unit budget must be shown beside the department's, never added.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from budgetwh.build import build

pytestmark = pytest.mark.slow

DEPARTMENT_BUDGET = """湖南省株洲市荷塘区司法局2024年部门预算
一、收支预算总体情况说明
2024年收入预算总计330.00万元，支出预算总计330.00万元。
一般公共预算支出表
部门：湖南省株洲市荷塘区司法局\t单位：万元
科目编码\t科目名称\t合计\t基本支出\t项目支出
\t合计\t330.00\t200.00\t130.00
204\t公共安全支出\t300.00\t200.00\t100.00
20406\t司法\t300.00\t200.00\t100.00
2040601\t行政运行\t200.00\t200.00\t
2040604\t基层司法业务\t100.00\t\t100.00
210\t卫生健康支出\t30.00\t\t30.00
21011\t行政事业单位医疗\t30.00\t\t30.00
2101101\t行政单位医疗\t30.00\t\t30.00
一般公共预算基本支出表
单位：万元
科目编码\t科目名称\t合计\t人员经费\t公用经费
\t合计\t200.00\t150.00\t50.00
301\t工资福利支出\t150.00\t150.00\t
30101\t基本工资\t150.00\t150.00\t
302\t商品和服务支出\t50.00\t\t50.00
30201\t办公费\t50.00\t\t50.00
"""

UNIT_BUDGET = """湖南省株洲市荷塘区司法局2024年单位预算
一、收支预算总体情况说明
2024年收入预算总计280.00万元，支出预算总计280.00万元。
一般公共预算支出表
单位：万元
科目编码\t科目名称\t合计\t基本支出\t项目支出
\t合计\t280.00\t190.00\t90.00
204\t公共安全支出\t280.00\t190.00\t90.00
20406\t司法\t280.00\t190.00\t90.00
2040601\t行政运行\t190.00\t190.00\t
2040604\t基层司法业务\t90.00\t\t90.00
"""

FINAL_ACCOUNTS = """湖南省株洲市荷塘区司法局2024年度部门决算
一般公共预算财政拨款支出决算表
单位：万元
科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出
\t合计\t315.00\t205.00\t110.00
204\t公共安全支出\t305.00\t195.00\t110.00
20406\t司法\t305.00\t195.00\t110.00
2040601\t行政运行\t195.00\t195.00\t
2040604\t基层司法业务\t105.00\t\t105.00
2040699\t其他司法支出\t5.00\t\t5.00
208\t社会保障和就业支出\t10.00\t10.00\t
20805\t行政事业单位养老支出\t10.00\t10.00\t
2080505\t机关事业单位基本养老保险缴费支出\t10.00\t10.00\t
一般公共预算财政拨款支出决算具体情况
1.公共安全支出（类）司法（款）行政运行（项）。年初预算为200.00万元，支出决算为195.00万元，完成年初预算的97.50%。
2.公共安全支出（类）司法（款）基层司法业务（项）。年初预算为90.00万元，调整后预算为105.00万元，支出决算为105.00万元，完成年初预算的116.67%。
"""

COLUMNS = ("function_level", "budget_wan", "unit_budget_wan", "accounts_budget_initial_wan",
           "accounts_budget_adjusted_wan", "actual_wan", "actual_minus_budget_wan", "restatement_wan",
           "execution_rate_pct", "execution_rate_adjusted_pct", "is_restated_initial_budget",
           "is_budgeted_not_spent", "is_spent_not_budgeted")


def _d(value):
    return None if value is None else Decimal(value)


# By hand from the three documents above (general_public_budget: the budget's 一般公共预算支出表, the
# accounts' table 05 and its 年初预算 sentences). Rates: 195 / 200 = 97.50 %, 105 / 100 = 105.00 %,
# 105 / 105 (adjusted) = 100.00 %, 305 / 300 = 101.67 %.
EXPECTED = {
    "204": (1, "300.00", "280.00", None, None, "305.00", "5.00", None, "101.67", None, None, False, False),
    "20406": (2, "300.00", "280.00", None, None, "305.00", "5.00", None, "101.67", None, None, False, False),
    "2040601": (3, "200.00", "190.00", "200.00", None, "195.00", "-5.00", "0.00", "97.50", None, False, False, False),
    # the accounts restate the published 100 as 90 and never say why
    "2040604": (3, "100.00", "90.00", "90.00", "105.00", "105.00", "5.00", "-10.00", "105.00", "100.00", True,
                False, False),
    "2040699": (3, None, None, None, None, "5.00", None, None, None, None, None, False, True),
    "208": (1, None, None, None, None, "10.00", None, None, None, None, None, False, True),
    "20805": (2, None, None, None, None, "10.00", None, None, None, None, None, False, True),
    "2080505": (3, None, None, None, None, "10.00", None, None, None, None, None, False, True),
    # budgeted, never spent
    "210": (1, "30.00", None, None, None, None, None, None, None, None, None, True, False),
    "21011": (2, "30.00", None, None, None, None, None, None, None, None, None, True, False),
    "2101101": (3, "30.00", None, None, None, None, None, None, None, None, None, True, False),
}


@pytest.fixture(scope="module")
def execution_warehouse(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("budget_execution")
    reports = root / "reports"
    reports.mkdir()
    for name, text in (("department_budget.txt", DEPARTMENT_BUDGET), ("unit_budget.txt", UNIT_BUDGET),
                       ("final_accounts.txt", FINAL_ACCOUNTS)):
        (reports / name).write_text(text, encoding="utf-8")
    db_path = root / "budget.duckdb"
    os.environ["BUDGET_GX_DOCS_DIR"] = str(root / "gx_docs")
    build(reports, db_path, force=True)
    return db_path


@pytest.fixture(scope="module")
def execution_rows(execution_warehouse) -> dict[str, tuple]:
    with duckdb.connect(str(execution_warehouse), read_only=True) as connection:
        kinds = connection.execute("select doc_kind, budget_level from marts.dim_document order by 1, 2").fetchall()
        assert kinds == [("budget", "department"), ("budget", "unit"), ("final_accounts", None)]
        rows = connection.execute(f"""
            select function_code, {", ".join(COLUMNS)} from marts.mart_budget_execution
            where department = '荷塘区司法局' and fiscal_year = 2024 and fund_scope = 'general_public_budget'
        """).fetchall()
    return {row[0]: row[1:] for row in rows}


def test_every_code_of_either_document_has_its_row(execution_rows):
    assert set(execution_rows) == set(EXPECTED)


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_budget_accounts_and_actual_side_by_side(execution_rows, code):
    expected = EXPECTED[code]
    expected = (expected[0], *(_d(v) for v in expected[1:10]), *expected[10:])
    assert dict(zip(COLUMNS, execution_rows[code])) == dict(zip(COLUMNS, expected))


def test_a_budget_is_never_an_actual(execution_warehouse):
    with duckdb.connect(str(execution_warehouse), read_only=True) as connection:
        measures = connection.execute("""
            select distinct line.measure from marts.fct_budget_line as line
            inner join marts.dim_document as document on line.document_id = document.document_id
            where document.doc_kind = 'budget'""").fetchall()
    assert measures == [("budget_initial",)]


def test_economic_lines_say_which_classification_they_are_of(execution_warehouse):
    with duckdb.connect(str(execution_warehouse), read_only=True) as connection:
        lines = connection.execute("""
            select code, economic_scheme, measure, amount_wan from marts.fct_budget_line
            where classification = 'economic' and is_chosen and spending_type = 'basic' order by code""").fetchall()
    assert lines == [("301", "department", "budget_initial", Decimal("150.00")),
                     ("30101", "department", "budget_initial", Decimal("150.00")),
                     ("302", "department", "budget_initial", Decimal("50.00")),
                     ("30201", "department", "budget_initial", Decimal("50.00"))]
