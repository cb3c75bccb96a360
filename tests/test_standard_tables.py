"""The standard disclosure tables (seeds/ref_standard_table.csv, ref_table_column.csv) and the table
shapes real publishers print: titles in their national variety, column headers, codes over three
columns, captions inside grids, 合计 rows that merge the code columns, pages that name no kind."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.normalize import normalise_text
from ingest.pipeline import NotAReport, parse_lines
from ingest.reference.tables import column_meaning, identify_table, standard_tables, title_core
from ingest.segmenters import segment

TITLES = [
    # (title as printed, kind, number, fund scope)
    ("收入支出决算总表", "final_accounts", "01", "all_funds"),
    ("上海市XX局2024年度收入决算表", "final_accounts", "02", "all_funds"),
    ("三、支出决算表", "final_accounts", "03", "all_funds"),
    ("财政拨款收入支出决算总表（公开04表）", "final_accounts", "04", "fiscal_allocation"),
    ("一般公共预算财政拨款支出决算表", "final_accounts", "05", "general_public_budget"),
    ("一般公共预算财政拨款基本支出决算表", "final_accounts", "06", "general_public_budget"),
    ("财政拨款“三公”经费支出决算表", "final_accounts", "07", "general_public_budget"),
    ("一般公共预算财政拨款\"三公\"经费支出决算表", "final_accounts", "07", "general_public_budget"),
    ("政府性基金预算财政拨款收入支出决算表", "final_accounts", "08", "government_fund"),
    ("国有资本经营预算财政拨款收入支出决算表", "final_accounts", "09", "state_capital"),
    ("2025年部门财务收支预算总表", "budget", "01", "all_funds"),
    ("收支预算总表", "budget", "01", "all_funds"),
    ("部门收支总表", "budget", "01", "all_funds"),
    ("2. 2025年单位收入预算总表", "budget", "02", "all_funds"),
    ("支出预算总表", "budget", "03", "all_funds"),
    ("4．2025年部门财政拨款收支预算总表", "budget", "04", "fiscal_allocation"),
    ("2025年部门一般公共预算支出功能分类预算表", "budget", "05", "general_public_budget"),
    ("财政拨款支出预算表(功能科目)", "budget", "05", "fiscal_allocation"),
    ("一般公共预算支出表", "budget", "05", "general_public_budget"),
    ("2025年部门一般公共预算基本支出部门预算经济分类预算表", "budget", "06", "general_public_budget"),
    ("财政拨款基本支出预算表", "budget", "06", "fiscal_allocation"),
    ("9.2025年部门“三公”经费和机关运行经费预算表", "budget", "07", "general_public_budget"),
    ("“三公”经费、会议费、培训费支出预算表", "budget", "07", "general_public_budget"),
    ("政府性基金预算财政拨款支出预算表", "budget", "08", "government_fund"),
    ("2025年部门国有资本经营预算支出功能分类预算表", "budget", "09", "state_capital"),
    ("项目支出绩效目标表", "budget", "11", "all_funds"),
    ("政府采购支出预算表", "budget", "12", "all_funds"),
    ("一般公共预算机关运行经费支出预算表", "budget", "13", "general_public_budget"),
    ("收支预算总表公开表一", "budget", "01", "all_funds"),           # 江苏 2019: the number in words
    ("财政拨款支出预算表(功能科目) 公开表五", "budget", "05", "fiscal_allocation"),
]


@pytest.mark.parametrize("title, kind, number, scope", TITLES)
def test_titles_map_to_their_standard_table(title, kind, number, scope):
    table = identify_table(normalise_text(title)[0])
    assert table is not None, title_core(title)
    assert (table.doc_kind, table.table_no, table.fund_scope) == (kind, number, scope)


@pytest.mark.parametrize("text", ["上海市XX局2024年度部门决算表", "收入支出决算总表 ........ 12", "目录",
                                  "注：本表反映部门本年度的总收支", "部门预算"])
def test_what_is_no_table_title(text):
    assert identify_table(normalise_text(text)[0]) is None


def test_each_kind_declares_its_tables_once_per_number():
    assert [t.table_no for t in standard_tables("final_accounts")] == [f"{n:02d}" for n in range(1, 10)]
    assert {"01", "02", "03", "04", "05", "06", "07", "08", "09"} <= {t.table_no for t in standard_tables("budget")}


@pytest.mark.parametrize("label, measure, spending, scope", [
    ("上年预算数", "prior_year_budget", None, None),
    ("2024年执行数上年执行数", "prior_year_actual", None, None),
    ("年初预算数", "budget_initial", None, None),
    ("全年预算数合计", "budget_adjusted", "total", None),
    ("支出预算基本支出", None, "basic", None),
    ("一般公共预算支出项目支出", None, "project", "general_public_budget"),
    ("收入预算财政拨款收入", None, None, "fiscal_allocation"),
    ("金额", None, "total", None),
    ("事业收入", None, None, None),
])
def test_column_headers_say_what_their_figures_are(label, measure, spending, scope):
    meaning = column_meaning(label)
    assert (meaning.measure, meaning.spending_type, meaning.fund_scope) == (measure, spending, scope)


BUDGET_TABLES = """上海市普陀区2025年区级部门预算
预算主管部门：上海市普陀区测试局
2025年部门支出预算总表
编制部门：上海市普陀区测试局单位：元

