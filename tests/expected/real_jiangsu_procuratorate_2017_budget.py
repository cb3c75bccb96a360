"""Facts of 江苏省人民检察院_2017年省检察院部门预算.pdf, read from the page images (not from parser output).

The 2017 department budget (部门预算) of 江苏省人民检察院, a provincial department (机关本级 with
江苏检察官学院's 运行补助费, and the 南京 / 徐州铁路运输检察院, p9). 25 pages: cover (p1, "江苏省人民检察院
2017 年部门预算"), 目录 (p2-3), 第一部分 部门概况 (p3-9; the only figure is the 编制 496 人 on p7),
第二部分 the twelve 预算表 (p10-18: 一 收支预算总表 p10, 二 收入预算总表 p11, 三 支出预算总表 p11 (one
row, no function lines), 四 财政拨款收支预算总表 p11-12, 五 财政拨款支出预算表 p12, 六 财政拨款基本支出
预算表 p12-13, 七 政府性基金支出预算表 p13 (an empty 合计 row only), 八 一般公共预算支出预算表 p14, 九 一般
公共预算基本支出预算表 p14-15, 十 机关运行经费 p15-16, 十一 "三公"经费、会议费、培训费 p16, 十二 政府采购
p16-18), 第三部分 情况说明 (p18-23), 第四部分 名词解释 (p23-25). Every table says 单位：万元 and
部门：江苏省人民检察院; the sentences are in 万元. Pages here are PDF pages (1-based); the printed footers
match them up to p22 (p23 prints none, p24-25 print 23-24).

Money: 一般公共预算 17981.68 plus 其他资金 (其他收入) 15.00 = 17996.68. Because of those 15.00 the
all-funds tables (p10, p11) differ from the 财政拨款 tables: 公共安全支出 13656.34 (p10) vs 13641.34
(p12, p14), 基本支出 12323.48 (p10, p11) vs 12308.48 (p11, p20, p21). 政府性基金, 财政专户管理资金,
上年结转 and 结转下年 cells are blank. No table prints 上年预算数 / 上年执行数 columns, so there is no
prior_year_* fact.

The report contradicts itself once: p19 says "此外，基本支出预算数为 12323.46 万元" and, a few lines
below, "基本支出 12323.48 万元" (as p10 and p11 do). Both sentences are listed as printed: the
warehouse stores what a report says and its checks show the contradiction.

Left out on purpose:
- 单位预留机动经费 140.20 (p10, p11, p12, p19): no metric in the vocabulary fits it
  (基本 12323.48 + 项目 5533.00 + 预留 140.20 = 17996.68).
- 四 财政拨款收支预算总表 (p11-12) 基本支出 12308.48 / 项目支出 5533.00 / 单位预留机动经费 140.20, and the
  narrative's 财政拨款基本支出预算 12308.48 (p20) / 一般公共预算财政拨款基本支出预算 12308.48 (p21): the
  财政拨款 part only, differing from the all-funds expenditure_basic 12323.48; a metric has no fund
  scope. Also 五 财政拨款预算支出 17981.68 (p20), 八 一般公共预算财政拨款支出预算 17981.68 (p21) and 七
  政府性基金支出预算支出 0 (p21): narrative totals of one fund scope with no metric.
- 收入预算总表 (p11) rows 公共财政拨款(补助)资金 17981.68 and 其他收入 15.00: sub-rows equal to their 小计
  (recorded as revenue_general_budget / revenue_other).
- Blank cells (see above) and the empty 政府性基金支出预算表 (p13): blank is not zero.
- The 三公 table's 合计 1452.35 (p16), which adds 会议费 168.00 and 培训费 700.00 to the 三公 小计 584.35,
  and the 会议费 / 培训费 figures (p16, p23): no metric for them.
- 合计 rows of the coded tables (no code); the economic lines of 十 机关运行经费 (p15-16: 302 5890.55,
  30209 390.00, 30211 1070.00, 30213 724.00, 30299 2729.05, 310 / 31002 142.00 …): they include project
  money and differ from the basic-expenditure lines under the same codes; no spending_type fits them
  (the table's 合计 is recorded as admin_operating_cost).
- The 政府采购 table's item rows (专项 / 经济科目 / 采购物品 amounts, p16-18): no metric; only 合计,
  一、货物 A and 三、服务 C are recorded. No 二、工程 row is printed, so procurement_works comes only from
  the sentence (p23, 0 万元).
- Prior-year figures in sentences: increases (与上年相比增加 1463.8 / 1454.35 / 9.45 / 309.03 / 1483.8 /
  300.38, 减少 20, 比 2016 年增加 3401.59), "与上年预算数相等/一致" for 因公出国 110, 公务用车购置 50 and
  运行维护 267.8, 公务接待费 "小于上年预算数 29.65", 会议费 "等于上年预算数", 培训费 "小于上年预算数 220":
  no sentence states a prior-year amount itself, so no prior_year_budget fact (deriving one is not
  reading it).
- Percentages (占…%, 增长…%) and the counts of 23 个内设机构 / 2 个下属事业单位 / 2 个派出机构 (p7): no
  metric. The document prints no vehicle count and no 实有 / 离退休 staff count.

Read from pdftoppm renders at 110 dpi (text pages) and 150 dpi (tables and 情况说明, p10-23); every digit
was checked on the image.
"""

