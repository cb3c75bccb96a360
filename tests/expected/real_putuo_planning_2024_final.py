"""Facts of 上海市普陀区规划和自然资源局2024年度部门决算.pdf, read from the page images (not from parser output).

Read by a person from pdftoppm renderings (110-250 dpi) of every page; pdftotext was used only to find
things. All tables print 单位：万元. Pages 1-6 (cover, contents, 主要职能, 单位构成) carry no amounts;
pages 29-30 are the 名词解释 glossary. No staff counts (编制数 / 实有人数) are printed anywhere.

Oddities of the document (facts below are recorded exactly as printed, contradictions included):
- p7 收入支出决算总表 is titled "上海市规划和自然资源局2024年度部门决算表" (the 普陀区 is missing from
  the title); the cover and the 情况说明 print 上海市普陀区规划和自然资源局.
- 卫生健康支出: 236.63 in p7 总表, p12 财政拨款总表 and the p21 narrative, but 236.64 for code 210 in the
  p8 收入决算表, p10 支出决算表 and p14 一般公共预算财政拨款支出决算表 (its items 40.35 + 196.29 = 236.64).
  p12's class rows therefore add to 9746.49, not the printed 9746.50.
- 城乡社区支出: 3845.25 in p7 总表 but 3845.24 for code 212 in p11 支出决算表 (1105.68 + 2739.56).
- 2120101 行政运行 basic: 1096.91 in p11 支出决算表 (all funds) vs 1084.02 in p14 (general public budget),
  although the department's only revenue is 一般公共预算财政拨款 (9746.50) plus 112.88 carry-over.
- 基本支出: p14 一般公共预算财政拨款支出决算表 合计 prints 5364.75 basic, and the p16 basic table's
  人员经费合计 4884.09 + 公用经费合计 480.66 = 5364.75; but the p24 narrative says 一般公共预算财政拨款基本支出
  5377.64 (the all-funds figure of p10) with 人员经费 4896.98. So basic_personnel is 4884.09 (table) vs
  4896.98 (narrative). Also p16: 301 (4816.14) + 303 (67.96) = 4884.10, not the printed 4884.09; and the 302
  items add to 440.88 against the printed 440.90 (rounding).
- Narrative item names differ from the table names for the same amounts: item 5 "机关事业单位退休人员活动费支出（项）"
  0.88 is table row 2080599 其他行政事业单位养老支出; item 11 "其他国土资源事务支出（项）" 45.00 is table row
  2200199 其他自然资源事务支出; items 12/13 name the 款 "住房保障支出（款）" where the tables print 22102 住房改革支出.
- The p17 三公 table heads its budget columns plain 预算数; the p25 narrative calls the same 2.85 "年初预算",
  so they are recorded as budget_initial.
- pp18-19 政府性基金 / 国有资本经营 tables are empty, each with a 说明 that the department had no such money.
"""

SOURCE_FILE = "上海市普陀区规划和自然资源局2024年度部门决算.pdf"
SHA256 = "f2546b577801816586e9083cdbaa1e643e9e2476e7dc8bb82bfefc03ba798862"

