"""Facts of 江苏省政协办公厅_江苏省政协办公厅2019年度部门预算.pdf, read from the page images (not from parser output).

The 2019 department budget (部门预算) of 江苏省政协办公厅, a provincial department. Like the 2017 and 2018 files of
the same department, this PDF is the narrative part only (18 pages): cover (p. 1, "江苏省政协办公厅 2019 年度
部门预算公开"), 目录 (p. 2), 第一部分 部门概况 (pp. 3-9), 第二部分 says only "2019 年度部门预算公开表附后" (p. 9;
p. 18 ends "附件：江苏省政协办公厅 2019 年度部门预算公开表" — the tables are the separate file named in
NARRATIVE_ONLY), 第三部分 情况说明 (pp. 9-17), 第四部分 名词解释 (pp. 17-18). Every fact below is therefore a
figure in a sentence (source "narrative"), all printed in 万元. Pages 1-8 and 18 print no budget amounts.
PDF page numbers equal the printed footers "- N -". (The PDF's metadata title says "2015年度部门预算": a
left-over of the Word template; the pages say 2019 throughout.)

Money: 财政拨款 = 一般公共预算 13,297.11 (p. 9; 政府性基金收入 0, p. 9; 政府性基金支出 0, p. 16) plus 其他资金 80 =
13,377.11. 基本 6,522.75 + 项目 4,968.34 + 单位预留机动经费 1,886.02 = 13,377.11. The 80 of 其他资金 sit in 一般公共
服务 (10,271.56 all funds vs 10,191.56, the sum of the five 政协事务 项) and in 基本支出 (6,522.75 all funds vs
财政拨款基本支出 6,442.75). Checked sums: classes 10,271.56 + 858.51 + 2,247.04 = 13,377.11; 项 lines
10,191.56 + (277.05 + 415.33 + 166.13 = 858.51) + (492.87 + 1,754.17 = 2,247.04) = 13,297.11; 人员经费 5,312.01
+ 公用经费 1,130.74 = 6,442.75; 政府采购 350 + 0 + 1,274.42 = 1,624.42; the 三公 shares 16.06% / 23.72% /
60.22% agree with 106 / 156.6 / 397.5. No contradiction found, and no sentence with a plainly wrong label.

Fund scopes: 一 (p. 10, （二）支出预算总计) function classes -> all_funds. 五 财政拨款支出 (pp. 12-13): all 财政拨款
here is 一般公共预算 (see above) -> general_public_budget. 七 一般公共预算支出 (p. 14) restates only the total,
no item lines.

Economic lines: none. Unlike 2017, sections 六 (p. 14) and 八 (p. 15) only name the 经济分类 items that make up
人员经费 / 公用经费 ("主要包括：基本工资、津贴补贴、资金、绩效工资…" — "资金" there is a misprint of 奖金), with no
amount per item and no (类)/(款) markers: nothing to record beyond the two totals.

Function names: the printed words with the level marker dropped — "一般公共服务（类）支出" -> "一般公共服务支出",
"社会保障和就业（类）支出" -> "社会保障和就业支出", "住房保障（类）支出" -> "住房保障支出", "政协事务（款）
行政运行（项）" -> "行政运行", "行政事业单位离退休（款）机关事业单位基本养老保险缴费支出（项）" -> "机关事业单位
基本养老保险缴费支出". The 类 headings of 五 ("（一）一般公共服务支出（类）" …) and the 款 carry no amount.

Left out on purpose:
- 单位预留机动经费 1,886.02 (p. 11, twice): no metric fits it.
- 五 "财政拨款预算支出 13,297.11" (p. 12) and 七 "一般公共预算财政拨款支出预算 13,297.11" (p. 14): expenditure
  totals of one fund scope, no metric fits.
- 六 "财政拨款基本支出预算 6,442.75" (p. 14) and 八 "一般公共预算财政拨款基本支出预算 6,442.75" (p. 15): the
  财政拨款 part of 基本支出; expenditure_basic carries no fund scope and holds the all-funds 6,522.75 (pp. 10-11).
- 三公: the total is not printed (only the shares, which imply 660.10): no three_public_total. 会议费 1,282.56
  and 培训费 281.77 (p. 16): no metric.
- 十 "政府性基金支出预算支出 0 万元" (p. 16): an expenditure figure, no metric fits (revenue_gov_fund is the
  revenue side, recorded from pp. 9 and 11).
- 十三 (p. 17): only the total "共有车辆 46 辆" is recorded (vehicles_total); its parts 一般公务用车 46, 执法执勤
  用车 0, 特种专业技术用车 0, 其他用车 0 and "单价 20 万元（含）以上的设备 4 台（套）" have no metric.
- 十四 (p. 17): 0 个项目实行绩效目标管理, 财政性资金合计 0 万元: no metric.
- Differences and percentages (各增加 3,226.63, 增加 2,444.1 / 34.75 / 747.78 / 844.58 / 1,653.66 / 728.39 /
  790.44 …, 减少 3.3 / 191, 比上年预算减少 15, 增加 398.4 / 184.17 / 14.89, 占…%, 增长…%) and "与上年数一致":
  not prior-year amounts, nothing derived. No sentence states a prior-year amount itself.
- p. 4: "10 个专门委员会", "现有处室 21 个", "预算单位共计 1 家": no metric. Work counts on pp. 5-8 (全体会议 1
  次, 提案约 900 件, 30 个界别 …): no metric. No staff count (编制, 在职, 离退休) is printed.

Read from pdftoppm renders at 110 dpi; every digit was checked on the image.
"""