项目\t\t\t\t支出预算
功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出
类\t款\t项
201\t\t\t一般公共服务支出\t1,200,000.00\t200,000.00\t1,000,000.00
201\t13\t\t商贸事务\t1,200,000.00\t200,000.00\t1,000,000.00
201\t13\t01\t行政运行\t200,000.00\t200,000.00\t
201\t13\t02\t一般行政管理事务\t1,000,000.00\t\t1,000,000.00
合计\t1,200,000.00\t200,000.00\t1,000,000.00
"""


def test_a_budget_table_with_split_codes_gives_budgets_in_wan():
    parsed = parse_lines(normalise_text(BUDGET_TABLES))
    assert (parsed.meta.doc_kind, parsed.meta.budget_level, parsed.meta.fiscal_year) == ("budget", "department", 2025)
    assert (parsed.meta.department, parsed.meta.county, parsed.meta.city) == ("普陀区测试局", "普陀区", None)
    lines = {(l.reported_code, l.spending_type, l.measure, l.unit, l.amount) for l in parsed.budget_lines}
    assert ("2011301", "total", "budget_initial", "元", Decimal("200000.00")) in lines
    assert ("2011302", "project", "budget_initial", "元", Decimal("1000000.00")) in lines
    assert ("20113", "basic", "budget_initial", "元", Decimal("200000.00")) in lines
    assert not any(l.measure == "actual" for l in parsed.budget_lines)
    totals = {(m.metric, m.measure, m.value_reported) for m in parsed.metrics if m.source_kind == "table"}
    assert ("expenditure_total", "budget_initial", Decimal("1200000.00")) in totals
    assert ("expenditure_project", "budget_initial", Decimal("1000000.00")) in totals


def test_a_staff_paragraph_is_loaded_with_its_counts_and_no_amount():
    text = "单位基本情况：本单位行政事业总编制249个，在编在职人员85人，离退休人员12人。年度收入总计1,234.00万元。"
    parsed = parse_lines(normalise_text(text))
    assert parsed.meta.doc_kind is None and parsed.meta.doc_kind_reason
    counts = {(m.metric, m.value_reported) for m in parsed.metrics}
    assert counts == {("staff_authorized", 249), ("staff_actual", 85), ("staff_retired", 12)}
    assert parsed.budget_lines == [] and all(m.unit_reported not in ("万元", "元") for m in parsed.metrics)


def test_a_blank_template_is_quarantined_as_such():
    text = "上海市XX局\n2024年度部门决算\n收入决算表\n单位：万元\n\n项目\t\t本年收入合计\t财政拨款收入\n功能分类科目编码\t科目名称\n205\t教育支出\t\t\n"
    with pytest.raises(NotAReport, match="blank form"):
        parse_lines(normalise_text(text))


def test_captions_and_titles_drawn_inside_a_grid_are_lifted():
    text = "公开05表\n\n财政拨款支出预算表(功能科目)\t财政拨款支出预算表(功能科目)\n部门名称: 江苏省测试厅\t单位:万元\n功能科目代码\t功能科目名称\t金额\n\t合计\t30.00\n201\t一般公共服务支出\t30.00\n"
    segments = segment(normalise_text(text))
    table = segments.tables[0]
    assert (table.table_no, table.standard.fund_scope, table.unit) == ("05", "fiscal_allocation", "万元")
    assert table.rows[0].cells[:3] == ["功能科目代码", "功能科目名称", "金额"]


@pytest.mark.parametrize("reason", [
    "主要原因是基本支出增加1447.63万元、项目支出安排减少200万元、单位预留机动经费增加3075.14万元。",
    "主要原因是政策性增资等原因，增加基本支出1447.63万元。",
    "主要原因是基本支出增加人员经费1447.63万元、项目经费支出安排增加江苏法院云平台租赁费200万元。",
    "主要原因是上年度列入此项的预留机动经费3075.14万元本年度调入行政运行项。",
])
def test_the_reasons_for_a_change_state_no_level(reason):
    """Changes and last year's figures in the 主要原因 of a budget are not the year's budget."""
    text = ("江苏省某厅2018年度部门预算\n"
            f"江苏省某厅2018年度收入、支出预算总计33172.15万元，与上年相比增加4322.77万元。{reason}\n")
    parsed = parse_lines(normalise_text(text))
    levels = {(m.metric, m.value_reported) for m in parsed.metrics if m.measure != "prior_year"}
    assert levels == {("grand_total", Decimal("33172.15"))}


def test_a_grid_holding_two_tables_is_cut_at_the_title_it_repeats_across_cells():
    """A PDF grid joined across a page break runs 支出预算总表 into 财政拨款支出预算表, whose title the
    grid repeats in every cell it spans: the second table's 合计 is not a column of the first."""
    text = ("支出预算总表\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\t单位预留机动经费\n"
            "\t合计\t13,649.07\t7,666.68\t5,853.96\t128.43\n"
            "财政拨款支出预算表\t财政拨款支出预算表\t财政拨款支出预算表\t财政拨款支出预算表\n"
            "部门:\t江苏省测试厅\t单位:万元\t单位:万元\n功能科目代码\t功能科目名称\t金额\t金额\n"
            "\t合计\t\t13,649.07\n")
    tables = segment(normalise_text(text)).tables
    assert [table.title for table in tables] == ["支出预算总表", "财政拨款支出预算表"]
    parsed = parse_lines(normalise_text("江苏省测试厅2017年部门预算\n" + text))
    reserve = {(m.value_reported, m.source_line) for m in parsed.metrics if m.metric == "expenditure_reserve"}
    assert reserve == {(Decimal("128.43"), 5)}


