"""Facts of 江苏省委办公厅_江苏省委办公厅2017年部门预算.pdf, read from the page images (not from parser output).

The 2017 department budget (部门预算) of 江苏省委办公厅 (中国共产党江苏省委员会办公厅), a provincial department.
This file is the narrative part only (13 pages, text-based): cover + 目录 (pp. 1-2), 第一部分 部门概况 (pp. 2-5),
第二部分 says only "具体公开表样附后" (p5: the tables are published as the separate file
江苏省委办公厅_江苏省委办公厅2017年预算公开表格.pdf, see real_jiangsu_party_office_2017_budget_tables.py),
第三部分 情况说明 (pp. 5-12), 第四部分 名词解释 (pp. 12-13). Every fact below is therefore a figure in a sentence
(source "narrative"), all stated in 万元. PDF page numbers equal the printed footers "— N —". Pages 1-4 and 13
print no budget amounts.

Read from pdftoppm renders at 110 dpi; every digit was checked on the image.

The figures add up and agree with the tables file: 16992.37 + 2000.39 + 1856.69 = 20849.45 (p6);
20702.25 + 147.20 = 20849.45; 基本 9964.07 + 项目 10688.66 + 单位预留机动经费 196.72 = 20849.45 (p7);
人员经费 7819.47 + 公用经费 2144.60 = 9964.07 (p9); the 项 lines of 五 (pp. 8-9) add to 20702.25
(6106.99 + 10738.18 = 16845.17 = 16992.37 all funds - 147.20 财政专户管理资金); 政府采购 496.20 + 1278.50 =
1774.70 (p12). No contradiction and no mislabelled sentence was found.

Fund scopes of the function lines: the class lines of 一、收支预算总表情况说明 / （二）支出预算总计 (p6) are all
funds -> all_funds. The 项 lines of 五、财政拨款支出预算表情况说明 (pp. 8-9) -> general_public_budget: all
财政拨款 here is 一般公共预算 (财政拨款收入 20702.25 = 一般公共预算收入 20702.25, p6; "本部门无政府性基金预算", p9),
as in the other Jiangsu narrative files. The 类/款 headings of 五 ("（一）一般公共服务（类）" …) carry no amount.
Names: "一般公共服务（类）支出" is recorded as the class name 一般公共服务支出; each 项 line by its 项 name.

Metrics: as in the other narrative-only file (real_jiangsu_cppcc_2018_budget.py), a figure restated on
another page is recorded again on that page (same key, same value); a restatement on the same page is
listed once (grand_total p6 (一) and (二); expenditure_project p7 in the 一 tail and in 三; the 三公 parts p11
in the first paragraph and in "具体情况如下"). 财政拨款基本支出预算 9964.07 (p9, 六) and 一般公共预算财政拨款
基本支出预算 9964.07 (p10, 九) are recorded as expenditure_basic: the same value as the all-funds 基本支出
(pp. 6-7), all basic expenditure being 财政拨款 here.

Left out on purpose:
- 单位预留机动经费 196.72 (p7, twice): no metric fits it.
- p8 "财政拨款预算支出 20702.25" (五) and p10 "一般公共预算财政拨款支出预算 20702.25" (八): expenditure totals of
  one fund scope; no metric fits them (as in the other Jiangsu files).
- p12 会议费 933.50 and 培训费 25: no metric. The narrative prints no "三公" total (only the shares 13.75% /
  80.75% / 5.50%, which imply 509.20): three_public_total not recorded, not computed.
- 政府采购 (p12): no 工程 part is printed, so no procurement_works fact.
- Every "与上年相比增加 …万元" (2043.58, 1203.44, 65.88, 774.26, 941.62, 1101.96, 101.48, 168.26, 606),
  "比上年增加 7952.30 万元" (机关运行经费) and percentages: differences, not prior-year figures. "与上年保持一致"
  (财政专户管理资金), "与上年相同" (单位预留机动经费) and "本年数与上年预算数一致" (三公 parts, 会议费, 培训费)
  imply an equal prior-year figure but print none, so there is no prior_year_* fact.
- p4: "20 个处室和省委机要局", 直属事业单位 东郊国宾馆 / 西康宾馆 (not in the budget): no metric. No staff counts
  (编制 / 在职 / 离退休) and no vehicle count are printed anywhere.

The document prints only 8 function lines (3 class lines, 5 项 lines) and no economic line with an amount
(六/九 list the economic items by name only), so it cannot reach 10 classification lines or 40 facts
without inventing figures; none were invented.
"""

SOURCE_FILE = "江苏省委办公厅_江苏省委办公厅2017年部门预算.pdf"
# the narrative part alone: its tables are this other file (real_jiangsu_party_office_2017_budget_tables.py)
NARRATIVE_ONLY = "江苏省委办公厅_江苏省委办公厅2017年预算公开表格.pdf"
SHA256 = "177eb7fa38c3d69b5573557e00094bf6ab076aa108886713b504ae1c7be96a7a"

DOCUMENT = dict(
    province="江苏省",
    city=None,                  # provincial department: no city level
    county=None,
    # cover (p1): "江苏省委办公厅 2017 年度部门预算"; the narrative says "省委办公厅" for short.
    department_printed="江苏省委办公厅",
    # stored as this document names itself (its cover); the tables file of the same budget prints
    # 中国共产党江苏省委员会办公厅 on every table, a name this document never uses
    department="江苏省委办公厅",
    admin_code="320000",
    fiscal_year=2017,
    doc_kind="budget",
    budget_level="department",
    # No table in this file; every amount of the 情况说明 is stated in 万元.
    amount_unit_reported="万元",
)

