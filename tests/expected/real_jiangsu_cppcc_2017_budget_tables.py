"""Facts of 江苏省政协办公厅_2017年度部门预算公开表.pdf, read from the page images (not from parser output).

The 2017 department budget tables (部门预算公开表, 表一-表十二) of 江苏省政协办公厅, a provincial
department. 13 PDF pages (exported from Excel 2010, text-based, no scanned images), one table a page
except the 政府采购预算表, which runs over pages 12-13 (header repeated, no 表十二 label on page 13).
Every table prints 部门：江苏省政协办公厅 and 单位：万元. There is no cover and no narrative (说明):
the 情况说明 is published in a separate PDF (…江苏省政协办公厅2017年度部门预算.pdf), so every fact
has source "table". Pages read at 110 dpi, digits confirmed on 150 dpi renders.

Page map:
  1  表一 收支预算总表 (revenue by source; expenditure by function class, names only, and by use)
  2  表二 收入预算总表
  3  表三 支出预算总表 (a single row: 合计 / 基本支出 / 项目支出 / 单位预留机动经费 / 结转下年资金)
  4  表四 财政拨款收支预算总表
  5  表五 财政拨款支出预算表 (功能科目代码, one 金额 column)
  6  表六 财政拨款基本支出预算表 (部门预算经济分类 301…)
  7  表七 财政拨款政府性基金支出预算表 (empty grid, 注：我单位无2017年政府性基金支出安排。)
  8  表八 一般公共预算支出预算表 (same lines and values as page 5)
  9  表九 一般公共预算基本支出预算表 (same lines and values as page 6)
  10 表十 一般公共预算机关运行经费支出预算表
  11 表十一 “三公”经费、会议费、培训费支出预算表（一般公共预算）
  12-13 表十二 2017年政府采购预算表

All 财政拨款 money is 一般公共预算 (政府性基金预算 cells blank, page 7 empty). The only other money
is 其他资金 80.00 (其他收入, page 2), which sits in 一般公共服务支出 (6543.55 all funds on page 1
against 6463.55 of 财政拨款 on pages 5/8) and in 基本支出 (5916.27 all funds, pages 1/3, against
5836.27 of 财政拨款, page 4 and the 合计 of pages 6/9). This is consistent, not a contradiction;
the report does not contradict itself anywhere I checked (all subtotals add up).

No table prints 上年预算数 / 上年执行数 columns, so there are no prior_year_* facts.

Left out on purpose:
- 单位预留机动经费 106.84 (pages 1, 3, 4): no metric in the vocabulary fits it
  (基本 5916.27 + 项目 3123.68 + 机动 106.84 = 9146.79).
- Blank cells (2.政府性基金预算, 二、财政专户管理资金, 上年结转资金, 结转下年资金, 专项收入,
  事业收入, 经营收入, 债务资金, 上年结转和结余资金, 公务用车购置费, the whole of page 7): blank is
  not zero.
- Page 4's 基本支出 5836.27 / 项目支出 3123.68 / 单位预留机动经费 106.84: the 财政拨款 part only; a
  metric has no fund scope and expenditure_basic / expenditure_project already hold the all-funds
  5916.27 / 3123.68 (pages 1, 3).
- Sub-rows of page 2 (公共财政拨款(补助)资金 9066.79, 其他收入 80.00): they repeat their 小计.
  (Page 2 prints the row head 财政转专户管理资金, sic.)
- 合计 rows of the coded tables (pages 5, 6, 8, 9, 10): no code, the totals are in METRICS.
- Page 10's economic lines (302 3253.98, 30201 167.03, 30205 10.00, 30206 10.00, 30207 70.00,
  30209 446.00, 30211 794.80, 30213 100.00, 30215 1094.62, 30229 5.00, 30231 156.60,
  30299 399.93, 310 95.00, 31002 95.00): 机关运行经费 amounts that include project money and differ
  from the basic-expenditure lines of pages 6/9 under the same codes (30201 110.00, 30211 200.00,
  30215 66.72, 30299 175.08); no spending_type fits them, so only the total is recorded.
- Page 11: the table's 合计 1852.32 (= 三公 676.10 + 会议费 1094.62 + 培训费 81.60), 会议费 and
  培训费: no metric fits them. (公务接待费 443.50 there against basic 30217 公务接待费 16.00 on pages
  6/9: the 三公 figure includes project money; not a contradiction.)
- Pages 12-13: the procurement rows below the 大类 (专项名称 / 采购物品名称 lines such as 办公设备购置费
  95.00, 省政协全委会 会议费 714.80): no metric. No 二、工程 row is printed (货物 259.32 + 服务
  1011.90 = 1271.22), so there is no procurement_works fact.
- The file prints no vehicle or staff counts.

fund_scope of page 6 (财政拨款基本支出预算表): general_public_budget, as in the other Jiangsu files
with this table; basic expenditure here is financed by the 一般公共预算 only, and page 9 prints
identical figures under that title.
"""

