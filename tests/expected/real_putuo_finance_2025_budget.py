"""Facts of 上海市普陀区财政局部门25年预算.pdf, read from the page images (not from parser output).

2025 department budget (部门预算) of 上海市普陀区财政局, 24 pages. Every amount below was read on the
page images rendered with pdftoppm (110 dpi, 160-170 dpi crops for the narrative and the 三公 table);
the text layer was used only to find pages.

Layout: cover (p1), contents (p2), 主要职能 (p3-4), 机构设置 (p5: 财政局本部 only, 行政单位1家, 事业单位0家),
名词解释 (p6), 编制说明 (p7-8), tables 1-9 (p9-21), 其他相关情况说明 (p22), 项目经费情况说明 (p23-24).
Tables 1-8 are in 元, table 9 (三公 / 机关运行经费, p21) in 万元, the narrative in 万元.

Oddities worth knowing (see the comments beside the facts):
- p7's text layer carries narrative items 9-11 below the visible page area and p8's text layer repeats
  items 7-8 above it; on the images items 1-8 are on p7 and 9-11 on p8, each printed once.
- Narrative item 7 (职业年金缴费支出) prints 887.36万元 although the tables print 873,617.00元 (= 87.36万元);
  item 5 (行政单位离退休) prints 87.70万元 against 877,080.00元 (= 87.71万元). Recorded as printed.
- The 国有资本经营预算 table (p18) is empty and its note says 无政府性基金预算 (copied from p17).
- The 三公 table (p21) leaves 因公出国(境)费 and the 公务用车 cells blank (not facts); the narrative (p22)
  states them as 0万元.
- No staff numbers (编制数 / 实有人数) are printed anywhere.
"""

SOURCE_FILE = "上海市普陀区财政局部门25年预算.pdf"
SHA256 = "af3bb6f5cf3c8c7fd3dbe6ed36a23c41d3ab98f566ca40dd04583dd1a9c6cdfe"

