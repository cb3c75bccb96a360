"""Facts of 000_4fae287c1d48d8b6.txt, read by hand from the report (not from parser output)."""
SOURCE_FILE = "000_4fae287c1d48d8b6.txt"
DOCUMENT = dict(
    province="四川省",
    city="攀枝花市",
    county="西区",
    admin_code="510403",
    department="西区司法局",
    fiscal_year=2020,
    doc_kind="final_accounts",
    amount_unit_reported="万元",
)

# (classification, code, reported_code, reported_name, level, flow, spending_type, fund_scope, measure, amount_wan, source_kind, source_line)
BUDGET_LINES = [
    # 五（二）一般公共预算财政拨款支出决算结构情况 (line 61): class sentence, names only. The first class is printed as
    # 一般公共服务（类） and stored as 201 although its 529.81 is the sum of the 公共安全 items (lines 65-69); see
    # KNOWN_CONTRADICTIONS. reported_name drops the （类） level marker.
    ("function", "201", None, "一般公共服务支出", 1, "expenditure", "total", "general_public_budget", "actual", 529.81, "narrative", 61),
    ("function", "208", None, "社会保障和就业支出", 1, "expenditure", "total", "general_public_budget", "actual", 49.91, "narrative", 61),
    ("function", "210", None, "卫生健康支出", 1, "expenditure", "total", "general_public_budget", "actual", 39.81, "narrative", 61),
    ("function", "221", None, "住房保障支出", 1, "expenditure", "total", "general_public_budget", "actual", 64.07, "narrative", 61),
    # 五（三）一般公共预算财政拨款支出决算具体情况 (lines 65-75): 类（类）款（款）项（项） names only, so
    # reported_code is None and code is the 2020 支出功能分类 code the names identify. Printed rates (完成预算100%,
    # 42.7%, 98.72%, 40.51%) go to printed_rate_pct; no budget amount is printed, so no budget rows.
    ("function", "2040601", None, "行政运行", 3, "expenditure", "total", "general_public_budget", "actual", 441.29, "narrative", 65),
    ("function", "2040602", None, "一般行政管理事务", 3, "expenditure", "total", "general_public_budget", "actual", 17.9, "narrative", 66),
    ("function", "2040607", None, "法律援助", 3, "expenditure", "total", "general_public_budget", "actual", 23.98, "narrative", 67),
    ("function", "2040650", None, "事业运行", 3, "expenditure", "total", "general_public_budget", "actual", 30.84, "narrative", 68),
    # 公共安全支出（类）其他公共安全支出（款）其他公共安全支出（项） -> 20499 / 2049901
    ("function", "2049901", None, "其他公共安全支出", 3, "expenditure", "total", "general_public_budget", "actual", 15.8, "narrative", 69),
    # 社会保障和就业（类）行政事业单位离退休（款）未归口管理的行政单位离退休（项） -> 2080504 (2020 names)
    ("function", "2080504", None, "未归口管理的行政单位离退休", 3, "expenditure", "total", "general_public_budget", "actual", 9.77, "narrative", 70),
    ("function", "2080505", None, "机关事业单位基本养老保险缴费支出", 3, "expenditure", "total", "general_public_budget", "actual", 40.14, "narrative", 71),
    ("function", "2101101", None, "行政单位医疗", 3, "expenditure", "total", "general_public_budget", "actual", 33.98, "narrative", 72),
    ("function", "2101102", None, "事业单位医疗", 3, "expenditure", "total", "general_public_budget", "actual", 2.27, "narrative", 73),
    ("function", "2101103", None, "公务员医疗补助", 3, "expenditure", "total", "general_public_budget", "actual", 3.56, "narrative", 74),
    ("function", "2210201", None, "住房公积金", 3, "expenditure", "total", "general_public_budget", "actual", 64.07, "narrative", 75),
]

