"""Facts of 江苏省人大办公厅_江苏省人大办公厅2017年度预算公开.pdf, read from the page images (not from parser output).

The 2017 department budget (部门预算) of 江苏省人大常委会办公厅, a provincial department: one 31-page,
text-based PDF holding the narrative and the tables together. Cover and 目录 (pp. 1-2), 第一部分 部门概况
(pp. 2-6; work counts only, and the staff figures on p6), 第二部分 部门预算表 (pp. 7-23), 第三部分 情况说明
(pp. 23-29), 第四部分 名词解释 (pp. 29-30), p31 blank. PDF pages carry no printed page numbers. Every
table prints "部门：江苏省人大常委会办公厅" and "单位：万元"; the narrative states every amount in 万元.

Table map (tables run across page breaks, headers printed once):
  7-9   收支预算总表 (revenue by source; expenditure by function class, names without codes, and by 用途)
  9-10  收入预算总表 (only 收入总计 / 一般公共预算资金 小计 / 公共财政拨款(补助)资金 filled)
  10    支出预算总表 (one row: 合计 / 基本支出 / 项目支出 / 单位预留机动经费 / 结转下年资金 blank)
  11    财政拨款支出预算表 (function codes 3/5/7 digits in one column, one 金额 column)
  12    财政拨款收支预算总表 -- printed AFTER the 财政拨款支出预算表, the reverse of the 目录 order
  12-15 财政拨款基本支出预算表 (title on p12, rows pp. 13-15; 部门预算经济分类 301…)
  15    财政拨款政府性基金支出预算表 (empty grid, "(无政府性基金支出）")
  16-17 一般公共预算支出预算表 (same lines and values as p11)
  17-18 一般公共预算基本支出预算表 (same lines and values as pp. 13-15)
  18-19 一般公共预算机关运行经费支出预算表 (title p18, rows p19)
  20    “三公”经费、会议费、培训费支出预算表
  20-23 2017年政府采购预算表

Read from pdftoppm renders at 110 dpi, small digits checked at 150-160 dpi. Everything adds up:
the nine 人大事务 项 add to 10528.33, 2210201 + 2210202 = 1512.23, 10528.33 + 1608.51 + 1512.23 = 13649.07;
基本 7666.68 + 项目 5853.96 + 单位预留机动经费 128.43 = 13649.07; 301 2928.98 + 302 1585.96 + 303 3151.74 =
7666.68 and each 3-digit row is the sum of its 5-digit rows; 人员经费 6080.72 = 301 + 303, 公用经费 1585.96 =
302; 三公 833.60 = 222.50 + 183.60 + 427.50; 机关运行经费 5619.31 = 302 5560.31 + 310 59.00; 政府采购
2247.85 = 货物 59.00 + 服务 2188.85.

Fund scopes: the two 财政拨款 tables (p11 function, pp. 13-15 economic) are recorded as fiscal_allocation
(财政拨款 = 一般公共预算 + 政府性基金 per 名词解释 p29, as the 省委办公厅 2017 tables file does for its
财政拨款支出预算表); the 一般公共预算 tables (pp. 16-17, 17-18) as general_public_budget. Both pairs print the
same values (the 政府性基金 part is empty), so each line appears once per fund scope. The function class rows
of the 收支预算总表 (pp. 7-8, no codes) are all_funds with code None, keyed by name.

Metrics: each metric goes in once per source (table / narrative), on the page where it is first printed.
Restatements left out as duplicates: grand_total / revenue_general_budget on the 收入预算总表 (p9),
expenditure_total / basic / project on the 支出预算总表 (p10), 一般公共预算 收入 / 基本 / 项目 on the
财政拨款收支预算总表 (p12); in the narrative the 收入预算总计 of p23 (一), the 支出预算总计 of p23 (二), the
基本/项目 of p24 三, the 财政拨款基本支出 7666.68 (p26) and the 人员/公用经费 of p27 九 (same as p26 六), the
三公 items restated on pp. 28-29 "具体情况如下".

Left out on purpose:
- p26 五 "1. 人大事务行政运行（项）支出10528.33万元": the label contradicts the tables (10528.33 is the 201 类 /
  20101 款 total; 2010101 行政运行 is 4545.94, p11), so it is not recorded under 行政运行 nor under another
  name. Its siblings "2. 社会保障和就业支出1608.51" and "3. 住房保障支出1512.23" are recorded.
- 单位预留机动经费 128.43 (pp. 7, 10, 12, 24): no metric fits it.
- Blank cells (not facts): 政府性基金预算, 财政专户管理资金, 其他资金, 上年结转资金, 结转下年资金 on pp. 7-12 and
  the whole 政府性基金 table (p15). So there is no revenue_gov_fund / revenue_other / carryover fact. The
  narrative "全部由省财政拨款" (p23) / "全部为公共财政拨款资金" (p24) give no separate figure, so no narrative
  revenue_fiscal / revenue_general_budget fact.
- p9 公共财政拨款(补助)资金 13649.07 (a sub-row of 一般公共预算资金): no metric beyond revenue_general_budget.
- Every "与上年相比增加/减少 …万元" (844.15, 17.89, 193.25, 668.79), "比2016年增加4032.99万元", "本年数小于上年
  预算数403.75万元" and percentages: differences, not prior-year figures. The 三公 items, 项目支出 and 单位预留机动
  经费 are "与上年(预算数)持平", which implies the prior-year budget equals this year's, but no prior-year figure
  is printed, so no prior_year_* fact.
- “三公” table p20: 合计 2542.60 (三公 + 会议费 1305.25 + 培训费 403.75), 会议费 and 培训费 (also p29 narrative):
  no metric. The narrative prints no 三公 total (only shares 8.75% / 7.22% / 16.81%): none recorded.
- 机关运行经费 table p19: its economic lines (302 5560.31, 30201 770.50, 30202 印刷费 244.00, 30209 物业管理费
  456.00, 30211 1293.36, 30215 会议费 1305.25, 30299 687.60, 310/31002 59.00, …) include project money and
  differ from the basic-expenditure lines under the same codes; no spending_type fits, so only the total
  (admin_operating_cost) is recorded, as in the 省委办公厅 2017 file.
- 政府采购 detail rows (pp. 20-23: 办公设备购置 59.00, 台式计算机 10.00, 会议服务 950.00, …): no metric. No
  二、工程 row in the table; the narrative says "拟购买工程0万元" (p29), recorded as narrative procurement_works.
- p26/p27 "财政拨款预算支出13649.07" and "一般公共预算财政拨款支出预算13649.07": expenditure totals of one fund
  scope, no metric fits (as in the 2019 file).
- p6: 行政编制199 / 行政附属编制104 / 事业编制36 (parts of 编制339), 38个处室, 3个专门委员会, 8个工作委员会,
  4个所属事业单位; pp. 4-5 work counts (11件法规, 11期培训班 …): no metric. No vehicle count is printed.
"""

