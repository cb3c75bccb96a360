"""Facts of 江苏省人大办公厅_江苏省人大常委会办公厅2019年部门预算公开表.pdf, read from the page images (not from parser output).

The 2019 department budget tables (部门预算公开表, 公开表一-公开表十二) of 江苏省人大常委会办公厅, a
provincial department. 13 PDF pages (A3, landscape, exported from Excel, text-based, no scanned
images), one table a page except 公开表十二, which runs on from page 12 to page 13 without repeating its
header. Every table prints 部门：江苏省人大常委会办公厅 and 单位：万元. There is no cover and no narrative
(说明): the 情况说明 is published in a separate PDF (江苏省人大办公厅_江苏省人大常委会2019年度部门预算公开.pdf,
see real_jiangsu_npc_2019_budget.py), so every fact has source "table". Pages read at 110 dpi, digits
confirmed on 150 dpi renders/crops.

Page map:
  1  公开表一 收支预算总表 (revenue by source; expenditure by function class, names only, and by use)
  2  公开表二 收入预算总表
  3  公开表三 支出预算总表 (a single row: 合计 / 基本支出 / 项目支出 / 单位预留机动经费 / 结转下年资金)
  4  公开表四 财政拨款收支预算总表
  5  公开表五 财政拨款支出预算表（功能科目） (one 金额 column)
  6  公开表六 财政拨款基本支出预算表（经济科目） (部门预算经济分类 301…)
  7  公开表七 一般公共预算支出预算表（功能科目） (same lines and values as page 5)
  8  公开表八 一般公共预算基本支出预算表（经济科目） (same lines and values as page 6)
  9  公开表九 “三公”经费、会议费、培训费支出预算表
  10 公开表十 财政拨款政府性基金支出预算表 (empty grid: only the 合计 row, blank)
  11 公开表十一 一般公共预算机关运行经费支出预算表
  12-13 公开表十二 2019年政府采购预算表

All money of this department is 财政拨款 / 一般公共预算: 18330.37 everywhere (政府性基金预算, 财政专户管理资金,
其他资金, 上年结转资金 and 结转下年资金 cells are blank; page 10 is empty). Hence the all-funds figures of
pages 1/3 and the 财政拨款 figures of pages 4-8 coincide (基本支出 9312.90, 项目支出 6459.58), and
page 4's 基本支出 / 项目支出 are recorded under the same metric keys as pages 1/3 without conflict.

Everything adds up (checked): the nine 人大事务 项 add to 13907.78, the three 离退休 项 to 1121.39, the two
住房改革 项 to 3301.20, and 13907.78 + 1121.39 + 3301.20 = 18330.37; 基本 9312.90 + 项目 6459.58 +
单位预留机动经费 2557.89 = 18330.37; 301 6481.41 + 302 1642.08 + 303 1189.41 = 9312.90, each class the sum
of its items; 三公 199.25 + 183.60 + 384.75 = 767.60; 合计 767.60 + 1469.73 + 363.38 = 2600.71;
货物 233.10 + 服务 2183.33 = 2416.43 (货物 = 53.10 + 180.00; 服务 = the eight 专项 rows). No contradiction
found within the file.

No table prints 上年预算数 / 上年执行数 columns, so there are no prior_year_* facts.

Left out on purpose:
- 单位预留机动经费 2557.89 (pages 1, 3, 4): no metric in the vocabulary fits it.
- Blank cells (政府性基金预算, 财政专户管理资金, 其他资金 and its sub-rows, 专项收入, 上年结转资金 /
  上年结转和结余资金, 结转下年资金, 公务用车购置费, the whole of page 10): blank is not zero. (The narrative
  file prints 公务用车购置 0; this table leaves the cell blank, so no three_public_vehicle_purchase fact.)
- Page 2's sub-row 公共财政拨款(补助)资金 18330.37: it repeats the 一般公共预算资金 小计.
- 合计 rows of the coded tables (pages 5-8, 11): no code; the totals are in METRICS.
- Page 11's economic lines (302 1642.08, 30201 570.00 … 30299 22.90): 机关运行经费 amounts with the same
  codes and the same values as the 302 lines of pages 6/8; they would only repeat those keys.
- Page 9: the table's 合计 2600.71, 会议费 1469.73 and 培训费 363.38: no metric fits them.
- Pages 12-13: the procurement rows below the 大类 (专项名称 / 采购物品名称 lines such as 办公设备购置费
  53.10, 信息化建设经费 180.00, 江苏省第十三届人代会二次会议经费 1035.00, 综合管理费 410.40): no metric. No
  二、工程 row is printed, so there is no procurement_works fact.
- The file prints no vehicle or staff counts.

fund_scope of page 6 (财政拨款基本支出预算表): general_public_budget, as in the other Jiangsu files with
this table (政协 2019, 检察院 2019 …): all 财政拨款 here is 一般公共预算 (page 4), and page 8 prints
identical figures under the 一般公共预算 title. Page 5 (财政拨款 function table) is fiscal_allocation,
page 7 general_public_budget; page 1's code-less class rows are all_funds.
"""

