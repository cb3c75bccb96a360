"""Facts of 江苏省委办公厅_江苏省委办公厅2017年预算公开表格.pdf, read from the page images (not from parser output).

The 2017 department budget tables (部门预算公开表) of 中国共产党江苏省委员会办公厅 (江苏省委办公厅), a
provincial department. 14 PDF pages, all text-based (no scanned images); every table prints
单位：万元 and 部门：中国共产党江苏省委员会办公厅. Pages read at 110 dpi, digits confirmed on 200 dpi crops.

Page map:
  1  收支预算总表 (revenue by source; expenditure by function class, names only, and by 基本/项目)
  2  收入预算总表 (revenue by source, 小计 per source)
  3  支出预算总表 (a single row: 合计 / 基本支出 / 项目支出 / 单位预留机动经费; no function lines)
  4  财政拨款收支预算总表
  5  财政拨款支出预算表 (function codes, one 金额 column)
  6  财政拨款基本支出预算表 (economic codes 301…)
  7  财政拨款政府性基金支出预算表 (empty: only a blank 合计 row)
  8  一般公共预算支出预算表 (same lines and values as page 5)
  9  一般公共预算基本支出预算表 (same lines and values as page 6)
  10 一般公共预算机关运行经费支出预算表
  11 “三公”经费、会议费、培训费支出预算表
  12-14 2017年政府采购预算表 (one table running over three pages, header printed on page 12 only)

No table prints 上年预算数 / 上年执行数 columns, so there are no prior_year_* facts. There is no
narrative (说明) in this file, so every fact has source "table".
"""

SOURCE_FILE = "江苏省委办公厅_江苏省委办公厅2017年预算公开表格.pdf"
SHA256 = "a59d3e87fad5e3ebb9ef3a7a04ddd0a6956f71be887af24b11d50b7cf52f37be"