DOCUMENT = dict(
    province="上海市",
    city=None,
    county="普陀区",
    department_printed="上海市普陀区规划和自然资源局",  # cover p1 (printed over two lines)
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="普陀区规划和自然资源局",
    admin_code="310107",
    fiscal_year=2024,
    doc_kind="final_accounts",
    budget_level=None,
    amount_unit_reported="万元",
)

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # --- p7 收入支出决算总表, expenditure side: class rows printed by name only (单位：万元, 决算数).
    # The ordinal prefix (八、 九、 …) is a list marker and is dropped from the name.
    (7, "function", None, "社会保障和就业支出", "expenditure", "total", "all_funds", "actual", "754.75", "万元", "table"),
    (7, "function", None, "卫生健康支出", "expenditure", "total", "all_funds", "actual", "236.63", "万元", "table"),
    (7, "function", None, "城乡社区支出", "expenditure", "total", "all_funds", "actual", "3845.25", "万元", "table"),
    (7, "function", None, "自然资源海洋气象等支出", "expenditure", "total", "all_funds", "actual", "4461.67", "万元", "table"),
    (7, "function", None, "住房保障支出", "expenditure", "total", "all_funds", "actual", "461.08", "万元", "table"),

    # --- pp8-9 收入决算表 (单位：万元): 本年收入合计 column (all funds), every coded row.
    (8, "function", "208", "社会保障和就业支出", "revenue", "total", "all_funds", "actual", "754.75", "万元", "table"),
    (8, "function", "20805", "行政事业单位养老支出", "revenue", "total", "all_funds", "actual", "754.75", "万元", "table"),
    (8, "function", "2080501", "行政单位离退休", "revenue", "total", "all_funds", "actual", "54.53", "万元", "table"),
    (8, "function", "2080502", "事业单位离退休", "revenue", "total", "all_funds", "actual", "28.11", "万元", "table"),
    (8, "function", "2080505", "机关事业单位基本养老保险缴费支出", "revenue", "total", "all_funds", "actual", "446.11", "万元", "table"),
    (8, "function", "2080506", "机关事业单位职业年金缴费支出", "revenue", "total", "all_funds", "actual", "225.12", "万元", "table"),
    (8, "function", "2080599", "其他行政事业单位养老支出", "revenue", "total", "all_funds", "actual", "0.88", "万元", "table"),
    (8, "function", "210", "卫生健康支出", "revenue", "total", "all_funds", "actual", "236.64", "万元", "table"),
    (8, "function", "21011", "行政事业单位医疗", "revenue", "total", "all_funds", "actual", "236.64", "万元", "table"),
    (8, "function", "2101101", "行政单位医疗", "revenue", "total", "all_funds", "actual", "40.35", "万元", "table"),
    (8, "function", "2101102", "事业单位医疗", "revenue", "total", "all_funds", "actual", "196.29", "万元", "table"),
    (9, "function", "212", "城乡社区支出", "revenue", "total", "all_funds", "actual", "3832.36", "万元", "table"),
    (9, "function", "21201", "城乡社区管理事务", "revenue", "total", "all_funds", "actual", "1092.80", "万元", "table"),
    (9, "function", "2120101", "行政运行", "revenue", "total", "all_funds", "actual", "1092.80", "万元", "table"),
    (9, "function", "21202", "城乡社区规划与管理", "revenue", "total", "all_funds", "actual", "2739.56", "万元", "table"),
    (9, "function", "2120201", "城乡社区规划与管理", "revenue", "total", "all_funds", "actual", "2739.56", "万元", "table"),
    (9, "function", "220", "自然资源海洋气象等支出", "revenue", "total", "all_funds", "actual", "4461.67", "万元", "table"),
    (9, "function", "22001", "自然资源事务", "revenue", "total", "all_funds", "actual", "4461.67", "万元", "table"),
    (9, "function", "2200150", "事业运行", "revenue", "total", "all_funds", "actual", "4416.67", "万元", "table"),
    (9, "function", "2200199", "其他自然资源事务支出", "revenue", "total", "all_funds", "actual", "45.00", "万元", "table"),
    (9, "function", "221", "住房保障支出", "revenue", "total", "all_funds", "actual", "461.08", "万元", "table"),
    (9, "function", "22102", "住房改革支出", "revenue", "total", "all_funds", "actual", "461.08", "万元", "table"),
    (9, "function", "2210201", "住房公积金", "revenue", "total", "all_funds", "actual", "289.59", "万元", "table"),
    (9, "function", "2210203", "购房补贴", "revenue", "total", "all_funds", "actual", "171.49", "万元", "table"),
    # 收入决算表 财政拨款收入 column (the 财政拨款 sum of the three fund scopes -> fiscal_allocation): it repeats
    # the 本年收入合计 column row for row; only the 类 rows are listed here. The other source columns
    # (上级补助, 事业, 经营, 附属单位上缴, 其他收入) are blank.
    (8, "function", "208", "社会保障和就业支出", "revenue", "total", "fiscal_allocation", "actual", "754.75", "万元", "table"),
    (8, "function", "210", "卫生健康支出", "revenue", "total", "fiscal_allocation", "actual", "236.64", "万元", "table"),
    (9, "function", "212", "城乡社区支出", "revenue", "total", "fiscal_allocation", "actual", "3832.36", "万元", "table"),
    (9, "function", "220", "自然资源海洋气象等支出", "revenue", "total", "fiscal_allocation", "actual", "4461.67", "万元", "table"),
    (9, "function", "221", "住房保障支出", "revenue", "total", "fiscal_allocation", "actual", "461.08", "万元", "table"),

    # --- pp10-11 支出决算表 (单位：万元): 本年支出合计 / 基本支出 / 项目支出, all funds.
    # 上缴上级支出, 经营支出, 对附属单位补助支出 columns are blank.
    (10, "function", "208", "社会保障和就业支出", "expenditure", "total", "all_funds", "actual", "754.75", "万元", "table"),
    (10, "function", "208", "社会保障和就业支出", "expenditure", "basic", "all_funds", "actual", "754.75", "万元", "table"),
    (10, "function", "208", "社会保障和就业支出", "expenditure", "project", "all_funds", "actual", "0.00", "万元", "table"),
    (10, "function", "20805", "行政事业单位养老支出", "expenditure", "total", "all_funds", "actual", "754.75", "万元", "table"),
    (10, "function", "20805", "行政事业单位养老支出", "expenditure", "basic", "all_funds", "actual", "754.75", "万元", "table"),
    (10, "function", "20805", "行政事业单位养老支出", "expenditure", "project", "all_funds", "actual", "0.00", "万元", "table"),
    (10, "function", "2080501", "行政单位离退休", "expenditure", "total", "all_funds", "actual", "54.53", "万元", "table"),
    (10, "function", "2080501", "行政单位离退休", "expenditure", "basic", "all_funds", "actual", "54.53", "万元", "table"),
    (10, "function", "2080501", "行政单位离退休", "expenditure", "project", "all_funds", "actual", "0.00", "万元", "table"),
    (10, "function", "2080502", "事业单位离退休", "expenditure", "total", "all_funds", "actual", "28.11", "万元", "table"),
    (10, "function", "2080502", "事业单位离退休", "expenditure", "basic", "all_funds", "actual", "28.11", "万元", "table"),
    (10, "function", "2080502", "事业单位离退休", "expenditure", "project", "all_funds", "actual", "0.00", "万元", "table"),
    (10, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "total", "all_funds", "actual", "446.11", "万元", "table"),
    (10, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "basic", "all_funds", "actual", "446.11", "万元", "table"),
    (10, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "project", "all_funds", "actual", "0.00", "万元", "table"),
    (10, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "total", "all_funds", "actual", "225.12", "万元", "table"),
    (10, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "basic", "all_funds", "actual", "225.12", "万元", "table"),
    (10, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "project", "all_funds", "actual", "0.00", "万元", "table"),
    (10, "function", "2080599", "其他行政事业单位养老支出", "expenditure", "total", "all_funds", "actual", "0.88", "万元", "table"),
    (10, "function", "2080599", "其他行政事业单位养老支出", "expenditure", "basic", "all_funds", "actual", "0.88", "万元", "table"),
    (10, "function", "2080599", "其他行政事业单位养老支出", "expenditure", "project", "all_funds", "actual", "0.00", "万元", "table"),
    (10, "function", "210", "卫生健康支出", "expenditure", "total", "all_funds", "actual", "236.64", "万元", "table"),
    (10, "function", "210", "卫生健康支出", "expenditure", "basic", "all_funds", "actual", "236.64", "万元", "table"),
    (10, "function", "210", "卫生健康支出", "expenditure", "project", "all_funds", "actual", "0.00", "万元", "table"),
    (10, "function", "21011", "行政事业单位医疗", "expenditure", "total", "all_funds", "actual", "236.64", "万元", "table"),
    (10, "function", "21011", "行政事业单位医疗", "expenditure", "basic", "all_funds", "actual", "236.64", "万元", "table"),
    (10, "function", "21011", "行政事业单位医疗", "expenditure", "project", "all_funds", "actual", "0.00", "万元", "table"),
    (10, "function", "2101101", "行政单位医疗", "expenditure", "total", "all_funds", "actual", "40.35", "万元", "table"),
    (10, "function", "2101101", "行政单位医疗", "expenditure", "basic", "all_funds", "actual", "40.35", "万元", "table"),
    (10, "function", "2101101", "行政单位医疗", "expenditure", "project", "all_funds", "actual", "0.00", "万元", "table"),
    (10, "function", "2101102", "事业单位医疗", "expenditure", "total", "all_funds", "actual", "196.29", "万元", "table"),
    (10, "function", "2101102", "事业单位医疗", "expenditure", "basic", "all_funds", "actual", "196.29", "万元", "table"),
    (10, "function", "2101102", "事业单位医疗", "expenditure", "project", "all_funds", "actual", "0.00", "万元", "table"),
    (11, "function", "212", "城乡社区支出", "expenditure", "total", "all_funds", "actual", "3845.24", "万元", "table"),
    (11, "function", "212", "城乡社区支出", "expenditure", "basic", "all_funds", "actual", "1585.59", "万元", "table"),
    (11, "function", "212", "城乡社区支出", "expenditure", "project", "all_funds", "actual", "2259.65", "万元", "table"),
    (11, "function", "21201", "城乡社区管理事务", "expenditure", "total", "all_funds", "actual", "1105.68", "万元", "table"),
    (11, "function", "21201", "城乡社区管理事务", "expenditure", "basic", "all_funds", "actual", "1096.91", "万元", "table"),
    (11, "function", "21201", "城乡社区管理事务", "expenditure", "project", "all_funds", "actual", "8.77", "万元", "table"),
    (11, "function", "2120101", "行政运行", "expenditure", "total", "all_funds", "actual", "1105.68", "万元", "table"),
    (11, "function", "2120101", "行政运行", "expenditure", "basic", "all_funds", "actual", "1096.91", "万元", "table"),
    (11, "function", "2120101", "行政运行", "expenditure", "project", "all_funds", "actual", "8.77", "万元", "table"),
    (11, "function", "21202", "城乡社区规划与管理", "expenditure", "total", "all_funds", "actual", "2739.56", "万元", "table"),
    (11, "function", "21202", "城乡社区规划与管理", "expenditure", "basic", "all_funds", "actual", "488.68", "万元", "table"),
    (11, "function", "21202", "城乡社区规划与管理", "expenditure", "project", "all_funds", "actual", "2250.88", "万元", "table"),
    (11, "function", "2120201", "城乡社区规划与管理", "expenditure", "total", "all_funds", "actual", "2739.56", "万元", "table"),
    (11, "function", "2120201", "城乡社区规划与管理", "expenditure", "basic", "all_funds", "actual", "488.68", "万元", "table"),
    (11, "function", "2120201", "城乡社区规划与管理", "expenditure", "project", "all_funds", "actual", "2250.88", "万元", "table"),
    (11, "function", "220", "自然资源海洋气象等支出", "expenditure", "total", "all_funds", "actual", "4461.67", "万元", "table"),
    (11, "function", "220", "自然资源海洋气象等支出", "expenditure", "basic", "all_funds", "actual", "2339.58", "万元", "table"),
    (11, "function", "220", "自然资源海洋气象等支出", "expenditure", "project", "all_funds", "actual", "2122.09", "万元", "table"),
    (11, "function", "22001", "自然资源事务", "expenditure", "total", "all_funds", "actual", "4461.67", "万元", "table"),
    (11, "function", "22001", "自然资源事务", "expenditure", "basic", "all_funds", "actual", "2339.58", "万元", "table"),
    (11, "function", "22001", "自然资源事务", "expenditure", "project", "all_funds", "actual", "2122.09", "万元", "table"),
    (11, "function", "2200150", "事业运行", "expenditure", "total", "all_funds", "actual", "4416.67", "万元", "table"),
    (11, "function", "2200150", "事业运行", "expenditure", "basic", "all_funds", "actual", "2339.58", "万元", "table"),
    (11, "function", "2200150", "事业运行", "expenditure", "project", "all_funds", "actual", "2077.09", "万元", "table"),
    (11, "function", "2200199", "其他自然资源事务支出", "expenditure", "total", "all_funds", "actual", "45.00", "万元", "table"),
    (11, "function", "2200199", "其他自然资源事务支出", "expenditure", "basic", "all_funds", "actual", "0.00", "万元", "table"),
    (11, "function", "2200199", "其他自然资源事务支出", "expenditure", "project", "all_funds", "actual", "45.00", "万元", "table"),
    (11, "function", "221", "住房保障支出", "expenditure", "total", "all_funds", "actual", "461.08", "万元", "table"),
    (11, "function", "221", "住房保障支出", "expenditure", "basic", "all_funds", "actual", "461.08", "万元", "table"),
    (11, "function", "221", "住房保障支出", "expenditure", "project", "all_funds", "actual", "0.00", "万元", "table"),
    (11, "function", "22102", "住房改革支出", "expenditure", "total", "all_funds", "actual", "461.08", "万元", "table"),
    (11, "function", "22102", "住房改革支出", "expenditure", "basic", "all_funds", "actual", "461.08", "万元", "table"),
    (11, "function", "22102", "住房改革支出", "expenditure", "project", "all_funds", "actual", "0.00", "万元", "table"),
    (11, "function", "2210201", "住房公积金", "expenditure", "total", "all_funds", "actual", "289.59", "万元", "table"),
    (11, "function", "2210201", "住房公积金", "expenditure", "basic", "all_funds", "actual", "289.59", "万元", "table"),
    (11, "function", "2210201", "住房公积金", "expenditure", "project", "all_funds", "actual", "0.00", "万元", "table"),
    (11, "function", "2210203", "购房补贴", "expenditure", "total", "all_funds", "actual", "171.49", "万元", "table"),
    (11, "function", "2210203", "购房补贴", "expenditure", "basic", "all_funds", "actual", "171.49", "万元", "table"),
    (11, "function", "2210203", "购房补贴", "expenditure", "project", "all_funds", "actual", "0.00", "万元", "table"),

    # --- pp12-13 财政拨款收入支出决算总表 (单位：万元), expenditure side: class rows by name only, columns
    # 合计 (fiscal_allocation) and 一般公共预算财政拨款 (general_public_budget); the 政府性基金 and 国有资本经营
    # columns are blank. Ordinal prefixes dropped from names.
    (12, "function", None, "社会保障和就业支出", "expenditure", "total", "fiscal_allocation", "actual", "754.75", "万元", "table"),
    (12, "function", None, "社会保障和就业支出", "expenditure", "total", "general_public_budget", "actual", "754.75", "万元", "table"),
    (12, "function", None, "卫生健康支出", "expenditure", "total", "fiscal_allocation", "actual", "236.63", "万元", "table"),
    (12, "function", None, "卫生健康支出", "expenditure", "total", "general_public_budget", "actual", "236.63", "万元", "table"),
    (12, "function", None, "城乡社区支出", "expenditure", "total", "fiscal_allocation", "actual", "3832.36", "万元", "table"),
    (12, "function", None, "城乡社区支出", "expenditure", "total", "general_public_budget", "actual", "3832.36", "万元", "table"),
    (13, "function", None, "自然资源海洋气象等支出", "expenditure", "total", "fiscal_allocation", "actual", "4461.67", "万元", "table"),
    (13, "function", None, "自然资源海洋气象等支出", "expenditure", "total", "general_public_budget", "actual", "4461.67", "万元", "table"),
    (13, "function", None, "住房保障支出", "expenditure", "total", "fiscal_allocation", "actual", "461.08", "万元", "table"),
    (13, "function", None, "住房保障支出", "expenditure", "total", "general_public_budget", "actual", "461.08", "万元", "table"),

    # --- pp14-15 一般公共预算财政拨款支出决算表 (单位：万元): 合计 / 基本支出 / 项目支出.
    (14, "function", "208", "社会保障和就业支出", "expenditure", "total", "general_public_budget", "actual", "754.75", "万元", "table"),
    (14, "function", "208", "社会保障和就业支出", "expenditure", "basic", "general_public_budget", "actual", "754.75", "万元", "table"),
    (14, "function", "208", "社会保障和就业支出", "expenditure", "project", "general_public_budget", "actual", "0.00", "万元", "table"),
    (14, "function", "20805", "行政事业单位养老支出", "expenditure", "total", "general_public_budget", "actual", "754.75", "万元", "table"),
    (14, "function", "20805", "行政事业单位养老支出", "expenditure", "basic", "general_public_budget", "actual", "754.75", "万元", "table"),
    (14, "function", "20805", "行政事业单位养老支出", "expenditure", "project", "general_public_budget", "actual", "0.00", "万元", "table"),
    (14, "function", "2080501", "行政单位离退休", "expenditure", "total", "general_public_budget", "actual", "54.53", "万元", "table"),
    (14, "function", "2080501", "行政单位离退休", "expenditure", "basic", "general_public_budget", "actual", "54.53", "万元", "table"),
    (14, "function", "2080501", "行政单位离退休", "expenditure", "project", "general_public_budget", "actual", "0.00", "万元", "table"),
    (14, "function", "2080502", "事业单位离退休", "expenditure", "total", "general_public_budget", "actual", "28.11", "万元", "table"),
    (14, "function", "2080502", "事业单位离退休", "expenditure", "basic", "general_public_budget", "actual", "28.11", "万元", "table"),
    (14, "function", "2080502", "事业单位离退休", "expenditure", "project", "general_public_budget", "actual", "0.00", "万元", "table"),
    (14, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "total", "general_public_budget", "actual", "446.11", "万元", "table"),
    (14, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "basic", "general_public_budget", "actual", "446.11", "万元", "table"),
    (14, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "project", "general_public_budget", "actual", "0.00", "万元", "table"),
    (14, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "total", "general_public_budget", "actual", "225.12", "万元", "table"),
    (14, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "basic", "general_public_budget", "actual", "225.12", "万元", "table"),
    (14, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "project", "general_public_budget", "actual", "0.00", "万元", "table"),
    (14, "function", "2080599", "其他行政事业单位养老支出", "expenditure", "total", "general_public_budget", "actual", "0.88", "万元", "table"),
    (14, "function", "2080599", "其他行政事业单位养老支出", "expenditure", "basic", "general_public_budget", "actual", "0.88", "万元", "table"),
    (14, "function", "2080599", "其他行政事业单位养老支出", "expenditure", "project", "general_public_budget", "actual", "0.00", "万元", "table"),
    (14, "function", "210", "卫生健康支出", "expenditure", "total", "general_public_budget", "actual", "236.64", "万元", "table"),
    (14, "function", "210", "卫生健康支出", "expenditure", "basic", "general_public_budget", "actual", "236.64", "万元", "table"),
    (14, "function", "210", "卫生健康支出", "expenditure", "project", "general_public_budget", "actual", "0.00", "万元", "table"),
    (14, "function", "21011", "行政事业单位医疗", "expenditure", "total", "general_public_budget", "actual", "236.64", "万元", "table"),
    (14, "function", "21011", "行政事业单位医疗", "expenditure", "basic", "general_public_budget", "actual", "236.64", "万元", "table"),
    (14, "function", "21011", "行政事业单位医疗", "expenditure", "project", "general_public_budget", "actual", "0.00", "万元", "table"),
    (14, "function", "2101101", "行政单位医疗", "expenditure", "total", "general_public_budget", "actual", "40.35", "万元", "table"),
    (14, "function", "2101101", "行政单位医疗", "expenditure", "basic", "general_public_budget", "actual", "40.35", "万元", "table"),
    (14, "function", "2101101", "行政单位医疗", "expenditure", "project", "general_public_budget", "actual", "0.00", "万元", "table"),
    (14, "function", "2101102", "事业单位医疗", "expenditure", "total", "general_public_budget", "actual", "196.29", "万元", "table"),
    (14, "function", "2101102", "事业单位医疗", "expenditure", "basic", "general_public_budget", "actual", "196.29", "万元", "table"),
    (14, "function", "2101102", "事业单位医疗", "expenditure", "project", "general_public_budget", "actual", "0.00", "万元", "table"),
    (14, "function", "212", "城乡社区支出", "expenditure", "total", "general_public_budget", "actual", "3832.36", "万元", "table"),
    (14, "function", "212", "城乡社区支出", "expenditure", "basic", "general_public_budget", "actual", "1572.70", "万元", "table"),
    (14, "function", "212", "城乡社区支出", "expenditure", "project", "general_public_budget", "actual", "2259.65", "万元", "table"),
    (14, "function", "21201", "城乡社区管理事务", "expenditure", "total", "general_public_budget", "actual", "1092.80", "万元", "table"),
    (14, "function", "21201", "城乡社区管理事务", "expenditure", "basic", "general_public_budget", "actual", "1084.02", "万元", "table"),
    (14, "function", "21201", "城乡社区管理事务", "expenditure", "project", "general_public_budget", "actual", "8.77", "万元", "table"),
    (14, "function", "2120101", "行政运行", "expenditure", "total", "general_public_budget", "actual", "1092.80", "万元", "table"),
    (14, "function", "2120101", "行政运行", "expenditure", "basic", "general_public_budget", "actual", "1084.02", "万元", "table"),
    (14, "function", "2120101", "行政运行", "expenditure", "project", "general_public_budget", "actual", "8.77", "万元", "table"),
    (14, "function", "21202", "城乡社区规划与管理", "expenditure", "total", "general_public_budget", "actual", "2739.56", "万元", "table"),
    (14, "function", "21202", "城乡社区规划与管理", "expenditure", "basic", "general_public_budget", "actual", "488.68", "万元", "table"),
    (14, "function", "21202", "城乡社区规划与管理", "expenditure", "project", "general_public_budget", "actual", "2250.88", "万元", "table"),
    (14, "function", "2120201", "城乡社区规划与管理", "expenditure", "total", "general_public_budget", "actual", "2739.56", "万元", "table"),
    (14, "function", "2120201", "城乡社区规划与管理", "expenditure", "basic", "general_public_budget", "actual", "488.68", "万元", "table"),
    (14, "function", "2120201", "城乡社区规划与管理", "expenditure", "project", "general_public_budget", "actual", "2250.88", "万元", "table"),
    (14, "function", "220", "自然资源海洋气象等支出", "expenditure", "total", "general_public_budget", "actual", "4461.67", "万元", "table"),
    (14, "function", "220", "自然资源海洋气象等支出", "expenditure", "basic", "general_public_budget", "actual", "2339.58", "万元", "table"),
    (14, "function", "220", "自然资源海洋气象等支出", "expenditure", "project", "general_public_budget", "actual", "2122.09", "万元", "table"),
    (14, "function", "22001", "自然资源事务", "expenditure", "total", "general_public_budget", "actual", "4461.67", "万元", "table"),
    (14, "function", "22001", "自然资源事务", "expenditure", "basic", "general_public_budget", "actual", "2339.58", "万元", "table"),
    (14, "function", "22001", "自然资源事务", "expenditure", "project", "general_public_budget", "actual", "2122.09", "万元", "table"),
    (14, "function", "2200150", "事业运行", "expenditure", "total", "general_public_budget", "actual", "4416.67", "万元", "table"),
    (14, "function", "2200150", "事业运行", "expenditure", "basic", "general_public_budget", "actual", "2339.58", "万元", "table"),
    (14, "function", "2200150", "事业运行", "expenditure", "project", "general_public_budget", "actual", "2077.09", "万元", "table"),
    (14, "function", "2200199", "其他自然资源事务支出", "expenditure", "total", "general_public_budget", "actual", "45.00", "万元", "table"),
    (14, "function", "2200199", "其他自然资源事务支出", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (14, "function", "2200199", "其他自然资源事务支出", "expenditure", "project", "general_public_budget", "actual", "45.00", "万元", "table"),
    (14, "function", "221", "住房保障支出", "expenditure", "total", "general_public_budget", "actual", "461.08", "万元", "table"),
    (14, "function", "221", "住房保障支出", "expenditure", "basic", "general_public_budget", "actual", "461.08", "万元", "table"),
    (14, "function", "221", "住房保障支出", "expenditure", "project", "general_public_budget", "actual", "0.00", "万元", "table"),
    (15, "function", "22102", "住房改革支出", "expenditure", "total", "general_public_budget", "actual", "461.08", "万元", "table"),
    (15, "function", "22102", "住房改革支出", "expenditure", "basic", "general_public_budget", "actual", "461.08", "万元", "table"),
    (15, "function", "22102", "住房改革支出", "expenditure", "project", "general_public_budget", "actual", "0.00", "万元", "table"),
    (15, "function", "2210201", "住房公积金", "expenditure", "total", "general_public_budget", "actual", "289.59", "万元", "table"),
    (15, "function", "2210201", "住房公积金", "expenditure", "basic", "general_public_budget", "actual", "289.59", "万元", "table"),
    (15, "function", "2210201", "住房公积金", "expenditure", "project", "general_public_budget", "actual", "0.00", "万元", "table"),
    (15, "function", "2210203", "购房补贴", "expenditure", "total", "general_public_budget", "actual", "171.49", "万元", "table"),
    (15, "function", "2210203", "购房补贴", "expenditure", "basic", "general_public_budget", "actual", "171.49", "万元", "table"),
    (15, "function", "2210203", "购房补贴", "expenditure", "project", "general_public_budget", "actual", "0.00", "万元", "table"),
    # p15 合计 row (9746.50 / 5364.75 / 4381.74) is general-public-budget only: it is not the all-funds
    # expenditure_total / expenditure_basic (9759.38 / 5377.64 on p10), and no metric carries a fund scope,
    # so it is left out.

    # --- p16 一般公共预算财政拨款基本支出决算表 (单位：万元, 决算数): every printed row, zeros included.
    (16, "economic", "301", "工资福利支出", "expenditure", "basic", "general_public_budget", "actual", "4816.14", "万元", "table"),
    (16, "economic", "30101", "基本工资", "expenditure", "basic", "general_public_budget", "actual", "537.64", "万元", "table"),
    (16, "economic", "30102", "津贴补贴", "expenditure", "basic", "general_public_budget", "actual", "987.86", "万元", "table"),
    (16, "economic", "30103", "奖金", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30106", "伙食补助费", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30107", "绩效工资", "expenditure", "basic", "general_public_budget", "actual", "1594.02", "万元", "table"),
    (16, "economic", "30108", "机关事业单位基本养老保险缴费", "expenditure", "basic", "general_public_budget", "actual", "446.11", "万元", "table"),
    (16, "economic", "30109", "职业年金缴费", "expenditure", "basic", "general_public_budget", "actual", "225.12", "万元", "table"),
    (16, "economic", "30110", "职工基本医疗保险缴费", "expenditure", "basic", "general_public_budget", "actual", "236.63", "万元", "table"),
    (16, "economic", "30111", "公务员医疗补助缴费", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30112", "其他社会保障缴费", "expenditure", "basic", "general_public_budget", "actual", "17.94", "万元", "table"),
    (16, "economic", "30113", "住房公积金", "expenditure", "basic", "general_public_budget", "actual", "289.59", "万元", "table"),
    (16, "economic", "30114", "医疗费", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30199", "其他工资福利支出", "expenditure", "basic", "general_public_budget", "actual", "481.23", "万元", "table"),
    (16, "economic", "303", "对个人和家庭的补助", "expenditure", "basic", "general_public_budget", "actual", "67.96", "万元", "table"),
    (16, "economic", "30301", "离休费", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30302", "退休费", "expenditure", "basic", "general_public_budget", "actual", "67.96", "万元", "table"),
    (16, "economic", "30303", "退职（役）费", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30304", "抚恤金", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30305", "生活补助", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30306", "救济费", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30307", "医疗费补助", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30308", "助学金", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30309", "奖励金", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30310", "个人农业生产补贴", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30311", "代缴社会保险费", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30399", "其他对个人和家庭的补助", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "302", "商品和服务支出", "expenditure", "basic", "general_public_budget", "actual", "440.90", "万元", "table"),
    (16, "economic", "30201", "办公费", "expenditure", "basic", "general_public_budget", "actual", "84.62", "万元", "table"),
    (16, "economic", "30202", "印刷费", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30203", "咨询费", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30204", "手续费", "expenditure", "basic", "general_public_budget", "actual", "0.08", "万元", "table"),
    (16, "economic", "30205", "水费", "expenditure", "basic", "general_public_budget", "actual", "0.92", "万元", "table"),
    (16, "economic", "30206", "电费", "expenditure", "basic", "general_public_budget", "actual", "18.86", "万元", "table"),
    (16, "economic", "30207", "邮电费", "expenditure", "basic", "general_public_budget", "actual", "8.05", "万元", "table"),
    (16, "economic", "30208", "取暖费", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30209", "物业管理费", "expenditure", "basic", "general_public_budget", "actual", "82.20", "万元", "table"),
    (16, "economic", "30211", "差旅费", "expenditure", "basic", "general_public_budget", "actual", "1.50", "万元", "table"),
    (16, "economic", "30212", "因公出国（境）费用", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30213", "维修（护）费", "expenditure", "basic", "general_public_budget", "actual", "29.65", "万元", "table"),
    (16, "economic", "30214", "租赁费", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30215", "会议费", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30216", "培训费", "expenditure", "basic", "general_public_budget", "actual", "1.21", "万元", "table"),
    (16, "economic", "30217", "公务接待费", "expenditure", "basic", "general_public_budget", "actual", "0.39", "万元", "table"),
    (16, "economic", "30218", "专用材料费", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30224", "被装购置费", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30225", "专用燃料费", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30226", "劳务费", "expenditure", "basic", "general_public_budget", "actual", "2.40", "万元", "table"),
    (16, "economic", "30227", "委托业务费", "expenditure", "basic", "general_public_budget", "actual", "19.16", "万元", "table"),
    (16, "economic", "30228", "工会经费", "expenditure", "basic", "general_public_budget", "actual", "56.29", "万元", "table"),
    (16, "economic", "30229", "福利费", "expenditure", "basic", "general_public_budget", "actual", "73.19", "万元", "table"),
    (16, "economic", "30231", "公务用车运行维护费", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30239", "其他交通费用", "expenditure", "basic", "general_public_budget", "actual", "33.50", "万元", "table"),
    (16, "economic", "30240", "税金及附加费用", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "30299", "其他商品和服务支出", "expenditure", "basic", "general_public_budget", "actual", "28.86", "万元", "table"),
    (16, "economic", "310", "资本性支出", "expenditure", "basic", "general_public_budget", "actual", "39.76", "万元", "table"),
    (16, "economic", "31001", "房屋建筑物购建", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "31002", "办公设备购置", "expenditure", "basic", "general_public_budget", "actual", "39.76", "万元", "table"),
    (16, "economic", "31003", "专用设备购置", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "31007", "信息网络及软件购置更新", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "31013", "公务用车购置", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "31019", "其他交通工具购置", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "31021", "文物和陈列品购置", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "31022", "无形资产购置", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),
    (16, "economic", "31099", "其他资本性支出", "expenditure", "basic", "general_public_budget", "actual", "0.00", "万元", "table"),

    # --- p21 五（二）一般公共预算财政拨款支出决算结构情况: class amounts named by （类） only (决算数).
    (21, "function", None, "社会保障和就业支出", "expenditure", "total", "general_public_budget", "actual", "754.75", "万元", "narrative"),
    (21, "function", None, "卫生健康支出", "expenditure", "total", "general_public_budget", "actual", "236.63", "万元", "narrative"),
    (21, "function", None, "城乡社区支出", "expenditure", "total", "general_public_budget", "actual", "3832.36", "万元", "narrative"),
    (21, "function", None, "自然资源海洋气象等支出", "expenditure", "total", "general_public_budget", "actual", "4461.67", "万元", "narrative"),
    (21, "function", None, "住房保障支出", "expenditure", "total", "general_public_budget", "actual", "461.08", "万元", "narrative"),

    # --- pp21-24 五（三）一般公共预算财政拨款支出决算具体情况: items 1-13, “（类）…（款）…（项）” names without
    # codes; name = the （项） name as printed there; 年初预算为 -> budget_initial, 支出决算为 -> actual.
    # Page = the page where the two amounts are printed.
    (21, "function", None, "行政单位离退休", "expenditure", "total", "general_public_budget", "budget_initial", "54.53", "万元", "narrative"),
    (21, "function", None, "行政单位离退休", "expenditure", "total", "general_public_budget", "actual", "54.53", "万元", "narrative"),
    (22, "function", None, "事业单位离退休", "expenditure", "total", "general_public_budget", "budget_initial", "28.11", "万元", "narrative"),
    (22, "function", None, "事业单位离退休", "expenditure", "total", "general_public_budget", "actual", "28.11", "万元", "narrative"),
    (22, "function", None, "机关事业单位基本养老保险缴费支出", "expenditure", "total", "general_public_budget", "budget_initial", "452.40", "万元", "narrative"),
    (22, "function", None, "机关事业单位基本养老保险缴费支出", "expenditure", "total", "general_public_budget", "actual", "446.11", "万元", "narrative"),
    (22, "function", None, "机关事业单位职业年金缴费支出", "expenditure", "total", "general_public_budget", "budget_initial", "226.25", "万元", "narrative"),
    (22, "function", None, "机关事业单位职业年金缴费支出", "expenditure", "total", "general_public_budget", "actual", "225.12", "万元", "narrative"),
    # item 5: the tables print this 0.88 as 2080599 其他行政事业单位养老支出
    (22, "function", None, "机关事业单位退休人员活动费支出", "expenditure", "total", "general_public_budget", "budget_initial", "0.88", "万元", "narrative"),
    (22, "function", None, "机关事业单位退休人员活动费支出", "expenditure", "total", "general_public_budget", "actual", "0.88", "万元", "narrative"),
    (22, "function", None, "行政单位医疗", "expenditure", "total", "general_public_budget", "budget_initial", "42.73", "万元", "narrative"),
    (22, "function", None, "行政单位医疗", "expenditure", "total", "general_public_budget", "actual", "40.35", "万元", "narrative"),
    (23, "function", None, "事业单位医疗", "expenditure", "total", "general_public_budget", "budget_initial", "196.40", "万元", "narrative"),
    (23, "function", None, "事业单位医疗", "expenditure", "total", "general_public_budget", "actual", "196.29", "万元", "narrative"),
    (23, "function", None, "行政运行", "expenditure", "total", "general_public_budget", "budget_initial", "1115.48", "万元", "narrative"),
    (23, "function", None, "行政运行", "expenditure", "total", "general_public_budget", "actual", "1092.80", "万元", "narrative"),
    (23, "function", None, "城乡社区规划与管理", "expenditure", "total", "general_public_budget", "budget_initial", "3110.14", "万元", "narrative"),
    (23, "function", None, "城乡社区规划与管理", "expenditure", "total", "general_public_budget", "actual", "2739.56", "万元", "narrative"),
    (23, "function", None, "事业运行", "expenditure", "total", "general_public_budget", "budget_initial", "4477.33", "万元", "narrative"),
    (23, "function", None, "事业运行", "expenditure", "total", "general_public_budget", "actual", "4416.67", "万元", "narrative"),
    # item 11: the tables print this 45.00 as 2200199 其他自然资源事务支出
    (24, "function", None, "其他国土资源事务支出", "expenditure", "total", "general_public_budget", "budget_initial", "45.00", "万元", "narrative"),
    (24, "function", None, "其他国土资源事务支出", "expenditure", "total", "general_public_budget", "actual", "45.00", "万元", "narrative"),
    (24, "function", None, "住房公积金", "expenditure", "total", "general_public_budget", "budget_initial", "289.59", "万元", "narrative"),
    (24, "function", None, "住房公积金", "expenditure", "total", "general_public_budget", "actual", "289.59", "万元", "narrative"),
    (24, "function", None, "购房补贴", "expenditure", "total", "general_public_budget", "budget_initial", "171.49", "万元", "narrative"),
    (24, "function", None, "购房补贴", "expenditure", "total", "general_public_budget", "actual", "171.49", "万元", "narrative"),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # --- p7 收入支出决算总表 (单位：万元, 决算数). Blank rows (政府性基金, 国有资本经营, 上级补助, 事业, 经营,
    # 附属单位上缴, 其他收入, 使用非财政拨款结余, 结余分配) are not facts. 总计 9859.38 is printed on both sides.
    (7, "revenue_general_budget", "actual", "9746.50", "万元", "table"),
    (7, "revenue_total", "actual", "9746.50", "万元", "table"),
    (7, "carryover_begin", "actual", "112.88", "万元", "table"),
    (7, "expenditure_total", "actual", "9759.38", "万元", "table"),
    (7, "carryover_end", "actual", "100.00", "万元", "table"),
    (7, "grand_total", "actual", "9859.38", "万元", "table"),

    # --- p8 收入决算表 合计 row: 本年收入合计 9746.50 (= revenue_total above), 财政拨款收入 9746.50.
    (8, "revenue_fiscal", "actual", "9746.50", "万元", "table"),

    # --- p10 支出决算表 合计 row (all funds).
    (10, "expenditure_basic", "actual", "5377.64", "万元", "table"),
    (10, "expenditure_project", "actual", "4381.74", "万元", "table"),

    # --- pp12-13 财政拨款收入支出决算总表. Its 本年支出合计 (9746.50, fiscal money only) is not the all-funds
    # expenditure_total (9759.38), so it is left out; 年初/年末财政拨款结转和结余 rows are blank.
    (12, "revenue_general_budget", "actual", "9746.50", "万元", "table"),
    (13, "fiscal_grand_total", "actual", "9746.50", "万元", "table"),

    # --- p16 一般公共预算财政拨款基本支出决算表: 人员经费合计 / 公用经费合计.
    (16, "basic_personnel", "actual", "4884.09", "万元", "table"),
    (16, "basic_public", "actual", "480.66", "万元", "table"),

    # --- p17 财政拨款“三公”经费支出决算表: columns headed 预算数 / 决算数. The table's 预算数 says
    # neither 年初 nor 调整: measure `budget` (the narrative, p25, calls the same 2.85 年初预算,
    # and its sentences carry budget_initial).
    (17, "three_public_total", "budget", "2.85", "万元", "table"),
    (17, "three_public_total", "actual", "0.39", "万元", "table"),
    (17, "three_public_outbound", "budget", "0.00", "万元", "table"),
    (17, "three_public_outbound", "actual", "0.00", "万元", "table"),
    (17, "three_public_vehicle", "budget", "0.00", "万元", "table"),
    (17, "three_public_vehicle", "actual", "0.00", "万元", "table"),
    (17, "three_public_vehicle_purchase", "budget", "0.00", "万元", "table"),
    (17, "three_public_vehicle_purchase", "actual", "0.00", "万元", "table"),
    (17, "three_public_vehicle_operation", "budget", "0.00", "万元", "table"),
    (17, "three_public_vehicle_operation", "actual", "0.00", "万元", "table"),
    (17, "three_public_reception", "budget", "2.85", "万元", "table"),
    (17, "three_public_reception", "actual", "0.39", "万元", "table"),

    # --- p20 情况说明 一、二、三、四. (Year-on-year changes such as 增加1062.85 fit no metric.)
    (20, "grand_total", "actual", "9859.38", "万元", "narrative"),
    (20, "revenue_total", "actual", "9746.50", "万元", "narrative"),
    (20, "revenue_fiscal", "actual", "9746.50", "万元", "narrative"),
    (20, "expenditure_total", "actual", "9759.38", "万元", "narrative"),
    (20, "expenditure_basic", "actual", "5377.64", "万元", "narrative"),
    (20, "expenditure_project", "actual", "4381.74", "万元", "narrative"),
    (20, "fiscal_grand_total", "actual", "9746.50", "万元", "narrative"),
    # p21 一般公共预算财政拨款支出 9746.50 (决算) and 年初预算为 10210.34 are general-public-budget spending
    # totals; no metric has that scope (expenditure_total is all funds, 9759.38), so both are left out.

    # --- p24 六、一般公共预算财政拨款基本支出决算情况说明: 基本支出 5377.64 (same value as expenditure_basic on
    # p20, not repeated); 人员经费 4896.98 contradicts the p16 table's 4884.09; 公用经费 480.66 agrees.
    (24, "basic_personnel", "actual", "4896.98", "万元", "narrative"),
    (24, "basic_public", "actual", "480.66", "万元", "narrative"),

    # --- p25-26 七、“三公”经费 sentences (年初预算 -> budget_initial, 决算 -> actual). The same 0.00 / 0.39
    # figures are repeated in 七（二） on p25-26 and are not listed twice.
    (25, "three_public_total", "budget_initial", "2.85", "万元", "narrative"),
    (25, "three_public_total", "actual", "0.39", "万元", "narrative"),
    (25, "three_public_outbound", "actual", "0.00", "万元", "narrative"),
    (25, "three_public_vehicle", "actual", "0.00", "万元", "narrative"),
    (25, "three_public_reception", "actual", "0.39", "万元", "narrative"),
    (26, "three_public_vehicle_purchase", "actual", "0.00", "万元", "narrative"),
    (26, "three_public_vehicle_operation", "actual", "0.00", "万元", "narrative"),
    (26, "reception_batches", "actual", "2", "批次", "narrative"),  # 列明公务接待2批次、26人次
    (26, "reception_people", "actual", "26", "人次", "narrative"),

    # --- p27 十一（一）机关运行经费, （二）政府采购 (以合同签订为准). The 中小企业/小微企业 reserved amounts
    # (225.10, 164.87) fit no metric and are left out.
    (27, "admin_operating_cost", "actual", "142.80", "万元", "narrative"),
    (27, "procurement_total", "actual", "2319.21", "万元", "narrative"),
    (27, "procurement_goods", "actual", "122.43", "万元", "narrative"),
    (27, "procurement_works", "actual", "1387.72", "万元", "narrative"),
    (27, "procurement_services", "actual", "809.07", "万元", "narrative"),

    # --- p28 十一（三）国有资产: 共有车辆 0 辆 (p26 also prints 公务用车保有量为 0 辆; same figure, listed once).
    (28, "vehicles_total", "actual", "0", "辆", "narrative"),
]