@given(st.sampled_from([t for t, *_ in TITLES]), st.sampled_from(["", "2019年", "2019年度", "附表1 "]),
       st.sampled_from(["", "江苏省测试厅", "上海市普陀区测试局"]))
def test_a_title_keeps_its_table_whoever_and_whenever_prints_it(title, year, publisher):
    expected = identify_table(normalise_text(title)[0])
    printed = normalise_text(f"{publisher}{year}{title}" if not title[0].isdigit() else title)[0]
    assert identify_table(printed) == expected


def test_totals_in_the_national_wording_of_the_narrative():
    text = ("某区民政局2023年度部门决算\n一、收入支出决算总体情况说明\n"
            "2023年度收入总计1,234.56万元，支出总计1,234.56万元。与2022年度相比，收、支总计各增加12.30万元。\n"
            "二、财政拨款收入支出决算总体情况说明\n"
            "2023年度财政拨款收入支出总计1,100.00万元。其中一般公共预算财政拨款收入1,050.00万元，"
            "政府性基金预算财政拨款收入50.00万元。\n")
    parsed = parse_lines(normalise_text(text))
    facts = {(m.metric, m.measure, m.value_reported) for m in parsed.metrics}
    assert {("grand_total", "actual", Decimal("1234.56")), ("grand_total", "prior_year", Decimal("1222.26")),
            ("fiscal_grand_total", "actual", Decimal("1100.00")),
            ("revenue_general_budget", "actual", Decimal("1050.00")),
            ("revenue_gov_fund", "actual", Decimal("50.00"))} <= facts
    assert parsed.meta.department == "某区民政局" and parsed.meta.doc_kind == "final_accounts"


def test_procurement_parts_named_by_their_kind_are_not_the_total():
    """Budgets say 货物类政府采购支出预算: the 政府采购支出预算 inside it is not the total's label."""
    text = ("江苏省某厅2017年度部门预算\n十二、政府采购预算表情况说明\n"
            "2017年度部门政府采购预算总金额为1,271.22万元。其中，货物类政府采购支出预算259.32万元，占20.40%；"
            "服务类政府采购支出预算1,011.90万元，占79.60%；工程类政府采购支出预算0万元。\n")
    parsed = parse_lines(normalise_text(text))
    facts = {(m.metric, m.measure, m.value_reported) for m in parsed.metrics}
    assert facts == {("procurement_total", "budget_initial", Decimal("1271.22")),
                     ("procurement_goods", "budget_initial", Decimal("259.32")),
                     ("procurement_services", "budget_initial", Decimal("1011.90")),
                     ("procurement_works", "budget_initial", Decimal("0"))}


@pytest.mark.parametrize("text, region", [
    # a county named once, on the cover, for a department whose name carries no place
    ("湖南省株洲市石峰区\n2023年度部门决算\n单位名称：民政局\n2023年度收入总计1,234.56万元。",
     ("民政局", "湖南省", "株洲市", "石峰区", "430204")),
    # a provincial department: the county its text names is not where it is
    ("2019年度部门预算\n预算单位：省检察院\n本院位于江苏省南京市鼓楼区。\n收入预算总计24,169.74万元。",
     ("省检察院", "江苏省", None, None, "320000")),
    ("江苏省人民检察院2019年度部门预算\n指导全省检察机关工作，南京市鼓楼区检察院。\n收入预算总计24,169.74万元。",
     ("江苏省人民检察院", "江苏省", None, None, "320000")),
])
def test_the_place_of_a_department(text, region):
    meta = parse_lines(normalise_text(text)).meta
    assert (meta.department, meta.province, meta.city, meta.county, meta.admin_code) == region


def test_a_department_named_short_in_its_headings_keeps_the_name_of_its_cover():
    """The cover names the department in full, the part headings short (`第二部分 省委办公厅 …`):
    the short name is the same department, stored as the report names itself in full; a part
    heading is never a name."""
    text = ("江苏省委办公厅2017年度部门预算\n目录\n第一部分 部门概况\n第二部分 省委办公厅2017年度部门预算表\n"
            "第三部分 省委办公厅2017年度部门预算情况说明\n第二部分 省委办公厅2017年度部门预算表\n"
            "一、收支预算总表\n第三部分 省委办公厅2017年度部门预算情况说明\n"
            "2017年度收入预算总计24,169.74万元。\n")
    meta = parse_lines(normalise_text(text)).meta
    assert (meta.department, meta.province, meta.county) == ("江苏省委办公厅", "江苏省", None)


def test_a_name_cell_merged_over_two_columns_heads_no_figures():
    """`功能科目代码 | 功能科目名称 (two columns) | 金额`, continued on a page whose grid has the
    name in one column; the 机关运行经费 table's 合计 in that merged name cell."""
    text = ("江苏省某院2018年度部门预算\n"
            "七、2018年度江苏省某院一般公共预算支出预算表\n单位:万元\n"
            "功能科目代码\t功能科目名称\t功能科目名称\t金额\n\t\t合计\t33,172.15\n"
            "204\t公共安全支出\t\t26,200.88\n2040501\t行政运行\t\t14,857.61\n"
            "2040504\t案件审判\t1,833.30\n"
            "十一、2018年度江苏省某院一般公共预算机关运行经费支出预算表\n单位:万元\n"
            "科目编码\t科目名称\t科目名称\t机关运行经费支出\n\t\t合计\t3,407.38\n302\t商品和服务支出\t\t3,407.38\n")
    parsed = parse_lines(normalise_text(text))
    lines = {(b.code, b.fund_scope, b.amount) for b in parsed.budget_lines if b.classification == "function"}
    assert lines == {("204", "general_public_budget", Decimal("26200.88")),
                     ("2040501", "general_public_budget", Decimal("14857.61")),
                     ("2040504", "general_public_budget", Decimal("1833.30"))}
    assert ("admin_operating_cost", Decimal("3407.38")) in {(m.metric, m.value_reported) for m in parsed.metrics}
    assert column_meaning("功能科目名称合计") == column_meaning("科目编码") == column_meaning("")


