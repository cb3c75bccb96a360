"""Facts of 002_1f3a69e61e56d541.txt, read by hand from the report (not from parser output)."""
SOURCE_FILE = "002_1f3a69e61e56d541.txt"
DOCUMENT = dict(
    province="湖南省",
    city="邵阳市",
    county="北塔区",
    admin_code="430511",
    department="北塔区司法局",
    fiscal_year=2020,
    doc_kind="performance_evaluation",
    amount_unit_reported="万元",
)

# (classification, code, reported_code, reported_name, level, flow, spending_type, fund_scope, measure, amount_wan, source_kind, source_line)
# The form prints no functional or economic classification code or class name: no budget lines.
BUDGET_LINES = []

# (metric, measure, value, unit, source_kind, source_line)
METRICS = [
    # 基本情况 (lines 11-15): 编制人数 / 实有人数; source_line is the line of the value cell
    ("staff_authorized", "actual", 22, "人", "table", 13),
    ("staff_actual", "actual", 21, "人", "table", 15),
    # 年度收入（万元） (lines 23-39): 区财政预算安排 read as the single fiscal-appropriation figure
    # (revenue_fiscal, measure actual: it is the year's revenue, 预算安排 names the source, not the measure).
    # 非税收入 (28), 中央省市安排资金 (35), 其他收入 (37) are blank: no facts.
    ("revenue_fiscal", "actual", 267.47, "万元", "table", 26),
    ("revenue_total", "actual", 264.47, "万元", "table", 30),
    # 年度支出（万元） (lines 41-59): 项目支出 (48) is blank: no fact
    ("expenditure_basic", "actual", 338.28, "万元", "table", 46),
    ("expenditure_total", "actual", 338.28, "万元", "table", 50),
    ("three_public_total", "actual", 0.18, "万元", "table", 55),
    # 实施情况 / 政府采购及金额 (line 84): 应采购金额 -> budget, 实际采购金额 -> actual
    ("procurement_total", "budget", 74.69, "万元", "table", 84),
    ("procurement_total", "actual", 5.67, "万元", "table", 84),
    # 部门主要绩效 (prose in the form, lines 132-178): work statistics
    # line 146: 人民调解 受理案件87起，调处成功84起 (起 stored as 件; the 8 dispute types add to 87)
    ("mediation_cases", "actual", 87, "件", "narrative", 146),
    ("mediation_success", "actual", 84, "件", "narrative", 146),
    # line 156: 全年新接收社区服刑人员28人 (社区服刑人员 = the older term for 社区矫正对象)
    ("community_correction_received", "actual", 28, "人", "narrative", 156),
    # line 174: 法律援助中心 共受理案件149件 (民事65 + 行政6 + 刑事78 = 149)
    ("legal_aid_cases", "actual", 149, "件", "narrative", 174),
]

# (project_code, project_name, budget_initial, budget_adjusted, executed, execution_rate, score, source_line)
# No project table in this form.
PROJECTS = []

# (project_name, level1, level2, indicator, operator, target_value, target_text, unit, actual_value, actual_text, weight, score, source_line)
# No indicator table in this form.
INDICATORS = []

# (question, answer, source_line)   answer 'yes' / 'no' / None when no box is ticked
# 实施情况 (lines 61-125). Ticked box = `eq \o\ac(□,√)`; `eq \o\ac(□)`, `(` and `□` are empty.
# 有/无 questions: 有 ticked -> 'yes', 无 ticked -> 'no'.
FORM_ANSWERS = [
    # 财政供养人员控制情况
    ("是否存在超编超配人员", None, 63),
    # 三公经费管理情况
    ("是否制定“三公”经费管理办法", "yes", 67),
    ("招待费用是否明确招待标准和招待人数", "yes", 68),
    ("公务用车购置运行费是否比上年度下降", "yes", 70),
    ("三公经费是否比上年度下降", None, 71),
    # 非税收入完成情况
    ("年度非税收入是否完成", None, 75),
    ("是否实行收支两条线管理", "yes", 76),
    ("有无截留、坐支、转移等现象", "no", 78),
    # 政府采购及金额
    ("年度是否制定了政府采购计划", None, 82),
    # 预算执行
    ("本年度是否追加了预算", "no", 88),
    ("本年度是否有结余", None, 90),
    ("预决算信息是否公开", "yes", 92),
    # 财务管理
    ("是否制定财务管理、会计核算等制度", "yes", 99),
    ("会计机构是否按规定设置", "yes", 101),
    ("会计人员是否持证上岗", "yes", 103),
    # 资金管理
    ("是否制定资金管理办法", "yes", 107),
    ("资金拨付有完整的审批程序", "yes", 109),
    ("资金使用是否存在违规使用资金、乱发津补贴奖金现象", "no", 111),
    # 资产管理
    ("是否制定资产管理制度", "yes", 115),
    ("资产管理、保存、处置是否合理规范", "yes", 117),
    ("资产是否产权清晰、两证齐全", "yes", 119),
    ("账、表、实、卡是否相符", "yes", 121),
    # 职责履行
    ("重点工作是否全部完成且质量达标", "yes", 125),
]