SOURCE_FILE = "江苏省政协办公厅_江苏省政协办公厅2019年度部门预算.pdf"
# the narrative part alone: its tables are this other file (real_jiangsu_cppcc_2019_budget_tables.py)
NARRATIVE_ONLY = "江苏省政协办公厅_江苏省政协办公厅2019年预算公开表.pdf"
SHA256 = "4588cbbcbd3fc885a0b4c5cac3b2a30fcbf8c94ff239508c50b0782e26e5347b"

DOCUMENT = dict(
    province="江苏省",
    city=None,                  # provincial department: no city level
    county=None,
    department_printed="江苏省政协办公厅",  # cover (p. 1): "江苏省政协办公厅 2019 年度 部门预算公开"
    # stored as the department names itself at its own level: the levels above (上海市 for a
    # district department) dropped, a provincial department keeps its province
    department="江苏省政协办公厅",
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
_GPB = "general_public_budget"
_AF = "all_funds"

# (page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source)
BUDGET_LINES = [
    # --- p. 10, 一、收支预算总体情况说明 / （二）支出预算总计 13,377.11: function classes of all funds.
    # Printed "一般公共服务（类）支出 10,271.56 万元" etc. (10,271.56 + 858.51 + 2,247.04 = 13,377.11.)
    (10, _F, None, "一般公共服务支出", _X, "total", _AF, _B, "10271.56", _U, _N),
    (10, _F, None, "社会保障和就业支出", _X, "total", _AF, _B, "858.51", _U, _N),
    (10, _F, None, "住房保障支出", _X, "total", _AF, _B, "2247.04", _U, _N),

    # --- pp. 12-13, 五、财政拨款支出预算情况说明 (公开05表): 项 lines; the 类 headings carry no amount.
    # (一)一般公共服务支出（类）/ 政协事务（款）
    (12, _F, None, "行政运行", _X, "total", _GPB, _B, "5223.22", _U, _N),
    (12, _F, None, "一般行政管理事务", _X, "total", _GPB, _B, "3159.78", _U, _N),
    (12, _F, None, "政协会议", _X, "total", _GPB, _B, "1282.56", _U, _N),
    (13, _F, None, "委员视察", _X, "total", _GPB, _B, "426", _U, _N),
    (13, _F, None, "其他政协事务支出", _X, "total", _GPB, _B, "100", _U, _N),
    # (二)社会保障和就业支出（类）/ 行政事业单位离退休（款）
    (13, _F, None, "未归口管理的行政单位离退休", _X, "total", _GPB, _B, "277.05", _U, _N),
    (13, _F, None, "机关事业单位基本养老保险缴费支出", _X, "total", _GPB, _B, "415.33", _U, _N),
    (13, _F, None, "机关事业单位职业年金缴费支出", _X, "total", _GPB, _B, "166.13", _U, _N),
    # (三)住房保障支出（类）/ 住房改革支出（款）
    (13, _F, None, "住房公积金", _X, "total", _GPB, _B, "492.87", _U, _N),
    (13, _F, None, "提租补贴", _X, "total", _GPB, _B, "1754.17", _U, _N),
]

# (page, metric, measure, value, unit, source)
METRICS = [
    # p. 9, 一、收支预算总体情况说明: "收入、支出预算总计 13,377.11 万元" (restated as （一）收入预算总计 on the same
    # page: recorded once).
    (9, "grand_total", _B, "13377.11", _U, _N),
    (9, "revenue_fiscal", _B, "13297.11", _U, _N),            # 财政拨款收入预算总计
    (9, "revenue_general_budget", _B, "13297.11", _U, _N),    # 一般公共预算收入预算
    (9, "revenue_gov_fund", _B, "0", _U, _N),                 # 政府性基金收入预算
    (9, "revenue_special_account", _B, "0", _U, _N),          # 财政专户管理资金收入预算总计
    # p. 10
    (10, "revenue_other", _B, "80", _U, _N),                  # 其他资金收入预算总计
    (10, "carryover_begin", _B, "0", _U, _N),                 # 上年结转资金预算数
    (10, "grand_total", _B, "13377.11", _U, _N),              # （二）支出预算总计
    # p. 10, end of section 一 ("此外，基本支出预算数为…", "项目支出预算数为…"); 预留 1,886.02 (p. 11) left out.
    (10, "expenditure_basic", _B, "6522.75", _U, _N),
    (10, "expenditure_project", _B, "4968.34", _U, _N),
    # p. 11, 二、收入预算情况说明 (公开02表): 本年收入预算合计 and its parts (shares 占…% not recorded).
    (11, "revenue_total", _B, "13377.11", _U, _N),
    (11, "revenue_general_budget", _B, "13297.11", _U, _N),
    (11, "revenue_gov_fund", _B, "0", _U, _N),                # 政府性基金预算收入
    (11, "revenue_special_account", _B, "0", _U, _N),         # 财政专户管理资金
    (11, "revenue_other", _B, "80", _U, _N),                  # 其他资金
    (11, "carryover_begin", _B, "0", _U, _N),                 # 上年结转资金
    # p. 11, 三、支出预算情况说明 (公开03表) (单位预留机动经费 1,886.02 left out: no metric)
    (11, "expenditure_total", _B, "13377.11", _U, _N),        # 本年支出预算合计
    (11, "expenditure_basic", _B, "6522.75", _U, _N),
    (11, "expenditure_project", _B, "4968.34", _U, _N),
    (11, "carryover_end", _B, "0", _U, _N),                   # 结转下年资金
    # p. 12, 四、财政拨款收支预算总体情况说明: "财政拨款收、支预算 13,297.11" ("收、支总计各增加…" follows).
    (12, "fiscal_grand_total", _B, "13297.11", _U, _N),
    # 六 (p. 14) and 八 (p. 15): 人员经费 / 公用经费 (5,312.01 + 1,130.74 = 6,442.75, the 财政拨款 part).
    (14, "basic_personnel", _B, "5312.01", _U, _N),
    (14, "basic_public", _B, "1130.74", _U, _N),
    (15, "basic_personnel", _B, "5312.01", _U, _N),
    (15, "basic_public", _B, "1130.74", _U, _N),
    # pp. 15-16, 九、"三公" (no total printed), first sentence; "156.6 万" ends p. 15, "元" begins p. 16.
    (15, "three_public_outbound", _B, "106", _U, _N),
    (15, "three_public_vehicle", _B, "156.6", _U, _N),        # 公务用车购置及运行维护费
    (16, "three_public_reception", _B, "397.5", _U, _N),
    # p. 16, "具体情况如下" 1-3
    (16, "three_public_outbound", _B, "106", _U, _N),
    (16, "three_public_vehicle", _B, "156.6", _U, _N),
    (16, "three_public_vehicle_purchase", _B, "0", _U, _N),
    (16, "three_public_vehicle_operation", _B, "156.6", _U, _N),
    (16, "three_public_reception", _B, "397.5", _U, _N),
    # pp. 16-17, 十一、一般公共预算机关运行经费预算支出 (the amount is printed on p. 17)
    (17, "admin_operating_cost", _B, "1130.74", _U, _N),
    # p. 17, 十二、政府采购支出预算
    (17, "procurement_total", _B, "1624.42", _U, _N),
    (17, "procurement_goods", _B, "350", _U, _N),
    (17, "procurement_works", _B, "0", _U, _N),
    (17, "procurement_services", _B, "1274.42", _U, _N),
    # p. 17, 十三、国有资产占用情况: "本部门共有车辆 46 辆" — a count of vehicles held, not a budgeted
    # figure: measure actual (docs/facts.md: counts stay actual in a budget too), as in the other 2019 files.
    (17, "vehicles_total", "actual", "46", "辆", _N),
]
