"""Facts of 江苏省人民检察院_2018年省检察院部门预算公开.pdf, read from the page images (not from parser output).

The 2018 department budget (部门预算) of 江苏省人民检察院, a provincial department (机关本级 and the 南京 /
徐州铁路运输检察院, p6). 31 pages: cover (p1, "江苏省人民检察院 / 2018年部门预算"), 目录 (p2), 第一部分 部门
概况 (p3-13; no budget figure, no staff count), 第二部分 the twelve 公开 tables (p13-23: 01 收支预算总表
p13-14, 02 收入预算总表 p14, 03 支出预算总表 p15 (one row, no function lines), 04 财政拨款收支预算总表 p15,
05 财政拨款支出预算表 p15-16, 06 财政拨款基本支出预算表 p16-17, 07 一般公共预算支出预算表 p17-18, 08 一般
公共预算基本支出预算表 p18-19, 09 "三公"经费、会议费、培训费 p19, 10 政府性基金支出预算表 p19 (此表为空),
11 机关运行经费 p20, 12 政府采购 p20-23), 第三部分 情况说明 (p23-30), 第四部分 名词解释 (p30-31). Every
table says 单位：万元 and 部门：江苏省人民检察院; the sentences are in 万元. The printed page footers equal
the PDF pages (1-based).

Money: 一般公共预算 21940.96 plus 其他资金 (其他收入) 14.39 = 21955.35. Because of those 14.39 the
all-funds tables (p13, p15 公开03) differ from the 财政拨款 tables: 公共安全支出 16458.75 (p13, p24) vs
16444.36 (p15, p17, p26), 基本支出 13994.31 (p13, p15, p24, p25) vs 13979.92 (公开04 p15, 06/08 合计,
p27, p28). 政府性基金, 财政专户管理资金, 上年结转 and 结转下年 cells are blank; the 三公 table's 公务用车
购置费 cell is blank (p29: "2018 年无公务用车购置预算安排", no figure). No table prints 上年预算数 /
上年执行数 columns, so there is no prior_year_* fact. 05/07 print 2040405 as "1895.00" (no separator);
the narrative says "1,895".

No fact recorded here contradicts another. (Only the differences in sentences disagree: the
一般公共预算 收入 "增加 3,959.28" on p23 vs the 财政拨款 收、支 / 支出 "增加 3,958.98" on p25, p26, p28,
for the same money; differences are not recorded.)

Left out on purpose:
- 单位预留机动经费 2388.04 (p13, p15 twice, p25 twice): no metric in the vocabulary fits it
  (基本 13994.31 + 项目 5573.00 + 预留 2388.04 = 21955.35); nor the prior-year 预留机动 "140.2 万元"
  (p25), a prior-year figure without a metric.
- 公开04 财政拨款收支预算总表 (p15) 基本支出 13979.92 / 项目支出 5573.00 / 预留 2388.04, and the
  narrative's 财政拨款基本支出预算 13979.92 (p27) / 一般公共预算财政拨款基本支出预算 13979.92 (p28): the
  财政拨款 part only, differing from the all-funds expenditure_basic 13994.31; a metric has no fund
  scope (as the 2017 file does). Also 财政拨款预算支出 21940.96 (p26), 一般公共预算财政拨款支出预算
  21940.96 (p28) and 政府性基金支出预算支出 0 (p29): narrative totals of one fund scope with no metric.
- 收入预算总表 (p14) rows 公共财政拨款(补助)资金 21940.96 and 其他收入 14.39: sub-rows equal to their
  小计 (recorded as revenue_general_budget / revenue_other).
- Blank cells (see above) and the empty 公开10 政府性基金支出预算表 (p19): blank is not zero.
- The 三公 table's 合计 1384.74 (p19), which adds 会议费 200.44 and 培训费 700.00 to the 三公 小计 484.30,
  and the 会议费 / 培训费 figures (p19, p23, p29): no metric for them.
- 合计 rows of the coded tables (no code); the economic lines of 公开11 机关运行经费 (p20: 302 2722.57,
  30201 130.00 … 30211 45.00): they repeat the keys of the basic-expenditure 302 lines with the same
  values (the table's 合计 is recorded as admin_operating_cost).
- The 政府采购 table's item rows (专项 / 经济科目 / 采购物品 amounts, p20-23): no metric; only 合计,
  一、货物 A and 三、服务 C are recorded. No 二、工程 row is printed and the sentence (p30) names no
  工程 amount, so there is no procurement_works fact.
- Prior-year figures in sentences: increases / decreases (3,958.67, 3,959.28, 0.61, 2,802.41,
  184.96, 1,341.22, 1,670.85, 40, 2,247.84, 3,958.98, 2,915.22, 21.8, 134, 1,649.26, 1,045.93,
  418.37, 40.05, 32.44, 3,309.98), "与上年预算数相等/一致" for 因公出国 100, 公务用车运行维护 267.8 and
  培训费 700: no sentence states a prior-year amount itself (except 预留机动 140.2, above), so no
  prior_year_budget fact (deriving one is not reading it).
- p24's "较上年减少部门支出 1,653 万元" (退休人员基本养老金) and "增加部门预算 1,464.3 万元" (养老金 /
  职业年金单位缴费); p30's 5 个项目 / 5,086 万元 under 绩效目标管理; percentages (占…%, 增长…%, 16 倍); the
  counts of 19 个内设机构 / 2 个下属事业单位 / 2 个派出机构 (p5) and 3 家预算单位 (p6): no metric. The
  document prints no staff count and no vehicle count.

Read from pdftoppm renders at 150 dpi (tables and 情况说明, p13-30) and 80 dpi (cover, 概况); every
digit was checked on the image.
"""

