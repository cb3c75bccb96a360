"""Facts of 001_cbcf39354c9835b0.txt, read by hand from the report (not from parser output)."""
SOURCE_FILE = "001_cbcf39354c9835b0.txt"
DOCUMENT = dict(
    province="四川省",
    city="遂宁市",
    county="安居区",
    admin_code="510904",
    department="安居区司法局",
    fiscal_year=2023,
    doc_kind="final_accounts",
    amount_unit_reported="万元",
)

# (classification, code, reported_code, reported_name, level, flow, spending_type, fund_scope, measure, amount_wan, source_kind, source_line)
BUDGET_LINES = [
    # 五（二）一般公共预算财政拨款支出决算结构情况 (line 55): class-level sentences, names only, zeros included
    ("function", "201", None, "一般公共服务支出", 1, "expenditure", "total", "general_public_budget", "actual", 0.0, "narrative", 55),
    ("function", "205", None, "教育支出", 1, "expenditure", "total", "general_public_budget", "actual", 0.0, "narrative", 55),
    ("function", "206", None, "科学技术支出", 1, "expenditure", "total", "general_public_budget", "actual", 0.0, "narrative", 55),
    ("function", "207", None, "文化旅游体育与传媒支出", 1, "expenditure", "total", "general_public_budget", "actual", 0.0, "narrative", 55),
    ("function", "204", None, "公共安全支出", 1, "expenditure", "total", "general_public_budget", "actual", 982.66, "narrative", 55),
    ("function", "208", None, "社会保障和就业支出", 1, "expenditure", "total", "general_public_budget", "actual", 85.43, "narrative", 55),
    ("function", "210", None, "卫生健康支出", 1, "expenditure", "total", "general_public_budget", "actual", 33.33, "narrative", 55),
    ("function", "221", None, "住房保障支出", 1, "expenditure", "total", "general_public_budget", "actual", 62.4, "narrative", 55),
    # 五（三）一般公共预算财政拨款支出决算具体情况 (lines 80-106): 项 lines printed as 类（204）款（06）项（01）,
    # each "完成预算100%" (printed_rate_pct 100; no budget amount printed, so no budget rows)
    ("function", "2040601", "2040601", "行政运行", 3, "expenditure", "total", "general_public_budget", "actual", 693.39, "narrative", 80),
    ("function", "2040602", "2040602", "一般行政管理事务", 3, "expenditure", "total", "general_public_budget", "actual", 64.61, "narrative", 81),
    ("function", "2040604", "2040604", "基层司法业务", 3, "expenditure", "total", "general_public_budget", "actual", 3.36, "narrative", 83),
    ("function", "2040605", "2040605", "普法宣传", 3, "expenditure", "total", "general_public_budget", "actual", 34.94, "narrative", 85),
    ("function", "2040607", "2040607", "公共法律服务", 3, "expenditure", "total", "general_public_budget", "actual", 4.9, "narrative", 87),
    ("function", "2040610", "2040610", "社区矫正", 3, "expenditure", "total", "general_public_budget", "actual", 42.7, "narrative", 89),
    ("function", "2040612", "2040612", "法治建设", 3, "expenditure", "total", "general_public_budget", "actual", 19.39, "narrative", 91),
    ("function", "2040613", "2040613", "信息化建设", 3, "expenditure", "total", "general_public_budget", "actual", 52.11, "narrative", 93),
    ("function", "2040650", "2040650", "事业运行", 3, "expenditure", "total", "general_public_budget", "actual", 19.37, "narrative", 95),
    ("function", "2040699", "2040699", "其他司法支出", 3, "expenditure", "total", "general_public_budget", "actual", 47.89, "narrative", 97),
    ("function", "2080501", "2080501", "行政单位离退休", 3, "expenditure", "total", "general_public_budget", "actual", 18.33, "narrative", 99),
    ("function", "2080505", "2080505", "机关事业单位基本养老保险缴费支出", 3, "expenditure", "total", "general_public_budget", "actual", 66.53, "narrative", 100),
    ("function", "2089999", "2089999", "其他社会保障和就业支出", 3, "expenditure", "total", "general_public_budget", "actual", 0.57, "narrative", 102),
    ("function", "2101101", "2101101", "行政单位医疗", 3, "expenditure", "total", "general_public_budget", "actual", 26.38, "narrative", 104),
    ("function", "2101103", "2101103", "公务员医疗补助", 3, "expenditure", "total", "general_public_budget", "actual", 6.95, "narrative", 105),
    ("function", "2210201", "2210201", "住房公积金", 3, "expenditure", "total", "general_public_budget", "actual", 62.4, "narrative", 106),
]