SOURCE_FILE = "江苏省人大办公厅_江苏省人大办公厅2017年度预算公开.pdf"
SHA256 = "520fa5c58e1f8aa41a801835525ad885d6169d4c851309498e2e008792dc3206"

DOCUMENT = dict(
    province="江苏省",
    city=None,                  # provincial department: no city level
    county=None,
    # cover (p1) "江苏省人大常委会办公厅 2017年度部门预算" and the 部门： line of every table. (The 目录,
    # p1-2, says "省人大办公厅" for short.)
    department_printed="江苏省人大常委会办公厅",
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="江苏省人大常委会办公厅",
    admin_code="320000",
    fiscal_year=2017,
    doc_kind="budget",
    budget_level="department",
    amount_unit_reported="万元",  # every table: 单位：万元
)

_F = "function"
_E = "economic"
_X = "expenditure"
_B = "budget_initial"
_U = "万元"
_T = "table"
_N = "narrative"

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # pp. 7-8, 收支预算总表, 支出 / 功能分类: class rows print names without codes (一、一般公共服务支出 …), every
    # source of money -> all_funds. Only three of the twenty classes carry an amount; the rest are blank.
    # 八、社会保障和就业支出: the amount is on p7, the name wraps onto p8.
    (7, _F, None, "一般公共服务支出", _X, "total", "all_funds", _B, "10528.33", _U, _T),
    (7, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "1608.51", _U, _T),
    (8, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "1512.23", _U, _T),

    # p11, 财政拨款支出预算表: 功能科目代码 printed as one 3/5/7-digit code; one 金额 column (合计 13649.07
    # not recorded as a line) -> fiscal_allocation.
    (11, _F, "201", "一般公共服务支出", _X, "total", "fiscal_allocation", _B, "10528.33", _U, _T),
    (11, _F, "20101", "人大事务", _X, "total", "fiscal_allocation", _B, "10528.33", _U, _T),
    (11, _F, "2010101", "行政运行", _X, "total", "fiscal_allocation", _B, "4545.94", _U, _T),
    (11, _F, "2010102", "一般行政管理事务", _X, "total", "fiscal_allocation", _B, "2468.78", _U, _T),
    (11, _F, "2010104", "人大会议", _X, "total", "fiscal_allocation", _B, "1305.25", _U, _T),
    (11, _F, "2010105", "人大立法", _X, "total", "fiscal_allocation", _B, "810.00", _U, _T),
    (11, _F, "2010106", "人大监督", _X, "total", "fiscal_allocation", _B, "418.75", _U, _T),
    (11, _F, "2010107", "人大代表履职能力提升", _X, "total", "fiscal_allocation", _B, "403.75", _U, _T),
    (11, _F, "2010108", "代表工作", _X, "total", "fiscal_allocation", _B, "428.36", _U, _T),
    (11, _F, "2010109", "人大信访工作", _X, "total", "fiscal_allocation", _B, "47.50", _U, _T),
    (11, _F, "2010199", "其他人大事务支出", _X, "total", "fiscal_allocation", _B, "100.00", _U, _T),
    (11, _F, "208", "社会保障和就业支出", _X, "total", "fiscal_allocation", _B, "1608.51", _U, _T),
    (11, _F, "20805", "行政事业单位离退休", _X, "total", "fiscal_allocation", _B, "1608.51", _U, _T),
    (11, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", "fiscal_allocation", _B, "1608.51", _U, _T),
    (11, _F, "221", "住房保障支出", _X, "total", "fiscal_allocation", _B, "1512.23", _U, _T),
    (11, _F, "22102", "住房改革支出", _X, "total", "fiscal_allocation", _B, "1512.23", _U, _T),
    (11, _F, "2210201", "住房公积金", _X, "total", "fiscal_allocation", _B, "494.22", _U, _T),
    (11, _F, "2210202", "提租补贴", _X, "total", "fiscal_allocation", _B, "1018.01", _U, _T),

    # pp. 16-17, 一般公共预算支出预算表: the same 18 lines and values as p11 (合计 13649.07 not a line).
    (16, _F, "201", "一般公共服务支出", _X, "total", "general_public_budget", _B, "10528.33", _U, _T),
    (16, _F, "20101", "人大事务", _X, "total", "general_public_budget", _B, "10528.33", _U, _T),
    (16, _F, "2010101", "行政运行", _X, "total", "general_public_budget", _B, "4545.94", _U, _T),
    (16, _F, "2010102", "一般行政管理事务", _X, "total", "general_public_budget", _B, "2468.78", _U, _T),
    (16, _F, "2010104", "人大会议", _X, "total", "general_public_budget", _B, "1305.25", _U, _T),
    (16, _F, "2010105", "人大立法", _X, "total", "general_public_budget", _B, "810.00", _U, _T),
    (16, _F, "2010106", "人大监督", _X, "total", "general_public_budget", _B, "418.75", _U, _T),
    (16, _F, "2010107", "人大代表履职能力提升", _X, "total", "general_public_budget", _B, "403.75", _U, _T),
    (16, _F, "2010108", "代表工作", _X, "total", "general_public_budget", _B, "428.36", _U, _T),
    (16, _F, "2010109", "人大信访工作", _X, "total", "general_public_budget", _B, "47.50", _U, _T),
    (16, _F, "2010199", "其他人大事务支出", _X, "total", "general_public_budget", _B, "100.00", _U, _T),
    (16, _F, "208", "社会保障和就业支出", _X, "total", "general_public_budget", _B, "1608.51", _U, _T),
    (16, _F, "20805", "行政事业单位离退休", _X, "total", "general_public_budget", _B, "1608.51", _U, _T),
    (17, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", "general_public_budget", _B, "1608.51", _U, _T),
    (17, _F, "221", "住房保障支出", _X, "total", "general_public_budget", _B, "1512.23", _U, _T),
    (17, _F, "22102", "住房改革支出", _X, "total", "general_public_budget", _B, "1512.23", _U, _T),
    (17, _F, "2210201", "住房公积金", _X, "total", "general_public_budget", _B, "494.22", _U, _T),
    (17, _F, "2210202", "提租补贴", _X, "total", "general_public_budget", _B, "1018.01", _U, _T),

    # pp. 13-15, 财政拨款基本支出预算表 (title p12): 部门预算经济分类, one 金额 column (合计 7666.68 not a line).
    (13, _E, "301", "工资福利支出", _X, "basic", "fiscal_allocation", _B, "2928.98", _U, _T),
    (13, _E, "30101", "基本工资", _X, "basic", "fiscal_allocation", _B, "1015.15", _U, _T),
    (13, _E, "30102", "津贴补贴", _X, "basic", "fiscal_allocation", _B, "1822.05", _U, _T),
    (13, _E, "30103", "奖金", _X, "basic", "fiscal_allocation", _B, "83.60", _U, _T),
    (13, _E, "30107", "绩效工资", _X, "basic", "fiscal_allocation", _B, "8.18", _U, _T),
    (13, _E, "302", "商品和服务支出", _X, "basic", "fiscal_allocation", _B, "1585.96", _U, _T),
    (13, _E, "30201", "办公费", _X, "basic", "fiscal_allocation", _B, "370.00", _U, _T),
    (13, _E, "30205", "水费", _X, "basic", "fiscal_allocation", _B, "50.00", _U, _T),
    (13, _E, "30206", "电费", _X, "basic", "fiscal_allocation", _B, "350.00", _U, _T),
    (13, _E, "30207", "邮电费", _X, "basic", "fiscal_allocation", _B, "45.00", _U, _T),
    (13, _E, "30211", "差旅费", _X, "basic", "fiscal_allocation", _B, "230.00", _U, _T),
    (14, _E, "30228", "工会经费", _X, "basic", "fiscal_allocation", _B, "21.00", _U, _T),
    (14, _E, "30229", "福利费", _X, "basic", "fiscal_allocation", _B, "50.00", _U, _T),
    (14, _E, "30231", "公务用车运行维护费", _X, "basic", "fiscal_allocation", _B, "183.60", _U, _T),
    (14, _E, "30239", "其他交通费用", _X, "basic", "fiscal_allocation", _B, "266.46", _U, _T),
    (14, _E, "30299", "其他商品和服务支出", _X, "basic", "fiscal_allocation", _B, "19.90", _U, _T),
    (14, _E, "303", "对个人和家庭的补助", _X, "basic", "fiscal_allocation", _B, "3151.74", _U, _T),
    (14, _E, "30301", "离休费", _X, "basic", "fiscal_allocation", _B, "213.23", _U, _T),
    (14, _E, "30302", "退休费", _X, "basic", "fiscal_allocation", _B, "1395.28", _U, _T),
    (14, _E, "30307", "医疗费", _X, "basic", "fiscal_allocation", _B, "30.24", _U, _T),
    (14, _E, "30309", "奖励金", _X, "basic", "fiscal_allocation", _B, "0.76", _U, _T),
    (14, _E, "30311", "住房公积金", _X, "basic", "fiscal_allocation", _B, "494.22", _U, _T),
    (15, _E, "30312", "提租补贴", _X, "basic", "fiscal_allocation", _B, "1018.01", _U, _T),

    # pp. 17-18, 一般公共预算基本支出预算表: identical lines and values to pp. 13-15.
    (17, _E, "301", "工资福利支出", _X, "basic", "general_public_budget", _B, "2928.98", _U, _T),
    (17, _E, "30101", "基本工资", _X, "basic", "general_public_budget", _B, "1015.15", _U, _T),
    (17, _E, "30102", "津贴补贴", _X, "basic", "general_public_budget", _B, "1822.05", _U, _T),
    (17, _E, "30103", "奖金", _X, "basic", "general_public_budget", _B, "83.60", _U, _T),
    (17, _E, "30107", "绩效工资", _X, "basic", "general_public_budget", _B, "8.18", _U, _T),
    (17, _E, "302", "商品和服务支出", _X, "basic", "general_public_budget", _B, "1585.96", _U, _T),
    (17, _E, "30201", "办公费", _X, "basic", "general_public_budget", _B, "370.00", _U, _T),
    (18, _E, "30205", "水费", _X, "basic", "general_public_budget", _B, "50.00", _U, _T),
    (18, _E, "30206", "电费", _X, "basic", "general_public_budget", _B, "350.00", _U, _T),
    (18, _E, "30207", "邮电费", _X, "basic", "general_public_budget", _B, "45.00", _U, _T),
    (18, _E, "30211", "差旅费", _X, "basic", "general_public_budget", _B, "230.00", _U, _T),
    (18, _E, "30228", "工会经费", _X, "basic", "general_public_budget", _B, "21.00", _U, _T),
    (18, _E, "30229", "福利费", _X, "basic", "general_public_budget", _B, "50.00", _U, _T),
    (18, _E, "30231", "公务用车运行维护费", _X, "basic", "general_public_budget", _B, "183.60", _U, _T),
    (18, _E, "30239", "其他交通费用", _X, "basic", "general_public_budget", _B, "266.46", _U, _T),
    (18, _E, "30299", "其他商品和服务支出", _X, "basic", "general_public_budget", _B, "19.90", _U, _T),
    (18, _E, "303", "对个人和家庭的补助", _X, "basic", "general_public_budget", _B, "3151.74", _U, _T),
    (18, _E, "30301", "离休费", _X, "basic", "general_public_budget", _B, "213.23", _U, _T),
    (18, _E, "30302", "退休费", _X, "basic", "general_public_budget", _B, "1395.28", _U, _T),
    (18, _E, "30307", "医疗费", _X, "basic", "general_public_budget", _B, "30.24", _U, _T),
    (18, _E, "30309", "奖励金", _X, "basic", "general_public_budget", _B, "0.76", _U, _T),
    (18, _E, "30311", "住房公积金", _X, "basic", "general_public_budget", _B, "494.22", _U, _T),
    (18, _E, "30312", "提租补贴", _X, "basic", "general_public_budget", _B, "1018.01", _U, _T),

    # pp. 23-24, 一、收支预算总表情况说明 / （二）支出预算总计13649.07万元: the function classes of the
    # 收支预算总表 in sentences ("1．一般公共服务支出10528.33万元") -> all_funds.
    (23, _F, None, "一般公共服务支出", _X, "total", "all_funds", _B, "10528.33", _U, _N),
    (24, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "1608.51", _U, _N),
    (24, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "1512.23", _U, _N),
    # p26, 五、财政拨款支出预算表情况说明 "2. 社会保障和就业支出1608.51万元", "3. 住房保障支出1512.23万元"
    # All 财政拨款 here is 一般公共预算 (政府性基金 is empty) -> general_public_budget, as in the other
    # Jiangsu files' 财政拨款支出 sections. Item 1 is mislabelled: see the docstring.
    (26, _F, None, "社会保障和就业支出", _X, "total", "general_public_budget", _B, "1608.51", _U, _N),
    (26, _F, None, "住房保障支出", _X, "total", "general_public_budget", _B, "1512.23", _U, _N),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # pp. 7-9, 收支预算总表. 2.政府性基金预算, 二、财政专户管理资金, 三、其他资金, 上年结转资金, 结转下年资金 blank.
    (7, "revenue_fiscal", _B, "13649.07", _U, _T),           # 一、财政拨款
    (7, "revenue_general_budget", _B, "13649.07", _U, _T),   # 1.一般公共预算
    (7, "expenditure_basic", _B, "7666.68", _U, _T),         # 一、基本支出
    (7, "expenditure_project", _B, "5853.96", _U, _T),       # 二、项目支出
    (8, "revenue_total", _B, "13649.07", _U, _T),            # 当年收入小计 (label wraps to p9, amount on p8)
    (8, "expenditure_total", _B, "13649.07", _U, _T),        # 当年支出小计
    (9, "grand_total", _B, "13649.07", _U, _T),              # 收入合计 = 支出合计
    # p12, 财政拨款收支预算总表: 收入合计 = 支出合计.
    (12, "fiscal_grand_total", _B, "13649.07", _U, _T),
    # p19, 一般公共预算机关运行经费支出预算表, 合计.
    (19, "admin_operating_cost", _B, "5619.31", _U, _T),
    # p20, “三公”经费、会议费、培训费支出预算表 (公务用车购置费 printed "0").
    (20, "three_public_total", _B, "833.60", _U, _T),                # “三公”经费 小计
    (20, "three_public_outbound", _B, "222.50", _U, _T),
    (20, "three_public_vehicle", _B, "183.60", _U, _T),              # 公务用车购置及运行维护费 小计
    (20, "three_public_vehicle_purchase", _B, "0", _U, _T),
    (20, "three_public_vehicle_operation", _B, "183.60", _U, _T),
    (20, "three_public_reception", _B, "427.50", _U, _T),
    # pp. 20-21, 2017年政府采购预算表: 合计, 一、货物A (p20), 三、服务C (p21); no 二、工程 row.
    (20, "procurement_total", _B, "2247.85", _U, _T),
    (20, "procurement_goods", _B, "59.00", _U, _T),
    (21, "procurement_services", _B, "2188.85", _U, _T),

    # p6, 三、部门机构设置: "编制339名", "实际在编在职人员274名，离退休人员150名". Counts held, not budgeted
    # figures: measure actual, as the existing files do for counts.
    (6, "staff_authorized", "actual", "339", "人", _N),
    (6, "staff_actual", "actual", "274", "人", _N),
    (6, "staff_retired", "actual", "150", "人", _N),
    # p23, 一、收支预算总表情况说明: "收入、支出预算总计13649.07万元".
    (23, "grand_total", _B, "13649.07", _U, _N),
    # p24: "此外，基本支出预算数为7666.68万元", "项目支出预算数为5853.96万元".
    (24, "expenditure_basic", _B, "7666.68", _U, _N),
    (24, "expenditure_project", _B, "5853.96", _U, _N),
    # p24, 二、收入预算情况说明 "本年收入预算合计13649.07万元"; 三、支出预算情况说明 "本年支出预算合计13649.07万元".
    (24, "revenue_total", _B, "13649.07", _U, _N),
    (24, "expenditure_total", _B, "13649.07", _U, _N),
    # p25, 四、财政拨款收支预算总表情况说明: "财政拨款收、支总预算13649.07万元".
    (25, "fiscal_grand_total", _B, "13649.07", _U, _N),
    # p26, 六、财政拨款基本支出预算表情况说明: 人员经费 / 公用经费 (restated p27 九).
    (26, "basic_personnel", _B, "6080.72", _U, _N),
    (26, "basic_public", _B, "1585.96", _U, _N),
    # p28, 十、机关运行经费: "一般公共预算机关运行经费预算支出5619.31万元".
    (28, "admin_operating_cost", _B, "5619.31", _U, _N),
    # p28, 十一、三公: first paragraph and "具体情况如下" items (公务用车购置为0, 运行维护费183.6).
    (28, "three_public_outbound", _B, "222.5", _U, _N),
    (28, "three_public_vehicle", _B, "183.6", _U, _N),       # 公务用车购置及运行费
    (28, "three_public_reception", _B, "427.5", _U, _N),
    (28, "three_public_vehicle_purchase", _B, "0", _U, _N),
    (28, "three_public_vehicle_operation", _B, "183.6", _U, _N),
    # p29, 十二、政府采购: "总金额为2247.85万元。其中拟购买货物59万元，拟购买工程0万元，拟购买服务2188.85万元".
    (29, "procurement_total", _B, "2247.85", _U, _N),
    (29, "procurement_goods", _B, "59", _U, _N),
    (29, "procurement_works", _B, "0", _U, _N),
    (29, "procurement_services", _B, "2188.85", _U, _N),
]