SOURCE_FILE = "江苏省人民检察院_2018年省检察院部门预算公开.pdf"
SHA256 = "b6f855786225b37be078fd02749561b38eafb049b50aad54f5014afdab2a31e8"

DOCUMENT = dict(
    province="江苏省",
    city=None,                  # provincial department: no city level
    county=None,
    # cover (p1) "江苏省人民检察院 / 2018年部门预算" and the 部门： line of every table.
    # (The file name's and the narrative's "省检察院" is a short form.)
    department_printed="江苏省人民检察院",
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="江苏省人民检察院",
    admin_code="320000",
    fiscal_year=2018,
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
    # --- p13-14, 公开01表 收支预算总表, 支出 / 功能分类: class rows print names without codes; only three
    # carry an amount (the other seventeen are blank). Code None, source "table", all_funds.
    # 公共安全支出 16458.75 = 16444.36 财政拨款 + 14.39 其他资金. 十八、住房保障支出 is on p14.
    (13, _F, None, "公共安全支出", _X, "total", "all_funds", _B, "16458.75", _U, "table"),
    (13, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "1836.22", _U, "table"),
    (14, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "3660.38", _U, "table"),

    # --- p15-16, 公开05表 财政拨款支出预算表: 功能科目代码 printed as one 3/5/7-digit code, a single 金额
    # column of the 财政拨款 table (一般公共预算 + 政府性基金, the latter empty) -> fiscal_allocation.
    # 204 / 20404 / 2040401 at the foot of p15, the rest on p16. 合计 21940.96.
    (15, _F, "204", "公共安全支出", _X, "total", _FA, _B, "16444.36", _U, "table"),
    (15, _F, "20404", "检察", _X, "total", _FA, _B, "16444.36", _U, "table"),
    (15, _F, "2040401", "行政运行", _X, "total", _FA, _B, "10883.36", _U, "table"),
    (16, _F, "2040402", "一般行政管理事务", _X, "total", _FA, _B, "3666.00", _U, "table"),
    (16, _F, "2040405", "公诉、审判、侦查、执行等检察监督支出", _X, "total", _FA, _B, "1895.00", _U, "table"),
    (16, _F, "208", "社会保障和就业支出", _X, "total", _FA, _B, "1836.22", _U, "table"),
    (16, _F, "20805", "行政事业单位离退休", _X, "total", _FA, _B, "1836.22", _U, "table"),
    (16, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", _FA, _B, "371.92", _U, "table"),
    (16, _F, "2080505", "机关事业单位基本养老保险缴费支出", _X, "total", _FA, _B, "1045.93", _U, "table"),
    (16, _F, "2080506", "机关事业单位职业年金缴费支出", _X, "total", _FA, _B, "418.37", _U, "table"),
    (16, _F, "221", "住房保障支出", _X, "total", _FA, _B, "3660.38", _U, "table"),
    (16, _F, "22102", "住房改革支出", _X, "total", _FA, _B, "3660.38", _U, "table"),
    (16, _F, "2210201", "住房公积金", _X, "total", _FA, _B, "1073.77", _U, "table"),
    (16, _F, "2210202", "提租补贴", _X, "total", _FA, _B, "2586.61", _U, "table"),

    # --- p16-17, 公开06表 财政拨款基本支出预算表 (科目编码, 部门预算经济分类 301…): one 金额 column; basic
    # spending, general_public_budget (all 财政拨款 is 一般公共预算; 公开08 prints the same figures).
    # 301 … 30206 on p16, 30207 … 30309 on p17 without a header. Rows in printed order (30211 差旅费
    # after 30299). 合计 13979.92 = 301 10204.52 + 302 2722.57 + 303 1052.83.
    (16, _E, "301", "工资福利支出", _X, "basic", _GPB, _B, "10204.52", _U, "table"),
    (16, _E, "30101", "基本工资", _X, "basic", _GPB, _B, "2117.68", _U, "table"),
    (16, _E, "30102", "津贴补贴", _X, "basic", _GPB, _B, "5081.98", _U, "table"),
    (16, _E, "30103", "奖金", _X, "basic", _GPB, _B, "175.44", _U, "table"),
    (16, _E, "30108", "机关事业单位基本养老保险缴费", _X, "basic", _GPB, _B, "1045.93", _U, "table"),
    (16, _E, "30109", "职业年金缴费", _X, "basic", _GPB, _B, "418.37", _U, "table"),
    (16, _E, "30112", "其他社会保障缴费", _X, "basic", _GPB, _B, "78.09", _U, "table"),
    (16, _E, "30113", "住房公积金", _X, "basic", _GPB, _B, "1073.77", _U, "table"),
    (16, _E, "30114", "医疗费", _X, "basic", _GPB, _B, "49.68", _U, "table"),
    (16, _E, "30199", "其他工资福利支出", _X, "basic", _GPB, _B, "163.58", _U, "table"),
    (16, _E, "302", "商品和服务支出", _X, "basic", _GPB, _B, "2722.57", _U, "table"),
    (16, _E, "30201", "办公费", _X, "basic", _GPB, _B, "130.00", _U, "table"),
    (16, _E, "30205", "水费", _X, "basic", _GPB, _B, "18.92", _U, "table"),
    (16, _E, "30206", "电费", _X, "basic", _GPB, _B, "262.00", _U, "table"),
    (17, _E, "30207", "邮电费", _X, "basic", _GPB, _B, "60.00", _U, "table"),
    (17, _E, "30213", "维修（护）费", _X, "basic", _GPB, _B, "65.00", _U, "table"),
    (17, _E, "30215", "会议费", _X, "basic", _GPB, _B, "200.44", _U, "table"),
    (17, _E, "30217", "公务接待费", _X, "basic", _GPB, _B, "36.50", _U, "table"),
    (17, _E, "30218", "专用材料费", _X, "basic", _GPB, _B, "30.00", _U, "table"),
    (17, _E, "30228", "工会经费", _X, "basic", _GPB, _B, "128.00", _U, "table"),
    (17, _E, "30229", "福利费", _X, "basic", _GPB, _B, "16.00", _U, "table"),
    (17, _E, "30231", "公务用车运行维护费", _X, "basic", _GPB, _B, "267.80", _U, "table"),
    (17, _E, "30239", "其他交通费用", _X, "basic", _GPB, _B, "468.37", _U, "table"),
    (17, _E, "30299", "其他商品和服务支出", _X, "basic", _GPB, _B, "994.54", _U, "table"),
    (17, _E, "30211", "差旅费", _X, "basic", _GPB, _B, "45.00", _U, "table"),
    (17, _E, "303", "对个人和家庭的补助", _X, "basic", _GPB, _B, "1052.83", _U, "table"),
    (17, _E, "30301", "离休费", _X, "basic", _GPB, _B, "428.51", _U, "table"),
    (17, _E, "30302", "退休费", _X, "basic", _GPB, _B, "623.28", _U, "table"),
    (17, _E, "30309", "奖励金", _X, "basic", _GPB, _B, "1.04", _U, "table"),

    # --- p17-18, 公开07表 一般公共预算支出预算表: the same 13 lines and amounts as 公开05,
    # general_public_budget. 204 … 2080506 on p17, 221 … 2210202 on p18.
    (17, _F, "204", "公共安全支出", _X, "total", _GPB, _B, "16444.36", _U, "table"),
    (17, _F, "20404", "检察", _X, "total", _GPB, _B, "16444.36", _U, "table"),
    (17, _F, "2040401", "行政运行", _X, "total", _GPB, _B, "10883.36", _U, "table"),
    (17, _F, "2040402", "一般行政管理事务", _X, "total", _GPB, _B, "3666.00", _U, "table"),
    (17, _F, "2040405", "公诉、审判、侦查、执行等检察监督支出", _X, "total", _GPB, _B, "1895.00", _U, "table"),
    (17, _F, "208", "社会保障和就业支出", _X, "total", _GPB, _B, "1836.22", _U, "table"),
    (17, _F, "20805", "行政事业单位离退休", _X, "total", _GPB, _B, "1836.22", _U, "table"),
    (17, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", _GPB, _B, "371.92", _U, "table"),
    (17, _F, "2080505", "机关事业单位基本养老保险缴费支出", _X, "total", _GPB, _B, "1045.93", _U, "table"),
    (17, _F, "2080506", "机关事业单位职业年金缴费支出", _X, "total", _GPB, _B, "418.37", _U, "table"),
    (18, _F, "221", "住房保障支出", _X, "total", _GPB, _B, "3660.38", _U, "table"),
    (18, _F, "22102", "住房改革支出", _X, "total", _GPB, _B, "3660.38", _U, "table"),
    (18, _F, "2210201", "住房公积金", _X, "total", _GPB, _B, "1073.77", _U, "table"),
    (18, _F, "2210202", "提租补贴", _X, "total", _GPB, _B, "2586.61", _U, "table"),

    # --- p18-19, 公开08表 一般公共预算基本支出预算表: 301 … 30239 on p18, 30299 … 30309 on p19 without a
    # header. Same keys and values as 公开06 (p16-17).
    (18, _E, "301", "工资福利支出", _X, "basic", _GPB, _B, "10204.52", _U, "table"),
    (18, _E, "30101", "基本工资", _X, "basic", _GPB, _B, "2117.68", _U, "table"),
    (18, _E, "30102", "津贴补贴", _X, "basic", _GPB, _B, "5081.98", _U, "table"),
    (18, _E, "30103", "奖金", _X, "basic", _GPB, _B, "175.44", _U, "table"),
    (18, _E, "30108", "机关事业单位基本养老保险缴费", _X, "basic", _GPB, _B, "1045.93", _U, "table"),
    (18, _E, "30109", "职业年金缴费", _X, "basic", _GPB, _B, "418.37", _U, "table"),
    (18, _E, "30112", "其他社会保障缴费", _X, "basic", _GPB, _B, "78.09", _U, "table"),
    (18, _E, "30113", "住房公积金", _X, "basic", _GPB, _B, "1073.77", _U, "table"),
    (18, _E, "30114", "医疗费", _X, "basic", _GPB, _B, "49.68", _U, "table"),
    (18, _E, "30199", "其他工资福利支出", _X, "basic", _GPB, _B, "163.58", _U, "table"),
    (18, _E, "302", "商品和服务支出", _X, "basic", _GPB, _B, "2722.57", _U, "table"),
    (18, _E, "30201", "办公费", _X, "basic", _GPB, _B, "130.00", _U, "table"),
    (18, _E, "30205", "水费", _X, "basic", _GPB, _B, "18.92", _U, "table"),
    (18, _E, "30206", "电费", _X, "basic", _GPB, _B, "262.00", _U, "table"),
    (18, _E, "30207", "邮电费", _X, "basic", _GPB, _B, "60.00", _U, "table"),
    (18, _E, "30213", "维修（护）费", _X, "basic", _GPB, _B, "65.00", _U, "table"),
    (18, _E, "30215", "会议费", _X, "basic", _GPB, _B, "200.44", _U, "table"),
    (18, _E, "30217", "公务接待费", _X, "basic", _GPB, _B, "36.50", _U, "table"),
    (18, _E, "30218", "专用材料费", _X, "basic", _GPB, _B, "30.00", _U, "table"),
    (18, _E, "30228", "工会经费", _X, "basic", _GPB, _B, "128.00", _U, "table"),
    (18, _E, "30229", "福利费", _X, "basic", _GPB, _B, "16.00", _U, "table"),
    (18, _E, "30231", "公务用车运行维护费", _X, "basic", _GPB, _B, "267.80", _U, "table"),
    (18, _E, "30239", "其他交通费用", _X, "basic", _GPB, _B, "468.37", _U, "table"),
    (19, _E, "30299", "其他商品和服务支出", _X, "basic", _GPB, _B, "994.54", _U, "table"),
    (19, _E, "30211", "差旅费", _X, "basic", _GPB, _B, "45.00", _U, "table"),
    (19, _E, "303", "对个人和家庭的补助", _X, "basic", _GPB, _B, "1052.83", _U, "table"),
    (19, _E, "30301", "离休费", _X, "basic", _GPB, _B, "428.51", _U, "table"),
    (19, _E, "30302", "退休费", _X, "basic", _GPB, _B, "623.28", _U, "table"),
    (19, _E, "30309", "奖励金", _X, "basic", _GPB, _B, "1.04", _U, "table"),

    # --- p24, narrative 一（二）支出预算总计: class lines of all funds, no code.
    # printed "公共安全（类）支出": the class name 公共安全支出 with its level marker inside.
    (24, _F, None, "公共安全支出", _X, "total", "all_funds", _B, "16458.75", _U, "narrative"),
    (24, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "1836.22", _U, "narrative"),
    (24, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "3660.38", _U, "narrative"),

    # --- p26-27, narrative 五、财政拨款支出预算情况说明: "检察（款）：2018 年预算支出合计…", "1．行政运行
    # （项）支出…". All 财政拨款 here is 一般公共预算 -> general_public_budget. Names as printed (without the
    # （款）/（项） markers); note the narrative's 未归口管理行政单位离退休费 and …缴费 where the tables say
    # 未归口管理的行政单位离退休 and …缴费支出. The class headings （一）…（类） carry no amount.
    (26, _F, None, "检察", _X, "total", _GPB, _B, "16444.36", _U, "narrative"),
    (26, _F, None, "行政运行", _X, "total", _GPB, _B, "10883.36", _U, "narrative"),
    (26, _F, None, "一般行政管理事务", _X, "total", _GPB, _B, "3666", _U, "narrative"),
    (26, _F, None, "公诉、审判、侦查、执行等检察监督支出", _X, "total", _GPB, _B, "1895", _U, "narrative"),
    (26, _F, None, "行政事业单位离退休", _X, "total", _GPB, _B, "1836.22", _U, "narrative"),
    (26, _F, None, "未归口管理行政单位离退休费", _X, "total", _GPB, _B, "371.92", _U, "narrative"),
    (27, _F, None, "机关事业单位基本养老保险缴费", _X, "total", _GPB, _B, "1045.93", _U, "narrative"),
    (27, _F, None, "机关事业单位职业年金缴费", _X, "total", _GPB, _B, "418.37", _U, "narrative"),
    (27, _F, None, "住房改革支出", _X, "total", _GPB, _B, "3660.38", _U, "narrative"),
    (27, _F, None, "住房公积金", _X, "total", _GPB, _B, "1073.77", _U, "narrative"),
    (27, _F, None, "提租补贴", _X, "total", _GPB, _B, "2586.61", _U, "narrative"),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # --- p13-14, 公开01表 收支预算总表 (blank: 2.政府性基金预算, 二、财政专户管理资金, 上年结转资金,
    # 结转下年资金). 三、单位预留机动经费 2388.04 fits no metric. The totals rows are on p14.
    (13, "revenue_fiscal", _B, "21940.96", _U, "table"),           # 一、财政拨款
    (13, "revenue_general_budget", _B, "21940.96", _U, "table"),   # 1.一般公共预算
    (13, "revenue_other", _B, "14.39", _U, "table"),               # 三、其他资金
    (13, "expenditure_basic", _B, "13994.31", _U, "table"),        # 一、基本支出
    (13, "expenditure_project", _B, "5573.00", _U, "table"),       # 二、项目支出
    (14, "revenue_total", _B, "21955.35", _U, "table"),            # 当年收入小计
    (14, "expenditure_total", _B, "21955.35", _U, "table"),        # 当年支出小计
    (14, "grand_total", _B, "21955.35", _U, "table"),              # 收入合计 = 支出合计

    # --- p14, 公开02表 收入预算总表 (only the 一般公共预算资金 and 其他资金 rows carry amounts).
    (14, "grand_total", _B, "21955.35", _U, "table"),              # 收入总计
    (14, "revenue_general_budget", _B, "21940.96", _U, "table"),   # 一般公共预算资金 小计
    (14, "revenue_other", _B, "14.39", _U, "table"),               # 其他资金 小计 (= 其他收入 14.39)

    # --- p15, 公开03表 支出预算总表: one row (单位预留机动经费 2388.04 fits no metric; 结转下年资金 blank).
    (15, "expenditure_total", _B, "21955.35", _U, "table"),        # 合计
    (15, "expenditure_basic", _B, "13994.31", _U, "table"),
    (15, "expenditure_project", _B, "5573.00", _U, "table"),

    # --- p15, 公开04表 财政拨款收支预算总表 (二、政府性基金预算 blank). Its 基本支出 13979.92 / 项目支出
    # 5573.00 / 预留 2388.04 are the 财政拨款 part: left out (see docstring).
    (15, "revenue_general_budget", _B, "21940.96", _U, "table"),   # 一、一般公共预算
    (15, "fiscal_grand_total", _B, "21940.96", _U, "table"),       # 收入合计 / 支出合计

    # --- p19, 公开09表 一般公共预算"三公"经费、会议费、培训费支出预算表 (one row; 公务用车购置费 blank).
    (19, "three_public_total", _B, "484.30", _U, "table"),               # "三公"经费 小计
    (19, "three_public_outbound", _B, "100.00", _U, "table"),            # 因公出国（境）费
    (19, "three_public_vehicle", _B, "267.80", _U, "table"),             # 公务用车购置及运行维护费 小计
    (19, "three_public_vehicle_operation", _B, "267.80", _U, "table"),   # 公务用车运行维护费
    (19, "three_public_reception", _B, "116.50", _U, "table"),           # 公务接待费

    # --- p20, 公开11表 一般公共预算机关运行经费支出预算表, 合计 (= 302 2722.57).
    (20, "admin_operating_cost", _B, "2722.57", _U, "table"),

    # --- p20-21, 公开12表 政府采购支出预算表 (runs on to p23). No 二、工程 row is printed.
    (20, "procurement_total", _B, "3096.24", _U, "table"),         # 合计
    (20, "procurement_goods", _B, "268.00", _U, "table"),          # 一、货物 A
    (21, "procurement_services", _B, "2828.24", _U, "table"),      # 三、服务 C

    # --- p23-25, narrative 一、收支预算总体情况说明 / 二、收入 / 三、支出预算情况说明.
    (23, "grand_total", _B, "21955.35", _U, "narrative"),          # 收入、支出预算总计 (again （一） p23, （二） p24)
    (23, "revenue_fiscal", _B, "21940.96", _U, "narrative"),       # 财政拨款收入预算总计
    (23, "revenue_general_budget", _B, "21940.96", _U, "narrative"),  # 一般公共预算收入预算 (again p25)
    (23, "revenue_other", _B, "14.39", _U, "narrative"),           # 其他资金收入预算总计 (again p25)
    (24, "expenditure_basic", _B, "13994.31", _U, "narrative"),    # 此外，基本支出预算数为 (again p25)
    (24, "expenditure_project", _B, "5573", _U, "narrative"),      # 项目支出预算数为 (again p25)
    (25, "revenue_total", _B, "21955.35", _U, "narrative"),        # 本年收入预算合计
    (25, "expenditure_total", _B, "21955.35", _U, "narrative"),    # 本年支出预算合计

    # --- p25, narrative 四、财政拨款收支预算总体情况说明.
    (25, "fiscal_grand_total", _B, "21940.96", _U, "narrative"),   # 财政拨款收、支总预算

    # --- p27-28, narrative 六 (财政拨款基本支出) and 八 (一般公共预算基本支出): both sections state the
    # same two figures, recorded once each section. 11257.35 + 2722.57 = 13979.92.
    (27, "basic_personnel", _B, "11257.35", _U, "narrative"),      # （一）人员经费
    (27, "basic_public", _B, "2722.57", _U, "narrative"),          # （二）公用经费
    (28, "basic_personnel", _B, "11257.35", _U, "narrative"),
    (28, "basic_public", _B, "2722.57", _U, "narrative"),

    # --- p28-29, narrative 九 三公 (no 三公 total is stated in a sentence; 公务用车购置: "2018 年无公务
    # 用车购置预算安排", no figure).
    (28, "three_public_outbound", _B, "100", _U, "narrative"),     # (again 1． p28)
    (28, "three_public_vehicle", _B, "267.8", _U, "narrative"),    # 公务用车购置及运行费 (again 2． p29)
    (28, "three_public_reception", _B, "116.5", _U, "narrative"),  # (again 3． p29)
    (29, "three_public_vehicle_operation", _B, "267.8", _U, "narrative"),

    # --- p29, narrative 十一 机关运行经费.
    (29, "admin_operating_cost", _B, "2722.57", _U, "narrative"),

    # --- p30, narrative 十二 政府采购 (no 工程 figure is stated).
    (30, "procurement_total", _B, "3096.24", _U, "narrative"),
    (30, "procurement_goods", _B, "268", _U, "narrative"),         # 拟采购货物支出
    (30, "procurement_services", _B, "2828.24", _U, "narrative"),  # 拟购买服务支出
]
