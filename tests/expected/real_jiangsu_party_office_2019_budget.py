"""Facts of 江苏省委办公厅_江苏省委办公厅2019年度部门预算公开文件.pdf, read from the page images (not from parser output).

The 2019 department budget (部门预算) of 江苏省委办公厅, a provincial department. This file is the narrative
part only (14 pages, text-based): cover (p1, "江苏省委办公厅2019年度部门预算公开"), 目录 (p2), 第一部分 部门概况
(pp. 3-6), 第二部分 says only "具体公开表样附后" (p6; the tables are published as a separate PDF,
江苏省委办公厅_江苏省委办公厅2019年度部门预算公开表格.pdf), 第三部分 情况说明 (pp. 6-13), 第四部分 名词解释
(pp. 13-14). Every fact below is therefore a figure in a sentence (source "narrative"), all money printed in
万元. PDF page N carries the printed footer "N-2" (p6 is "4"). Pages 1-5 and 14 print no budget amounts.
The department names itself 江苏省委办公厅 on the cover and in every sentence of the 情况说明 (the 2018 tables
file prints 中共江苏省委办公厅; this document never does).

Read from pdftoppm renders at 110 dpi; every digit was checked on the image.
Everything adds up: 22395.50 + 1374.63 + 3894.09 = 27664.22 (p7-8); the two 党委办公厅 项 add to 22395.50
(p9), the three 离退休 项 to 1374.63 and the two 住房改革 项 to 3894.09 (p10); 基本 11700.63 + 项目 13025.38 +
单位预留机动经费 2938.21 = 27664.22 (p8); 人员 9467.72 + 公用 2232.91 = 11700.63 (p11); 货物 84 + 服务
1338.50 = 1422.50 (p13). No figure contradicts another.

Restatements: each printed statement is one fact, so a figure restated in another section of the same page
is listed again (p7: 收入预算总计 and 支出预算总计; p8: 基本/项目 in 一 "此外" and in 三; p11: 人员/公用 in 六 and
八; p12: the 三公 items in the first paragraph and in "具体情况如下").

Left out on purpose:
- 单位预留机动经费 2938.21 (p8, twice): no metric in the vocabulary fits it.
- Every "与上年相比增加 …万元" (3205.79, 2241.75, 85.11, 878.93, 1297.52, 943.92, 964.35, 1297.83, 26.77,
  41.67, 16.67, 250.59, 628.34, 138.33): differences, not prior-year figures. "与上年相比无变化" (p7) and
  "与上年预算数一致" (三公 items, 会议费, 培训费, 政府性基金, p12) print no prior-year amount itself: no
  prior_year_* fact (deriving one is not reading it). Percentages (占…%, 增长…%) likewise.
- The "三公" total: not printed (only the shares 13.77% / 80.92% / 5.31% of it, p12), not computed.
- 会议费 933.50 and 培训费 30 (p12): no metric.
- p9 五 "财政拨款预算支出27664.22" and p11 七 "一般公共预算财政拨款支出预算27664.22": expenditure totals of
  one fund scope, no metric fits them (as in the 政协 2018 and 人大 2019 files).
- p12 十 "政府性基金支出预算支出0万元": an expenditure figure, no metric fits (revenue_gov_fund, the revenue
  side, is recorded from p7).
- p13 "一般公务用车127辆" (vehicle breakdown), "单价20万元（含）以上的设备33台（套）", "0个项目实行绩效目标管理，
  涉及财政性资金合计0万元": no metric. No 编制数, 实有人数 or 离退休人数 is printed (p4 lists 内设机构 and four
  预算单位 by name only).
- No 结转下年 figure is printed in this document, so there is no carryover_end fact.
"""

SOURCE_FILE = "江苏省委办公厅_江苏省委办公厅2019年度部门预算公开文件.pdf"
SHA256 = "818fcfd65d478ff357606042021838a6508e185fa045ad1e13d8b0904112e704"

