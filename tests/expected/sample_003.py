"""Facts of 003_8b48cda346f1f3a9.txt, read by hand from the report (not from parser output)."""
SOURCE_FILE = "003_8b48cda346f1f3a9.txt"
DOCUMENT = dict(
    province="湖北省",
    city="武汉市",
    county="蔡甸区",
    admin_code="420114",
    department="蔡甸区司法局",
    fiscal_year=2020,
    doc_kind="performance_evaluation",
    amount_unit_reported="万元",
)

# (classification, code, reported_code, reported_name, level, flow, spending_type, fund_scope, measure, amount_wan, source_kind, source_line)
BUDGET_LINES = [
    # 二（一）预算执行情况分析 (line 25): 部门决算总支出 by economic class, names only (no codes printed);
    # the four parts add to 4,262.41
    ("economic", "301", None, "工资福利支出", 1, "expenditure", "total", "all_funds", "actual", 1725.96, "narrative", 25),
    ("economic", "302", None, "商品和服务支出", 1, "expenditure", "total", "all_funds", "actual", 2324.91, "narrative", 25),
    ("economic", "303", None, "对个人和家庭补助支出", 1, "expenditure", "total", "all_funds", "actual", 178.37, "narrative", 25),
    ("economic", "310", None, "资本性支出", 1, "expenditure", "total", "all_funds", "actual", 33.17, "narrative", 25),
]

# (metric, measure, value, unit, source_kind, source_line)
METRICS = [
    # 一（一）执行率情况 (line 9): 年初调整后预算支出总额 / 全年实际执行数 (预算执行率 100%: no metric name)
    ("expenditure_total", "budget", 4262.41, "万元", "narrative", 9),
    ("expenditure_total", "actual", 4262.41, "万元", "narrative", 9),
    # 二（一）预算执行情况分析 (line 23): 年初批复 2,941.57 + 年中调整增加 1,320.84 = 调整后 4,262.41; 执行 4,262.41
    ("expenditure_total", "budget_initial", 2941.57, "万元", "narrative", 23),
    ("expenditure_total", "budget", 4262.41, "万元", "narrative", 23),
    ("expenditure_total", "actual", 4262.41, "万元", "narrative", 23),
    # line 25: 部门决算总支出
    ("expenditure_total", "actual", 4262.41, "万元", "narrative", 25),
    # 1. 基本支出情况 (line 31): 年初 1,870.02 (人员 1,686.83 + 日常公用 183.19); 调整增加 266.48; 调整后 2,136.50;
    # 决算 2,136.50 (人员 1,904.33 + 日常公用 232.17)
    ("expenditure_basic", "budget_initial", 1870.02, "万元", "narrative", 31),
    ("basic_personnel", "budget_initial", 1686.83, "万元", "narrative", 31),
    ("basic_public", "budget_initial", 183.19, "万元", "narrative", 31),
    ("expenditure_basic", "budget", 2136.5, "万元", "narrative", 31),
    ("expenditure_basic", "actual", 2136.5, "万元", "narrative", 31),
    ("basic_personnel", "actual", 1904.33, "万元", "narrative", 31),
    ("basic_public", "actual", 232.17, "万元", "narrative", 31),
    # 2. 项目支出情况 (line 37): 年初 1,071.55; 调整增加 1,054.36; 调整后 2,125.91; 决算 2,125.91
    ("expenditure_project", "budget_initial", 1071.55, "万元", "narrative", 37),
    ("expenditure_project", "budget", 2125.91, "万元", "narrative", 37),
    ("expenditure_project", "actual", 2125.91, "万元", "narrative", 37),
    # Work statistics in the narrative
    # line 63: 全年区法援中心共组织办理刑事民事法律援助案 566 件
    ("legal_aid_cases", "actual", 566, "件", "narrative", 63),
    # line 65: 全区各级调解组织共调处各类矛盾纠纷 3046 起 (调解成功率 100%; no count of successes printed)
    ("mediation_cases", "actual", 3046, "件", "narrative", 65),
    # 附件：部门整体绩效自评表 (lines 123-126): 基本支出总额 / 项目支出总额 (measure not printed; read as budget,
    # see note), 部门整体支出总额 预算数 (A) / 执行数 (B) (执行率 100%: no metric name)
    ("expenditure_basic", "budget", 2136.5, "万元", "table", 124),
    ("expenditure_project", "budget", 2125.91, "万元", "table", 124),
    ("expenditure_total", "budget", 4262.41, "万元", "table", 126),
    ("expenditure_total", "actual", 4262.41, "万元", "table", 126),
]

