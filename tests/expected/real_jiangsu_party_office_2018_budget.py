"""Facts of 江苏省委办公厅_江苏省委办公厅2018年度部门预算公开文件.pdf, read from the page images (not from parser output).

The 2018 department budget (部门预算) of 江苏省委办公厅, a provincial department. This file is the narrative
part only (13 pages, text-based): cover (p1, "江苏省委办公厅2018年度部门预算公开"), 目录 (p2), 第一部分 部门概况
(pp. 3-5), 第二部分 says only "具体公开表样附后" (p5; the tables are published as the separate file
江苏省委办公厅_江苏省委办公厅2018年度部门预算公开表.pdf, see real_jiangsu_party_office_2018_budget_tables.py),
第三部分 情况说明 (pp. 5-12), 第四部分 名词解释 (pp. 12-13). Every fact below is therefore a figure in a sentence
(source "narrative"), all money printed in 万元. PDF page N carries the printed footer "N-2" (p5 is "3").
Pages 1-4 and 13 print no budget amounts. The department names itself 江苏省委办公厅 on the cover and in every
sentence of the 情况说明 (the tables file prints 中共江苏省委办公厅; this document never does).

Read from pdftoppm renders at 110 dpi (pp. 1-13) and 150 dpi (pp. 6-12); every digit was checked on the image.

Everything adds up: 20153.75 + 1289.52 + 3015.16 = 24458.43 (pp. 6-7); the two 党委办公厅 项 add to 20153.75
(p8), the three 离退休 项 to 1289.52 and the two 住房改革 项 to 3015.16 (pp. 8-9); 基本 10403.11 + 项目 12081.46 +
单位预留机动经费 1973.86 = 24458.43 (p7); 人员 8308.53 + 公用 2094.58 = 10403.11 (p9, p10); 货物 90 + 工程 0 +
服务 1359.50 = 1449.50 (p12). The two growth figures are consistent too: 一 "收、支预算总计各增加3608.98" (p5)
= 一般公共预算 +3756.18 - 财政专户 -147.20 (p6), while 四 (p8) says "+3756.18" of 财政拨款 only. No figure
contradicts another, and no sentence is mislabelled.

Fund scopes of the function lines: the class lines of 一、收支预算总体情况说明 / （二）支出预算总计 (pp. 6-7) are
all funds -> all_funds. The 项 lines of 五、财政拨款支出预算情况说明 (pp. 8-9) -> general_public_budget: all
财政拨款 here is 一般公共预算 (p6: 财政拨款收入 = 一般公共预算收入 24458.43; p10 七: 一般公共预算财政拨款支出
24458.43; p11 十: 政府性基金支出 0). The 类 headings of 五 ("（一）一般公共服务（类）" …) carry no amount.
Names: "一般公共服务（类）支出" / "社会保障和就业（类）支出" / "住房保障（类）支出" are recorded by the class names
一般公共服务支出 / 社会保障和就业支出 / 住房保障支出 (as the 2017 and 2019 files do); each 项 line by its 项 name
as printed (机关事业单位基本养老保险缴费 / 机关事业单位职业年金缴费 without a trailing 支出).

Restatements: as in the 2019 file, each printed statement is one fact, so a figure restated in another section
of the same page is listed again (p6: 收入预算总计 and 支出预算总计; p7: 基本/项目 in 一 "此外" and in 三; p11:
the 三公 items in the first paragraph and in "具体情况如下"). 财政拨款基本支出预算 10403.11 (p9, 六) and 一般公共预算
财政拨款基本支出预算 10403.11 (p10, 八) are recorded as expenditure_basic: the same value as the all-funds 基本支出
(p7), all basic expenditure being 财政拨款 here. The 三公 paragraph of 九 begins on p10 but its amounts are on p11.

Left out on purpose:
- 单位预留机动经费 1973.86 (p7, twice): no metric in the vocabulary fits it.
- p8 五 "财政拨款预算支出24458.43" and p10 七 "一般公共预算财政拨款支出预算24458.43": expenditure totals of one
  fund scope; no metric fits them (as in the 2017 and 2019 files).
- p11 十 "政府性基金支出预算支出0万元": an expenditure figure, no metric fits (the revenue section prints no
  政府性基金 revenue line this year, so there is no revenue_gov_fund fact).
- p11 会议费 933.50 and 培训费 30: no metric. The "三公" total is not printed (only the shares 13.77% / 80.92% /
  5.31%): three_public_total not recorded, not computed.
- Every "与上年相比增加/减少 …万元" (3608.98, 3756.18, 147.20, 3161.38, 710.87, 1158.47, 439.04, 1392.80,
  1777.14, 1965.30, 1343.28, 1751.62, 743.39, 297.36, 94, 1064.47, 8007.18), "比上年预算减少1万元" (公务接待费),
  "比上年预算增加5万元" (培训费) and percentages: differences, not prior-year figures. "与上年预算数一致" (出国,
  车辆购置, 车辆运行, 会议费), "与上年数一致" (政府性基金, 国有资本经营) print no prior-year amount itself: no
  prior_year_* fact (deriving one is not reading it).
- p12 十三(一) "0个项目实行绩效目标管理，涉及财政性资金合计0万元": no metric.
- p4 "20个处室和省委机要局", "预算单位共计1家" (下属 东郊国宾馆 / 西康宾馆 自收自支, not in the budget): no metric.
  No 编制数, 实有人数, 离退休人数 or vehicle count is printed anywhere.
- No 上年结转 / 结转下年 figure and no 其他资金 figure is printed in this document.

The document prints only 10 function lines (3 class lines, 7 项 lines) and no economic line with an amount
(六/八 list the economic items by name only), so it cannot reach 40 facts of both kinds as a tables file would;
none were invented.
"""