SOURCE_FILE = "江苏省政协办公厅_2017年度部门预算公开表.pdf"
SHA256 = "42d4fd889f7a012fe7e40cda74d0c5fe6c9ef22db64c2c81da0182b32ee7e9c8"

DOCUMENT = dict(
    province="江苏省",
    city=None,                  # provincial department: no city level
    county=None,
    department_printed="江苏省政协办公厅",  # the 部门： line of every table (there is no cover)
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="江苏省政协办公厅",
    admin_code="320000",
    fiscal_year=2017,           # 2017年政府采购预算表 (page 12); 注 of page 7; file name 2017年度
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
    # --- Page 1, 表一 收支预算总表, 支出 / 功能分类: class rows print names without codes
    # (一、一般公共服务支出 …) -> code None, source "table", all_funds. Only three of the twenty
    # class rows carry an amount; the others are blank. 6543.55 + 1509.72 + 1093.52 = 9146.79.
    (1, _F, None, "一般公共服务支出", _X, "total", "all_funds", _B, "6543.55", _U, _T),
    (1, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "1509.72", _U, _T),
    (1, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "1093.52", _U, _T),

    # --- Page 5, 表五 财政拨款支出预算表: 功能科目代码 printed as one 3/5/7-digit code; single 金额
    # column of the 财政拨款 table (一般公共预算 + 政府性基金, the latter empty) -> fiscal_allocation.
    # 合计 9066.79 not a line. Checked: items add to their 款 and 类 (3233.03 + 1577.82 + 1027.90 +
    # 429.30 + 195.50 = 6463.55), classes add to 合计.
    (5, _F, "201", "一般公共服务支出", _X, "total", _FA, _B, "6463.55", _U, _T),
    (5, _F, "20102", "政协事务", _X, "total", _FA, _B, "6463.55", _U, _T),
    (5, _F, "2010201", "行政运行", _X, "total", _FA, _B, "3233.03", _U, _T),
    (5, _F, "2010202", "一般行政管理事务", _X, "total", _FA, _B, "1577.82", _U, _T),
    (5, _F, "2010204", "政协会议", _X, "total", _FA, _B, "1027.90", _U, _T),
    (5, _F, "2010205", "委员视察", _X, "total", _FA, _B, "429.30", _U, _T),
    (5, _F, "2010299", "其他政协事务支出", _X, "total", _FA, _B, "195.50", _U, _T),
    (5, _F, "208", "社会保障和就业支出", _X, "total", _FA, _B, "1509.72", _U, _T),
    (5, _F, "20805", "行政事业单位离退休", _X, "total", _FA, _B, "1509.72", _U, _T),
    (5, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", _FA, _B, "1509.72", _U, _T),
    (5, _F, "221", "住房保障支出", _X, "total", _FA, _B, "1093.52", _U, _T),
    (5, _F, "22102", "住房改革支出", _X, "total", _FA, _B, "1093.52", _U, _T),
    (5, _F, "2210201", "住房公积金", _X, "total", _FA, _B, "341.75", _U, _T),
    (5, _F, "2210202", "提租补贴", _X, "total", _FA, _B, "751.77", _U, _T),

    # --- Page 6, 表六 财政拨款基本支出预算表: 科目编码 (部门预算经济分类 301…), single 金额 column;
    # basic spending, general_public_budget (see the docstring). 合计 5836.27 not a line.
    # Checked: 301 = sum of 301xx (2097.51), 302 = sum of 302xx (1131.92), 303 = sum of 303xx
    # (2606.84), 合计 = 301 + 302 + 303. The table prints no 人员经费 / 公用经费 subtotals.
    (6, _E, "301", "工资福利支出", _X, "basic", _GPB, _B, "2097.51", _U, _T),
    (6, _E, "30101", "基本工资", _X, "basic", _GPB, _B, "737.94", _U, _T),
    (6, _E, "30102", "津贴补贴", _X, "basic", _GPB, _B, "1263.76", _U, _T),
    (6, _E, "30103", "奖金", _X, "basic", _GPB, _B, "59.53", _U, _T),
    (6, _E, "30107", "绩效工资", _X, "basic", _GPB, _B, "36.28", _U, _T),
    (6, _E, "302", "商品和服务支出", _X, "basic", _GPB, _B, "1131.92", _U, _T),
    (6, _E, "30201", "办公费", _X, "basic", _GPB, _B, "110.00", _U, _T),
    (6, _E, "30205", "水费", _X, "basic", _GPB, _B, "10.00", _U, _T),
    (6, _E, "30206", "电费", _X, "basic", _GPB, _B, "10.00", _U, _T),
    (6, _E, "30207", "邮电费", _X, "basic", _GPB, _B, "70.00", _U, _T),
    (6, _E, "30211", "差旅费", _X, "basic", _GPB, _B, "200.00", _U, _T),
    (6, _E, "30213", "维修（护）费", _X, "basic", _GPB, _B, "100.00", _U, _T),
    (6, _E, "30215", "会议费", _X, "basic", _GPB, _B, "66.72", _U, _T),
    (6, _E, "30217", "公务接待费", _X, "basic", _GPB, _B, "16.00", _U, _T),
    (6, _E, "30228", "工会经费", _X, "basic", _GPB, _B, "37.60", _U, _T),
    (6, _E, "30229", "福利费", _X, "basic", _GPB, _B, "5.00", _U, _T),
    (6, _E, "30231", "公务用车运行维护费", _X, "basic", _GPB, _B, "156.60", _U, _T),
    (6, _E, "30239", "其他交通费用", _X, "basic", _GPB, _B, "174.92", _U, _T),
    (6, _E, "30299", "其他商品和服务支出", _X, "basic", _GPB, _B, "175.08", _U, _T),
    (6, _E, "303", "对个人和家庭的补助", _X, "basic", _GPB, _B, "2606.84", _U, _T),
    (6, _E, "30301", "离休费", _X, "basic", _GPB, _B, "163.00", _U, _T),
    (6, _E, "30302", "退休费", _X, "basic", _GPB, _B, "1329.42", _U, _T),
    (6, _E, "30307", "医疗费", _X, "basic", _GPB, _B, "20.40", _U, _T),
    (6, _E, "30309", "奖励金", _X, "basic", _GPB, _B, "0.50", _U, _T),
    (6, _E, "30311", "住房公积金", _X, "basic", _GPB, _B, "341.75", _U, _T),
    (6, _E, "30312", "提租补贴", _X, "basic", _GPB, _B, "751.77", _U, _T),

    # --- Page 8, 表八 一般公共预算支出预算表: the same 14 lines and amounts as page 5,
    # general_public_budget. 合计 9066.79 not a line.
    (8, _F, "201", "一般公共服务支出", _X, "total", _GPB, _B, "6463.55", _U, _T),
    (8, _F, "20102", "政协事务", _X, "total", _GPB, _B, "6463.55", _U, _T),
    (8, _F, "2010201", "行政运行", _X, "total", _GPB, _B, "3233.03", _U, _T),
    (8, _F, "2010202", "一般行政管理事务", _X, "total", _GPB, _B, "1577.82", _U, _T),
    (8, _F, "2010204", "政协会议", _X, "total", _GPB, _B, "1027.90", _U, _T),
    (8, _F, "2010205", "委员视察", _X, "total", _GPB, _B, "429.30", _U, _T),
    (8, _F, "2010299", "其他政协事务支出", _X, "total", _GPB, _B, "195.50", _U, _T),
    (8, _F, "208", "社会保障和就业支出", _X, "total", _GPB, _B, "1509.72", _U, _T),
    (8, _F, "20805", "行政事业单位离退休", _X, "total", _GPB, _B, "1509.72", _U, _T),
    (8, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", _GPB, _B, "1509.72", _U, _T),
    (8, _F, "221", "住房保障支出", _X, "total", _GPB, _B, "1093.52", _U, _T),
    (8, _F, "22102", "住房改革支出", _X, "total", _GPB, _B, "1093.52", _U, _T),
    (8, _F, "2210201", "住房公积金", _X, "total", _GPB, _B, "341.75", _U, _T),
    (8, _F, "2210202", "提租补贴", _X, "total", _GPB, _B, "751.77", _U, _T),

    # --- Page 9, 表九 一般公共预算基本支出预算表: identical lines and amounts to page 6
    # (same keys, same values). 合计 5836.27 not a line.
    (9, _E, "301", "工资福利支出", _X, "basic", _GPB, _B, "2097.51", _U, _T),
    (9, _E, "30101", "基本工资", _X, "basic", _GPB, _B, "737.94", _U, _T),
    (9, _E, "30102", "津贴补贴", _X, "basic", _GPB, _B, "1263.76", _U, _T),
    (9, _E, "30103", "奖金", _X, "basic", _GPB, _B, "59.53", _U, _T),
    (9, _E, "30107", "绩效工资", _X, "basic", _GPB, _B, "36.28", _U, _T),
    (9, _E, "302", "商品和服务支出", _X, "basic", _GPB, _B, "1131.92", _U, _T),
    (9, _E, "30201", "办公费", _X, "basic", _GPB, _B, "110.00", _U, _T),
    (9, _E, "30205", "水费", _X, "basic", _GPB, _B, "10.00", _U, _T),
    (9, _E, "30206", "电费", _X, "basic", _GPB, _B, "10.00", _U, _T),
    (9, _E, "30207", "邮电费", _X, "basic", _GPB, _B, "70.00", _U, _T),
    (9, _E, "30211", "差旅费", _X, "basic", _GPB, _B, "200.00", _U, _T),
    (9, _E, "30213", "维修（护）费", _X, "basic", _GPB, _B, "100.00", _U, _T),
    (9, _E, "30215", "会议费", _X, "basic", _GPB, _B, "66.72", _U, _T),
    (9, _E, "30217", "公务接待费", _X, "basic", _GPB, _B, "16.00", _U, _T),
    (9, _E, "30228", "工会经费", _X, "basic", _GPB, _B, "37.60", _U, _T),
    (9, _E, "30229", "福利费", _X, "basic", _GPB, _B, "5.00", _U, _T),
    (9, _E, "30231", "公务用车运行维护费", _X, "basic", _GPB, _B, "156.60", _U, _T),
    (9, _E, "30239", "其他交通费用", _X, "basic", _GPB, _B, "174.92", _U, _T),
    (9, _E, "30299", "其他商品和服务支出", _X, "basic", _GPB, _B, "175.08", _U, _T),
    (9, _E, "303", "对个人和家庭的补助", _X, "basic", _GPB, _B, "2606.84", _U, _T),
    (9, _E, "30301", "离休费", _X, "basic", _GPB, _B, "163.00", _U, _T),
    (9, _E, "30302", "退休费", _X, "basic", _GPB, _B, "1329.42", _U, _T),
    (9, _E, "30307", "医疗费", _X, "basic", _GPB, _B, "20.40", _U, _T),
    (9, _E, "30309", "奖励金", _X, "basic", _GPB, _B, "0.50", _U, _T),
    (9, _E, "30311", "住房公积金", _X, "basic", _GPB, _B, "341.75", _U, _T),
    (9, _E, "30312", "提租补贴", _X, "basic", _GPB, _B, "751.77", _U, _T),

    # --- Page 10, 表十 机关运行经费: its economic lines include project money and differ from the
    # basic lines of pages 6/9 under the same codes; left out (the total is a metric below).
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # --- Page 1, 表一 收支预算总表. 2.政府性基金预算, 二、财政专户管理资金, 上年结转资金 and
    # 结转下年资金 are blank (no fact). 三、单位预留机动经费 106.84 fits no metric.
    (1, "revenue_fiscal", _B, "9066.79", _U, _T),           # 一、财政拨款
    (1, "revenue_general_budget", _B, "9066.79", _U, _T),   # 1.一般公共预算
    (1, "revenue_other", _B, "80.00", _U, _T),              # 三、其他资金
    (1, "revenue_total", _B, "9146.79", _U, _T),            # 当年收入小计
    (1, "expenditure_total", _B, "9146.79", _U, _T),        # 当年支出小计
    (1, "grand_total", _B, "9146.79", _U, _T),              # 收入合计 = 支出合计
    (1, "expenditure_basic", _B, "5916.27", _U, _T),        # 一、基本支出
    (1, "expenditure_project", _B, "3123.68", _U, _T),      # 二、项目支出

    # --- Page 2, 表二 收入预算总表 (专项收入, 政府性基金, 财政转专户管理资金, 事业收入, 经营收入,
    # 债务资金, 上年结转和结余资金 rows blank).
    (2, "grand_total", _B, "9146.79", _U, _T),              # 收入总计
    (2, "revenue_general_budget", _B, "9066.79", _U, _T),   # 一般公共预算资金 小计
    (2, "revenue_other", _B, "80.00", _U, _T),              # 其他资金 小计 (its 其他收入 sub-row 80.00)

    # --- Page 3, 表三 支出预算总表: one row; 单位预留机动经费 106.84 no metric, 结转下年资金 blank.
    (3, "expenditure_total", _B, "9146.79", _U, _T),        # 合计
    (3, "expenditure_basic", _B, "5916.27", _U, _T),
    (3, "expenditure_project", _B, "3123.68", _U, _T),

    # --- Page 4, 表四 财政拨款收支预算总表. 二、政府性基金预算 blank. Its 基本支出 5836.27 /
    # 项目支出 3123.68 / 单位预留机动经费 106.84 are the 财政拨款 part: left out (see the docstring).
    (4, "revenue_general_budget", _B, "9066.79", _U, _T),   # 一、一般公共预算
    (4, "fiscal_grand_total", _B, "9066.79", _U, _T),       # 收入合计 = 支出合计

    # --- Page 10, 表十 一般公共预算机关运行经费支出预算表, 合计 (= 302 3253.98 + 310 95.00).
    (10, "admin_operating_cost", _B, "3348.98", _U, _T),

    # --- Page 11, 表十一 “三公”经费、会议费、培训费支出预算表（一般公共预算）. 公务用车购置费 blank
    # (no fact). 小计 676.10 = 76.00 + 156.60 + 443.50.
    (11, "three_public_total", _B, "676.10", _U, _T),               # “三公”经费 小计
    (11, "three_public_outbound", _B, "76.00", _U, _T),             # 因公出国（境）费
    (11, "three_public_vehicle", _B, "156.60", _U, _T),             # 公务用车购置及运行维护费 小计
    (11, "three_public_vehicle_operation", _B, "156.60", _U, _T),   # 公务用车运行维护费
    (11, "three_public_reception", _B, "443.50", _U, _T),           # 公务接待费

    # --- Page 12, 表十二 2017年政府采购预算表 (continues on page 13; no 二、工程 row printed).
    (12, "procurement_total", _B, "1271.22", _U, _T),       # 合计
    (12, "procurement_goods", _B, "259.32", _U, _T),        # 一、货物A
    (12, "procurement_services", _B, "1011.90", _U, _T),    # 三、服务C
]
