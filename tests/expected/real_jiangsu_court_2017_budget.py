"""Facts of 江苏省高级人民法院_省法院2017年度部门预算公开.pdf, read from the page images (not from parser output).

The 2017 department budget (部门预算) of 江苏省高级人民法院, a provincial department (本院 and, as
"本部门纳入本年预算的下属单位", 徐州铁路运输法院, p10). 27 pages: title and 目录 on one page (p1,
"2017 年度江苏省高级人民法院部门预算公开"), 第一部分 部门概况 (p2-11: 一 主要职能 p2-3, 二 工作任务 p3-5,
三 机构设置 p5-10 (27 内设机构 and the 下属单位 as item 28), 四 编制依据 p10-11; no figures besides those
counts), 第二部分 the twelve 预算表 (p11-18: 一 收支预算总表 p11-12, 二 收入预算总表 p12-13, 三 支出预算
总表 p13 (one row, no function lines), 四 财政拨款收支预算总表 p13, 五 财政拨款支出预算表 p13-14, 六 财政
拨款基本支出预算表 p14, 七 政府性基金支出预算表 p15 (an empty 合计 row only), 八 一般公共预算支出预算表 p15,
九 一般公共预算基本支出预算表 p15-16, 十 机关运行经费 p16-17, 十一 "三公"经费、会议费、培训费 p17, 十二
政府采购 p17-18), 第三部分 情况说明 (p19-26), 第四部分 名词解释 (p26-27). Every table says 单位：万元 (no
部门： line); the sentences are in 万元. The PDF prints no page footers; pages here are PDF pages (1-based).

All money is 一般公共预算 28849.38 (政府性基金预算, 财政专户管理资金, 其他资金, 上年结转资金, 结转下年资金
cells are blank; 七 政府性基金 table prints only an empty 合计 row; the narrative says 政府性基金支出预算支出
0). So the all-funds, 财政拨款 and 一般公共预算 tables print the same figures. No table prints 上年预算数 /
上年执行数 columns, so there is no prior_year_* fact.

No contradiction between two figures for the same thing was found: every total checked adds up
(基本 17123.19 + 项目 11543.27 + 预留 182.92 = 28849.38; 23513.11 + 2347.13 + 2989.14 = 28849.38;
人员经费 13594.82 = 301 7687.65 + 303 5907.17; 三公 180 + 304.4 + 185.72 = 670.12; 机关运行经费 9050.00 +
143.40 = 9193.40; 采购 525.4 + 500 + 2717 = 3742.4), and each sentence repeats its table's figure. Only
a name differs: the narrative (p21) prints "一般行政事务管理（项）" where the tables (p13, p15) print
2040502 一般行政管理事务; kept as printed on each side.

Fund scope of 六 财政拨款基本支出预算表 (p14): general_public_budget, as in the 2018 court and 2017
procuratorate files (basic spending is 一般公共预算 only; 九 prints the same figures under the same keys).
五 财政拨款支出预算表 (p13-14), a 财政拨款 total column, is fiscal_allocation.

Left out on purpose:
- 单位预留机动经费 182.92 (p11, p13 twice, p20 twice): no metric in the vocabulary fits it.
- Blank cells (see above) and the blank 公务用车购置费 cell of the 三公 table (p17): blank is not zero.
  (The narrative, p25, says 公务用车购置预算支出 0 万元: that 0 is recorded, from the sentence.)
- The 三公 table's 合计 2599.37 (p17), which adds 会议费 228.00 and 培训费 1701.25 to the 三公 小计 670.12,
  and the 会议费 / 培训费 figures (p17, p25): no metric for them.
- 收入预算总表 (p12) rows 收入总计 28849.38 (same key, page and value as 收入合计 of 一, recorded once) and
  公共财政拨款(补助)资金 28849.38 (a sub-row equal to its 小计, recorded as revenue_general_budget).
- 四 财政拨款收支预算总表 (p13) 基本支出 / 项目支出: same keys, page and values as 三 支出预算总表 on the
  same page, recorded once.
- 合计 rows of the coded tables (no code); the economic lines of 十 机关运行经费 (p16-17: 302 9050.00,
  30201 879.00, 30202 73.00, 30211 1022.00, 30299 4153.04, 310 / 31002 143.40 …): they include project
  money (the narrative, p24, says so) and differ from the basic-expenditure lines under the same codes;
  no spending_type fits them (the table's 合计 is recorded as admin_operating_cost).
- 九 一般公共预算基本支出预算表 (p15-16): a sample of 12 of its 32 rows, from both pages (same keys and
  values as 六, p14, which is recorded whole).
- The 政府采购 table's item rows (专项 / 经济科目 / 采购物品 amounts, p17-18): no metric; only 合计 and the
  三 大类 rows are recorded.
- Narrative totals of one fund scope that fit no metric: 五 财政拨款预算支出 28849.38 (p21), 八 一般公共
  预算财政拨款支出预算 28849.38 (p23), 七 政府性基金支出预算支出 0 (p23); 九 一般公共预算财政拨款基本支出
  预算 17123.19 (p24, the same figure as 六's 财政拨款基本支出预算 on p22, recorded once there as in the
  2018 court file).
- Prior-year figures in sentences: increases (与上年相比增加 1808.29 / 1408.29 / 400 / 410.44 / 345.96 /
  1051.89 / 10.44 / 450 / 150 / 186.32 / 865.57, 减少 200, 比 2016 年增加 5503.07, 按同口径减少 161.96),
  "与上年一致" (预留 182.92, 机关服务 1600, 案件执行 1050), "本年数与上年数持平" (因公出国 180, 公务用车运行
  维护 304.4, 培训费 1701.25) and "本年数小于上年预算数" (购置, 接待, 会议费): no sentence states a
  prior-year amount itself, so no prior_year_* fact (deriving one is not reading it).
- Percentages (占…%, 增长…%), the 苏财预 document numbers, and the counts of 内设机构 / 下属单位 (p5-10):
  no metric. The document prints no staff counts and no vehicle count.

Read from pdftoppm renders at 110 dpi (text pages) and 150 dpi (tables and 情况说明, p11-26); every
digit was checked on the image.
"""

