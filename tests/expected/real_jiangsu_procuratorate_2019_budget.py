"""Facts of 江苏省人民检察院_2019年度部门预算公开.pdf, read from the page images (not from parser output).

33 pages: cover (p1), 目录 (p2), 部门概况 (p3-13, no figures), the twelve 公开 tables
(p14-24), the 情况说明 (p25-32) and the 名词解释 (p32-33). Every table says 单位：万元.
All money is 一般公共预算 (政府性基金, 财政专户, 其他资金, 上年结转 cells are blank; 公开10表
prints 此表为空). No table prints 上年预算数 / 上年执行数 columns, so there is no
prior_year_* fact; prior-year figures appear only in sentences (与上年相比…) and are left out.

Left out on purpose:
- 单位预留机动经费 3990.40 (p14/p15/p16/p26/p27): no metric in the vocabulary fits it.
- Blank cells (政府性基金预算, 财政专户管理资金, 其他资金, 上年结转资金, 结转下年资金,
  公务用车购置费): blank is not zero.
- The 三公 table's 合计 1276.7 (p20), which adds 会议费 158.44 and 培训费 700 to the 三公
  小计 418.26, and the 会议费 / 培训费 figures: no metric for them.
- 合计 rows of the coded tables (no code); the economic lines of 公开11表 (机关运行经费, p21):
  they would repeat the keys of the basic-expenditure economic lines with the same values.
- Percentages (占…%, 增长…%), the equipment count (63台（套）), the vehicle breakdown by kind,
  the 0 performance-target projects: no metric for them. The document prints no staff counts.
"""

SOURCE_FILE = "江苏省人民检察院_2019年度部门预算公开.pdf"
SHA256 = "68beaee94edad2928927da691742136f2069d1347da0f8d03fbe7bea8febf790"

DOCUMENT = dict(
    province="江苏省",
    city=None,
    county=None,
    department_printed="江苏省人民检察院",   # cover (p1) and 部门名称 line of every table
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="江苏省人民检察院",
    admin_code="320000",
    fiscal_year=2019,
    doc_kind="budget",
    budget_level="department",
    amount_unit_reported="万元",
)