SOURCE_FILE = "江苏省人大办公厅_江苏省人大常委会办公厅2019年部门预算公开表.pdf"
SHA256 = "2baf474e2d6556488740cdfbbc62cddb5fb3e47452634521fddb0a01f995c000"

DOCUMENT = dict(
    province="江苏省",
    city=None,                  # provincial department: no city level
    county=None,
    department_printed="江苏省人大常委会办公厅",  # the 部门： line of every table (there is no cover)
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="江苏省人大常委会办公厅",
    admin_code="320000",
    fiscal_year=2019,           # 2019年政府采购预算表 (page 12); file name 2019年部门预算公开表
    doc_kind="budget",
    budget_level="department",
    amount_unit_reported="万元",
)

_F, _E = "function", "economic"
_X = "expenditure"
_B = "budget_initial"
_U = "万元"
_T = "table"
_FA, _GPB = "fiscal_allocation", "general_public_budget"

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # --- Page 1, 公开表一 收支预算总表, 支出 / 功能分类: class rows print names without codes
    # (一、一般公共服务支出 …) -> code None, source "table", all_funds. Only three of the twenty-one
    # class rows carry an amount; the others are blank. 13907.78 + 1121.39 + 3301.20 = 18330.37.
    (1, _F, None, "一般公共服务支出", _X, "total", "all_funds", _B, "13907.78", _U, _T),
    (1, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "1121.39", _U, _T),
    (1, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "3301.20", _U, _T),

    # --- Page 5, 公开表五 财政拨款支出预算表（功能科目）: 功能科目编码 printed as one 3/5/7-digit code;
    # single 金额 column of the 财政拨款 table -> fiscal_allocation. 合计 18330.37 not a line.
    (5, _F, "201", "一般公共服务支出", _X, "total", _FA, _B, "13907.78", _U, _T),
    (5, _F, "20101", "人大事务", _X, "total", _FA, _B, "13907.78", _U, _T),
    (5, _F, "2010101", "行政运行", _X, "total", _FA, _B, "7448.20", _U, _T),
    (5, _F, "2010102", "一般行政管理事务", _X, "total", _FA, _B, "2464.02", _U, _T),
    (5, _F, "2010104", "人大会议", _X, "total", _FA, _B, "1469.73", _U, _T),
    (5, _F, "2010105", "人大立法", _X, "total", _FA, _B, "729.00", _U, _T),
    (5, _F, "2010106", "人大监督", _X, "total", _FA, _B, "376.88", _U, _T),
    (5, _F, "2010107", "人大代表履职能力提升", _X, "total", _FA, _B, "363.38", _U, _T),
    (5, _F, "2010108", "代表工作", _X, "total", _FA, _B, "385.52", _U, _T),
    (5, _F, "2010109", "人大信访工作", _X, "total", _FA, _B, "42.75", _U, _T),
    (5, _F, "2010199", "其他人大事务支出", _X, "total", _FA, _B, "628.30", _U, _T),
    (5, _F, "208", "社会保障和就业支出", _X, "total", _FA, _B, "1121.39", _U, _T),
    (5, _F, "20805", "行政事业单位离退休", _X, "total", _FA, _B, "1121.39", _U, _T),
    (5, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", _FA, _B, "271.45", _U, _T),
    (5, _F, "2080505", "机关事业单位基本养老保险缴费支出", _X, "total", _FA, _B, "607.10", _U, _T),
    (5, _F, "2080506", "机关事业单位职业年金缴费支出", _X, "total", _FA, _B, "242.84", _U, _T),
    (5, _F, "221", "住房保障支出", _X, "total", _FA, _B, "3301.20", _U, _T),
    (5, _F, "22102", "住房改革支出", _X, "total", _FA, _B, "3301.20", _U, _T),
    (5, _F, "2210201", "住房公积金", _X, "total", _FA, _B, "752.90", _U, _T),
    (5, _F, "2210202", "提租补贴", _X, "total", _FA, _B, "2548.30", _U, _T),

    # --- Page 6, 公开表六 财政拨款基本支出预算表（经济科目）: 科目编码 (部门预算经济分类 301…), single
    # 金额 column; basic spending, general_public_budget (see the docstring). 合计 9312.90 not a line.
    (6, _E, "301", "工资福利支出", _X, "basic", _GPB, _B, "6481.41", _U, _T),
    (6, _E, "30101", "基本工资", _X, "basic", _GPB, _B, "1258.23", _U, _T),
    (6, _E, "30102", "津贴补贴", _X, "basic", _GPB, _B, "3468.54", _U, _T),
    (6, _E, "30103", "奖金", _X, "basic", _GPB, _B, "104.85", _U, _T),
    (6, _E, "30108", "机关事业单位基本养老保险缴费", _X, "basic", _GPB, _B, "607.10", _U, _T),
    (6, _E, "30109", "职业年金缴费", _X, "basic", _GPB, _B, "242.84", _U, _T),
    (6, _E, "30112", "其他社会保障缴费", _X, "basic", _GPB, _B, "14.79", _U, _T),
    (6, _E, "30113", "住房公积金", _X, "basic", _GPB, _B, "752.90", _U, _T),
    (6, _E, "30114", "医疗费", _X, "basic", _GPB, _B, "32.16", _U, _T),
    (6, _E, "302", "商品和服务支出", _X, "basic", _GPB, _B, "1642.08", _U, _T),
    (6, _E, "30201", "办公费", _X, "basic", _GPB, _B, "570.00", _U, _T),
    (6, _E, "30205", "水费", _X, "basic", _GPB, _B, "50.00", _U, _T),
    (6, _E, "30206", "电费", _X, "basic", _GPB, _B, "100.00", _U, _T),
    (6, _E, "30207", "邮电费", _X, "basic", _GPB, _B, "80.00", _U, _T),
    (6, _E, "30211", "差旅费", _X, "basic", _GPB, _B, "235.00", _U, _T),
    (6, _E, "30228", "工会经费", _X, "basic", _GPB, _B, "82.00", _U, _T),
    (6, _E, "30229", "福利费", _X, "basic", _GPB, _B, "50.00", _U, _T),
    (6, _E, "30231", "公务用车运行维护费", _X, "basic", _GPB, _B, "183.60", _U, _T),
    (6, _E, "30239", "其他交通费用", _X, "basic", _GPB, _B, "268.58", _U, _T),
    (6, _E, "30299", "其他商品和服务支出", _X, "basic", _GPB, _B, "22.90", _U, _T),
    (6, _E, "303", "对个人和家庭的补助", _X, "basic", _GPB, _B, "1189.41", _U, _T),
    (6, _E, "30301", "离休费", _X, "basic", _GPB, _B, "302.49", _U, _T),
    (6, _E, "30302", "退休费", _X, "basic", _GPB, _B, "886.13", _U, _T),
    (6, _E, "30309", "奖励金", _X, "basic", _GPB, _B, "0.79", _U, _T),

    # --- Page 7, 公开表七 一般公共预算支出预算表（功能科目）: the same 20 lines and amounts as page 5,
    # general_public_budget. 合计 18330.37 not a line.
    (7, _F, "201", "一般公共服务支出", _X, "total", _GPB, _B, "13907.78", _U, _T),
    (7, _F, "20101", "人大事务", _X, "total", _GPB, _B, "13907.78", _U, _T),
    (7, _F, "2010101", "行政运行", _X, "total", _GPB, _B, "7448.20", _U, _T),
    (7, _F, "2010102", "一般行政管理事务", _X, "total", _GPB, _B, "2464.02", _U, _T),
    (7, _F, "2010104", "人大会议", _X, "total", _GPB, _B, "1469.73", _U, _T),
    (7, _F, "2010105", "人大立法", _X, "total", _GPB, _B, "729.00", _U, _T),
    (7, _F, "2010106", "人大监督", _X, "total", _GPB, _B, "376.88", _U, _T),
    (7, _F, "2010107", "人大代表履职能力提升", _X, "total", _GPB, _B, "363.38", _U, _T),
    (7, _F, "2010108", "代表工作", _X, "total", _GPB, _B, "385.52", _U, _T),
    (7, _F, "2010109", "人大信访工作", _X, "total", _GPB, _B, "42.75", _U, _T),
    (7, _F, "2010199", "其他人大事务支出", _X, "total", _GPB, _B, "628.30", _U, _T),
    (7, _F, "208", "社会保障和就业支出", _X, "total", _GPB, _B, "1121.39", _U, _T),
    (7, _F, "20805", "行政事业单位离退休", _X, "total", _GPB, _B, "1121.39", _U, _T),
    (7, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", _GPB, _B, "271.45", _U, _T),
    (7, _F, "2080505", "机关事业单位基本养老保险缴费支出", _X, "total", _GPB, _B, "607.10", _U, _T),
    (7, _F, "2080506", "机关事业单位职业年金缴费支出", _X, "total", _GPB, _B, "242.84", _U, _T),
    (7, _F, "221", "住房保障支出", _X, "total", _GPB, _B, "3301.20", _U, _T),
    (7, _F, "22102", "住房改革支出", _X, "total", _GPB, _B, "3301.20", _U, _T),
    (7, _F, "2210201", "住房公积金", _X, "total", _GPB, _B, "752.90", _U, _T),
    (7, _F, "2210202", "提租补贴", _X, "total", _GPB, _B, "2548.30", _U, _T),

    # --- Page 8, 公开表八 一般公共预算基本支出预算表（经济科目）: identical lines and amounts to page 6
    # (same keys, same values). 合计 9312.90 not a line.
    (8, _E, "301", "工资福利支出", _X, "basic", _GPB, _B, "6481.41", _U, _T),
    (8, _E, "30101", "基本工资", _X, "basic", _GPB, _B, "1258.23", _U, _T),
    (8, _E, "30102", "津贴补贴", _X, "basic", _GPB, _B, "3468.54", _U, _T),
    (8, _E, "30103", "奖金", _X, "basic", _GPB, _B, "104.85", _U, _T),
    (8, _E, "30108", "机关事业单位基本养老保险缴费", _X, "basic", _GPB, _B, "607.10", _U, _T),
    (8, _E, "30109", "职业年金缴费", _X, "basic", _GPB, _B, "242.84", _U, _T),
    (8, _E, "30112", "其他社会保障缴费", _X, "basic", _GPB, _B, "14.79", _U, _T),
    (8, _E, "30113", "住房公积金", _X, "basic", _GPB, _B, "752.90", _U, _T),
    (8, _E, "30114", "医疗费", _X, "basic", _GPB, _B, "32.16", _U, _T),
    (8, _E, "302", "商品和服务支出", _X, "basic", _GPB, _B, "1642.08", _U, _T),
    (8, _E, "30201", "办公费", _X, "basic", _GPB, _B, "570.00", _U, _T),
    (8, _E, "30205", "水费", _X, "basic", _GPB, _B, "50.00", _U, _T),
    (8, _E, "30206", "电费", _X, "basic", _GPB, _B, "100.00", _U, _T),
    (8, _E, "30207", "邮电费", _X, "basic", _GPB, _B, "80.00", _U, _T),
    (8, _E, "30211", "差旅费", _X, "basic", _GPB, _B, "235.00", _U, _T),
    (8, _E, "30228", "工会经费", _X, "basic", _GPB, _B, "82.00", _U, _T),
    (8, _E, "30229", "福利费", _X, "basic", _GPB, _B, "50.00", _U, _T),
    (8, _E, "30231", "公务用车运行维护费", _X, "basic", _GPB, _B, "183.60", _U, _T),
    (8, _E, "30239", "其他交通费用", _X, "basic", _GPB, _B, "268.58", _U, _T),
    (8, _E, "30299", "其他商品和服务支出", _X, "basic", _GPB, _B, "22.90", _U, _T),
    (8, _E, "303", "对个人和家庭的补助", _X, "basic", _GPB, _B, "1189.41", _U, _T),
    (8, _E, "30301", "离休费", _X, "basic", _GPB, _B, "302.49", _U, _T),
    (8, _E, "30302", "退休费", _X, "basic", _GPB, _B, "886.13", _U, _T),
    (8, _E, "30309", "奖励金", _X, "basic", _GPB, _B, "0.79", _U, _T),

    # --- Page 11, 公开表十一 机关运行经费: its economic lines repeat the 302 lines of pages 6/8 with the
    # same values; left out (the total is a metric below).
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # --- Page 1, 公开表一 收支预算总表. 2.政府性基金预算, 二、财政专户管理资金, 三、其他资金, 上年结转资金
    # and 结转下年资金 are blank (no fact). 三、单位预留机动经费 2557.89 fits no metric.
    (1, "revenue_fiscal", _B, "18330.37", _U, _T),          # 一、财政拨款
    (1, "revenue_general_budget", _B, "18330.37", _U, _T),  # 1.一般公共预算
    (1, "revenue_total", _B, "18330.37", _U, _T),           # 当年收入小计
    (1, "expenditure_total", _B, "18330.37", _U, _T),       # 当年支出小计
    (1, "grand_total", _B, "18330.37", _U, _T),             # 收入合计 = 支出合计
    (1, "expenditure_basic", _B, "9312.90", _U, _T),        # 一、基本支出
    (1, "expenditure_project", _B, "6459.58", _U, _T),      # 二、项目支出

    # --- Page 2, 公开表二 收入预算总表 (专项收入, 政府性基金, 财政专户管理资金, 其他资金, 上年结转和结余资金
    # rows blank).
    (2, "grand_total", _B, "18330.37", _U, _T),             # 收入总计
    (2, "revenue_general_budget", _B, "18330.37", _U, _T),  # 一般公共预算资金 小计

    # --- Page 3, 公开表三 支出预算总表: one row; 单位预留机动经费 2557.89 no metric, 结转下年资金 blank.
    (3, "expenditure_total", _B, "18330.37", _U, _T),       # 合计
    (3, "expenditure_basic", _B, "9312.90", _U, _T),
    (3, "expenditure_project", _B, "6459.58", _U, _T),

    # --- Page 4, 公开表四 财政拨款收支预算总表. 二、政府性基金预算 blank. Its 基本/项目 equal the
    # all-funds figures of pages 1/3 (all money is 财政拨款), so they sit under the same keys.
    (4, "revenue_general_budget", _B, "18330.37", _U, _T),  # 一、一般公共预算
    (4, "fiscal_grand_total", _B, "18330.37", _U, _T),      # 收入合计 = 支出合计
    (4, "expenditure_basic", _B, "9312.90", _U, _T),        # 一、基本支出
    (4, "expenditure_project", _B, "6459.58", _U, _T),      # 二、项目支出

    # --- Page 9, 公开表九 “三公”经费、会议费、培训费支出预算表. 公务用车购置费 blank (no fact).
    # 小计 767.60 = 199.25 + 183.60 + 384.75.
    (9, "three_public_total", _B, "767.60", _U, _T),               # “三公”经费 小计
    (9, "three_public_outbound", _B, "199.25", _U, _T),            # 因公出国（境）费
    (9, "three_public_vehicle", _B, "183.60", _U, _T),             # 公务用车购置及运行维护费 小计
    (9, "three_public_vehicle_operation", _B, "183.60", _U, _T),   # 公务用车运行维护费
    (9, "three_public_reception", _B, "384.75", _U, _T),           # 公务接待费

    # --- Page 11, 公开表十一 一般公共预算机关运行经费支出预算表, 合计 (= 302 1642.08).
    (11, "admin_operating_cost", _B, "1642.08", _U, _T),

    # --- Page 12, 公开表十二 2019年政府采购预算表 (no 二、工程 row printed).
    (12, "procurement_total", _B, "2416.43", _U, _T),       # 合计
    (12, "procurement_goods", _B, "233.10", _U, _T),        # 一、货物A
    (12, "procurement_services", _B, "2183.33", _U, _T),    # 三、服务C
]
