"""Facts of 江苏省政协办公厅_江苏省政协办公厅2017年度部门预算.pdf, read from the page images (not from parser output).

The 2017 department budget (部门预算) of 江苏省政协办公厅, a provincial department. Like the 2018 file of the
same department, this PDF is the narrative part only (20 pages): cover title and 目录 (p. 1, "江苏省政协办公厅
2017 年度部门预算"), 第一部分 部门概况 (pp. 2-7), 第二部分 says only "2017 年度部门预算公开表附后" (p. 7; p. 20
ends "附件：2017 年度部门预算公开表" — the tables are not in this file), 第三部分 情况说明 (pp. 7-19),
第四部分 名词解释 (pp. 19-20). Every fact below is therefore a figure in a sentence (source "narrative"), all
printed in 万元. PDF page numbers equal the printed footers.

Money: 财政拨款 = 一般公共预算 9,066.79 (p. 7; 七 政府性基金支出预算表 "本表数为零", p. 13) plus 其他资金 80 =
9,146.79. 基本 5,916.27 + 项目 3,123.68 + 单位预留机动经费 106.84 = 9,146.79. The 80 of 其他资金 sit in 一般公共
服务 (6,543.55 all funds vs 6,463.55, the sum of the five 政协事务 项) and in 基本支出 (5,916.27 all funds vs
财政拨款基本支出 5,836.27). Checked sums: 项 lines 6,463.55 + 1,509.72 + 341.75 + 751.77 = 9,066.79;
人员经费 4,704.35 = 工资福利 2,097.51 + 对个人和家庭的补助 2,606.84, each 类 the sum of its 款; 公用经费 1,131.92
= the thirteen 商品和服务支出 款; 机关运行经费 3,348.98 = its twelve 款; 政府采购 259.32 + 1,011.90 + 0 = 1,271.22.
No contradiction found.

Fund scopes: 一 (p. 7-8, 收支预算总表) function classes -> all_funds. 五 财政拨款支出 (pp. 9-10) and 六 财政拨款基本
支出 (pp. 10-13): all 财政拨款 here is 一般公共预算 (see above) -> general_public_budget, the same as 八 (pp. 13-14)
and 九 (pp. 14-17), which print identical lines; each line therefore appears twice under one key (pages differ).

Economic lines: 六 and 九 state the basic expenditure by 经济分类 in sentences — "1、工资福利支出（类）2,097.51 万元",
"（1）基本工资（款）支出 737.94 万元" — with no codes: recorded as economic lines, code None, spending_type
basic, source narrative. Names are the printed words with the level marker dropped; note "对个人和家庭的补助
支出（类）" gives "对个人和家庭的补助支出" (the 部门预算经济分类 303 name is "对个人和家庭的补助"). Function names
likewise: "一般公共服务（类）支出" -> "一般公共服务支出", "政协事务（款）行政运行（项）支出" -> "行政运行".

Left out on purpose:
- 单位预留机动经费 106.84 (pp. 8, 9): no metric fits it.
- 五 "财政拨款预算支出 9,066.79" (p. 9) and 八 "一般公共预算财政拨款支出预算 9,066.79" (p. 13): expenditure totals
  of one fund scope, no metric fits.
- 六 "财政拨款基本支出预算 5,836.27" (p. 10) and 九 "一般公共预算财政拨款基本支出预算 5,836.27" (p. 14): the
  财政拨款 part of 基本支出; expenditure_basic carries no fund scope and holds the all-funds 5,916.27 (p. 8).
- 七 政府性基金支出预算表 "本表数为零" (p. 13): no figure printed.
- 十 机关运行经费 (pp. 17-18) item lines (办公费 167.03, 水费 10, 电费 10, 邮电费 70, 物业管理费 446, 差旅费
  794.80, 维修（护）费 100, 会议费 1,094.62, 福利费 5, 公务用车运行维护费 156.60, 其他商品和服务支出 399.93,
  办公设备购置 95): they include project money and differ from the basic-expenditure lines of the same names;
  no spending_type fits. Only the total (admin_operating_cost) is recorded, as in the other Jiangsu files.
- 三公: the total is not printed (only the shares 11.24% / 23.16% / 65.60%, which imply 676.10): no
  three_public_total. 会议费 1,094.62 and 培训费 81.60 (p. 19): no metric.
- Differences and percentages (增加 498.72, 减少 108.56, 增加 140.96 / 466.32 / 85.67 / 380.65, 比 2016 年增加
  2,173.13, 公务接待费 减少 0.8, 占…%, 增长…%) and "与上年数一致": not prior-year amounts, nothing derived. The one
  prior-year amount printed as such, "2016 年度部门支出预算安排为 8,648.07 万元" (p. 6), is recorded as
  expenditure_total prior_year_budget.
- p. 5 "现有处室 21 个" and p. 6 "办公厅本级和江苏省政协联谊俱乐部在职 7 名人员，南京中国近代史遗址博物馆管理建设
  办公室在职 10 名人员": no metric for 处室; the staff counts are of attached units (and the sentence is
  ambiguous about the 本级), not the department's staff_actual — left out as in the 2018 file. Work counts on
  pp. 3-5 (全体会议 1 次, 提案 700 件 …): no metric. No vehicle count, 编制 or 离退休 count is printed.

Read from pdftoppm renders at 110 dpi; every digit was checked on the image.
"""

