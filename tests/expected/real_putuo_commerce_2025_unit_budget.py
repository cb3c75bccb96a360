"""Facts of 上海市普陀区商务委员会单位25年预算.pdf, read from the page images (not from parser output).

The 2025 unit budget (单位预算, "上海市普陀区2025年区级单位预算") of 上海市普陀区商务委员会, the 本级 unit of
the district commerce commission (INDEX.csv calls it "商务委员会(本级)"; the document itself never prints
"（本级）": the cover, p. 1, reads "预算单位：上海市普陀区商务委员会" and every table's 编制单位 line is the same).

22 pages: 1 cover, 2 目录, 3-4 主要职能, 5 机构设置, 6 名词解释 (no amounts on pp. 1-6),
7-8 2025年单位预算编制说明 (narrative, 万元), 9 财务收支预算总表, 10-11 收入预算总表, 12-13 支出预算总表,
14 财政拨款收支预算总表, 15-16 一般公共预算支出功能分类预算表, 17 政府性基金 and 18 国有资本经营 预算支出功能分类
预算表 (both empty: "注:本单位2025年无…预算财政拨款安排的预算，故本表为空表。"), 19-20 一般公共预算基本支出部门预算
经济分类预算表, 21 "三公"经费和机关运行经费预算表 (单位:万元), 22 其他相关情况说明 (narrative, 万元).
Tables 9-20 are in 元. No table prints 上年预算数 / 上年执行数 columns, so every fact is budget_initial.

Read from pdftoppm renders at 110/150 dpi, digits checked again on 200-220 dpi crops.
All money is 财政拨款 = 一般公共预算 (371,514,655.00 元): 事业收入 / 经营收入 / 其他收入 / 政府性基金 /
国有资本经营 cells are blank in the tables (blank cells are not facts) and stated as 0万元 in the narrative.
"""

SOURCE_FILE = "上海市普陀区商务委员会单位25年预算.pdf"
SHA256 = "e678e969088c075cc349477d3c3e08c2061ec5dd07779332c7c935da1b8a5ccf"

