"""Facts of 上海市普陀区人民政府万里街道办事处24年预算.pdf, read from the page images (not from parser output).

The 2024 department budget (部门预算) of 上海市普陀区人民政府万里街道办事处 (33 pages). Pages were rendered with
pdftoppm at 110-250 dpi and every value below was read off the image. Tables (pp. 10-30) are in 元 with no
decimals printed; the 三公 table (p. 31) and the narrative (pp. 6-9, 32) are in 万元.

Oddities noticed while reading:
- p. 21 (财政拨款收支预算总表) prints only class-level rows without codes, so it gives no coded function lines.
- pp. 27-28 (政府性基金 / 国有资本经营 function tables) are empty, with a note saying so.
- p. 29 prints the 款 codes of 津贴补贴 and 绩效工资 as "2" and "7" (no leading zero); those rows are left out.
- p. 31 (三公 table) carries the boilerplate note "本部门2024年无“三公”经费和机关运行经费预算，故本表为空表" although
  the table prints amounts (47.91 … 443.18), which agree with the p. 32 narrative.
- p. 9 item 31 says "住房公积金（项）”350.35万元" and then "2024年预算安排352.67万元"; the table gives 3503499 元,
  so only 350.35 is recorded.
"""

SOURCE_FILE = "上海市普陀区人民政府万里街道办事处24年预算.pdf"
SHA256 = "9cf8afd0f960aea9377ec2d80d8573bb96747e42f0c64046a81f63a2e4af7ce8"