SOURCE_FILE = "江苏省政协办公厅_江苏省政协办公厅2017年度部门预算.pdf"
SHA256 = "cd9ac66d664e7af320776c7e8f2ec4cf98f2cfed912d0a512ad111a7fd08d110"

DOCUMENT = dict(
    province="江苏省",
    city=None,                  # provincial department: no city level
    county=None,
    department_printed="江苏省政协办公厅",  # cover title (p. 1): "江苏省政协办公厅 2017 年度部门预算"
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="江苏省政协办公厅",
    admin_code="320000",
    fiscal_year=2017,
    doc_kind="budget",
    budget_level="department",
    # No table in this file; every amount of the 情况说明 is stated in 万元.
    amount_unit_reported="万元",
)

_F, _E = "function", "economic"
_X = "expenditure"
_B = "budget_initial"
_U = "万元"
_N = "narrative"
_GPB = "general_public_budget"
_AF = "all_funds"

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # --- pp. 7-8, 一、收支预算总表情况说明 / （二）支出预算总计 9,146.79: function classes of all funds.
    # Printed "一般公共服务（类）支出 6,543.55 万元" etc. (6,543.55 + 1,509.72 + 1,093.52 = 9,146.79.)
    (7, _F, None, "一般公共服务支出", _X, "total", _AF, _B, "6543.55", _U, _N),
    (8, _F, None, "社会保障和就业支出", _X, "total", _AF, _B, "1509.72", _U, _N),
    (8, _F, None, "住房保障支出", _X, "total", _AF, _B, "1093.52", _U, _N),

    # --- pp. 9-10, 五、财政拨款支出预算表情况说明: 项 lines; the 类 headings carry no amount.
    # (一)一般公共服务支出（类）/ 政协事务（款）
    (9, _F, None, "行政运行", _X, "total", _GPB, _B, "3233.03", _U, _N),
    (9, _F, None, "一般行政管理事务", _X, "total", _GPB, _B, "1577.82", _U, _N),
    (10, _F, None, "政协会议", _X, "total", _GPB, _B, "1027.90", _U, _N),
    (10, _F, None, "委员视察", _X, "total", _GPB, _B, "429.30", _U, _N),
    (10, _F, None, "其他政协事务支出", _X, "total", _GPB, _B, "195.50", _U, _N),
    # (二)社会保障和就业支出（类）行政事业单位离退休（款）
    (10, _F, None, "未归口管理的行政单位离退休", _X, "total", _GPB, _B, "1509.72", _U, _N),
    # (三)住房保障支出（类）/ 住房改革支出（款）
    (10, _F, None, "住房公积金", _X, "total", _GPB, _B, "341.75", _U, _N),
    (10, _F, None, "提租补贴", _X, "total", _GPB, _B, "751.77", _U, _N),

    # --- pp. 10-13, 六、财政拨款基本支出预算表情况说明 (财政拨款基本支出 5,836.27, left out): economic lines.
    # （一）人员经费 4,704.35 (p. 10) / 1、工资福利支出（类）, p. 11
    (11, _E, None, "工资福利支出", _X, "basic", _GPB, _B, "2097.51", _U, _N),
    (11, _E, None, "基本工资", _X, "basic", _GPB, _B, "737.94", _U, _N),
    (11, _E, None, "津贴补贴", _X, "basic", _GPB, _B, "1263.76", _U, _N),
    (11, _E, None, "奖金", _X, "basic", _GPB, _B, "59.53", _U, _N),
    (11, _E, None, "绩效工资", _X, "basic", _GPB, _B, "36.28", _U, _N),
    # 2、对个人和家庭的补助支出（类）, p. 11
    (11, _E, None, "对个人和家庭的补助支出", _X, "basic", _GPB, _B, "2606.84", _U, _N),
    (11, _E, None, "离休费", _X, "basic", _GPB, _B, "163", _U, _N),
    (11, _E, None, "退休费", _X, "basic", _GPB, _B, "1329.42", _U, _N),
    (11, _E, None, "医疗费", _X, "basic", _GPB, _B, "20.40", _U, _N),
    (11, _E, None, "奖励金", _X, "basic", _GPB, _B, "0.50", _U, _N),
    (11, _E, None, "住房公积金", _X, "basic", _GPB, _B, "341.75", _U, _N),
    (11, _E, None, "提租补贴", _X, "basic", _GPB, _B, "751.77", _U, _N),
    # （二）公用经费 1,131.92 / 商品和服务支出（类）, pp. 12-13
    (12, _E, None, "商品和服务支出", _X, "basic", _GPB, _B, "1131.92", _U, _N),
    (12, _E, None, "办公费", _X, "basic", _GPB, _B, "110", _U, _N),
    (12, _E, None, "水费", _X, "basic", _GPB, _B, "10", _U, _N),
    (12, _E, None, "电费", _X, "basic", _GPB, _B, "10", _U, _N),
    (12, _E, None, "邮电费", _X, "basic", _GPB, _B, "70", _U, _N),
    (12, _E, None, "差旅费", _X, "basic", _GPB, _B, "200", _U, _N),
    (12, _E, None, "维修（护）费", _X, "basic", _GPB, _B, "100", _U, _N),
    (12, _E, None, "会议费", _X, "basic", _GPB, _B, "66.72", _U, _N),
    (12, _E, None, "公务接待费", _X, "basic", _GPB, _B, "16", _U, _N),
    (12, _E, None, "工会经费", _X, "basic", _GPB, _B, "37.60", _U, _N),
    (12, _E, None, "福利费", _X, "basic", _GPB, _B, "5", _U, _N),
    (12, _E, None, "公务用车运行维护费", _X, "basic", _GPB, _B, "156.60", _U, _N),
    (13, _E, None, "其他交通费用", _X, "basic", _GPB, _B, "174.92", _U, _N),
    (13, _E, None, "其他商品和服务支出", _X, "basic", _GPB, _B, "175.08", _U, _N),

    # --- pp. 13-14, 八、一般公共预算支出预算表情况说明: the same eight 项 lines as 五.
    (13, _F, None, "行政运行", _X, "total", _GPB, _B, "3233.03", _U, _N),
    (13, _F, None, "一般行政管理事务", _X, "total", _GPB, _B, "1577.82", _U, _N),
    (13, _F, None, "政协会议", _X, "total", _GPB, _B, "1027.90", _U, _N),
    (14, _F, None, "委员视察", _X, "total", _GPB, _B, "429.30", _U, _N),
    (14, _F, None, "其他政协事务支出", _X, "total", _GPB, _B, "195.50", _U, _N),
    (14, _F, None, "未归口管理的行政单位离退休", _X, "total", _GPB, _B, "1509.72", _U, _N),
    (14, _F, None, "住房公积金", _X, "total", _GPB, _B, "341.75", _U, _N),
    (14, _F, None, "提租补贴", _X, "total", _GPB, _B, "751.77", _U, _N),

    # --- pp. 14-17, 九、一般公共预算基本支出预算表情况说明: the same economic lines as 六.
    (14, _E, None, "工资福利支出", _X, "basic", _GPB, _B, "2097.51", _U, _N),
    (14, _E, None, "基本工资", _X, "basic", _GPB, _B, "737.94", _U, _N),
    (15, _E, None, "津贴补贴", _X, "basic", _GPB, _B, "1263.76", _U, _N),
    (15, _E, None, "奖金", _X, "basic", _GPB, _B, "59.53", _U, _N),
    (15, _E, None, "绩效工资", _X, "basic", _GPB, _B, "36.28", _U, _N),
    (15, _E, None, "对个人和家庭的补助支出", _X, "basic", _GPB, _B, "2606.84", _U, _N),
    (15, _E, None, "离休费", _X, "basic", _GPB, _B, "163", _U, _N),
    (15, _E, None, "退休费", _X, "basic", _GPB, _B, "1329.42", _U, _N),
    (15, _E, None, "医疗费", _X, "basic", _GPB, _B, "20.40", _U, _N),
    (15, _E, None, "奖励金", _X, "basic", _GPB, _B, "0.50", _U, _N),
    (15, _E, None, "住房公积金", _X, "basic", _GPB, _B, "341.75", _U, _N),
    (15, _E, None, "提租补贴", _X, "basic", _GPB, _B, "751.77", _U, _N),
    (15, _E, None, "商品和服务支出", _X, "basic", _GPB, _B, "1131.92", _U, _N),
    (16, _E, None, "办公费", _X, "basic", _GPB, _B, "110", _U, _N),
    (16, _E, None, "水费", _X, "basic", _GPB, _B, "10", _U, _N),
    (16, _E, None, "电费", _X, "basic", _GPB, _B, "10", _U, _N),
    (16, _E, None, "邮电费", _X, "basic", _GPB, _B, "70", _U, _N),
    (16, _E, None, "差旅费", _X, "basic", _GPB, _B, "200", _U, _N),
    (16, _E, None, "维修（护）费", _X, "basic", _GPB, _B, "100", _U, _N),
    (16, _E, None, "会议费", _X, "basic", _GPB, _B, "66.72", _U, _N),
    (16, _E, None, "公务接待费", _X, "basic", _GPB, _B, "16", _U, _N),
    (16, _E, None, "工会经费", _X, "basic", _GPB, _B, "37.60", _U, _N),
    (16, _E, None, "福利费", _X, "basic", _GPB, _B, "5", _U, _N),
    (16, _E, None, "公务用车运行维护费", _X, "basic", _GPB, _B, "156.60", _U, _N),
    (17, _E, None, "其他交通费用", _X, "basic", _GPB, _B, "174.92", _U, _N),
    (17, _E, None, "其他商品和服务支出", _X, "basic", _GPB, _B, "175.08", _U, _N),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # p. 6, 四、…测算分析情况: "（2016 年度部门支出预算安排为 8,648.07 万元）" — the prior year's amount itself
    # (9,146.79 - 498.72 = 8,648.07).
    (6, "expenditure_total", "prior_year_budget", "8648.07", _U, _N),
    # p. 7, 一、收支预算总表情况说明: "收入、支出预算总计 9,146.79" (restated as （一）收入预算总计 and （二）支出
    # 预算总计 on the same page: recorded once).
    (7, "grand_total", _B, "9146.79", _U, _N),
    (7, "revenue_fiscal", _B, "9066.79", _U, _N),            # 财政拨款收入预算总计
    (7, "revenue_general_budget", _B, "9066.79", _U, _N),    # 一般公共预算收入预算
    (7, "revenue_other", _B, "80", _U, _N),                  # 其他资金收入预算总计
    # p. 8, end of section 一 ("此外，基本支出预算数为…", "项目支出预算数为…"); 预留 106.84 left out.
    (8, "expenditure_basic", _B, "5916.27", _U, _N),
    (8, "expenditure_project", _B, "3123.68", _U, _N),
    # p. 8, 二、收入预算总表情况说明 (shares 占…% not recorded)
    (8, "revenue_total", _B, "9146.79", _U, _N),             # 本年收入预算合计
    (8, "revenue_general_budget", _B, "9066.79", _U, _N),    # 一般公共预算收入
    (8, "revenue_other", _B, "80", _U, _N),                  # 其他资金
    # pp. 8-9, 三、支出预算总表情况说明
    (8, "expenditure_total", _B, "9146.79", _U, _N),         # 本年支出预算合计
    (8, "expenditure_basic", _B, "5916.27", _U, _N),
    (9, "expenditure_project", _B, "3123.68", _U, _N),
    # p. 9, 四、财政拨款收支预算总表情况说明: "财政拨款收、支预算 9,066.79" ("收、支总计各增加…" follows).
    (9, "fiscal_grand_total", _B, "9066.79", _U, _N),
    # 六 (pp. 10, 12) and 九 (pp. 14, 15): 人员经费 / 公用经费 (4,704.35 + 1,131.92 = 5,836.27, the 财政拨款 part).
    (10, "basic_personnel", _B, "4704.35", _U, _N),
    (12, "basic_public", _B, "1131.92", _U, _N),
    (14, "basic_personnel", _B, "4704.35", _U, _N),
    (15, "basic_public", _B, "1131.92", _U, _N),
    # p. 17, 十、一般公共预算机关运行经费支出预算
    (17, "admin_operating_cost", _B, "3348.98", _U, _N),
    # pp. 18-19, 十一、"三公" (no total printed), first sentence
    (18, "three_public_outbound", _B, "76", _U, _N),
    (18, "three_public_vehicle", _B, "156.60", _U, _N),      # 公务用车购置及运行维护费
    (19, "three_public_reception", _B, "443.50", _U, _N),
    # p. 19, "具体情况如下" 1-3
    (19, "three_public_outbound", _B, "76", _U, _N),
    (19, "three_public_vehicle", _B, "156.60", _U, _N),
    (19, "three_public_vehicle_purchase", _B, "0", _U, _N),
    (19, "three_public_vehicle_operation", _B, "156.60", _U, _N),
    (19, "three_public_reception", _B, "443.50", _U, _N),
    # p. 19, 十二、政府采购预算表情况说明
    (19, "procurement_total", _B, "1271.22", _U, _N),
    (19, "procurement_goods", _B, "259.32", _U, _N),
    (19, "procurement_services", _B, "1011.90", _U, _N),
    (19, "procurement_works", _B, "0", _U, _N),
]