# (metric, measure, value, unit, source_kind, source_line)
METRICS = [
    # 一、收入支出决算总体情况说明 (line 32); prior_year = 1163.82 + 5.1 (收、支总计各下降5.1万元)
    ("grand_total", "actual", 1163.82, "万元", "narrative", 32),
    ("grand_total", "prior_year", 1168.92, "万元", "narrative", 32),
    # 二、收入决算情况说明 (line 36)
    ("revenue_total", "actual", 1163.82, "万元", "narrative", 36),
    ("revenue_general_budget", "actual", 1163.82, "万元", "narrative", 36),
    ("revenue_gov_fund", "actual", 0.0, "万元", "narrative", 36),
    ("revenue_state_capital", "actual", 0.0, "万元", "narrative", 36),
    ("revenue_upper_subsidy", "actual", 0.0, "万元", "narrative", 36),
    ("revenue_business", "actual", 0.0, "万元", "narrative", 36),
    ("revenue_operating", "actual", 0.0, "万元", "narrative", 36),
    ("revenue_subordinate", "actual", 0.0, "万元", "narrative", 36),
    ("revenue_other", "actual", 0.0, "万元", "narrative", 36),
    # 三、支出决算情况说明 (line 40)
    ("expenditure_total", "actual", 1163.82, "万元", "narrative", 40),
    ("expenditure_basic", "actual", 893.92, "万元", "narrative", 40),
    ("expenditure_project", "actual", 269.9, "万元", "narrative", 40),
    ("expenditure_to_upper", "actual", 0.0, "万元", "narrative", 40),
    ("expenditure_operating", "actual", 0.0, "万元", "narrative", 40),
    ("expenditure_subsidy_subordinate", "actual", 0.0, "万元", "narrative", 40),
    # 四、财政拨款收入支出决算总体情况说明 (line 44); prior_year = 1163.82 + 5.1
    ("fiscal_grand_total", "actual", 1163.82, "万元", "narrative", 44),
    ("fiscal_grand_total", "prior_year", 1168.92, "万元", "narrative", 44),
    # 五、一般公共预算财政拨款支出 (lines 51, 55, 79); prior_year at 51 = 1163.82 + 5.1
    ("gpb_expenditure", "actual", 1163.82, "万元", "narrative", 51),
    ("gpb_expenditure", "prior_year", 1168.92, "万元", "narrative", 51),
    ("gpb_expenditure", "actual", 1163.82, "万元", "narrative", 55),
    ("gpb_expenditure", "actual", 1163.82, "万元", "narrative", 79),
    # 六、一般公共预算财政拨款基本支出 (lines 109-113)
    ("gpb_basic", "actual", 893.92, "万元", "narrative", 109),
    ("basic_personnel", "actual", 789.57, "万元", "narrative", 111),
    ("basic_public", "actual", 104.35, "万元", "narrative", 113),
    # 七、“三公”经费 (lines 119-132); prior_year: 4.63 + 0.91, outbound 与2022年持平, vehicle 3.41 + 0.94,
    # reception 1.22 - 0.03 (增加0.03)
    ("three_public_total", "actual", 4.63, "万元", "narrative", 119),
    ("three_public_total", "prior_year", 5.54, "万元", "narrative", 119),
    ("three_public_outbound", "actual", 0.0, "万元", "narrative", 123),
    ("three_public_vehicle", "actual", 3.41, "万元", "narrative", 123),
    ("three_public_reception", "actual", 1.22, "万元", "narrative", 123),
    ("three_public_outbound", "actual", 0.0, "万元", "narrative", 125),
    ("three_public_outbound", "prior_year", 0.0, "万元", "narrative", 125),
    ("three_public_vehicle", "actual", 3.41, "万元", "narrative", 127),
    ("three_public_vehicle", "prior_year", 4.35, "万元", "narrative", 127),
    ("three_public_vehicle_purchase", "actual", 0.0, "万元", "narrative", 128),
    ("three_public_vehicle_operation", "actual", 3.41, "万元", "narrative", 130),
    ("three_public_reception", "actual", 1.22, "万元", "narrative", 131),
    ("three_public_reception", "prior_year", 1.19, "万元", "narrative", 131),
    ("three_public_reception_domestic", "actual", 1.22, "万元", "narrative", 131),
    ("reception_batches", "actual", 16, "批次", "narrative", 131),
    ("reception_people", "actual", 170, "人次", "narrative", 131),
    ("three_public_reception_foreign", "actual", 0.0, "万元", "narrative", 132),
    # 八、九、政府性基金 / 国有资本经营 (lines 136, 140)
    ("gov_fund_expenditure", "actual", 0.0, "万元", "narrative", 136),
    ("state_capital_expenditure", "actual", 0.0, "万元", "narrative", 140),
    # 十、其他重要事项：机关运行经费 (line 146); prior_year = 104.35 - 22.07
    ("admin_operating_cost", "actual", 104.35, "万元", "narrative", 146),
    ("admin_operating_cost", "prior_year", 82.28, "万元", "narrative", 146),
    # 政府采购 (line 150)
    ("procurement_total", "actual", 5.4, "万元", "narrative", 150),
    ("procurement_goods", "actual", 5.4, "万元", "narrative", 150),
    ("procurement_works", "actual", 0.0, "万元", "narrative", 150),
    ("procurement_services", "actual", 0.0, "万元", "narrative", 150),
    ("procurement_sme", "actual", 5.4, "万元", "narrative", 150),
    # 国有资产占有使用情况 (line 154)
    ("vehicles_total", "actual", 2, "辆", "narrative", 154),
    # 预算绩效管理情况 (line 160): department self-evaluation score and work statistics
    ("self_evaluation_score", "actual", 100, "分", "narrative", 160),
    ("legal_aid_cases", "actual", 526, "件", "narrative", 160),
    ("notarizations", "actual", 948, "件", "narrative", 160),
    # 附件1 部门预算绩效评价报告: staff (line 247), budget vs final (lines 250-251), work statistics,
    # project funds (line 282), conclusion score (line 298)
    ("staff_authorized", "actual", 43, "人", "narrative", 247),
    ("staff_actual", "actual", 41, "人", "narrative", 247),
    ("revenue_total", "budget_initial", 1163.82, "万元", "narrative", 250),
    ("revenue_total", "actual", 1163.82, "万元", "narrative", 250),
    ("expenditure_total", "budget_initial", 1163.82, "万元", "narrative", 251),
    ("expenditure_total", "actual", 1163.82, "万元", "narrative", 251),
    ("mediation_cases", "actual", 897, "件", "narrative", 264),
    ("legal_aid_cases", "actual", 526, "件", "narrative", 266),
    ("notarizations", "actual", 948, "件", "narrative", 266),
    ("expenditure_project", "budget_initial", 261.07, "万元", "narrative", 282),
    ("expenditure_project", "actual", 269.9, "万元", "narrative", 282),
    ("mediation_cases", "actual", 897, "件", "narrative", 290),
    ("legal_aid_cases", "actual", 526, "件", "narrative", 292),
    ("notarizations", "actual", 948, "件", "narrative", 292),
    ("self_evaluation_score", "actual", 100, "分", "narrative", 298),
    # 附件2 专项预算项目绩效评价报告（法律援助）: the same work statistics restated (lines 1653, 1675)
    ("legal_aid_cases", "actual", 526, "件", "narrative", 1653),
    ("notarizations", "actual", 948, "件", "narrative", 1653),
    ("legal_aid_cases", "actual", 526, "件", "narrative", 1675),
    ("notarizations", "actual", 948, "件", "narrative", 1675),
]

