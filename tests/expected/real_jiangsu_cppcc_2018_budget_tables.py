"""Facts of 江苏省政协办公厅_江苏省政协办公厅2018度部门预算公开表.pdf, read from the page images (not from parser output).

The 2018 department budget tables (部门预算公开表, 公开01表-公开12表) of 江苏省政协办公厅, a provincial
department. 12 PDF pages (exported from Excel 2010, text-based, no scanned images), one table a page;
every table prints 部门：江苏省政协办公厅 and 单位：万元. There is no cover and no narrative (说明): the
情况说明 is published in a separate PDF (…江苏省政协办公厅2018年度部门预算.pdf), so every fact has
source "table". Pages read at 110 dpi, digits confirmed on 150 dpi renders. (The file name prints
"2018度", sic.)

Page map:
  1  公开01表 收支预算总表 (revenue by source; expenditure by function class, names only, and by use)
  2  公开02表 收入预算总表
  3  公开03表 支出预算总表 (a single row: 合计 / 基本支出 / 项目支出 / 单位预留机动经费 / 结转下年资金)
  4  公开04表 财政拨款收支预算总表
  5  公开05表 财政拨款支出预算表 (功能科目代码, one 金额 column)
  6  公开06表 财政拨款基本支出预算表 (部门预算经济分类 301…)
  7  公开07表 一般公共预算支出预算表 (same lines and values as page 5)
  8  公开08表 一般公共预算基本支出预算表 (same lines and values as page 6)
  9  公开09表 “三公”经费、会议费、培训费支出预算表
  10 公开10表 财政拨款政府性基金支出预算表 (empty grid, 注：本部门无该项目)
  11 公开11表 一般公共预算机关运行经费支出预算表
  12 公开12表 2018年政府采购预算表

All 财政拨款 money is 一般公共预算 (政府性基金预算 cells blank, page 10 empty). The only other money
is 其他资金 80.00 (其他收入, page 2), which sits in 一般公共服务支出 (7827.46 all funds on page 1
against 7747.46 of 财政拨款 on pages 5/7) and in 基本支出 (5678.17 all funds, pages 1/3, against
5598.17 of 财政拨款, page 4 and the 合计 of pages 6/8). This is consistent, not a contradiction; the
report does not contradict itself anywhere I checked (all subtotals add up).

No table prints 上年预算数 / 上年执行数 columns, so there are no prior_year_* facts.

Left out on purpose:
- 单位预留机动经费 1157.63 (pages 1, 3, 4): no metric in the vocabulary fits it
  (基本 5678.17 + 项目 3314.68 + 机动 1157.63 = 10150.48).
- Blank cells (2.政府性基金预算, 二、财政专户管理资金, 上年结转资金, 结转下年资金, 专项收入,
  专户管理教育收费, 其他非税收入, 事业收入, 经营收入, 债务资金(银行贷款), 上年结转和结余资金,
  公务用车购置费, the whole of page 10): blank is not zero.
- Page 4's 基本支出 5598.17 / 项目支出 3314.68 / 单位预留机动经费 1157.63: the 财政拨款 part only; a
  metric has no fund scope and expenditure_basic / expenditure_project already hold the all-funds
  5678.17 / 3314.68 (pages 1, 3).
- Sub-rows of page 2 (公共财政拨款(补助)资金 10070.48, 其他收入 80.00): they repeat their 小计.
- 合计 rows of the coded tables (pages 5-8, 11): no code, the totals are in METRICS.
- Page 11's economic lines (302 1115.85, 30201 110.00 … 30299 91.60): 机关运行经费 amounts, the same
  13 codes and the same values as the 302 lines of pages 6/8; they would only repeat those keys.
- Page 9: the table's 合计 1656.86 (= 三公 675.10 + 会议费 884.16 + 培训费 97.60), 会议费 and 培训费:
  no metric fits them. (公务接待费 412.50 there against basic 30217 公务接待费 15.00 on pages 6/8, and
  会议费 884.16 / 培训费 97.60 against basic 30215 70.00 / 30216 16.00: the page 9 figures include
  project money; not a contradiction.)
- Page 12: the procurement rows below the 大类 (专项名称 / 采购物品名称 lines such as 办公设备购置费
  300.00, 省政协专项会议 会议费 55.67 under 货物 and 758.49 under 服务, 家具用具 198.00): no metric.
  No 二、工程 row is printed (货物 355.67 + 服务 926.09 = 1281.76), so there is no procurement_works
  fact.
- The file prints no vehicle or staff counts.

fund_scope of page 6 (财政拨款基本支出预算表): general_public_budget, as in the other Jiangsu files
with this table (this department's 2017 and 2019 tables); basic expenditure here is financed by the
一般公共预算 only, and page 8 prints identical figures under that title.
"""