def test_an_amount_header_merged_over_two_grid_columns_reads_the_column_holding_the_figures():
    """`金额` printed once over two cells of the grid, the figures in the second (江苏 2017)."""
    text = ("江苏省某厅2017年度部门预算\n财政拨款支出预算表\n部门:\t江苏省某厅\t单位:万元\t单位:万元\n"
            "功能科目代码\t功能科目名称\t金额\t金额\n\t合计\t\t13,649.07\n"
            "201\t一般公共服务支出\t\t10,528.33\n2010101\t行政运行\t\t4,545.94\n")
    parsed = parse_lines(normalise_text(text))
    lines = {(b.code, b.fund_scope, b.measure, b.amount) for b in parsed.budget_lines if b.source_kind == "table"}
    assert lines == {("201", "fiscal_allocation", "budget_initial", Decimal("10528.33")),
                     ("2010101", "fiscal_allocation", "budget_initial", Decimal("4545.94"))}


@pytest.mark.parametrize("heading", ["一、收支预算总表情况说明", "一、收支预算总体情况说明", "一、部门收支总表情况说明",
                                     "二、支出预算情况说明", "一、收入支出决算总体情况说明"])
def test_the_classes_of_a_section_on_every_source_of_money_are_all_funds(heading):
    text = (f"江苏省某院2017年度部门预算\n{heading}\n(一)收入预算总计17,996.68万元。包括:\n"
            "(1)一般公共预算收入预算17,981.68万元。\n(二)支出预算总计17,996.68万元。包括:\n"
            "1.公共安全(类)支出13,656.34万元,主要用于检察院行政支出。\n"
            "五、财政拨款支出预算表情况说明\n1.公共安全(类)支出13,641.34万元。\n")
    scopes = {(b.code, b.fund_scope, b.amount) for b in parse_lines(normalise_text(text)).budget_lines}
    assert scopes == {("204", "all_funds", Decimal("13656.34")), ("204", "general_public_budget", Decimal("13641.34"))}


def test_a_subject_named_by_its_levels_joined_with_dashes_is_resolved_to_its_code():
    text = ("上海市普陀区某办公室2025年单位预算\n三、财政拨款支出主要内容\n"
            "1. “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,202.95万元，主要用于行政单位的基本支出。\n"
            "2. “住房保障支出-住房改革支出-购房补贴”科目186.77万元，主要用于购房补贴。\n"
            "3. “2024-2025年度-重点项目”科目10万元。\n")
    lines = {(b.code, b.reported_name, b.level, b.measure, b.amount) for b in parse_lines(normalise_text(text)).budget_lines}
    assert lines == {("2010301", "行政运行", 3, "budget_initial", Decimal("1202.95")),
                     ("2210203", "购房补贴", 3, "budget_initial", Decimal("186.77"))}


def test_a_class_name_and_a_label_a_page_break_parted_are_joined_only_into_known_names():
    """江苏 2017 收支预算总表: `八、社会保障和就 | 1,608.51` ends one page, `业支出` begins the next;
    `当年收入` / `小计` likewise. A row of text alone that joins into no known name stays apart."""
    text = ("江苏省某厅2017年度部门预算\n收支预算总表\n部门:\t江苏省某厅\t\t单位:万元\n"
            "收入\t收入\t支出\t支出\n项目名称\t金额\t功能科目名称\t金额\n"
            "一、财政拨款\t13,649.07\t一、一般公共服务支出\t10,528.33\n"
            "\t\t二、外交\t5.00\n\t\t其他\t\n"
            "\t\t八、社会保障和就\t1,608.51\n\t\t业支出\t\n\t\t九、医疗卫生与计划生育支出\t\n"
            "当年收入\t13,649.07\t当年支出小计\t13,649.07\n小计\t\t\t\n")
    parsed = parse_lines(normalise_text(text))
    assert {(b.code, b.reported_name, b.fund_scope, b.amount) for b in parsed.budget_lines} == {
        ("201", "一般公共服务支出", "all_funds", Decimal("10528.33")),
        ("208", "社会保障和就业支出", "all_funds", Decimal("1608.51"))}
    totals = {(m.metric, m.value_reported) for m in parsed.metrics}
    assert {("revenue_total", Decimal("13649.07")), ("expenditure_total", Decimal("13649.07"))} <= totals


