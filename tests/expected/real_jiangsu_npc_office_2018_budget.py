"""Facts of 江苏省人大办公厅_省人大办公厅2018预算公开.pdf, read from the page images (not from parser output).

The 2018 department budget (部门预算) of 江苏省人大常委会办公厅, a provincial department (one budget unit,
部门本级, p5): one 31-page, text-based PDF holding the narrative and the tables together. Cover (p1), 目录 (p2),
第一部分 部门概况 (pp. 3-7; work counts, and the 编制 figures on p5), 第二部分 2018年度部门预算表 (pp. 8-18),
第三部分 情况说明 (pp. 19-29), 第四部分 名词解释 (pp. 30-31). PDF page numbers equal the printed footers (1-31).
Every table prints "部门(名称)：江苏省人大常委会办公厅" and "单位：万元" (单位:万元); the narrative states every
amount in 万元. The 公开05-08 and 12 tables print thousands separators ("15,897.44"), recorded without them.

Table map:
  8     公开01 收支预算总表 (revenue by source; expenditure by function class, names without codes, and by 用途)
  9     公开02 收入预算总表 (only 收入总计 / 一般公共预算资金 小计 / 公共财政拨款(补助)资金 filled)
  10    公开03 支出预算总表 (one row: 合计 / 基本支出 / 项目支出 / 单位预留机动经费; 结转下年资金 blank)
  10    公开04 财政拨款收支预算总表 (二、政府性基金预算 blank)
  11    公开05 财政拨款支出预算表（功能科目） (codes 3/5/7 digits in one column, one 金额 column)
  12    公开06 财政拨款基本支出预算表（经济科目） (部门预算经济分类 301…)
  13    公开07 一般公共预算支出预算表（功能科目） (same lines and values as p11)
  14    公开08 一般公共预算基本支出预算表（经济科目） (same lines and values as p12)
  15    公开09 “三公”经费、会议费、培训费支出预算表; 公开10 政府性基金预算财政拨款支出预算表 (empty grid,
        "注：本部门无相关收支项目")
  16    公开11 一般公共预算机关运行经费支出预算表
  17-18 公开12 政府采购支出预算表

Read from pdftoppm renders at 110 dpi, the coded tables (pp. 11-14) checked at 160 dpi. Everything adds up:
the nine 人大事务 项 add to 12706.28; 256.76 + 580.01 + 232.01 = 1068.78; 572.56 + 1549.82 = 2122.38;
12706.28 + 1068.78 + 2122.38 = 15897.44; 基本 7877.76 + 项目 6333.96 + 单位预留机动经费 1685.72 = 15897.44;
301 5469.17 + 302 1579.38 + 303 829.21 = 7877.76 and each 3-digit row is the sum of its 5-digit rows;
人员经费 6298.38 = 301 + 303, 公用经费 1579.38 = 302 = 机关运行经费; 三公 833.60 = 222.50 + 183.60 + 427.50;
政府采购 2064.25 = 货物 59.00 + 服务 2005.25. (The basic-expenditure table has no 提租补贴 line: 2210202
1549.82 lies outside 基本支出.) The report contradicts itself nowhere in its amounts.

Fund scopes: the 财政拨款支出预算表 (p11, function) is fiscal_allocation (财政拨款 = 一般公共预算 + 政府性基金
per 名词解释 p30); the 一般公共预算 tables (p13 function, p14 economic) are general_public_budget. The
财政拨款基本支出预算表 (p12, economic) is recorded as general_public_budget, because all 财政拨款 here is
一般公共预算 (公开04 p10: 政府性基金预算 blank; 公开10 p15 empty; narrative p19 政府性基金收入预算0万元) -- as
the court 2018 and procuratorate 2017 / 2019 files do. (The 2017 file of this department records its 财政拨款基本支出 lines
as fiscal_allocation instead.) p12 and p14 print identical values, so each economic line appears twice under
one key with one value. The function class rows of the 收支预算总表 (p8, no codes) are all_funds, code None,
keyed by name. Narrative function lines: p20 (一、(二) 支出预算总计, all funds) all_funds; pp. 24-26 (五、财政拨款
支出预算情况说明) general_public_budget (all 财政拨款 is 一般公共预算).

Narrative labels: pp. 25-26 print the 款 as "(类)" ("行政事业单位离退休（类）…", "住房改革支出（类）…"): the 项
names and amounts agree with the tables (p11), so the lines are recorded under their 项 names. Names as printed:
"其他人大事务（项）" -> 其他人大事务 (the table says 其他人大事务支出), "未归口管理的行政单位离退休支出（项）" ->
未归口管理的行政单位离退休支出 (the table says 未归口管理的行政单位离退休), as in the 2019 file of this department.

Metrics: each metric goes in once per source (table / narrative), on the page where it is first printed.
Restatements left out as duplicates: revenue_general_budget / grand_total on the 收入预算总表 (p9),
expenditure_total / basic / project on the 支出预算总表 (p10), 一般公共预算 收入 / 基本 / 项目 on the
财政拨款收支预算总表 (p10); in the narrative the (一)收入预算总计 and (二)支出预算总计 of pp. 19-20, the second
一般公共预算收入 / 政府性基金 / 财政专户 / 其他资金 / 上年结转资金 list of p21 (二), 基本/项目/结转下年资金 of p22 (三),
人员/公用经费 of p27 (八, same as p26 六), the 三公 items restated on p28 "具体情况如下".

Left out on purpose:
- 单位预留机动经费 1685.72 (pp. 8, 10, 21, 22): no metric fits it.
- Blank cells (not facts): 政府性基金预算, 财政专户管理资金, 其他资金, 上年结转资金, 结转下年资金 (pp. 8-10), the
  公务用车购置费 cell of the 三公 table (p15), the whole 政府性基金 table (p15). The zeros of those items are taken
  from the narrative sentences (pp. 19-20, 28, 29).
- p9 公共财政拨款(补助)资金 15897.44 (a sub-row of 一般公共预算资金): no metric beyond revenue_general_budget.
- Every "与上年相比增加/减少 …万元" (2248.37, 2177.95, 539.73, 610.15, 211.08, 480, 1557.29, 1826.38, 128.43,
  1351.75, 78.34, 531.81, 4039.93) and percentages: differences, not prior-year figures. Items "与上年(度)相比持平"
  (人大会议 … 人大信访工作, 三公 items, 会议费, 培训费) imply a prior-year figure but print none: no prior_year_*
  fact. p24 "上年度列入此项的预留机动经费128.43万元": a prior-year part of 一般行政管理事务, no metric.
- p21/p25 项目支出 details "专项经费280万元", "专项经费200万元": no metric.
- “三公” table p15: 合计 2542.60 (三公 + 会议费 1305.25 + 培训费 403.75), 会议费 and 培训费 (also p28 narrative):
  no metric. The narrative prints no 三公 total (only shares 26.69% / 22.03% / 51.28%): none recorded.
- 机关运行经费 table p16: its economic lines (302 1579.38, 30201 370.00 … 30239 267.08) repeat the keys and
  values of the basic-expenditure lines; only the total (admin_operating_cost) is recorded.
- 政府采购 detail rows (pp. 17-18: 办公设备购置 59.00, 台式计算机 8.00, 物业管理费 456.00, 会议服务 950.00, …): no
  metric. No 二、工程 row in the table; the narrative says "拟采购工程支出 0 万元" (p29), recorded as narrative
  procurement_works.
- p24 五 "财政拨款预算支出15897.44", p26 七 "一般公共预算财政拨款支出预算15897.44", p26/p27 六/八 "(一般公共预算)
  财政拨款基本支出预算7877.76": totals of one fund scope (the 7877.76 equals expenditure_basic, recorded from p21),
  and p28 十 "政府性基金支出预算支出 0 万元" (expenditure side): no further metric fits.
- p29 十三 "0 个项目实行绩效目标管理，涉及财政性资金合计 0 万元": no metric.
- p4-5: 行政编制200 / 行政附属编制104 / 事业编制34 (parts of 编制338), 38个处室, 3个专门委员会, 8个工作委员会,
  预算单位共计一家; pp. 5-6 work counts (12件法规, 10个立法项目, 11期培训班 …): no metric. No 实有人数, 离退休人数
  or vehicle count is printed.
"""

