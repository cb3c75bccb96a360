"""Facts of 江苏省人大办公厅_江苏省人大常委会2019年度部门预算公开.pdf, read from the page images (not from parser output).

The 2019 department budget (部门预算) of 江苏省人大常委会办公厅, a provincial department. This file is the
narrative part only (19 pages): cover (p1), 目录 (p2), 第一部分 部门概况 (pp. 3-7), 第二部分 says only
"2019年部门预算公开表附后" (p8; the tables are published as a separate PDF,
江苏省人大办公厅_江苏省人大常委会办公厅2019年部门预算公开表.pdf), 第三部分 情况说明 (pp. 9-17),
第四部分 名词解释 (pp. 18-19). Every fact below is therefore a figure in a sentence (source "narrative"),
all money printed in 万元. PDF page N carries the printed footer "- N-2 -" (p9 is "- 7 -").
Pages 1-3, 5-8 and 18-19 print no budget amounts (p5-7 only work counts: 12件法规, 13个专项工作报告 …).

Read from pdftoppm renders at 110 dpi; every digit was checked on the image.
Everything adds up: 13907.78 + 1121.39 + 3301.2 = 18330.37 (p10); the nine 人大事务 项 add to 13907.78,
the three 离退休 项 to 1121.39, the two 住房改革 项 to 3301.2 (pp. 12-14); 基本 9312.9 + 项目 6459.58 +
单位预留机动经费 2557.89 = 18330.37 (p11); 人员 7670.82 + 公用 1642.08 = 9312.9 (pp. 14-15);
货物 233.1 + 服务 2183.33 = 2416.43 (p17).

Left out on purpose:
- 单位预留机动经费 2557.89 (p11): no metric in the vocabulary fits it.
- Every "与上年相比增加/减少 …万元" and "比上年预算减少 …万元" (e.g. 2432.93, 1201.5, 23.25, 42.75): differences,
  not prior-year figures; no prior-year base is printed, so no prior_year_* fact. Percentages (占…%, 增长…%)
  likewise.
- The "三公" total: not printed (only the shares 25.96% / 23.92% / 50.12% of it, p15-16), not computed.
- 会议费 1469.73 and 培训费 363.38 (p16): no metric. (They equal the 人大会议 and 人大代表履职能力提升 项
  lines, which are recorded as function lines from pp. 12-13.)
- p12 五 "财政拨款预算支出18330.37" and p15 七 "一般公共预算财政拨款支出预算18330.37": expenditure totals of
  one fund scope, no metric fits them (as in the 政协 2018 file).
- p16 十 "政府性基金支出预算支出 万元": the amount is missing on the page (blank), so no fact.
- p17 "一般公务用车54辆" (vehicle breakdown), "单价20万元（含）以上的设备69台（套）", "0个项目实行绩效目标管理…
  0万元": no metric for them. 政府采购 工程 is not printed (only 货物 and 服务): no procurement_works fact.
- p4 行政编制200名 / 行政附属编制104名 / 事业编制34名 (parts of 编制338名), 38个处室, 4个专门委员会, 8个工作委员会,
  p5 预算单位共计一家: no metric. No 实有人数 or 离退休人数 is printed.
- p5 says "纳入本部门2018年部门汇总预算编制范围的预算单位" in this 2019 document (a slip of the year; no figure).
"""

SOURCE_FILE = "江苏省人大办公厅_江苏省人大常委会2019年度部门预算公开.pdf"
SHA256 = "be0b8f93a21635e0cbf4f20403d7f90d8c4f445cf2a5acd4b65f0bec70bc21f2"

DOCUMENT = dict(
    province="江苏省",
    city=None,                  # provincial department: no city level
    county=None,
    department_printed="江苏省人大常委会办公厅",  # cover (p1): "江苏省人大常委会办公厅 2019年度部门预算公开"
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="江苏省人大常委会办公厅",
    admin_code="320000",
    fiscal_year=2019,
    doc_kind="budget",
    budget_level="department",
    # No table in this file; every amount of the 情况说明 is stated in 万元.
    amount_unit_reported="万元",
)

