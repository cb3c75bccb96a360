"""Facts of 江苏省委办公厅_江苏省委办公厅2019年度部门预算公开表格.pdf, read from the page images (not from parser output).

The 2019 department budget tables of 中共江苏省委办公厅, a provincial department. 12 PDF pages, all
text-based (no scanned images); pages 1-5, 7 and 9-11 are stored rotated 90° (landscape tables),
pages 6, 8 and 12 are portrait. Unlike 2018 there is no cover and no 目录: page 1 is the first table.
Every table prints 单位：万元 and 部门：中共江苏省委办公厅. Pages read at 110 dpi, digits confirmed on
200 dpi crops.

Page map:
  1  收支预算总表 (revenue by source; expenditure by function class, names only, and by 基本/项目)
  2  收入预算总表 (revenue by source, 小计 per source)
  3  支出预算总表 (a single row: 合计 / 基本支出 / 项目支出 / 单位预留机动经费 / 结转下年资金; no
     function lines)
  4  财政拨款收支预算总表
  5  财政拨款支出预算表（功能科目） (function codes, one 金额 column)
  6  财政拨款基本支出预算表（经济科目） (economic codes 301…, one 金额 column)
  7  一般公共预算支出预算表（功能科目） (same lines and values as page 5)
  8  一般公共预算基本支出预算表（经济科目） (same lines and values as page 6)
  9  “三公”经费、会议费、培训费支出预算表
  10 财政拨款政府性基金支出预算表 (empty: blank 合计 row, 注：本部门无相关收支项目)
  11 一般公共预算机关运行经费支出预算表
  12 2019年政府采购预算表

No table prints 上年预算数 / 上年执行数 columns, so there are no prior_year_* facts. There is no
narrative (说明) in this file, so every fact has source "table". No function table splits its
amount into 基本支出 / 项目支出 columns, so function lines carry spending_type "total" only.

All of this department's money in 2019 is 一般公共预算 财政拨款 (27664.22 on every total), so the
财政拨款 tables (pages 4-6) and the 一般公共预算 tables (pages 7-8) print identical figures; they are
recorded under their own fund scopes (fiscal_allocation / general_public_budget). The 财政拨款基本支出
economic table (page 6) follows the 2018 file: spending_type basic, fund_scope fiscal_allocation.

Checked sums (no contradiction found): page 5/7 201 = 2013101 + 2013102 (9370.12 + 13025.38 =
22395.50), 208 = 2080504 + 2080505 + 2080506 (1374.63), 221 = 2210201 + 2210202 (3894.09), 合计
27664.22 = 201 + 208 + 221; page 6/8 301 8300.32, 302 2232.91, 303 1167.40 = sums of their 5-digit
lines, 合计 11700.63 = 301 + 302 + 303; page 1 基本 + 项目 + 单位预留机动经费 = 11700.63 + 13025.38 +
2938.21 = 27664.22; page 9 三公 小计 508.20 = 70.00 + 411.20 + 27.00, 合计 1471.70 = 508.20 + 933.50
+ 30.00; page 11 合计 2232.91 = page 6 302; page 12 合计 1422.50 = 84.00 + 1338.50.

Figures left out (fit no metric or no line of the vocabulary):
  - 单位预留机动经费 2938.21 (pages 1, 3, 4);
  - page 2 公共财政拨款(补助)资金 27664.22 (sub-row of the 一般公共预算资金 小计 recorded);
  - table 合计 rows of pages 5-8 (27664.22, 11700.63), not lines;
  - page 9 合计 1471.70 (三公 + 会议费 + 培训费), 会议费 933.50, 培训费 30.00;
  - page 11 economic lines (302 2232.91, 30201 450.00 … 30299 50.00): 机关运行经费 amounts; they
    equal the page 6/8 basic lines of the same codes, but the table is not a basic-expenditure
    table, so only its 合计 is recorded (admin_operating_cost);
  - page 12 procurement item rows (专项 / 经济科目 / 采购物品 amounts such as 机要及电子政务业务费
    办公设备购置 30.00, 办公设备购置费 54.00, 省委办公厅承办的会议费 872.10, 印刷费 152.00,
    物业管理费 189.00).
"""

SOURCE_FILE = "江苏省委办公厅_江苏省委办公厅2019年度部门预算公开表格.pdf"
SHA256 = "1ac93479a5f55ffe7667ee02e557e7150e3b651f1b31f555b37d4e66cd32a80b"