# (metric, measure, value, unit, source_kind, source_line)
METRICS = [
    # 收入支出决算总体情况说明 (line 37); prior_year = 782.13 - 24.38 (收、支总计各增加24.38万元)
    ("grand_total", "actual", 782.13, "万元", "narrative", 37),
    ("grand_total", "prior_year", 757.75, "万元", "narrative", 37),
    # 收入决算情况说明 (line 48); 国有资本经营预算财政拨款收入 is not mentioned in this sentence
    ("revenue_total", "actual", 690.97, "万元", "narrative", 48),
    ("revenue_general_budget", "actual", 690.92, "万元", "narrative", 48),
    ("revenue_gov_fund", "actual", 0.0, "万元", "narrative", 48),
    ("revenue_upper_subsidy", "actual", 0.0, "万元", "narrative", 48),
    ("revenue_business", "actual", 0.0, "万元", "narrative", 48),
    ("revenue_operating", "actual", 0.0, "万元", "narrative", 48),
    ("revenue_subordinate", "actual", 0.0, "万元", "narrative", 48),
    ("revenue_other", "actual", 0.05, "万元", "narrative", 48),
    # 支出决算情况说明 (line 51)
    ("expenditure_total", "actual", 730.35, "万元", "narrative", 51),
    ("expenditure_basic", "actual", 625.97, "万元", "narrative", 51),
    ("expenditure_project", "actual", 104.38, "万元", "narrative", 51),
    ("expenditure_to_upper", "actual", 0.0, "万元", "narrative", 51),
    ("expenditure_operating", "actual", 0.0, "万元", "narrative", 51),
    ("expenditure_subsidy_subordinate", "actual", 0.0, "万元", "narrative", 51),
    # 四、财政拨款收入支出决算总体情况说明 (line 54); prior_year = 782.09 - 24.38
    ("fiscal_grand_total", "actual", 782.09, "万元", "narrative", 54),
    ("fiscal_grand_total", "prior_year", 757.71, "万元", "narrative", 54),
    # 五、一般公共预算财政拨款支出 (lines 58, 61, 64); prior_year at 58 = 683.6 - 0.81 (增加0.81万元).
    # Line 64 prints "683.6" with no unit (and 完成预算93.37%, a rate, not stored as a budget).
    ("gpb_expenditure", "actual", 683.6, "万元", "narrative", 58),
    ("gpb_expenditure", "prior_year", 682.79, "万元", "narrative", 58),
    ("gpb_expenditure", "actual", 683.6, "万元", "narrative", 61),
    ("gpb_expenditure", "actual", 683.6, "万元", "narrative", 64),
    # 六、一般公共预算财政拨款基本支出 (lines 79-81)
    ("gpb_basic", "actual", 625.92, "万元", "narrative", 79),
    ("basic_personnel", "actual", 573.44, "万元", "narrative", 80),
    ("basic_public", "actual", 52.48, "万元", "narrative", 81),
    # 七、“三公”经费 (lines 84-95). Rates (52.6%, 0%, 4.44%, 83.11%) are not budgets. prior_year: vehicle
    # 1.11 + 1.38 (减少1.38), reception 0.64 + 0.3 (减少0.3). The outbound comparison at line 88 is template text
    # against 2018 ("增加/减少0万元"), so no prior_year is listed for it.
    ("three_public_total", "actual", 1.72, "万元", "narrative", 84),
    ("three_public_outbound", "actual", 0.0, "万元", "narrative", 86),
    ("three_public_vehicle", "actual", 1.11, "万元", "narrative", 86),
    ("three_public_reception", "actual", 0.64, "万元", "narrative", 86),
    ("three_public_outbound", "actual", 0.0, "万元", "narrative", 88),
    ("three_public_vehicle", "actual", 1.11, "万元", "narrative", 90),
    ("three_public_vehicle", "prior_year", 2.49, "万元", "narrative", 90),
    ("three_public_vehicle_purchase", "actual", 0.0, "万元", "narrative", 91),
    ("three_public_vehicle_operation", "actual", 1.11, "万元", "narrative", 92),
    ("three_public_reception", "actual", 0.64, "万元", "narrative", 93),
    ("three_public_reception", "prior_year", 0.94, "万元", "narrative", 93),
    ("three_public_reception_domestic", "actual", 0.64, "万元", "narrative", 94),
    ("reception_batches", "actual", 5, "批次", "narrative", 94),
    ("reception_people", "actual", 42, "人次", "narrative", 94),
    ("three_public_reception_foreign", "actual", 0.0, "万元", "narrative", 95),
    # 八、政府性基金 / 国有资本经营 (lines 97, 99)
    ("gov_fund_expenditure", "actual", 46.71, "万元", "narrative", 97),
    ("state_capital_expenditure", "actual", 0.0, "万元", "narrative", 99),
    # 十（一）机关运行经费 (line 102); prior_year = 52.48 + 19.54 (减少19.54万元)
    ("admin_operating_cost", "actual", 52.48, "万元", "narrative", 102),
    ("admin_operating_cost", "prior_year", 72.02, "万元", "narrative", 102),
    # 十（二）政府采购 (line 104)
    ("procurement_total", "actual", 13.22, "万元", "narrative", 104),
    ("procurement_goods", "actual", 13.22, "万元", "narrative", 104),
    ("procurement_works", "actual", 0.0, "万元", "narrative", 104),
    ("procurement_services", "actual", 0.0, "万元", "narrative", 104),
    ("procurement_sme", "actual", 0.0, "万元", "narrative", 104),
    # 十（三）国有资产占有使用情况 (line 106): 共有车辆1辆
    ("vehicles_total", "actual", 1, "辆", "narrative", 106),
    # 第一部分（二）2020年重点工作完成情况 (lines 25, 28): work statistics (截止十月 / 1-10月 figures)
    ("notarizations", "actual", 195, "件", "narrative", 25),
    ("legal_aid_cases", "actual", 217, "件", "narrative", 25),
    ("mediation_cases", "actual", 1652, "件", "narrative", 28),
    ("mediation_success", "actual", 1650, "件", "narrative", 28),
    ("community_correction_received", "actual", 80, "人", "narrative", 28),
    # 附件1 部门整体支出绩效评价报告 — （二）人员情况 (line 174): 机关编制33个 (stored as 人), 实有人员34人
    ("staff_authorized", "actual", 33, "人", "narrative", 174),
    ("staff_actual", "actual", 34, "人", "narrative", 174),
    # 附件1 三（一）部门财政资金收入情况 (line 181): 全年预算数782.13 (含上年结转项目收入91.17), 其中基本支出625.97、
    # 项目支出156.17 -> expenditure_total/basic/project, measure budget (全年预算); 上年结转 91.17 -> carryover_begin;
    # "1-12月财政拨款收入782.09万元" -> revenue_fiscal as printed (it equals fiscal_grand_total incl. carry-over).
    ("expenditure_total", "budget", 782.13, "万元", "narrative", 181),
    ("carryover_begin", "actual", 91.17, "万元", "narrative", 181),
    ("expenditure_basic", "budget", 625.97, "万元", "narrative", 181),
    ("expenditure_project", "budget", 156.17, "万元", "narrative", 181),
    ("revenue_fiscal", "actual", 782.09, "万元", "narrative", 181),
    # 附件1 三（三）结转和结余情况 (line 187): 2020年结余51.78万元 (= 782.13 - 730.35)
    ("carryover_end", "actual", 51.78, "万元", "narrative", 187),
    # 附件1 五（二）主要目标绩效完成情况 (lines 236, 239): the same work statistics restated
    ("notarizations", "actual", 195, "件", "narrative", 236),
    ("legal_aid_cases", "actual", 217, "件", "narrative", 236),
    ("mediation_cases", "actual", 1652, "件", "narrative", 239),
    ("mediation_success", "actual", 1650, "件", "narrative", 239),
    ("community_correction_received", "actual", 80, "人", "narrative", 239),
    # 附件1 六（一）评价结论 (line 244): 部门整体支出绩效评价 得分96分
    ("self_evaluation_score", "actual", 96, "分", "narrative", 244),
]

