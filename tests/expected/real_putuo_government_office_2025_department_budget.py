"""Facts of 上海市普陀区人民政府办公室25年预算.pdf, read from the page images (not from parser output).

The 2025 department budget (部门预算, cover p. 1 "上海市普陀区2025年区级部门预算", "预算主管部门：上海市普陀区人民
政府办公室") of 上海市普陀区人民政府办公室. Not to be confused with the 单位预算 of the same office
(上海市普陀区人民政府办公室单位25年预算.pdf): p. 4 says the department is the office 本部 plus one 事业单位
(上海市普陀区交流服务中心) that "不单列预算，并入本部", so every amount of this document equals the unit budget's;
only the table titles ("2025年部门…表", 编制部门) and the narrative's wording ("本部门") differ.

22 pages: 1 cover, 2 目录, 3 主要职能, 4 机构设置, 5 名词解释 (no amounts on pp. 1-5),
6-7 2025年部门预算编制说明 (narrative, 万元), 8 部门财务收支预算总表, 9-10 部门收入预算总表 (p. 10 continues
without a header row), 11-12 部门支出预算总表 (p. 12 without header), 13 部门财政拨款收支预算总表,
14-15 部门一般公共预算支出功能分类预算表 (header repeated on p. 15), 16 政府性基金 and 17 国有资本经营 预算支出
功能分类预算表 (both empty: "注:本部门2025年无…预算财政拨款安排的预算，故本表为空表。"; their 合计 cells are blank,
nothing recorded), 18-19 一般公共预算基本支出部门预算经济分类预算表 (p. 19 without header),
20 "三公"经费和机关运行经费预算表 (单位:万元), 21 其他相关情况说明 (narrative, 万元), 22 项目经费情况说明
(区政府督查及建议提案工作业务经费: text only, no amount).
Tables pp. 8-19 print 单位：元. No table prints 上年预算数 / 上年执行数 columns, so every fact is
budget_initial (except the vehicle count, see p. 21).

Read from pdftoppm renders at 110/150 dpi, digits checked again on 200 dpi crops.
All money is 财政拨款 = 一般公共预算 (91,016,775.35 元): 事业收入 / 事业单位经营收入 / 其他收入 / 政府性基金 /
国有资本经营 cells are blank in the tables (blank cells are not facts) and stated as 0万元 in the narrative.
Everything ties: the four class rows add to 91,016,775.35; 基本 24,606,775.35 = economic-table 合计 =
人员经费 22,473,997.81 + 公用经费 2,132,777.54; 机关运行经费 213.28万元 = 公用经费 rounded; the narrative's
万元 figures are the table 元 figures rounded. No contradiction found. (The 三公 公务接待费 28.50万元 is larger
than the basic-expenditure 30217 公务接待费 185,000.00 元 and 因公出国(境)费 839万元 has no row in the basic
economic table: the rest sits in project spending, which has no economic table here.)

Not every row of every table is listed (the whole document would give ~210 facts): the 支出预算总表
(pp. 11-12) is listed in full; the 收入预算总表, 一般公共预算支出功能分类预算表 and the economic table are
sampled over all levels.

Left out on purpose:
- p. 6: "比2024年预算减少2,389.52万元" (财政拨款收入, 财政拨款支出, 一般公共预算拨款支出) and "比2024年预算持平"
  are differences; the 2024 figure itself is never printed, so no prior_year_budget fact. "财政拨款支出预算
  9,101.68", "一般公共预算拨款支出预算9,101.68", "政府性基金拨款支出预算0", "国有资本经营预算拨款支出预算0" are
  expenditure totals of one fund scope: no metric fits them.
- p. 8: this table has a single 预算数 column per side (no 基本/项目 split); 收入总计 = 支出总计 = 91,016,775.35
  recorded once as grand_total. No 本年收入合计 / 上年结转 rows are printed.
- p. 13: 一、一般公共预算资金 91,016,775.35 repeats revenue_general_budget of p. 8 (one table fact per metric).
- pp. 18-19: the 人员经费 / 公用经费 columns repeat each row's 合计 in one of them and have no spending_type of
  their own: not recorded; their 合计 row is recorded as basic_personnel / basic_public.
- p. 21: "下属1家机关和1家事业单位" and p. 4 "行政单位1家，事业单位1家" (unit counts), 面向中小企业预留 34万元 /
  预留给小型和微型企业 34万元, 绩效目标 "本部门1个预算单位", 项目11个 / 6626万元, 单价100万元以上设备 0台（套）,
  "2025年部门预算安排购置车辆0辆" and the per-category vehicle counts: no metric fits them. "与2024年预算持平"
  for every 三公 item prints no 2024 figure: no prior_year facts.
- Staff (编制数 / 实有人数 / 离退休人数) are printed nowhere in this document.
"""