DOCUMENT = dict(
    province="上海市",
    city=None,
    county="普陀区",
    department_printed="上海市普陀区人民政府万里街道办事处",
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="普陀区人民政府万里街道办事处",
    admin_code="310107",
    fiscal_year=2024,
    doc_kind="budget",
    budget_level="department",
    amount_unit_reported="元",
)

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # p. 10, 2024年部门财务收支预算总表 (元): expenditure-side class rows, no codes printed.
    (10, "function", None, "一般公共服务支出", "expenditure", "total", "all_funds", "budget_initial", "2932700", "元", "table"),
    (10, "function", None, "公共安全支出", "expenditure", "total", "all_funds", "budget_initial", "1633000", "元", "table"),
    (10, "function", None, "教育支出", "expenditure", "total", "all_funds", "budget_initial", "250000", "元", "table"),
    (10, "function", None, "科学技术支出", "expenditure", "total", "all_funds", "budget_initial", "100000", "元", "table"),
    (10, "function", None, "文化旅游体育与传媒支出", "expenditure", "total", "all_funds", "budget_initial", "200000", "元", "table"),
    (10, "function", None, "社会保障和就业支出", "expenditure", "total", "all_funds", "budget_initial", "19604064", "元", "table"),
    (10, "function", None, "卫生健康支出", "expenditure", "total", "all_funds", "budget_initial", "3223657", "元", "table"),
    (10, "function", None, "城乡社区支出", "expenditure", "total", "all_funds", "budget_initial", "119385303", "元", "table"),
    (10, "function", None, "住房保障支出", "expenditure", "total", "all_funds", "budget_initial", "8882399", "元", "table"),

    # p. 21, 2024年部门财政拨款收支预算总表 (元): class rows, no codes. 合计 column = fiscal_allocation,
    # 一般公共预算 column = general_public_budget (政府性基金 / 国有资本经营 columns are blank).
    (21, "function", None, "一般公共服务支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "2932700", "元", "table"),
    (21, "function", None, "公共安全支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "1633000", "元", "table"),
    (21, "function", None, "教育支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "250000", "元", "table"),
    (21, "function", None, "科学技术支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "100000", "元", "table"),
    (21, "function", None, "文化旅游体育与传媒支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "200000", "元", "table"),
    (21, "function", None, "社会保障和就业支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "19604064", "元", "table"),
    (21, "function", None, "卫生健康支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "3223657", "元", "table"),
    (21, "function", None, "城乡社区支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "119385303", "元", "table"),
    (21, "function", None, "住房保障支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "8882399", "元", "table"),
    (21, "function", None, "社会保障和就业支出", "expenditure", "total", "general_public_budget", "budget_initial", "19604064", "元", "table"),
    (21, "function", None, "城乡社区支出", "expenditure", "total", "general_public_budget", "budget_initial", "119385303", "元", "table"),
    (21, "function", None, "住房保障支出", "expenditure", "total", "general_public_budget", "budget_initial", "8882399", "元", "table"),

    # pp. 11-14, 2024年部门收入预算总表 (元): 合计 column (all_funds) ...
    (11, "function", "201", "一般公共服务支出", "revenue", "total", "all_funds", "budget_initial", "2932700", "元", "table"),
    (11, "function", "20105", "统计信息事务", "revenue", "total", "all_funds", "budget_initial", "257700", "元", "table"),
    (11, "function", "2010507", "专项普查活动", "revenue", "total", "all_funds", "budget_initial", "257700", "元", "table"),
    (11, "function", "2013302", "一般行政管理事务", "revenue", "total", "all_funds", "budget_initial", "1106000", "元", "table"),
    (12, "function", "2013802", "一般行政管理事务", "revenue", "total", "all_funds", "budget_initial", "135200", "元", "table"),
    (12, "function", "204", "公共安全支出", "revenue", "total", "all_funds", "budget_initial", "1633000", "元", "table"),
    (12, "function", "20499", "其他公共安全支出", "revenue", "total", "all_funds", "budget_initial", "1333000", "元", "table"),
    (12, "function", "2049999", "其他公共安全支出", "revenue", "total", "all_funds", "budget_initial", "1333000", "元", "table"),
    (12, "function", "2070308", "群众体育", "revenue", "total", "all_funds", "budget_initial", "200000", "元", "table"),
    (12, "function", "208", "社会保障和就业支出", "revenue", "total", "all_funds", "budget_initial", "19604064", "元", "table"),
    (13, "function", "2080505", "机关事业单位基本养老保险缴费支出", "revenue", "total", "all_funds", "budget_initial", "4608515", "元", "table"),
    (13, "function", "20807", "就业补助", "revenue", "total", "all_funds", "budget_initial", "4212300", "元", "table"),
    (13, "function", "2089999", "其他社会保障和就业支出", "revenue", "total", "all_funds", "budget_initial", "7812394", "元", "table"),
    (13, "function", "2101102", "事业单位医疗", "revenue", "total", "all_funds", "budget_initial", "1601424", "元", "table"),
    (14, "function", "212", "城乡社区支出", "revenue", "total", "all_funds", "budget_initial", "119385303", "元", "table"),
    (14, "function", "21201", "城乡社区管理事务", "revenue", "total", "all_funds", "budget_initial", "94450003", "元", "table"),
    (14, "function", "2120199", "其他城乡社区管理事务支出", "revenue", "total", "all_funds", "budget_initial", "54212362", "元", "table"),
    (14, "function", "2210201", "住房公积金", "revenue", "total", "all_funds", "budget_initial", "3503499", "元", "table"),
    # ... and its 财政拨款收入 column (fiscal_allocation).
    (11, "function", "201", "一般公共服务支出", "revenue", "total", "fiscal_allocation", "budget_initial", "2932700", "元", "table"),
    (12, "function", "208", "社会保障和就业支出", "revenue", "total", "fiscal_allocation", "budget_initial", "19604064", "元", "table"),
    (13, "function", "2101102", "事业单位医疗", "revenue", "total", "fiscal_allocation", "budget_initial", "1601424", "元", "table"),
    (14, "function", "212", "城乡社区支出", "revenue", "total", "fiscal_allocation", "budget_initial", "119385303", "元", "table"),
    (14, "function", "2120101", "行政运行", "revenue", "total", "fiscal_allocation", "budget_initial", "16603248", "元", "table"),
    (14, "function", "2210201", "住房公积金", "revenue", "total", "fiscal_allocation", "budget_initial", "3503499", "元", "table"),

    # pp. 16-19, 2024年部门支出预算总表 (元), all_funds: 合计 / 基本支出 / 项目支出.
    (16, "function", "201", "一般公共服务支出", "expenditure", "total", "all_funds", "budget_initial", "2932700", "元", "table"),
    (16, "function", "201", "一般公共服务支出", "expenditure", "basic", "all_funds", "budget_initial", "0", "元", "table"),
    (16, "function", "201", "一般公共服务支出", "expenditure", "project", "all_funds", "budget_initial", "2932700", "元", "table"),
    (16, "function", "2012902", "一般行政管理事务", "expenditure", "total", "all_funds", "budget_initial", "426000", "元", "table"),
    (16, "function", "20132", "组织事务", "expenditure", "total", "all_funds", "budget_initial", "888700", "元", "table"),
    (17, "function", "2040607", "公共法律服务", "expenditure", "total", "all_funds", "budget_initial", "300000", "元", "table"),
    (17, "function", "205", "教育支出", "expenditure", "total", "all_funds", "budget_initial", "250000", "元", "table"),
    (17, "function", "2060702", "科普活动", "expenditure", "project", "all_funds", "budget_initial", "100000", "元", "table"),
    (17, "function", "208", "社会保障和就业支出", "expenditure", "total", "all_funds", "budget_initial", "19604064", "元", "table"),
    (17, "function", "208", "社会保障和就业支出", "expenditure", "basic", "all_funds", "budget_initial", "13368164", "元", "table"),
    (17, "function", "208", "社会保障和就业支出", "expenditure", "project", "all_funds", "budget_initial", "6235900", "元", "table"),
    (17, "function", "20805", "行政事业单位养老支出", "expenditure", "basic", "all_funds", "budget_initial", "7234970", "元", "table"),
    (17, "function", "2080501", "行政单位离退休", "expenditure", "total", "all_funds", "budget_initial", "243120", "元", "table"),
    (18, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "total", "all_funds", "budget_initial", "2302815", "元", "table"),
    (18, "function", "2080705", "公益性岗位补贴", "expenditure", "project", "all_funds", "budget_initial", "4212300", "元", "table"),
    (18, "function", "20899", "其他社会保障和就业支出", "expenditure", "total", "all_funds", "budget_initial", "7812394", "元", "table"),
    (18, "function", "20899", "其他社会保障和就业支出", "expenditure", "basic", "all_funds", "budget_initial", "6133194", "元", "table"),
    (18, "function", "20899", "其他社会保障和就业支出", "expenditure", "project", "all_funds", "budget_initial", "1679200", "元", "table"),
    (18, "function", "210", "卫生健康支出", "expenditure", "basic", "all_funds", "budget_initial", "3023657", "元", "table"),
    (18, "function", "2100717", "计划生育服务", "expenditure", "total", "all_funds", "budget_initial", "200000", "元", "table"),
    (19, "function", "212", "城乡社区支出", "expenditure", "total", "all_funds", "budget_initial", "119385303", "元", "table"),
    (19, "function", "212", "城乡社区支出", "expenditure", "basic", "all_funds", "budget_initial", "76609000", "元", "table"),
    (19, "function", "212", "城乡社区支出", "expenditure", "project", "all_funds", "budget_initial", "42776303", "元", "table"),
    (19, "function", "21201", "城乡社区管理事务", "expenditure", "project", "all_funds", "budget_initial", "17841003", "元", "table"),
    (19, "function", "2120101", "行政运行", "expenditure", "total", "all_funds", "budget_initial", "16603248", "元", "table"),
    (19, "function", "2120101", "行政运行", "expenditure", "basic", "all_funds", "budget_initial", "16353248", "元", "table"),
    (19, "function", "2120101", "行政运行", "expenditure", "project", "all_funds", "budget_initial", "250000", "元", "table"),
    (19, "function", "2120104", "城管执法", "expenditure", "basic", "all_funds", "budget_initial", "6043390", "元", "table"),
    (19, "function", "2120399", "其他城乡社区公共设施支出", "expenditure", "total", "all_funds", "budget_initial", "9721800", "元", "table"),
    (19, "function", "221", "住房保障支出", "expenditure", "total", "all_funds", "budget_initial", "8882399", "元", "table"),
    (19, "function", "221", "住房保障支出", "expenditure", "project", "all_funds", "budget_initial", "2177200", "元", "table"),
    (19, "function", "2210203", "购房补贴", "expenditure", "basic", "all_funds", "budget_initial", "3201700", "元", "table"),

    # pp. 22-26, 2024年部门一般公共预算支出功能分类预算表 (元), general_public_budget.
    (22, "function", "201", "一般公共服务支出", "expenditure", "total", "general_public_budget", "budget_initial", "2932700", "元", "table"),
    (22, "function", "201", "一般公共服务支出", "expenditure", "project", "general_public_budget", "budget_initial", "2932700", "元", "table"),
    (22, "function", "2013402", "一般行政管理事务", "expenditure", "total", "general_public_budget", "budget_initial", "119100", "元", "table"),
    (22, "function", "20138", "市场监督管理事务", "expenditure", "total", "general_public_budget", "budget_initial", "135200", "元", "table"),
    (23, "function", "20406", "司法", "expenditure", "total", "general_public_budget", "budget_initial", "300000", "元", "table"),
    (23, "function", "2059999", "其他教育支出", "expenditure", "total", "general_public_budget", "budget_initial", "250000", "元", "table"),
    (23, "function", "206", "科学技术支出", "expenditure", "total", "general_public_budget", "budget_initial", "100000", "元", "table"),
    (23, "function", "207", "文化旅游体育与传媒支出", "expenditure", "total", "general_public_budget", "budget_initial", "200000", "元", "table"),
    (23, "function", "208", "社会保障和就业支出", "expenditure", "total", "general_public_budget", "budget_initial", "19604064", "元", "table"),
    (23, "function", "208", "社会保障和就业支出", "expenditure", "basic", "general_public_budget", "budget_initial", "13368164", "元", "table"),
    (23, "function", "208", "社会保障和就业支出", "expenditure", "project", "general_public_budget", "budget_initial", "6235900", "元", "table"),
    (24, "function", "2080502", "事业单位离退休", "expenditure", "total", "general_public_budget", "budget_initial", "76620", "元", "table"),
    (24, "function", "2080599", "其他行政事业单位养老支出", "expenditure", "total", "general_public_budget", "budget_initial", "3900", "元", "table"),
    (24, "function", "20816", "红十字事业", "expenditure", "total", "general_public_budget", "budget_initial", "44400", "元", "table"),
    (24, "function", "2082501", "其他城市生活救助", "expenditure", "project", "general_public_budget", "budget_initial", "300000", "元", "table"),
    (25, "function", "21011", "行政事业单位医疗", "expenditure", "total", "general_public_budget", "budget_initial", "3023657", "元", "table"),
    (25, "function", "2101101", "行政单位医疗", "expenditure", "total", "general_public_budget", "budget_initial", "1422233", "元", "table"),
    (25, "function", "2120102", "一般行政管理事务", "expenditure", "total", "general_public_budget", "budget_initial", "17591003", "元", "table"),
    (25, "function", "2120102", "一般行政管理事务", "expenditure", "basic", "general_public_budget", "budget_initial", "0", "元", "table"),
    (25, "function", "21205", "城乡社区环境卫生", "expenditure", "total", "general_public_budget", "budget_initial", "5993300", "元", "table"),
    (25, "function", "2120501", "城乡社区环境卫生", "expenditure", "total", "general_public_budget", "budget_initial", "5993300", "元", "table"),
    (25, "function", "2129999", "其他城乡社区支出", "expenditure", "total", "general_public_budget", "budget_initial", "9220200", "元", "table"),
    (26, "function", "22102", "住房改革支出", "expenditure", "total", "general_public_budget", "budget_initial", "6705199", "元", "table"),
    (26, "function", "22102", "住房改革支出", "expenditure", "basic", "general_public_budget", "budget_initial", "6705199", "元", "table"),
    (26, "function", "22103", "城乡社区住宅", "expenditure", "total", "general_public_budget", "budget_initial", "2177200", "元", "table"),
    (26, "function", "2210399", "其他城乡社区住宅支出", "expenditure", "project", "general_public_budget", "budget_initial", "2177200", "元", "table"),

    # pp. 27-28: 政府性基金 and 国有资本经营 function tables are printed empty ("故本表为空表"): no rows.

    # pp. 29-30, 2024年部门一般公共预算基本支出部门预算经济分类预算表 (元): 合计 column (basic, general_public_budget).
    # 301 "2" 津贴补贴 and 301 "7" 绩效工资 print their 款 codes without the leading zero: listed under the digits
    # printed ("3012" / "3017"); the warehouse resolves them by their names to 30102 / 30107.
    (29, "economic", "301", "工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial", "88282511", "元", "table"),
    (29, "economic", "3012", "津贴补贴", "expenditure", "basic", "general_public_budget", "budget_initial", "16623810", "元", "table"),
    (29, "economic", "3017", "绩效工资", "expenditure", "basic", "general_public_budget", "budget_initial", "11447100", "元", "table"),
    (29, "economic", "30101", "基本工资", "expenditure", "basic", "general_public_budget", "budget_initial", "5873551", "元", "table"),
    (29, "economic", "30108", "机关事业单位基本养老保险缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "4608515", "元", "table"),
    (29, "economic", "30109", "职业年金缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "2302815", "元", "table"),
    (29, "economic", "30110", "职工基本医疗保险缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "3023657", "元", "table"),
    (29, "economic", "30112", "其他社会保障缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "216087", "元", "table"),
    (29, "economic", "30113", "住房公积金", "expenditure", "basic", "general_public_budget", "budget_initial", "3503499", "元", "table"),
    (29, "economic", "30199", "其他工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial", "40683477", "元", "table"),
    (29, "economic", "302", "商品和服务支出", "expenditure", "basic", "general_public_budget", "budget_initial", "11168569", "元", "table"),
    (29, "economic", "30201", "办公费", "expenditure", "basic", "general_public_budget", "budget_initial", "4755518", "元", "table"),
    (29, "economic", "30204", "手续费", "expenditure", "basic", "general_public_budget", "budget_initial", "30000", "元", "table"),
    (30, "economic", "30205", "水费", "expenditure", "basic", "general_public_budget", "budget_initial", "277500", "元", "table"),
    (30, "economic", "30209", "物业管理费", "expenditure", "basic", "general_public_budget", "budget_initial", "1090020", "元", "table"),
    (30, "economic", "30217", "公务接待费", "expenditure", "basic", "general_public_budget", "budget_initial", "13500", "元", "table"),
    (30, "economic", "30231", "公务用车运行维护费", "expenditure", "basic", "general_public_budget", "budget_initial", "215600", "元", "table"),
    (30, "economic", "30299", "其他商品和服务支出", "expenditure", "basic", "general_public_budget", "budget_initial", "690682", "元", "table"),
    (30, "economic", "303", "对个人和家庭的补助", "expenditure", "basic", "general_public_budget", "budget_initial", "254940", "元", "table"),
    (30, "economic", "30302", "退休费", "expenditure", "basic", "general_public_budget", "budget_initial", "254940", "元", "table"),

    # pp. 6-9, 2024年部门预算编制说明, "财政拨款支出主要内容如下" (万元). The 财政拨款 here is entirely
    # 一般公共预算拨款 (政府性基金 and 国有资本经营 are 0.00), hence general_public_budget.
    # Left out: the seven items whose 项 is "一般行政管理事务" (items 2-6 under 群众团体/组织/宣传/统战/市场监督管理
    # 事务, 18 under 红十字事业, 25 under 城乡社区管理事务): with no code they would share one name and clash.
    # The "2023年当年预算执行数" figures of each item are not recorded. Item 31 (住房公积金) prints 350.35 and then
    # "2024年预算安排352.67万元"; 350.35 agrees with the tables (3503499 元), 352.67 is left out.
    (6, "function", None, "专项普查活动", "expenditure", "total", "general_public_budget", "budget_initial", "25.77", "万元", "narrative"),
    (7, "function", None, "公共法律服务", "expenditure", "total", "general_public_budget", "budget_initial", "30.00", "万元", "narrative"),
    (7, "function", None, "其他公共安全支出", "expenditure", "total", "general_public_budget", "budget_initial", "133.30", "万元", "narrative"),
    (7, "function", None, "其他教育支出", "expenditure", "total", "general_public_budget", "budget_initial", "25.00", "万元", "narrative"),
    (7, "function", None, "科普活动", "expenditure", "total", "general_public_budget", "budget_initial", "10.00", "万元", "narrative"),
    (7, "function", None, "群众体育", "expenditure", "total", "general_public_budget", "budget_initial", "20.00", "万元", "narrative"),
    (7, "function", None, "行政单位离退休", "expenditure", "total", "general_public_budget", "budget_initial", "24.31", "万元", "narrative"),
    (7, "function", None, "事业单位离退休", "expenditure", "total", "general_public_budget", "budget_initial", "7.66", "万元", "narrative"),
    (7, "function", None, "机关事业单位基本养老保险缴费支出", "expenditure", "total", "general_public_budget", "budget_initial", "460.85", "万元", "narrative"),
    (7, "function", None, "机关事业单位职业年金缴费支出", "expenditure", "total", "general_public_budget", "budget_initial", "230.28", "万元", "narrative"),
    (8, "function", None, "其他行政事业单位养老支出", "expenditure", "total", "general_public_budget", "budget_initial", "0.39", "万元", "narrative"),
    (8, "function", None, "公益性岗位补贴", "expenditure", "total", "general_public_budget", "budget_initial", "421.23", "万元", "narrative"),
    (8, "function", None, "其他城市生活救助", "expenditure", "total", "general_public_budget", "budget_initial", "30.00", "万元", "narrative"),
    (8, "function", None, "其他社会保障和就业支出", "expenditure", "total", "general_public_budget", "budget_initial", "781.24", "万元", "narrative"),
    (8, "function", None, "计划生育服务", "expenditure", "total", "general_public_budget", "budget_initial", "20.00", "万元", "narrative"),
    (8, "function", None, "行政单位医疗", "expenditure", "total", "general_public_budget", "budget_initial", "142.22", "万元", "narrative"),
    (8, "function", None, "事业单位医疗", "expenditure", "total", "general_public_budget", "budget_initial", "160.14", "万元", "narrative"),
    (8, "function", None, "行政运行", "expenditure", "total", "general_public_budget", "budget_initial", "1660.32", "万元", "narrative"),
    (9, "function", None, "城管执法", "expenditure", "total", "general_public_budget", "budget_initial", "604.34", "万元", "narrative"),
    (9, "function", None, "其他城乡社区管理事务支出", "expenditure", "total", "general_public_budget", "budget_initial", "5421.24", "万元", "narrative"),
    (9, "function", None, "其他城乡社区公共设施支出", "expenditure", "total", "general_public_budget", "budget_initial", "972.18", "万元", "narrative"),
    (9, "function", None, "城乡社区环境卫生", "expenditure", "total", "general_public_budget", "budget_initial", "599.33", "万元", "narrative"),
    (9, "function", None, "其他城乡社区支出", "expenditure", "total", "general_public_budget", "budget_initial", "922.02", "万元", "narrative"),
    (9, "function", None, "住房公积金", "expenditure", "total", "general_public_budget", "budget_initial", "350.35", "万元", "narrative"),
    (9, "function", None, "购房补贴", "expenditure", "total", "general_public_budget", "budget_initial", "320.17", "万元", "narrative"),
    (9, "function", None, "其他城乡社区住宅支出", "expenditure", "total", "general_public_budget", "budget_initial", "217.72", "万元", "narrative"),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # p. 10, 财务收支预算总表 (元). 政府性基金 / 国有资本经营预算 / 事业收入 / 事业单位经营收入 / 其他收入 cells are
    # blank there (not facts). 收入总计 and 支出总计 are both 156211123 (recorded once).
    (10, "revenue_fiscal", "budget_initial", "156211123", "元", "table"),
    (10, "revenue_general_budget", "budget_initial", "156211123", "元", "table"),
    (10, "grand_total", "budget_initial", "156211123", "元", "table"),
    # p. 15, 收入预算总表 合计 row (元): 合计 / 事业收入 0 / 事业单位经营收入 0 / 其他收入 0.
    (15, "revenue_total", "budget_initial", "156211123", "元", "table"),
    (15, "revenue_business", "budget_initial", "0", "元", "table"),
    (15, "revenue_operating", "budget_initial", "0", "元", "table"),
    (15, "revenue_other", "budget_initial", "0", "元", "table"),
    # p. 20, 支出预算总表 合计 row (元).
    (20, "expenditure_total", "budget_initial", "156211123", "元", "table"),
    (20, "expenditure_basic", "budget_initial", "99706020", "元", "table"),
    (20, "expenditure_project", "budget_initial", "56505103", "元", "table"),
    # p. 21, 财政拨款收支预算总表: 收入总计 = 支出总计 (元).
    (21, "fiscal_grand_total", "budget_initial", "156211123", "元", "table"),
    # p. 30, 一般公共预算基本支出经济分类表 合计 row (元): 人员经费 / 公用经费.
    (30, "basic_personnel", "budget_initial", "88537451", "元", "table"),
    (30, "basic_public", "budget_initial", "11168569", "元", "table"),
    # p. 31, 部门“三公”经费和机关运行经费预算表 (单位:万元). See the docstring about its "空表" note.
    (31, "three_public_total", "budget_initial", "47.91", "万元", "table"),
    (31, "three_public_outbound", "budget_initial", "0", "万元", "table"),
    (31, "three_public_reception", "budget_initial", "1.35", "万元", "table"),
    (31, "three_public_vehicle", "budget_initial", "46.56", "万元", "table"),
    (31, "three_public_vehicle_purchase", "budget_initial", "25", "万元", "table"),
    (31, "three_public_vehicle_operation", "budget_initial", "21.56", "万元", "table"),
    (31, "admin_operating_cost", "budget_initial", "443.18", "万元", "table"),
    # p. 6, 编制说明 (万元). "比2023年预算减少876.75万元" is a change, not a prior-year figure: left out.
    # "一般公共预算拨款支出预算15621.11万元" is an expenditure-side figure with no metric here: left out.
    (6, "revenue_total", "budget_initial", "15621.11", "万元", "narrative"),
    (6, "revenue_fiscal", "budget_initial", "15621.11", "万元", "narrative"),
    (6, "revenue_business", "budget_initial", "0.00", "万元", "narrative"),
    (6, "revenue_operating", "budget_initial", "0.00", "万元", "narrative"),
    (6, "revenue_other", "budget_initial", "0.00", "万元", "narrative"),
    (6, "expenditure_total", "budget_initial", "15621.11", "万元", "narrative"),
    # p. 32, 其他相关情况说明 (万元; vehicles in 辆). Left out: 中小企业预留 664.98 / 465.49, 绩效目标 5634.81,
    # 2024年购置车辆1辆 (none has a metric). No staff numbers are printed anywhere in the document.
    (32, "three_public_total", "budget_initial", "47.91", "万元", "narrative"),
    (32, "three_public_outbound", "budget_initial", "0", "万元", "narrative"),
    (32, "three_public_vehicle", "budget_initial", "46.56", "万元", "narrative"),
    (32, "three_public_vehicle_purchase", "budget_initial", "25", "万元", "narrative"),
    (32, "three_public_vehicle_operation", "budget_initial", "21.56", "万元", "narrative"),
    (32, "three_public_reception", "budget_initial", "1.35", "万元", "narrative"),
    (32, "admin_operating_cost", "budget_initial", "443.18", "万元", "narrative"),
    (32, "procurement_total", "budget_initial", "1662.44", "万元", "narrative"),
    (32, "procurement_goods", "budget_initial", "93.98", "万元", "narrative"),
    (32, "procurement_works", "budget_initial", "815.87", "万元", "narrative"),
    (32, "procurement_services", "budget_initial", "752.59", "万元", "narrative"),
    # a count of vehicles held (截至…共有车辆), not a budgeted figure: measure actual
    (32, "vehicles_total", "actual", "7", "辆", "narrative"),
]