_F, _E = "function", "economic"
_X = "expenditure"
_B = "budget_initial"
_U = "万元"

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # --- p14, 公开01表 收支预算总表: expenditure-side 功能分类 class rows print no code.
    # Per the brief these carry code None, source "table", fund_scope all_funds.
    (14, _F, None, "公共安全支出", _X, "total", "all_funds", _B, "16593.12", _U, "table"),
    (14, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "1890.27", _U, "table"),
    (14, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "5686.35", _U, "table"),

    # --- p16, 公开05表 财政拨款支出预算表（功能科目）: a single 金额 column, the 财政拨款 total
    # (一般公共预算 + 政府性基金, the latter empty) -> fund_scope fiscal_allocation.
    # (The same figures under general_public_budget come from 公开07表 on p18.)
    (16, _F, "204", "公共安全支出", _X, "total", "fiscal_allocation", _B, "16593.12", _U, "table"),
    (16, _F, "20404", "检察", _X, "total", "fiscal_allocation", _B, "16593.12", _U, "table"),
    (16, _F, "2040401", "行政运行", _X, "total", "fiscal_allocation", _B, "12268.62", _U, "table"),
    (16, _F, "2040402", "一般行政管理事务", _X, "total", "fiscal_allocation", _B, "2354.40", _U, "table"),
    (16, _F, "2040410", "检察监督", _X, "total", "fiscal_allocation", _B, "1185.60", _U, "table"),
    (16, _F, "2040450", "事业运行", _X, "total", "fiscal_allocation", _B, "315.00", _U, "table"),
    (16, _F, "2040499", "其他检察支出", _X, "total", "fiscal_allocation", _B, "469.50", _U, "table"),
    (16, _F, "208", "社会保障和就业支出", _X, "total", "fiscal_allocation", _B, "1890.27", _U, "table"),
    (16, _F, "20805", "行政事业单位离退休", _X, "total", "fiscal_allocation", _B, "1890.27", _U, "table"),
    (16, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", "fiscal_allocation", _B, "400.02", _U, "table"),
    (16, _F, "2080505", "机关事业单位基本养老保险缴费支出", _X, "total", "fiscal_allocation", _B, "1064.46", _U, "table"),
    (16, _F, "2080506", "机关事业单位职业年金缴费支出", _X, "total", "fiscal_allocation", _B, "425.79", _U, "table"),
    (16, _F, "221", "住房保障支出", _X, "total", "fiscal_allocation", _B, "5686.35", _U, "table"),
    (16, _F, "22102", "住房改革支出", _X, "total", "fiscal_allocation", _B, "5686.35", _U, "table"),
    (16, _F, "2210201", "住房公积金", _X, "total", "fiscal_allocation", _B, "1442.74", _U, "table"),
    (16, _F, "2210202", "提租补贴", _X, "total", "fiscal_allocation", _B, "4243.61", _U, "table"),

    # --- p17, 公开06表 财政拨款基本支出预算表（经济科目）: one 金额 column; basic spending,
    # general_public_budget (as the brief asks; 公开08表 prints the same figures for 一般公共预算).
    (17, _E, "301", "工资福利支出", _X, "basic", "general_public_budget", _B, "11960.62", _U, "table"),
    (17, _E, "30101", "基本工资", _X, "basic", "general_public_budget", _B, "2171.78", _U, "table"),
    (17, _E, "30102", "津贴补贴", _X, "basic", "general_public_budget", _B, "6372.51", _U, "table"),
    (17, _E, "30103", "奖金", _X, "basic", "general_public_budget", _B, "180.14", _U, "table"),
    (17, _E, "30108", "机关事业单位基本养老保险缴费", _X, "basic", "general_public_budget", _B, "1064.46", _U, "table"),
    (17, _E, "30109", "职业年金缴费", _X, "basic", "general_public_budget", _B, "425.79", _U, "table"),
    (17, _E, "30112", "其他社会保障缴费", _X, "basic", "general_public_budget", _B, "89.55", _U, "table"),
    (17, _E, "30113", "住房公积金", _X, "basic", "general_public_budget", _B, "1442.74", _U, "table"),
    (17, _E, "30114", "医疗费", _X, "basic", "general_public_budget", _B, "55.68", _U, "table"),
    (17, _E, "30199", "其他工资福利支出", _X, "basic", "general_public_budget", _B, "157.97", _U, "table"),
    (17, _E, "302", "商品和服务支出", _X, "basic", "general_public_budget", _B, "2391.92", _U, "table"),
    (17, _E, "30201", "办公费", _X, "basic", "general_public_budget", _B, "158.00", _U, "table"),
    (17, _E, "30205", "水费", _X, "basic", "general_public_budget", _B, "16.79", _U, "table"),
    (17, _E, "30206", "电费", _X, "basic", "general_public_budget", _B, "354.00", _U, "table"),
    (17, _E, "30207", "邮电费", _X, "basic", "general_public_budget", _B, "42.00", _U, "table"),
    (17, _E, "30211", "差旅费", _X, "basic", "general_public_budget", _B, "37.00", _U, "table"),
    (17, _E, "30213", "维修（护）费", _X, "basic", "general_public_budget", _B, "55.00", _U, "table"),
    (17, _E, "30215", "会议费", _X, "basic", "general_public_budget", _B, "158.44", _U, "table"),
    (17, _E, "30216", "培训费", _X, "basic", "general_public_budget", _B, "70.00", _U, "table"),
    (17, _E, "30217", "公务接待费", _X, "basic", "general_public_budget", _B, "33.26", _U, "table"),
    (17, _E, "30218", "专用材料费", _X, "basic", "general_public_budget", _B, "10.00", _U, "table"),
    (17, _E, "30228", "工会经费", _X, "basic", "general_public_budget", _B, "130.05", _U, "table"),
    (17, _E, "30229", "福利费", _X, "basic", "general_public_budget", _B, "13.00", _U, "table"),
    (17, _E, "30231", "公务用车运行维护费", _X, "basic", "general_public_budget", _B, "237.00", _U, "table"),
    (17, _E, "30239", "其他交通费用", _X, "basic", "general_public_budget", _B, "473.82", _U, "table"),
    (17, _E, "30299", "其他商品和服务支出", _X, "basic", "general_public_budget", _B, "603.56", _U, "table"),
    (17, _E, "303", "对个人和家庭的补助", _X, "basic", "general_public_budget", _B, "1491.50", _U, "table"),
    (17, _E, "30301", "离休费", _X, "basic", "general_public_budget", _B, "426.00", _U, "table"),
    (17, _E, "30302", "退休费", _X, "basic", "general_public_budget", _B, "1064.45", _U, "table"),
    (17, _E, "30309", "奖励金", _X, "basic", "general_public_budget", _B, "1.05", _U, "table"),

    # --- p18, 公开07表 一般公共预算支出预算表（功能科目）: one 金额 column, general_public_budget.
    (18, _F, "204", "公共安全支出", _X, "total", "general_public_budget", _B, "16593.12", _U, "table"),
    (18, _F, "20404", "检察", _X, "total", "general_public_budget", _B, "16593.12", _U, "table"),
    (18, _F, "2040401", "行政运行", _X, "total", "general_public_budget", _B, "12268.62", _U, "table"),
    (18, _F, "2040402", "一般行政管理事务", _X, "total", "general_public_budget", _B, "2354.40", _U, "table"),
    (18, _F, "2040410", "检察监督", _X, "total", "general_public_budget", _B, "1185.60", _U, "table"),
    (18, _F, "2040450", "事业运行", _X, "total", "general_public_budget", _B, "315.00", _U, "table"),
    (18, _F, "2040499", "其他检察支出", _X, "total", "general_public_budget", _B, "469.50", _U, "table"),
    (18, _F, "208", "社会保障和就业支出", _X, "total", "general_public_budget", _B, "1890.27", _U, "table"),
    (18, _F, "20805", "行政事业单位离退休", _X, "total", "general_public_budget", _B, "1890.27", _U, "table"),
    (18, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", "general_public_budget", _B, "400.02", _U, "table"),
    (18, _F, "2080505", "机关事业单位基本养老保险缴费支出", _X, "total", "general_public_budget", _B, "1064.46", _U, "table"),
    (18, _F, "2080506", "机关事业单位职业年金缴费支出", _X, "total", "general_public_budget", _B, "425.79", _U, "table"),
    (18, _F, "221", "住房保障支出", _X, "total", "general_public_budget", _B, "5686.35", _U, "table"),
    (18, _F, "22102", "住房改革支出", _X, "total", "general_public_budget", _B, "5686.35", _U, "table"),
    (18, _F, "2210201", "住房公积金", _X, "total", "general_public_budget", _B, "1442.74", _U, "table"),
    (18, _F, "2210202", "提租补贴", _X, "total", "general_public_budget", _B, "4243.61", _U, "table"),

    # --- p18-19, 公开08表 一般公共预算基本支出预算表（经济科目）: starts at the foot of p18 and
    # continues on p19 without a header. Same keys and values as 公开06表; a sample of rows
    # from both pages, to check the page-break continuation.
    (18, _E, "301", "工资福利支出", _X, "basic", "general_public_budget", _B, "11960.62", _U, "table"),
    (18, _E, "30101", "基本工资", _X, "basic", "general_public_budget", _B, "2171.78", _U, "table"),
    (18, _E, "30102", "津贴补贴", _X, "basic", "general_public_budget", _B, "6372.51", _U, "table"),
    (19, _E, "30103", "奖金", _X, "basic", "general_public_budget", _B, "180.14", _U, "table"),
    # 30108's name wraps over two lines in its cell on p19 (机关事业单位基本养老保险 / 缴费).
    (19, _E, "30108", "机关事业单位基本养老保险缴费", _X, "basic", "general_public_budget", _B, "1064.46", _U, "table"),
    (19, _E, "302", "商品和服务支出", _X, "basic", "general_public_budget", _B, "2391.92", _U, "table"),
    (19, _E, "30231", "公务用车运行维护费", _X, "basic", "general_public_budget", _B, "237.00", _U, "table"),
    (19, _E, "303", "对个人和家庭的补助", _X, "basic", "general_public_budget", _B, "1491.50", _U, "table"),
    (19, _E, "30309", "奖励金", _X, "basic", "general_public_budget", _B, "1.05", _U, "table"),

    # --- p25-26, narrative 一、收支预算总体情况说明 （二）支出预算总计: class lines of all
    # funds, no code. Names as printed: "公共安全（类）支出" -> 公共安全.
    # printed 公共安全（类）支出: the class name 公共安全支出 with its level marker inside
    (25, _F, None, "公共安全支出", _X, "total", "all_funds", _B, "16593.12", _U, "narrative"),
    (25, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "1890.27", _U, "narrative"),
    (26, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "5686.35", _U, "narrative"),

    # --- p27-29, narrative 五、财政拨款支出预算情况说明: “检察（款）行政运行（项）支出…”.
    # All 财政拨款 here is 一般公共预算 -> general_public_budget. Names as printed; note that
    # the narrative says 机关事业单位基本养老保险费 / 机关事业单位职业年金 where the tables say
    # …缴费支出.
    (27, _F, None, "行政运行", _X, "total", "general_public_budget", _B, "12268.62", _U, "narrative"),
    (27, _F, None, "一般行政管理事务", _X, "total", "general_public_budget", _B, "2354.4", _U, "narrative"),
    (28, _F, None, "检察监督", _X, "total", "general_public_budget", _B, "1185.6", _U, "narrative"),
    (28, _F, None, "事业运行", _X, "total", "general_public_budget", _B, "315", _U, "narrative"),
    (28, _F, None, "其他检察支出", _X, "total", "general_public_budget", _B, "469.5", _U, "narrative"),
    (28, _F, None, "未归口管理的行政单位离退休", _X, "total", "general_public_budget", _B, "400.02", _U, "narrative"),
    (28, _F, None, "机关事业单位基本养老保险费", _X, "total", "general_public_budget", _B, "1064.46", _U, "narrative"),
    (28, _F, None, "机关事业单位职业年金", _X, "total", "general_public_budget", _B, "425.79", _U, "narrative"),
    (29, _F, None, "住房公积金", _X, "total", "general_public_budget", _B, "1442.74", _U, "narrative"),
    (29, _F, None, "提租补贴", _X, "total", "general_public_budget", _B, "4243.61", _U, "narrative"),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # --- p14, 公开01表 收支预算总表 (blank rows: 政府性基金预算, 财政专户管理资金, 其他资金,
    # 上年结转资金, 结转下年资金 -> no fact).
    (14, "revenue_fiscal", _B, "24169.74", _U, "table"),           # 一、财政拨款
    (14, "revenue_general_budget", _B, "24169.74", _U, "table"),   # 1.一般公共预算
    (14, "revenue_total", _B, "24169.74", _U, "table"),            # 当年收入小计
    (14, "expenditure_total", _B, "24169.74", _U, "table"),        # 当年支出小计
    (14, "grand_total", _B, "24169.74", _U, "table"),              # 收入合计 / 支出合计
    (14, "expenditure_basic", _B, "15844.04", _U, "table"),        # 一、基本支出
    (14, "expenditure_project", _B, "4335.30", _U, "table"),       # 二、项目支出

    # --- p15, 公开02表 收入预算总表 (only the 一般公共预算资金 rows carry amounts).
    (15, "grand_total", _B, "24169.74", _U, "table"),              # 收入总计
    (15, "revenue_general_budget", _B, "24169.74", _U, "table"),   # 一般公共预算资金 小计
    # --- p15, 公开03表 支出预算总表: one row, no function codes.
    (15, "expenditure_total", _B, "24169.74", _U, "table"),        # 合计
    (15, "expenditure_basic", _B, "15844.04", _U, "table"),
    (15, "expenditure_project", _B, "4335.30", _U, "table"),

    # --- p16, 公开04表 财政拨款收支预算总表 (its 公开04表 label is at the foot of p15).
    (16, "revenue_general_budget", _B, "24169.74", _U, "table"),   # 一、一般公共预算
    (16, "fiscal_grand_total", _B, "24169.74", _U, "table"),       # 收入合计 / 支出合计
    (16, "expenditure_basic", _B, "15844.04", _U, "table"),
    (16, "expenditure_project", _B, "4335.3", _U, "table"),        # printed 4335.3

    # --- p20, 公开09表 “三公”经费、会议费、培训费支出预算表 (公务用车购置费 cell blank).
    (20, "three_public_total", _B, "418.26", _U, "table"),         # “三公”经费 小计
    (20, "three_public_outbound", _B, "80", _U, "table"),
    (20, "three_public_vehicle", _B, "237", _U, "table"),          # 公务用车购置及运行维护费 小计
    (20, "three_public_vehicle_operation", _B, "237", _U, "table"),
    (20, "three_public_reception", _B, "101.26", _U, "table"),

    # --- p21, 公开11表 一般公共预算机关运行经费支出预算表.
    (21, "admin_operating_cost", _B, "2391.92", _U, "table"),      # 合计

    # --- p22-23, 公开12表 政府采购支出预算表 (no 工程 row is printed: 一、货物 then 三、服务).
    (22, "procurement_total", _B, "2744.84", _U, "table"),
    (22, "procurement_goods", _B, "303.40", _U, "table"),
    (23, "procurement_services", _B, "2441.44", _U, "table"),

    # --- p25-27, narrative 一/二/三/四.
    (25, "grand_total", _B, "24169.74", _U, "narrative"),          # 收入、支出预算总计
    (25, "revenue_fiscal", _B, "24169.74", _U, "narrative"),       # 财政拨款收入预算总计
    (25, "revenue_general_budget", _B, "24169.74", _U, "narrative"),  # 一般公共预算收入预算
    (26, "expenditure_basic", _B, "15844.04", _U, "narrative"),
    (26, "expenditure_project", _B, "4335.3", _U, "narrative"),
    (26, "revenue_total", _B, "24169.74", _U, "narrative"),        # 本年收入预算合计
    (26, "expenditure_total", _B, "24169.74", _U, "narrative"),    # 本年支出预算合计
    (27, "fiscal_grand_total", _B, "24169.74", _U, "narrative"),   # 财政拨款收、支总预算

    # --- p29-30, narrative 六 (财政拨款基本支出) and 八 (一般公共预算基本支出): same figures.
    (29, "expenditure_basic", _B, "15844.04", _U, "narrative"),
    (29, "basic_personnel", _B, "13452.12", _U, "narrative"),
    (29, "basic_public", _B, "2391.92", _U, "narrative"),
    (30, "basic_personnel", _B, "13452.12", _U, "narrative"),
    (30, "basic_public", _B, "2391.92", _U, "narrative"),

    # --- p30-31, narrative 九 三公 (no 三公 total is stated in a sentence).
    (30, "three_public_outbound", _B, "80", _U, "narrative"),
    (30, "three_public_vehicle", _B, "237", _U, "narrative"),
    (30, "three_public_vehicle_operation", _B, "237", _U, "narrative"),
    (30, "three_public_reception", _B, "101.26", _U, "narrative"),

    # --- p31-32, narrative 十一 机关运行经费, 十二 政府采购, 十三 国有资产.
    (31, "admin_operating_cost", _B, "2391.92", _U, "narrative"),
    (31, "procurement_total", _B, "2744.84", _U, "narrative"),
    (32, "procurement_goods", _B, "303.4", _U, "narrative"),
    (32, "procurement_services", _B, "2441.44", _U, "narrative"),
    # a count of vehicles held (截至…共有车辆), not a budgeted figure: measure actual
    (32, "vehicles_total", "actual", "55", "辆", "narrative"),
]
