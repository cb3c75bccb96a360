"""Facts of 江苏省高级人民法院_省法院2018年度部门预算公开.pdf, read from the page images (not from parser output).

The 2018 department budget (部门预算) of 江苏省高级人民法院, a provincial department (本级 and
徐州铁路运输法院, p8). 25 pages: cover (p1, "2018 年度江苏省高级人民法院预算公开", dated 2018 年 2 月 24 日),
目录 (p2), 第一部分 部门概况 (p3-9, no figures besides counts of 内设机构 / units), 第二部分 the twelve
预算表 (p9-16: 一 收支预算总表 p9-10, 二 收入预算总表 p10, 三 支出预算总表 p10, 四 财政拨款收支预算总表
p10-11 (title at the foot of p10, body on p11), 五 财政拨款支出预算表 p11, 六 财政拨款基本支出预算表 p11-12,
七 一般公共预算支出预算表 p12-13, 八 一般公共预算基本支出预算表 p13-14, 九 "三公"经费、会议费、培训费
p14, 十 政府性基金 p14 (合计 row only, blank), 十一 机关运行经费 p14-15, 十二 政府采购 p15-16),
第三部分 情况说明 (p16-24), 第四部分 名词解释 (p24-25). Every table says 单位：万元; the sentences are in 万元.
The PDF prints no page footers; pages here are PDF pages (1-based).

All money is 一般公共预算 (政府性基金预算, 财政专户管理资金, 其他资金, 上年结转资金, 结转下年资金 cells
are blank; 十 政府性基金 table prints only an empty 合计 row; the narrative says 政府性基金支出预算支出 0).
No table prints 上年预算数 / 上年执行数 columns; prior-year figures appear only in sentences
(与上年相比增加 4322.77 万元 …, 比上年预算减少 10 万元 …) and, as in the other budget files, are left out.

Left out on purpose:
- 单位预留机动经费 3258.06 (p9, p10, p11, p18): no metric in the vocabulary fits it
  (基本 18570.82 + 项目 11343.27 + 预留 3258.06 = 33172.15).
- Blank cells (see above) and the blank 公务用车购置费 cell of the 三公 table (p14): blank is not zero.
  (The narrative, p23, says 公务用车购置预算支出 0 万元: that 0 is recorded, from the sentence.)
- The 三公 table's 合计 2558.26 (p14), which adds 会议费 271.26 and 培训费 1666.25 to the 三公 小计
  620.75, and the 会议费 / 培训费 figures (p14, p23): no metric for them.
- 收入预算总表 (p10) row 公共财政拨款(补助)资金 33172.15: no metric (its 小计 is recorded as
  revenue_general_budget).
- 合计 rows of the coded tables (no code); the economic lines of 十一 机关运行经费 (p14-15): they would
  repeat the keys of the basic-expenditure economic lines with the same values.
- Narrative totals of one fund scope that fit no metric: 五 财政拨款预算支出 33172.15 (p19), 七 一般公共预算
  财政拨款支出预算 33172.15 (p21), 八 一般公共预算财政拨款基本支出预算 18570.82 (p22, same figure as the
  财政拨款 基本支出 of p21, recorded once there as in the procuratorate file), 十 政府性基金支出 0 (p23).
- Percentages (占…%, 增长…%), 6 个项目 / 4481.3 万元 of 绩效目标管理 (p24), 27 个内设机构 / 2 家预算单位
  (p6, p8): no metric. The document prints no staff counts and no vehicle count.

Read from pdftoppm renders at 110 dpi; every digit was checked on the image.
"""

SOURCE_FILE = "江苏省高级人民法院_省法院2018年度部门预算公开.pdf"
SHA256 = "9bb83bc165f9437a9be42d7f3f2a5bdf9ca480f86601f65a70518389207dc3a5"

