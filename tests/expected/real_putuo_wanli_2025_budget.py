"""Facts of 上海市普陀区人民政府万里街道办事处25年预算.pdf, read from the page images (not from parser output).

The 2025 department budget (区级部门预算) of 上海市普陀区人民政府万里街道办事处 (31 pages): cover p1, 目录 p2,
主要职能 p3, 机构设置 p4, 名词解释 p5, 部门预算编制说明 p6-8, the nine 部门预算表 p9-29, 其他相关情况说明 p30,
项目经费情况说明 p31. Pages were rendered with pdftoppm at 110 dpi (150 dpi for pp. 27-29) and every value below
was read off the image. Tables (pp. 9-28) print 单位：元 with no decimals; the 三公 table (p. 29) prints 单位:万元;
the narrative (pp. 6-8, 30) speaks in 万元.

Oddities noticed while reading:
- 212 01 城乡社区管理事务 prints 94,995,790 in its 合计 column (pp. 12, 17, 23), although its 项 rows
  (17,887,739 + 17,464,243 + 6,522,681 + 53,121,126) and its 基本 77,381,546 + 项目 17,614,243 both add to
  94,995,789, and the class total 212 城乡社区支出 154,369,326 agrees with 94,995,789. Recorded as printed.
- Narrative item 21 (p. 7) names “卫生健康支出（类）卫生健康支出（款）计划生育事务（项）” 20.00万元, whereas the tables
  print 210 07 计划生育事务 (款) / 210 07 17 计划生育服务 (项), 200,000 元. Recorded under the last level as printed
  ("计划生育事务").
- p4 says the budget covers "万里街道本部以及下属 5 家预算单位" but then lists six units (行政单位1家，参公单位1家，
  事业单位4家); p30 speaks of "下属1家机关和1家参公事业单位" and "本部门3个预算单位" (绩效目标). Unit counts have no metric.
- pp. 25-26 (政府性基金 / 国有资本经营 function tables) are empty, with the note "故本表为空表": no rows.
- The economic table (pp. 27-28) prints every 款 code with its leading zero (no malformed codes this year).
- No 上年预算数 / 上年执行数 column is printed anywhere and no sentence states a 2024 figure itself (only changes:
  "比2024年预算增加3,355.65万元", "比2024年预算减少10万元", "持平"), so there are no prior_year_* facts.
- No staff numbers (编制数 / 实有人数 / 离退休人数) are printed anywhere.

Left out (no metric fits): "一般公共预算拨款支出预算18,976.76万元", "政府性基金拨款支出预算0.00万元",
"国有资本经营预算拨款支出预算0.00万元" (expenditure-by-fund figures, p6); 中小企业预留 1928.48万元 / 小微企业 1349.94万元,
绩效目标 49个项目 8825.98万元, 2025年预算安排购置车辆1辆, 单价100万元以上设备 0台（套） (p30); p31 quarterly 用款计划
15万元 ×4 and the building's areas. Narrative items whose 项 is "一般行政管理事务" (items 2-6 under 群众团体/组织/宣传/
统战/市场监督管理事务, 18 under 红十字事业, 25 under 城乡社区管理事务) are left out: without codes they would share one
name and clash.
"""

SOURCE_FILE = "上海市普陀区人民政府万里街道办事处25年预算.pdf"
SHA256 = "80009d59316549fb20db41e05b4f1eb15491e8be1661d5669bd0e5b1fd88d8cd"