SOURCE_FILE = "江苏省委办公厅_江苏省委办公厅2018年度部门预算公开文件.pdf"
# the narrative part alone: its tables are this other file (real_jiangsu_party_office_2018_budget_tables.py)
NARRATIVE_ONLY = "江苏省委办公厅_江苏省委办公厅2018年度部门预算公开表.pdf"
SHA256 = "d22abdf08130690fa0c24eb523d54a74a534ddf0326fc024553f77d61752e3b8"

DOCUMENT = dict(
    province="江苏省",
    city=None,                  # provincial department: no city level
    county=None,
    department_printed="江苏省委办公厅",  # cover (p1): "江苏省委办公厅2018年度部门预算公开"
    # stored as this document names itself (its cover); the tables file of the same budget prints
    # 中共江苏省委办公厅, a name this document never uses
    department="江苏省委办公厅",
    admin_code="320000",
    fiscal_year=2018,
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
    # pp. 6-7, 一、收支预算总体情况说明 / （二）支出预算总计24458.43万元: function classes (类) of the 收支预算总表,
    # i.e. every source of money -> all_funds.
    (6, _F, None, "一般公共服务支出", _X, "total", "all_funds", _B, "20153.75", _U, _N),
    (6, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "1289.52", _U, _N),
    (7, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "3015.16", _U, _N),

    # pp. 8-9, 五、财政拨款支出预算情况说明 (财政拨款预算支出 24458.43, p8): 项-level lines
    # "党委办公厅（室）及相关机构事务（款）行政运行（项）支出8072.29万元"; name = the 项 name as printed.
    # (一)一般公共服务（类）/ 党委办公厅（室）及相关机构事务（款）, p8
    (8, _F, None, "行政运行", _X, "total", _GPB, _B, "8072.29", _U, _N),
    (8, _F, None, "一般行政管理事务", _X, "total", _GPB, _B, "12081.46", _U, _N),
    # (二)社会保障和就业支出（类）/ 行政事业单位离退休（款）: 1. on p8, 2.-3. on p9
    (8, _F, None, "未归口管理的行政单位离退休", _X, "total", _GPB, _B, "248.77", _U, _N),
    (9, _F, None, "机关事业单位基本养老保险缴费", _X, "total", _GPB, _B, "743.39", _U, _N),
    (9, _F, None, "机关事业单位职业年金缴费", _X, "total", _GPB, _B, "297.36", _U, _N),
    # (三)住房保障支出（类）/ 住房改革支出（款）, p9
    (9, _F, None, "住房公积金", _X, "total", _GPB, _B, "715.28", _U, _N),
    (9, _F, None, "提租补贴", _X, "total", _GPB, _B, "2299.88", _U, _N),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # p5, 一、收支预算总体情况说明: "2018年度收入、支出预算总计24458.43万元" (万 on p5, 元 on p6).
    (5, "grand_total", _B, "24458.43", _U, _N),
    # p6, （一）收入预算总计 and its parts; （二）支出预算总计 (both statements listed).
    (6, "grand_total", _B, "24458.43", _U, _N),              # （一）收入预算总计
    (6, "revenue_fiscal", _B, "24458.43", _U, _N),           # 1．财政拨款收入预算总计
    (6, "revenue_general_budget", _B, "24458.43", _U, _N),   # （1）一般公共预算收入预算
    (6, "revenue_special_account", _B, "0", _U, _N),         # 2．财政专户管理资金收入预算总计 0万元
    (6, "grand_total", _B, "24458.43", _U, _N),              # （二）支出预算总计
    # p7, end of 一 ("此外"): 基本支出 / 项目支出 (单位预留机动经费 1973.86 left out: no metric).
    (7, "expenditure_basic", _B, "10403.11", _U, _N),
    (7, "expenditure_project", _B, "12081.46", _U, _N),
    # p7, 二、收入预算情况说明: 本年收入预算合计 and its only part (share 占100% not recorded).
    (7, "revenue_total", _B, "24458.43", _U, _N),
    (7, "revenue_general_budget", _B, "24458.43", _U, _N),
    # p7, 三、支出预算情况说明: 本年支出预算合计 and its parts (单位预留机动经费 1973.86 left out again).
    (7, "expenditure_total", _B, "24458.43", _U, _N),
    (7, "expenditure_basic", _B, "10403.11", _U, _N),
    (7, "expenditure_project", _B, "12081.46", _U, _N),
    # p8, 四、财政拨款收支预算总体情况说明: "财政拨款收、支总预算24458.43万元".
    (8, "fiscal_grand_total", _B, "24458.43", _U, _N),
    # p9, 六、财政拨款基本支出预算情况说明: 基本支出, 人员经费, 公用经费.
    (9, "expenditure_basic", _B, "10403.11", _U, _N),
    (9, "basic_personnel", _B, "8308.53", _U, _N),
    (9, "basic_public", _B, "2094.58", _U, _N),
    # p10, 八、一般公共预算基本支出预算情况说明: the same three figures restated.
    (10, "expenditure_basic", _B, "10403.11", _U, _N),
    (10, "basic_personnel", _B, "8308.53", _U, _N),
    (10, "basic_public", _B, "2094.58", _U, _N),
    # p11, 九、"三公" first paragraph (begun on p10; the 三公 total is not printed: left out, not computed).
    (11, "three_public_outbound", _B, "70", _U, _N),
    (11, "three_public_vehicle", _B, "411.20", _U, _N),      # 公务用车购置及运行费
    (11, "three_public_reception", _B, "27", _U, _N),
    # p11, 具体情况如下: items restated with the vehicle split.
    (11, "three_public_outbound", _B, "70", _U, _N),
    (11, "three_public_vehicle", _B, "411.20", _U, _N),
    (11, "three_public_vehicle_purchase", _B, "0", _U, _N),  # （1）公务用车购置预算支出
    (11, "three_public_vehicle_operation", _B, "411.20", _U, _N),  # （2）公务用车运行维护费
    (11, "three_public_reception", _B, "27", _U, _N),
    # p11, 十一、"一般公共预算机关运行经费预算支出2094.58万元".
    (11, "admin_operating_cost", _B, "2094.58", _U, _N),
    # p12, 十二、政府采购: 总额 and its three parts (工程 printed as 0).
    (12, "procurement_total", _B, "1449.50", _U, _N),
    (12, "procurement_goods", _B, "90", _U, _N),             # 拟采购货物支出
    (12, "procurement_works", _B, "0", _U, _N),              # 拟采购工程支出
    (12, "procurement_services", _B, "1359.50", _U, _N),     # 拟购买服务支出
    # p12, 十三(二) "国有资本经营预算收入为0万元".
    (12, "revenue_state_capital", _B, "0", _U, _N),
]