# (project_code, project_name, budget_initial, budget_adjusted, executed, execution_rate, score, source_line)
# No budget-system codes and no project scores are printed anywhere in this report.
PROJECTS = [
    # 十（四）1.项目绩效目标完成情况 — 完成情况综述 (lines 112-116): 全年预算数 -> budget_adjusted, 执行数 -> executed,
    # 完成预算的% -> execution_rate; name = heading text before 项目绩效目标完成情况综述
    (None, "社区矫正", None, 3.75, 3.75, 100.0, None, 112),
    (None, "法律援助", None, 36.17, 28.86, 79.79, None, 113),
    (None, "普法宣传", None, 2.85, 2.85, 100.0, None, 114),
    (None, "物业管理", None, 18.96, 18.96, 100.0, None, 115),
    (None, "人民监督员工作经费", None, 5.0, 5.0, 100.0, None, 116),
    # 附件1 四（一）专项资金分配情况 — "2020年度财政项目资金预算下达明细" (lines 193-209): budget issued for the whole
    # year (法律援助经费36.17 includes 34.17 of upper-level transfers, line 428) -> budget_adjusted; nothing else printed
    (None, "法律援助经费", None, 36.17, None, None, None, 193),
    (None, "业务费装备", None, 28.0, None, None, None, 195),
    (None, "业务办案费", None, 42.18, None, None, None, 197),
    (None, "司法救助", None, 2.74, None, None, None, 199),
    (None, "普法经费", None, 2.85, None, None, None, 201),
    (None, "社区矫正经费", None, 3.75, None, None, None, 203),
    (None, "人民调解及驻派纪检组经费", None, 2.41, None, None, None, 205),
    (None, "法治建设、依法治区经费", None, 8.0, None, None, None, 207),
    (None, "司法专项支出", None, 31.06, None, None, None, 209),
    # 附件2 项目绩效评价报告 (one report per project; source_line = the title line with the project name):
    # 预算资金批复 -> budget_adjusted, 财政拨款支出 -> executed; no rate printed
    # 附件2 基层司法业务 (title 255; 批复2 at 266, 支出2 at 273)
    (None, "基层司法业务", None, 2.0, 2.0, None, None, 255),
    # 附件2-2 社区安帮、人民调解和社区矫正工作项目 (title 297-298; 批复3.75 at 309, 支出3.75 at 316)
    (None, "社区安帮、人民调解和社区矫正工作", None, 3.75, 3.75, None, None, 297),
    # 附件2-3 普法宣传 (title 341; 2.85 at 347/367/371/374; 支出 only "全部及时支付", no figure -> executed None)
    (None, "普法宣传", None, 2.85, None, None, None, 341),
    # 附件2-4 法律援助 (title 414; 批复36.17 at 425, 支出29.77 at 432)
    (None, "法律援助", None, 36.17, 29.77, None, None, 414),
]