DOCUMENT = dict(
    province="上海市",
    city=None,
    county="普陀区",
    department_printed="上海市普陀区人民政府万里街道办事处",  # cover p1 "预算主管部门：…"; 编制部门 lines pp. 9-29
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="普陀区人民政府万里街道办事处",
    admin_code="310107",
    fiscal_year=2025,
    doc_kind="budget",
    budget_level="department",
    amount_unit_reported="元",
)

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # --- p9 2025年部门财务收支预算总表 (元), 本年支出 side: class rows print no code.
    (9, "function", None, "一般公共服务支出", "expenditure", "total", "all_funds", "budget_initial", "3296600", "元", "table"),
    (9, "function", None, "公共安全支出", "expenditure", "total", "all_funds", "budget_initial", "2878025", "元", "table"),
    (9, "function", None, "教育支出", "expenditure", "total", "all_funds", "budget_initial", "250000", "元", "table"),
    (9, "function", None, "科学技术支出", "expenditure", "total", "all_funds", "budget_initial", "100000", "元", "table"),
    (9, "function", None, "文化旅游体育与传媒支出", "expenditure", "total", "all_funds", "budget_initial", "200000", "元", "table"),
    (9, "function", None, "社会保障和就业支出", "expenditure", "total", "all_funds", "budget_initial", "16091895", "元", "table"),
    (9, "function", None, "卫生健康支出", "expenditure", "total", "all_funds", "budget_initial", "3216973", "元", "table"),
    (9, "function", None, "城乡社区支出", "expenditure", "total", "all_funds", "budget_initial", "154369326", "元", "table"),
    (9, "function", None, "住房保障支出", "expenditure", "total", "all_funds", "budget_initial", "9364732", "元", "table"),

    # --- p19 2025年部门财政拨款收支预算总表 (元), 财政拨款支出 side: class rows without codes. 合计 column =
    # fiscal_allocation; 一般公共预算 column = general_public_budget (政府性基金预算 / 国有资本经营预算 columns blank).
    (19, "function", None, "一般公共服务支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "3296600", "元", "table"),
    (19, "function", None, "公共安全支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "2878025", "元", "table"),
    (19, "function", None, "教育支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "250000", "元", "table"),
    (19, "function", None, "科学技术支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "100000", "元", "table"),
    (19, "function", None, "文化旅游体育与传媒支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "200000", "元", "table"),
    (19, "function", None, "社会保障和就业支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "16091895", "元", "table"),
    (19, "function", None, "卫生健康支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "3216973", "元", "table"),
    (19, "function", None, "城乡社区支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "154369326", "元", "table"),
    (19, "function", None, "住房保障支出", "expenditure", "total", "fiscal_allocation", "budget_initial", "9364732", "元", "table"),
    (19, "function", None, "一般公共服务支出", "expenditure", "total", "general_public_budget", "budget_initial", "3296600", "元", "table"),
    (19, "function", None, "社会保障和就业支出", "expenditure", "total", "general_public_budget", "budget_initial", "16091895", "元", "table"),
    (19, "function", None, "城乡社区支出", "expenditure", "total", "general_public_budget", "budget_initial", "154369326", "元", "table"),

    # --- pp. 10-13 2025年部门收入预算总表 (元; pp. 11-13 continue without a header). 合计 column (all_funds) ...
    (10, "function", "201", "一般公共服务支出", "revenue", "total", "all_funds", "budget_initial", "3296600", "元", "table"),
    (10, "function", "2010507", "专项普查活动", "revenue", "total", "all_funds", "budget_initial", "438300", "元", "table"),
    (10, "function", "2012902", "一般行政管理事务", "revenue", "total", "all_funds", "budget_initial", "422900", "元", "table"),
    (11, "function", "204", "公共安全支出", "revenue", "total", "all_funds", "budget_initial", "2878025", "元", "table"),
    (11, "function", "2049999", "其他公共安全支出", "revenue", "total", "all_funds", "budget_initial", "2578025", "元", "table"),
    (11, "function", "208", "社会保障和就业支出", "revenue", "total", "all_funds", "budget_initial", "16091895", "元", "table"),
    (11, "function", "2080505", "机关事业单位基本养老保险缴费支出", "revenue", "total", "all_funds", "budget_initial", "4827156", "元", "table"),
    (12, "function", "210", "卫生健康支出", "revenue", "total", "all_funds", "budget_initial", "3216973", "元", "table"),
    (12, "function", "2101102", "事业单位医疗", "revenue", "total", "all_funds", "budget_initial", "1548033", "元", "table"),
    (12, "function", "21201", "城乡社区管理事务", "revenue", "total", "all_funds", "budget_initial", "94995790", "元", "table"),
    (13, "function", "2129999", "其他城乡社区支出", "revenue", "total", "all_funds", "budget_initial", "52348937", "元", "table"),
    (13, "function", "221", "住房保障支出", "revenue", "total", "all_funds", "budget_initial", "9364732", "元", "table"),
    (13, "function", "2210203", "购房补贴", "revenue", "total", "all_funds", "budget_initial", "3340800", "元", "table"),
    # ... and its 财政拨款收入 column (fiscal_allocation). 事业收入 / 事业单位经营收入 / 其他收入 print 0 on every row
    # (their 合计-row zeros are METRICS below).
    (10, "function", "201", "一般公共服务支出", "revenue", "total", "fiscal_allocation", "budget_initial", "3296600", "元", "table"),
    (11, "function", "208", "社会保障和就业支出", "revenue", "total", "fiscal_allocation", "budget_initial", "16091895", "元", "table"),
    (12, "function", "2120101", "行政运行", "revenue", "total", "fiscal_allocation", "budget_initial", "17887739", "元", "table"),
    (13, "function", "2210201", "住房公积金", "revenue", "total", "fiscal_allocation", "budget_initial", "3846732", "元", "table"),

    # --- pp. 14-18 2025年部门支出预算总表 (元; pp. 15-18 continue without a header), all_funds:
    # 合计 / 基本支出 / 项目支出.
    (14, "function", "201", "一般公共服务支出", "expenditure", "total", "all_funds", "budget_initial", "3296600", "元", "table"),
    (14, "function", "201", "一般公共服务支出", "expenditure", "basic", "all_funds", "budget_initial", "0", "元", "table"),
    (14, "function", "201", "一般公共服务支出", "expenditure", "project", "all_funds", "budget_initial", "3296600", "元", "table"),
    (15, "function", "2013802", "一般行政管理事务", "expenditure", "total", "all_funds", "budget_initial", "135300", "元", "table"),
    (15, "function", "204", "公共安全支出", "expenditure", "total", "all_funds", "budget_initial", "2878025", "元", "table"),
    (15, "function", "2040607", "公共法律服务", "expenditure", "project", "all_funds", "budget_initial", "300000", "元", "table"),
    (15, "function", "208", "社会保障和就业支出", "expenditure", "total", "all_funds", "budget_initial", "16091895", "元", "table"),
    (15, "function", "208", "社会保障和就业支出", "expenditure", "basic", "all_funds", "budget_initial", "13755695", "元", "table"),
    (15, "function", "208", "社会保障和就业支出", "expenditure", "project", "all_funds", "budget_initial", "2336200", "元", "table"),
    (15, "function", "2080501", "行政单位离退休", "expenditure", "basic", "all_funds", "budget_initial", "259320", "元", "table"),
    (16, "function", "2080506", "机关事业单位职业年金缴费支出", "expenditure", "basic", "all_funds", "budget_initial", "2413577", "元", "table"),
    (16, "function", "20807", "就业补助", "expenditure", "project", "all_funds", "budget_initial", "582800", "元", "table"),
    (16, "function", "20899", "其他社会保障和就业支出", "expenditure", "total", "all_funds", "budget_initial", "7574422", "元", "table"),
    (16, "function", "20899", "其他社会保障和就业支出", "expenditure", "basic", "all_funds", "budget_initial", "6166222", "元", "table"),
    (16, "function", "20899", "其他社会保障和就业支出", "expenditure", "project", "all_funds", "budget_initial", "1408200", "元", "table"),
    (16, "function", "210", "卫生健康支出", "expenditure", "basic", "all_funds", "budget_initial", "3016973", "元", "table"),
    (16, "function", "2101102", "事业单位医疗", "expenditure", "project", "all_funds", "budget_initial", "0", "元", "table"),
    (17, "function", "212", "城乡社区支出", "expenditure", "total", "all_funds", "budget_initial", "154369326", "元", "table"),
    (17, "function", "212", "城乡社区支出", "expenditure", "basic", "all_funds", "budget_initial", "77381546", "元", "table"),
    (17, "function", "212", "城乡社区支出", "expenditure", "project", "all_funds", "budget_initial", "76987780", "元", "table"),
    (17, "function", "21201", "城乡社区管理事务", "expenditure", "total", "all_funds", "budget_initial", "94995790", "元", "table"),
    (17, "function", "21201", "城乡社区管理事务", "expenditure", "project", "all_funds", "budget_initial", "17614243", "元", "table"),
    (17, "function", "2120101", "行政运行", "expenditure", "total", "all_funds", "budget_initial", "17887739", "元", "table"),
    (17, "function", "2120101", "行政运行", "expenditure", "basic", "all_funds", "budget_initial", "17737739", "元", "table"),
    (17, "function", "2120101", "行政运行", "expenditure", "project", "all_funds", "budget_initial", "150000", "元", "table"),
    (17, "function", "221", "住房保障支出", "expenditure", "basic", "all_funds", "budget_initial", "7187532", "元", "table"),
    (17, "function", "2210399", "其他城乡社区住宅支出", "expenditure", "project", "all_funds", "budget_initial", "2177200", "元", "table"),

    # --- pp. 20-24 2025年部门一般公共预算支出功能分类预算表 (元; header repeated on each page), general_public_budget.
    (20, "function", "201", "一般公共服务支出", "expenditure", "total", "general_public_budget", "budget_initial", "3296600", "元", "table"),
    (20, "function", "201", "一般公共服务支出", "expenditure", "basic", "general_public_budget", "budget_initial", "0", "元", "table"),
    (20, "function", "201", "一般公共服务支出", "expenditure", "project", "general_public_budget", "budget_initial", "3296600", "元", "table"),
    (20, "function", "2013302", "一般行政管理事务", "expenditure", "project", "general_public_budget", "budget_initial", "1106000", "元", "table"),
    (21, "function", "2049999", "其他公共安全支出", "expenditure", "project", "general_public_budget", "budget_initial", "2578025", "元", "table"),
    (21, "function", "208", "社会保障和就业支出", "expenditure", "total", "general_public_budget", "budget_initial", "16091895", "元", "table"),
    (21, "function", "208", "社会保障和就业支出", "expenditure", "basic", "general_public_budget", "budget_initial", "13755695", "元", "table"),
    (21, "function", "208", "社会保障和就业支出", "expenditure", "project", "general_public_budget", "budget_initial", "2336200", "元", "table"),
    (21, "function", "20805", "行政事业单位养老支出", "expenditure", "project", "general_public_budget", "budget_initial", "0", "元", "table"),
    (22, "function", "2080505", "机关事业单位基本养老保险缴费支出", "expenditure", "total", "general_public_budget", "budget_initial", "4827156", "元", "table"),
    (22, "function", "2080705", "公益性岗位补贴", "expenditure", "project", "general_public_budget", "budget_initial", "582800", "元", "table"),
    (22, "function", "2089999", "其他社会保障和就业支出", "expenditure", "basic", "general_public_budget", "budget_initial", "6166222", "元", "table"),
    (22, "function", "210", "卫生健康支出", "expenditure", "total", "general_public_budget", "budget_initial", "3216973", "元", "table"),
    (23, "function", "2101101", "行政单位医疗", "expenditure", "basic", "general_public_budget", "budget_initial", "1468940", "元", "table"),
    (23, "function", "212", "城乡社区支出", "expenditure", "total", "general_public_budget", "budget_initial", "154369326", "元", "table"),
    (23, "function", "2120102", "一般行政管理事务", "expenditure", "total", "general_public_budget", "budget_initial", "17464243", "元", "table"),
    (23, "function", "2120102", "一般行政管理事务", "expenditure", "basic", "general_public_budget", "budget_initial", "0", "元", "table"),
    (23, "function", "21299", "其他城乡社区支出", "expenditure", "total", "general_public_budget", "budget_initial", "52348937", "元", "table"),
    (24, "function", "22102", "住房改革支出", "expenditure", "total", "general_public_budget", "budget_initial", "7187532", "元", "table"),
    (24, "function", "2210201", "住房公积金", "expenditure", "total", "general_public_budget", "budget_initial", "3846732", "元", "table"),

    # pp. 25-26: 政府性基金 and 国有资本经营 function tables are printed empty ("故本表为空表"): no rows.

    # --- pp. 27-28 2025年部门一般公共预算基本支出部门预算经济分类预算表 (元; p28 continues without a header).
    # 合计 column only (basic, general_public_budget); its 人员经费 / 公用经费 totals are METRICS below.
    (27, "economic", "301", "工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial", "90238584", "元", "table"),
    (27, "economic", "30101", "基本工资", "expenditure", "basic", "general_public_budget", "budget_initial", "6084184", "元", "table"),
    (27, "economic", "30102", "津贴补贴", "expenditure", "basic", "general_public_budget", "budget_initial", "18149307", "元", "table"),
    (27, "economic", "30107", "绩效工资", "expenditure", "basic", "general_public_budget", "budget_initial", "11610630", "元", "table"),
    (27, "economic", "30108", "机关事业单位基本养老保险缴费", "expenditure", "basic", "general_public_budget", "budget_initial", "4827156", "元", "table"),
    (27, "economic", "30113", "住房公积金", "expenditure", "basic", "general_public_budget", "budget_initial", "3846732", "元", "table"),
    (27, "economic", "30199", "其他工资福利支出", "expenditure", "basic", "general_public_budget", "budget_initial", "40124897", "元", "table"),
    (27, "economic", "302", "商品和服务支出", "expenditure", "basic", "general_public_budget", "budget_initial", "10827702", "元", "table"),
    (27, "economic", "30201", "办公费", "expenditure", "basic", "general_public_budget", "budget_initial", "4333478", "元", "table"),
    (28, "economic", "30209", "物业管理费", "expenditure", "basic", "general_public_budget", "budget_initial", "1143816", "元", "table"),
    (28, "economic", "30213", "维修(护)费", "expenditure", "basic", "general_public_budget", "budget_initial", "276000", "元", "table"),
    (28, "economic", "30217", "公务接待费", "expenditure", "basic", "general_public_budget", "budget_initial", "13500", "元", "table"),
    (28, "economic", "30228", "工会经费", "expenditure", "basic", "general_public_budget", "budget_initial", "638846", "元", "table"),
    (28, "economic", "30231", "公务用车运行维护费", "expenditure", "basic", "general_public_budget", "budget_initial", "215600", "元", "table"),
    (28, "economic", "303", "对个人和家庭的补助", "expenditure", "basic", "general_public_budget", "budget_initial", "275460", "元", "table"),
    (28, "economic", "30302", "退休费", "expenditure", "basic", "general_public_budget", "budget_initial", "275460", "元", "table"),

    # --- pp. 6-8 2025年部门预算编制说明, "财政拨款支出主要内容如下" (万元). The 财政拨款 here is entirely
    # 一般公共预算拨款 (政府性基金 and 国有资本经营 are 0.00), hence general_public_budget. See the docstring for the
    # items left out (一般行政管理事务) and for item 21 (计划生育事务).
    (6, "function", None, "专项普查活动", "expenditure", "total", "general_public_budget", "budget_initial", "43.83", "万元", "narrative"),
    (6, "function", None, "其他公共安全支出", "expenditure", "total", "general_public_budget", "budget_initial", "257.80", "万元", "narrative"),
    (6, "function", None, "其他教育支出", "expenditure", "total", "general_public_budget", "budget_initial", "25.00", "万元", "narrative"),
    (7, "function", None, "行政单位离退休", "expenditure", "total", "general_public_budget", "budget_initial", "25.93", "万元", "narrative"),
    (7, "function", None, "机关事业单位基本养老保险缴费支出", "expenditure", "total", "general_public_budget", "budget_initial", "482.72", "万元", "narrative"),
    (7, "function", None, "其他行政事业单位养老支出", "expenditure", "total", "general_public_budget", "budget_initial", "0.42", "万元", "narrative"),
    (7, "function", None, "公益性岗位补贴", "expenditure", "total", "general_public_budget", "budget_initial", "58.28", "万元", "narrative"),
    (7, "function", None, "其他社会保障和就业支出", "expenditure", "total", "general_public_budget", "budget_initial", "757.44", "万元", "narrative"),
    (7, "function", None, "计划生育事务", "expenditure", "total", "general_public_budget", "budget_initial", "20.00", "万元", "narrative"),
    (7, "function", None, "事业单位医疗", "expenditure", "total", "general_public_budget", "budget_initial", "154.80", "万元", "narrative"),
    (8, "function", None, "行政运行", "expenditure", "total", "general_public_budget", "budget_initial", "1788.77", "万元", "narrative"),
    (8, "function", None, "城管执法", "expenditure", "total", "general_public_budget", "budget_initial", "652.27", "万元", "narrative"),
    (8, "function", None, "其他城乡社区管理事务支出", "expenditure", "total", "general_public_budget", "budget_initial", "5312.11", "万元", "narrative"),
    (8, "function", None, "其他城乡社区支出", "expenditure", "total", "general_public_budget", "budget_initial", "5234.89", "万元", "narrative"),
    (8, "function", None, "住房公积金", "expenditure", "total", "general_public_budget", "budget_initial", "384.67", "万元", "narrative"),
    (8, "function", None, "购房补贴", "expenditure", "total", "general_public_budget", "budget_initial", "334.08", "万元", "narrative"),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # --- p9 财务收支预算总表 (元). 2. 政府性基金 / 3. 国有资本经营预算 / 二、事业收入 / 三、事业单位经营收入 /
    # 四、其他收入 are blank cells (not facts). 收入总计 and 支出总计 both print 189,767,551 (recorded once).
    (9, "revenue_fiscal", "budget_initial", "189767551", "元", "table"),
    (9, "revenue_general_budget", "budget_initial", "189767551", "元", "table"),
    (9, "grand_total", "budget_initial", "189767551", "元", "table"),
    # --- p13 收入预算总表 合计 row (元): 合计 (= 财政拨款收入) / 事业收入 0 / 事业单位经营收入 0 / 其他收入 0.
    (13, "revenue_total", "budget_initial", "189767551", "元", "table"),
    (13, "revenue_business", "budget_initial", "0", "元", "table"),
    (13, "revenue_operating", "budget_initial", "0", "元", "table"),
    (13, "revenue_other", "budget_initial", "0", "元", "table"),
    # --- p18 支出预算总表 合计 row (元; alone on its page). pp. 24 / 28 repeat 101,341,746 for 一般公共预算 / 经济分类.
    (18, "expenditure_total", "budget_initial", "189767551", "元", "table"),
    (18, "expenditure_basic", "budget_initial", "101341746", "元", "table"),
    (18, "expenditure_project", "budget_initial", "88425805", "元", "table"),
    # --- p19 财政拨款收支预算总表: 收入总计 = 支出总计 (合计 and 一般公共预算 columns) 189,767,551. Its
    # 一、一般公共预算资金 189,767,551 repeats revenue_general_budget of p9 (not listed twice).
    (19, "fiscal_grand_total", "budget_initial", "189767551", "元", "table"),
    # --- p28 经济分类预算表 合计 row (元): 人员经费 / 公用经费 (合计 101,341,746 = expenditure_basic).
    (28, "basic_personnel", "budget_initial", "90514044", "元", "table"),
    (28, "basic_public", "budget_initial", "10827702", "元", "table"),
    # --- p29 2025年部门“三公”经费和机关运行经费预算表 (单位:万元).
    (29, "three_public_total", "budget_initial", "37.91", "万元", "table"),
    (29, "three_public_outbound", "budget_initial", "0", "万元", "table"),
    (29, "three_public_reception", "budget_initial", "1.35", "万元", "table"),
    (29, "three_public_vehicle", "budget_initial", "36.56", "万元", "table"),
    (29, "three_public_vehicle_purchase", "budget_initial", "15", "万元", "table"),
    (29, "three_public_vehicle_operation", "budget_initial", "21.56", "万元", "table"),
    (29, "admin_operating_cost", "budget_initial", "464.64", "万元", "table"),
    # --- p6 编制说明 (万元). "比2024年预算增加3,355.65万元" is a change, not a prior-year figure: left out.
    (6, "revenue_total", "budget_initial", "18976.76", "万元", "narrative"),
    (6, "revenue_fiscal", "budget_initial", "18976.76", "万元", "narrative"),
    (6, "revenue_business", "budget_initial", "0.00", "万元", "narrative"),
    (6, "revenue_operating", "budget_initial", "0.00", "万元", "narrative"),
    (6, "revenue_other", "budget_initial", "0.00", "万元", "narrative"),
    (6, "expenditure_total", "budget_initial", "18976.76", "万元", "narrative"),
    # --- p30 其他相关情况说明 (万元; vehicles in 辆). The "比2024年预算减少10万元" / "持平" remarks are changes: left out.
    (30, "three_public_total", "budget_initial", "37.91", "万元", "narrative"),
    (30, "three_public_outbound", "budget_initial", "0", "万元", "narrative"),
    (30, "three_public_vehicle", "budget_initial", "36.56", "万元", "narrative"),
    (30, "three_public_vehicle_purchase", "budget_initial", "15", "万元", "narrative"),
    (30, "three_public_vehicle_operation", "budget_initial", "21.56", "万元", "narrative"),
    (30, "three_public_reception", "budget_initial", "1.35", "万元", "narrative"),
    (30, "admin_operating_cost", "budget_initial", "464.64", "万元", "narrative"),
    (30, "procurement_total", "budget_initial", "4821.20", "万元", "narrative"),
    (30, "procurement_goods", "budget_initial", "57.43", "万元", "narrative"),
    (30, "procurement_works", "budget_initial", "3780.72", "万元", "narrative"),
    (30, "procurement_services", "budget_initial", "983.05", "万元", "narrative"),
    # "截至2024年8月31日…共有车辆8辆" (其他用车8辆, every other kind 0辆).
    # a count of vehicles held (截至…共有车辆), not a budgeted figure: measure actual
    (30, "vehicles_total", "actual", "8", "辆", "narrative"),
]