_F = "function"
_X = "expenditure"
_B = "budget_initial"
_U = "万元"
_N = "narrative"
_GPB = "general_public_budget"

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # p6, 一、收支预算总表情况说明 / （二）支出预算总计 20849.45 万元: function classes of the 收支预算总表 in
    # sentences ("1. 一般公共服务（类）支出 16992.37 万元", "2. 社会保障和就业支出 2000.39 万元",
    # "3. 住房保障支出 1856.69 万元") -> all_funds.
    (6, _F, None, "一般公共服务支出", _X, "total", "all_funds", _B, "16992.37", _U, _N),
    (6, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "2000.39", _U, _N),
    (6, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "1856.69", _U, _N),

    # pp. 8-9, 五、财政拨款支出预算表情况说明 (财政拨款预算支出 20702.25): 项-level lines; name = the 项 name.
    # (一)一般公共服务（类）/ 党委办公厅（室）及相关机构事务（款）, p8
    (8, _F, None, "行政运行", _X, "total", _GPB, _B, "6106.99", _U, _N),
    (8, _F, None, "一般行政管理事务", _X, "total", _GPB, _B, "10738.18", _U, _N),
    # (二)社会保障和就业支出（类）/ 行政事业单位离退休（款）, p8 (the sentence runs on to p9)
    (8, _F, None, "未归口管理的行政单位离退休", _X, "total", _GPB, _B, "2000.39", _U, _N),
    # (三)住房保障支出（类）/ 住房改革支出（款）, p9
    (9, _F, None, "住房公积金", _X, "total", _GPB, _B, "621.28", _U, _N),
    (9, _F, None, "提租补贴", _X, "total", _GPB, _B, "1235.41", _U, _N),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # p5, 一、收支预算总表情况说明: "2017 年度收入、支出预算总计 20849.45 万元".
    (5, "grand_total", _B, "20849.45", _U, _N),
    # p6: "（一）收入预算总计 20849.45 万元" / "（二）支出预算总计 20849.45 万元" (restated, listed once).
    (6, "grand_total", _B, "20849.45", _U, _N),
    (6, "revenue_fiscal", _B, "20702.25", _U, _N),            # 1. 财政拨款收入预算总计
    (6, "revenue_general_budget", _B, "20702.25", _U, _N),    # 一般公共预算收入
    (6, "revenue_special_account", _B, "147.20", _U, _N),     # 2. 财政专户管理资金收入预算总计
    # p6 (foot): "此外，基本支出预算数为 9964.07 万元"; p7: "项目支出预算数为 10688.66 万元".
    (6, "expenditure_basic", _B, "9964.07", _U, _N),
    (7, "expenditure_project", _B, "10688.66", _U, _N),
    # p7, 二、收入预算情况说明: "本年收入预算合计 20849.45 万元", 一般公共预算收入 20702.25, 财政专户管理资金 147.20.
    (7, "revenue_total", _B, "20849.45", _U, _N),
    (7, "revenue_general_budget", _B, "20702.25", _U, _N),
    (7, "revenue_special_account", _B, "147.20", _U, _N),
    # p7, 三、支出预算情况说明: "本年支出预算合计 20849.45 万元", 基本支出 9964.07 (项目支出 10688.66 restated on
    # the same page: listed once above).
    (7, "expenditure_total", _B, "20849.45", _U, _N),
    (7, "expenditure_basic", _B, "9964.07", _U, _N),
    # p7, 四、财政拨款收支预算总表情况说明: "财政拨款收、支总预算 20702.25" (万元 on p8; "财政拨款收、支总计各增加"
    # on p8 confirms it is the 收支总计).
    (7, "fiscal_grand_total", _B, "20702.25", _U, _N),
    # p9, 六、财政拨款基本支出预算表情况说明: 基本支出 9964.07, 人员经费 7819.47, 公用经费 2144.60.
    (9, "expenditure_basic", _B, "9964.07", _U, _N),
    (9, "basic_personnel", _B, "7819.47", _U, _N),
    (9, "basic_public", _B, "2144.60", _U, _N),
    # p10, 九、一般公共预算基本支出预算表情况说明: the same three figures restated.
    (10, "expenditure_basic", _B, "9964.07", _U, _N),
    (10, "basic_personnel", _B, "7819.47", _U, _N),
    (10, "basic_public", _B, "2144.60", _U, _N),
    # p11, 十、"一般公共预算机关运行经费预算支出 10101.76 万元".
    (11, "admin_operating_cost", _B, "10101.76", _U, _N),
    # p11, 十一、“三公”: first paragraph and "具体情况如下" (same figures, same page: listed once).
    (11, "three_public_outbound", _B, "70", _U, _N),             # 因公出国（境）费
    (11, "three_public_vehicle", _B, "411.20", _U, _N),          # 公务用车购置及运行费
    (11, "three_public_vehicle_purchase", _B, "0", _U, _N),      # (1) 公务用车购置预算支出数 0 万元
    (11, "three_public_vehicle_operation", _B, "411.20", _U, _N),  # (2) 公务用车运行维护费
    (11, "three_public_reception", _B, "28", _U, _N),            # 公务接待费
    # p12, 十二、政府采购: "预算总额为 1774.70 万元。其中拟购买货物 496.20 万元；拟购买服务 1278.50 万元".
    (12, "procurement_total", _B, "1774.70", _U, _N),
    (12, "procurement_goods", _B, "496.20", _U, _N),
    (12, "procurement_services", _B, "1278.50", _U, _N),
]