def test_figures_printed_on_a_row_of_their_own_under_their_label_belong_to_it():
    """江苏省人民检察院 2018: the amount column's cell split by a rule of its own, the figure in its
    lower half (`204 | 公共安全支出 |` then `| | 16,444.36`); 2019: a tall 合计 cell (`合计 | 合计`,
    then `| | 2,391.92`). A row with a figure of its own stays apart."""
    text = ("江苏省某院2018年度部门预算\n公开07表:一般公共预算支出预算表\n部门:\t江苏省某院\t单位:万元\n"
            "功能科目代码\t功能科目名称\t金额\n\t合计\t21,940.96\n204\t公共安全支出\t\n\t\t16,444.36\n"
            "20404\t检察\t16,444.36\n2040401\t行政运行\t10,883.36\n\t\t5.00\n"
            "公开11表\n一般公共预算机关运行经费支出预算表\n部门名称:江苏省某院单位:万元\n"
            "科目编码\t科目名称\t机关运行经费支出\n合计\t合计\n\t\t2,391.92\n"
            "302\t商品和服务支出\t2,391.92\n")
    parsed = parse_lines(normalise_text(text))
    lines = {(b.code, b.amount) for b in parsed.budget_lines if b.classification == "function"}
    assert lines == {("204", Decimal("16444.36")), ("20404", Decimal("16444.36")), ("2040401", Decimal("10883.36"))}
    assert ("admin_operating_cost", Decimal("2391.92")) in {(m.metric, m.value_reported) for m in parsed.metrics}


def test_items_under_a_class_heading_and_a_section_line_take_both_as_their_path():
    """`(一)公共安全支出(类)`, `检察(款): 2018年预算支出合计…`, then `1.行政运行(项)支出…`; a 项 name may hold
    、; an amount said to be of another year is not the document's; `…(项)”科目43.83万元` too."""
    text = ("江苏省某院2018年度部门预算\n五、财政拨款支出预算情况说明\n(一)公共安全支出(类)\n"
            "检察(款): 2018年预算支出合计16,444.36万元。其中:\n"
            "1.行政运行(项)支出10,883.36万元,与上年相比增加2,915.22万元。\n"
            "2.公诉、审判、侦查、执行等检察监督支出(项) 1,895万元,与上年相比减少134万元。\n"
            "3.一般行政管理事务(项): 2017年预算支出合计3,644.2万元。\n"
            "六、财政拨款基本支出预算情况说明\n1.行政运行(项)支出99.00万元。\n")
    lines = {(b.code, b.reported_name, b.level, b.amount) for b in parse_lines(normalise_text(text)).budget_lines}
    assert lines == {("20404", "检察", 2, Decimal("16444.36")), ("2040401", "行政运行", 3, Decimal("10883.36")),
                     ("2040405", "公诉、审判、侦查、执行等检察监督支出", 3, Decimal("1895"))}


def test_a_subject_s_amount_may_follow_the_word_ke_mu():
    text = ("上海市普陀区某街道办事处2025年部门预算\n二、财政拨款支出预算情况\n"
            "1. “一般公共服务支出(类)统计信息事务(款)专项普查活动(项)”科目43.83万元,主要用于统计管理。\n")
    lines = {(b.code, b.reported_name, b.measure, b.amount) for b in parse_lines(normalise_text(text)).budget_lines}
    assert lines == {("2010507", "专项普查活动", "budget_initial", Decimal("43.83"))}


def test_economic_items_stated_one_per_sentence_with_their_level_are_economic_lines():
    """江苏省政协办公厅 2017: `1、工资福利支出(类)…`, `(1)基本工资(款)支出…` under a 基本支出 section; the
    economic 公务接待费(款) of 基本支出 is not the 三公 公务接待费; function classes marked (类) are no
    economic class, and nothing under them is read as one."""
    text = ("江苏省某办公厅2017年度部门预算\n六、财政拨款基本支出预算表情况说明\n"
            "江苏省某办公厅2017年度财政拨款基本支出预算5,836.27万元,其中:\n"
            "1、工资福利支出(类)2,097.51万元\n(1)基本工资(款)支出737.94万元。用于发放工资。\n"
            "2、商品和服务支出(类)1,131.92万元\n(1)维修(护)费(款)支出100万元。\n"
            "(2)公务接待费(款)支出16万元。用于公务接待支出。\n"
            "七、财政拨款支出预算表情况说明\n1、一般公共服务(类)支出6,543.55万元\n(1)政协事务(款)支出6,000万元。\n")
    parsed = parse_lines(normalise_text(text))
    economic = {(b.code, b.reported_name, b.level, b.spending_type, b.amount)
                for b in parsed.budget_lines if b.classification == "economic"}
    assert economic == {("301", "工资福利支出", 1, "basic", Decimal("2097.51")),
                        ("30101", "基本工资", 2, "basic", Decimal("737.94")),
                        ("302", "商品和服务支出", 1, "basic", Decimal("1131.92")),
                        ("30213", "维修(护)费", 2, "basic", Decimal("100")),
                        ("30217", "公务接待费", 2, "basic", Decimal("16"))}
    assert not any(m.metric == "three_public_reception" for m in parsed.metrics)


def test_a_title_line_that_runs_into_its_number_and_caption_names_the_table():
    """江苏省人大常委会办公厅 2019 prints `收支预算总表公开表一部门: 江苏省人大常委会办公厅单位:万元` as one line."""
    text = ("财政拨款支出预算表(功能科目) 公开表五部门: 江苏省人大常委会办公厅单位:万元\n"
            "功能科目编码\t功能科目名称\t金额\n合计\t\t18,330.37\n201\t一般公共服务支出\t13,907.78\n"
            "2010101\t行政运行\t7,448.20\n2019年政府采购预算表\n")
    parsed = parse_lines(normalise_text(text))
    assert parsed.meta.fiscal_year == 2019 and parsed.meta.doc_kind == "budget"
    assert {(b.code, b.fund_scope, b.amount) for b in parsed.budget_lines} == {
        ("201", "fiscal_allocation", Decimal("13907.78")), ("2010101", "fiscal_allocation", Decimal("7448.20"))}


