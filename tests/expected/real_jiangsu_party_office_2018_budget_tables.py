"""Facts of 江苏省委办公厅_江苏省委办公厅2018年度部门预算公开表.pdf, read from the page images (not from parser output).

The 2018 department budget tables (省级部门预算公开报表) of 中共江苏省委办公厅, a provincial department.
15 PDF pages (pages stored rotated 90°), all text-based (no scanned images); every table prints
单位：万元 and 部门：中共江苏省委办公厅 (the cover prints 部 门:中共江苏省委办公厅; unlike 2017, this year's
tables use the short name, not 中国共产党江苏省委员会办公厅). Pages read at 110 dpi, digits confirmed
on 200 dpi crops.

Page map (the 目录 on page 2 lists 政府性基金支出预算表 seventh, but it is printed as page 12):
  1  cover (江苏省2018年度 省级部门预算公开报表)
  2  目录 (no figures)
  3  收支预算总表 (revenue by source; expenditure by function class, names only, and by 基本/项目)
  4  收入预算总表 (revenue by source, 小计 per source)
  5  支出预算总表 (a single row: 合计 / 基本支出 / 项目支出 / 单位预留机动经费 / 结转下年资金; no
     function lines)
  6  财政拨款收支预算总表
  7  财政拨款支出预算表 (function codes, one 金额 column)
  8  财政拨款基本支出预算表 (economic codes 301…, one 金额 column)
  9  一般公共预算支出预算表 (same lines and values as page 7)
  10 一般公共预算基本支出预算表 (same lines and values as page 8)
  11 “三公”经费、会议费、培训费支出预算表
  12 财政拨款政府性基金支出预算表 (empty: blank 合计 row, 注：本部门无相关收支项目)
  13 一般公共预算机关运行经费支出预算表
  14-15 2018年政府采购预算表 (one table running over two pages, header printed on page 14 only)

No table prints 上年预算数 / 上年执行数 columns, so there are no prior_year_* facts. There is no
narrative (说明) in this file, so every fact has source "table". No function table splits its
amount into 基本支出 / 项目支出 columns, so function lines carry spending_type "total" only.

All of this department's money in 2018 is 一般公共预算 财政拨款 (24458.43 on every total), so the
财政拨款 tables (pages 6-8) and the 一般公共预算 tables (pages 9-10) print identical figures; they are
recorded under their own fund scopes (fiscal_allocation / general_public_budget).

Checked sums: page 7/9 201 = 2013101 + 2013102, 208 = 2080504 + 2080505 + 2080506, 221 = 2210201 +
2210202, 合计 24458.43 = 201 + 208 + 221; page 8/10 301, 302, 303 = sums of their 5-digit lines,
合计 10403.11 = 301 + 302 + 303; page 3 基本 + 项目 + 单位预留机动经费 = 24458.43; page 11 三公 小计
508.20 = 70.00 + 411.20 + 27.00, 合计 1471.70 = 508.20 + 933.50 + 30.00; page 14 合计 1449.50 =
90.00 + 1359.50.

Figures left out (fit no metric or no line of the vocabulary):
  - 单位预留机动经费 1973.86 (pages 3, 5, 6);
  - page 4 公共财政拨款(补助)资金 24458.43 (sub-row of the 一般公共预算资金 小计 recorded);
  - table 合计 rows of pages 7-10 (24458.43, 10403.11), not lines;
  - page 11 合计 1471.70 (三公 + 会议费 + 培训费), 会议费 933.50, 培训费 30.00;
  - page 13 economic lines (302 2094.58, 30201 489.30 … 30239 297.08): 机关运行经费 amounts; they
    equal the page 8/10 basic lines of the same codes, but the table is not a basic-expenditure
    table, so only its 合计 is recorded (admin_operating_cost);
  - pages 14-15 procurement item rows (专项 / 经济科目 / 采购物品 amounts such as 会议费 872.10,
    物业管理费 210.00, 印刷费 152.00).
"""

SOURCE_FILE = "江苏省委办公厅_江苏省委办公厅2018年度部门预算公开表.pdf"
SHA256 = "60f13f96bfd62a2e5495d21c03fdf47bd1543acf3279e5d615c6e77a4d1d4f23"