DOCUMENT = dict(
    province="江苏省",
    city=None,
    county=None,
    department_printed="中共江苏省委办公厅",  # the 部门： line of every table (there is no cover)
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="中共江苏省委办公厅",
    admin_code="320000",
    fiscal_year=2019,
    doc_kind="budget",
    budget_level="department",
    amount_unit_reported="万元",
)

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # Page 1, 收支预算总表, 支出 / 功能分类: class rows print names without codes (一、一般公共服务支出 …).
    # Only three classes carry an amount; the other eighteen class rows are blank (not facts).
    (1, "function", None, "一般公共服务支出", "expenditure", "total", "all_funds", "budget_initial", "22395.50", "万元", "table"),
    (1, "function", None, "社会保障和就业支出", "expenditure", "total", "all_funds", "budget_initial", "1374.63", "万元", "table"),
    (1, "function", None, "住房保障支出", "expenditure", "total", "all_funds", "budget_initial", "3894.09", "万元", "table"),

    # Page 3, 支出预算总表: prints no function lines at all (one row of totals, recorded in METRICS).

    # Page 5, 财政拨款支出预算表（功能科目）: 功能科目编码 printed as one 3/5/7-digit code; single 金额
    # column of the 财政拨款 table -> fiscal_allocation. The table has only these 13 coded lines.
    # 合计 27664.22 not recorded as a line.
    (5, "function", "201", "一般公共服务支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "22395.50", "万元", "table"),
    (5, "function", "20131", "党委办公厅（室）及相关机构事务", "expenditure", "total", "fiscal_allocation", "budget_initial", "22395.50", "万元", "table"),
    (5, "function", "2013101", "行政运行", "expenditure", "total", "fiscal_allocation", "budget_initial", "9370.12", "万元", "table"),
    (5, "function", "2013102", "一般行政管理事务", "expenditure", "total", "fiscal_allocation", "budget_initial", "13025.38", "万元", "table"),
    (5, "function", "208", "社会保障和就业支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "1374.63", "万元", "table"),
    (5, "function", "20805", "行政事业单位离退休", "expenditure", "total", "fiscal_allocation", "budget_initial", "1374.63", "万元", "table"),
    (5, "function", "2080504", "未归口管理的行政单位离退休", "expenditure", "total", "fiscal_allocation", "budget_initial", "275.54", "万元", "table"),
    (5, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "785.06", "万元", "table"),
    (5, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "314.03", "万元", "table"),
    (5, "function", "221", "住房保障支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "3894.09", "万元", "table"),
    (5, "function", "22102", "住房改革支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "3894.09", "万元", "table"),
    (5, "function", "2210201", "住房公积金", "expenditure", "total", "fiscal_allocation", "budget_initial", "965.87", "万元", "table"),
    (5, "function", "2210202", "提租补贴", "expenditure", "total", "fiscal_allocation", "budget_initial", "2928.22", "万元", "table"),

    # Page 7, 一般公共预算支出预算表（功能科目）: the same 13 lines with the same amounts as page 5.
    # 合计 27664.22 not recorded as a line.
    (7, "function", "201", "一般公共服务支出", "expenditure", "total", "general_public_budget", "budget_initial", "22395.50", "万元", "table"),
    (7, "function", "20131", "党委办公厅（室）及相关机构事务", "expenditure", "total", "general_public_budget", "budget_initial", "22395.50", "万元", "table"),
    (7, "function", "2013101", "行政运行", "expenditure", "total", "general_public_budget", "budget_initial", "9370.12", "万元", "table"),
    (7, "function", "2013102", "一般行政管理事务", "expenditure", "total", "general_public_budget", "budget_initial", "13025.38", "万元", "table"),
    (7, "function", "208", "社会保障和就业支出", "expenditure", "total", "general_public_budget", "budget_initial", "1374.63", "万元", "table"),
    (7, "function", "20805", "行政事业单位离退休", "expenditure", "total", "general_public_budget", "budget_initial", "1374.63", "万元", "table"),
    (7, "function", "2080504", "未归口管理的行政单位离退休", "expenditure", "total", "general_public_budget", "budget_initial", "275.54", "万元", "table"),
    (7, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "total", "general_public_budget", "budget_initial", "785.06", "万元", "table"),
    (7, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "total", "general_public_budget", "budget_initial", "314.03", "万元", "table"),
    (7, "function", "221", "住房保障支出", "expenditure", "total", "general_public_budget", "budget_initial", "3894.09", "万元", "table"),
    (7, "function", "22102", "住房改革支出", "expenditure", "total", "general_public_budget", "budget_initial", "3894.09", "万元", "table"),
    (7, "function", "2210201", "住房公积金", "expenditure", "total", "general_public_budget", "budget_initial", "965.87", "万元", "table"),
    (7, "function", "2210202", "提租补贴", "expenditure", "total", "general_public_budget", "budget_initial", "2928.22", "万元", "table"),

    # Page 6, 财政拨款基本支出预算表（经济科目）: 科目编码 (部门预算经济分类 301…), single 金额 column ->
    # basic, fiscal_allocation (a 财政拨款 table). The table prints no 人员经费 / 公用经费 subtotals, so
    # no basic_personnel / basic_public metrics. 合计 11700.63 not recorded as a line.
    (6, "economic", "301", "工资福利支出", "expenditure", "basic", "fiscal_allocation", "budget_initial", "8300.32", "万元", "table"),
    (6, "economic", "30101", "基本工资", "expenditure", "basic", "fiscal_allocation", "budget_initial", "1581.26", "万元", "table"),
    (6, "economic", "30102", "津贴补贴", "expenditure", "basic", "fiscal_allocation", "budget_initial", "4292.67", "万元", "table"),
    (6, "economic", "30103", "奖金", "expenditure", "basic", "fiscal_allocation", "budget_initial", "124.14", "万元", "table"),
    (6, "economic", "30107", "绩效工资", "expenditure", "basic", "fiscal_allocation", "budget_initial", "163.26", "万元", "table"),
    (6, "economic", "30108", "机关事业单位基本养老保险缴费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "785.06", "万元", "table"),
    (6, "economic", "30109", "职业年金缴费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "314.03", "万元", "table"),
    (6, "economic", "30112", "其他社会保障缴费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "1.31", "万元", "table"),
    (6, "economic", "30113", "住房公积金", "expenditure", "basic", "fiscal_allocation", "budget_initial", "965.87", "万元", "table"),
    (6, "economic", "30114", "医疗费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "65.28", "万元", "table"),
    (6, "economic", "30199", "其他工资福利支出", "expenditure", "basic", "fiscal_allocation", "budget_initial", "7.44", "万元", "table"),
    (6, "economic", "302", "商品和服务支出", "expenditure", "basic", "fiscal_allocation", "budget_initial", "2232.91", "万元", "table"),
    (6, "economic", "30201", "办公费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "450.00", "万元", "table"),
    (6, "economic", "30205", "水费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "50.00", "万元", "table"),
    (6, "economic", "30206", "电费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "100.00", "万元", "table"),
    (6, "economic", "30207", "邮电费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "150.00", "万元", "table"),
    (6, "economic", "30211", "差旅费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "350.00", "万元", "table"),
    (6, "economic", "30213", "维修（护）费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "130.00", "万元", "table"),
    (6, "economic", "30215", "会议费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "50.00", "万元", "table"),
    (6, "economic", "30216", "培训费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "25.00", "万元", "table"),
    (6, "economic", "30217", "公务接待费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "27.00", "万元", "table"),
    (6, "economic", "30218", "专用材料费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "50.00", "万元", "table"),
    (6, "economic", "30228", "工会经费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "60.00", "万元", "table"),
    (6, "economic", "30229", "福利费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "20.00", "万元", "table"),
    (6, "economic", "30231", "公务用车运行维护费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "411.20", "万元", "table"),
    (6, "economic", "30239", "其他交通费用", "expenditure", "basic", "fiscal_allocation", "budget_initial", "309.71", "万元", "table"),
    (6, "economic", "30299", "其他商品和服务支出", "expenditure", "basic", "fiscal_allocation", "budget_initial", "50.00", "万元", "table"),
    (6, "economic", "303", "对个人和家庭的补助", "expenditure", "basic", "fiscal_allocation", "budget_initial", "1167.40", "万元", "table"),
    (6, "economic", "30301", "离休费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "301.05", "万元", "table"),
    (6, "economic", "30302", "退休费", "expenditure", "basic", "fiscal_allocation", "budget_initial", "864.75", "万元", "table"),
    (6, "economic", "30309", "奖励金", "expenditure", "basic", "fiscal_allocation", "budget_initial", "1.60", "万元", "table"),

    # Page 8, 一般公共预算基本支出预算表（经济科目）: identical lines and amounts to page 6.
    (8, "economic", "301", "工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial", "8300.32", "万元", "table"),
    (8, "economic", "30101", "基本工资", "expenditure", "basic", "general_public_budget", "budget_initial", "1581.26", "万元", "table"),
    (8, "economic", "30102", "津贴补贴", "expenditure", "basic", "general_public_budget", "budget_initial", "4292.67", "万元", "table"),
    (8, "economic", "30103", "奖金", "expenditure", "basic", "general_public_budget", "budget_initial", "124.14", "万元", "table"),
    (8, "economic", "30107", "绩效工资", "expenditure", "basic", "general_public_budget", "budget_initial", "163.26", "万元", "table"),
    (8, "economic", "30108", "机关事业单位基本养老保险缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "785.06", "万元", "table"),
    (8, "economic", "30109", "职业年金缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "314.03", "万元", "table"),
    (8, "economic", "30112", "其他社会保障缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "1.31", "万元", "table"),
    (8, "economic", "30113", "住房公积金", "expenditure", "basic", "general_public_budget", "budget_initial", "965.87", "万元", "table"),
    (8, "economic", "30114", "医疗费", "expenditure", "basic", "general_public_budget", "budget_initial", "65.28", "万元", "table"),
    (8, "economic", "30199", "其他工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial", "7.44", "万元", "table"),
    (8, "economic", "302", "商品和服务支出", "expenditure", "basic", "general_public_budget", "budget_initial", "2232.91", "万元", "table"),
    (8, "economic", "30201", "办公费", "expenditure", "basic", "general_public_budget", "budget_initial", "450.00", "万元", "table"),
    (8, "economic", "30205", "水费", "expenditure", "basic", "general_public_budget", "budget_initial", "50.00", "万元", "table"),
    (8, "economic", "30206", "电费", "expenditure", "basic", "general_public_budget", "budget_initial", "100.00", "万元", "table"),
    (8, "economic", "30207", "邮电费", "expenditure", "basic", "general_public_budget", "budget_initial", "150.00", "万元", "table"),
    (8, "economic", "30211", "差旅费", "expenditure", "basic", "general_public_budget", "budget_initial", "350.00", "万元", "table"),
    (8, "economic", "30213", "维修（护）费", "expenditure", "basic", "general_public_budget", "budget_initial", "130.00", "万元", "table"),
    (8, "economic", "30215", "会议费", "expenditure", "basic", "general_public_budget", "budget_initial", "50.00", "万元", "table"),
    (8, "economic", "30216", "培训费", "expenditure", "basic", "general_public_budget", "budget_initial", "25.00", "万元", "table"),
    (8, "economic", "30217", "公务接待费", "expenditure", "basic", "general_public_budget", "budget_initial", "27.00", "万元", "table"),
    (8, "economic", "30218", "专用材料费", "expenditure", "basic", "general_public_budget", "budget_initial", "50.00", "万元", "table"),
    (8, "economic", "30228", "工会经费", "expenditure", "basic", "general_public_budget", "budget_initial", "60.00", "万元", "table"),
    (8, "economic", "30229", "福利费", "expenditure", "basic", "general_public_budget", "budget_initial", "20.00", "万元", "table"),
    (8, "economic", "30231", "公务用车运行维护费", "expenditure", "basic", "general_public_budget", "budget_initial", "411.20", "万元", "table"),
    (8, "economic", "30239", "其他交通费用", "expenditure", "basic", "general_public_budget", "budget_initial", "309.71", "万元", "table"),
    (8, "economic", "30299", "其他商品和服务支出", "expenditure", "basic", "general_public_budget", "budget_initial", "50.00", "万元", "table"),
    (8, "economic", "303", "对个人和家庭的补助", "expenditure", "basic", "general_public_budget", "budget_initial", "1167.40", "万元", "table"),
    (8, "economic", "30301", "离休费", "expenditure", "basic", "general_public_budget", "budget_initial", "301.05", "万元", "table"),
    (8, "economic", "30302", "退休费", "expenditure", "basic", "general_public_budget", "budget_initial", "864.75", "万元", "table"),
    (8, "economic", "30309", "奖励金", "expenditure", "basic", "general_public_budget", "budget_initial", "1.60", "万元", "table"),

    # Page 11, 一般公共预算机关运行经费支出预算表: its lines (302 and 15 lines 302xx) are 机关运行经费
    # amounts, left out as lines (see the docstring); the 合计 is a metric below.
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # Page 1, 收支预算总表. 2.政府性基金预算, 二、财政专户管理资金, 三、其他资金, 上年结转资金 and
    # 结转下年资金 are blank cells (not facts). 三、单位预留机动经费 2938.21 fits no metric, left out.
    (1, "revenue_fiscal", "budget_initial", "27664.22", "万元", "table"),          # 一、财政拨款
    (1, "revenue_general_budget", "budget_initial", "27664.22", "万元", "table"),  # 1.一般公共预算
    (1, "revenue_total", "budget_initial", "27664.22", "万元", "table"),           # 当年收入小计
    (1, "expenditure_total", "budget_initial", "27664.22", "万元", "table"),       # 当年支出小计
    (1, "grand_total", "budget_initial", "27664.22", "万元", "table"),             # 收入合计 = 支出合计
    (1, "expenditure_basic", "budget_initial", "11700.63", "万元", "table"),       # 一、基本支出
    (1, "expenditure_project", "budget_initial", "13025.38", "万元", "table"),     # 二、项目支出

    # Page 2, 收入预算总表. 公共财政拨款(补助)资金 27664.22 is the sub-row of the 小计 recorded here;
    # 专项收入, 政府性基金, 财政专户管理资金, 其他资金 and 上年结转和结余资金 rows are blank.
    (2, "grand_total", "budget_initial", "27664.22", "万元", "table"),             # 收入总计
    (2, "revenue_general_budget", "budget_initial", "27664.22", "万元", "table"),  # 一般公共预算资金 小计

    # Page 3, 支出预算总表: one row; 单位预留机动经费 2938.21 fits no metric, 结转下年资金 is blank.
    (3, "expenditure_total", "budget_initial", "27664.22", "万元", "table"),       # 合计
    (3, "expenditure_basic", "budget_initial", "11700.63", "万元", "table"),
    (3, "expenditure_project", "budget_initial", "13025.38", "万元", "table"),

    # Page 4, 财政拨款收支预算总表. 二、政府性基金预算 is blank. Its 基本支出 / 项目支出 are the 财政拨款
    # part, which this year equals the all-funds figures of pages 1 and 3 (same keys, same values).
    (4, "fiscal_grand_total", "budget_initial", "27664.22", "万元", "table"),      # 收入合计 = 支出合计
    (4, "revenue_general_budget", "budget_initial", "27664.22", "万元", "table"),  # 一、一般公共预算
    (4, "expenditure_basic", "budget_initial", "11700.63", "万元", "table"),       # 一、基本支出
    (4, "expenditure_project", "budget_initial", "13025.38", "万元", "table"),     # 二、项目支出

    # Page 9, “三公”经费、会议费、培训费支出预算表. 公务用车购置费 is blank (not a fact). The table's
    # 合计 1471.70 adds 会议费 933.50 and 培训费 30.00 to the 三公 小计; none of those three fits a metric.
    (9, "three_public_total", "budget_initial", "508.20", "万元", "table"),               # “三公”经费 小计
    (9, "three_public_outbound", "budget_initial", "70.00", "万元", "table"),             # 因公出国（境）费
    (9, "three_public_vehicle", "budget_initial", "411.20", "万元", "table"),             # 公务用车购置及运行维护费 小计
    (9, "three_public_vehicle_operation", "budget_initial", "411.20", "万元", "table"),   # 公务用车运行维护费
    (9, "three_public_reception", "budget_initial", "27.00", "万元", "table"),            # 公务接待费

    # Page 11, 一般公共预算机关运行经费支出预算表, 合计 (= 302 商品和服务支出 2232.91, its only class).
    (11, "admin_operating_cost", "budget_initial", "2232.91", "万元", "table"),

    # Page 12, 2019年政府采购预算表. No 二、工程 row is printed (goods 84.00 + services 1338.50 =
    # 1422.50), so there is no procurement_works fact.
    (12, "procurement_total", "budget_initial", "1422.50", "万元", "table"),     # 合计
    (12, "procurement_goods", "budget_initial", "84.00", "万元", "table"),       # 一、货物A
    (12, "procurement_services", "budget_initial", "1338.50", "万元", "table"),  # 三、服务C
]