SOURCE_FILE = "上海市普陀区人民政府办公室25年预算.pdf"
SHA256 = "ef2db536657de0a0e0ef27c4487f04034c430ffa3d83e522904c7a71b477c299"

DOCUMENT = dict(
    province="上海市",
    city=None,                  # Shanghai district: no city level
    county="普陀区",
    department_printed="上海市普陀区人民政府办公室",  # cover p. 1 "预算主管部门：…"; every 编制部门 line pp. 8-20
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped
    department="普陀区人民政府办公室",
    admin_code="310107",
    fiscal_year=2025,
    doc_kind="budget",
    budget_level="department",  # 部门预算 ("2025年区级部门预算", "2025年部门…表")
    amount_unit_reported="元",  # tables pp. 8-19 "单位：元" (p. 20 三公 table is 万元)
)

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # ---- p. 8, 2025年部门财务收支预算总表 (单位：元): expenditure-side class rows, printed with ordinals
    # (一、…四、) and no code; single 预算数 column -> total / all_funds.
    (8, "function", None, "一般公共服务支出", "expenditure", "total", "all_funds", "budget_initial",
     "82096797.42", "元", "table"),
    (8, "function", None, "社会保障和就业支出", "expenditure", "total", "all_funds", "budget_initial",
     "4213779.28", "元", "table"),
    (8, "function", None, "卫生健康支出", "expenditure", "total", "all_funds", "budget_initial",
     "1097073.43", "元", "table"),
    (8, "function", None, "住房保障支出", "expenditure", "total", "all_funds", "budget_initial",
     "3609125.22", "元", "table"),

    # ---- pp. 9-10, 2025年部门收入预算总表 (单位：元): revenue by function code. 合计 column -> all_funds;
    # 财政拨款收入 column (equal to 合计 on every row) -> fiscal_allocation. 事业收入 / 事业单位经营收入 /
    # 其他收入 columns are blank. Sampled.
    (9, "function", "201", "一般公共服务支出", "revenue", "total", "all_funds", "budget_initial",
     "82096797.42", "元", "table"),
    (9, "function", "20103", "政府办公厅（室）及相关机构事务", "revenue", "total", "all_funds", "budget_initial",
     "82096797.42", "元", "table"),
    (9, "function", "2010301", "行政运行", "revenue", "total", "all_funds", "budget_initial",
     "12029501.84", "元", "table"),
    (9, "function", "2010350", "事业运行", "revenue", "total", "all_funds", "budget_initial",
     "3807295.58", "元", "table"),
    (9, "function", "2010399", "其他政府办公厅（室）及相关机构事务支出", "revenue", "total", "all_funds",
     "budget_initial", "20120000.00", "元", "table"),
    (9, "function", "20805", "行政事业单位养老支出", "revenue", "total", "all_funds", "budget_initial",
     "4213779.28", "元", "table"),
    (9, "function", "2080505", "机关事业单位基本养老保险缴费支出", "revenue", "total", "all_funds",
     "budget_initial", "1763159.52", "元", "table"),
    (9, "function", "2080599", "其他行政事业单位养老支出", "revenue", "total", "all_funds", "budget_initial",
     "14820.00", "元", "table"),
    (10, "function", "210", "卫生健康支出", "revenue", "total", "all_funds", "budget_initial",
     "1097073.43", "元", "table"),
    (10, "function", "2101101", "行政单位医疗", "revenue", "total", "all_funds", "budget_initial",
     "782855.28", "元", "table"),
    (10, "function", "22102", "住房改革支出", "revenue", "total", "all_funds", "budget_initial",
     "3609125.22", "元", "table"),
    (10, "function", "2210201", "住房公积金", "revenue", "total", "all_funds", "budget_initial",
     "1741445.22", "元", "table"),
    # same table, 财政拨款收入 column
    (9, "function", "2010302", "一般行政管理事务", "revenue", "total", "fiscal_allocation", "budget_initial",
     "46140000.00", "元", "table"),
    (9, "function", "2080506", "机关事业单位职业年金缴费支出", "revenue", "total", "fiscal_allocation",
     "budget_initial", "881579.76", "元", "table"),
    (10, "function", "2101102", "事业单位医疗", "revenue", "total", "fiscal_allocation", "budget_initial",
     "314218.15", "元", "table"),
    (10, "function", "2210203", "购房补贴", "revenue", "total", "fiscal_allocation", "budget_initial",
     "1867680.00", "元", "table"),

    # ---- pp. 11-12, 2025年部门支出预算总表 (单位：元): 合计 / 基本支出 / 项目支出, every source -> all_funds.
    # Listed in full (blank cells left out).
    (11, "function", "201", "一般公共服务支出", "expenditure", "total", "all_funds", "budget_initial",
     "82096797.42", "元", "table"),
    (11, "function", "201", "一般公共服务支出", "expenditure", "basic", "all_funds", "budget_initial",
     "15686797.42", "元", "table"),
    (11, "function", "201", "一般公共服务支出", "expenditure", "project", "all_funds", "budget_initial",
     "66410000.00", "元", "table"),
    (11, "function", "20103", "政府办公厅（室）及相关机构事务", "expenditure", "total", "all_funds",
     "budget_initial", "82096797.42", "元", "table"),
    (11, "function", "20103", "政府办公厅（室）及相关机构事务", "expenditure", "basic", "all_funds",
     "budget_initial", "15686797.42", "元", "table"),
    (11, "function", "20103", "政府办公厅（室）及相关机构事务", "expenditure", "project", "all_funds",
     "budget_initial", "66410000.00", "元", "table"),
    (11, "function", "2010301", "行政运行", "expenditure", "total", "all_funds", "budget_initial",
     "12029501.84", "元", "table"),
    (11, "function", "2010301", "行政运行", "expenditure", "basic", "all_funds", "budget_initial",
     "11919501.84", "元", "table"),
    (11, "function", "2010301", "行政运行", "expenditure", "project", "all_funds", "budget_initial",
     "110000.00", "元", "table"),
    (11, "function", "2010302", "一般行政管理事务", "expenditure", "total", "all_funds", "budget_initial",
     "46140000.00", "元", "table"),
    (11, "function", "2010302", "一般行政管理事务", "expenditure", "project", "all_funds", "budget_initial",
     "46140000.00", "元", "table"),
    (11, "function", "2010350", "事业运行", "expenditure", "total", "all_funds", "budget_initial",
     "3807295.58", "元", "table"),
    (11, "function", "2010350", "事业运行", "expenditure", "basic", "all_funds", "budget_initial",
     "3767295.58", "元", "table"),
    (11, "function", "2010350", "事业运行", "expenditure", "project", "all_funds", "budget_initial",
     "40000.00", "元", "table"),
    (11, "function", "2010399", "其他政府办公厅（室）及相关机构事务支出", "expenditure", "total", "all_funds",
     "budget_initial", "20120000.00", "元", "table"),
    (11, "function", "2010399", "其他政府办公厅（室）及相关机构事务支出", "expenditure", "project", "all_funds",
     "budget_initial", "20120000.00", "元", "table"),
    (11, "function", "208", "社会保障和就业支出", "expenditure", "total", "all_funds", "budget_initial",
     "4213779.28", "元", "table"),
    (11, "function", "208", "社会保障和就业支出", "expenditure", "basic", "all_funds", "budget_initial",
     "4213779.28", "元", "table"),
    (11, "function", "20805", "行政事业单位养老支出", "expenditure", "total", "all_funds", "budget_initial",
     "4213779.28", "元", "table"),
    (11, "function", "20805", "行政事业单位养老支出", "expenditure", "basic", "all_funds", "budget_initial",
     "4213779.28", "元", "table"),
    (11, "function", "2080501", "行政单位离退休", "expenditure", "total", "all_funds", "budget_initial",
     "1554220.00", "元", "table"),
    (11, "function", "2080501", "行政单位离退休", "expenditure", "basic", "all_funds", "budget_initial",
     "1554220.00", "元", "table"),
    (11, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "total", "all_funds",
     "budget_initial", "1763159.52", "元", "table"),
    (11, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "basic", "all_funds",
     "budget_initial", "1763159.52", "元", "table"),
    (11, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "total", "all_funds",
     "budget_initial", "881579.76", "元", "table"),
    (11, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "basic", "all_funds",
     "budget_initial", "881579.76", "元", "table"),
    (11, "function", "2080599", "其他行政事业单位养老支出", "expenditure", "total", "all_funds", "budget_initial",
     "14820.00", "元", "table"),
    (11, "function", "2080599", "其他行政事业单位养老支出", "expenditure", "basic", "all_funds", "budget_initial",
     "14820.00", "元", "table"),
    (12, "function", "210", "卫生健康支出", "expenditure", "total", "all_funds", "budget_initial",
     "1097073.43", "元", "table"),
    (12, "function", "210", "卫生健康支出", "expenditure", "basic", "all_funds", "budget_initial",
     "1097073.43", "元", "table"),
    (12, "function", "21011", "行政事业单位医疗", "expenditure", "total", "all_funds", "budget_initial",
     "1097073.43", "元", "table"),
    (12, "function", "21011", "行政事业单位医疗", "expenditure", "basic", "all_funds", "budget_initial",
     "1097073.43", "元", "table"),
    (12, "function", "2101101", "行政单位医疗", "expenditure", "total", "all_funds", "budget_initial",
     "782855.28", "元", "table"),
    (12, "function", "2101101", "行政单位医疗", "expenditure", "basic", "all_funds", "budget_initial",
     "782855.28", "元", "table"),
    (12, "function", "2101102", "事业单位医疗", "expenditure", "total", "all_funds", "budget_initial",
     "314218.15", "元", "table"),
    (12, "function", "2101102", "事业单位医疗", "expenditure", "basic", "all_funds", "budget_initial",
     "314218.15", "元", "table"),
    (12, "function", "221", "住房保障支出", "expenditure", "total", "all_funds", "budget_initial",
     "3609125.22", "元", "table"),
    (12, "function", "221", "住房保障支出", "expenditure", "basic", "all_funds", "budget_initial",
     "3609125.22", "元", "table"),
    (12, "function", "22102", "住房改革支出", "expenditure", "total", "all_funds", "budget_initial",
     "3609125.22", "元", "table"),
    (12, "function", "22102", "住房改革支出", "expenditure", "basic", "all_funds", "budget_initial",
     "3609125.22", "元", "table"),
    (12, "function", "2210201", "住房公积金", "expenditure", "total", "all_funds", "budget_initial",
     "1741445.22", "元", "table"),
    (12, "function", "2210201", "住房公积金", "expenditure", "basic", "all_funds", "budget_initial",
     "1741445.22", "元", "table"),
    (12, "function", "2210203", "购房补贴", "expenditure", "total", "all_funds", "budget_initial",
     "1867680.00", "元", "table"),
    (12, "function", "2210203", "购房补贴", "expenditure", "basic", "all_funds", "budget_initial",
     "1867680.00", "元", "table"),

    # ---- p. 13, 2025年部门财政拨款收支预算总表 (单位：元): expenditure class rows with ordinals, no code.
    # 合计 column -> fiscal_allocation; 一般公共预算 column -> general_public_budget
    # (政府性基金预算 / 国有资本经营预算 columns blank).
    (13, "function", None, "一般公共服务支出", "expenditure", "total", "fiscal_allocation", "budget_initial",
     "82096797.42", "元", "table"),
    (13, "function", None, "社会保障和就业支出", "expenditure", "total", "fiscal_allocation", "budget_initial",
     "4213779.28", "元", "table"),
    (13, "function", None, "卫生健康支出", "expenditure", "total", "fiscal_allocation", "budget_initial",
     "1097073.43", "元", "table"),
    (13, "function", None, "住房保障支出", "expenditure", "total", "fiscal_allocation", "budget_initial",
     "3609125.22", "元", "table"),
    (13, "function", None, "一般公共服务支出", "expenditure", "total", "general_public_budget", "budget_initial",
     "82096797.42", "元", "table"),
    (13, "function", None, "社会保障和就业支出", "expenditure", "total", "general_public_budget", "budget_initial",
     "4213779.28", "元", "table"),
    (13, "function", None, "卫生健康支出", "expenditure", "total", "general_public_budget", "budget_initial",
     "1097073.43", "元", "table"),
    (13, "function", None, "住房保障支出", "expenditure", "total", "general_public_budget", "budget_initial",
     "3609125.22", "元", "table"),

    # ---- pp. 14-15, 2025年部门一般公共预算支出功能分类预算表 (单位：元): 合计 / 基本支出 / 项目支出. Sampled.
    (14, "function", "201", "一般公共服务支出", "expenditure", "basic", "general_public_budget", "budget_initial",
     "15686797.42", "元", "table"),
    (14, "function", "201", "一般公共服务支出", "expenditure", "project", "general_public_budget",
     "budget_initial", "66410000.00", "元", "table"),
    (14, "function", "20103", "政府办公厅（室）及相关机构事务", "expenditure", "total", "general_public_budget",
     "budget_initial", "82096797.42", "元", "table"),
    (14, "function", "2010301", "行政运行", "expenditure", "total", "general_public_budget", "budget_initial",
     "12029501.84", "元", "table"),
    (14, "function", "2010301", "行政运行", "expenditure", "project", "general_public_budget", "budget_initial",
     "110000.00", "元", "table"),
    (14, "function", "2010302", "一般行政管理事务", "expenditure", "total", "general_public_budget",
     "budget_initial", "46140000.00", "元", "table"),
    (14, "function", "2010350", "事业运行", "expenditure", "total", "general_public_budget", "budget_initial",
     "3807295.58", "元", "table"),
    (14, "function", "2010350", "事业运行", "expenditure", "basic", "general_public_budget", "budget_initial",
     "3767295.58", "元", "table"),
    (14, "function", "2010399", "其他政府办公厅（室）及相关机构事务支出", "expenditure", "project",
     "general_public_budget", "budget_initial", "20120000.00", "元", "table"),
    (14, "function", "208", "社会保障和就业支出", "expenditure", "total", "general_public_budget",
     "budget_initial", "4213779.28", "元", "table"),
    (14, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "basic",
     "general_public_budget", "budget_initial", "1763159.52", "元", "table"),
    (15, "function", "2101102", "事业单位医疗", "expenditure", "total", "general_public_budget", "budget_initial",
     "314218.15", "元", "table"),
    (15, "function", "221", "住房保障支出", "expenditure", "total", "general_public_budget", "budget_initial",
     "3609125.22", "元", "table"),
    (15, "function", "2210203", "购房补贴", "expenditure", "basic", "general_public_budget", "budget_initial",
     "1867680.00", "元", "table"),

    # ---- pp. 18-19, 2025年部门一般公共预算基本支出部门预算经济分类预算表 (单位：元): 类 | 款 codes
    # (301 | 01 -> 30101). 合计 column -> basic / general_public_budget. Sampled (all 类 rows).
    (18, "economic", "301", "工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial",
     "21170337.81", "元", "table"),
    (18, "economic", "30101", "基本工资", "expenditure", "basic", "general_public_budget", "budget_initial",
     "2540192.00", "元", "table"),
    (18, "economic", "30102", "津贴补贴", "expenditure", "basic", "general_public_budget", "budget_initial",
     "9572367.00", "元", "table"),
    (18, "economic", "30107", "绩效工资", "expenditure", "basic", "general_public_budget", "budget_initial",
     "2335998.00", "元", "table"),
    (18, "economic", "30109", "职业年金缴费", "expenditure", "basic", "general_public_budget", "budget_initial",
     "881579.76", "元", "table"),
    (18, "economic", "30112", "其他社会保障缴费", "expenditure", "basic", "general_public_budget", "budget_initial",
     "45013.88", "元", "table"),
    (18, "economic", "30113", "住房公积金", "expenditure", "basic", "general_public_budget", "budget_initial",
     "1741445.22", "元", "table"),
    (18, "economic", "30199", "其他工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial",
     "1193509.00", "元", "table"),
    (18, "economic", "302", "商品和服务支出", "expenditure", "basic", "general_public_budget", "budget_initial",
     "1932777.54", "元", "table"),
    (18, "economic", "30202", "印刷费", "expenditure", "basic", "general_public_budget", "budget_initial",
     "20000.00", "元", "table"),
    (19, "economic", "30207", "邮电费", "expenditure", "basic", "general_public_budget", "budget_initial",
     "30000.00", "元", "table"),
    (19, "economic", "30215", "会议费", "expenditure", "basic", "general_public_budget", "budget_initial",
     "10000.00", "元", "table"),
    (19, "economic", "30216", "培训费", "expenditure", "basic", "general_public_budget", "budget_initial",
     "30000.00", "元", "table"),
    (19, "economic", "30217", "公务接待费", "expenditure", "basic", "general_public_budget", "budget_initial",
     "185000.00", "元", "table"),
    (19, "economic", "30229", "福利费", "expenditure", "basic", "general_public_budget", "budget_initial",
     "483840.00", "元", "table"),
    (19, "economic", "30299", "其他商品和服务支出", "expenditure", "basic", "general_public_budget",
     "budget_initial", "204820.00", "元", "table"),
    (19, "economic", "303", "对个人和家庭的补助", "expenditure", "basic", "general_public_budget", "budget_initial",
     "1303660.00", "元", "table"),
    (19, "economic", "30302", "退休费", "expenditure", "basic", "general_public_budget", "budget_initial",
     "1188720.00", "元", "table"),
    (19, "economic", "310", "资本性支出", "expenditure", "basic", "general_public_budget", "budget_initial",
     "200000.00", "元", "table"),
    (19, "economic", "31002", "办公设备购置", "expenditure", "basic", "general_public_budget", "budget_initial",
     "200000.00", "元", "table"),

    # ---- pp. 6-7, 2025年部门预算编制说明, "财政拨款支出主要内容如下" 1.-12.: "“类-款-项”科目X万元" (names joined
    # by hyphens, no codes). They detail 财政拨款, which here is entirely 一般公共预算拨款 (9,101.68万元,
    # 政府性基金 / 国有资本经营 0), so general_public_budget. Name = the 项 name. Items 2 and 4 print whole
    # numbers ("4,614万元", "2,012万元"); separators dropped.
    (6, "function", None, "行政运行", "expenditure", "total", "general_public_budget", "budget_initial",
     "1202.95", "万元", "narrative"),
    (6, "function", None, "一般行政管理事务", "expenditure", "total", "general_public_budget", "budget_initial",
     "4614", "万元", "narrative"),
    (6, "function", None, "事业运行", "expenditure", "total", "general_public_budget", "budget_initial",
     "380.73", "万元", "narrative"),
    (6, "function", None, "其他政府办公厅（室）及相关机构事务支出", "expenditure", "total",
     "general_public_budget", "budget_initial", "2012", "万元", "narrative"),
    (6, "function", None, "行政单位离退休", "expenditure", "total", "general_public_budget", "budget_initial",
     "155.42", "万元", "narrative"),
    (6, "function", None, "机关事业单位基本养老保险缴费支出", "expenditure", "total", "general_public_budget",
     "budget_initial", "176.32", "万元", "narrative"),
    (6, "function", None, "机关事业单位职业年金缴费支出", "expenditure", "total", "general_public_budget",
     "budget_initial", "88.16", "万元", "narrative"),
    (6, "function", None, "其他行政事业单位养老支出", "expenditure", "total", "general_public_budget",
     "budget_initial", "1.48", "万元", "narrative"),
    (7, "function", None, "行政单位医疗", "expenditure", "total", "general_public_budget", "budget_initial",
     "78.29", "万元", "narrative"),
    (7, "function", None, "事业单位医疗", "expenditure", "total", "general_public_budget", "budget_initial",
     "31.42", "万元", "narrative"),
    (7, "function", None, "住房公积金", "expenditure", "total", "general_public_budget", "budget_initial",
     "174.14", "万元", "narrative"),
    (7, "function", None, "购房补贴", "expenditure", "total", "general_public_budget", "budget_initial",
     "186.77", "万元", "narrative"),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # ---- p. 6, 编制说明 first paragraphs (万元).
    (6, "revenue_total", "budget_initial", "9101.68", "万元", "narrative"),     # 收入预算
    (6, "revenue_fiscal", "budget_initial", "9101.68", "万元", "narrative"),    # 财政拨款收入
    (6, "revenue_business", "budget_initial", "0", "万元", "narrative"),        # 事业收入
    (6, "revenue_operating", "budget_initial", "0", "万元", "narrative"),       # 事业单位经营收入
    (6, "revenue_other", "budget_initial", "0", "万元", "narrative"),           # 其他收入
    (6, "expenditure_total", "budget_initial", "9101.68", "万元", "narrative"), # 支出预算

    # ---- p. 8, 部门财务收支预算总表 (元). 2. 政府性基金 / 3. 国有资本经营预算 / 二、事业收入 /
    # 三、事业单位经营收入 / 四、其他收入 are blank. 收入总计 = 支出总计 = 91,016,775.35 (one grand_total fact).
    (8, "revenue_fiscal", "budget_initial", "91016775.35", "元", "table"),          # 一、财政拨款收入
    (8, "revenue_general_budget", "budget_initial", "91016775.35", "元", "table"),  # 1. 一般公共预算资金
    (8, "grand_total", "budget_initial", "91016775.35", "元", "table"),             # 收入总计 / 支出总计

    # ---- p. 10, 收入预算总表 合计 row (合计 column; 财政拨款收入 column the same)
    (10, "revenue_total", "budget_initial", "91016775.35", "元", "table"),
    # ---- p. 12, 支出预算总表 合计 row: 合计 / 基本支出 / 项目支出 (p. 15 repeats them for 一般公共预算)
    (12, "expenditure_total", "budget_initial", "91016775.35", "元", "table"),
    (12, "expenditure_basic", "budget_initial", "24606775.35", "元", "table"),
    (12, "expenditure_project", "budget_initial", "66410000.00", "元", "table"),

    # ---- p. 13, 财政拨款收支预算总表: 收入总计 = 支出总计 (合计 and 一般公共预算 columns) 91,016,775.35;
    # 二、政府性基金 / 三、国有资本经营预算 blank.
    (13, "fiscal_grand_total", "budget_initial", "91016775.35", "元", "table"),

    # ---- p. 19, 经济分类预算表 合计 row: 人员经费 / 公用经费 columns (合计 24,606,775.35 = expenditure_basic).
    (19, "basic_personnel", "budget_initial", "22473997.81", "元", "table"),
    (19, "basic_public", "budget_initial", "2132777.54", "元", "table"),

    # ---- p. 20, 2025年部门"三公"经费和机关运行经费预算表 (单位:万元). The three 公务用车购置及运行费 cells
    # (小计 / 购置费 / 运行费) are blank: not facts here (the narrative p. 21 states 0).
    (20, "three_public_total", "budget_initial", "867.50", "万元", "table"),
    (20, "three_public_outbound", "budget_initial", "839.00", "万元", "table"),
    (20, "three_public_reception", "budget_initial", "28.50", "万元", "table"),
    (20, "admin_operating_cost", "budget_initial", "213.28", "万元", "table"),

    # ---- p. 21, 其他相关情况说明 (万元).
    (21, "three_public_total", "budget_initial", "867.50", "万元", "narrative"),
    (21, "three_public_outbound", "budget_initial", "839", "万元", "narrative"),
    (21, "three_public_vehicle", "budget_initial", "0", "万元", "narrative"),
    (21, "three_public_vehicle_purchase", "budget_initial", "0", "万元", "narrative"),
    (21, "three_public_vehicle_operation", "budget_initial", "0", "万元", "narrative"),
    (21, "three_public_reception", "budget_initial", "28.50", "万元", "narrative"),
    (21, "admin_operating_cost", "budget_initial", "213.28", "万元", "narrative"),   # 财政拨款的机关运行经费预算
    (21, "procurement_total", "budget_initial", "34", "万元", "narrative"),
    (21, "procurement_goods", "budget_initial", "0", "万元", "narrative"),
    (21, "procurement_works", "budget_initial", "0", "万元", "narrative"),
    (21, "procurement_services", "budget_initial", "34", "万元", "narrative"),
    # 五、国有资产占有使用情况: "截至2024年8月31日，上海市普陀区人民政府办公室共有车辆0辆" (every category 0):
    # a count of vehicles held, not a budgeted figure: measure actual. ("2025年部门预算安排购置车辆0辆" is a
    # purchase count: left out.)
    (21, "vehicles_total", "actual", "0", "辆", "narrative"),
]