KNOWN_CONTRADICTIONS = [
    # revenue / expenditure block
    "Lines 25-30: 年度收入 合计 264.47万元 (line 30) is less than its only filled part, 区财政预算安排 267.47万元 (line 26); "
    "非税收入 (28), 中央省市安排资金 (35) and 其他收入 (37) are blank, so the 合计 should equal 267.47 (difference 3.00, "
    "probably a 4/7 typo).",
    "Lines 30 and 50: 年度支出 合计 338.28万元 exceeds 年度收入 合计 264.47万元 by 73.81 (and 区财政预算安排 267.47 by 70.81), "
    "while line 88 says no budget was added (否 ticked, 追加金额0万元) and line 90 says 结余金额0万元; no carry-over or other "
    "source is printed that could fund the gap.",
    "Line 48: 项目支出 is blank and 支出 合计 (50) equals 基本支出 338.28 (46), yet line 90 qualifies the 结余金额 as （项目资金） "
    "and line 160 reports the 社区矫正中心 project completed this year: project funds are implied but no project spending is reported.",
    # form answers left blank although the form states the answer elsewhere
    "Line 90: 本年度是否有结余 has both boxes empty, yet the same line prints 结余金额0万元 (which implies 否).",
    "Line 82: 年度是否制定了政府采购计划 has both boxes empty, yet line 84 prints 应采购金额74.69万元 (a planned amount); "
    "only 5.67万元 (7.6%) was actually purchased.",
    # dates and counts in the form / prose
    "Line 94: 预决算信息 公开时间 2020年1月17日 falls inside fiscal year 2020; the 2020 决算 cannot have been published then "
    "(only the 2020 budget could), so the date does not fit the 2020 self-evaluation it answers.",
    "Line 148: date printed '5日19日下午' (day-day), an impossible date; presumably 5月19日.",
    "Line 138: 41个村（社区） have 法治宣传橱窗 and line 140: 41所 (村)市民法制学校; line 152: '我区44个村、社区' completed 法制审核. "
    "The district's count of villages/communities differs (41 vs 44) unless the sets differ.",
]

# ---------------------------------------------------------------------------------------------
# Companion note: conventions decided here that docs/facts.md does not settle
# - department: 北塔区司法局 as printed in the 单位名称 cell (line 9, with a trailing en space, trimmed).
#   admin_code is a 6-digit string (as in sample_001).
# - Form cells are one per line (label cell, then value cell). A metric's source_line is the line of the
#   printed figure (the value cell: 13, 15, 26, 30, 46, 50, 55), not the label line (12, 14, 25, 29, 45, 49, 54).
# - source_kind: everything in the form's 基本情况 and 实施情况 rows (lines 7-125), including the fill-in sentence
#   at line 84, is 'table'; the prose in the 部门主要绩效 cell (lines 132-178) is 'narrative'.
# - 区财政预算安排 -> revenue_fiscal (not revenue_general_budget: the form does not say 一般公共预算), measure actual.
#   合计 -> revenue_total actual. Both stored as printed although they disagree (see contradictions).
# - Blank cells (非税收入, 中央省市安排资金, 其他收入, 项目支出) are not facts and are not stored as 0.
# - 应采购金额 -> procurement_total measure 'budget'; 实际采购金额 -> procurement_total 'actual'.
# - NOT stored as metrics (facts.md has no name for them; open question whether to add):
#   追加金额0万元 (line 88) and 结余金额0万元（项目资金） (line 90). 结余 of project funds is not carryover_end
#   (年末结转和结余 covers all funds and includes 结转), so it is not mapped there.
# - 自评结论 (line 183) is a grade, 等级“优”, not a score in 分: no self_evaluation_score.
# - Work statistics: mediation from line 146 (受理案件87起, 调处成功84起; unit 起 normalised to 件).
#   Line 140 (法治体检 for enterprises: 排查各类矛盾40起，调解成功39起) is a sub-activity, NOT mapped to mediation_*.
#   Line 156: 新接收社区服刑人员28人 -> community_correction_received; 全区69名在矫人员 (under supervision) is not.
#   Line 158 (调查评估委托52件), 164 (审核文件15件), 166 (审查重大决策6起), 170 (行政诉讼案件), 140 (农民工投诉40余件),
#   174 (法律咨询800余人次) have no metric names: left out.
# - FORM_ANSWERS: question = text before the first option label/box, trimmed, trailing colon (：or :) dropped.
#   Line 95 (公开方式: 门户网站 ticked, 单位内部□, 其它□) is a multiple-choice item, not yes/no: left out of
#   FORM_ANSWERS (answer 'yes'/'no'/None cannot express it; a ticked box must not become None). Open question:
#   store it with answer_text '门户网站'? Line 94 (公开时间) has no box.
# - Line 109 uses 有/无 (有 ticked -> 'yes'); line 78 uses 有/无 (无 ticked -> 'no').
# - Line 82 prints its empty 否 box before the label ('(否'); still an empty box, answer None.