DOCUMENT = dict(
    province="江苏省",
    city=None,                  # provincial department: no city level
    county=None,
    department_printed="江苏省委办公厅",  # cover (p1): "江苏省委办公厅2019年度部门预算公开"
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="江苏省委办公厅",
    admin_code="320000",
    fiscal_year=2019,
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

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # pp. 7-8, 一、收支预算总体情况说明 / （二）支出预算总计27664.22万元: function classes (类) of the 收支预算总表,
    # i.e. every source of money -> all_funds. Printed "一般公共服务（类）支出" etc.; the name is the class name.
    (7, _F, None, "一般公共服务支出", _X, "total", "all_funds", _B, "22395.50", _U, _N),
    (7, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "1374.63", _U, _N),
    (8, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "3894.09", _U, _N),

    # pp. 9-10, 五、财政拨款支出预算情况说明 (财政拨款预算支出 27664.22, p9): 项-level lines
    # "党委办公厅（室）及相关机构事务（款）行政运行（项）支出9370.12万元"; name = the 项 name as printed. The 类
    # headings "（一）一般公共服务（类）" etc. carry no amount. fund_scope general_public_budget: 财政拨款 here is
    # wholly 一般公共预算 (p7: 财政拨款收入 = 一般公共预算收入 27664.22, 政府性基金 0; p11: 一般公共预算财政拨款支出
    # 27664.22).
    # (一)一般公共服务（类）/ 党委办公厅（室）及相关机构事务（款）, p9
    (9, _F, None, "行政运行", _X, "total", "general_public_budget", _B, "9370.12", _U, _N),
    (9, _F, None, "一般行政管理事务", _X, "total", "general_public_budget", _B, "13025.38", _U, _N),
    # (二)社会保障和就业支出（类）/ 行政事业单位离退休（款）, p10. The 项 names are printed without the 支出 that
    # the table file's 2080505 / 2080506 names carry: kept as printed.
    (10, _F, None, "未归口管理的行政单位离退休", _X, "total", "general_public_budget", _B, "275.54", _U, _N),
    (10, _F, None, "机关事业单位基本养老保险缴费", _X, "total", "general_public_budget", _B, "785.06", _U, _N),
    (10, _F, None, "机关事业单位职业年金缴费", _X, "total", "general_public_budget", _B, "314.03", _U, _N),
    # (三)住房保障支出（类）/ 住房改革支出（款）, p10
    (10, _F, None, "住房公积金", _X, "total", "general_public_budget", _B, "965.87", _U, _N),
    (10, _F, None, "提租补贴", _X, "total", "general_public_budget", _B, "2928.22", _U, _N),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # p6, 一、收支预算总体情况说明: "收入、支出预算总计27664.22万元".
    (6, "grand_total", _B, "27664.22", _U, _N),
    # p7, （一）收入预算总计 27664.22 and its parts; （二）支出预算总计 27664.22 (both statements listed).
    (7, "grand_total", _B, "27664.22", _U, _N),              # （一）收入预算总计
    (7, "revenue_fiscal", _B, "27664.22", _U, _N),           # 1．财政拨款收入预算总计
    (7, "revenue_general_budget", _B, "27664.22", _U, _N),   # （1）一般公共预算收入预算
    (7, "revenue_gov_fund", _B, "0", _U, _N),                # （2）政府性基金收入预算
    (7, "revenue_special_account", _B, "0", _U, _N),         # 2．财政专户管理资金收入预算总计
    (7, "revenue_other", _B, "0", _U, _N),                   # 3．其他资金收入预算总计
    (7, "carryover_begin", _B, "0", _U, _N),                 # 4．上年结转资金预算
    (7, "grand_total", _B, "27664.22", _U, _N),              # （二）支出预算总计
    # p8, end of 一 ("此外"): 基本支出 / 项目支出 (all funds; 单位预留机动经费 2938.21 left out: no metric).
    (8, "expenditure_basic", _B, "11700.63", _U, _N),
    (8, "expenditure_project", _B, "13025.38", _U, _N),
    # p8, 二、收入预算情况说明: 本年收入预算合计 and its only part (share 占100% not recorded).
    (8, "revenue_total", _B, "27664.22", _U, _N),
    (8, "revenue_general_budget", _B, "27664.22", _U, _N),
    # p8, 三、支出预算情况说明: 本年支出预算合计 and its parts (单位预留机动经费 2938.21 left out again).
    (8, "expenditure_total", _B, "27664.22", _U, _N),
    (8, "expenditure_basic", _B, "11700.63", _U, _N),
    (8, "expenditure_project", _B, "13025.38", _U, _N),
    # p9, 四、财政拨款收支预算总体情况说明: "财政拨款收、支总预算27664.22万元".
    (9, "fiscal_grand_total", _B, "27664.22", _U, _N),
    # p10, 六、财政拨款基本支出预算情况说明: 基本支出 11700.63 (the amount on p10, "万元" on p11; same value as
    # the all-funds 基本支出, so no conflict under the one key).
    (10, "expenditure_basic", _B, "11700.63", _U, _N),
    # p11, 六 continued: 人员经费 / 公用经费.
    (11, "basic_personnel", _B, "9467.72", _U, _N),
    (11, "basic_public", _B, "2232.91", _U, _N),
    # p11, 八、一般公共预算基本支出预算情况说明: the same three figures restated.
    (11, "expenditure_basic", _B, "11700.63", _U, _N),
    (11, "basic_personnel", _B, "9467.72", _U, _N),
    (11, "basic_public", _B, "2232.91", _U, _N),
    # p12, 九、"三公" first paragraph (the 三公 total is not printed: left out, not computed).
    (12, "three_public_outbound", _B, "70", _U, _N),
    (12, "three_public_vehicle", _B, "411.20", _U, _N),      # 公务用车购置及运行费
    (12, "three_public_reception", _B, "27", _U, _N),
    # p12, 具体情况如下: items restated with the vehicle split.
    (12, "three_public_outbound", _B, "70", _U, _N),
    (12, "three_public_vehicle", _B, "411.20", _U, _N),
    (12, "three_public_vehicle_purchase", _B, "0", _U, _N),  # 公务用车购置预算支出
    (12, "three_public_vehicle_operation", _B, "411.20", _U, _N),  # 公务用车运行维护费
    (12, "three_public_reception", _B, "27", _U, _N),
    # p13, 十一 机关运行经费, 十二 政府采购 (货物 + 服务; no 工程 printed), 十三 国有资产.
    (13, "admin_operating_cost", _B, "2232.91", _U, _N),
    (13, "procurement_total", _B, "1422.50", _U, _N),
    (13, "procurement_goods", _B, "84", _U, _N),             # 拟采购货物支出
    (13, "procurement_services", _B, "1338.50", _U, _N),     # 拟购买服务支出
    # a count of vehicles held (本部门共有车辆), not a budgeted figure: measure actual
    (13, "vehicles_total", "actual", "127", "辆", _N),
]