# (project_code, project_name, budget_initial, budget_adjusted, executed, execution_rate, score, source_line)
PROJECTS = [
    # 附表：部门预算项目支出绩效自评表（2023年度）, one table per project; amounts from the 总额 row,
    # score from the 合计 row (weight 100 each)
    ("51090423T000008167896", "2023案件代理", 3.0, 2.4, 2.4, 100.0, 100, 442),
    ("51090422T000000280584", "普法宣传", 0.0, 14.94, 14.94, 100.0, 100, 652),
    ("51090423T000008169274", "2023安置帮教", 5.0, 3.09, 3.09, 100.0, 100, 850),
    ("51090422T000000389593", "社区矫正办公经费", 0.0, 37.88, 37.88, 100.0, 100, 1036),
    ("51090423T000008168286", "2023法律援助", 5.0, 4.9, 4.9, 100.0, 100, 1200),
]

# (project_name, level1, level2, indicator, operator, target_value, target_text, unit, actual_value, actual_text, weight, score, source_line)
INDICATORS = [
    # 2024年区级部门整体支出绩效评价指标体系 (lines 303-436): department as a whole; weight = 指标分值,
    # score = 自评得分; no operator/target/unit/actual printed; level names without the （N分） suffix
    (None, "部门预算管理", "预算编制", "目标制定", None, None, None, None, None, None, 10, 10, 323),
    (None, "部门预算管理", "预算编制", "目标实现", None, None, None, None, None, None, 10, 10, 332),
    (None, "部门预算管理", "预算编制", "编制准确", None, None, None, None, None, None, 10, 10, 341),
    (None, "部门预算管理", "预算执行", "支出控制", None, None, None, None, None, None, 10, 10, 350),
    (None, "部门预算管理", "预算执行", "动态调整", None, None, None, None, None, None, 10, 10, 359),
    (None, "部门预算管理", "预算执行", "执行进度", None, None, None, None, None, None, 10, 10, 368),
    (None, "部门预算管理", "完成结果", "预算完成", None, None, None, None, None, None, 10, 10, 377),
    (None, "部门预算管理", "完成结果", "违规记录", None, None, None, None, None, None, 10, 10, 386),
    (None, "绩效结果应用", "信息公开", "自评公开", None, None, None, None, None, None, 2, 2, 395),
    (None, "绩效结果应用", "整改反馈", "结果整改", None, None, None, None, None, None, 4, 4, 404),
    (None, "绩效结果应用", "整改反馈", "应用反馈", None, None, None, None, None, None, 4, 4, 413),
    (None, "自评质量", "自评质量", "自评准确", None, None, None, None, None, None, 10, 10, 422),
    # 项目支出绩效自评表：2023案件代理 (lines 536-629); 完成值 cells blank in every project table
    ("2023案件代理", "产出指标", "数量指标", "代理非诉案件（包括行政复议、仲裁、重大决策专项法律意见书等）", ">=", 1, "1", "件", None, None, 10, 10, 538),
    ("2023案件代理", "产出指标", "数量指标", "代理重大行政案件、民商事诉讼案件", ">=", 2, "2", "件", None, None, 20, 20, 550),
    ("2023案件代理", "产出指标", "时效指标", "解决案件期限", "<=", 6, "6", "月", None, None, 10, 10, 562),
    ("2023案件代理", "效益指标", "社会效益指标", "最大程度减少政府经济损失", "qualitative", None, "优良", "其他", None, None, 10, 10, 574),
    ("2023案件代理", "效益指标", "可持续影响指标", "降低政府败诉率；提高政府依法行政、依法执法水平", "qualitative", None, "优良", "其他", None, None, 10, 10, 586),
    ("2023案件代理", "满意度指标", "服务对象满意度指标", "群众满意度", ">=", 95, "95", "%", None, None, 10, 10, 598),
    ("2023案件代理", "成本指标", "经济成本指标", "诉讼案件根据四川省发展和改革委员会 四川省司法厅关于规范律师法律服务收费管理有关问题的通知（川发改价格〔2018〕93号），酌情支出/件", "=", 2, "2", "万元", None, None, 10, 10, 610),
    ("2023案件代理", "成本指标", "经济成本指标", "非诉案件代理费/件", "=", 1, "1", "万元", None, None, 10, 10, 622),
    # 项目支出绩效自评表：普法宣传 (lines 746-791; rows 793-827 are empty)
    ("普法宣传", "产出指标", "数量指标", "累计发放法律宣传资料", ">=", 40000, "40000", "册", None, None, 30, 30, 748),
    ("普法宣传", "产出指标", "时效指标", "项目完成结点", "=", 1, "1", "年", None, None, 10, 10, 760),
    ("普法宣传", "效益指标", "社会效益指标", "开展“八五”普法", "qualitative", None, "优良", "其他", None, None, 20, 20, 772),
    ("普法宣传", "满意度指标", "服务对象满意度指标", "群众满意度", "qualitative", None, "优良", "其他", None, None, 30, 30, 784),
    # 项目支出绩效自评表：2023安置帮教 (lines 944-1013)
    ("2023安置帮教", "产出指标", "数量指标", "安置、帮教刑释人员", ">=", 220, "220", "人", None, None, 15, 15, 946),
    ("2023安置帮教", "产出指标", "质量指标", "刑释解矫人员安置帮教率", ">=", 95, "95", "%", None, None, 10, 10, 958),
    ("2023安置帮教", "产出指标", "时效指标", "刑释解矫人员重新犯罪率", "<=", 2, "2", "%", None, None, 15, 15, 970),
    ("2023安置帮教", "效益指标", "社会效益指标", "促进社会稳定，刑释解矫人员顺利融入社会率", ">=", 95, "95", "%", None, None, 20, 20, 982),
    ("2023安置帮教", "满意度指标", "服务对象满意度指标", "刑释解矫人员满意率", ">=", 90, "90", "%", None, None, 10, 10, 994),
    ("2023安置帮教", "成本指标", "经济成本指标", "安置帮教走访费用", ">=", 100, "100", "元/人·次", None, None, 20, 20, 1006),
    # 项目支出绩效自评表：社区矫正办公经费 (lines 1130-1163; rows 1165-1175 are empty)
    ("社区矫正办公经费", "产出指标", "质量指标", "重新犯罪率", "<=", 0.2, "0.2", "%", None, None, 30, 30, 1132),
    ("社区矫正办公经费", "效益指标", "社会效益指标", "促进社会稳定", "qualitative", None, "优良中低差", "其他", None, None, 30, 30, 1144),
    ("社区矫正办公经费", "满意度指标", "服务对象满意度指标", "群众满意度", ">=", 95, "95", "%", None, None, 30, 30, 1156),
    # 项目支出绩效自评表：2023法律援助 (lines 1294-1399); score 101 at line 1302 is as printed
    ("2023法律援助", "产出指标", "数量指标", "法律援助人次", ">=", 1726, "1726", "人", None, None, 10, 101, 1296),
    ("2023法律援助", "产出指标", "数量指标", "法律援助案件", ">=", 200, "200", "人", None, None, 5, 5, 1308),
    ("2023法律援助", "产出指标", "质量指标", "法律援助败诉率", "<=", 2, "2", "%", None, None, 10, 10, 1320),
    ("2023法律援助", "产出指标", "质量指标", "法律援助案件质量投诉", "<=", 2, "2", "%", None, None, 5, 5, 1332),
    ("2023法律援助", "产出指标", "时效指标", "营造应援尽援法制氛围", "qualitative", None, "优良", "其他", None, None, 10, 10, 1344),
    ("2023法律援助", "效益指标", "经济效益指标", "为群众挽回经济损失，维护群众合法权益", "qualitative", None, "优良", "其他", None, None, 10, 10, 1356),
    ("2023法律援助", "效益指标", "可持续影响指标", "保障和改善民生服务", "qualitative", None, "优良", "其他", None, None, 10, 10, 1368),
    ("2023法律援助", "满意度指标", "服务对象满意度指标", "群众满意度", ">=", 95, "95", "%", None, None, 10, 10, 1380),
    ("2023法律援助", "成本指标", "经济成本指标", "援助案件补贴", ">=", 800, "800", "元/人·次", None, None, 20, 20, 1392),
]