SOURCE_FILE = "江苏省政协办公厅_江苏省政协办公厅2018度部门预算公开表.pdf"
SHA256 = "600311282f84ff8d4c994f9071eedd3a0ebfaf4ae65e05b400ae37f3f36e2c29"

DOCUMENT = dict(
    province="江苏省",
    city=None,                  # provincial department: no city level
    county=None,
    department_printed="江苏省政协办公厅",  # the 部门： line of every table (there is no cover)
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="江苏省政协办公厅",
    admin_code="320000",
    fiscal_year=2018,           # 2018年政府采购预算表 (page 12); file name 2018度部门预算公开表
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
    # --- Page 1, 公开01表 收支预算总表, 支出 / 功能分类: class rows print names without codes
    # (一、一般公共服务支出 …) -> code None, source "table", all_funds. Only three of the twenty
    # class rows carry an amount; the others are blank. 7827.46 + 823.76 + 1499.26 = 10150.48.
    (1, _F, None, "一般公共服务支出", _X, "total", "all_funds", _B, "7827.46", _U, _T),
    (1, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "823.76", _U, _T),
    (1, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "1499.26", _U, _T),

    # --- Page 5, 公开05表 财政拨款支出预算表: 功能科目代码 printed as one 3/5/7-digit code; single
    # 金额 column of the 财政拨款 table (一般公共预算 + 政府性基金, the latter empty) -> fiscal_allocation.
    # 合计 10070.48 not a line. Checked: items add to their 款 and 类 (4432.78 + 1780.22 + 814.16 +
    # 429.30 + 291.00 = 7747.46; 252.82 + 407.81 + 163.13 = 823.76; 391.66 + 1107.60 = 1499.26),
    # classes add to 合计.
    (5, _F, "201", "一般公共服务支出", _X, "total", _FA, _B, "7747.46", _U, _T),
    (5, _F, "20102", "政协事务", _X, "total", _FA, _B, "7747.46", _U, _T),
    (5, _F, "2010201", "行政运行", _X, "total", _FA, _B, "4432.78", _U, _T),
    (5, _F, "2010202", "一般行政管理事务", _X, "total", _FA, _B, "1780.22", _U, _T),
    (5, _F, "2010204", "政协会议", _X, "total", _FA, _B, "814.16", _U, _T),
    (5, _F, "2010205", "委员视察", _X, "total", _FA, _B, "429.30", _U, _T),
    (5, _F, "2010299", "其他政协事务支出", _X, "total", _FA, _B, "291.00", _U, _T),
    (5, _F, "208", "社会保障和就业支出", _X, "total", _FA, _B, "823.76", _U, _T),
    (5, _F, "20805", "行政事业单位离退休", _X, "total", _FA, _B, "823.76", _U, _T),
    (5, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", _FA, _B, "252.82", _U, _T),
    (5, _F, "2080505", "机关事业单位基本养老保险缴费支出", _X, "total", _FA, _B, "407.81", _U, _T),
    (5, _F, "2080506", "机关事业单位职业年金缴费支出", _X, "total", _FA, _B, "163.13", _U, _T),
    (5, _F, "221", "住房保障支出", _X, "total", _FA, _B, "1499.26", _U, _T),
    (5, _F, "22102", "住房改革支出", _X, "total", _FA, _B, "1499.26", _U, _T),
    (5, _F, "2210201", "住房公积金", _X, "total", _FA, _B, "391.66", _U, _T),
    (5, _F, "2210202", "提租补贴", _X, "total", _FA, _B, "1107.60", _U, _T),

    # --- Page 6, 公开06表 财政拨款基本支出预算表: 科目编码 (部门预算经济分类 301…), single 金额 column;
    # basic spending, general_public_budget (see the docstring). 合计 5598.17 not a line.
    # Checked: 301 = sum of 301xx (3806.26), 302 = sum of 302xx (1115.85), 303 = sum of 303xx
    # (676.06), 合计 = 301 + 302 + 303. The table prints no 人员经费 / 公用经费 subtotals.
    (6, _E, "301", "工资福利支出", _X, "basic", _GPB, _B, "3806.26", _U, _T),
    (6, _E, "30101", "基本工资", _X, "basic", _GPB, _B, "854.47", _U, _T),
    (6, _E, "30102", "津贴补贴", _X, "basic", _GPB, _B, "1863.72", _U, _T),
    (6, _E, "30103", "奖金", _X, "basic", _GPB, _B, "68.90", _U, _T),
    (6, _E, "30107", "绩效工资", _X, "basic", _GPB, _B, "36.41", _U, _T),
    (6, _E, "30108", "机关事业单位基本养老保险缴费", _X, "basic", _GPB, _B, "407.81", _U, _T),
    (6, _E, "30109", "职业年金缴费", _X, "basic", _GPB, _B, "163.13", _U, _T),
    (6, _E, "30113", "住房公积金", _X, "basic", _GPB, _B, "391.66", _U, _T),
    (6, _E, "30114", "医疗费", _X, "basic", _GPB, _B, "20.16", _U, _T),
    (6, _E, "302", "商品和服务支出", _X, "basic", _GPB, _B, "1115.85", _U, _T),
    (6, _E, "30201", "办公费", _X, "basic", _GPB, _B, "110.00", _U, _T),
    (6, _E, "30205", "水费", _X, "basic", _GPB, _B, "15.00", _U, _T),
    (6, _E, "30206", "电费", _X, "basic", _GPB, _B, "85.00", _U, _T),
    (6, _E, "30207", "邮电费", _X, "basic", _GPB, _B, "50.00", _U, _T),
    (6, _E, "30211", "差旅费", _X, "basic", _GPB, _B, "200.00", _U, _T),
    (6, _E, "30213", "维修（护）费", _X, "basic", _GPB, _B, "100.00", _U, _T),
    (6, _E, "30215", "会议费", _X, "basic", _GPB, _B, "70.00", _U, _T),
    (6, _E, "30216", "培训费", _X, "basic", _GPB, _B, "16.00", _U, _T),
    (6, _E, "30217", "公务接待费", _X, "basic", _GPB, _B, "15.00", _U, _T),
    (6, _E, "30228", "工会经费", _X, "basic", _GPB, _B, "36.60", _U, _T),
    (6, _E, "30231", "公务用车运行维护费", _X, "basic", _GPB, _B, "156.60", _U, _T),
    (6, _E, "30239", "其他交通费用", _X, "basic", _GPB, _B, "170.05", _U, _T),
    (6, _E, "30299", "其他商品和服务支出", _X, "basic", _GPB, _B, "91.60", _U, _T),
    (6, _E, "303", "对个人和家庭的补助", _X, "basic", _GPB, _B, "676.06", _U, _T),
    (6, _E, "30301", "离休费", _X, "basic", _GPB, _B, "219.82", _U, _T),
    (6, _E, "30302", "退休费", _X, "basic", _GPB, _B, "455.74", _U, _T),
    (6, _E, "30309", "奖励金", _X, "basic", _GPB, _B, "0.50", _U, _T),

    # --- Page 7, 公开07表 一般公共预算支出预算表: the same 16 lines and amounts as page 5,
    # general_public_budget. 合计 10070.48 not a line.
    (7, _F, "201", "一般公共服务支出", _X, "total", _GPB, _B, "7747.46", _U, _T),
    (7, _F, "20102", "政协事务", _X, "total", _GPB, _B, "7747.46", _U, _T),
    (7, _F, "2010201", "行政运行", _X, "total", _GPB, _B, "4432.78", _U, _T),
    (7, _F, "2010202", "一般行政管理事务", _X, "total", _GPB, _B, "1780.22", _U, _T),
    (7, _F, "2010204", "政协会议", _X, "total", _GPB, _B, "814.16", _U, _T),
    (7, _F, "2010205", "委员视察", _X, "total", _GPB, _B, "429.30", _U, _T),
    (7, _F, "2010299", "其他政协事务支出", _X, "total", _GPB, _B, "291.00", _U, _T),
    (7, _F, "208", "社会保障和就业支出", _X, "total", _GPB, _B, "823.76", _U, _T),
    (7, _F, "20805", "行政事业单位离退休", _X, "total", _GPB, _B, "823.76", _U, _T),
    (7, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", _GPB, _B, "252.82", _U, _T),
    (7, _F, "2080505", "机关事业单位基本养老保险缴费支出", _X, "total", _GPB, _B, "407.81", _U, _T),
    (7, _F, "2080506", "机关事业单位职业年金缴费支出", _X, "total", _GPB, _B, "163.13", _U, _T),
    (7, _F, "221", "住房保障支出", _X, "total", _GPB, _B, "1499.26", _U, _T),
    (7, _F, "22102", "住房改革支出", _X, "total", _GPB, _B, "1499.26", _U, _T),
    (7, _F, "2210201", "住房公积金", _X, "total", _GPB, _B, "391.66", _U, _T),
    (7, _F, "2210202", "提租补贴", _X, "total", _GPB, _B, "1107.60", _U, _T),

    # --- Page 8, 公开08表 一般公共预算基本支出预算表: identical lines and amounts to page 6
    # (same keys, same values). 合计 5598.17 not a line.
    (8, _E, "301", "工资福利支出", _X, "basic", _GPB, _B, "3806.26", _U, _T),
    (8, _E, "30101", "基本工资", _X, "basic", _GPB, _B, "854.47", _U, _T),
    (8, _E, "30102", "津贴补贴", _X, "basic", _GPB, _B, "1863.72", _U, _T),
    (8, _E, "30103", "奖金", _X, "basic", _GPB, _B, "68.90", _U, _T),
    (8, _E, "30107", "绩效工资", _X, "basic", _GPB, _B, "36.41", _U, _T),
    (8, _E, "30108", "机关事业单位基本养老保险缴费", _X, "basic", _GPB, _B, "407.81", _U, _T),
    (8, _E, "30109", "职业年金缴费", _X, "basic", _GPB, _B, "163.13", _U, _T),
    (8, _E, "30113", "住房公积金", _X, "basic", _GPB, _B, "391.66", _U, _T),
    (8, _E, "30114", "医疗费", _X, "basic", _GPB, _B, "20.16", _U, _T),
    (8, _E, "302", "商品和服务支出", _X, "basic", _GPB, _B, "1115.85", _U, _T),
    (8, _E, "30201", "办公费", _X, "basic", _GPB, _B, "110.00", _U, _T),
    (8, _E, "30205", "水费", _X, "basic", _GPB, _B, "15.00", _U, _T),
    (8, _E, "30206", "电费", _X, "basic", _GPB, _B, "85.00", _U, _T),
    (8, _E, "30207", "邮电费", _X, "basic", _GPB, _B, "50.00", _U, _T),
    (8, _E, "30211", "差旅费", _X, "basic", _GPB, _B, "200.00", _U, _T),
    (8, _E, "30213", "维修（护）费", _X, "basic", _GPB, _B, "100.00", _U, _T),
    (8, _E, "30215", "会议费", _X, "basic", _GPB, _B, "70.00", _U, _T),
    (8, _E, "30216", "培训费", _X, "basic", _GPB, _B, "16.00", _U, _T),
    (8, _E, "30217", "公务接待费", _X, "basic", _GPB, _B, "15.00", _U, _T),
    (8, _E, "30228", "工会经费", _X, "basic", _GPB, _B, "36.60", _U, _T),
    (8, _E, "30231", "公务用车运行维护费", _X, "basic", _GPB, _B, "156.60", _U, _T),
    (8, _E, "30239", "其他交通费用", _X, "basic", _GPB, _B, "170.05", _U, _T),
    (8, _E, "30299", "其他商品和服务支出", _X, "basic", _GPB, _B, "91.60", _U, _T),
    (8, _E, "303", "对个人和家庭的补助", _X, "basic", _GPB, _B, "676.06", _U, _T),
    (8, _E, "30301", "离休费", _X, "basic", _GPB, _B, "219.82", _U, _T),
    (8, _E, "30302", "退休费", _X, "basic", _GPB, _B, "455.74", _U, _T),
    (8, _E, "30309", "奖励金", _X, "basic", _GPB, _B, "0.50", _U, _T),

    # --- Page 11, 公开11表 机关运行经费: its economic lines repeat the 302 lines of pages 6/8 with the
    # same values; left out (the total is a metric below).
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # --- Page 1, 公开01表 收支预算总表. 2.政府性基金预算, 二、财政专户管理资金, 上年结转资金 and
    # 结转下年资金 are blank (no fact). 三、单位预留机动经费 1157.63 fits no metric.
    (1, "revenue_fiscal", _B, "10070.48", _U, _T),          # 一、财政拨款
    (1, "revenue_general_budget", _B, "10070.48", _U, _T),  # 1.一般公共预算
    (1, "revenue_other", _B, "80.00", _U, _T),              # 三、其他资金
    (1, "revenue_total", _B, "10150.48", _U, _T),           # 当年收入小计
    (1, "expenditure_total", _B, "10150.48", _U, _T),       # 当年支出小计
    (1, "grand_total", _B, "10150.48", _U, _T),             # 收入合计 = 支出合计
    (1, "expenditure_basic", _B, "5678.17", _U, _T),        # 一、基本支出
    (1, "expenditure_project", _B, "3314.68", _U, _T),      # 二、项目支出

    # --- Page 2, 公开02表 收入预算总表 (专项收入, 政府性基金, 财政专户管理资金, 事业收入, 经营收入,
    # 债务资金(银行贷款), 上年结转和结余资金 rows blank).
    (2, "grand_total", _B, "10150.48", _U, _T),             # 收入总计
    (2, "revenue_general_budget", _B, "10070.48", _U, _T),  # 一般公共预算资金 小计
    (2, "revenue_other", _B, "80.00", _U, _T),              # 其他资金 小计 (its 其他收入 sub-row 80.00)

    # --- Page 3, 公开03表 支出预算总表: one row; 单位预留机动经费 1157.63 no metric, 结转下年资金 blank.
    (3, "expenditure_total", _B, "10150.48", _U, _T),       # 合计
    (3, "expenditure_basic", _B, "5678.17", _U, _T),
    (3, "expenditure_project", _B, "3314.68", _U, _T),

    # --- Page 4, 公开04表 财政拨款收支预算总表. 二、政府性基金预算 blank. Its 基本支出 5598.17 /
    # 项目支出 3314.68 / 单位预留机动经费 1157.63 are the 财政拨款 part: left out (see the docstring).
    (4, "revenue_general_budget", _B, "10070.48", _U, _T),  # 一、一般公共预算
    (4, "fiscal_grand_total", _B, "10070.48", _U, _T),      # 收入合计 = 支出合计

    # --- Page 9, 公开09表 “三公”经费、会议费、培训费支出预算表. 公务用车购置费 blank (no fact).
    # 小计 675.10 = 106.00 + 156.60 + 412.50.
    (9, "three_public_total", _B, "675.10", _U, _T),               # “三公”经费 小计
    (9, "three_public_outbound", _B, "106.00", _U, _T),            # 因公出国（境）费
    (9, "three_public_vehicle", _B, "156.60", _U, _T),             # 公务用车购置及运行维护费 小计
    (9, "three_public_vehicle_operation", _B, "156.60", _U, _T),   # 公务用车运行维护费
    (9, "three_public_reception", _B, "412.50", _U, _T),           # 公务接待费

    # --- Page 11, 公开11表 一般公共预算机关运行经费支出预算表, 合计 (= 302 1115.85).
    (11, "admin_operating_cost", _B, "1115.85", _U, _T),

    # --- Page 12, 公开12表 2018年政府采购预算表 (no 二、工程 row printed).
    (12, "procurement_total", _B, "1281.76", _U, _T),       # 合计
    (12, "procurement_goods", _B, "355.67", _U, _T),        # 一、货物A
    (12, "procurement_services", _B, "926.09", _U, _T),     # 三、服务C
]