DOCUMENT = dict(
    province="上海市",
    city=None,
    county="普陀区",
    department_printed="上海市普陀区财政局",  # cover p1 (预算主管部门) and every 编制部门 line
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="普陀区财政局",
    admin_code="310107",
    fiscal_year=2025,
    doc_kind="budget",
    budget_level="department",
    amount_unit_reported="元",
)

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # --- 1. 2025年部门财务收支预算总表 (page 9, 单位：元): expenditure-side class rows, printed without codes.
    (9, "function", None, "一般公共服务支出", "expenditure", "total", "all_funds", "budget_initial", "22186440.80", "元", "table"),
    (9, "function", None, "社会保障和就业支出", "expenditure", "total", "all_funds", "budget_initial", "3508644.00", "元", "table"),
    (9, "function", None, "卫生健康支出", "expenditure", "total", "all_funds", "budget_initial", "782164.00", "元", "table"),
    (9, "function", None, "住房保障支出", "expenditure", "total", "all_funds", "budget_initial", "4736957.00", "元", "table"),

    # --- 2. 2025年部门收入预算总表 (pages 10-11, 单位：元). flow revenue. 合计 column -> total/all_funds;
    # 财政拨款收入 column -> total/fiscal_allocation. 事业收入 / 事业单位经营收入 / 其他收入 columns are blank.
    (10, "function", "201", "一般公共服务支出", "revenue", "total", "all_funds", "budget_initial", "22186440.80", "元", "table"),
    (10, "function", "201", "一般公共服务支出", "revenue", "total", "fiscal_allocation", "budget_initial", "22186440.80", "元", "table"),
    (10, "function", "20106", "财政事务", "revenue", "total", "all_funds", "budget_initial", "22186440.80", "元", "table"),
    (10, "function", "20106", "财政事务", "revenue", "total", "fiscal_allocation", "budget_initial", "22186440.80", "元", "table"),
    (10, "function", "2010601", "行政运行", "revenue", "total", "all_funds", "budget_initial", "16231840.80", "元", "table"),
    (10, "function", "2010601", "行政运行", "revenue", "total", "fiscal_allocation", "budget_initial", "16231840.80", "元", "table"),
    (10, "function", "2010602", "一般行政管理事务", "revenue", "total", "all_funds", "budget_initial", "100000.00", "元", "table"),
    (10, "function", "2010602", "一般行政管理事务", "revenue", "total", "fiscal_allocation", "budget_initial", "100000.00", "元", "table"),
    (10, "function", "2010607", "信息化建设", "revenue", "total", "all_funds", "budget_initial", "1666600.00", "元", "table"),
    (10, "function", "2010607", "信息化建设", "revenue", "total", "fiscal_allocation", "budget_initial", "1666600.00", "元", "table"),
    (10, "function", "2010608", "财政委托业务支出", "revenue", "total", "all_funds", "budget_initial", "4188000.00", "元", "table"),
    (10, "function", "2010608", "财政委托业务支出", "revenue", "total", "fiscal_allocation", "budget_initial", "4188000.00", "元", "table"),
    (10, "function", "208", "社会保障和就业支出", "revenue", "total", "all_funds", "budget_initial", "3508644.00", "元", "table"),
    (10, "function", "208", "社会保障和就业支出", "revenue", "total", "fiscal_allocation", "budget_initial", "3508644.00", "元", "table"),
    (10, "function", "20805", "行政事业单位养老支出", "revenue", "total", "all_funds", "budget_initial", "3508644.00", "元", "table"),
    (10, "function", "20805", "行政事业单位养老支出", "revenue", "total", "fiscal_allocation", "budget_initial", "3508644.00", "元", "table"),
    (10, "function", "2080501", "行政单位离退休", "revenue", "total", "all_funds", "budget_initial", "877080.00", "元", "table"),
    (10, "function", "2080501", "行政单位离退休", "revenue", "total", "fiscal_allocation", "budget_initial", "877080.00", "元", "table"),
    (10, "function", "2080505", "机关事业单位基本养老保险缴费支出", "revenue", "total", "all_funds", "budget_initial", "1748327.00", "元", "table"),
    (10, "function", "2080505", "机关事业单位基本养老保险缴费支出", "revenue", "total", "fiscal_allocation", "budget_initial", "1748327.00", "元", "table"),
    (10, "function", "2080506", "机关事业单位职业年金缴费支出", "revenue", "total", "all_funds", "budget_initial", "873617.00", "元", "table"),
    (10, "function", "2080506", "机关事业单位职业年金缴费支出", "revenue", "total", "fiscal_allocation", "budget_initial", "873617.00", "元", "table"),
    (10, "function", "2080599", "其他行政事业单位养老支出", "revenue", "total", "all_funds", "budget_initial", "9620.00", "元", "table"),
    (10, "function", "2080599", "其他行政事业单位养老支出", "revenue", "total", "fiscal_allocation", "budget_initial", "9620.00", "元", "table"),
    (11, "function", "210", "卫生健康支出", "revenue", "total", "all_funds", "budget_initial", "782164.00", "元", "table"),
    (11, "function", "210", "卫生健康支出", "revenue", "total", "fiscal_allocation", "budget_initial", "782164.00", "元", "table"),
    (11, "function", "21011", "行政事业单位医疗", "revenue", "total", "all_funds", "budget_initial", "782164.00", "元", "table"),
    (11, "function", "21011", "行政事业单位医疗", "revenue", "total", "fiscal_allocation", "budget_initial", "782164.00", "元", "table"),
    (11, "function", "2101101", "行政单位医疗", "revenue", "total", "all_funds", "budget_initial", "782164.00", "元", "table"),
    (11, "function", "2101101", "行政单位医疗", "revenue", "total", "fiscal_allocation", "budget_initial", "782164.00", "元", "table"),
    (11, "function", "221", "住房保障支出", "revenue", "total", "all_funds", "budget_initial", "4736957.00", "元", "table"),
    (11, "function", "221", "住房保障支出", "revenue", "total", "fiscal_allocation", "budget_initial", "4736957.00", "元", "table"),
    (11, "function", "22102", "住房改革支出", "revenue", "total", "all_funds", "budget_initial", "4736957.00", "元", "table"),
    (11, "function", "22102", "住房改革支出", "revenue", "total", "fiscal_allocation", "budget_initial", "4736957.00", "元", "table"),
    (11, "function", "2210201", "住房公积金", "revenue", "total", "all_funds", "budget_initial", "2049197.00", "元", "table"),
    (11, "function", "2210201", "住房公积金", "revenue", "total", "fiscal_allocation", "budget_initial", "2049197.00", "元", "table"),
    (11, "function", "2210203", "购房补贴", "revenue", "total", "all_funds", "budget_initial", "2687760.00", "元", "table"),
    (11, "function", "2210203", "购房补贴", "revenue", "total", "fiscal_allocation", "budget_initial", "2687760.00", "元", "table"),

    # --- 3. 2025年部门支出预算总表 (pages 12-13, 单位：元): 合计 / 基本支出 / 项目支出; fund_scope all_funds. Blank cells are not facts.
    (12, "function", "201", "一般公共服务支出", "expenditure", "total", "all_funds", "budget_initial", "22186440.80", "元", "table"),
    (12, "function", "201", "一般公共服务支出", "expenditure", "basic", "all_funds", "budget_initial", "16093326.00", "元", "table"),
    (12, "function", "201", "一般公共服务支出", "expenditure", "project", "all_funds", "budget_initial", "6093114.80", "元", "table"),
    (12, "function", "20106", "财政事务", "expenditure", "total", "all_funds", "budget_initial", "22186440.80", "元", "table"),
    (12, "function", "20106", "财政事务", "expenditure", "basic", "all_funds", "budget_initial", "16093326.00", "元", "table"),
    (12, "function", "20106", "财政事务", "expenditure", "project", "all_funds", "budget_initial", "6093114.80", "元", "table"),
    (12, "function", "2010601", "行政运行", "expenditure", "total", "all_funds", "budget_initial", "16231840.80", "元", "table"),
    (12, "function", "2010601", "行政运行", "expenditure", "basic", "all_funds", "budget_initial", "16093326.00", "元", "table"),
    (12, "function", "2010601", "行政运行", "expenditure", "project", "all_funds", "budget_initial", "138514.80", "元", "table"),
    (12, "function", "2010602", "一般行政管理事务", "expenditure", "total", "all_funds", "budget_initial", "100000.00", "元", "table"),
    (12, "function", "2010602", "一般行政管理事务", "expenditure", "project", "all_funds", "budget_initial", "100000.00", "元", "table"),
    (12, "function", "2010607", "信息化建设", "expenditure", "total", "all_funds", "budget_initial", "1666600.00", "元", "table"),
    (12, "function", "2010607", "信息化建设", "expenditure", "project", "all_funds", "budget_initial", "1666600.00", "元", "table"),
    (12, "function", "2010608", "财政委托业务支出", "expenditure", "total", "all_funds", "budget_initial", "4188000.00", "元", "table"),
    (12, "function", "2010608", "财政委托业务支出", "expenditure", "project", "all_funds", "budget_initial", "4188000.00", "元", "table"),
    (12, "function", "208", "社会保障和就业支出", "expenditure", "total", "all_funds", "budget_initial", "3508644.00", "元", "table"),
    (12, "function", "208", "社会保障和就业支出", "expenditure", "basic", "all_funds", "budget_initial", "3508644.00", "元", "table"),
    (12, "function", "20805", "行政事业单位养老支出", "expenditure", "total", "all_funds", "budget_initial", "3508644.00", "元", "table"),
    (12, "function", "20805", "行政事业单位养老支出", "expenditure", "basic", "all_funds", "budget_initial", "3508644.00", "元", "table"),
    (12, "function", "2080501", "行政单位离退休", "expenditure", "total", "all_funds", "budget_initial", "877080.00", "元", "table"),
    (12, "function", "2080501", "行政单位离退休", "expenditure", "basic", "all_funds", "budget_initial", "877080.00", "元", "table"),
    (12, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "total", "all_funds", "budget_initial", "1748327.00", "元", "table"),
    (12, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "basic", "all_funds", "budget_initial", "1748327.00", "元", "table"),
    (12, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "total", "all_funds", "budget_initial", "873617.00", "元", "table"),
    (12, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "basic", "all_funds", "budget_initial", "873617.00", "元", "table"),
    (12, "function", "2080599", "其他行政事业单位养老支出", "expenditure", "total", "all_funds", "budget_initial", "9620.00", "元", "table"),
    (12, "function", "2080599", "其他行政事业单位养老支出", "expenditure", "basic", "all_funds", "budget_initial", "9620.00", "元", "table"),
    (13, "function", "210", "卫生健康支出", "expenditure", "total", "all_funds", "budget_initial", "782164.00", "元", "table"),
    (13, "function", "210", "卫生健康支出", "expenditure", "basic", "all_funds", "budget_initial", "782164.00", "元", "table"),
    (13, "function", "21011", "行政事业单位医疗", "expenditure", "total", "all_funds", "budget_initial", "782164.00", "元", "table"),
    (13, "function", "21011", "行政事业单位医疗", "expenditure", "basic", "all_funds", "budget_initial", "782164.00", "元", "table"),
    (13, "function", "2101101", "行政单位医疗", "expenditure", "total", "all_funds", "budget_initial", "782164.00", "元", "table"),
    (13, "function", "2101101", "行政单位医疗", "expenditure", "basic", "all_funds", "budget_initial", "782164.00", "元", "table"),
    (13, "function", "221", "住房保障支出", "expenditure", "total", "all_funds", "budget_initial", "4736957.00", "元", "table"),
    (13, "function", "221", "住房保障支出", "expenditure", "basic", "all_funds", "budget_initial", "4736957.00", "元", "table"),
    (13, "function", "22102", "住房改革支出", "expenditure", "total", "all_funds", "budget_initial", "4736957.00", "元", "table"),
    (13, "function", "22102", "住房改革支出", "expenditure", "basic", "all_funds", "budget_initial", "4736957.00", "元", "table"),
    (13, "function", "2210201", "住房公积金", "expenditure", "total", "all_funds", "budget_initial", "2049197.00", "元", "table"),
    (13, "function", "2210201", "住房公积金", "expenditure", "basic", "all_funds", "budget_initial", "2049197.00", "元", "table"),
    (13, "function", "2210203", "购房补贴", "expenditure", "total", "all_funds", "budget_initial", "2687760.00", "元", "table"),
    (13, "function", "2210203", "购房补贴", "expenditure", "basic", "all_funds", "budget_initial", "2687760.00", "元", "table"),

    # --- 5. 2025年部门一般公共预算支出功能分类预算表 (pages 15-16, 单位：元): 合计 / 基本支出 / 项目支出. Blank cells are not facts.
    (15, "function", "201", "一般公共服务支出", "expenditure", "total", "general_public_budget", "budget_initial", "22186440.80", "元", "table"),
    (15, "function", "201", "一般公共服务支出", "expenditure", "basic", "general_public_budget", "budget_initial", "16093326.00", "元", "table"),
    (15, "function", "201", "一般公共服务支出", "expenditure", "project", "general_public_budget", "budget_initial", "6093114.80", "元", "table"),
    (15, "function", "20106", "财政事务", "expenditure", "total", "general_public_budget", "budget_initial", "22186440.80", "元", "table"),
    (15, "function", "20106", "财政事务", "expenditure", "basic", "general_public_budget", "budget_initial", "16093326.00", "元", "table"),
    (15, "function", "20106", "财政事务", "expenditure", "project", "general_public_budget", "budget_initial", "6093114.80", "元", "table"),
    (15, "function", "2010601", "行政运行", "expenditure", "total", "general_public_budget", "budget_initial", "16231840.80", "元", "table"),
    (15, "function", "2010601", "行政运行", "expenditure", "basic", "general_public_budget", "budget_initial", "16093326.00", "元", "table"),
    (15, "function", "2010601", "行政运行", "expenditure", "project", "general_public_budget", "budget_initial", "138514.80", "元", "table"),
    (15, "function", "2010602", "一般行政管理事务", "expenditure", "total", "general_public_budget", "budget_initial", "100000.00", "元", "table"),
    (15, "function", "2010602", "一般行政管理事务", "expenditure", "project", "general_public_budget", "budget_initial", "100000.00", "元", "table"),
    (15, "function", "2010607", "信息化建设", "expenditure", "total", "general_public_budget", "budget_initial", "1666600.00", "元", "table"),
    (15, "function", "2010607", "信息化建设", "expenditure", "project", "general_public_budget", "budget_initial", "1666600.00", "元", "table"),
    (15, "function", "2010608", "财政委托业务支出", "expenditure", "total", "general_public_budget", "budget_initial", "4188000.00", "元", "table"),
    (15, "function", "2010608", "财政委托业务支出", "expenditure", "project", "general_public_budget", "budget_initial", "4188000.00", "元", "table"),
    (15, "function", "208", "社会保障和就业支出", "expenditure", "total", "general_public_budget", "budget_initial", "3508644.00", "元", "table"),
    (15, "function", "208", "社会保障和就业支出", "expenditure", "basic", "general_public_budget", "budget_initial", "3508644.00", "元", "table"),
    (15, "function", "20805", "行政事业单位养老支出", "expenditure", "total", "general_public_budget", "budget_initial", "3508644.00", "元", "table"),
    (15, "function", "20805", "行政事业单位养老支出", "expenditure", "basic", "general_public_budget", "budget_initial", "3508644.00", "元", "table"),
    (15, "function", "2080501", "行政单位离退休", "expenditure", "total", "general_public_budget", "budget_initial", "877080.00", "元", "table"),
    (15, "function", "2080501", "行政单位离退休", "expenditure", "basic", "general_public_budget", "budget_initial", "877080.00", "元", "table"),
    (15, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "total", "general_public_budget", "budget_initial", "1748327.00", "元", "table"),
    (15, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "basic", "general_public_budget", "budget_initial", "1748327.00", "元", "table"),
    (15, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "total", "general_public_budget", "budget_initial", "873617.00", "元", "table"),
    (15, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "basic", "general_public_budget", "budget_initial", "873617.00", "元", "table"),
    (15, "function", "2080599", "其他行政事业单位养老支出", "expenditure", "total", "general_public_budget", "budget_initial", "9620.00", "元", "table"),
    (15, "function", "2080599", "其他行政事业单位养老支出", "expenditure", "basic", "general_public_budget", "budget_initial", "9620.00", "元", "table"),
    (15, "function", "210", "卫生健康支出", "expenditure", "total", "general_public_budget", "budget_initial", "782164.00", "元", "table"),
    (15, "function", "210", "卫生健康支出", "expenditure", "basic", "general_public_budget", "budget_initial", "782164.00", "元", "table"),
    (16, "function", "21011", "行政事业单位医疗", "expenditure", "total", "general_public_budget", "budget_initial", "782164.00", "元", "table"),
    (16, "function", "21011", "行政事业单位医疗", "expenditure", "basic", "general_public_budget", "budget_initial", "782164.00", "元", "table"),
    (16, "function", "2101101", "行政单位医疗", "expenditure", "total", "general_public_budget", "budget_initial", "782164.00", "元", "table"),
    (16, "function", "2101101", "行政单位医疗", "expenditure", "basic", "general_public_budget", "budget_initial", "782164.00", "元", "table"),
    (16, "function", "221", "住房保障支出", "expenditure", "total", "general_public_budget", "budget_initial", "4736957.00", "元", "table"),
    (16, "function", "221", "住房保障支出", "expenditure", "basic", "general_public_budget", "budget_initial", "4736957.00", "元", "table"),
    (16, "function", "22102", "住房改革支出", "expenditure", "total", "general_public_budget", "budget_initial", "4736957.00", "元", "table"),
    (16, "function", "22102", "住房改革支出", "expenditure", "basic", "general_public_budget", "budget_initial", "4736957.00", "元", "table"),
    (16, "function", "2210201", "住房公积金", "expenditure", "total", "general_public_budget", "budget_initial", "2049197.00", "元", "table"),
    (16, "function", "2210201", "住房公积金", "expenditure", "basic", "general_public_budget", "budget_initial", "2049197.00", "元", "table"),
    (16, "function", "2210203", "购房补贴", "expenditure", "total", "general_public_budget", "budget_initial", "2687760.00", "元", "table"),
    (16, "function", "2210203", "购房补贴", "expenditure", "basic", "general_public_budget", "budget_initial", "2687760.00", "元", "table"),

    # --- 8. 2025年部门一般公共预算基本支出部门预算经济分类预算表 (pages 19-20, 单位：元): 合计 column only,
    # spending_type basic, fund_scope general_public_budget. The 人员经费 / 公用经费 split columns have no
    # spending_type in the vocabulary, so only their 合计 row is kept (METRICS basic_personnel / basic_public).
    (19, "economic", "301", "工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial", "22109516.00", "元", "table"),
    (19, "economic", "30101", "基本工资", "expenditure", "basic", "general_public_budget", "budget_initial", "2642448.00", "元", "table"),
    (19, "economic", "30102", "津贴补贴", "expenditure", "basic", "general_public_budget", "budget_initial", "13012070.00", "元", "table"),
    (19, "economic", "30108", "机关事业单位基本养老保险缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "1748327.00", "元", "table"),
    (19, "economic", "30109", "职业年金缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "873617.00", "元", "table"),
    (19, "economic", "30110", "职工基本医疗保险缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "782164.00", "元", "table"),
    (19, "economic", "30112", "其他社会保障缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "28428.00", "元", "table"),
    (19, "economic", "30113", "住房公积金", "expenditure", "basic", "general_public_budget", "budget_initial", "2049197.00", "元", "table"),
    (19, "economic", "30199", "其他工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial", "973265.00", "元", "table"),
    (19, "economic", "302", "商品和服务支出", "expenditure", "basic", "general_public_budget", "budget_initial", "2204335.00", "元", "table"),
    (19, "economic", "30201", "办公费", "expenditure", "basic", "general_public_budget", "budget_initial", "170000.00", "元", "table"),
    (19, "economic", "30202", "印刷费", "expenditure", "basic", "general_public_budget", "budget_initial", "120000.00", "元", "table"),
    (19, "economic", "30204", "手续费", "expenditure", "basic", "general_public_budget", "budget_initial", "1000.00", "元", "table"),
    (19, "economic", "30207", "邮电费", "expenditure", "basic", "general_public_budget", "budget_initial", "50000.00", "元", "table"),
    (20, "economic", "30211", "差旅费", "expenditure", "basic", "general_public_budget", "budget_initial", "20000.00", "元", "table"),
    (20, "economic", "30213", "维修（护）费", "expenditure", "basic", "general_public_budget", "budget_initial", "50000.00", "元", "table"),
    (20, "economic", "30215", "会议费", "expenditure", "basic", "general_public_budget", "budget_initial", "10000.00", "元", "table"),
    (20, "economic", "30216", "培训费", "expenditure", "basic", "general_public_budget", "budget_initial", "30000.00", "元", "table"),
    (20, "economic", "30217", "公务接待费", "expenditure", "basic", "general_public_budget", "budget_initial", "9500.00", "元", "table"),
    (20, "economic", "30226", "劳务费", "expenditure", "basic", "general_public_budget", "budget_initial", "30000.00", "元", "table"),
    (20, "economic", "30227", "委托业务费", "expenditure", "basic", "general_public_budget", "budget_initial", "100000.00", "元", "table"),
    (20, "economic", "30228", "工会经费", "expenditure", "basic", "general_public_budget", "budget_initial", "258915.00", "元", "table"),
    (20, "economic", "30229", "福利费", "expenditure", "basic", "general_public_budget", "budget_initial", "436320.00", "元", "table"),
    (20, "economic", "30239", "其他交通费用", "expenditure", "basic", "general_public_budget", "budget_initial", "506480.00", "元", "table"),
    (20, "economic", "30299", "其他商品和服务支出", "expenditure", "basic", "general_public_budget", "budget_initial", "412120.00", "元", "table"),
    (20, "economic", "303", "对个人和家庭的补助", "expenditure", "basic", "general_public_budget", "budget_initial", "717240.00", "元", "table"),
    (20, "economic", "30302", "退休费", "expenditure", "basic", "general_public_budget", "budget_initial", "717240.00", "元", "table"),
    (20, "economic", "310", "资本性支出", "expenditure", "basic", "general_public_budget", "budget_initial", "90000.00", "元", "table"),
    (20, "economic", "31002", "办公设备购置", "expenditure", "basic", "general_public_budget", "budget_initial", "90000.00", "元", "table"),

    # --- 4. 2025年部门财政拨款收支预算总表 (page 14, 单位：元): class rows without codes. 合计 column ->
    # fiscal_allocation, 一般公共预算 column -> general_public_budget. 政府性基金预算 / 国有资本经营预算 columns blank.
    (14, "function", None, "一般公共服务支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "22186440.80", "元", "table"),
    (14, "function", None, "一般公共服务支出", "expenditure", "total", "general_public_budget", "budget_initial", "22186440.80", "元", "table"),
    (14, "function", None, "社会保障和就业支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "3508644.00", "元", "table"),
    (14, "function", None, "社会保障和就业支出", "expenditure", "total", "general_public_budget", "budget_initial", "3508644.00", "元", "table"),
    (14, "function", None, "卫生健康支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "782164.00", "元", "table"),
    (14, "function", None, "卫生健康支出", "expenditure", "total", "general_public_budget", "budget_initial", "782164.00", "元", "table"),
    (14, "function", None, "住房保障支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "4736957.00", "元", "table"),
    (14, "function", None, "住房保障支出", "expenditure", "total", "general_public_budget", "budget_initial", "4736957.00", "元", "table"),

    # --- 6./7. 政府性基金 (p17) and 国有资本经营 (p18) 预算支出功能分类预算表: empty tables, no facts.

    # --- 编制说明, 财政拨款支出主要内容 (items 1-8 on page 7, 9-11 on page 8, 万元). The sentences say
    # 财政拨款支出; the same paragraph states that all of it is 一般公共预算拨款 (3,121.42万元, 政府性基金 and
    # 国有资本经营 0), hence fund_scope general_public_budget.
    (7, "function", None, "行政运行", "expenditure", "total", "general_public_budget", "budget_initial", "1623.18", "万元", "narrative"),
    (7, "function", None, "一般行政管理事务", "expenditure", "total", "general_public_budget", "budget_initial", "10.00", "万元", "narrative"),
    (7, "function", None, "信息化建设", "expenditure", "total", "general_public_budget", "budget_initial", "166.66", "万元", "narrative"),
    (7, "function", None, "财政委托业务支出", "expenditure", "total", "general_public_budget", "budget_initial", "418.80", "万元", "narrative"),
    # printed 87.70万元; the tables' 877,080.00元 would round to 87.71万元
    (7, "function", None, "行政单位离退休", "expenditure", "total", "general_public_budget", "budget_initial", "87.70", "万元", "narrative"),
    # printed with a space before （项）: “…机关事业单位基本养老保险缴费支出 （项）”
    (7, "function", None, "机关事业单位基本养老保险缴费支出", "expenditure", "total", "general_public_budget", "budget_initial", "174.83", "万元", "narrative"),
    # printed 887.36万元; contradicts the tables (2080506 = 873,617.00元 = 87.36万元); recorded as printed
    (7, "function", None, "机关事业单位职业年金缴费支出", "expenditure", "total", "general_public_budget", "budget_initial", "887.36", "万元", "narrative"),
    # the narrative spells it 其它 (the tables print 其他行政事业单位养老支出, 9,620.00元)
    (7, "function", None, "其它行政事业单位养老支出", "expenditure", "total", "general_public_budget", "budget_initial", "0.96", "万元", "narrative"),
    (8, "function", None, "行政单位医疗", "expenditure", "total", "general_public_budget", "budget_initial", "78.21", "万元", "narrative"),
    (8, "function", None, "住房公积金", "expenditure", "total", "general_public_budget", "budget_initial", "204.91", "万元", "narrative"),
    (8, "function", None, "购房补贴", "expenditure", "total", "general_public_budget", "budget_initial", "268.77", "万元", "narrative"),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # --- 1. 财务收支预算总表 (page 9, 元). 政府性基金 / 国有资本经营预算 / 事业收入 / 事业单位经营收入 / 其他收入
    # cells are blank (not facts). 收入总计 and 支出总计 both print 31,214,205.80 (one grand_total fact).
    (9, "revenue_fiscal", "budget_initial", "31214205.80", "元", "table"),
    (9, "revenue_general_budget", "budget_initial", "31214205.80", "元", "table"),
    (9, "grand_total", "budget_initial", "31214205.80", "元", "table"),
    # --- 2. 收入预算总表 合计 row (page 11, 元)
    (11, "revenue_total", "budget_initial", "31214205.80", "元", "table"),
    # --- 3. 支出预算总表 合计 row (page 13, 元); the 一般公共预算 table's 合计 row (p16) prints the same three.
    (13, "expenditure_total", "budget_initial", "31214205.80", "元", "table"),
    (13, "expenditure_basic", "budget_initial", "25121091.00", "元", "table"),
    (13, "expenditure_project", "budget_initial", "6093114.80", "元", "table"),
    # --- 4. 财政拨款收支预算总表 (page 14, 元): 收入总计 / 支出总计 31,214,205.80
    (14, "fiscal_grand_total", "budget_initial", "31214205.80", "元", "table"),
    # --- 8. 基本支出经济分类表 合计 row (page 20, 元): 人员经费 / 公用经费
    (20, "basic_personnel", "budget_initial", "22826756.00", "元", "table"),
    (20, "basic_public", "budget_initial", "2294335.00", "元", "table"),
    # --- 9. “三公”经费和机关运行经费预算表 (page 21, 单位:万元). 因公出国(境)费 and 公务用车购置及运行费
    # (小计 / 购置费 / 运行费) cells are blank on the page, so they are not recorded from this table.
    (21, "three_public_total", "budget_initial", "0.95", "万元", "table"),
    (21, "three_public_reception", "budget_initial", "0.95", "万元", "table"),
    (21, "admin_operating_cost", "budget_initial", "229.43", "万元", "table"),

    # --- 编制说明 (page 7, 万元). “比2024年预算增加107.62万元” is a change, not a prior-year amount: left out.
    # 财政拨款支出预算 / 一般公共预算拨款支出预算 3,121.42 and 政府性基金 / 国有资本经营预算拨款支出预算 0 are
    # expenditure-by-fund figures with no metric in the vocabulary: left out.
    (7, "revenue_total", "budget_initial", "3121.42", "万元", "narrative"),
    (7, "revenue_fiscal", "budget_initial", "3121.42", "万元", "narrative"),
    (7, "revenue_business", "budget_initial", "0", "万元", "narrative"),
    (7, "revenue_operating", "budget_initial", "0", "万元", "narrative"),
    (7, "revenue_other", "budget_initial", "0", "万元", "narrative"),
    (7, "expenditure_total", "budget_initial", "3121.42", "万元", "narrative"),

    # --- 其他相关情况说明 (page 22, 万元). “与2024年预算持平” gives no prior-year number; the phrase
    # “与2024年预算一致0万元” (vehicle purchase / operation) is garbled, so no prior_year_budget is recorded.
    (22, "three_public_total", "budget_initial", "0.95", "万元", "narrative"),
    (22, "three_public_outbound", "budget_initial", "0", "万元", "narrative"),
    (22, "three_public_vehicle", "budget_initial", "0", "万元", "narrative"),
    (22, "three_public_vehicle_purchase", "budget_initial", "0", "万元", "narrative"),
    (22, "three_public_vehicle_operation", "budget_initial", "0", "万元", "narrative"),
    (22, "three_public_reception", "budget_initial", "0.95", "万元", "narrative"),
    (22, "admin_operating_cost", "budget_initial", "229.43", "万元", "narrative"),
    (22, "procurement_total", "budget_initial", "117.00", "万元", "narrative"),
    (22, "procurement_goods", "budget_initial", "17.00", "万元", "narrative"),
    (22, "procurement_works", "budget_initial", "0", "万元", "narrative"),
    (22, "procurement_services", "budget_initial", "100.00", "万元", "narrative"),
    # 截至2024年8月31日 共有车辆0辆 (a stock count; the vocabulary has no other measure for a budget).
    # 2025年预算安排购置车辆0辆 and 单价100万以上设备0台（套） have no metric: left out.
    # a count of vehicles held (截至…共有车辆), not a budgeted figure: measure actual
    (22, "vehicles_total", "actual", "0", "辆", "narrative"),
    # 绩效目标: 4 projects, 598.46万元 (中介机构服务费418.80, 财政业务费10.00, 信息化系统日常维护费166.66,
    # 援滇干部工作经费3.00); p24 年度预算安排 lists only the first three. No metric fits: left out.
]