DOCUMENT = dict(
    province="江苏省",
    city=None,
    county=None,
    department_printed="中国共产党江苏省委员会办公厅",  # the 部门： line of every table
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="中国共产党江苏省委员会办公厅",
    admin_code="320000",
    fiscal_year=2017,
    doc_kind="budget",
    budget_level="department",
    amount_unit_reported="万元",
)

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # Page 1, 收支预算总表, 支出 / 功能分类: class rows print names without codes (一、一般公共服务支出 …).
    # Only three classes carry an amount; the other seventeen class rows are blank (not facts).
    # 一般公共服务支出 16992.37 here = 16845.17 of 财政拨款 (page 5) + 147.20 财政专户管理资金.
    (1, "function", None, "一般公共服务支出", "expenditure", "total", "all_funds", "budget_initial", "16992.37", "万元", "table"),
    (1, "function", None, "社会保障和就业支出", "expenditure", "total", "all_funds", "budget_initial", "2000.39", "万元", "table"),
    (1, "function", None, "住房保障支出", "expenditure", "total", "all_funds", "budget_initial", "1856.69", "万元", "table"),

    # Page 3, 支出预算总表: prints no function lines at all (one row of totals, recorded in METRICS).

    # Page 5, 财政拨款支出预算表: 功能科目代码 printed as one 3/5/7-digit code; single 金额 column of the
    # 财政拨款 table (一般公共预算 + 政府性基金, the latter empty) -> fiscal_allocation.
    # The table has only these 11 coded lines (fewer than 15 exist). 合计 20702.25 not recorded as a line.
    (5, "function", "201", "一般公共服务支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "16845.17", "万元", "table"),
    (5, "function", "20131", "党委办公厅（室）及相关机构事务", "expenditure", "total", "fiscal_allocation", "budget_initial", "16845.17", "万元", "table"),
    (5, "function", "2013101", "行政运行", "expenditure", "total", "fiscal_allocation", "budget_initial", "6106.99", "万元", "table"),
    (5, "function", "2013102", "一般行政管理事务", "expenditure", "total", "fiscal_allocation", "budget_initial", "10738.18", "万元", "table"),
    (5, "function", "208", "社会保障和就业支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "2000.39", "万元", "table"),
    (5, "function", "20805", "行政事业单位离退休", "expenditure", "total", "fiscal_allocation", "budget_initial", "2000.39", "万元", "table"),
    (5, "function", "2080504", "未归口管理的行政单位离退休", "expenditure", "total", "fiscal_allocation", "budget_initial", "2000.39", "万元", "table"),
    (5, "function", "221", "住房保障支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "1856.69", "万元", "table"),
    (5, "function", "22102", "住房改革支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "1856.69", "万元", "table"),
    (5, "function", "2210201", "住房公积金", "expenditure", "total", "fiscal_allocation", "budget_initial", "621.28", "万元", "table"),
    (5, "function", "2210202", "提租补贴", "expenditure", "total", "fiscal_allocation", "budget_initial", "1235.41", "万元", "table"),

    # Page 8, 一般公共预算支出预算表: the same 11 lines with the same amounts as page 5.
    # 合计 20702.25 not recorded as a line.
    (8, "function", "201", "一般公共服务支出", "expenditure", "total", "general_public_budget", "budget_initial", "16845.17", "万元", "table"),
    (8, "function", "20131", "党委办公厅（室）及相关机构事务", "expenditure", "total", "general_public_budget", "budget_initial", "16845.17", "万元", "table"),
    (8, "function", "2013101", "行政运行", "expenditure", "total", "general_public_budget", "budget_initial", "6106.99", "万元", "table"),
    (8, "function", "2013102", "一般行政管理事务", "expenditure", "total", "general_public_budget", "budget_initial", "10738.18", "万元", "table"),
    (8, "function", "208", "社会保障和就业支出", "expenditure", "total", "general_public_budget", "budget_initial", "2000.39", "万元", "table"),
    (8, "function", "20805", "行政事业单位离退休", "expenditure", "total", "general_public_budget", "budget_initial", "2000.39", "万元", "table"),
    (8, "function", "2080504", "未归口管理的行政单位离退休", "expenditure", "total", "general_public_budget", "budget_initial", "2000.39", "万元", "table"),
    (8, "function", "221", "住房保障支出", "expenditure", "total", "general_public_budget", "budget_initial", "1856.69", "万元", "table"),
    (8, "function", "22102", "住房改革支出", "expenditure", "total", "general_public_budget", "budget_initial", "1856.69", "万元", "table"),
    (8, "function", "2210201", "住房公积金", "expenditure", "total", "general_public_budget", "budget_initial", "621.28", "万元", "table"),
    (8, "function", "2210202", "提租补贴", "expenditure", "total", "general_public_budget", "budget_initial", "1235.41", "万元", "table"),

    # Page 6, 财政拨款基本支出预算表: 科目编码 (部门预算经济分类 301…), single 金额 column.
    # fund_scope general_public_budget as the brief prescribes for this table (basic expenditure is
    # financed by the 一般公共预算 only here; page 9 prints identical figures under that title).
    # Checked: 301 = sum of 301xx, 302 = sum of 302xx, 303 = sum of 303xx, 合计 9964.07 = 301+302+303.
    # The table prints no 人员经费 / 公用经费 subtotals, so no basic_personnel / basic_public metrics.
    (6, "economic", "301", "工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial", "3920.22", "万元", "table"),
    (6, "economic", "30101", "基本工资", "expenditure", "basic", "general_public_budget", "budget_initial", "1309.12", "万元", "table"),
    (6, "economic", "30102", "津贴补贴", "expenditure", "basic", "general_public_budget", "budget_initial", "2296.92", "万元", "table"),
    (6, "economic", "30103", "奖金", "expenditure", "basic", "general_public_budget", "budget_initial", "101.79", "万元", "table"),
    (6, "economic", "30104", "其他社会保障缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "1.50", "万元", "table"),
    (6, "economic", "30107", "绩效工资", "expenditure", "basic", "general_public_budget", "budget_initial", "196.19", "万元", "table"),
    (6, "economic", "30199", "其他工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial", "14.70", "万元", "table"),
    (6, "economic", "302", "商品和服务支出", "expenditure", "basic", "general_public_budget", "budget_initial", "2144.60", "万元", "table"),
    (6, "economic", "30201", "办公费", "expenditure", "basic", "general_public_budget", "budget_initial", "270.10", "万元", "table"),
    (6, "economic", "30205", "水费", "expenditure", "basic", "general_public_budget", "budget_initial", "50.00", "万元", "table"),
    (6, "economic", "30206", "电费", "expenditure", "basic", "general_public_budget", "budget_initial", "300.00", "万元", "table"),
    (6, "economic", "30207", "邮电费", "expenditure", "basic", "general_public_budget", "budget_initial", "20.00", "万元", "table"),
    (6, "economic", "30211", "差旅费", "expenditure", "basic", "general_public_budget", "budget_initial", "360.00", "万元", "table"),
    (6, "economic", "30213", "维修（护）费", "expenditure", "basic", "general_public_budget", "budget_initial", "140.00", "万元", "table"),
    (6, "economic", "30215", "会议费", "expenditure", "basic", "general_public_budget", "budget_initial", "50.00", "万元", "table"),
    (6, "economic", "30216", "培训费", "expenditure", "basic", "general_public_budget", "budget_initial", "25.00", "万元", "table"),
    (6, "economic", "30217", "公务接待费", "expenditure", "basic", "general_public_budget", "budget_initial", "28.00", "万元", "table"),
    (6, "economic", "30218", "专用材料费", "expenditure", "basic", "general_public_budget", "budget_initial", "80.00", "万元", "table"),
    (6, "economic", "30228", "工会经费", "expenditure", "basic", "general_public_budget", "budget_initial", "60.00", "万元", "table"),
    (6, "economic", "30229", "福利费", "expenditure", "basic", "general_public_budget", "budget_initial", "20.00", "万元", "table"),
    (6, "economic", "30231", "公务用车运行维护费", "expenditure", "basic", "general_public_budget", "budget_initial", "411.20", "万元", "table"),
    (6, "economic", "30239", "其他交通费用", "expenditure", "basic", "general_public_budget", "budget_initial", "306.30", "万元", "table"),
    (6, "economic", "30299", "其他商品和服务支出", "expenditure", "basic", "general_public_budget", "budget_initial", "24.00", "万元", "table"),
    (6, "economic", "303", "对个人和家庭的补助", "expenditure", "basic", "general_public_budget", "budget_initial", "3899.25", "万元", "table"),
    (6, "economic", "30301", "离休费", "expenditure", "basic", "general_public_budget", "budget_initial", "300.06", "万元", "table"),
    (6, "economic", "30302", "退休费", "expenditure", "basic", "general_public_budget", "budget_initial", "1676.33", "万元", "table"),
    (6, "economic", "30307", "医疗费", "expenditure", "basic", "general_public_budget", "budget_initial", "64.56", "万元", "table"),
    (6, "economic", "30309", "奖励金", "expenditure", "basic", "general_public_budget", "budget_initial", "1.61", "万元", "table"),
    (6, "economic", "30311", "住房公积金", "expenditure", "basic", "general_public_budget", "budget_initial", "621.28", "万元", "table"),
    (6, "economic", "30312", "提租补贴", "expenditure", "basic", "general_public_budget", "budget_initial", "1235.41", "万元", "table"),

    # Page 9, 一般公共预算基本支出预算表: identical lines and amounts to page 6 (same keys, same values).
    (9, "economic", "301", "工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial", "3920.22", "万元", "table"),
    (9, "economic", "30101", "基本工资", "expenditure", "basic", "general_public_budget", "budget_initial", "1309.12", "万元", "table"),
    (9, "economic", "30102", "津贴补贴", "expenditure", "basic", "general_public_budget", "budget_initial", "2296.92", "万元", "table"),
    (9, "economic", "30103", "奖金", "expenditure", "basic", "general_public_budget", "budget_initial", "101.79", "万元", "table"),
    (9, "economic", "30104", "其他社会保障缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "1.50", "万元", "table"),
    (9, "economic", "30107", "绩效工资", "expenditure", "basic", "general_public_budget", "budget_initial", "196.19", "万元", "table"),
    (9, "economic", "30199", "其他工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial", "14.70", "万元", "table"),
    (9, "economic", "302", "商品和服务支出", "expenditure", "basic", "general_public_budget", "budget_initial", "2144.60", "万元", "table"),
    (9, "economic", "30201", "办公费", "expenditure", "basic", "general_public_budget", "budget_initial", "270.10", "万元", "table"),
    (9, "economic", "30205", "水费", "expenditure", "basic", "general_public_budget", "budget_initial", "50.00", "万元", "table"),
    (9, "economic", "30206", "电费", "expenditure", "basic", "general_public_budget", "budget_initial", "300.00", "万元", "table"),
    (9, "economic", "30207", "邮电费", "expenditure", "basic", "general_public_budget", "budget_initial", "20.00", "万元", "table"),
    (9, "economic", "30211", "差旅费", "expenditure", "basic", "general_public_budget", "budget_initial", "360.00", "万元", "table"),
    (9, "economic", "30213", "维修（护）费", "expenditure", "basic", "general_public_budget", "budget_initial", "140.00", "万元", "table"),
    (9, "economic", "30215", "会议费", "expenditure", "basic", "general_public_budget", "budget_initial", "50.00", "万元", "table"),
    (9, "economic", "30216", "培训费", "expenditure", "basic", "general_public_budget", "budget_initial", "25.00", "万元", "table"),
    (9, "economic", "30217", "公务接待费", "expenditure", "basic", "general_public_budget", "budget_initial", "28.00", "万元", "table"),
    (9, "economic", "30218", "专用材料费", "expenditure", "basic", "general_public_budget", "budget_initial", "80.00", "万元", "table"),
    (9, "economic", "30228", "工会经费", "expenditure", "basic", "general_public_budget", "budget_initial", "60.00", "万元", "table"),
    (9, "economic", "30229", "福利费", "expenditure", "basic", "general_public_budget", "budget_initial", "20.00", "万元", "table"),
    (9, "economic", "30231", "公务用车运行维护费", "expenditure", "basic", "general_public_budget", "budget_initial", "411.20", "万元", "table"),
    (9, "economic", "30239", "其他交通费用", "expenditure", "basic", "general_public_budget", "budget_initial", "306.30", "万元", "table"),
    (9, "economic", "30299", "其他商品和服务支出", "expenditure", "basic", "general_public_budget", "budget_initial", "24.00", "万元", "table"),
    (9, "economic", "303", "对个人和家庭的补助", "expenditure", "basic", "general_public_budget", "budget_initial", "3899.25", "万元", "table"),
    (9, "economic", "30301", "离休费", "expenditure", "basic", "general_public_budget", "budget_initial", "300.06", "万元", "table"),
    (9, "economic", "30302", "退休费", "expenditure", "basic", "general_public_budget", "budget_initial", "1676.33", "万元", "table"),
    (9, "economic", "30307", "医疗费", "expenditure", "basic", "general_public_budget", "budget_initial", "64.56", "万元", "table"),
    (9, "economic", "30309", "奖励金", "expenditure", "basic", "general_public_budget", "budget_initial", "1.61", "万元", "table"),
    (9, "economic", "30311", "住房公积金", "expenditure", "basic", "general_public_budget", "budget_initial", "621.28", "万元", "table"),
    (9, "economic", "30312", "提租补贴", "expenditure", "basic", "general_public_budget", "budget_initial", "1235.41", "万元", "table"),

    # Page 10, 一般公共预算机关运行经费支出预算表: its economic lines (302 10011.76, 30205 461.00, 30215
    # 933.50, 30299 4458.00, 310 90.00, 31002 90.00, …) are 机关运行经费 amounts that include project
    # money and differ from the basic-expenditure lines of pages 6/9 under the same codes; no
    # spending_type of the vocabulary fits them, so they are left out (the total is a metric below).
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # Page 1, 收支预算总表. 上年结转资金, 结转下年资金, 2.政府性基金预算 and 三、其他资金 are blank cells
    # (not facts), so there is no carryover_begin / revenue_gov_fund / revenue_other fact.
    # 三、单位预留机动经费 196.72 fits no metric and is left out.
    (1, "revenue_fiscal", "budget_initial", "20702.25", "万元", "table"),          # 一、财政拨款
    (1, "revenue_general_budget", "budget_initial", "20702.25", "万元", "table"),  # 1.一般公共预算
    (1, "revenue_special_account", "budget_initial", "147.20", "万元", "table"),   # 二、财政专户管理资金
    (1, "revenue_total", "budget_initial", "20849.45", "万元", "table"),           # 当年收入小计
    (1, "expenditure_total", "budget_initial", "20849.45", "万元", "table"),       # 当年支出小计
    (1, "grand_total", "budget_initial", "20849.45", "万元", "table"),             # 收入合计 = 支出合计
    (1, "expenditure_basic", "budget_initial", "9964.07", "万元", "table"),        # 一、基本支出
    (1, "expenditure_project", "budget_initial", "10688.66", "万元", "table"),     # 二、项目支出

    # Page 2, 收入预算总表. 公共财政拨款(补助)资金 20702.25 and 其他非税收入 147.20 are sub-rows of the
    # 小计 recorded here; 政府性基金, 其他资金 and 上年结转和结余资金 rows are blank.
    (2, "grand_total", "budget_initial", "20849.45", "万元", "table"),             # 收入总计
    (2, "revenue_general_budget", "budget_initial", "20702.25", "万元", "table"),  # 一般公共预算资金 小计
    (2, "revenue_special_account", "budget_initial", "147.20", "万元", "table"),   # 财政专户管理资金 小计

    # Page 3, 支出预算总表: one row; 单位预留机动经费 196.72 fits no metric, 结转下年资金 is blank.
    (3, "expenditure_total", "budget_initial", "20849.45", "万元", "table"),       # 合计
    (3, "expenditure_basic", "budget_initial", "9964.07", "万元", "table"),
    (3, "expenditure_project", "budget_initial", "10688.66", "万元", "table"),

    # Page 4, 财政拨款收支预算总表. Its 基本支出 9964.07 / 项目支出 10541.46 / 单位预留机动经费 196.72 are
    # the 财政拨款 part only (项目支出 differs from the all-funds 10688.66 of pages 1 and 3); a metric has
    # no fund scope, so they are left out. 二、政府性基金预算 is blank.
    (4, "fiscal_grand_total", "budget_initial", "20702.25", "万元", "table"),      # 收入合计 = 支出合计
    (4, "revenue_general_budget", "budget_initial", "20702.25", "万元", "table"),  # 一、一般公共预算

    # Page 10, 一般公共预算机关运行经费支出预算表, 合计 (= 302 10011.76 + 310 90.00).
    (10, "admin_operating_cost", "budget_initial", "10101.76", "万元", "table"),

    # Page 11, “三公”经费、会议费、培训费支出预算表. 公务用车购置费 is blank (not a fact). The table's
    # 合计 1467.70 adds 会议费 933.50 and 培训费 25.00 to the 三公 小计; none of those three fits a metric.
    (11, "three_public_total", "budget_initial", "509.20", "万元", "table"),               # “三公”经费 小计
    (11, "three_public_outbound", "budget_initial", "70.00", "万元", "table"),             # 因公出国（境）费
    (11, "three_public_vehicle", "budget_initial", "411.20", "万元", "table"),             # 公务用车购置及运行维护费 小计
    (11, "three_public_vehicle_operation", "budget_initial", "411.20", "万元", "table"),   # 公务用车运行维护费
    (11, "three_public_reception", "budget_initial", "28.00", "万元", "table"),            # 公务接待费

    # Pages 12-13, 2017年政府采购预算表 (runs on to page 14). No 二、工程 row is printed
    # (goods 496.20 + services 1278.50 = 1774.70), so there is no procurement_works fact.
    (12, "procurement_total", "budget_initial", "1774.70", "万元", "table"),     # 合计
    (12, "procurement_goods", "budget_initial", "496.20", "万元", "table"),      # 一、货物A
    (13, "procurement_services", "budget_initial", "1278.50", "万元", "table"),  # 三、服务C
]