DOCUMENT = dict(
    province="上海市",
    city=None,                  # Shanghai district: no city level
    county="普陀区",
    department_printed="上海市普陀区商务委员会",  # cover p. 1 and every 编制单位 line; no （本级） printed
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="普陀区商务委员会",
    admin_code="310107",
    fiscal_year=2025,
    doc_kind="budget",
    budget_level="unit",        # 单位预算 ("2025年区级单位预算", "2025年预算单位…表")
    amount_unit_reported="元",  # tables pp. 9-20 "单位：元" (p. 21 三公 table is 万元)
)

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # ---- p. 9, 2025年预算单位财务收支预算总表 (单位：元): expenditure-side class rows, printed with ordinals
    # (一、…七、) and no code. 合计 column -> total; 项目支出 column -> project. The 基本支出 column is printed
    # only split into 人员经费 / 公用经费 (no 基本支出 subtotal per row), so per-row basic amounts are not recorded.
    (9, "function", None, "一般公共服务支出", "expenditure", "total", "all_funds", "budget_initial",
     "21601733.00", "元", "table"),
    (9, "function", None, "一般公共服务支出", "expenditure", "project", "all_funds", "budget_initial",
     "9310000.00", "元", "table"),
    (9, "function", None, "科学技术支出", "expenditure", "total", "all_funds", "budget_initial",
     "17200000.00", "元", "table"),
    (9, "function", None, "科学技术支出", "expenditure", "project", "all_funds", "budget_initial",
     "17200000.00", "元", "table"),
    (9, "function", None, "社会保障和就业支出", "expenditure", "total", "all_funds", "budget_initial",
     "3808085.00", "元", "table"),
    (9, "function", None, "卫生健康支出", "expenditure", "total", "all_funds", "budget_initial",
     "881803.00", "元", "table"),
    (9, "function", None, "资源勘探工业信息等支出", "expenditure", "total", "all_funds", "budget_initial",
     "293810000.00", "元", "table"),
    (9, "function", None, "资源勘探工业信息等支出", "expenditure", "project", "all_funds", "budget_initial",
     "293810000.00", "元", "table"),
    (9, "function", None, "商业服务业等支出", "expenditure", "total", "all_funds", "budget_initial",
     "31364000.00", "元", "table"),
    (9, "function", None, "商业服务业等支出", "expenditure", "project", "all_funds", "budget_initial",
     "31364000.00", "元", "table"),
    (9, "function", None, "住房保障支出", "expenditure", "total", "all_funds", "budget_initial",
     "2849034.00", "元", "table"),

    # ---- pp. 10-11, 2025年预算单位收入预算总表 (单位：元): revenue by function code. 合计 column -> all_funds;
    # 财政拨款收入 column -> fiscal_allocation. 事业收入 / 事业单位经营收入 / 其他收入 columns are blank.
    (10, "function", "201", "一般公共服务支出", "revenue", "total", "all_funds", "budget_initial",
     "21601733.00", "元", "table"),
    (10, "function", "20113", "商贸事务", "revenue", "total", "all_funds", "budget_initial",
     "21601733.00", "元", "table"),
    (10, "function", "2011301", "行政运行", "revenue", "total", "all_funds", "budget_initial",
     "9389913.00", "元", "table"),
    (10, "function", "2011302", "一般行政管理事务", "revenue", "total", "all_funds", "budget_initial",
     "4545000.00", "元", "table"),
    (10, "function", "2011350", "事业运行", "revenue", "total", "all_funds", "budget_initial",
     "2901820.00", "元", "table"),
    (10, "function", "2011399", "其他商贸事务支出", "revenue", "total", "all_funds", "budget_initial",
     "4765000.00", "元", "table"),
    (10, "function", "206", "科学技术支出", "revenue", "total", "all_funds", "budget_initial",
     "17200000.00", "元", "table"),
    (10, "function", "2060503", "科技条件专项", "revenue", "total", "all_funds", "budget_initial",
     "17200000.00", "元", "table"),
    (10, "function", "2080501", "行政单位离退休", "revenue", "total", "all_funds", "budget_initial",
     "1661216.00", "元", "table"),
    (10, "function", "2080502", "事业单位离退休", "revenue", "total", "all_funds", "budget_initial",
     "17280.00", "元", "table"),
    (11, "function", "2080506", "机关事业单位职业年金缴费支出", "revenue", "total", "all_funds", "budget_initial",
     "705443.00", "元", "table"),
    (11, "function", "210", "卫生健康支出", "revenue", "total", "all_funds", "budget_initial",
     "881803.00", "元", "table"),
    (11, "function", "2101102", "事业单位医疗", "revenue", "total", "all_funds", "budget_initial",
     "249862.00", "元", "table"),
    (11, "function", "21508", "支持中小企业发展和管理支出", "revenue", "total", "all_funds", "budget_initial",
     "293810000.00", "元", "table"),
    (11, "function", "2169999", "其他商业服务业等支出", "revenue", "total", "all_funds", "budget_initial",
     "31364000.00", "元", "table"),
    (11, "function", "2210203", "购房补贴", "revenue", "total", "all_funds", "budget_initial",
     "1488000.00", "元", "table"),
    # same table, 财政拨款收入 column
    (10, "function", "201", "一般公共服务支出", "revenue", "total", "fiscal_allocation", "budget_initial",
     "21601733.00", "元", "table"),
    (10, "function", "2011301", "行政运行", "revenue", "total", "fiscal_allocation", "budget_initial",
     "9389913.00", "元", "table"),
    (10, "function", "2080505", "机关事业单位基本养老保险缴费支出", "revenue", "total", "fiscal_allocation",
     "budget_initial", "1410886.00", "元", "table"),
    (11, "function", "2150899", "其他支持中小企业发展和管理支出", "revenue", "total", "fiscal_allocation",
     "budget_initial", "293810000.00", "元", "table"),
    (11, "function", "2210201", "住房公积金", "revenue", "total", "fiscal_allocation", "budget_initial",
     "1361034.00", "元", "table"),

    # ---- pp. 12-13, 2025年预算单位支出预算总表 (单位：元): 合计 / 基本支出 / 项目支出, every source -> all_funds.
    (12, "function", "201", "一般公共服务支出", "expenditure", "total", "all_funds", "budget_initial",
     "21601733.00", "元", "table"),
    (12, "function", "201", "一般公共服务支出", "expenditure", "basic", "all_funds", "budget_initial",
     "12291733.00", "元", "table"),
    (12, "function", "201", "一般公共服务支出", "expenditure", "project", "all_funds", "budget_initial",
     "9310000.00", "元", "table"),
    (12, "function", "2011301", "行政运行", "expenditure", "total", "all_funds", "budget_initial",
     "9389913.00", "元", "table"),
    (12, "function", "2011301", "行政运行", "expenditure", "basic", "all_funds", "budget_initial",
     "9389913.00", "元", "table"),
    (12, "function", "2011302", "一般行政管理事务", "expenditure", "total", "all_funds", "budget_initial",
     "4545000.00", "元", "table"),
    (12, "function", "2011302", "一般行政管理事务", "expenditure", "project", "all_funds", "budget_initial",
     "4545000.00", "元", "table"),
    (12, "function", "2011350", "事业运行", "expenditure", "total", "all_funds", "budget_initial",
     "2901820.00", "元", "table"),
    (12, "function", "2011350", "事业运行", "expenditure", "basic", "all_funds", "budget_initial",
     "2901820.00", "元", "table"),
    (12, "function", "20605", "科技条件与服务", "expenditure", "total", "all_funds", "budget_initial",
     "17200000.00", "元", "table"),
    (12, "function", "20605", "科技条件与服务", "expenditure", "project", "all_funds", "budget_initial",
     "17200000.00", "元", "table"),
    (12, "function", "208", "社会保障和就业支出", "expenditure", "total", "all_funds", "budget_initial",
     "3808085.00", "元", "table"),
    (12, "function", "208", "社会保障和就业支出", "expenditure", "basic", "all_funds", "budget_initial",
     "3808085.00", "元", "table"),
    (12, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "total", "all_funds",
     "budget_initial", "1410886.00", "元", "table"),
    (12, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "basic", "all_funds",
     "budget_initial", "1410886.00", "元", "table"),
    (13, "function", "2080599", "其他行政事业单位养老支出", "expenditure", "total", "all_funds", "budget_initial",
     "13260.00", "元", "table"),
    (13, "function", "2080599", "其他行政事业单位养老支出", "expenditure", "basic", "all_funds", "budget_initial",
     "13260.00", "元", "table"),
    (13, "function", "21011", "行政事业单位医疗", "expenditure", "total", "all_funds", "budget_initial",
     "881803.00", "元", "table"),
    (13, "function", "21011", "行政事业单位医疗", "expenditure", "basic", "all_funds", "budget_initial",
     "881803.00", "元", "table"),
    (13, "function", "2101101", "行政单位医疗", "expenditure", "total", "all_funds", "budget_initial",
     "631941.00", "元", "table"),
    (13, "function", "215", "资源勘探工业信息等支出", "expenditure", "total", "all_funds", "budget_initial",
     "293810000.00", "元", "table"),
    (13, "function", "215", "资源勘探工业信息等支出", "expenditure", "project", "all_funds", "budget_initial",
     "293810000.00", "元", "table"),
    (13, "function", "2169999", "其他商业服务业等支出", "expenditure", "total", "all_funds", "budget_initial",
     "31364000.00", "元", "table"),
    (13, "function", "2169999", "其他商业服务业等支出", "expenditure", "project", "all_funds", "budget_initial",
     "31364000.00", "元", "table"),
    (13, "function", "22102", "住房改革支出", "expenditure", "total", "all_funds", "budget_initial",
     "2849034.00", "元", "table"),
    (13, "function", "22102", "住房改革支出", "expenditure", "basic", "all_funds", "budget_initial",
     "2849034.00", "元", "table"),
    (13, "function", "2210203", "购房补贴", "expenditure", "total", "all_funds", "budget_initial",
     "1488000.00", "元", "table"),

    # ---- p. 14, 2025年预算单位财政拨款收支预算总表 (单位：元): class rows with ordinals, no code.
    # 合计 column -> fiscal_allocation; 一般公共预算 column -> general_public_budget (政府性基金预算 and
    # 国有资本经营预算 columns blank).
    (14, "function", None, "一般公共服务支出", "expenditure", "total", "fiscal_allocation", "budget_initial",
     "21601733.00", "元", "table"),
    (14, "function", None, "科学技术支出", "expenditure", "total", "fiscal_allocation", "budget_initial",
     "17200000.00", "元", "table"),
    (14, "function", None, "社会保障和就业支出", "expenditure", "total", "fiscal_allocation", "budget_initial",
     "3808085.00", "元", "table"),
    (14, "function", None, "卫生健康支出", "expenditure", "total", "fiscal_allocation", "budget_initial",
     "881803.00", "元", "table"),
    (14, "function", None, "资源勘探工业信息等支出", "expenditure", "total", "fiscal_allocation", "budget_initial",
     "293810000.00", "元", "table"),
    (14, "function", None, "商业服务业等支出", "expenditure", "total", "fiscal_allocation", "budget_initial",
     "31364000.00", "元", "table"),
    (14, "function", None, "住房保障支出", "expenditure", "total", "fiscal_allocation", "budget_initial",
     "2849034.00", "元", "table"),
    (14, "function", None, "一般公共服务支出", "expenditure", "total", "general_public_budget", "budget_initial",
     "21601733.00", "元", "table"),
    (14, "function", None, "科学技术支出", "expenditure", "total", "general_public_budget", "budget_initial",
     "17200000.00", "元", "table"),
    (14, "function", None, "社会保障和就业支出", "expenditure", "total", "general_public_budget", "budget_initial",
     "3808085.00", "元", "table"),
    (14, "function", None, "卫生健康支出", "expenditure", "total", "general_public_budget", "budget_initial",
     "881803.00", "元", "table"),
    (14, "function", None, "资源勘探工业信息等支出", "expenditure", "total", "general_public_budget",
     "budget_initial", "293810000.00", "元", "table"),
    (14, "function", None, "商业服务业等支出", "expenditure", "total", "general_public_budget", "budget_initial",
     "31364000.00", "元", "table"),
    (14, "function", None, "住房保障支出", "expenditure", "total", "general_public_budget", "budget_initial",
     "2849034.00", "元", "table"),

    # ---- pp. 15-16, 2025年预算单位一般公共预算支出功能分类预算表 (单位：元): 合计 / 基本支出 / 项目支出.
    (15, "function", "20113", "商贸事务", "expenditure", "total", "general_public_budget", "budget_initial",
     "21601733.00", "元", "table"),
    (15, "function", "20113", "商贸事务", "expenditure", "basic", "general_public_budget", "budget_initial",
     "12291733.00", "元", "table"),
    (15, "function", "20113", "商贸事务", "expenditure", "project", "general_public_budget", "budget_initial",
     "9310000.00", "元", "table"),
    (15, "function", "2011399", "其他商贸事务支出", "expenditure", "total", "general_public_budget", "budget_initial",
     "4765000.00", "元", "table"),
    (15, "function", "2011399", "其他商贸事务支出", "expenditure", "project", "general_public_budget",
     "budget_initial", "4765000.00", "元", "table"),
    (15, "function", "206", "科学技术支出", "expenditure", "total", "general_public_budget", "budget_initial",
     "17200000.00", "元", "table"),
    (15, "function", "2060503", "科技条件专项", "expenditure", "total", "general_public_budget", "budget_initial",
     "17200000.00", "元", "table"),
    (15, "function", "2060503", "科技条件专项", "expenditure", "project", "general_public_budget", "budget_initial",
     "17200000.00", "元", "table"),
    (15, "function", "20805", "行政事业单位养老支出", "expenditure", "total", "general_public_budget",
     "budget_initial", "3808085.00", "元", "table"),
    (15, "function", "2080501", "行政单位离退休", "expenditure", "total", "general_public_budget", "budget_initial",
     "1661216.00", "元", "table"),
    (15, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "total", "general_public_budget",
     "budget_initial", "705443.00", "元", "table"),
    (16, "function", "2080599", "其他行政事业单位养老支出", "expenditure", "total", "general_public_budget",
     "budget_initial", "13260.00", "元", "table"),
    (16, "function", "210", "卫生健康支出", "expenditure", "total", "general_public_budget", "budget_initial",
     "881803.00", "元", "table"),
    (16, "function", "2101102", "事业单位医疗", "expenditure", "total", "general_public_budget", "budget_initial",
     "249862.00", "元", "table"),
    (16, "function", "2101102", "事业单位医疗", "expenditure", "basic", "general_public_budget", "budget_initial",
     "249862.00", "元", "table"),
    (16, "function", "2150899", "其他支持中小企业发展和管理支出", "expenditure", "total", "general_public_budget",
     "budget_initial", "293810000.00", "元", "table"),
    (16, "function", "2150899", "其他支持中小企业发展和管理支出", "expenditure", "project", "general_public_budget",
     "budget_initial", "293810000.00", "元", "table"),
    (16, "function", "21699", "其他商业服务业等支出", "expenditure", "total", "general_public_budget",
     "budget_initial", "31364000.00", "元", "table"),
    (16, "function", "221", "住房保障支出", "expenditure", "total", "general_public_budget", "budget_initial",
     "2849034.00", "元", "table"),
    (16, "function", "2210201", "住房公积金", "expenditure", "total", "general_public_budget", "budget_initial",
     "1361034.00", "元", "table"),
    # pp. 17-18: 政府性基金 / 国有资本经营 预算支出功能分类预算表 are empty tables (note says so): no facts.

    # ---- pp. 19-20, 2025年预算单位一般公共预算基本支出部门预算经济分类预算表 (单位：元): 类 | 款 codes
    # (301 | 01 -> 30101). 合计 column -> basic / general_public_budget. The 人员经费 / 公用经费 columns only
    # repeat each row's 合计 in one of them and have no spending_type of their own: not recorded.
    # The 合计 row (19,830,655.00 / 18,120,593.00 / 1,710,062.00, p. 20) carries no code: recorded as metrics
    # from pp. 9 and 13 instead.
    (19, "economic", "301", "工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial",
     "16671057.00", "元", "table"),
    (19, "economic", "30101", "基本工资", "expenditure", "basic", "general_public_budget", "budget_initial",
     "1952616.00", "元", "table"),
    (19, "economic", "30102", "津贴补贴", "expenditure", "basic", "general_public_budget", "budget_initial",
     "7533376.00", "元", "table"),
    (19, "economic", "30107", "绩效工资", "expenditure", "basic", "general_public_budget", "budget_initial",
     "1852114.00", "元", "table"),
    (19, "economic", "30108", "机关事业单位基本养老保险缴费", "expenditure", "basic", "general_public_budget",
     "budget_initial", "1410886.00", "元", "table"),
    (19, "economic", "30112", "其他社会保障缴费", "expenditure", "basic", "general_public_budget", "budget_initial",
     "36918.00", "元", "table"),
    (19, "economic", "30199", "其他工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial",
     "936867.00", "元", "table"),
    (19, "economic", "302", "商品和服务支出", "expenditure", "basic", "general_public_budget", "budget_initial",
     "1632062.00", "元", "table"),
    (19, "economic", "30201", "办公费", "expenditure", "basic", "general_public_budget", "budget_initial",
     "273900.00", "元", "table"),
    (20, "economic", "30211", "差旅费", "expenditure", "basic", "general_public_budget", "budget_initial",
     "80000.00", "元", "table"),
    (20, "economic", "30217", "公务接待费", "expenditure", "basic", "general_public_budget", "budget_initial",
     "10000.00", "元", "table"),
    (20, "economic", "30228", "工会经费", "expenditure", "basic", "general_public_budget", "budget_initial",
     "194962.00", "元", "table"),
    (20, "economic", "30239", "其他交通费用", "expenditure", "basic", "general_public_budget", "budget_initial",
     "284480.00", "元", "table"),
    (20, "economic", "303", "对个人和家庭的补助", "expenditure", "basic", "general_public_budget", "budget_initial",
     "1449536.00", "元", "table"),
    (20, "economic", "30302", "退休费", "expenditure", "basic", "general_public_budget", "budget_initial",
     "1197600.00", "元", "table"),
    (20, "economic", "31002", "办公设备购置", "expenditure", "basic", "general_public_budget", "budget_initial",
     "78000.00", "元", "table"),

    # ---- pp. 7-8, 2025年单位预算编制说明, "财政拨款支出主要内容如下" 1.-16.: "…（类）…（款）…（项）”X万元".
    # They detail 财政拨款, which here is entirely 一般公共预算拨款 (37,151.47万元, 政府性基金 / 国有资本经营 0),
    # so general_public_budget. Name = the 项 name. Item 14 prints "3136.40" without a thousands separator.
    (7, "function", None, "行政运行", "expenditure", "total", "general_public_budget", "budget_initial",
     "938.99", "万元", "narrative"),
    (7, "function", None, "一般行政管理事务", "expenditure", "total", "general_public_budget", "budget_initial",
     "454.50", "万元", "narrative"),
    (7, "function", None, "事业运行", "expenditure", "total", "general_public_budget", "budget_initial",
     "290.18", "万元", "narrative"),
    (7, "function", None, "其他商贸事务支出", "expenditure", "total", "general_public_budget", "budget_initial",
     "476.50", "万元", "narrative"),
    (7, "function", None, "科技条件专项", "expenditure", "total", "general_public_budget", "budget_initial",
     "1720.00", "万元", "narrative"),
    (7, "function", None, "行政单位离退休", "expenditure", "total", "general_public_budget", "budget_initial",
     "166.12", "万元", "narrative"),
    (7, "function", None, "事业单位离退休", "expenditure", "total", "general_public_budget", "budget_initial",
     "1.73", "万元", "narrative"),
    (7, "function", None, "机关事业单位基本养老保险缴费支出", "expenditure", "total", "general_public_budget",
     "budget_initial", "141.09", "万元", "narrative"),
    (7, "function", None, "机关事业单位职业年金缴费支出", "expenditure", "total", "general_public_budget",
     "budget_initial", "70.54", "万元", "narrative"),
    (8, "function", None, "其他行政事业单位养老支出", "expenditure", "total", "general_public_budget",
     "budget_initial", "1.33", "万元", "narrative"),
    (8, "function", None, "行政单位医疗", "expenditure", "total", "general_public_budget", "budget_initial",
     "63.19", "万元", "narrative"),
    (8, "function", None, "事业单位医疗", "expenditure", "total", "general_public_budget", "budget_initial",
     "24.99", "万元", "narrative"),
    (8, "function", None, "其他支持中小企业发展和管理支出", "expenditure", "total", "general_public_budget",
     "budget_initial", "29381.00", "万元", "narrative"),
    (8, "function", None, "其他商业服务业等支出", "expenditure", "total", "general_public_budget",
     "budget_initial", "3136.40", "万元", "narrative"),
    (8, "function", None, "住房公积金", "expenditure", "total", "general_public_budget", "budget_initial",
     "136.10", "万元", "narrative"),
    (8, "function", None, "购房补贴", "expenditure", "total", "general_public_budget", "budget_initial",
     "148.80", "万元", "narrative"),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # ---- p. 7, 编制说明 first paragraphs (万元).
    # Left out: "比2024年预算执行数增加24,558.18万元" (revenue) and "比2024年预算增加24,491.71万元" (expenditure,
    # 财政拨款 and 一般公共预算) are differences, not prior-year figures; the two imply different 2024 bases
    # (12,593.29 vs 12,659.76) and neither base is printed, so no prior_year_* fact. "财政拨款支出预算
    # 37,151.47", "一般公共预算拨款支出预算37,151.47", "政府性基金拨款支出预算0", "国有资本经营预算拨款支出预算0"
    # are expenditure totals of one fund scope: no metric fits them.
    (7, "revenue_total", "budget_initial", "37151.47", "万元", "narrative"),     # 收入预算
    (7, "revenue_fiscal", "budget_initial", "37151.47", "万元", "narrative"),    # 财政拨款收入
    (7, "revenue_business", "budget_initial", "0", "万元", "narrative"),         # 事业收入
    (7, "revenue_operating", "budget_initial", "0", "万元", "narrative"),        # 事业单位经营收入
    (7, "revenue_other", "budget_initial", "0", "万元", "narrative"),            # 其他收入
    (7, "expenditure_total", "budget_initial", "37151.47", "万元", "narrative"), # 支出预算

    # ---- p. 9, 财务收支预算总表 (元). No 本年收入合计 / 上年结转 rows are printed; 收入总计 = 支出总计 =
    # 371,514,655.00 (recorded once as grand_total). 二、事业收入 / 三、事业单位经营收入 / 四、其他收入 /
    # 2、政府性基金 / 3、国有资本经营预算 are blank. 支出总计 row: 人员经费 18,120,593.00, 公用经费 1,710,062.00,
    # 项目支出 351,684,000.00 (no 基本支出 subtotal printed on this page; it is 19,830,655.00 on p. 13).
    (9, "revenue_fiscal", "budget_initial", "371514655.00", "元", "table"),          # 一、财政拨款收入
    (9, "revenue_general_budget", "budget_initial", "371514655.00", "元", "table"),  # 1、一般公共预算资金
    (9, "grand_total", "budget_initial", "371514655.00", "元", "table"),             # 收入总计 / 支出总计
    (9, "basic_personnel", "budget_initial", "18120593.00", "元", "table"),
    (9, "basic_public", "budget_initial", "1710062.00", "元", "table"),
    (9, "expenditure_project", "budget_initial", "351684000.00", "元", "table"),

    # ---- p. 11, 收入预算总表 合计 row (合计 column; 财政拨款收入 column the same)
    (11, "revenue_total", "budget_initial", "371514655.00", "元", "table"),
    # ---- p. 13, 支出预算总表 合计 row: 合计 / 基本支出 (项目支出 351,684,000.00 already from p. 9)
    (13, "expenditure_total", "budget_initial", "371514655.00", "元", "table"),
    (13, "expenditure_basic", "budget_initial", "19830655.00", "元", "table"),

    # ---- p. 14, 财政拨款收支预算总表: 收入总计 = 支出总计 (合计 and 一般公共预算 columns) 371,514,655.00;
    # 一、一般公共预算资金 371,514,655.00; 二、政府性基金 / 三、国有资本经营预算 blank.
    (14, "fiscal_grand_total", "budget_initial", "371514655.00", "元", "table"),
    (14, "revenue_general_budget", "budget_initial", "371514655.00", "元", "table"),

    # ---- p. 21, 2025年单位"三公"经费和机关运行经费预算表 (单位:万元). 因公出国(境)费 and the three
    # 公务用车购置及运行费 cells (小计 / 购置费 / 运行费) are blank: not facts here (the narrative p. 22 states 0).
    (21, "three_public_total", "budget_initial", "1.00", "万元", "table"),
    (21, "three_public_reception", "budget_initial", "1.00", "万元", "table"),
    (21, "admin_operating_cost", "budget_initial", "171.01", "万元", "table"),

    # ---- p. 22, 其他相关情况说明 (万元). "与2024年预算持平" is said of every 三公 item but no 2024 figure is
    # printed: no prior_year_budget facts.
    (22, "three_public_total", "budget_initial", "1.00", "万元", "narrative"),
    (22, "three_public_outbound", "budget_initial", "0", "万元", "narrative"),
    (22, "three_public_vehicle", "budget_initial", "0", "万元", "narrative"),
    (22, "three_public_vehicle_purchase", "budget_initial", "0", "万元", "narrative"),
    (22, "three_public_vehicle_operation", "budget_initial", "0", "万元", "narrative"),
    (22, "three_public_reception", "budget_initial", "1.00", "万元", "narrative"),
    (22, "admin_operating_cost", "budget_initial", "171.01", "万元", "narrative"),   # 财政拨款的机关运行经费预算
    (22, "procurement_total", "budget_initial", "38.20", "万元", "narrative"),
    (22, "procurement_goods", "budget_initial", "7.80", "万元", "narrative"),
    (22, "procurement_works", "budget_initial", "0", "万元", "narrative"),
    (22, "procurement_services", "budget_initial", "30.40", "万元", "narrative"),
    # 五、国有资产占有使用情况: "截至2024年8月31日…共有车辆0辆" (every category 0), and "2025年单位预算安排购置
    # 车辆0辆". Both are 0, so the measure chosen (budget_initial, as for the document's other figures) cannot
    # contradict either reading. 单价100万元以上设备 0台（套） has no metric: left out.
    # a count of vehicles held (截至…共有车辆), not a budgeted figure: measure actual
    (22, "vehicles_total", "actual", "0", "辆", "narrative"),
    # 四、绩效目标设置情况: 25 个项目, 11381.60万元 of project funds: no metric fits, left out.
    # Staff (编制数 / 实有人数 / 离退休人数) are printed nowhere in this document.
]