SOURCE_FILE = "江苏省人民检察院_2017年省检察院部门预算.pdf"
SHA256 = "956e155770fa39c0a97c8a1e85817992af36b976bd95efc13710257c5d81d043"

DOCUMENT = dict(
    province="江苏省",
    city=None,                  # provincial department: no city level
    county=None,
    # cover (p1) "江苏省人民检察院 / 2017 年部门预算" and the 部门： line of every table.
    # (The file name's and the narrative's "省检察院" is a short form.)
    department_printed="江苏省人民检察院",
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="江苏省人民检察院",
    admin_code="320000",
    fiscal_year=2017,
    doc_kind="budget",
    budget_level="department",
    amount_unit_reported="万元",
)

_F, _E = "function", "economic"
_X = "expenditure"
_B = "budget_initial"
_U = "万元"
_GPB = "general_public_budget"
_FA = "fiscal_allocation"

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # --- p10, 一、收支预算总表, 支出 / 功能分类: class rows print names without codes; only three carry
    # an amount (the other seventeen are blank). Code None, source "table", all_funds, as in the
    # other Jiangsu files. 公共安全支出 13656.34 = 13641.34 财政拨款 + 15.00 其他资金.
    (10, _F, None, "公共安全支出", _X, "total", "all_funds", _B, "13656.34", _U, "table"),
    (10, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "2021.18", _U, "table"),
    (10, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "2319.16", _U, "table"),

    # --- p12, 五、财政拨款支出预算表: 功能科目代码 printed as one 3/5/7-digit code, a single 金额 column of
    # the 财政拨款 table (一般公共预算 + 政府性基金, the latter empty) -> fiscal_allocation.
    (12, _F, "204", "公共安全支出", _X, "total", _FA, _B, "13641.34", _U, "table"),
    (12, _F, "20404", "检察", _X, "total", _FA, _B, "13641.34", _U, "table"),
    (12, _F, "2040401", "行政运行", _X, "total", _FA, _B, "7968.14", _U, "table"),
    (12, _F, "2040402", "一般行政管理事务", _X, "total", _FA, _B, "3644.20", _U, "table"),
    (12, _F, "2040404", "查办和预防职务犯罪", _X, "total", _FA, _B, "480.00", _U, "table"),
    (12, _F, "2040405", "公诉和审判监督", _X, "total", _FA, _B, "150.00", _U, "table"),
    (12, _F, "2040406", "侦查监督", _X, "total", _FA, _B, "100.00", _U, "table"),
    (12, _F, "2040499", "其他检察支出", _X, "total", _FA, _B, "1299.00", _U, "table"),
    (12, _F, "208", "社会保障和就业支出", _X, "total", _FA, _B, "2021.18", _U, "table"),
    (12, _F, "20805", "行政事业单位离退休", _X, "total", _FA, _B, "2021.18", _U, "table"),
    (12, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", _FA, _B, "2021.18", _U, "table"),
    (12, _F, "221", "住房保障支出", _X, "total", _FA, _B, "2319.16", _U, "table"),
    (12, _F, "22102", "住房改革支出", _X, "total", _FA, _B, "2319.16", _U, "table"),
    (12, _F, "2210201", "住房公积金", _X, "total", _FA, _B, "784.22", _U, "table"),
    (12, _F, "2210202", "提租补贴", _X, "total", _FA, _B, "1534.94", _U, "table"),

    # --- p12-13, 六、财政拨款基本支出预算表 (科目编码, 部门预算经济分类 301…): one 金额 column; basic
    # spending, general_public_budget (九 on p14-15 prints the same figures for 一般公共预算).
    # Starts at the foot of p12 (301 … 30103) and continues on p13 without a header. Rows in printed
    # order (30211 差旅费 is printed after 30299). 合计 12308.48 = 301 5343.83 + 302 2598.06 + 303 4366.59.
    (12, _E, "301", "工资福利支出", _X, "basic", _GPB, _B, "5343.83", _U, "table"),
    (12, _E, "30101", "基本工资", _X, "basic", _GPB, _B, "2010.25", _U, "table"),
    (12, _E, "30102", "津贴补贴", _X, "basic", _GPB, _B, "3090.82", _U, "table"),
    (12, _E, "30103", "奖金", _X, "basic", _GPB, _B, "167.12", _U, "table"),
    (13, _E, "30104", "其他社会保障缴费", _X, "basic", _GPB, _B, "75.64", _U, "table"),
    (13, _E, "302", "商品和服务支出", _X, "basic", _GPB, _B, "2598.06", _U, "table"),
    (13, _E, "30201", "办公费", _X, "basic", _GPB, _B, "138.00", _U, "table"),
    (13, _E, "30205", "水费", _X, "basic", _GPB, _B, "15.70", _U, "table"),
    (13, _E, "30206", "电费", _X, "basic", _GPB, _B, "243.00", _U, "table"),
    (13, _E, "30207", "邮电费", _X, "basic", _GPB, _B, "59.00", _U, "table"),
    (13, _E, "30213", "维修（护）费", _X, "basic", _GPB, _B, "170.00", _U, "table"),
    (13, _E, "30215", "会议费", _X, "basic", _GPB, _B, "168.00", _U, "table"),
    (13, _E, "30217", "公务接待费", _X, "basic", _GPB, _B, "36.55", _U, "table"),
    (13, _E, "30218", "专用材料费", _X, "basic", _GPB, _B, "65.00", _U, "table"),
    (13, _E, "30228", "工会经费", _X, "basic", _GPB, _B, "129.00", _U, "table"),
    (13, _E, "30229", "福利费", _X, "basic", _GPB, _B, "21.00", _U, "table"),
    (13, _E, "30231", "公务用车运行维护费", _X, "basic", _GPB, _B, "267.80", _U, "table"),
    (13, _E, "30239", "其他交通费用", _X, "basic", _GPB, _B, "394.96", _U, "table"),
    (13, _E, "30299", "其他商品和服务支出", _X, "basic", _GPB, _B, "850.05", _U, "table"),
    (13, _E, "30211", "差旅费", _X, "basic", _GPB, _B, "40.00", _U, "table"),
    (13, _E, "303", "对个人和家庭的补助", _X, "basic", _GPB, _B, "4366.59", _U, "table"),
    (13, _E, "30301", "离休费", _X, "basic", _GPB, _B, "344.31", _U, "table"),
    (13, _E, "30302", "退休费", _X, "basic", _GPB, _B, "1652.57", _U, "table"),
    (13, _E, "30307", "医疗费", _X, "basic", _GPB, _B, "49.68", _U, "table"),
    (13, _E, "30309", "奖励金", _X, "basic", _GPB, _B, "0.87", _U, "table"),
    (13, _E, "30311", "住房公积金", _X, "basic", _GPB, _B, "784.22", _U, "table"),
    (13, _E, "30312", "提租补贴", _X, "basic", _GPB, _B, "1534.94", _U, "table"),

    # --- p14, 八、一般公共预算支出预算表: the same 15 lines and amounts as p12, general_public_budget.
    (14, _F, "204", "公共安全支出", _X, "total", _GPB, _B, "13641.34", _U, "table"),
    (14, _F, "20404", "检察", _X, "total", _GPB, _B, "13641.34", _U, "table"),
    (14, _F, "2040401", "行政运行", _X, "total", _GPB, _B, "7968.14", _U, "table"),
    (14, _F, "2040402", "一般行政管理事务", _X, "total", _GPB, _B, "3644.20", _U, "table"),
    (14, _F, "2040404", "查办和预防职务犯罪", _X, "total", _GPB, _B, "480.00", _U, "table"),
    (14, _F, "2040405", "公诉和审判监督", _X, "total", _GPB, _B, "150.00", _U, "table"),
    (14, _F, "2040406", "侦查监督", _X, "total", _GPB, _B, "100.00", _U, "table"),
    (14, _F, "2040499", "其他检察支出", _X, "total", _GPB, _B, "1299.00", _U, "table"),
    (14, _F, "208", "社会保障和就业支出", _X, "total", _GPB, _B, "2021.18", _U, "table"),
    (14, _F, "20805", "行政事业单位离退休", _X, "total", _GPB, _B, "2021.18", _U, "table"),
    (14, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", _GPB, _B, "2021.18", _U, "table"),
    (14, _F, "221", "住房保障支出", _X, "total", _GPB, _B, "2319.16", _U, "table"),
    (14, _F, "22102", "住房改革支出", _X, "total", _GPB, _B, "2319.16", _U, "table"),
    (14, _F, "2210201", "住房公积金", _X, "total", _GPB, _B, "784.22", _U, "table"),
    (14, _F, "2210202", "提租补贴", _X, "total", _GPB, _B, "1534.94", _U, "table"),

    # --- p14-15, 九、一般公共预算基本支出预算表: starts at the foot of p14 (301 … 30205) and continues on
    # p15 without a header. Same keys and values as 六 (p12-13).
    (14, _E, "301", "工资福利支出", _X, "basic", _GPB, _B, "5343.83", _U, "table"),
    (14, _E, "30101", "基本工资", _X, "basic", _GPB, _B, "2010.25", _U, "table"),
    (14, _E, "30102", "津贴补贴", _X, "basic", _GPB, _B, "3090.82", _U, "table"),
    (14, _E, "30103", "奖金", _X, "basic", _GPB, _B, "167.12", _U, "table"),
    (14, _E, "30104", "其他社会保障缴费", _X, "basic", _GPB, _B, "75.64", _U, "table"),
    (14, _E, "302", "商品和服务支出", _X, "basic", _GPB, _B, "2598.06", _U, "table"),
    (14, _E, "30201", "办公费", _X, "basic", _GPB, _B, "138.00", _U, "table"),
    (14, _E, "30205", "水费", _X, "basic", _GPB, _B, "15.70", _U, "table"),
    (15, _E, "30206", "电费", _X, "basic", _GPB, _B, "243.00", _U, "table"),
    (15, _E, "30207", "邮电费", _X, "basic", _GPB, _B, "59.00", _U, "table"),
    (15, _E, "30213", "维修（护）费", _X, "basic", _GPB, _B, "170.00", _U, "table"),
    (15, _E, "30215", "会议费", _X, "basic", _GPB, _B, "168.00", _U, "table"),
    (15, _E, "30217", "公务接待费", _X, "basic", _GPB, _B, "36.55", _U, "table"),
    (15, _E, "30218", "专用材料费", _X, "basic", _GPB, _B, "65.00", _U, "table"),
    (15, _E, "30228", "工会经费", _X, "basic", _GPB, _B, "129.00", _U, "table"),
    (15, _E, "30229", "福利费", _X, "basic", _GPB, _B, "21.00", _U, "table"),
    (15, _E, "30231", "公务用车运行维护费", _X, "basic", _GPB, _B, "267.80", _U, "table"),
    (15, _E, "30239", "其他交通费用", _X, "basic", _GPB, _B, "394.96", _U, "table"),
    (15, _E, "30299", "其他商品和服务支出", _X, "basic", _GPB, _B, "850.05", _U, "table"),
    (15, _E, "30211", "差旅费", _X, "basic", _GPB, _B, "40.00", _U, "table"),
    (15, _E, "303", "对个人和家庭的补助", _X, "basic", _GPB, _B, "4366.59", _U, "table"),
    (15, _E, "30301", "离休费", _X, "basic", _GPB, _B, "344.31", _U, "table"),
    (15, _E, "30302", "退休费", _X, "basic", _GPB, _B, "1652.57", _U, "table"),
    (15, _E, "30307", "医疗费", _X, "basic", _GPB, _B, "49.68", _U, "table"),
    (15, _E, "30309", "奖励金", _X, "basic", _GPB, _B, "0.87", _U, "table"),
    (15, _E, "30311", "住房公积金", _X, "basic", _GPB, _B, "784.22", _U, "table"),
    (15, _E, "30312", "提租补贴", _X, "basic", _GPB, _B, "1534.94", _U, "table"),

    # --- p19, narrative 一（二）支出预算总计: only one class line is stated, of all funds, no code.
    # printed 公共安全（类）支出: the class name 公共安全支出 with its level marker inside.
    (19, _F, None, "公共安全支出", _X, "total", "all_funds", _B, "13656.34", _U, "narrative"),

    # --- p20, narrative 五、财政拨款支出预算表情况说明: "（一）公共安全（类） 1．检察（款）行政运行（项）支出
    # 7968.14 万元" (the only 项 line stated). All 财政拨款 here is 一般公共预算 -> general_public_budget.
    (20, _F, None, "行政运行", _X, "total", _GPB, _B, "7968.14", _U, "narrative"),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # --- p7, 三、部门机构设置: "行政政法人员编制 496 人". A count held, not a budgeted figure: measure
    # actual, as the existing files do for staff and vehicle counts.
    (7, "staff_authorized", "actual", "496", "人", "narrative"),

    # --- p10, 一、收支预算总表 (blank: 2.政府性基金预算, 二、财政专户管理资金, 上年结转资金, 结转下年资金).
    # 三、单位预留机动经费 140.20 fits no metric.
    (10, "revenue_fiscal", _B, "17981.68", _U, "table"),           # 一、财政拨款
    (10, "revenue_general_budget", _B, "17981.68", _U, "table"),   # 1.一般公共预算
    (10, "revenue_other", _B, "15.00", _U, "table"),               # 三、其他资金
    (10, "revenue_total", _B, "17996.68", _U, "table"),            # 当年收入小计
    (10, "expenditure_total", _B, "17996.68", _U, "table"),        # 当年支出小计
    (10, "grand_total", _B, "17996.68", _U, "table"),              # 收入合计 = 支出合计
    (10, "expenditure_basic", _B, "12323.48", _U, "table"),        # 一、基本支出
    (10, "expenditure_project", _B, "5533.00", _U, "table"),       # 二、项目支出

    # --- p11, 二、收入预算总表 (only the 一般公共预算资金 and 其他资金 rows carry amounts).
    (11, "grand_total", _B, "17996.68", _U, "table"),              # 收入总计
    (11, "revenue_general_budget", _B, "17981.68", _U, "table"),   # 一般公共预算资金 小计
    (11, "revenue_other", _B, "15.00", _U, "table"),               # 其他资金 小计 (= 其他收入 15.00)
    # --- p11, 三、支出预算总表: one row (单位预留机动经费 140.20 fits no metric; 结转下年资金 blank).
    (11, "expenditure_total", _B, "17996.68", _U, "table"),        # 合计
    (11, "expenditure_basic", _B, "12323.48", _U, "table"),
    (11, "expenditure_project", _B, "5533.00", _U, "table"),

    # --- p11-12, 四、财政拨款收支预算总表: header and first row at the foot of p11, the rest on p12.
    # Its 基本支出 12308.48 / 项目支出 5533.00 / 预留 140.20 are the 财政拨款 part: left out (see docstring).
    (11, "revenue_general_budget", _B, "17981.68", _U, "table"),   # 一、一般公共预算
    (12, "fiscal_grand_total", _B, "17981.68", _U, "table"),       # 收入合计 / 支出合计

    # --- p15, 十、一般公共预算机关运行经费支出预算表, 合计 (= 302 5890.55 + 310 142.00).
    (15, "admin_operating_cost", _B, "6032.55", _U, "table"),

    # --- p16, 十一、一般公共预算"三公"经费、会议费、培训费支出预算表 (one row; every cell printed).
    (16, "three_public_total", _B, "584.35", _U, "table"),               # "三公"经费 小计
    (16, "three_public_outbound", _B, "110.00", _U, "table"),            # 因公出国（境）费
    (16, "three_public_vehicle", _B, "317.80", _U, "table"),             # 公务用车购置及运行维护费 小计
    (16, "three_public_vehicle_purchase", _B, "50.00", _U, "table"),     # 公务用车购置费
    (16, "three_public_vehicle_operation", _B, "267.80", _U, "table"),   # 公务用车运行维护费
    (16, "three_public_reception", _B, "156.55", _U, "table"),           # 公务接待费

    # --- p16-17, 十二、政府采购支出预算表 (runs on to p18). No 二、工程 row is printed.
    (16, "procurement_total", _B, "2889.80", _U, "table"),         # 合计
    (16, "procurement_goods", _B, "334.00", _U, "table"),          # 一、货物 A
    (17, "procurement_services", _B, "2555.80", _U, "table"),      # 三、服务 C

    # --- p18-19, narrative 一、收支预算总表情况说明 / 二、收入 / 三、支出预算情况说明.
    (18, "grand_total", _B, "17996.68", _U, "narrative"),          # 收入、支出预算总计 (again （一）/（二）)
    (18, "revenue_fiscal", _B, "17981.68", _U, "narrative"),       # 财政拨款收入预算总计
    (18, "revenue_general_budget", _B, "17981.68", _U, "narrative"),  # 一般公共预算收入预算 (again p19)
    (18, "revenue_other", _B, "15", _U, "narrative"),              # 其他资金收入预算总计 (again p19)
    (19, "revenue_total", _B, "17996.68", _U, "narrative"),        # 本年收入预算合计
    (19, "expenditure_total", _B, "17996.68", _U, "narrative"),    # 本年支出预算合计
    (19, "expenditure_basic", _B, "12323.46", _U, "narrative"),    # 此外，基本支出预算数为 (a misprint)
    (19, "expenditure_basic", _B, "12323.48", _U, "narrative"),    # 三、基本支出
    (19, "expenditure_project", _B, "5533", _U, "narrative"),      # 项目支出预算数为 5533 / 项目支出 5533

    # --- p20-21, narrative 四 (财政拨款收支总预算), 六 / 九 (基本支出: 人员经费, 公用经费; both sections
    # state the same two figures, recorded once).
    (20, "fiscal_grand_total", _B, "17981.68", _U, "narrative"),   # 财政拨款收、支总预算
    (20, "basic_personnel", _B, "9710.42", _U, "narrative"),       # （一）人员经费 (again p21)
    (21, "basic_public", _B, "2598.06", _U, "narrative"),          # （二）公用经费 (again p21)

    # --- p22-23, narrative 十 机关运行经费, 十一 三公 (no 三公 total is stated in a sentence).
    (22, "admin_operating_cost", _B, "6032.55", _U, "narrative"),
    (22, "three_public_outbound", _B, "110", _U, "narrative"),
    (22, "three_public_vehicle", _B, "317.8", _U, "narrative"),
    (22, "three_public_vehicle_purchase", _B, "50", _U, "narrative"),
    (22, "three_public_vehicle_operation", _B, "267.8", _U, "narrative"),
    (22, "three_public_reception", _B, "156.55", _U, "narrative"),

    # --- p23, narrative 十二 政府采购.
    (23, "procurement_total", _B, "2889.8", _U, "narrative"),
    (23, "procurement_goods", _B, "334", _U, "narrative"),
    (23, "procurement_works", _B, "0", _U, "narrative"),           # 拟购买工程 0 万元
    (23, "procurement_services", _B, "2555.8", _U, "narrative"),
]