# (project_code, project_name, budget_initial, budget_adjusted, executed, execution_rate, score, source_line)
# Department-wide evaluation only: no project table.
PROJECTS = []

# (project_name, level1, level2, indicator, operator, target_value, target_text, unit, actual_value, actual_text, weight, score, source_line)
# project_name None (department as a whole). No 权重/分值 or 得分 columns printed: weight and score None.
# operator only when the target text states one (不少于/不低于/以上 -> '>=', 以内/低于 -> '<='); otherwise None.
# unit: the unit printed with the numeric target; when the target has no number, the unit printed with the actual.
INDICATORS = [
    # 年度目标 1 (lines 128-141). Rows have an extra empty cell between 三级指标 and 年初目标值. Rows 136-137 are
    # shifted one cell left (一级 cell missing): 一级 carried as 产出指标, 二级 = 时效指标.
    (None, "产出指标", "数量指标", "“七五”普法", None, None, "完成", None, None, "达成预期指标", None, None, 129),
    (None, "产出指标", "数量指标", "召开普法工作会议次数", ">=", 1, "不少于 1 次", "次", 3, "3 次", None, None, 130),
    (None, "产出指标", "数量指标", "社区(村)法治文化阵地覆盖率", ">=", 80, "80%以上。", "%", None, "达成预期指标", None, None, 131),
    (None, "产出指标", "数量指标", "无纸化考试参考率、合格率", ">=", 90, "不低于 90%", "%", 100, "100%", None, None, 132),
    (None, "产出指标", "数量指标", "区级重大行政决策合法性审查率, 区政府行政规范性文件合法性审查率", None, 100, "100%", "%", 100, "100%", None, None, 133),
    (None, "产出指标", "质量指标", "各项工作完成情况", None, None, "良好", None, None, "达成预期指标", None, None, 134),
    (None, "产出指标", "质量指标", "“七五”普法考核市级验收", None, None, "通过", None, None, "通过", None, None, 135),
    (None, "产出指标", "时效指标", "工作完成及时率", None, 100, "100%", "%", 100, "100%", None, None, 136),
    (None, "产出指标", "时效指标", "项目资金拨付及时率", None, 100, "100%", "%", 100, "100%", None, None, 137),
    (None, "效益指标", "社会效益指标", "宣传使法律知识深入人心, 提高公民的法治意识", None, None, "提高公民法治意识", None, None, "达成预期指标", None, None, 138),
    (None, "效益指标", "社会效益指标", "全面依法治区工作取得明显成效", None, None, "效果显著", None, None, "达成预期指标", None, None, 139),
    (None, "效益指标", "可持续影响指标", "项目后续运行及成效发挥的可持续影响情况", None, None, "建立健全相关机制", None, None, "达成预期指标", None, None, 140),
    (None, "满意度指标", "服务对象满意度指标", "服务对象对项目实施效果的满意程度。", None, None, "整体满意度较高", None, None, "达成预期指标", None, None, 141),
    # 年度目标 2 (lines 145-157). Row 154 is shifted one cell right (一级 in the 二级 column, 二级 in the 三级 column):
    # indicator 促进社区、幸福社区建设, target 有促进作用, actual cell absent. Row 155: the indicator wording fills the
    # 一级 cell (merged), levels carried from 154. Row 156: 二级 in the 一级 cell, 一级 carried as 效益指标.
    (None, "产出指标", "数量指标", "51 个社区实际配备律师数", None, 51, "51 人", "人", 51, "51 人", None, None, 146),
    (None, "产出指标", "数量指标", "实际办理法律援助案件数", ">=", 550, "550 件以上", "件", 660, "660 件", None, None, 147),
    (None, "产出指标", "数量指标", "重点刑满释放人员衔接率、帮教率", None, None, "重点刑满释放人员衔接率 100%, 帮教率 90%以上", "%", 100, "均为 100%", None, None, 148),
    (None, "产出指标", "质量指标", "法律援助有效投诉率、投诉查处率", None, None, "法律援助有效投诉率低于 0.3%, 投诉查处率 100%", None, None, "无", None, None, 149),
    (None, "产出指标", "质量指标", "全区民间纠纷调解成功率", ">=", 99, "99%以上", "%", 100, "100%", None, None, 150),
    (None, "产出指标", "质量指标", "社区服刑人员重新犯罪率", "<=", 0.5, "0.5%以内", "%", 0, "0", None, None, 151),
    (None, "产出指标", "时效指标", "工作完成及时率", None, 100, "100%", "%", 100, "100%", None, None, 152),
    (None, "产出指标", "时效指标", "项目资金拨付及时率", None, 100, "100%", "%", 100, "100%", None, None, 153),
    (None, "效益指标", "社会效益指标", "促进社区、幸福社区建设", None, None, "有促进作用", None, None, None, None, None, 154),
    (None, "效益指标", "社会效益指标", "有效降低安置帮教及社区矫正人员重新犯罪率, 维护社会稳定; 是否有效降低因矛盾纠纷处置不当引发民转刑、重大人身伤亡案件和重大群体性事件", None, None, "效果显著", None, None, "达成预期指标", None, None, 155),
    (None, "效益指标", "可持续影响指标", "项目后续运行及成效发挥的可持续影响情况", None, None, "建立健全相关机制", None, None, "达成预期指标", None, None, 156),
    (None, "满意度指标", "服务对象满意度指标", "服务对象对项目实施效果的满意程度。", None, None, "整体满意度较高", None, None, "达成预期指标", None, None, 157),
    # 年度目标 3 (lines 158-167); no 满意度 row
    (None, "产出指标", "数量指标", "组织开展扫黑除恶专项斗争业务培训 1 次以上", ">=", 1, "1 次以上", "次", None, "达成预期指标", None, None, 159),
    (None, "产出指标", "数量指标", "重点人员管控到位率", None, 100, "100%", "%", 100, "100%", None, None, 160),
    (None, "产出指标", "数量指标", "律师代理涉黑涉恶案件的监督指导到位率", None, 100, "100%", "%", 100, "100%", None, None, 161),
    (None, "产出指标", "质量指标", "各项工作完成情况", None, None, "良好", None, None, "达成预期指标", None, None, 162),
    (None, "产出指标", "时效指标", "工作完成及时率", None, 100, "100%", "%", 100, "100%", None, None, 163),
    (None, "产出指标", "时效指标", "项目资金拨付及时率", None, 100, "100%", "%", 100, "100%", None, None, 164),
    (None, "效益指标", "社会效益指标", "发动强大宣传攻势, 营造浓厚法治氛围", None, None, "效果显著", None, None, "达成预期指标", None, None, 165),
    (None, "效益指标", "社会效益指标", "加强行政执法监管, 推进社会治理法治化。", None, None, "效果显著", None, None, "达成预期指标", None, None, 166),
    (None, "效益指标", "可持续影响指标", "在可预见的未来满足法律宣传工作与时俱进和高效运行要求", None, None, "建立健全相关机制", None, None, "达成预期指标", None, None, 167),
    # 年度目标 4 (lines 169-180)
    (None, "产出指标", "数量指标", "监督管理袁家台方舱医院餐食工作时间", None, None, "开放期间", "天", 80, "80 天", None, None, 172),
    (None, "产出指标", "数量指标", "保障隔离点疫情防控工作数量", None, 1, "1 个", "个", 1, "1 个", None, None, 173),
    (None, "产出指标", "数量指标", "下沉社区开展疫情防控工作数量", None, 4, "4 个", "个", 4, "4 个", None, None, 174),
    (None, "产出指标", "质量指标", "各项工作完成情况", None, None, "良好", None, None, "达成预期指标", None, None, 175),
    (None, "产出指标", "时效指标", "工作完成及时率", None, 100, "100%", "%", 100, "100%", None, None, 176),
    (None, "产出指标", "时效指标", "项目资金拨付及时率", None, 100, "100%", "%", 100, "100%", None, None, 177),
    (None, "效益指标", "社会效益指标", "疫情防控工作效果", None, None, "效果较好", None, None, "达成预期指标", None, None, 178),
    (None, "效益指标", "可持续影响指标", "常态化防疫机制", None, None, "基本建立", None, None, "达成预期指标", None, None, 179),
    (None, "满意度指标", "服务对象满意度指标", "服务对象对项目实施效果的满意程度。", None, None, "整体满意度较高", None, None, "达成预期指标", None, None, 180),
]