@pytest.mark.parametrize("text, kind, measure", [
    ("上海市普陀区某局2025年“三公”经费预算数为36.59万元，其中：因公出国（境）费0万元，公务接待费2.5万元，"
     "公务用车购置及运行费34.09万元。", "budget", "budget_initial"),
    ("2023年度“三公”经费财政拨款支出决算为12.34万元，比年初预算减少1.2万元。其中：因公出国（境）费支出决算为"
     "0万元；公务用车购置及运行维护费支出决算为10.00万元；公务接待费支出决算为2.34万元。", "final_accounts", "actual"),
    # an amount said to be 决算 without 为 (`支出决算3.50万元`, `决算总额为`), the budget beside it
    ("2022年度“三公”经费财政拨款支出预算为15.00万元，实际支出“三公”经费决算为8.75万元。其中公务接待费支出决算"
     "3.50万元，公务用车运行维护费支出决算5.25万元。", "final_accounts", "actual"),
    ("2021年度一般公共预算财政拨款安排的“三公”经费支出决算总额为8.75万元，其中公务接待费支出决算 3.50 万元。",
     "final_accounts", "actual"),
])
def test_an_excerpt_is_placed_by_the_wording_of_its_sentences(text, kind, measure):
    """A page or paragraph cut from a report, without its title: 支出决算为 says final accounts,
    预算数为 where nothing speaks of what was done says a budget."""
    parsed = parse_lines(normalise_text(text))
    assert parsed.meta.doc_kind == kind
    totals = {(m.metric, m.measure) for m in parsed.metrics}
    assert ("three_public_total", measure) in totals and ("three_public_reception", measure) in totals


@pytest.mark.parametrize("text, batches, people", [
    ("2023年国内公务接待15批次、150人次。", 15, 150),
    ("全年接待国内公务共计8批次，共接待64人次。", 8, 64),
    ("国内公务接待批次为12个，接待人次为96人。", 12, 96),
    ("全年公务接待24批次，210人次，外事接待0批次。", 24, 210),
])
def test_reception_counts_in_the_usual_wordings(text, batches, people):
    parsed = parse_lines(normalise_text("某县审计局2023年度部门决算\n" + text))
    found = {m.metric: m.value_reported for m in parsed.metrics}
    assert (found.get("reception_batches"), found.get("reception_people")) == (batches, people)


def test_an_excerpt_whose_amounts_have_no_knowable_measure_is_quarantined_saying_so():
    with pytest.raises(NotAReport, match="measure cannot be known"):
        parse_lines(normalise_text("某区民政局2023年度收入总计1,234.56万元，支出总计1,234.56万元。"))


def test_items_under_an_economic_class_heading_are_no_function_lines():
    text = ("江苏省某办公厅2019年度部门预算\n六、财政拨款基本支出预算情况说明\n(一)工资福利支出(类)\n"
            "1.基本工资(款)支出737.94万元。\n(二)一般公共服务(类)\n人大事务(款): 2019年预算支出合计100.00万元。\n")
    lines = {(b.classification, b.code, b.reported_name) for b in parse_lines(normalise_text(text)).budget_lines}
    assert lines == {("function", "20101", "人大事务")}


def test_a_three_public_table_listing_its_items_as_rows_is_read_by_row():
    """Many local 三公 tables print `项目 | 预算数` with an item a row (the national one has them as
    columns); the first column of the document's own figures is read, counts below are not."""
    text = ("某县某局2017年度部门“三公”经费预算情况表\n单位：元\n项目\t2016年执行数\t2017年预算数\n"
            "一、支出合计\t\t180000\n1、因公出国（境）费用\t\t0\n2、公务接待费\t\t60000\n3、公务用车费\t\t120000\n"
            "其中：（1）公务用车运行维护费\t\t120000\n（2）公务用车购置\t\t\n二、相关统计数\t\t\n"
            "1.因公出国（境）团组数（个）\t\t0\n2.国内公务接待批次\t\t12\n3.公务用车保有量（辆）\t\t2\n")
    parsed = parse_lines(normalise_text(text))
    assert parsed.meta.doc_kind == "budget" and parsed.meta.fiscal_year == 2017
    table = {(m.metric, m.measure, m.value_reported, m.unit_reported) for m in parsed.metrics if m.source_kind == "table"}
    assert table == {("three_public_total", "budget_initial", Decimal("180000"), "元"),
                     ("three_public_outbound", "budget_initial", Decimal("0"), "元"),
                     ("three_public_reception", "budget_initial", Decimal("60000"), "元"),
                     ("three_public_vehicle", "budget_initial", Decimal("120000"), "元"),
                     ("three_public_vehicle_operation", "budget_initial", Decimal("120000"), "元")}


def test_a_three_public_table_by_row_takes_the_total_not_its_parts_column():
    text = ("某市某委2016年财政拨款“三公”经费预算表\n金额单位：万元\n项目\t2016年预算数\t\n\t小计\t其中：一般公共预算安排数\n"
            "一、“三公”经费合计\t20.50\t18.00\n（一）因公出国（境）费\t单位不需填列\t单位不需填列\n（二）公务接待费\t12.50\t10.00\n"
            "（三）公务用车费\t8.00\t8.00\n二、会议费\t5.00\t5.00\n三、培训费\t6.00\t6.00\n")
    parsed = parse_lines(normalise_text(text))
    table = {(m.metric, m.value_reported) for m in parsed.metrics if m.source_kind == "table"}
    assert table == {("three_public_total", Decimal("20.50")), ("three_public_reception", Decimal("12.50")),
                     ("three_public_vehicle", Decimal("8.00"))}