# (question, answer, source_line)
# No checkbox forms in this report.
FORM_ANSWERS = []

KNOWN_CONTRADICTIONS = [
    # indicator scores
    "Line 1302: indicator 法律援助人次 (2023法律援助, line 1296) has score 101 against weight 10 (line 1301): score above weight.",
    "2023法律援助 table: indicator weights sum to 90 (10+5+10+5+10+10+10+10+20) but the indicator scores sum to 181 "
    "(101+5+10+5+10+10+10+10+20), i.e. 191 with the 预算执行 score 10 (line 1238), while the 合计 row says 100/100 (lines 1402-1403); "
    "consistent only if 101 is a typo for 10.",
    "Line 425 says the 自评准确 item is not scored in self-evaluation and the department's self-evaluation maximum is 90, "
    "yet line 426 gives it 10 and the department self-evaluation score is 100 (lines 160, 298): above the stated maximum.",
    # organisation and staff
    "Line 26: 下属二级预算单位1个 (行政0, 参公0, 其他事业单位1); line 223: 下属二级预算单位3个 (行政0, 参公1, 其他事业单位1). "
    "The counts disagree (1 vs 3; 参公 0 vs 1), and at line 223 the parts add to 2, not 3.",
    # work statistics
    "社区矫正: lines 160, 262, 289 and 1618 say 全年列管366人、年末在册240人; line 1596 (附件2 社区矫正办公经费) says 全年列管337人、目前在册225人.",
    # projects
    "Lines 276-278: 常年项目12个, 135万元, 执行进度79.77%, 6 with 结余率>10%; 阶段项目1个, 68万元, 76.33%. This conflicts with "
    "line 158 (5 projects), line 282 (项目资金年初预算261.07万元, 使用269.9万元; 135+68=203), line 40 (项目支出269.9) and the 100% "
    "execution rate in every project table (lines 478, 688, 886, 1072, 1236).",
    "Line 158 says the 5 projects received 事前绩效评估 at the 2023 budget-preparation stage, but 普法宣传 (line 685) and 社区矫正办公经费 "
    "(line 1069) have 年初预算 0.00 (their budgets, 14.94 and 37.88, appear only as 调整后预算). Possibly a mild inconsistency.",
    # vehicles
    "Line 128: 单位共有公务用车0辆, yet line 130 reports 公务用车运行维护费3.41万元 (保险0.82, 油费2.07, 维修0.52), line 150 says the "
    "5.4万元 procurement went to 保障全区公务用车正常运行, and line 154 says 共有车辆2辆 (执法执勤用车2辆).",
    # percentages
    "Line 55: 住房保障支出62.4万元 占5.37%, but 62.4/1163.82 = 5.36%. The printed shares are rounded so that they add to 100.00.",
    "Line 125: 因公出国（境）经费 0万元 '完成预算0%', while line 119 says the 三公 total 完成预算100% and 决算数与预算数持平. "
    "The rate is 0/0 if the budget was 0; if the budget was above 0, the total could not be at 100%.",
    # classification / labelling
    "Line 970: 刑释解矫人员重新犯罪率 (a rate) is filed under 二级指标 时效指标; line 1344: the qualitative 营造应援尽援法制氛围 is also under 时效指标. Both look misclassified.",
    "Line 1308-1311: indicator 法律援助案件 (target ≥200) is measured in 人, not 件; the narrative counts 526件 (line 160).",
    "Line 302 labels the annex 部门预算项目支出绩效自评表（2023年度）, but the table that follows (line 303) is titled "
    "2024年区级部门整体支出绩效评价指标体系: a department-wide table with a different year in a 2023 report.",
]