# (project_name, level1, level2, indicator, operator, target_value, target_text, unit, actual_value, actual_text, weight, score, source_line)
# No indicator table is printed: line 242 says （附相关评分表） and line 244 cites the
# 《2020年度部门整体支出绩效评价指标评分表》, but the table itself is not in the file.
INDICATORS = []

# (question, answer, source_line)
# No checkbox forms in this report.
FORM_ANSWERS = []

KNOWN_CONTRADICTIONS = [
    # classification
    "Line 61: the first class is named 一般公共服务（类）支出529.81万元 (code 201), but 529.81 is exactly the sum of the "
    "公共安全（类） items at lines 65-69 (441.29+17.9+23.98+30.84+15.8, codes 2040601/2040602/2040607/2040650/2049901); "
    "no 公共安全支出 class sentence is printed. Class named wrong for its items.",
    # growth percentages computed against the current year
    "Lines 37 and 54: 收、支总计 782.13 (and 财政拨款 782.09) 各增加24.38万元, 增长3.12%: against the prior year "
    "(757.75 / 757.71) the growth is 3.22%; 3.12% is 24.38/782.13, i.e. divided by the current year.",
    "Line 90: 公务用车购置及运行维护费1.11万元, 比2019年减少1.38万元, 下降124.32%: a fall of more than 100% is impossible; "
    "against the implied prior year 2.49 the fall is 55.42%; 124.32% = 1.38/1.11 (divided by the current year).",
    "Line 93: 公务接待费0.64万元, 减少0.3万元, 下降46.87%: against the implied prior year 0.94 the fall is 31.91%; "
    "46.87% = 0.3/0.64 (divided by the current year).",
    "Line 102: 机关运行经费52.48万元, 减少19.54万元, 下降37.23%: against the implied prior year 72.02 the fall is 27.13%; "
    "37.23% = 19.54/52.48 (divided by the current year).",
    # 三公
    "Line 86: 三公 parts 0 + 1.11 + 0.64 = 1.75 万元, but the total at lines 84/86 is 1.72. The printed shares fit 1.72 with "
    "a reception of 0.61: 1.11/1.72 = 64.53% (as printed) but 0.64/1.72 = 37.21%, not the printed 35.47% (= 100 - 64.53). "
    "Lines 93-94 repeat reception 0.64.",
    "Lines 84, 88, 90, 93: the 完成预算 rates cannot all hold: total 1.72 at 52.6% implies a 三公 budget of about 3.27万元, "
    "while vehicle 1.11 at 4.44% implies a vehicle budget of about 25万元 (reception 0.64 at 83.11% about 0.77; outbound 0 at 0%). "
    "A part's budget would exceed the whole. (Budgets not stored; reasoning only.)",
    "Line 88: the 因公出国（境） comparison is unfilled template text: 比2018年(not 2019)增加/减少0万元，增长/下降0%，主要原因是……; "
    "lines 89 and 95 also keep template placeholders (…（团组名称…）, 主要用于接待…（具体项目）).",
    # staff
    "Line 174: 机关编制33个 but its parts 公务员26 + 参公3 + 事业8 + 临聘1 = 38; 实有人员34人 but its parts "
    "28 + 3 + 4 + 1 = 36; 公务员 actual 28 exceeds 公务员 编制 26, and 实有34 exceeds 编制33.",
    # fiscal funds in 附件1
    "Line 181: 全年预算数782.13 = 基本支出625.97 + 项目支出156.17 = 782.14 (0.01 off); likewise grand_total 782.13 (line 37) "
    "vs 本年收入合计690.97 (line 48) + 上年结转91.17 (line 181) = 782.14.",
    "Line 181: '1-12月财政拨款收入782.09万元' (= 基本支出拨款625.92 + 项目支出拨款156.17) conflicts with line 48, where "
    "财政拨款 revenue is 一般公共预算690.92 + 政府性基金0 = 690.92; 782.09 is the 财政拨款收、支总计 of line 54 "
    "(690.92 + carry-over 91.17), i.e. it includes the carry-over. Also 项目支出拨款156.17 '占全年预算数的19%' is 19.97% of 782.13.",
    "Line 187: 2020年结余51.78万元 (= 782.13 - 730.35) but its listed parts 10.31 + 10.7 + 20.37 + 2.69 + 3.25 = 47.32.",
    "Line 187: 法律援助经费结余10.31万元, but the 法律援助 budget 36.17 minus 执行数28.86 (line 113) leaves 7.31, "
    "and minus 财政拨款支出29.77 (line 432) leaves 6.40.",
    "Lines 193-209: the nine 专项资金 amounts add to 157.16 万元, while 项目支出 全年预算数 is 156.17 (line 181) and "
    "项目支出拨款 156.17 (line 181) — digits look transposed.",
    # projects
    "法律援助 project: 执行数28.86万元, 完成预算79.79% (line 113) vs 财政拨款支出29.77万元 (line 432, 附件2-4); same budget 36.17.",
    "Line 111 lists the nine projects (法律援助经费 … 司法专项支出) and says 5 are selected for disclosure, but two of the five "
    "综述 items, 物业管理 (18.96, line 115) and 人民监督员工作经费 (5, line 116), are neither in that list nor in the "
    "专项资金 list (lines 193-209).",
    "Line 108 says 9 projects were self-evaluated; line 119 says 13项目、13项目 were evaluated and points to a 2019 report; "
    "附件2 (lines 254-450) holds 4 project reports, one of them (基层司法业务, 2万元, line 266) not among the 9 projects.",
    "Line 118 says the 2019 部门整体支出绩效评价 is attached as 附件1 (《…2019年部门整体支出绩效评价报告》), but 附件1 "
    "(line 149) is the 2020 report; line 119 also names a 2019 project report.",
    "Annex text names the wrong district: 东区 at lines 327, 393, 394, 397 and 401 of a 西区 report (copy from 攀枝花市东区).",
    # minor rounding
    "Line 61: 住房保障支出64.07 '占9.38%' but 64.07/683.6 = 9.37% (shares forced to add to 100); '占*7.3%' carries a stray '*'.",
    "Lines 28 and 239: 调解纠纷1652件, 调解成功1650件, 成功率99.8%: 1650/1652 = 99.88% (99.9% when rounded).",
    "Line 213: fixed-asset shares are truncated, not rounded: 7.64/226.22 = 3.38% (printed 3.37), 178.64/226.22 = 78.97% "
    "(78.96), 1.01/226.22 = 0.45% (0.44); the parts themselves add to 226.22.",
]