# (question, answer, source_line)
# No checkbox forms in this report.
FORM_ANSWERS = []

KNOWN_CONTRADICTIONS = [
    # sentence vs table
    "Legal aid cases: line 63 says the 法援中心 handled 566 件 (刑事民事法律援助案), but the 自评表 row at line 147 "
    "(实际办理法律援助案件数, target 550 件以上) gives 实际完成值 660 件 (a 566/660 digit swap?).",
    # parts not adding up
    "Line 55: 行政复议 — 受理的 34 件, of which 31 件已办结 and 2 件正在审理中: 31 + 2 = 33, one accepted case is unaccounted for.",
    # wording vs figures
    "Line 9 calls 4,262.41万元 the '年初调整后预算支出总额', but line 23 gives the 年初批复 budget as 2,941.57 and 4,262.41 as the "
    "budget after the 年中调整 (+1,320.84): the 'initial' label on line 9 contradicts line 23.",
]

# ---------------------------------------------------------------------------------------------
# Companion note: conventions decided here that docs/facts.md does not settle
# - department: 蔡甸区司法局 (lines 3, 119, 123). admin_code as a 6-digit string.
# - Amounts 4,262.41 etc. read without the thousands separator; 2,136.50 -> 2136.5.
# - Line 9 '年初调整后预算支出总额' -> expenditure_total measure 'budget' (调整后), as the brief says, although
#   the label also says 年初 (see contradictions). 年中调整增加 amounts (1,320.84 / 266.48 / 1,054.36) and
#   预算执行率 100% (lines 9, 23, 126) have no metric name in facts.md: left out (not derived, not stored).
# - Line 31: the initial split 人员经费 1,686.83 / 日常公用经费 183.19 -> basic_personnel / basic_public
#   'budget_initial'; the final split 1,904.33 / 232.17 -> 'actual'. No adjusted split is printed.
# - 自评表 line 124 (基本支出总额 2,136.50 万元, 项目支出总额 2,125.91 万元): the table prints no measure for these.
#   They are stored as measure 'budget' (the table is a 预算执行情况 form and the narrative calls 2,136.50 the
#   调整后基本支出预算数); the figures equal the actual too. OPEN QUESTION: 'budget' vs 'actual'.
# - Line 25 economic classes: names only -> reported_code None, code resolved from the name (301/302/303/310),
#   level 1, reported_name as printed ('对个人和家庭补助支出', the reference says 对个人和家庭的补助).
# - Work statistics: 566 件 (line 63) -> legal_aid_cases; 3046 起 (line 65; 起 stored as 件) -> mediation_cases; the
#   调解成功率 100% is a rate, so mediation_success is not derived. Other counts (规范性文件 1 件, 法制审查事项 80 件,
#   征求意见回复 25 件, 复议申请 39/34/31/2, 行政诉讼应诉 29 件, 法律事项报告 69 余次, 律师进社区讲座 370 余场,
#   案件质量评估 241 件, 2200 余名学员, 78 家单位, 288 村/51 社区, 80 天, 4 万余人) have no metric names: left out.
# - Targets stated in the narrative (line 57: 550 件以上, 350 场次以上, 3000 件以上 …) are goals, not facts of metrics.
# - INDICATORS: four 年度目标 tables, all with project_name None; the goal number (1-4) is not kept (no column),
#   so identical wordings (工作完成及时率 …) are told apart by source_line only.
#   level1 '产出 指标'/'效益 指标' normalised to '产出指标'/'效益指标'. Empty leading cells carry level1/level2 down.
#   Misaligned rows (136-137, 154, 155, 156) read as described above the rows; row 154 is an interpretation
#   (OPEN QUESTION: the text might instead be target=促进社区、幸福社区建设, actual=有促进作用).
#   operator: only when printed in the target (不少于 1 次, 不低于 90%, 80%以上, 550 件以上, 99%以上, 1 次以上 -> '>=';
#   0.5%以内 -> '<='); a bare '100%' / '51 人' gets operator None (not '='), and text targets (良好, 通过, 效果显著 …)
#   get None, not 'qualitative' (no 指标性质 column is printed).
#   target_value / actual_value only when the cell holds a single number (compound targets on 148/149 -> None);
#   '均为 100%' (148) -> actual_value 100; '0' (151) -> 0; '无' (149) and '达成预期指标' -> None.
#   target_text / actual_text exactly as printed, trimmed (trailing '。' kept, e.g. '80%以上。').
#   unit: with the numeric target; failing that, with the numeric actual (172: '80 天' -> 天; 148: '均为 100%' -> %).
# - Not listed as contradictions (no figure disagrees), but uncheckable: line 149's 实际完成值 '无' answers a two-part
#   target (投诉率低于 0.3%, 投诉查处率 100%) without a number; line 159's wording embeds its own target
#   ('…业务培训 1 次以上') and its actual is only '达成预期指标'. Line 77's 2020-02-23 to 2020-05-12 = 80 days
#   (inclusive) agrees with the 80 天 at line 172; the economic classes (line 25), the basic/project splits (lines 23,
#   31, 37) and the table (lines 124-126) all add up.