# ---------------------------------------------------------------------------------------------
# Companion note: conventions decided here that docs/facts.md does not settle
# - department: the short form 安居区司法局 (lines 223, 247); elsewhere the report calls itself 遂宁市安居区司法局.
# - Level-1 lines at line 55 print names only: reported_code None, code resolved from the name
#   (201, 205, 206, 207, 204, 208, 210, 221); reported_name keeps the printed 支出 suffix.
# - Items at lines 80-106 are numbered 1-16 with no gap (no missing item 12 in this report). Each prints
#   完成预算100% / 决算数与预算数持平; no budget amount is printed, so no budget_initial/adjusted rows are
#   derived (printed_rate_pct would be 100 on every actual row; the tuple has no column for it).
#   All 16 printed codes match their 2023 names (2040607 公共法律服务, 2040612 法治建设, 2080505 ...), so code == reported_code.
#   No level-2 (款) amounts are printed. The 名词解释 lines 179-203 repeat the codes without amounts: not facts.
# - A figure repeated within ONE line (line 131: 国内公务接待支出1.22 and 共计支出1.22) is stored once.
#   The same figure on different lines is stored once per line (e.g. 526/948 at 160, 266, 292, 1653, 1675).
# - "与2022年持平" (line 125) is read as prior_year = current (0.0).
# - Lines 250/251 (年初预算收入/支出 vs 决算报表收入/支出) are stored as revenue_total / expenditure_total with
#   measures budget_initial and actual. Line 282 (项目资金年初预算261.07, 使用269.9) is stored as expenditure_project
#   budget_initial / actual; the adjusted figure (261.07 + 8.83) is not printed as such, so it is not derived.
# - staff_authorized: printed "人员编制数43个" (unit 个), stored as 43 人.
# - Left out because facts.md has no metric name for them (open question whether to add names): 资产总值647.8万元 and
#   its prior year 637.15 (line 272, 增长10.65); 公务用车 parts 保险0.82/油费2.07/维修0.52 (line 130); 授予小微企业0万元
#   (line 150); 出国团组0次/0人 (line 125); 外事接待0批次/0人次 (line 132); 购置车辆0辆 and 共有公务用车0辆 (line 128;
#   not mapped to vehicles_total, which is read from 共有车辆2辆 at line 154); 合法性审查567件, 行政复议29件, 行政应诉15件
#   (line 259); 安置帮教对象2457人; 法律明白人培训1411名; 挽回经济损失162.31万元.
# - 社区矫正 "全年列管366人" is NOT mapped to community_correction_received (列管 = under supervision, 接收 = newly received).
# - mediation_cases = 调解各类矛盾纠纷897件 (lines 264, 290); no 调解成功 figure is printed.
# - Project-level 自评得分100分 sentences (line 160 per project; lines 1468, 1523, 1577, 1630, 1687) are project
#   scores, not self_evaluation_score; the department score is read from lines 160 and 298 only.
# - Projects: project_name is the text after the code and hyphen, year prefix kept ("2023案件代理"), as the brief says.
#   Amounts come from the 总额 row. The identical 其中：财政资金 rows and the zero 财政专户/单位资金 rows are not stored.
#   score = 合计 row 得分 (100); the table weight is 100. The 预算执行情况 weight/score (10/10) is not an indicator.
#   附件2 narrative restatements (3万/2.4万, 14.94, 5万/3.09, 37.88, 5万/4.9, 调减0.6/1.91/0.1) agree with the
#   tables and are not listed as extra PROJECTS rows.
# - Indicators: 完成值 is blank (ideographic space) in every row, so actual_value/actual_text are None. A score printed
#   with an ideographic space ("　10", "10　") is read as 10. ≥/≤/＝/= map to >=/<=/=/=. For 定性 rows target_value is None,
#   target_text is the printed value ("优良", "优良中低差"), and unit is the printed placeholder "其他". Numeric targets keep
#   the printed digits in target_text ("0.2", "40000"). Empty template rows (e.g. lines 793-827, 1165-1175) are skipped.
# - Department-wide table: the (N分) suffix is stripped from level1/level2 ("部门预算管理（80分）" -> "部门预算管理",
#   "信息公开（2分)" -> "信息公开"); merged cells are carried down; operator/target/unit are None;
#   weight = 指标分值, score = 自评得分. All 12 rows are listed.