# ---------------------------------------------------------------------------------------------
# Companion note: conventions decided here that docs/facts.md does not settle
# - department: 西区司法局 (lines 31, 102, 106, 149); city 攀枝花市 from lines 118 and 306 (攀枝花市西区).
#   The annex's stray 东区 mentions (lines 327, 393-401) are not used for the region.
# - Level-1 names at line 61 print the level marker inside the name (一般公共服务（类）支出); reported_name drops the
#   marker ("一般公共服务支出", "社会保障和就业支出"), as 001 prints them. 卫生健康支出 / 住房保障支出 carry no marker.
# - Function codes are resolved from the 2020 names under their printed parents: 其他公共安全支出（款）其他公共安全支出（项）
#   -> 2049901; 行政事业单位离退休（款）未归口管理的行政单位离退休（项） -> 2080504; 行政事业单位医疗（款） -> 21011xx;
#   住房改革支出（款）住房公积金（项） -> 2210201. All eleven items resolve, so no code is None.
#   No 款-level amounts are printed; 名词解释 lines 132-141 repeat names without amounts (not facts).
# - printed_rate_pct (not a column of the tuple above) would be 100 on lines 65, 68, 70-75; 42.7 on 66; 98.72 on 67;
#   40.51 on 69. Observation: the 93.37% printed for gpb 683.6 at line 64 equals 730.3/782.13 (all 财政拨款支出 over the
#   全年预算数 of lines 181/184), not obviously a gpb rate; not listed as a contradiction because no gpb budget is printed.
# - A figure repeated within ONE line is stored once (line 94: 国内公务接待支出0.64 ... 共计支出0.64). Line 86 restates the
#   三公 parts given again at lines 88/90/93, so each is listed per line, as in 001.
# - Prior-year: 增加 -> current - change; 减少 -> current + change. Line 88's template sentence (比2018年增加/减少0万元) gives
#   no usable prior_year: the year is wrong and the direction unfilled. It is left out (the metrics test is a subset).
# - vehicles_total is read from line 106 (共有车辆1辆). Line 91 (单位共有公务用1辆, 轿车1辆) counts 公务用车 and is not
#   mapped, as in 001. 执法执勤用车1辆 (line 106) vs 轿车1辆 (line 91) are different classifications, not a contradiction.
# - staff_authorized: 机关编制33个 (unit 个) stored as 33 人, as in 001.
# - Work statistics are partial-year figures (截止十月 / 1-10月) but are the only ones printed; stored as actual.
#   Not mapped: 为农民工提供法律援助26件 (subset), 法律帮助154件, 法律咨询699人次, 解除矫正50人, 在矫95人, 调查评估73人,
#   安置帮教对象403名, 调解组织72个 / 调解员416人, 公证咨询6000余人次.
# - 附件1 line 181 mapping (open question): 全年预算数782.13 = 基本支出625.97 + 项目支出156.17 is stored as
#   expenditure_total / expenditure_basic / expenditure_project with measure 'budget' (the report itself uses 782.13 as the
#   denominator of spending: 730.3 占全年预算数的93%, line 184). 上年结转项目收入91.17 -> carryover_begin (it is the whole
#   carry-over: 782.13 - 690.97 = 91.16). '财政拨款收入782.09' -> revenue_fiscal as printed (contradiction noted).
# - Left out because facts.md has no metric with the right scope: 基本支出拨款625.92 / 项目支出拨款156.17 (line 181,
#   allocations received); 财政拨款支出总计730.3 with 基本支出625.92 / 项目支出104.38 (line 184, fiscal-funds scope; mapping
#   them to expenditure_* would clash with the all-funds 730.35/625.97 of line 51, and 625.92 is gpb_basic only by coincidence
#   of scope); per-project 结余 (line 187); fixed assets 226.22/144.86/81.36 and parts, 无形资产5.6/0.09/5.51 (line 213);
#   授予小微企业0 (line 104); 出国团组0次/0人 (line 88); 外事接待0批次/0人 (line 95); 更新购置公务用车0辆 and its 0万元
#   parts (line 91); 下属二级单位2个 (line 31); 9 projects (line 108).
# - Projects: three sources are listed, each row with its own line, none merged: the 综述 (112-116, the only source with
#   executed and rate), the 专项资金分配 list (193-209, budget only) and the 附件2 reports (title lines 255, 297, 341, 414).
#   All budget figures (全年预算数, 预算下达, 预算资金批复) are budget_adjusted: they are full-year amounts and 法律援助's
#   36.17 includes 34.17 of upper-level transfers that no initial budget carries. budget_initial is None everywhere.
#   Names: heading text without 项目绩效目标完成情况综述 / 项目2020年绩效评价报告; list names as printed (…经费 kept).
#   附件2-3 普法宣传: 2.85 is printed four times (347, 367, 371, 374); the row takes it once with the title line.
# - The 部门整体 score 96 (line 244) is self_evaluation_score; no indicator table is printed, so INDICATORS is empty.