def test_a_numbered_section_heading_is_not_the_documents_title():
    """`二、2021年“三公”经费决算情况` in a budget names a section: it does not make the page final
    accounts (the page states a budget and last year's spending; what each amount is stays unknown)."""
    text = ("一、2022年“三公”经费预算安排情况\n2022年度“三公”经费预算总计21.00万元，其中公务接待费11.00万元。\n"
            "二、2021年“三公”经费决算情况\n2021年度“三公”经费合计支出20.00万元，其中公务接待费12.00万元。\n")
    with pytest.raises(NotAReport, match="measure cannot be known"):
        parse_lines(normalise_text(text))


@pytest.mark.parametrize("text, expected", [
    # the department's total and its parts
    ("2024年支出预算总计500.00万元，其中：基本支出400.00万元，项目支出100.00万元。",
     {("expenditure_basic", Decimal("400.00")), ("expenditure_project", Decimal("100.00"))}),
    # a classification line's parts
    ("住房公积金112,788.00元，其中：基本支出112,788.00元，项目支出0元。", set()),
    ("其他技术研究与开发支出53,700.00元，其中：基本支出0元，项目支出53,700.00元。", set()),
])
def test_basic_and_project_parts_are_the_departments_only_under_its_total(text, expected):
    parsed = parse_lines(normalise_text("某市某局2024年部门预算\n本部门实有人数20人。\n" + text))
    parts = {(m.metric, m.value_reported) for m in parsed.metrics if m.metric in ("expenditure_basic", "expenditure_project")}
    assert parts == expected


def test_basic_spending_in_the_general_public_budget_section_is_not_the_departments():
    text = ("某市某局2024年部门预算\n本部门实有人数20人。\n五、一般公共预算支出情况说明\n"
            "1.基本支出预算1,440.22万元，占一般公共预算支出的96.41%。\n")
    parsed = parse_lines(normalise_text(text))
    assert not [m for m in parsed.metrics if m.metric == "expenditure_basic"]


def test_a_projects_self_evaluation_rows_are_not_the_departments_revenue():
    """部门预算项目支出绩效自评表: 财政资金 / 财政专户管理资金 / 上年结转资金 rows are the project's money."""
    text = ("某县某局2023年度部门决算\n本部门实有人数20人。\n部门预算项目支出绩效自评表（2023年度）\n"
            "资金情况\t年初预算数\t全年预算数\t全年执行数\n年度资金总额\t10.00\t12.00\t11.50\n"
            "其中：财政资金\t10.00\t12.00\t11.50\n财政专户管理资金\t0.00\t0.00\t0.00\n上年结转资金\t2.00\t2.00\t2.00\n")
    parsed = parse_lines(normalise_text(text))
    assert not {m.metric for m in parsed.metrics} & {"revenue_special_account", "carryover_begin", "revenue_fiscal"}


def test_reception_written_without_fee():
    parsed = parse_lines(normalise_text("某旗某局2022年度部门预算\n2022年度“三公”经费预算总计21.80万元，其中：因公出国（境）经费0万元，"
                                        "公务接待11.80万元，公务用车运行费用10.00万元。"))
    found = {(m.metric, m.value_reported) for m in parsed.metrics}
    assert {("three_public_reception", Decimal("11.80")), ("three_public_vehicle_operation", Decimal("10.00"))} <= found


def test_a_table_headed_budget_figures_makes_a_budget_where_nothing_speaks_of_spending():
    text = ("2015年某市某局部门“三公”经费情况统计表\n\t单位：万元\n项目\t本年预算数\t其中：公共预算财政拨款\n"
            "合计\t34.35\t34.35\n1.因公出国（境）费用\t0\t0\n2.公务接待费\t1.70\t1.70\n")
    parsed = parse_lines(normalise_text(text))
    assert parsed.meta.doc_kind == "budget"
    assert ("three_public_total", "budget_initial", Decimal("34.35")) in {
        (m.metric, m.measure, m.value_reported) for m in parsed.metrics}


def test_the_year_a_figure_is_compared_with_is_not_the_reports():
    """`与2014年决算数持平`, `较2014年决算数下降` (a short sentence, not a title): the page is of 2015."""
    text = ("某镇2015年“三公”经费支出说明\n一、因公出国（境）经费\n2015年因公出国（境）费0万元，与2014年决算数持平。\n"
            "二、公务接待费\n2015年公务接待费9.95万元，较2014年决算数下降5.5%。\n"
            "2015年公务用车购置及运行维护费13.01万元，较2014年决算数下降1.95%。\n")
    from ingest.extractors.metadata import fiscal_year

    assert fiscal_year(normalise_text(text)) == 2015


def test_spending_set_against_its_budget_item_by_item():
    """`X支出0万元，年初预算为0.95万元；Y支出2.05万元，年初预算为2万元`: each 支出 is what was spent, and
    年初预算为 beside it says final accounts."""
    text = ("二、“三公”经费财政拨款支出与年初预算对比情况。\n2018年度本部门“三公”经费支出2.05万元，年初预算为2.95万元，"
            "差值为0.9万元。其中：公务用车运行维护费支出0万元，年初预算为0.95万元，差值为0.95万元；"
            "公务接待费支出2.05万元，年初预算为2万元，差值为0.05万元。\n")
    parsed = parse_lines(normalise_text(text))
    assert parsed.meta.doc_kind == "final_accounts" and parsed.meta.fiscal_year == 2018
    found = {(m.metric, m.measure, m.value_reported) for m in parsed.metrics}
    assert {("three_public_total", "actual", Decimal("2.05")), ("three_public_vehicle_operation", "actual", Decimal("0")),
            ("three_public_reception", "actual", Decimal("2.05"))} <= found
    assert not [m for m in parsed.metrics if m.measure != "actual" and m.value_reported == Decimal("2.05")]