SOURCE_FILE = "江苏省高级人民法院_省法院2017年度部门预算公开.pdf"
SHA256 = "324795c7efce9893ca94dcfcc6bd8e1e4573b46ceeaa3042185cd44464aeedb0"

DOCUMENT = dict(
    province="江苏省",
    city=None,                  # provincial department: no city level
    county=None,
    # title (p1) "2017 年度江苏省高级人民法院部门预算公开"; every table title "2017 年度江苏省高级人民法院
    # 部门…表". (The file name's and the narrative's "省法院" is a short form.)
    department_printed="江苏省高级人民法院",
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="江苏省高级人民法院",
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
    # --- p12, 一、收支预算总表 (continued from p11), 支出 / 功能分类: class rows print names without codes;
    # only three carry an amount (the other seventeen are blank). Code None, source "table", all_funds.
    (12, _F, None, "公共安全支出", _X, "total", "all_funds", _B, "23513.11", _U, "table"),
    (12, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "2347.13", _U, "table"),
    (12, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "2989.14", _U, "table"),

    # --- p13-14, 五、财政拨款支出预算表: 功能科目代码 printed as one 3/5/7-digit code, a single 金额 column
    # of the 财政拨款 table (一般公共预算 + 政府性基金, the latter empty) -> fiscal_allocation.
    # 204 … 22102 on p13, the last two rows on p14 (continuation without a header).
    (13, _F, "204", "公共安全支出", _X, "total", _FA, _B, "23513.11", _U, "table"),
    (13, _F, "20405", "法院", _X, "total", _FA, _B, "23513.11", _U, "table"),
    (13, _F, "2040501", "行政运行", _X, "total", _FA, _B, "11786.92", _U, "table"),
    (13, _F, "2040502", "一般行政管理事务", _X, "total", _FA, _B, "6432.89", _U, "table"),
    (13, _F, "2040503", "机关服务", _X, "total", _FA, _B, "1600.00", _U, "table"),
    (13, _F, "2040504", "案件审判", _X, "total", _FA, _B, "1733.30", _U, "table"),
    (13, _F, "2040505", "案件执行", _X, "total", _FA, _B, "1050.00", _U, "table"),
    (13, _F, "2040599", "其他法院支出", _X, "total", _FA, _B, "910.00", _U, "table"),
    (13, _F, "208", "社会保障和就业支出", _X, "total", _FA, _B, "2347.13", _U, "table"),
    (13, _F, "20805", "行政事业单位离退休", _X, "total", _FA, _B, "2347.13", _U, "table"),
    (13, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", _FA, _B, "2347.13", _U, "table"),
    (13, _F, "221", "住房保障支出", _X, "total", _FA, _B, "2989.14", _U, "table"),
    (13, _F, "22102", "住房改革支出", _X, "total", _FA, _B, "2989.14", _U, "table"),
    (14, _F, "2210201", "住房公积金", _X, "total", _FA, _B, "1029.15", _U, "table"),
    (14, _F, "2210202", "提租补贴", _X, "total", _FA, _B, "1959.99", _U, "table"),

    # --- p14, 六、财政拨款基本支出预算表 (科目编码, 部门预算经济分类 301…): one 金额 column; basic
    # spending, general_public_budget (as in the 2018 court and 2017 procuratorate files; 九 prints the
    # same figures for 一般公共预算). The whole table is on p14.
    # 合计 17123.19 = 301 7687.65 + 302 3528.37 + 303 5907.17.
    (14, _E, "301", "工资福利支出", _X, "basic", _GPB, _B, "7687.65", _U, "table"),
    (14, _E, "30101", "基本工资", _X, "basic", _GPB, _B, "2509.00", _U, "table"),
    (14, _E, "30102", "津贴补贴", _X, "basic", _GPB, _B, "4220.60", _U, "table"),
    (14, _E, "30103", "奖金", _X, "basic", _GPB, _B, "206.16", _U, "table"),
    (14, _E, "30104", "其他社会保障缴费", _X, "basic", _GPB, _B, "64.80", _U, "table"),
    (14, _E, "30107", "绩效工资", _X, "basic", _GPB, _B, "65.62", _U, "table"),
    (14, _E, "30199", "其他工资福利支出", _X, "basic", _GPB, _B, "621.47", _U, "table"),
    (14, _E, "302", "商品和服务支出", _X, "basic", _GPB, _B, "3528.37", _U, "table"),
    (14, _E, "30201", "办公费", _X, "basic", _GPB, _B, "380.00", _U, "table"),
    (14, _E, "30205", "水费", _X, "basic", _GPB, _B, "43.60", _U, "table"),
    (14, _E, "30206", "电费", _X, "basic", _GPB, _B, "235.00", _U, "table"),
    (14, _E, "30207", "邮电费", _X, "basic", _GPB, _B, "105.00", _U, "table"),
    (14, _E, "30211", "差旅费", _X, "basic", _GPB, _B, "265.00", _U, "table"),
    (14, _E, "30213", "维修（护）费", _X, "basic", _GPB, _B, "560.00", _U, "table"),
    (14, _E, "30215", "会议费", _X, "basic", _GPB, _B, "97.01", _U, "table"),
    (14, _E, "30216", "培训费", _X, "basic", _GPB, _B, "60.37", _U, "table"),
    # 30217 公务接待费 50.72 is the basic-expenditure part only; the 三公 table's 185.72 (p17) is larger.
    (14, _E, "30217", "公务接待费", _X, "basic", _GPB, _B, "50.72", _U, "table"),
    (14, _E, "30218", "专用材料费", _X, "basic", _GPB, _B, "48.00", _U, "table"),
    (14, _E, "30228", "工会经费", _X, "basic", _GPB, _B, "458.00", _U, "table"),
    (14, _E, "30229", "福利费", _X, "basic", _GPB, _B, "110.00", _U, "table"),
    (14, _E, "30231", "公务用车运行维护费", _X, "basic", _GPB, _B, "304.40", _U, "table"),
    (14, _E, "30239", "其他交通费用", _X, "basic", _GPB, _B, "618.27", _U, "table"),
    (14, _E, "30299", "其他商品和服务支出", _X, "basic", _GPB, _B, "193.00", _U, "table"),
    (14, _E, "303", "对个人和家庭的补助", _X, "basic", _GPB, _B, "5907.17", _U, "table"),
    (14, _E, "30301", "离休费", _X, "basic", _GPB, _B, "352.35", _U, "table"),
    (14, _E, "30302", "退休费", _X, "basic", _GPB, _B, "1963.45", _U, "table"),
    (14, _E, "30304", "抚恤金", _X, "basic", _GPB, _B, "96.00", _U, "table"),
    (14, _E, "30305", "生活补助", _X, "basic", _GPB, _B, "169.90", _U, "table"),
    (14, _E, "30307", "医疗费", _X, "basic", _GPB, _B, "334.43", _U, "table"),
    (14, _E, "30309", "奖励金", _X, "basic", _GPB, _B, "1.90", _U, "table"),
    (14, _E, "30311", "住房公积金", _X, "basic", _GPB, _B, "1029.15", _U, "table"),
    (14, _E, "30312", "提租补贴", _X, "basic", _GPB, _B, "1959.99", _U, "table"),

    # --- p15, 八、一般公共预算支出预算表: the same 15 lines and amounts as 五, general_public_budget.
    (15, _F, "204", "公共安全支出", _X, "total", _GPB, _B, "23513.11", _U, "table"),
    (15, _F, "20405", "法院", _X, "total", _GPB, _B, "23513.11", _U, "table"),
    (15, _F, "2040501", "行政运行", _X, "total", _GPB, _B, "11786.92", _U, "table"),
    (15, _F, "2040502", "一般行政管理事务", _X, "total", _GPB, _B, "6432.89", _U, "table"),
    (15, _F, "2040503", "机关服务", _X, "total", _GPB, _B, "1600.00", _U, "table"),
    (15, _F, "2040504", "案件审判", _X, "total", _GPB, _B, "1733.30", _U, "table"),
    (15, _F, "2040505", "案件执行", _X, "total", _GPB, _B, "1050.00", _U, "table"),
    (15, _F, "2040599", "其他法院支出", _X, "total", _GPB, _B, "910.00", _U, "table"),
    (15, _F, "208", "社会保障和就业支出", _X, "total", _GPB, _B, "2347.13", _U, "table"),
    (15, _F, "20805", "行政事业单位离退休", _X, "total", _GPB, _B, "2347.13", _U, "table"),
    (15, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", _GPB, _B, "2347.13", _U, "table"),
    (15, _F, "221", "住房保障支出", _X, "total", _GPB, _B, "2989.14", _U, "table"),
    (15, _F, "22102", "住房改革支出", _X, "total", _GPB, _B, "2989.14", _U, "table"),
    (15, _F, "2210201", "住房公积金", _X, "total", _GPB, _B, "1029.15", _U, "table"),
    (15, _F, "2210202", "提租补贴", _X, "total", _GPB, _B, "1959.99", _U, "table"),

    # --- p15-16, 九、一般公共预算基本支出预算表: starts at the foot of p15 (合计 … 30205) and continues on
    # p16 (30206 … 30312) without a header. Same keys and values as 六; a sample of rows from both
    # pages, to check the page-break continuation.
    (15, _E, "301", "工资福利支出", _X, "basic", _GPB, _B, "7687.65", _U, "table"),
    (15, _E, "30104", "其他社会保障缴费", _X, "basic", _GPB, _B, "64.80", _U, "table"),
    (15, _E, "30107", "绩效工资", _X, "basic", _GPB, _B, "65.62", _U, "table"),
    (15, _E, "302", "商品和服务支出", _X, "basic", _GPB, _B, "3528.37", _U, "table"),
    (15, _E, "30205", "水费", _X, "basic", _GPB, _B, "43.60", _U, "table"),
    (16, _E, "30206", "电费", _X, "basic", _GPB, _B, "235.00", _U, "table"),
    (16, _E, "30216", "培训费", _X, "basic", _GPB, _B, "60.37", _U, "table"),
    (16, _E, "30231", "公务用车运行维护费", _X, "basic", _GPB, _B, "304.40", _U, "table"),
    (16, _E, "30299", "其他商品和服务支出", _X, "basic", _GPB, _B, "193.00", _U, "table"),
    (16, _E, "303", "对个人和家庭的补助", _X, "basic", _GPB, _B, "5907.17", _U, "table"),
    (16, _E, "30304", "抚恤金", _X, "basic", _GPB, _B, "96.00", _U, "table"),
    (16, _E, "30312", "提租补贴", _X, "basic", _GPB, _B, "1959.99", _U, "table"),

    # --- p19, narrative 一、（二）支出预算总计: class lines of all funds, no code. Printed
    # "公共安全（类）支出", "社会保障和就业（类）支出", "住房保障（类）支出": the class name with its
    # level marker inside -> 公共安全支出 etc.
    (19, _F, None, "公共安全支出", _X, "total", "all_funds", _B, "23513.11", _U, "narrative"),
    (19, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "2347.13", _U, "narrative"),
    (19, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "2989.14", _U, "narrative"),

    # --- p21-22, narrative 五、财政拨款支出预算表情况说明: "法院（款）行政运行（项）支出 11786.92 万元".
    # All 财政拨款 here is 一般公共预算 -> general_public_budget. Names as printed (the 项 name).
    # Item 2 prints "一般行政事务管理（项）" where the tables (p13, p15) say 一般行政管理事务; kept as printed.
    (21, _F, None, "行政运行", _X, "total", _GPB, _B, "11786.92", _U, "narrative"),
    (21, _F, None, "一般行政事务管理", _X, "total", _GPB, _B, "6432.89", _U, "narrative"),
    (21, _F, None, "机关服务", _X, "total", _GPB, _B, "1600", _U, "narrative"),
    (22, _F, None, "案件审判", _X, "total", _GPB, _B, "1733.3", _U, "narrative"),
    (22, _F, None, "案件执行", _X, "total", _GPB, _B, "1050", _U, "narrative"),
    (22, _F, None, "其他法院支出", _X, "total", _GPB, _B, "910", _U, "narrative"),
    (22, _F, None, "未归口管理的行政单位离退休", _X, "total", _GPB, _B, "2347.13", _U, "narrative"),
    (22, _F, None, "住房公积金", _X, "total", _GPB, _B, "1029.15", _U, "narrative"),
    (22, _F, None, "提租补贴", _X, "total", _GPB, _B, "1959.99", _U, "narrative"),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # --- p11-12, 一、收支预算总表: header and first three rows at the foot of p11, the rest on p12
    # (blank: 2.政府性基金预算, 二、财政专户管理资金, 三、其他资金, 上年结转资金, 结转下年资金).
    # 三、单位预留机动经费 182.92 fits no metric.
    (11, "revenue_fiscal", _B, "28849.38", _U, "table"),           # 一、财政拨款
    (11, "revenue_general_budget", _B, "28849.38", _U, "table"),   # 1.一般公共预算
    (11, "expenditure_basic", _B, "17123.19", _U, "table"),        # 一、基本支出
    (11, "expenditure_project", _B, "11543.27", _U, "table"),      # 二、项目支出
    (12, "revenue_total", _B, "28849.38", _U, "table"),            # 当年收入小计
    (12, "expenditure_total", _B, "28849.38", _U, "table"),        # 当年支出小计
    (12, "grand_total", _B, "28849.38", _U, "table"),              # 收入合计 = 支出合计 (and 二's 收入总计)

    # --- p12-13, 二、收入预算总表 (only the 一般公共预算资金 rows carry amounts).
    (12, "revenue_general_budget", _B, "28849.38", _U, "table"),   # 一般公共预算资金 小计

    # --- p13, 三、支出预算总表: one row (单位预留机动经费 182.92 fits no metric; 结转下年资金 blank).
    (13, "expenditure_total", _B, "28849.38", _U, "table"),        # 合计
    (13, "expenditure_basic", _B, "17123.19", _U, "table"),        # (again in 四 on this page)
    (13, "expenditure_project", _B, "11543.27", _U, "table"),      # (again in 四 on this page)

    # --- p13, 四、财政拨款收支预算总表 (二、政府性基金预算 blank).
    (13, "revenue_general_budget", _B, "28849.38", _U, "table"),   # 一、一般公共预算
    (13, "fiscal_grand_total", _B, "28849.38", _U, "table"),       # 收入合计 / 支出合计

    # --- p16, 十、一般公共预算机关运行经费支出预算表, 合计 (= 302 9050.00 + 310 143.40).
    (16, "admin_operating_cost", _B, "9193.40", _U, "table"),

    # --- p17, 十一、一般公共预算"三公"经费、会议费、培训费支出预算表 (one row; 公务用车购置费 blank).
    (17, "three_public_total", _B, "670.12", _U, "table"),               # "三公"经费 小计
    (17, "three_public_outbound", _B, "180.00", _U, "table"),            # 因公出国（境）费
    (17, "three_public_vehicle", _B, "304.40", _U, "table"),             # 公务用车购置及运行维护费 小计
    (17, "three_public_vehicle_operation", _B, "304.40", _U, "table"),   # 公务用车运行维护费
    (17, "three_public_reception", _B, "185.72", _U, "table"),           # 公务接待费

    # --- p17, 十二、政府采购预算表 (runs on to p18 with 服务 detail rows).
    (17, "procurement_total", _B, "3742.40", _U, "table"),         # 合计
    (17, "procurement_goods", _B, "525.40", _U, "table"),          # 一、货物 A
    (17, "procurement_works", _B, "500.00", _U, "table"),          # 二、工程 B
    (17, "procurement_services", _B, "2717.00", _U, "table"),      # 三、服务 C

    # --- p19-20, narrative 一、收支预算总表情况说明 / 二、收入 / 三、支出预算情况说明.
    (19, "grand_total", _B, "28849.38", _U, "narrative"),          # 收入、支出预算总计; (一)收入预算总计; (二)支出预算总计
    (19, "revenue_fiscal", _B, "28849.38", _U, "narrative"),       # 财政拨款收入预算总计
    (19, "revenue_general_budget", _B, "28849.38", _U, "narrative"),  # 一般公共预算收入预算
    (20, "expenditure_basic", _B, "17123.19", _U, "narrative"),    # 此外，基本支出预算数为; 三、基本支出
    (20, "expenditure_project", _B, "11543.27", _U, "narrative"),  # 项目支出预算数为; 三、项目支出
    (20, "revenue_total", _B, "28849.38", _U, "narrative"),        # 二、本年收入预算合计
    (20, "revenue_general_budget", _B, "28849.38", _U, "narrative"),  # 二、一般公共预算收入
    (20, "expenditure_total", _B, "28849.38", _U, "narrative"),    # 三、本年支出预算合计

    # --- p21, narrative 四: "财政拨款收、支总预算 28849.38 万元".
    (21, "fiscal_grand_total", _B, "28849.38", _U, "narrative"),

    # --- p22-24, narrative 六 (财政拨款基本支出) and 九 (一般公共预算财政拨款基本支出): same figures.
    # 13594.82 + 3528.37 = 17123.19.
    (22, "expenditure_basic", _B, "17123.19", _U, "narrative"),    # 六、财政拨款基本支出预算
    (23, "basic_personnel", _B, "13594.82", _U, "narrative"),      # 六（一）人员经费
    (23, "basic_public", _B, "3528.37", _U, "narrative"),          # 六（二）公用经费
    (24, "basic_personnel", _B, "13594.82", _U, "narrative"),      # 九（一）人员经费
    (24, "basic_public", _B, "3528.37", _U, "narrative"),          # 九（二）公用经费

    # --- p24, narrative 十: "一般公共预算机关运行经费预算支出 9193.40 万元".
    (24, "admin_operating_cost", _B, "9193.40", _U, "narrative"),

    # --- p25, narrative 十一 三公: no 三公 total is stated in a sentence (only shares 26.86% /
    # 45.43% / 27.71%); the summary sentence and items 1-3 state the same figures, recorded once.
    (25, "three_public_outbound", _B, "180", _U, "narrative"),
    (25, "three_public_vehicle", _B, "304.4", _U, "narrative"),    # 公务用车购置及运行费(预算)支出
    (25, "three_public_vehicle_purchase", _B, "0", _U, "narrative"),  # 公务用车购置预算支出 0 万元
    (25, "three_public_vehicle_operation", _B, "304.4", _U, "narrative"),
    (25, "three_public_reception", _B, "185.72", _U, "narrative"),

    # --- p26, narrative 十二 政府采购 (525.4 + 500 + 2717 = 3742.4).
    (26, "procurement_total", _B, "3742.4", _U, "narrative"),
    (26, "procurement_goods", _B, "525.4", _U, "narrative"),
    (26, "procurement_works", _B, "500", _U, "narrative"),
    (26, "procurement_services", _B, "2717", _U, "narrative"),
]