SOURCE_FILE = "江苏省人大办公厅_省人大办公厅2018预算公开.pdf"
SHA256 = "f113bb6ee8f9c3220685cb389fb5fbbfa8cbcc553414fb830882ba2e72a95fac"

DOCUMENT = dict(
    province="江苏省",
    city=None,                  # provincial department: no city level
    county=None,
    # cover (p1) "江苏省人大常委会办公厅2018年度部门预算公开" and the 部门(名称)： line of every table.
    # (The file name's "省人大办公厅" is a short form.)
    department_printed="江苏省人大常委会办公厅",
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="江苏省人大常委会办公厅",
    admin_code="320000",
    fiscal_year=2018,
    doc_kind="budget",
    budget_level="department",
    amount_unit_reported="万元",  # every table: 单位：万元
)

_F = "function"
_E = "economic"
_X = "expenditure"
_B = "budget_initial"
_U = "万元"
_T = "table"
_N = "narrative"
_FA = "fiscal_allocation"
_GPB = "general_public_budget"

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # p8, 收支预算总表, 支出 / 功能分类: class rows print names without codes (一、一般公共服务支出 …), every
    # source of money -> all_funds. Only three of the twenty classes carry an amount; the rest are blank.
    (8, _F, None, "一般公共服务支出", _X, "total", "all_funds", _B, "12706.28", _U, _T),
    (8, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "1068.78", _U, _T),
    (8, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "2122.38", _U, _T),

    # p11, 公开05 财政拨款支出预算表（功能科目）: one 金额 column (合计 15897.44 not recorded as a line)
    # -> fiscal_allocation.
    (11, _F, "201", "一般公共服务支出", _X, "total", _FA, _B, "12706.28", _U, _T),
    (11, _F, "20101", "人大事务", _X, "total", _FA, _B, "12706.28", _U, _T),
    (11, _F, "2010101", "行政运行", _X, "total", _FA, _B, "6372.32", _U, _T),
    (11, _F, "2010102", "一般行政管理事务", _X, "total", _FA, _B, "2340.35", _U, _T),
    (11, _F, "2010104", "人大会议", _X, "total", _FA, _B, "1305.25", _U, _T),
    (11, _F, "2010105", "人大立法", _X, "total", _FA, _B, "810.00", _U, _T),
    (11, _F, "2010106", "人大监督", _X, "total", _FA, _B, "418.75", _U, _T),
    (11, _F, "2010107", "人大代表履职能力提升", _X, "total", _FA, _B, "403.75", _U, _T),
    (11, _F, "2010108", "代表工作", _X, "total", _FA, _B, "428.36", _U, _T),
    (11, _F, "2010109", "人大信访工作", _X, "total", _FA, _B, "47.50", _U, _T),
    (11, _F, "2010199", "其他人大事务支出", _X, "total", _FA, _B, "580.00", _U, _T),
    (11, _F, "208", "社会保障和就业支出", _X, "total", _FA, _B, "1068.78", _U, _T),
    (11, _F, "20805", "行政事业单位离退休", _X, "total", _FA, _B, "1068.78", _U, _T),
    (11, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", _FA, _B, "256.76", _U, _T),
    (11, _F, "2080505", "机关事业单位基本养老保险缴费支出", _X, "total", _FA, _B, "580.01", _U, _T),
    (11, _F, "2080506", "机关事业单位职业年金缴费支出", _X, "total", _FA, _B, "232.01", _U, _T),
    (11, _F, "221", "住房保障支出", _X, "total", _FA, _B, "2122.38", _U, _T),
    (11, _F, "22102", "住房改革支出", _X, "total", _FA, _B, "2122.38", _U, _T),
    (11, _F, "2210201", "住房公积金", _X, "total", _FA, _B, "572.56", _U, _T),
    (11, _F, "2210202", "提租补贴", _X, "total", _FA, _B, "1549.82", _U, _T),

    # p13, 公开07 一般公共预算支出预算表（功能科目）: the same 20 lines and values as p11.
    (13, _F, "201", "一般公共服务支出", _X, "total", _GPB, _B, "12706.28", _U, _T),
    (13, _F, "20101", "人大事务", _X, "total", _GPB, _B, "12706.28", _U, _T),
    (13, _F, "2010101", "行政运行", _X, "total", _GPB, _B, "6372.32", _U, _T),
    (13, _F, "2010102", "一般行政管理事务", _X, "total", _GPB, _B, "2340.35", _U, _T),
    (13, _F, "2010104", "人大会议", _X, "total", _GPB, _B, "1305.25", _U, _T),
    (13, _F, "2010105", "人大立法", _X, "total", _GPB, _B, "810.00", _U, _T),
    (13, _F, "2010106", "人大监督", _X, "total", _GPB, _B, "418.75", _U, _T),
    (13, _F, "2010107", "人大代表履职能力提升", _X, "total", _GPB, _B, "403.75", _U, _T),
    (13, _F, "2010108", "代表工作", _X, "total", _GPB, _B, "428.36", _U, _T),
    (13, _F, "2010109", "人大信访工作", _X, "total", _GPB, _B, "47.50", _U, _T),
    (13, _F, "2010199", "其他人大事务支出", _X, "total", _GPB, _B, "580.00", _U, _T),
    (13, _F, "208", "社会保障和就业支出", _X, "total", _GPB, _B, "1068.78", _U, _T),
    (13, _F, "20805", "行政事业单位离退休", _X, "total", _GPB, _B, "1068.78", _U, _T),
    (13, _F, "2080504", "未归口管理的行政单位离退休", _X, "total", _GPB, _B, "256.76", _U, _T),
    (13, _F, "2080505", "机关事业单位基本养老保险缴费支出", _X, "total", _GPB, _B, "580.01", _U, _T),
    (13, _F, "2080506", "机关事业单位职业年金缴费支出", _X, "total", _GPB, _B, "232.01", _U, _T),
    (13, _F, "221", "住房保障支出", _X, "total", _GPB, _B, "2122.38", _U, _T),
    (13, _F, "22102", "住房改革支出", _X, "total", _GPB, _B, "2122.38", _U, _T),
    (13, _F, "2210201", "住房公积金", _X, "total", _GPB, _B, "572.56", _U, _T),
    (13, _F, "2210202", "提租补贴", _X, "total", _GPB, _B, "1549.82", _U, _T),

    # p12, 公开06 财政拨款基本支出预算表（经济科目）: 部门预算经济分类, one 金额 column (合计 7877.76 not a
    # line). All 财政拨款 is 一般公共预算 -> general_public_budget (see the docstring).
    (12, _E, "301", "工资福利支出", _X, "basic", _GPB, _B, "5469.17", _U, _T),
    (12, _E, "30101", "基本工资", _X, "basic", _GPB, _B, "1186.73", _U, _T),
    (12, _E, "30102", "津贴补贴", _X, "basic", _GPB, _B, "2752.80", _U, _T),
    (12, _E, "30103", "奖金", _X, "basic", _GPB, _B, "98.89", _U, _T),
    (12, _E, "30108", "机关事业单位基本养老保险缴费", _X, "basic", _GPB, _B, "580.01", _U, _T),
    (12, _E, "30109", "职业年金缴费", _X, "basic", _GPB, _B, "232.01", _U, _T),
    (12, _E, "30112", "其他社会保障缴费", _X, "basic", _GPB, _B, "14.49", _U, _T),
    (12, _E, "30113", "住房公积金", _X, "basic", _GPB, _B, "572.56", _U, _T),
    (12, _E, "30114", "医疗费", _X, "basic", _GPB, _B, "31.68", _U, _T),
    (12, _E, "302", "商品和服务支出", _X, "basic", _GPB, _B, "1579.38", _U, _T),
    (12, _E, "30201", "办公费", _X, "basic", _GPB, _B, "370.00", _U, _T),
    (12, _E, "30205", "水费", _X, "basic", _GPB, _B, "50.00", _U, _T),
    (12, _E, "30206", "电费", _X, "basic", _GPB, _B, "350.00", _U, _T),
    (12, _E, "30207", "邮电费", _X, "basic", _GPB, _B, "45.00", _U, _T),
    (12, _E, "30211", "差旅费", _X, "basic", _GPB, _B, "230.00", _U, _T),
    (12, _E, "30228", "工会经费", _X, "basic", _GPB, _B, "33.70", _U, _T),
    (12, _E, "30229", "福利费", _X, "basic", _GPB, _B, "50.00", _U, _T),
    (12, _E, "30231", "公务用车运行维护费", _X, "basic", _GPB, _B, "183.60", _U, _T),
    (12, _E, "30239", "其他交通费用", _X, "basic", _GPB, _B, "267.08", _U, _T),
    (12, _E, "303", "对个人和家庭的补助", _X, "basic", _GPB, _B, "829.21", _U, _T),
    (12, _E, "30301", "离休费", _X, "basic", _GPB, _B, "285.19", _U, _T),
    (12, _E, "30302", "退休费", _X, "basic", _GPB, _B, "543.23", _U, _T),
    (12, _E, "30309", "奖励金", _X, "basic", _GPB, _B, "0.79", _U, _T),

    # p14, 公开08 一般公共预算基本支出预算表（经济科目）: identical lines and values to p12.
    (14, _E, "301", "工资福利支出", _X, "basic", _GPB, _B, "5469.17", _U, _T),
    (14, _E, "30101", "基本工资", _X, "basic", _GPB, _B, "1186.73", _U, _T),
    (14, _E, "30102", "津贴补贴", _X, "basic", _GPB, _B, "2752.80", _U, _T),
    (14, _E, "30103", "奖金", _X, "basic", _GPB, _B, "98.89", _U, _T),
    (14, _E, "30108", "机关事业单位基本养老保险缴费", _X, "basic", _GPB, _B, "580.01", _U, _T),
    (14, _E, "30109", "职业年金缴费", _X, "basic", _GPB, _B, "232.01", _U, _T),
    (14, _E, "30112", "其他社会保障缴费", _X, "basic", _GPB, _B, "14.49", _U, _T),
    (14, _E, "30113", "住房公积金", _X, "basic", _GPB, _B, "572.56", _U, _T),
    (14, _E, "30114", "医疗费", _X, "basic", _GPB, _B, "31.68", _U, _T),
    (14, _E, "302", "商品和服务支出", _X, "basic", _GPB, _B, "1579.38", _U, _T),
    (14, _E, "30201", "办公费", _X, "basic", _GPB, _B, "370.00", _U, _T),
    (14, _E, "30205", "水费", _X, "basic", _GPB, _B, "50.00", _U, _T),
    (14, _E, "30206", "电费", _X, "basic", _GPB, _B, "350.00", _U, _T),
    (14, _E, "30207", "邮电费", _X, "basic", _GPB, _B, "45.00", _U, _T),
    (14, _E, "30211", "差旅费", _X, "basic", _GPB, _B, "230.00", _U, _T),
    (14, _E, "30228", "工会经费", _X, "basic", _GPB, _B, "33.70", _U, _T),
    (14, _E, "30229", "福利费", _X, "basic", _GPB, _B, "50.00", _U, _T),
    (14, _E, "30231", "公务用车运行维护费", _X, "basic", _GPB, _B, "183.60", _U, _T),
    (14, _E, "30239", "其他交通费用", _X, "basic", _GPB, _B, "267.08", _U, _T),
    (14, _E, "303", "对个人和家庭的补助", _X, "basic", _GPB, _B, "829.21", _U, _T),
    (14, _E, "30301", "离休费", _X, "basic", _GPB, _B, "285.19", _U, _T),
    (14, _E, "30302", "退休费", _X, "basic", _GPB, _B, "543.23", _U, _T),
    (14, _E, "30309", "奖励金", _X, "basic", _GPB, _B, "0.79", _U, _T),

    # p20, 一、收支预算总体情况说明 / （二）支出预算总计15897.44万元: the function classes of the 收支预算总表
    # in sentences ("1．一般公共服务（类）支出 12706.28 万元") -> all_funds; name = the class name.
    (20, _F, None, "一般公共服务支出", _X, "total", "all_funds", _B, "12706.28", _U, _N),
    (20, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "1068.78", _U, _N),
    (20, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "2122.38", _U, _N),

    # pp. 24-26, 五、财政拨款支出预算情况说明: 项 lines "人大事务（款）行政运行（项）支出6372.32万元"; all
    # 财政拨款 is 一般公共预算 -> general_public_budget. Names as printed (the 项 name); see the docstring.
    # (一)一般公共服务（类）, pp. 24-25 (item 6's amount 403.75 is at the foot of p24, 万元 on p25)
    (24, _F, None, "行政运行", _X, "total", _GPB, _B, "6372.32", _U, _N),
    (24, _F, None, "一般行政管理事务", _X, "total", _GPB, _B, "2340.35", _U, _N),
    (24, _F, None, "人大会议", _X, "total", _GPB, _B, "1305.25", _U, _N),
    (24, _F, None, "人大立法", _X, "total", _GPB, _B, "810", _U, _N),
    (24, _F, None, "人大监督", _X, "total", _GPB, _B, "418.75", _U, _N),
    (24, _F, None, "人大代表履职能力提升", _X, "total", _GPB, _B, "403.75", _U, _N),
    (25, _F, None, "代表工作", _X, "total", _GPB, _B, "428.36", _U, _N),
    (25, _F, None, "人大信访工作", _X, "total", _GPB, _B, "47.5", _U, _N),
    (25, _F, None, "其他人大事务", _X, "total", _GPB, _B, "580", _U, _N),
    # (二)社会保障和就业（类）, p25: printed "行政事业单位离退休（类）…（项）" (the 款 marked 类)
    (25, _F, None, "未归口管理的行政单位离退休支出", _X, "total", _GPB, _B, "256.76", _U, _N),
    (25, _F, None, "机关事业单位基本养老保险缴费支出", _X, "total", _GPB, _B, "580.01", _U, _N),
    (25, _F, None, "机关事业单位职业年金缴费支出", _X, "total", _GPB, _B, "232.01", _U, _N),
    # (三)住房保障支出（类）, pp. 25-26: printed "住房改革支出（类）…（项）"
    (25, _F, None, "住房公积金", _X, "total", _GPB, _B, "572.56", _U, _N),
    (26, _F, None, "提租补贴", _X, "total", _GPB, _B, "1549.82", _U, _N),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # p8, 收支预算总表. 2.政府性基金预算, 二、财政专户管理资金, 三、其他资金, 上年结转资金, 结转下年资金 blank.
    (8, "revenue_fiscal", _B, "15897.44", _U, _T),           # 一、财政拨款
    (8, "revenue_general_budget", _B, "15897.44", _U, _T),   # 1. 一般公共预算
    (8, "expenditure_basic", _B, "7877.76", _U, _T),         # 一、基本支出
    (8, "expenditure_project", _B, "6333.96", _U, _T),       # 二、项目支出
    (8, "revenue_total", _B, "15897.44", _U, _T),            # 当年收入小计
    (8, "expenditure_total", _B, "15897.44", _U, _T),        # 当年支出小计
    (8, "grand_total", _B, "15897.44", _U, _T),              # 收入合计 = 支出合计
    # p10, 公开04 财政拨款收支预算总表: 收入合计 = 支出合计.
    (10, "fiscal_grand_total", _B, "15897.44", _U, _T),
    # p15, 公开09 “三公”经费、会议费、培训费支出预算表 (公务用车购置费 cell blank -> no table fact).
    (15, "three_public_total", _B, "833.60", _U, _T),                # “三公”经费 小计
    (15, "three_public_outbound", _B, "222.50", _U, _T),
    (15, "three_public_vehicle", _B, "183.60", _U, _T),              # 公务用车购置及运行维护费 小计
    (15, "three_public_vehicle_operation", _B, "183.60", _U, _T),
    (15, "three_public_reception", _B, "427.50", _U, _T),
    # p16, 公开11 一般公共预算机关运行经费支出预算表, 合计.
    (16, "admin_operating_cost", _B, "1579.38", _U, _T),
    # p17, 公开12 政府采购支出预算表: 合计, 一、货物 A, 三、服务 C; no 二、工程 row.
    (17, "procurement_total", _B, "2064.25", _U, _T),
    (17, "procurement_goods", _B, "59.00", _U, _T),
    (17, "procurement_services", _B, "2005.25", _U, _T),

    # p5, 二、部门机构设置: "编制 338 名". A count held, not a budgeted figure: measure actual, as the other
    # files do for counts. No 实有 / 离退休 count is printed.
    (5, "staff_authorized", "actual", "338", "人", _N),
    # p19, 一、收支预算总体情况说明: "收入、支出预算总计15897.44万元"; (一) 1．财政拨款收入预算总计;
    # (1)一般公共预算收入预算; (2)政府性基金收入预算0万元; 2．财政专户管理资金收入预算总计0万元.
    (19, "grand_total", _B, "15897.44", _U, _N),
    (19, "revenue_fiscal", _B, "15897.44", _U, _N),
    (19, "revenue_general_budget", _B, "15897.44", _U, _N),
    (19, "revenue_gov_fund", _B, "0", _U, _N),
    (19, "revenue_special_account", _B, "0", _U, _N),
    # p20: 3．其他资金收入预算总计0万元; 4．上年结转资金预算数为 0万元; (二) 4．结转下年资金预算数为0万元.
    (20, "revenue_other", _B, "0", _U, _N),
    (20, "carryover_begin", _B, "0", _U, _N),
    (20, "carryover_end", _B, "0", _U, _N),
    # p21: "此外，基本支出预算数为 7877.76 万元", "项目支出预算数为 6333.96 万元"; 二、收入预算情况说明
    # "本年收入预算合计15897.44万元".
    (21, "expenditure_basic", _B, "7877.76", _U, _N),
    (21, "expenditure_project", _B, "6333.96", _U, _N),
    (21, "revenue_total", _B, "15897.44", _U, _N),
    # p22, 三、支出预算情况说明: "本年支出预算合计 15897.44 万元".
    (22, "expenditure_total", _B, "15897.44", _U, _N),
    # p23, 四、财政拨款收支预算总体情况说明: "财政拨款收、支总预算 15897.44 万元".
    (23, "fiscal_grand_total", _B, "15897.44", _U, _N),
    # p26, 六、财政拨款基本支出预算情况说明: 人员经费 / 公用经费 (restated p27 八).
    (26, "basic_personnel", _B, "6298.38", _U, _N),
    (26, "basic_public", _B, "1579.38", _U, _N),
    # pp. 27-28, 九、“三公”: first paragraph (因公出国（境）费支出 222.5 at the foot of p27) and "具体情况如下"
    # items on p28 (公务用车购置预算支出 0, 运行维护费 183.6).
    (27, "three_public_outbound", _B, "222.5", _U, _N),
    (28, "three_public_vehicle", _B, "183.6", _U, _N),       # 公务用车购置及运行费
    (28, "three_public_reception", _B, "427.5", _U, _N),
    (28, "three_public_vehicle_purchase", _B, "0", _U, _N),
    (28, "three_public_vehicle_operation", _B, "183.6", _U, _N),
    # p29, 十一、"一般公共预算机关运行经费预算支出 1579.38 万元".
    (29, "admin_operating_cost", _B, "1579.38", _U, _N),
    # p29, 十二、"政府采购支出预算总额 2064.25 万元，其中：拟采购货物支出59万元、拟采购工程支出 0 万元、
    # 拟购买服务支出 2005.25 万元".
    (29, "procurement_total", _B, "2064.25", _U, _N),
    (29, "procurement_goods", _B, "59", _U, _N),
    (29, "procurement_works", _B, "0", _U, _N),
    (29, "procurement_services", _B, "2005.25", _U, _N),
    # p29, 十三(二) "国有资本经营预算收入为 0 万元".
    (29, "revenue_state_capital", _B, "0", _U, _N),
]