_F = "function"
_X = "expenditure"
_B = "budget_initial"
_U = "万元"
_N = "narrative"

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # p10, 一、收支预算总体情况说明 / （二）支出预算总计18330.37万元: function classes (类) of the 收支预算总表,
    # i.e. every source of money -> all_funds. Printed "一般公共服务（类）支出" etc.; the name is the class name.
    (10, _F, None, "一般公共服务支出", _X, "total", "all_funds", _B, "13907.78", _U, _N),
    (10, _F, None, "社会保障和就业支出", _X, "total", "all_funds", _B, "1121.39", _U, _N),
    (10, _F, None, "住房保障支出", _X, "total", "all_funds", _B, "3301.2", _U, _N),

    # pp. 12-14, 五、财政拨款支出预算情况说明 (财政拨款预算支出 18330.37, p12): 项-level lines
    # "人大事务（款）行政运行（项）支出7448.2万元"; name = the 项 name as printed. The 类 headings
    # "（一）一般公共服务（类）" etc. carry no amount. fund_scope general_public_budget: 财政拨款 here is wholly
    # 一般公共预算 (p9: 一般公共预算收入预算 18330.37 = 财政拨款收入, 政府性基金 0; p15: 一般公共预算财政拨款支出
    # 18330.37).
    # (一)一般公共服务（类）/ 人大事务（款）, pp. 12-13
    (12, _F, None, "行政运行", _X, "total", "general_public_budget", _B, "7448.2", _U, _N),
    (12, _F, None, "一般行政管理事务", _X, "total", "general_public_budget", _B, "2464.02", _U, _N),
    (12, _F, None, "人大会议", _X, "total", "general_public_budget", _B, "1469.73", _U, _N),
    (13, _F, None, "人大立法", _X, "total", "general_public_budget", _B, "729", _U, _N),
    (13, _F, None, "人大监督", _X, "total", "general_public_budget", _B, "376.88", _U, _N),
    (13, _F, None, "人大代表履职能力提升", _X, "total", "general_public_budget", _B, "363.38", _U, _N),
    (13, _F, None, "代表工作", _X, "total", "general_public_budget", _B, "385.52", _U, _N),
    (13, _F, None, "人大信访工作", _X, "total", "general_public_budget", _B, "42.75", _U, _N),
    # printed 其他人大事务（项）; the companion table file names 2010199 其他人大事务支出
    (13, _F, None, "其他人大事务", _X, "total", "general_public_budget", _B, "628.3", _U, _N),
    # (二)社会保障和就业（类）, pp. 13-14: the 款 is printed with the wrong level marker,
    # "行政事业单位离退休（类）".
    # Printed "未归口管理的行政单位离退休支出（项）" (wrapping from p13 to p14, the amount on p14): the 项 name
    # as printed carries 支出, unlike the table's 2080504 未归口管理的行政单位离退休.
    (14, _F, None, "未归口管理的行政单位离退休支出", _X, "total", "general_public_budget", _B, "271.45", _U, _N),
    (14, _F, None, "机关事业单位基本养老保险缴费支出", _X, "total", "general_public_budget", _B, "607.1", _U, _N),
    (14, _F, None, "机关事业单位职业年金缴费支出", _X, "total", "general_public_budget", _B, "242.84", _U, _N),
    # (三)住房保障支出（类）, p14: the 款 again printed "住房改革支出（类）".
    (14, _F, None, "住房公积金", _X, "total", "general_public_budget", _B, "752.9", _U, _N),
    (14, _F, None, "提租补贴", _X, "total", "general_public_budget", _B, "2548.3", _U, _N),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # p4, 二、部门机构设置: "编制338名" (行政200 + 行政附属104 + 事业34). A count held, not a budgeted
    # figure: measure actual, as the existing files do for vehicle counts.
    (4, "staff_authorized", "actual", "338", "人", _N),

    # p9, 一、收支预算总体情况说明: "收入、支出预算总计18330.37万元"; （一）收入预算总计 18330.37 restated on the
    # same page (one fact kept).
    (9, "grand_total", _B, "18330.37", _U, _N),
    (9, "revenue_fiscal", _B, "18330.37", _U, _N),           # 财政拨款收入预算总计
    (9, "revenue_general_budget", _B, "18330.37", _U, _N),   # 一般公共预算收入预算
    (9, "revenue_gov_fund", _B, "0", _U, _N),                # 政府性基金收入预算
    (9, "revenue_special_account", _B, "0", _U, _N),         # 财政专户管理资金收入预算总计
    (9, "revenue_other", _B, "0", _U, _N),                   # 其他资金收入预算总计
    (9, "carryover_begin", _B, "0", _U, _N),                 # 上年结转资金预算数
    # p10, （二）支出预算总计 18330.37, 结转下年资金 0, and "此外" 基本支出 / 项目支出 (all funds).
    (10, "grand_total", _B, "18330.37", _U, _N),
    (10, "carryover_end", _B, "0", _U, _N),                  # 结转下年资金预算数
    (10, "expenditure_basic", _B, "9312.9", _U, _N),
    (10, "expenditure_project", _B, "6459.58", _U, _N),
    # p11, 二、收入预算情况说明: 本年收入预算合计 and its parts (shares 占…% not recorded).
    (11, "revenue_total", _B, "18330.37", _U, _N),
    (11, "revenue_general_budget", _B, "18330.37", _U, _N),
    (11, "revenue_gov_fund", _B, "0", _U, _N),               # 政府性基金预算收入
    (11, "revenue_special_account", _B, "0", _U, _N),        # 财政专户管理资金
    (11, "revenue_other", _B, "0", _U, _N),                  # 其他资金
    (11, "carryover_begin", _B, "0", _U, _N),                # 上年结转资金
    # p11, 三、支出预算情况说明: 本年支出预算合计 and its parts (单位预留机动经费 2557.89 left out: no metric).
    (11, "expenditure_total", _B, "18330.37", _U, _N),
    (11, "expenditure_basic", _B, "9312.9", _U, _N),
    (11, "expenditure_project", _B, "6459.58", _U, _N),
    (11, "carryover_end", _B, "0", _U, _N),                  # 结转下年资金
    # p12, 四、财政拨款收支预算总体情况说明: "财政拨款收、支总预算18330.37万元".
    (12, "fiscal_grand_total", _B, "18330.37", _U, _N),
    # p14, 六、财政拨款基本支出预算情况说明: 基本支出 9312.9 (same value as the all-funds 基本支出, so no
    # conflict under the one key), 人员经费 / 公用经费.
    (14, "expenditure_basic", _B, "9312.9", _U, _N),
    (14, "basic_personnel", _B, "7670.82", _U, _N),
    (14, "basic_public", _B, "1642.08", _U, _N),
    # p15, 八、一般公共预算基本支出预算情况说明: the same three figures restated.
    (15, "expenditure_basic", _B, "9312.9", _U, _N),
    (15, "basic_personnel", _B, "7670.82", _U, _N),
    (15, "basic_public", _B, "1642.08", _U, _N),
    # p15, 九、"三公" first paragraph (the 三公 total is not printed: left out, not computed).
    (15, "three_public_outbound", _B, "199.25", _U, _N),
    (15, "three_public_vehicle", _B, "183.6", _U, _N),       # 公务用车购置及运行费
    (15, "three_public_reception", _B, "384.75", _U, _N),
    # p16, 具体情况如下: items restated with the vehicle split.
    (16, "three_public_outbound", _B, "199.25", _U, _N),
    (16, "three_public_vehicle", _B, "183.6", _U, _N),
    (16, "three_public_vehicle_purchase", _B, "0", _U, _N),  # 公务用车购置预算支出
    (16, "three_public_vehicle_operation", _B, "183.6", _U, _N),  # 公务用车运行维护费
    (16, "three_public_reception", _B, "384.75", _U, _N),
    # p17, 十一 机关运行经费, 十二 政府采购 (货物 + 服务; no 工程 printed), 十三 国有资产.
    (17, "admin_operating_cost", _B, "1642.08", _U, _N),
    (17, "procurement_total", _B, "2416.43", _U, _N),
    (17, "procurement_goods", _B, "233.1", _U, _N),          # 拟采购货物支出
    (17, "procurement_services", _B, "2183.33", _U, _N),     # 拟购买服务支出
    # a count of vehicles held (本部门共有车辆), not a budgeted figure: measure actual
    (17, "vehicles_total", "actual", "54", "辆", _N),
]