DOCUMENT = dict(
    province="江苏省",
    city=None,                  # provincial department: no city level
    county=None,
    # cover (p1) "2018 年度江苏省高级人民法院预算公开"; every table title "2018 年度江苏省高级人民法院…表".
    # (The file name's "省法院" is a short form used only in the file name.)
    department_printed="江苏省高级人民法院",
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="江苏省高级人民法院",
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

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # --- p9-10, 一、收支预算总表: expenditure-side 功能分类 class rows print no code
    # (code None, source "table", fund_scope all_funds, as in the procuratorate file).
    (9, _F, None, "公共安全支出", _X, "total", "all_funds", _B, "26200.88", _U, "table"),
    (9, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "2254.76", _U, "table"),
    (10, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "4716.51", _U, "table"),

    # --- p11, 五、财政拨款支出预算表 (功能科目): a single 金额 column, the 财政拨款 total
    # (一般公共预算 + 政府性基金, the latter empty) -> fund_scope fiscal_allocation.
    (11, _F, "204", "公共安全支出", _X, "total", "fiscal_allocation", _B, "26200.88", _U, "table"),
    (11, _F, "20405", "法院", _X, "total", "fiscal_allocation", _B, "26200.88", _U, "table"),
    (11, _F, "2040501", "行政运行", _X, "total", "fiscal_allocation", _B, "14857.61", _U, "table"),
    (11, _F, "2040502", "一般行政管理事务", _X, "total", "fiscal_allocation", _B, "6049.97", _U, "table"),
    (11, _F, "2040503", "机关服务", _X, "total", "fiscal_allocation", _B, "1600.00", _U, "table"),
    (11, _F, "2040504", "案件审判", _X, "total", "fiscal_allocation", _B, "1833.30", _U, "table"),
    (11, _F, "2040505", "案件执行", _X, "total", "fiscal_allocation", _B, "950.00", _U, "table"),
    (11, _F, "2040599", "其他法院支出", _X, "total", "fiscal_allocation", _B, "910.00", _U, "table"),
    (11, _F, "208", "社会保障和就业支出", _X, "total", "fiscal_allocation", _B, "2254.76", _U, "table"),
    (11, _F, "20805", "行政事业单位离退休", _X, "total", "fiscal_allocation", _B, "2254.76", _U, "table"),
    (11, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", "fiscal_allocation", _B, "397.23", _U, "table"),
    (11, _F, "2080505", "机关事业单位基本养老保险缴费支出", _X, "total", "fiscal_allocation", _B, "1326.81", _U, "table"),
    (11, _F, "2080506", "机关事业单位职业年金缴费支出", _X, "total", "fiscal_allocation", _B, "530.72", _U, "table"),
    (11, _F, "221", "住房保障支出", _X, "total", "fiscal_allocation", _B, "4716.51", _U, "table"),
    (11, _F, "22102", "住房改革支出", _X, "total", "fiscal_allocation", _B, "4716.51", _U, "table"),
    (11, _F, "2210201", "住房公积金", _X, "total", "fiscal_allocation", _B, "1398.26", _U, "table"),
    (11, _F, "2210202", "提租补贴", _X, "total", "fiscal_allocation", _B, "3318.25", _U, "table"),

    # --- p11-12, 六、财政拨款基本支出预算表 (经济科目): one 金额 column; basic spending,
    # general_public_budget (as in the procuratorate file; 八 prints the same figures for 一般公共预算).
    # Starts on p11 (301 … 30107) and continues on p12 without a header.
    (11, _E, "301", "工资福利支出", _X, "basic", "general_public_budget", _B, "13747.87", _U, "table"),
    (11, _E, "30101", "基本工资", _X, "basic", "general_public_budget", _B, "2679.68", _U, "table"),
    (11, _E, "30102", "津贴补贴", _X, "basic", "general_public_budget", _B, "6494.60", _U, "table"),
    (11, _E, "30103", "奖金", _X, "basic", "general_public_budget", _B, "219.49", _U, "table"),
    (11, _E, "30107", "绩效工资", _X, "basic", "general_public_budget", _B, "77.66", _U, "table"),
    (12, _E, "30108", "机关事业单位基本养老保险缴费", _X, "basic", "general_public_budget", _B, "1326.81", _U, "table"),
    (12, _E, "30109", "职业年金缴费", _X, "basic", "general_public_budget", _B, "530.72", _U, "table"),
    (12, _E, "30112", "其他社会保障缴费", _X, "basic", "general_public_budget", _B, "74.56", _U, "table"),
    (12, _E, "30113", "住房公积金", _X, "basic", "general_public_budget", _B, "1398.26", _U, "table"),
    (12, _E, "30114", "医疗费", _X, "basic", "general_public_budget", _B, "331.32", _U, "table"),
    (12, _E, "30199", "其他工资福利支出", _X, "basic", "general_public_budget", _B, "614.77", _U, "table"),
    (12, _E, "302", "商品和服务支出", _X, "basic", "general_public_budget", _B, "3407.38", _U, "table"),
    (12, _E, "30201", "办公费", _X, "basic", "general_public_budget", _B, "350.00", _U, "table"),
    (12, _E, "30205", "水费", _X, "basic", "general_public_budget", _B, "34.00", _U, "table"),
    (12, _E, "30206", "电费", _X, "basic", "general_public_budget", _B, "266.00", _U, "table"),
    (12, _E, "30207", "邮电费", _X, "basic", "general_public_budget", _B, "119.00", _U, "table"),
    (12, _E, "30211", "差旅费", _X, "basic", "general_public_budget", _B, "305.00", _U, "table"),
    (12, _E, "30213", "维修（护）费", _X, "basic", "general_public_budget", _B, "550.00", _U, "table"),
    (12, _E, "30215", "会议费", _X, "basic", "general_public_budget", _B, "111.54", _U, "table"),
    (12, _E, "30216", "培训费", _X, "basic", "general_public_budget", _B, "45.37", _U, "table"),
    # 30217 公务接待费 48.95 is the basic-expenditure part only; the 三公 table's 183.95 (p14) is larger.
    (12, _E, "30217", "公务接待费", _X, "basic", "general_public_budget", _B, "48.95", _U, "table"),
    (12, _E, "30218", "专用材料费", _X, "basic", "general_public_budget", _B, "40.00", _U, "table"),
    (12, _E, "30228", "工会经费", _X, "basic", "general_public_budget", _B, "410.00", _U, "table"),
    (12, _E, "30229", "福利费", _X, "basic", "general_public_budget", _B, "111.00", _U, "table"),
    (12, _E, "30231", "公务用车运行维护费", _X, "basic", "general_public_budget", _B, "266.80", _U, "table"),
    (12, _E, "30239", "其他交通费用", _X, "basic", "general_public_budget", _B, "596.38", _U, "table"),
    (12, _E, "30299", "其他商品和服务支出", _X, "basic", "general_public_budget", _B, "153.34", _U, "table"),
    (12, _E, "303", "对个人和家庭的补助", _X, "basic", "general_public_budget", _B, "1415.57", _U, "table"),
    (12, _E, "30301", "离休费", _X, "basic", "general_public_budget", _B, "461.60", _U, "table"),
    (12, _E, "30302", "退休费", _X, "basic", "general_public_budget", _B, "744.51", _U, "table"),
    (12, _E, "30305", "生活补助", _X, "basic", "general_public_budget", _B, "202.78", _U, "table"),
    (12, _E, "30307", "医疗费补助", _X, "basic", "general_public_budget", _B, "4.76", _U, "table"),
    (12, _E, "30309", "奖励金", _X, "basic", "general_public_budget", _B, "1.92", _U, "table"),

    # --- p12-13, 七、一般公共预算支出预算表 (功能科目): one 金额 column, general_public_budget.
    # 204 … 2040503 on p12, the rest on p13 (continuation without a header).
    (12, _F, "204", "公共安全支出", _X, "total", "general_public_budget", _B, "26200.88", _U, "table"),
    (12, _F, "20405", "法院", _X, "total", "general_public_budget", _B, "26200.88", _U, "table"),
    (12, _F, "2040501", "行政运行", _X, "total", "general_public_budget", _B, "14857.61", _U, "table"),
    (12, _F, "2040502", "一般行政管理事务", _X, "total", "general_public_budget", _B, "6049.97", _U, "table"),
    (12, _F, "2040503", "机关服务", _X, "total", "general_public_budget", _B, "1600.00", _U, "table"),
    (13, _F, "2040504", "案件审判", _X, "total", "general_public_budget", _B, "1833.30", _U, "table"),
    (13, _F, "2040505", "案件执行", _X, "total", "general_public_budget", _B, "950.00", _U, "table"),
    (13, _F, "2040599", "其他法院支出", _X, "total", "general_public_budget", _B, "910.00", _U, "table"),
    (13, _F, "208", "社会保障和就业支出", _X, "total", "general_public_budget", _B, "2254.76", _U, "table"),
    (13, _F, "20805", "行政事业单位离退休", _X, "total", "general_public_budget", _B, "2254.76", _U, "table"),
    (13, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", "general_public_budget", _B, "397.23", _U, "table"),
    (13, _F, "2080505", "机关事业单位基本养老保险缴费支出", _X, "total", "general_public_budget", _B, "1326.81", _U, "table"),
    (13, _F, "2080506", "机关事业单位职业年金缴费支出", _X, "total", "general_public_budget", _B, "530.72", _U, "table"),
    (13, _F, "221", "住房保障支出", _X, "total", "general_public_budget", _B, "4716.51", _U, "table"),
    (13, _F, "22102", "住房改革支出", _X, "total", "general_public_budget", _B, "4716.51", _U, "table"),
    (13, _F, "2210201", "住房公积金", _X, "total", "general_public_budget", _B, "1398.26", _U, "table"),
    (13, _F, "2210202", "提租补贴", _X, "total", "general_public_budget", _B, "3318.25", _U, "table"),

    # --- p13-14, 八、一般公共预算基本支出预算表 (经济科目): starts on p13 (合计 … 30229) and continues
    # on p14 (30231 … 30309) without a header. Same keys and values as 六; a sample of rows from both
    # pages, to check the page-break continuation.
    (13, _E, "301", "工资福利支出", _X, "basic", "general_public_budget", _B, "13747.87", _U, "table"),
    (13, _E, "30107", "绩效工资", _X, "basic", "general_public_budget", _B, "77.66", _U, "table"),
    (13, _E, "302", "商品和服务支出", _X, "basic", "general_public_budget", _B, "3407.38", _U, "table"),
    (13, _E, "30229", "福利费", _X, "basic", "general_public_budget", _B, "111.00", _U, "table"),
    (14, _E, "30231", "公务用车运行维护费", _X, "basic", "general_public_budget", _B, "266.80", _U, "table"),
    (14, _E, "30299", "其他商品和服务支出", _X, "basic", "general_public_budget", _B, "153.34", _U, "table"),
    (14, _E, "303", "对个人和家庭的补助", _X, "basic", "general_public_budget", _B, "1415.57", _U, "table"),
    (14, _E, "30305", "生活补助", _X, "basic", "general_public_budget", _B, "202.78", _U, "table"),
    (14, _E, "30309", "奖励金", _X, "basic", "general_public_budget", _B, "1.92", _U, "table"),

    # --- p17, narrative 一、（二）支出预算总计: class lines of all funds, no code. Printed
    # "公共安全（类）支出", "社会保障和就业（类）支出", "住房保障（类）支出": the class name with its
    # level marker inside -> 公共安全支出 etc.
    (17, _F, None, "公共安全支出", _X, "total", "all_funds", _B, "26200.88", _U, "narrative"),
    (17, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "2254.76", _U, "narrative"),
    (17, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "4716.51", _U, "narrative"),

    # --- p19-20, narrative 五、财政拨款支出预算情况说明: "法院（款）行政运行（项）支出 14857.61 万元".
    # All 财政拨款 here is 一般公共预算 -> general_public_budget. Names as printed (the 项 name).
    # Note: item 2 prints "一般行政事务管理（项）" where the tables (p11, p12) say 一般行政管理事务;
    # kept as printed.
    (19, _F, None, "行政运行", _X, "total", "general_public_budget", _B, "14857.61", _U, "narrative"),
    (19, _F, None, "一般行政事务管理", _X, "total", "general_public_budget", _B, "6049.97", _U, "narrative"),
    (19, _F, None, "机关服务", _X, "total", "general_public_budget", _B, "1600", _U, "narrative"),
    (20, _F, None, "案件审判", _X, "total", "general_public_budget", _B, "1833.3", _U, "narrative"),
    (20, _F, None, "案件执行", _X, "total", "general_public_budget", _B, "950", _U, "narrative"),
    (20, _F, None, "其他法院支出", _X, "total", "general_public_budget", _B, "910", _U, "narrative"),
    (20, _F, None, "未归口管理的行政单位离退休", _X, "total", "general_public_budget", _B, "397.23", _U, "narrative"),
    (20, _F, None, "机关事业单位基本养老保险缴费支出", _X, "total", "general_public_budget", _B, "1326.81", _U, "narrative"),
    (20, _F, None, "机关事业单位职业年金缴费支出", _X, "total", "general_public_budget", _B, "530.72", _U, "narrative"),
    (20, _F, None, "住房公积金", _X, "total", "general_public_budget", _B, "1398.26", _U, "narrative"),
    # "住房改革支出（款）提租补贴（项）支出 3318.25 万元" at the foot of p20 (sentence ends on p21)
    (20, _F, None, "提租补贴", _X, "total", "general_public_budget", _B, "3318.25", _U, "narrative"),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # --- p9-10, 一、收支预算总表 (blank rows: 政府性基金预算, 财政专户管理资金, 其他资金,
    # 上年结转资金, 结转下年资金 -> no fact). The 小计 / 合计 rows are at the top of p10.
    (9, "revenue_fiscal", _B, "33172.15", _U, "table"),            # 一、财政拨款
    (9, "revenue_general_budget", _B, "33172.15", _U, "table"),    # 1.一般公共预算
    (9, "expenditure_basic", _B, "18570.82", _U, "table"),         # 一、基本支出
    (9, "expenditure_project", _B, "11343.27", _U, "table"),       # 二、项目支出
    (10, "revenue_total", _B, "33172.15", _U, "table"),            # 当年收入小计
    (10, "expenditure_total", _B, "33172.15", _U, "table"),        # 当年支出小计
    (10, "grand_total", _B, "33172.15", _U, "table"),              # 收入合计 / 支出合计

    # --- p10, 二、收入预算总表 (only the 一般公共预算资金 rows carry amounts).
    (10, "revenue_general_budget", _B, "33172.15", _U, "table"),   # 一般公共预算资金 小计
    # --- p10, 三、支出预算总表: one row, no function codes (单位预留机动经费 3,258.06 left out;
    # 结转下年资金 blank).
    (10, "expenditure_basic", _B, "18570.82", _U, "table"),
    (10, "expenditure_project", _B, "11343.27", _U, "table"),
    # 三's 合计 33,172.15 is the same key as 当年支出小计 above, same value (recorded once per page).

    # --- p11, 四、财政拨款收支预算总表 (its title is at the foot of p10; 二、政府性基金预算 blank).
    (11, "revenue_general_budget", _B, "33172.15", _U, "table"),   # 一、一般公共预算
    (11, "fiscal_grand_total", _B, "33172.15", _U, "table"),       # 收入合计 / 支出合计
    (11, "expenditure_basic", _B, "18570.82", _U, "table"),
    (11, "expenditure_project", _B, "11343.27", _U, "table"),

    # --- p14, 九、"三公"经费、会议费、培训费支出预算表 (公务用车购置费 cell blank -> no table fact).
    (14, "three_public_total", _B, "620.75", _U, "table"),         # "三公"经费 小计
    (14, "three_public_outbound", _B, "170.00", _U, "table"),
    (14, "three_public_vehicle", _B, "266.80", _U, "table"),       # 公务用车购置及运行维护费 小计
    (14, "three_public_vehicle_operation", _B, "266.80", _U, "table"),
    (14, "three_public_reception", _B, "183.95", _U, "table"),

    # --- p14, 十一、一般公共预算机关运行经费支出预算表.
    (14, "admin_operating_cost", _B, "3407.38", _U, "table"),      # 合计

    # --- p15, 十二、政府采购预算表 (the table continues on p16 with 服务 detail rows).
    (15, "procurement_total", _B, "4641.62", _U, "table"),         # 合计
    (15, "procurement_goods", _B, "962.86", _U, "table"),          # 一、货物A
    (15, "procurement_works", _B, "539.00", _U, "table"),          # 二、工程B
    (15, "procurement_services", _B, "3139.76", _U, "table"),      # 三、服务C

    # --- p17-18, narrative 一/二/三.
    (17, "grand_total", _B, "33172.15", _U, "narrative"),          # 收入、支出预算总计; (一)收入预算总计; (二)支出预算总计
    (17, "revenue_fiscal", _B, "33172.15", _U, "narrative"),       # 财政拨款收入预算总计
    (17, "revenue_general_budget", _B, "33172.15", _U, "narrative"),  # 一般公共预算收入预算
    (17, "expenditure_basic", _B, "18570.82", _U, "narrative"),    # 此外，基本支出预算数
    (18, "expenditure_project", _B, "11343.27", _U, "narrative"),  # 项目支出预算数
    (18, "revenue_total", _B, "33172.15", _U, "narrative"),        # 二、本年收入预算合计
    (18, "revenue_general_budget", _B, "33172.15", _U, "narrative"),  # 二、一般公共预算收入
    (18, "expenditure_total", _B, "33172.15", _U, "narrative"),    # 三、本年支出预算合计
    (18, "expenditure_basic", _B, "18570.82", _U, "narrative"),    # 三、基本支出
    # (三's 项目支出 11343.27 on p18 is the same key, same page, same value as above.)

    # --- p19, narrative 四: "财政拨款收、支总预算 33172.15 万元" ("财政拨款收、支总计各增加…").
    (19, "fiscal_grand_total", _B, "33172.15", _U, "narrative"),

    # --- p21-22, narrative 六 (财政拨款基本支出) and 八 (一般公共预算财政拨款基本支出): same figures.
    # 15163.44 + 3407.38 = 18570.82.
    (21, "expenditure_basic", _B, "18570.82", _U, "narrative"),
    (21, "basic_personnel", _B, "15163.44", _U, "narrative"),
    (21, "basic_public", _B, "3407.38", _U, "narrative"),
    (22, "basic_personnel", _B, "15163.44", _U, "narrative"),
    (22, "basic_public", _B, "3407.38", _U, "narrative"),

    # --- p22-23, narrative 九 三公: no 三公 total is stated in a sentence (only shares 27.39% /
    # 42.98% / 29.63%). p22: the summary sentence and item 1 (因公出国（境）费预算支出 170 万元);
    # p23: items 2 and 3.
    (22, "three_public_outbound", _B, "170", _U, "narrative"),
    (22, "three_public_vehicle_operation", _B, "266.8", _U, "narrative"),  # 公务用车运行维护费支出
    (22, "three_public_reception", _B, "183.95", _U, "narrative"),
    (23, "three_public_vehicle", _B, "266.8", _U, "narrative"),    # 公务用车购置及运行费预算支出
    (23, "three_public_vehicle_purchase", _B, "0", _U, "narrative"),  # 公务用车购置预算支出 0 万元
    (23, "three_public_vehicle_operation", _B, "266.8", _U, "narrative"),
    (23, "three_public_reception", _B, "183.95", _U, "narrative"),

    # --- p23, narrative 十一: "一般公共预算机关运行经费预算支出 3407.38 万元" (the figure is on p23,
    # its "元" wraps to p24).
    (23, "admin_operating_cost", _B, "3407.38", _U, "narrative"),

    # --- p24, narrative 十二 政府采购 (962.86 + 539 + 3139.76 = 4641.62).
    (24, "procurement_total", _B, "4641.62", _U, "narrative"),
    (24, "procurement_goods", _B, "962.86", _U, "narrative"),
    (24, "procurement_works", _B, "539", _U, "narrative"),
    (24, "procurement_services", _B, "3139.76", _U, "narrative"),
]