def test_a_difference_from_the_budget_is_not_a_change_from_last_year():
    """`与上年相比减少53.70万元，降低2.99%；决算数大于预算数55.93万元`: only the first is against last year."""
    text = ("某园2017年度部门决算\\n2017年度，本单位一般公共预算财政拨款支出总计1741.75万元，与上年相比减少53.70万元，"
            "降低2.99%；完成年初预算100%，决算数大于预算数55.93万元。\\n")
    parsed = parse_lines(normalise_text(text))
    prior = {m.value_reported for m in parsed.metrics if m.measure == "prior_year"}
    assert prior == {Decimal("1795.45")}


def test_procurements_sources_are_not_the_departments_carry_over():
    text = ("某市某馆2023年部门预算\n本部门实有人数12人。\n2023年政府采购预算17,000元。按政府采购资金类型划分，一般公共预算拨款17,000元，"
            "财政专户管理的资金安排0元，上年结转结余资金安排0元。\n")
    parsed = parse_lines(normalise_text(text))
    assert not [m for m in parsed.metrics if m.metric == "carryover_begin"]


def test_an_arranged_three_public_budget_and_an_unchanged_item_before_the_last():
    """`财政拨款安排“三公”经费…` is a budget's wording; `与上年持平` said of an earlier item is not the
    last item's prior year."""
    text = ("一、“三公”经费安排情况\n2022年本部门财政拨款安排“三公”经费52.40万元，比上年减少4.60万元。其中：因公出国（境）费0万元，"
            "主要原因是与上年持平；公务接待费2.40万元，比上年减少4.60万元。\n")
    parsed = parse_lines(normalise_text(text))
    assert parsed.meta.doc_kind == "budget"
    reception = {(m.measure, m.value_reported) for m in parsed.metrics if m.metric == "three_public_reception"}
    assert reception == {("budget_initial", Decimal("2.40")), ("prior_year", Decimal("7.00"))}


@pytest.mark.parametrize("text, metric, value", [
    ("本单位人员编制总数为15人，实有在职人员总数14人。", "staff_authorized", 15),
    ("本单位人员编制总数为15人，实有在职人员总数14人。", "staff_actual", 14),
    ("现有在职职工62人，退休职工28人。", "staff_retired", 28),
])
def test_staff_counts_in_other_wordings(text, metric, value):
    parsed = parse_lines(normalise_text("某市某中心2018年部门预算\n" + text))
    assert {m.metric: m.value_reported for m in parsed.metrics}.get(metric) == value


@pytest.mark.parametrize("title, department", [
    ("2018年湛江市质量技术监督局“三公”经费预算情况说明", "湛江市质量技术监督局"),
    ("2015年桂林市司法局部门“三公”经费情况统计表", "桂林市司法局"),
    ("某市幼儿园2018年度部门预算公开", "某市幼儿园"),  # schools, kindergartens, towns report too
])
def test_a_three_public_pages_title_names_the_department(title, department):
    parsed = parse_lines(normalise_text(title + "\n2018年“三公”经费预算数为32.60万元，其中公务接待费4.00万元。\n"))
    assert parsed.meta.department == department


def test_a_year_said_to_have_had_no_such_budget_is_not_the_pages_year():
    """`2020年无此项预算` is the year compared with; a page that names no other year has none."""
    text = ("对个人和家庭补助支出预算4,800.00元，占基本支出预算0.52%，同比增加4,800.00元，2020年无此项预算。\n")
    with pytest.raises(NotAReport, match="no fiscal year found"):
        parse_lines(normalise_text(text))


def test_procurement_by_type_without_government_in_the_label():
    text = ("某市某馆2023年部门预算\n2023年政府采购预算17,000元。其中：货物类采购10,000元，占政府采购预算58.8%；"
            "工程类采购0元；服务类采购7,000元。\n")
    found = {(m.metric, m.value_reported, m.unit_reported) for m in parse_lines(normalise_text(text)).metrics}
    assert {("procurement_goods", Decimal("10000"), "元"), ("procurement_works", Decimal("0"), "元"),
            ("procurement_services", Decimal("7000"), "元")} <= found


def test_a_final_accounts_three_public_table_by_row_gives_budget_and_spending():
    text = ("某县某局2019年度部门决算\n2019年度“三公”经费支出决算表\n单位：万元\n项目\t预算数\t决算数\n合计\t10.00\t8.50\n"
            "1.因公出国（境）费\t0\t0\n2.公务接待费\t4.00\t3.50\n3.公务用车购置及运行维护费\t6.00\t5.00\n")
    parsed = parse_lines(normalise_text(text))
    table = {(m.metric, m.measure, m.value_reported) for m in parsed.metrics if m.source_kind == "table"}
    assert table == {("three_public_total", "budget", Decimal("10.00")), ("three_public_total", "actual", Decimal("8.50")),
                     ("three_public_outbound", "budget", Decimal("0")), ("three_public_outbound", "actual", Decimal("0")),
                     ("three_public_reception", "budget", Decimal("4.00")), ("three_public_reception", "actual", Decimal("3.50")),
                     ("three_public_vehicle", "budget", Decimal("6.00")), ("three_public_vehicle", "actual", Decimal("5.00"))}