DOCUMENT = dict(
    province="江苏省",
    city=None,
    county=None,
    department_printed="中共江苏省委办公厅",  # the cover and the 部门： line of every table
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="中共江苏省委办公厅",
    admin_code="320000",
    fiscal_year=2018,
    doc_kind="budget",
    budget_level="department",
    amount_unit_reported="万元",
)

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # Page 3, 收支预算总表, 支出 / 功能分类: class rows print names without codes (一、一般公共服务支出 …).
    # Only three classes carry an amount; the other seventeen class rows are blank (not facts).
    (3, "function", None, "一般公共服务支出", "expenditure", "total", "all_funds", "budget_initial", "20153.75", "万元", "table"),
    (3, "function", None, "社会保障和就业支出", "expenditure", "total", "all_funds", "budget_initial", "1289.52", "万元", "table"),
    (3, "function", None, "住房保障支出", "expenditure", "total", "all_funds", "budget_initial", "3015.16", "万元", "table"),

    # Page 5, 支出预算总表: prints no function lines at all (one row of totals, recorded in METRICS).

    # Page 7, 财政拨款支出预算表: 功能科目代码 printed as one 3/5/7-digit code; single 金额 column of the
    # 财政拨款 table -> fiscal_allocation. The table has only these 13 coded lines. 合计 24458.43 not
    # recorded as a line.
    (7, "function", "201", "一般公共服务支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "20153.75", "万元", "table"),
    (7, "function", "20131", "党委办公厅（室）及相关机构事务", "expenditure", "total", "fiscal_allocation", "budget_initial", "20153.75", "万元", "table"),
    (7, "function", "2013101", "行政运行", "expenditure", "total", "fiscal_allocation", "budget_initial", "8072.29", "万元", "table"),
    (7, "function", "2013102", "一般行政管理事务", "expenditure", "total", "fiscal_allocation", "budget_initial", "12081.46", "万元", "table"),
    (7, "function", "208", "社会保障和就业支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "1289.52", "万元", "table"),
    (7, "function", "20805", "行政事业单位离退休", "expenditure", "total", "fiscal_allocation", "budget_initial", "1289.52", "万元", "table"),
    (7, "function", "2080504", "未归口管理的行政单位离退休", "expenditure", "total", "fiscal_allocation", "budget_initial", "248.77", "万元", "table"),
    (7, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "743.39", "万元", "table"),
    (7, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "297.36", "万元", "table"),
    (7, "function", "221", "住房保障支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "3015.16", "万元", "table"),
    (7, "function", "22102", "住房改革支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "3015.16", "万元", "table"),
    (7, "function", "2210201", "住房公积金", "expenditure", "total", "fiscal_allocation", "budget_initial", "715.28", "万元", "table"),
    (7, "function", "2210202", "提租补贴", "expenditure", "total", "fiscal_allocation", "budget_initial", "2299.88", "万元", "table"),

    # Page 9, 一般公共预算支出预算表: the same 13 lines with the same amounts as page 7.
    # 合计 24458.43 not recorded as a line.
    (9, "function", "201", "一般公共服务支出", "expenditure", "total", "general_public_budget", "budget_initial", "20153.75", "万元", "table"),
    (9, "function", "20131", "党委办公厅（室）及相关机构事务", "expenditure", "total", "general_public_budget", "budget_initial", "20153.75", "万元", "table"),
    (9, "function", "2013101", "行政运行", "expenditure", "total", "general_public_budget", "budget_initial", "8072.29", "万元", "table"),
    (9, "function", "2013102", "一般行政管理事务", "expenditure", "total", "general_public_budget", "budget_initial", "12081.46", "万元", "table"),
    (9, "function", "208", "社会保障和就业支出", "expenditure", "total", "general_public_budget", "budget_initial", "1289.52", "万元", "table"),
    (9, "function", "20805", "行政事业单位离退休", "expenditure", "total", "general_public_budget", "budget_initial", "1289.52", "万元", "table"),
    (9, "function", "2080504", "未归口管理的行政单位离退休", "expenditure", "total", "general_public_budget", "budget_initial", "248.77", "万元", "table"),
    (9, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "total", "general_public_budget", "budget_initial", "743.39", "万元", "table"),
    (9, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "total", "general_public_budget", "budget_initial", "297.36", "万元", "table"),
    (9, "function", "221", "住房保障支出", "expenditure", "total", "general_public_budget", "budget_initial", "3015.16", "万元", "table"),
    (9, "function", "22102", "住房改革支出", "expenditure", "total", "general_public_budget", "budget_initial", "3015.16", "万元", "table"),
    (9, "function", "2210201", "住房公积金", "expenditure", "total", "general_public_budget", "budget_initial", "715.28", "万元", "table"),
    (9, "function", "2210202", "提租补贴", "expenditure", "total", "general_public_budget", "budget_initial", "2299.88", "万元", "table"),

    # Page 8, 财政拨款基本支出预算表: 科目编码 (部门预算经济分类 301…), single 金额 column -> basic,
    # fiscal_allocation (a 财政拨款 table). The table prints no 人员经费 / 公用经费 subtotals, so no
    # basic_personnel / basic_public metrics. 合计 10403.11 not recorded as a line.
    (8, "economic", "301", "工资福利支出", "expenditure", "basic", "fiscal_allocation", "budget_initial", "7308.27", "万元", "table"),
    (8, "economic", "30101", "基本工资", "expenditure", "basic", "fiscal_allocation", "budget_initial", "1475.07", "万元", "table"),
    (8, "economic", "30102", "津贴补贴", "expenditure", "basic", "fiscal_allocation", "budget_initial", "3722.10", "万元", "table"),
    (8, "economic", "30103", "奖金", "expenditure", "basic", "fiscal_allocation", "budget_initial", "115.45", "万元", "table"),
    (8, "economic", "30107", "绩效工资", "expenditure", "basic", "fiscal_allocation", "budget_initial", "167.51", "万元", "table"),
    (8, "economic", "30108", "机关事业单位基本养老保险缴费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "743.39", "万元", "table"),
    (8, "economic", "30109", "职业年金缴费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "297.36", "万元", "table"),
    (8, "economic", "30112", "其他社会保障缴费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "1.31", "万元", "table"),
    (8, "economic", "30113", "住房公积金", "expenditure", "basic", "fiscal_allocation", "budget_initial", "715.28", "万元", "table"),
    (8, "economic", "30114", "医疗费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "63.36", "万元", "table"),
    (8, "economic", "30199", "其他工资福利支出", "expenditure", "basic", "fiscal_allocation", "budget_initial", "7.44", "万元", "table"),
    (8, "economic", "302", "商品和服务支出", "expenditure", "basic", "fiscal_allocation", "budget_initial", "2094.58", "万元", "table"),
    (8, "economic", "30201", "办公费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "489.30", "万元", "table"),
    (8, "economic", "30205", "水费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "46.00", "万元", "table"),
    (8, "economic", "30206", "电费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "55.00", "万元", "table"),
    (8, "economic", "30207", "邮电费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "200.00", "万元", "table"),
    (8, "economic", "30211", "差旅费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "350.00", "万元", "table"),
    (8, "economic", "30213", "维修（护）费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "50.00", "万元", "table"),
    (8, "economic", "30215", "会议费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "50.00", "万元", "table"),
    (8, "economic", "30216", "培训费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "25.00", "万元", "table"),
    (8, "economic", "30217", "公务接待费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "27.00", "万元", "table"),
    (8, "economic", "30218", "专用材料费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "24.00", "万元", "table"),
    (8, "economic", "30228", "工会经费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "60.00", "万元", "table"),
    (8, "economic", "30229", "福利费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "10.00", "万元", "table"),
    (8, "economic", "30231", "公务用车运行维护费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "411.20", "万元", "table"),
    (8, "economic", "30239", "其他交通费用", "expenditure", "basic", "fiscal_allocation", "budget_initial", "297.08", "万元", "table"),
    (8, "economic", "303", "对个人和家庭的补助", "expenditure", "basic", "fiscal_allocation", "budget_initial", "1000.26", "万元", "table"),
    (8, "economic", "30301", "离休费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "290.66", "万元", "table"),
    (8, "economic", "30302", "退休费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "708.05", "万元", "table"),
    (8, "economic", "30309", "奖励金", "expenditure", "basic", "fiscal_allocation", "budget_initial", "1.55", "万元", "table"),

    # Page 10, 一般公共预算基本支出预算表: identical lines and amounts to page 8.
    (10, "economic", "301", "工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial", "7308.27", "万元", "table"),
    (10, "economic", "30101", "基本工资", "expenditure", "basic", "general_public_budget", "budget_initial", "1475.07", "万元", "table"),
    (10, "economic", "30102", "津贴补贴", "expenditure", "basic", "general_public_budget", "budget_initial", "3722.10", "万元", "table"),
    (10, "economic", "30103", "奖金", "expenditure", "basic", "general_public_budget", "budget_initial", "115.45", "万元", "table"),
    (10, "economic", "30107", "绩效工资", "expenditure", "basic", "general_public_budget", "budget_initial", "167.51", "万元", "table"),
    (10, "economic", "30108", "机关事业单位基本养老保险缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "743.39", "万元", "table"),
    (10, "economic", "30109", "职业年金缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "297.36", "万元", "table"),
    (10, "economic", "30112", "其他社会保障缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "1.31", "万元", "table"),
    (10, "economic", "30113", "住房公积金", "expenditure", "basic", "general_public_budget", "budget_initial", "715.28", "万元", "table"),
    (10, "economic", "30114", "医疗费", "expenditure", "basic", "general_public_budget", "budget_initial", "63.36", "万元", "table"),
    (10, "economic", "30199", "其他工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial", "7.44", "万元", "table"),
    (10, "economic", "302", "商品和服务支出", "expenditure", "basic", "general_public_budget", "budget_initial", "2094.58", "万元", "table"),
    (10, "economic", "30201", "办公费", "expenditure", "basic", "general_public_budget", "budget_initial", "489.30", "万元", "table"),
    (10, "economic", "30205", "水费", "expenditure", "basic", "general_public_budget", "budget_initial", "46.00", "万元", "table"),
    (10, "economic", "30206", "电费", "expenditure", "basic", "general_public_budget", "budget_initial", "55.00", "万元", "table"),
    (10, "economic", "30207", "邮电费", "expenditure", "basic", "general_public_budget", "budget_initial", "200.00", "万元", "table"),
    (10, "economic", "30211", "差旅费", "expenditure", "basic", "general_public_budget", "budget_initial", "350.00", "万元", "table"),
    (10, "economic", "30213", "维修（护）费", "expenditure", "basic", "general_public_budget", "budget_initial", "50.00", "万元", "table"),
    (10, "economic", "30215", "会议费", "expenditure", "basic", "general_public_budget", "budget_initial", "50.00", "万元", "table"),
    (10, "economic", "30216", "培训费", "expenditure", "basic", "general_public_budget", "budget_initial", "25.00", "万元", "table"),
    (10, "economic", "30217", "公务接待费", "expenditure", "basic", "general_public_budget", "budget_initial", "27.00", "万元", "table"),
    (10, "economic", "30218", "专用材料费", "expenditure", "basic", "general_public_budget", "budget_initial", "24.00", "万元", "table"),
    (10, "economic", "30228", "工会经费", "expenditure", "basic", "general_public_budget", "budget_initial", "60.00", "万元", "table"),
    (10, "economic", "30229", "福利费", "expenditure", "basic", "general_public_budget", "budget_initial", "10.00", "万元", "table"),
    (10, "economic", "30231", "公务用车运行维护费", "expenditure", "basic", "general_public_budget", "budget_initial", "411.20", "万元", "table"),
    (10, "economic", "30239", "其他交通费用", "expenditure", "basic", "general_public_budget", "budget_initial", "297.08", "万元", "table"),
    (10, "economic", "303", "对个人和家庭的补助", "expenditure", "basic", "general_public_budget", "budget_initial", "1000.26", "万元", "table"),
    (10, "economic", "30301", "离休费", "expenditure", "basic", "general_public_budget", "budget_initial", "290.66", "万元", "table"),
    (10, "economic", "30302", "退休费", "expenditure", "basic", "general_public_budget", "budget_initial", "708.05", "万元", "table"),
    (10, "economic", "30309", "奖励金", "expenditure", "basic", "general_public_budget", "budget_initial", "1.55", "万元", "table"),

    # Page 13, 一般公共预算机关运行经费支出预算表: its lines (302 and 14 lines 302xx) are 机关运行经费
    # amounts, left out as lines (see the docstring); the 合计 is a metric below.
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # Page 3, 收支预算总表. 2.政府性基金预算, 二、财政专户管理资金, 三、其他资金, 上年结转资金 and
    # 结转下年资金 are blank cells (not facts). 三、单位预留机动经费 1973.86 fits no metric, left out.
    (3, "revenue_fiscal", "budget_initial", "24458.43", "万元", "table"),          # 一、财政拨款
    (3, "revenue_general_budget", "budget_initial", "24458.43", "万元", "table"),  # 1.一般公共预算
    (3, "revenue_total", "budget_initial", "24458.43", "万元", "table"),           # 当年收入小计
    (3, "expenditure_total", "budget_initial", "24458.43", "万元", "table"),       # 当年支出小计
    (3, "grand_total", "budget_initial", "24458.43", "万元", "table"),             # 收入合计 = 支出合计
    (3, "expenditure_basic", "budget_initial", "10403.11", "万元", "table"),       # 一、基本支出
    (3, "expenditure_project", "budget_initial", "12081.46", "万元", "table"),     # 二、项目支出

    # Page 4, 收入预算总表. 公共财政拨款(补助)资金 24458.43 is the sub-row of the 小计 recorded here;
    # 专项收入, 政府性基金, 财政专户管理资金, 其他资金 and 上年结转和结余资金 rows are blank.
    (4, "grand_total", "budget_initial", "24458.43", "万元", "table"),             # 收入总计
    (4, "revenue_general_budget", "budget_initial", "24458.43", "万元", "table"),  # 一般公共预算资金 小计

    # Page 5, 支出预算总表: one row; 单位预留机动经费 1973.86 fits no metric, 结转下年资金 is blank.
    (5, "expenditure_total", "budget_initial", "24458.43", "万元", "table"),       # 合计
    (5, "expenditure_basic", "budget_initial", "10403.11", "万元", "table"),
    (5, "expenditure_project", "budget_initial", "12081.46", "万元", "table"),

    # Page 6, 财政拨款收支预算总表. 二、政府性基金预算 is blank. Its 基本支出 / 项目支出 are the 财政拨款
    # part, which this year equals the all-funds figures of pages 3 and 5 (same keys, same values).
    (6, "fiscal_grand_total", "budget_initial", "24458.43", "万元", "table"),      # 收入合计 = 支出合计
    (6, "revenue_general_budget", "budget_initial", "24458.43", "万元", "table"),  # 一、一般公共预算
    (6, "expenditure_basic", "budget_initial", "10403.11", "万元", "table"),       # 一、基本支出
    (6, "expenditure_project", "budget_initial", "12081.46", "万元", "table"),     # 二、项目支出

    # Page 11, “三公”经费、会议费、培训费支出预算表. 公务用车购置费 is blank (not a fact). The table's
    # 合计 1471.70 adds 会议费 933.50 and 培训费 30.00 to the 三公 小计; none of those three fits a metric.
    (11, "three_public_total", "budget_initial", "508.20", "万元", "table"),               # “三公”经费 小计
    (11, "three_public_outbound", "budget_initial", "70.00", "万元", "table"),             # 因公出国（境）费
    (11, "three_public_vehicle", "budget_initial", "411.20", "万元", "table"),             # 公务用车购置及运行维护费 小计
    (11, "three_public_vehicle_operation", "budget_initial", "411.20", "万元", "table"),   # 公务用车运行维护费
    (11, "three_public_reception", "budget_initial", "27.00", "万元", "table"),            # 公务接待费

    # Page 13, 一般公共预算机关运行经费支出预算表, 合计 (= 302 商品和服务支出 2094.58, its only class).
    (13, "admin_operating_cost", "budget_initial", "2094.58", "万元", "table"),

    # Pages 14-15, 2018年政府采购预算表. No 二、工程 row is printed (goods 90.00 + services 1359.50 =
    # 1449.50), so there is no procurement_works fact.
    (14, "procurement_total", "budget_initial", "1449.50", "万元", "table"),     # 合计
    (14, "procurement_goods", "budget_initial", "90.00", "万元", "table"),       # 一、货物A
    (14, "procurement_services", "budget_initial", "1359.50", "万元", "table"),  # 三、服务C
]
