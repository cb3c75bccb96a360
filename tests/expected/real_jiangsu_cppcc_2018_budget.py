"""Facts of 江苏省政协办公厅_江苏省政协办公厅2018年度部门预算.pdf, read from the page images (not from parser output).

The 2018 department budget (部门预算) of 江苏省政协办公厅, a provincial department. This file is the
narrative part only (17 pages): 第一部分 部门概况 (pp. 3-7), 第二部分 says only "2018 年度部门预算公开表附后"
(the tables are published as a separate PDF), 第三部分 情况说明 (pp. 7-15), 第四部分 名词解释 (pp. 16-17).
Every fact below is therefore a figure in a sentence (source "narrative"), all printed in 万元.
Pages 1-6 and 16-17 print no budget amounts. PDF page numbers equal the printed footers "- N -".

Read from pdftoppm renders at 110 dpi; every digit was checked on the image.
"""

SOURCE_FILE = "江苏省政协办公厅_江苏省政协办公厅2018年度部门预算.pdf"
SHA256 = "d27f30612b40816c27a51a1745396bd185b151193c934e6fe9952aa5364180cf"

DOCUMENT = dict(
    province="江苏省",
    city=None,                  # provincial department: no city level
    county=None,
    department_printed="江苏省政协办公厅",  # cover (p. 1): "江苏省政协办公厅 2018 年度 部门预算公开"
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="江苏省政协办公厅",
    admin_code="320000",
    fiscal_year=2018,
    doc_kind="budget",
    budget_level="department",
    # No table in this file; every amount of the 情况说明 is stated in 万元.
    amount_unit_reported="万元",
)

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # p. 8, 一、收支预算总体情况说明 / （二）支出预算总计 10,150.48 万元: function classes (类) of the
    # 收支预算总表 (公开01表), i.e. every source of money -> all_funds. Printed as
    # "一般公共服务（类）支出" etc.; the name is the class name. (7,827.46 + 823.76 + 1,499.26 = 10,150.48.)
    (8, "function", None, "一般公共服务支出", "expenditure", "total", "all_funds", "budget_initial",
     "7827.46", "万元", "narrative"),
    (8, "function", None, "社会保障和就业支出", "expenditure", "total", "all_funds", "budget_initial",
     "823.76", "万元", "narrative"),
    (8, "function", None, "住房保障支出", "expenditure", "total", "all_funds", "budget_initial",
     "1499.26", "万元", "narrative"),

    # pp. 11-12, 五、财政拨款支出预算情况说明 (公开05表, 财政拨款支出 10,070.48 万元, p. 10): 项-level lines
    # "政协事务（款）行政运行（项）4,432.78 万元"; name = the 项 name. The 类/款 headings carry no amount.
    # fund_scope general_public_budget: the section is about 财政拨款, but 财政拨款 here is wholly
    # 一般公共预算 — p. 8 gives 一般公共预算收入 10,070.48 = 财政拨款收入 and 政府性基金 0, p. 13 gives
    # 一般公共预算财政拨款支出 10,070.48 (公开07表) and p. 15 政府性基金支出 0. The 项 lines add to
    # 10,070.48, and the 一般公共服务 项 add to 7,747.46 = 7,827.46 (all funds) - 80 (其他资金).
    # (一)一般公共服务支出（类）/ 政协事务（款）, p. 11
    (11, "function", None, "行政运行", "expenditure", "total", "general_public_budget", "budget_initial",
     "4432.78", "万元", "narrative"),
    (11, "function", None, "一般行政管理事务", "expenditure", "total", "general_public_budget",
     "budget_initial", "1780.22", "万元", "narrative"),
    (11, "function", None, "政协会议", "expenditure", "total", "general_public_budget", "budget_initial",
     "814.16", "万元", "narrative"),
    (11, "function", None, "委员视察", "expenditure", "total", "general_public_budget", "budget_initial",
     "429.30", "万元", "narrative"),
    (11, "function", None, "其他政协事务支出", "expenditure", "total", "general_public_budget",
     "budget_initial", "291", "万元", "narrative"),
    # (二)社会保障和就业支出（类）/ 行政事业单位离退休（款）, pp. 11-12
    (11, "function", None, "未归口管理的行政单位离退休", "expenditure", "total", "general_public_budget",
     "budget_initial", "252.82", "万元", "narrative"),
    (11, "function", None, "机关事业单位基本养老保险缴费支出", "expenditure", "total",
     "general_public_budget", "budget_initial", "407.81", "万元", "narrative"),
    (12, "function", None, "机关事业单位职业年金缴费支出", "expenditure", "total",
     "general_public_budget", "budget_initial", "163.13", "万元", "narrative"),
    # (三)住房保障支出（类）/ 住房改革支出（款）, p. 12
    (12, "function", None, "住房公积金", "expenditure", "total", "general_public_budget",
     "budget_initial", "391.66", "万元", "narrative"),
    (12, "function", None, "提租补贴", "expenditure", "total", "general_public_budget", "budget_initial",
     "1107.60", "万元", "narrative"),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # p. 7, 一、收支预算总体情况说明: "收入、支出预算总计 10,150.48 万元"
    (7, "grand_total", "budget_initial", "10150.48", "万元", "narrative"),
    # p. 8, （一）收入预算总计 10,150.48 万元 (restated)
    (8, "grand_total", "budget_initial", "10150.48", "万元", "narrative"),
    (8, "revenue_fiscal", "budget_initial", "10070.48", "万元", "narrative"),          # 财政拨款收入预算总计
    (8, "revenue_general_budget", "budget_initial", "10070.48", "万元", "narrative"),  # 一般公共预算收入预算
    (8, "revenue_gov_fund", "budget_initial", "0", "万元", "narrative"),               # 政府性基金收入预算
    (8, "revenue_special_account", "budget_initial", "0", "万元", "narrative"),        # 财政专户管理资金
    (8, "revenue_other", "budget_initial", "80", "万元", "narrative"),                 # 其他资金收入预算总计
    (8, "carryover_begin", "budget_initial", "0", "万元", "narrative"),                # 上年结转资金预算数
    # p. 9, end of section 一: 基本支出 / 项目支出 (all funds: they belong to the 10,150.48 total).
    # Note: 基本 5,678.17 + 项目 3,314.68 = 8,992.85, not 10,150.48: the rest is a third category,
    # 单位预留机动经费 1,157.63 万元, which has no metric in the vocabulary and is left out.
    (9, "expenditure_basic", "budget_initial", "5678.17", "万元", "narrative"),
    (9, "expenditure_project", "budget_initial", "3314.68", "万元", "narrative"),
    # p. 9, 二、收入预算情况说明 (公开02表): 本年收入预算合计 and its parts (shares 占…% not recorded).
    # The page lists 上年结转资金 0 among the parts of 本年收入预算合计; it is 0, so no conflict.
    (9, "revenue_total", "budget_initial", "10150.48", "万元", "narrative"),
    (9, "revenue_general_budget", "budget_initial", "10070.48", "万元", "narrative"),
    (9, "revenue_gov_fund", "budget_initial", "0", "万元", "narrative"),               # 政府性基金预算收入
    (9, "revenue_special_account", "budget_initial", "0", "万元", "narrative"),
    (9, "revenue_other", "budget_initial", "80", "万元", "narrative"),
    (9, "carryover_begin", "budget_initial", "0", "万元", "narrative"),
    # p. 10, 三、支出预算情况说明 (公开03表): 本年支出预算合计 and its parts
    # (单位预留机动经费 1,157.63 left out again: no metric).
    (10, "expenditure_total", "budget_initial", "10150.48", "万元", "narrative"),
    (10, "expenditure_basic", "budget_initial", "5678.17", "万元", "narrative"),
    (10, "expenditure_project", "budget_initial", "3314.68", "万元", "narrative"),
    (10, "carryover_end", "budget_initial", "0", "万元", "narrative"),                 # 结转下年资金
    # p. 10, 四、财政拨款收支预算总体情况说明 (公开04表): "财政拨款收、支预算 10,070.48 万元"
    # ("财政拨款收、支总计各增加…" in the next sentence confirms it is the 收支总计).
    # The 五 section (p. 10) "财政拨款预算支出 10,070.48" and the 七 section (p. 13) "一般公共预算财政拨款
    # 支出预算 10,070.48" are expenditure totals of one fund scope: no metric fits them, left out.
    (10, "fiscal_grand_total", "budget_initial", "10070.48", "万元", "narrative"),
    # p. 12, 六、财政拨款基本支出预算情况说明 (公开06表): 人员经费 / 公用经费 (4,482.32 + 1,115.85 = 5,598.17).
    # These are the 财政拨款 split; the all-funds split of 基本支出 5,678.17 is not printed.
    # The 财政拨款 基本支出 total 5,598.17 (p. 12, again p. 13 as 一般公共预算财政拨款基本支出) is left out:
    # the metric expenditure_basic carries no fund scope and already holds the all-funds 5,678.17
    # (pp. 9-10); both values under one key would contradict each other.
    (12, "basic_personnel", "budget_initial", "4482.32", "万元", "narrative"),
    (12, "basic_public", "budget_initial", "1115.85", "万元", "narrative"),
    # p. 13, 八、一般公共预算基本支出预算情况说明 (公开08表): same two figures restated
    (13, "basic_personnel", "budget_initial", "4482.32", "万元", "narrative"),
    (13, "basic_public", "budget_initial", "1115.85", "万元", "narrative"),
    # p. 14, 九、一般公共预算"三公"经费: parts as printed. The "三公" total is NOT printed (only the shares
    # 15.70% / 23.20% / 61.10% of it, which imply 675.10): three_public_total left out, not computed.
    # 会议费 884.16 and 培训费 97.60 (same page) have no metric: left out.
    (14, "three_public_outbound", "budget_initial", "106", "万元", "narrative"),
    (14, "three_public_vehicle", "budget_initial", "156.60", "万元", "narrative"),    # 公务用车购置及运行维护费
    (14, "three_public_vehicle_purchase", "budget_initial", "0", "万元", "narrative"),
    (14, "three_public_vehicle_operation", "budget_initial", "156.60", "万元", "narrative"),
    (14, "three_public_reception", "budget_initial", "412.50", "万元", "narrative"),
    # p. 15, 十、政府性基金支出预算支出 0 万元: an expenditure figure, no metric fits (revenue_gov_fund is
    # the revenue side, recorded from p. 8): left out.
    # p. 15, 十一、一般公共预算机关运行经费预算支出
    (15, "admin_operating_cost", "budget_initial", "1115.85", "万元", "narrative"),
    # p. 15, 十二、政府采购支出预算 (355.67 + 0 + 926.09 = 1,281.76)
    (15, "procurement_total", "budget_initial", "1281.76", "万元", "narrative"),
    (15, "procurement_goods", "budget_initial", "355.67", "万元", "narrative"),
    (15, "procurement_works", "budget_initial", "0", "万元", "narrative"),
    (15, "procurement_services", "budget_initial", "926.09", "万元", "narrative"),
    # p. 15, 十三(二) 国有资本经营预算收入为 0 万元
    (15, "revenue_state_capital", "budget_initial", "0", "万元", "narrative"),
    # p. 15, 十三(一) 绩效目标管理 0 个项目 / 0 万元: no metric, left out.
    # Vehicles (车辆数) and staff (编制数 / 实有人数 / 离退休) are not printed anywhere in this file.
    # p. 4 mentions "江苏省联谊俱乐部 8 名在职人员、南京中国近代史遗址博物馆管理建设办公室 9 名在职人员"
    # whose 人员经费 the budget includes: staff of two attached units, not the department's
    # staff_actual, so left out.
]
