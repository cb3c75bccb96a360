"""Named document-level figures (docs/facts.md lists the metric names).

Sentences: every amount (`NUM万元`) is tied to the label that ends nearest before it, the measure
comes from the wording before it (年初预算 → budget_initial, 调整后/全年预算 → budget, else
actual), and a change against the previous year (`比2019年减少19.54万元`) gives the prior-year
figure of the metric it speaks about. Tables: rows and columns labelled with the same terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ingest.extractors.common import amount_cell, column_labels, fund_scope_at
from ingest.extractors.projects import first_filled, project_heading_lines, project_name_of_table
from ingest.facts import Metric
from ingest.normalize import compact
from ingest.numbers import NUMBER, parse_number, parse_percent, to_decimal
from ingest.segmenters import Segments, Table

# `收入预算` / `支出预算` alone name the department's whole budget only at the start of a clause or
# right after the department's name (`…商务委员会收入预算37,151.47万元`), not after a cost
# (`公务接待费支出预算为0.6万元`) or a fund (`财政拨款支出预算`).
_WHOLE_BUDGET_OF = r"(?:^|(?<=[。；;，,:：会局院厅室处委府办心所站队]))"
# (metric, label pattern). Longer, more specific labels are tried first by position logic below.
AMOUNT_LABELS: list[tuple[str, str]] = [
    ("fiscal_grand_total", r"财政拨款收、?支(?:预算)?总计|财政拨款收、?支总?预算|财政拨款收入支出总计"),
    ("grand_total", r"收、?支(?:预算)?总计|收入支出总计|收入、支出预算总计|(?<![拨款金])(?:收入|支出)预算总计|"
                    r"(?<![拨款金算])(?:收入|支出)总计"),
    ("revenue_total", r"本年收入(?:预算)?合计|年度收入合计|(?:年初预算|决算报表)收入|(?<=\d年)收入|"
                      rf"{_WHOLE_BUDGET_OF}收入预算(?!总计)"),
    ("revenue_general_budget", r"一般公共预算财政拨款收入|一般公共预算收入(?:预算)?"),
    ("revenue_gov_fund", r"政府性基金预算财政拨款收入|政府性基金(?:预算)?收入(?:预算)?"),
    ("revenue_state_capital", r"国有资本经营预算财政拨款收入|国有资本经营预算收入(?:预算)?"),
    ("revenue_fiscal", r"(?<!预算)财政拨款收入(?:预算(?:总计|合计)?)?"),
    ("revenue_special_account", r"财政专户管理资金(?:收入)?(?:预算)?(?:总计|合计)?"),
    ("revenue_other", r"其他资金(?:收入)?(?:预算)?(?:总计|合计)?"),
    ("revenue_upper_subsidy", r"上级补助收入"),
    ("revenue_business", r"事业收入"),
    ("revenue_operating", r"经营收入"),
    ("revenue_subordinate", r"附属单位上缴收入"),
    ("revenue_other", r"其他收入"),
    ("expenditure_total", rf"本年支出(?:预算)?合计|{_WHOLE_BUDGET_OF}支出预算(?!总计)|部门决算总支出|(?:部门)?预算支出总额|部门整体支出总额|全年实际执行数|"
                          r"(?:年初预算|决算报表)支出|(?<=\d年)支出"),
    ("fund_expenditure", r"(?<=[；;，,])支出$"),
    ("gpb_basic", r"一般公共预算财政拨款基本支出|财政拨款基本支出"),
    ("gpb_expenditure", r"一般公共预算财政拨款支出(?!决算)|一般公共预算支出决算数"),
    ("fiscal_expenditure", r"(?<!预算)财政拨款支出(?!决算)"),
    ("gov_fund_expenditure", r"政府性基金预算(?:财政)?拨款支出"),
    ("state_capital_expenditure", r"国有资本经营预算(?:财政)?拨款支出"),
    ("expenditure_basic", r"基本支出(?:总额|预算数)?(?!拨款)"),
    ("expenditure_project", r"项目(?:决算)?支出(?:总额|预算数)?(?!拨款)|项目资金(?=年初预算|调整后预算|全年预算)"),
    ("expenditure_total", r"(?<=\d年)全年预算(?:数)?$"),
    ("carryover_begin", r"(?:上年|年初)结转(?:和结余)?(?:项目)?(?:收入)?"),
    ("carryover_end", r"(?<=\d年)结余|年末结转(?:和结余)?|结转下年(?:资金)?"),
    ("expenditure_to_upper", r"上缴上级支出"),
    ("expenditure_operating", r"经营支出"),
    ("expenditure_subsidy_subordinate", r"对附属单位补助支出"),
    ("expenditure_reserve", r"(?:单位)?预留机动(?:经费|资金)?"),
    ("basic_personnel", r"人员经费"),
    ("basic_public", r"(?:日常)?公用经费"),
    ("three_public_total", r"[“\"]?三公[”\"]?经费(?:财政拨款)?(?:支出)?"),
    ("three_public_outbound", r"因公出国\(境\)(?:经)?(?:费(?:用)?)?"),
    ("three_public_vehicle", r"公务用?车购置(?:费)?及运行(?:维护)?费"),
    ("three_public_vehicle_purchase", r"公务用车购置(?!费?及)(?:费)?(?:支出)?"),
    ("three_public_vehicle_operation", r"公务用?车(?:用车)?运行(?:维护)?(?:费|支出)"),
    ("three_public_reception", r"公务接待费"),
    ("three_public_reception_domestic", r"国内公务接待(?:支出|费)?"),
    ("three_public_reception_foreign", r"外事接待(?:支出|费)?"),
    ("admin_operating_cost", r"机关运行经费"),
    ("procurement_total", r"政府采购(?:支出总额|(?:支出)?预算(?:总额)?|金额(?:\([^()]{0,12}\))?(?:为)?)"),
    ("procurement_goods", r"货物采购金额|拟(?:采购|购买)货物(?:支出)?"),
    ("procurement_works", r"工程采购金额|拟(?:采购|购买)工程(?:支出)?"),
    ("procurement_services", r"服务采购金额|拟(?:采购|购买)服务(?:支出)?"),
    ("procurement_goods", r"政府采购货物(?:支出|预算)|货物类政府采购(?:支出)?(?:预算)?"),
    ("procurement_works", r"政府采购工程(?:支出|预算)|工程类政府采购(?:支出)?(?:预算)?"),
    ("procurement_services", r"政府采购服务(?:支出|预算)|服务类政府采购(?:支出)?(?:预算)?"),
    ("procurement_sme", r"授予中小企业合同金额"),
    ("procurement_total", r"(?:应|实际)采购金额"),
]
_LABELS = [(metric, re.compile(pattern)) for metric, pattern in AMOUNT_LABELS]
_AMOUNT = re.compile(rf"({NUMBER})\s*(万元|元)(?![/／])|(?<=为)({NUMBER})(?=[，,。；;])")
_MAX_FILLER = 14
_ALWAYS_ACTUAL = {"carryover_begin", "carryover_end", "balance_distribution", "non_fiscal_balance_used"}
_SHARE = re.compile(r"占[^，,；;。]*?%")
_FILLER_STOP = re.compile(r"[；;。，,]|占")
_CHANGE = re.compile(r"(增加|减少|增长|下降|上升|节约|降低)")
_COMPARISON = re.compile(r"与(上年|上年度|(20\d{2})年度?)相比|比(上年|上年度|(20\d{2})年度?)|较(上年|上年度|(20\d{2})年度?)")
_AMBIGUOUS_DIRECTION = re.compile(r"增加/减少|增长/下降")
_MEASURE_WORDS = re.compile(r"年初预算|年初批复|调整后|全年预算|预算数|预算为|应采购|决算|执行数|实际|使用")
# An amount with no label of its own that only says how the subject before it was spent
# (`项目资金年初预算261.07万元，使用269.9万元`) belongs to that subject.
_SAME_SUBJECT = re.compile(r"^[,，、]?(?:使用|支出|执行|实际执行|实际支出|支出决算数?为?|执行数为?|决算数?为?)$")
# Sentences about one fund's own accounts (政府性基金, 国有资本经营): their 基本/项目支出 are that
# fund's, not the department's, and a bare 支出 is the fund's spending.
_FUND_SENTENCE = re.compile(r"政府性基金|国有资本经营")
_DEPARTMENT_WIDE = {"expenditure_basic", "expenditure_project", "expenditure_total", "carryover_begin",
                    "carryover_end", "revenue_total"}
# A percentage printed right after an amount says what share of a whole it is, how much it
# changed, or how much of the budget it used.
_PCT_AFTER = re.compile(
    rf"[,，、\s]*(?:(?P<share>占)(?P<base>[^，,；;。%\d]{{0,16}}?)的?|(?P<change>增长|下降|减少|增加|上升|降低|节约)|"
    rf"(?P<rate>完成(?:年初|全年|调整后)?预算(?:数)?的?))\s*[*?]?\s*(?P<pct>{NUMBER})\s*%")
_FALL = {"下降", "减少", "降低", "节约"}
_WHOLE_BEFORE_PARTS = re.compile(r"中[,，:：]")
# `与上年持平`, `与2022年度相比，收、支总计持平`: the subject may stand between the comparison and 持平.
_UNCHANGED = re.compile(r"(?:与|较)(上年度?|(20\d{2})年度?)(?:相比)?(?:[,，][^。；;,，]{0,16}?)?持平")

# Counts stated in sentences: (metric, pattern with the count in group 1, unit).
COUNT_PATTERNS: list[tuple[str, re.Pattern, str]] = [
    ("vehicles_total", re.compile(r"共有车辆\s*(\d+)\s*辆"), "辆"),
    ("staff_authorized", re.compile(r"编制(?:人数|数)?\s*(\d+)\s*(?:个|人|名)"), "人"),
    ("staff_actual", re.compile(r"实有(?:在编)?(?:在岗)?人(?:员|数)\s*(\d+)\s*(?:人|名)|"
                                r"(?<!离)(?<!退)(?:在编)?在职(?:在编)?(?:人员|职工)\s*(\d+)\s*(?:人|名)"), "人"),
    ("staff_retired", re.compile(r"(?:离退休|退休)人员\s*(\d+)\s*(?:人|名)"), "人"),
    ("reception_batches", re.compile(r"国内公务接待\s*(\d+)\s*批次"), "批次"),
    ("reception_people", re.compile(r"国内公务接待\s*\d+\s*批次[,，、]?\s*(\d+)\s*人次"), "人次"),
    ("legal_aid_cases", re.compile(r"(?:办理|受理|办结)[^，。；,;]{0,8}?(?:法律援助|法援)案(?:件)?\s*(\d+)\s*件"), "件"),
    ("mediation_cases", re.compile(r"调[解处](?:各类)?(?:矛盾)?纠纷\s*(\d+)\s*(?:件|起)"), "件"),
    ("mediation_success", re.compile(r"调[解处]成功\s*(\d+)\s*(?:件|起)"), "件"),
    ("notarizations", re.compile(r"办理(?:各类)?[^，。；,;]{0,10}?公证(?:事项)?\s*(\d+)\s*件"), "件"),
    ("community_correction_received", re.compile(r"接收社区(?:矫正对象|服刑人员)\s*(\d+)\s*人"), "人"),
    ("self_evaluation_score", re.compile(r"部门整体[^。；;]{0,40}?(?:自评)?得分为?\s*(\d+(?:\.\d+)?)\s*分"), "分"),
]
# In a report on the department as a whole (its title names 部门 and no 项目), a bare 自评得分 is
# the department's score.
_BARE_SCORE = re.compile(r"自评得分为?\s*(\d+(?:\.\d+)?)\s*分")
_REPORT_TITLE = re.compile(r"(报告|自评表|自评结果)$")

# Row labels of tables 01/04 and of forms, exact after compaction and without their ordinal
# (`一、`, `1.`, `(一)`): the wordings of final accounts, of budgets (部门收支总表 / 财务收支预算总表
# / 收支预算总表) and of forms.
ROW_LABELS: dict[str, str] = {
    "一般公共预算财政拨款收入": "revenue_general_budget",
    "政府性基金预算财政拨款收入": "revenue_gov_fund",
    "国有资本经营预算财政拨款收入": "revenue_state_capital",
    "上级补助收入": "revenue_upper_subsidy",
    "事业收入": "revenue_business",
    "经营收入": "revenue_operating",
    "事业单位经营收入": "revenue_operating",
    "附属单位上缴收入": "revenue_subordinate",
    "其他收入": "revenue_other",
    "其他资金": "revenue_other",
    "财政专户管理资金": "revenue_special_account",
    "财政拨款收入": "revenue_fiscal",
    "财政拨款": "revenue_fiscal",
    "一般公共预算资金": "revenue_general_budget",
    "一般公共预算": "revenue_general_budget",
    "政府性基金": "revenue_gov_fund",
    "政府性基金预算": "revenue_gov_fund",
    "国有资本经营预算": "revenue_state_capital",
    "本年收入合计": "revenue_total",
    "当年收入小计": "revenue_total",
    "本年支出合计": "expenditure_total",
    "当年支出小计": "expenditure_total",
    "使用非财政拨款结余": "non_fiscal_balance_used",
    "年初结转和结余": "carryover_begin",
    "上年结转": "carryover_begin",
    "上年结转资金": "carryover_begin",
    "年末结转和结余": "carryover_end",
    "结转下年": "carryover_end",
    "结转下年资金": "carryover_end",
    "结余分配": "balance_distribution",
    "总计": "grand_total",
    "收入总计": "grand_total",
    "支出总计": "grand_total",
    "收入合计": "grand_total",
    "支出合计": "grand_total",
    "编制人数": "staff_authorized",
    "实有人数": "staff_actual",
    "基本支出": "expenditure_basic",
    "项目支出": "expenditure_project",
    "其中三公经费支出": "three_public_total",
    "三公经费支出": "three_public_total",
    "区财政预算安排": "revenue_fiscal",
    "县财政预算安排": "revenue_fiscal",
    "市财政预算安排": "revenue_fiscal",
    "旗财政预算安排": "revenue_fiscal",
    "财政预算安排": "revenue_fiscal",
    "部门整体支出总额": "expenditure_total",
}
_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+、|\d{1,2}[.、．]|\([一二三四五六七八九十\d]{1,3}\))")


def label_key(cell: str) -> str:
    """A row label as the label tables look it up: compact, without its ordinal."""
    return _ORDINAL.sub("", compact(cell))


# Self-evaluation forms state these totals as what was budgeted for the year.
BUDGET_ROW_LABELS = {"基本支出总额": "expenditure_basic", "项目支出总额": "expenditure_project"}
# Table 04 (财政拨款收入支出决算总表 / 财政拨款收支总表) speaks of fiscal appropriations only.
FISCAL_ROW_LABELS: dict[str, str] = {
    "一般公共预算财政拨款": "revenue_general_budget",
    "政府性基金预算财政拨款": "revenue_gov_fund",
    "国有资本经营预算财政拨款": "revenue_state_capital",
    "一般公共预算资金": "revenue_general_budget",
    "一般公共预算": "revenue_general_budget",
    "政府性基金": "revenue_gov_fund",
    "政府性基金预算": "revenue_gov_fund",
    "国有资本经营预算": "revenue_state_capital",
    "本年收入合计": "revenue_fiscal",
    "年初财政拨款结转和结余": "fiscal_carryover_begin",
    "年末财政拨款结转和结余": "fiscal_carryover_end",
    "总计": "fiscal_grand_total",
    "收入总计": "fiscal_grand_total",
    "支出总计": "fiscal_grand_total",
    "收入合计": "fiscal_grand_total",
    "支出合计": "fiscal_grand_total",
}
FUND_COLUMNS = [("一般公共预算", "gpb_expenditure"), ("政府性基金", "gov_fund_expenditure"),
                ("国有资本经营", "state_capital_expenditure")]
# Columns of the 合计 row of tables 02, 03, 05.
TOTAL_ROW_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "02": [("本年收入合计", "revenue_total"), ("财政拨款收入", "revenue_fiscal"),
           ("上级补助收入", "revenue_upper_subsidy"), ("事业收入", "revenue_business"),
           ("经营收入", "revenue_operating"), ("附属单位上缴收入", "revenue_subordinate"),
           ("其他收入", "revenue_other"), ("合计", "revenue_total")],
    "03": [("本年支出合计", "expenditure_total"), ("基本支出", "expenditure_basic"),
           ("项目支出", "expenditure_project"), ("上缴上级支出", "expenditure_to_upper"),
           ("经营支出", "expenditure_operating"), ("对附属单位补助支出", "expenditure_subsidy_subordinate"),
           ("预留机动", "expenditure_reserve"), ("合计", "expenditure_total")],
    "05": [("小计", "gpb_expenditure"), ("合计", "gpb_expenditure"), ("基本支出", "gpb_basic"),
           ("项目支出", "gpb_project")],
    "06": [("人员经费", "basic_personnel"), ("公用经费", "basic_public")],
    "13": [("机关运行经费", "admin_operating_cost")],
}
# What a 三公 table's column is, from its label (its header cells joined top to bottom,
# `预算数公务用车购置及运行费小计`), in this order. A bare 合计 is the 三公 total only where the table
# has no 会议费 / 培训费 columns beside it (then it totals those too).
THREE_PUBLIC_COLUMNS = [
    ("admin_operating_cost", re.compile(r"机关运行经费")),
    ("three_public_outbound", re.compile(r"因公出国")),
    ("three_public_reception", re.compile(r"公务接待")),
    ("three_public_vehicle_purchase", re.compile(r"购置费$")),
    ("three_public_vehicle_operation", re.compile(r"(?<!购置及)运行(?:维护)?费$")),
    ("three_public_vehicle", re.compile(r"购置(?:费)?及运行(?:维护)?费(?:小计)?$|公务用车.*小计$")),
    ("three_public_total", re.compile(r"三公.*(?:合计|小计)$")),
]
_BARE_TOTAL = re.compile(r"^(?:预算数?|决算数?|\d{4}年)?(?:合计|小计)$")
_OTHER_COSTS = re.compile(r"会议费|培训费")


_MEASURE_SUFFIX = re.compile(r"(?:预算数?|决算数?|执行数)$")


def three_public_metric(label: str, has_other_costs: bool) -> str | None:
    text = _MEASURE_SUFFIX.sub("", label.replace("“", "").replace("”", "").replace('"', ""))
    if _OTHER_COSTS.search(text):
        return None  # 会议费 / 培训费 printed beside the 三公: not one of them
    for metric, pattern in THREE_PUBLIC_COLUMNS:
        if pattern.search(text):
            return metric
    if _BARE_TOTAL.search(re.sub(r"^三公经费", "", text)) and not has_other_costs:
        return "three_public_total"
    return None


def extract_metrics(segments: Segments, year: int | None, default_unit: str) -> list[Metric]:
    out: list[Metric] = []
    for table in segments.tables:
        out.extend(_table_metrics(table, default_unit))
    out.extend(_sentence_metrics(segments, year, default_unit))
    out.extend(_count_metrics(segments))
    return out


# ---- sentences --------------------------------------------------------------------------------

@dataclass
class _Stated:
    metric: str
    value: Decimal
    unit: str
    line: int


def _sentence_metrics(segments: Segments, year: int | None, default_unit: str) -> list[Metric]:
    out: list[Metric] = []
    recent: dict[str, _Stated] = {}
    project_lines = project_heading_lines(segments)
    for line_no, raw_text in segments.narrative:
        text = compact(raw_text)
        for metric in list(recent):
            if line_no - recent[metric].line > 3:
                del recent[metric]
        state = {"last_metric": None, "unit": default_unit, "kind": segments.kind_of(line_no), "scope": fund_scope_at(segments, line_no, default="all_funds"),
                 "in_project": line_no in project_lines}
        for sentence in re.split(r"(?<=[。])", text):
            _read_sentence(sentence, line_no, year, out, recent, state)
            state["previous"] = sentence
    return out


def _resolve_metric(metric: str, sentence: str, state: dict) -> str | None:
    """Metrics whose meaning depends on the sentence or section they stand in."""
    first_amount = _AMOUNT.search(sentence)
    fund_sentence = _FUND_SENTENCE.search(sentence[:first_amount.start() if first_amount else len(sentence)])
    if metric == "fund_expenditure":
        if not fund_sentence:
            return None
        return "gov_fund_expenditure" if "政府性基金" in sentence else "state_capital_expenditure"
    if metric in _DEPARTMENT_WIDE and fund_sentence:
        return None
    if metric == "expenditure_project" and state["in_project"]:
        return None  # `项目支出37.12万元` under a project's heading is that project's, not the department's
    if metric == "fiscal_expenditure":
        # `财政拨款支出` means 一般公共预算 spending only inside that section; elsewhere it is not
        # one of the named figures (and inside a project's report it is the project's)
        return "gpb_expenditure" if state["scope"] == "general_public_budget" else None
    subject = (state.get("previous", "") if sentence.startswith("其中") else "") + sentence[:state.get("at", 0)]
    if metric in ("expenditure_basic", "expenditure_project") and "财政拨款" in subject:
        return None  # 其中：基本支出… of a 财政拨款 figure: the fiscal part, not the department's
    return metric


def _printed_pct(sentence: str, end: int):
    """The `_PCT_AFTER` match that follows the amount ending at `end`, or None."""
    return _PCT_AFTER.match(sentence, end)


def _pct_decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def _share_base(sentence: str, amounts: list, index: int, base_label: str, state: dict) -> tuple[str | None, Decimal | None]:
    """(metric, value) of the whole a share is of: the whole the sentence states before its parts
    (`本年支出合计1163.82万元，其中：基本支出893.92万元，占76.81%`), else the whole it names
    (`占本年支出合计的93.6%`, `“三公”经费…决算中，…占64.53%`)."""
    for earlier in amounts[:index]:
        if not _printed_pct(sentence, earlier.end()) and earlier.group(1):
            return None, to_decimal(earlier.group(1))
    named = _nearest_label(base_label) if base_label.strip() else None
    if named:
        return _resolve_metric(named[0], sentence, state), None
    prefix = sentence[:amounts[0].start()] if amounts else ""
    whole = _WHOLE_BEFORE_PARTS.search(prefix)
    if whole:
        label = _nearest_label(prefix[:whole.start()])
        if label:
            return label[0], None
    return None, None


def _set_printed_pct(metric: Metric, match: re.Match, kind: str, sign: int = 1) -> None:
    metric.printed_pct = sign * to_decimal(match.group("pct"))
    metric.printed_pct_decimals = _pct_decimals(match.group("pct"))
    metric.printed_pct_kind = kind


def _attach_pct(metric: Metric, sentence: str, amounts: list, index: int, state: dict) -> None:
    """A share or completion rate printed after a stated amount (changes go on prior_year rows)."""
    match = _printed_pct(sentence, amounts[index].end())
    if match and match.group("share"):
        _set_printed_pct(metric, match, "share")
        metric.pct_base_metric, metric.pct_base_value = _share_base(sentence, amounts, index,
                                                                    match.group("base") or "", state)
    elif match and match.group("rate"):
        _set_printed_pct(metric, match, "rate")


def _read_sentence(sentence: str, line_no: int, year, out: list[Metric], recent: dict, state: dict) -> None:
    previous_end = 0
    amounts = list(_AMOUNT.finditer(sentence))
    for index, amount in enumerate(amounts):
        window = sentence[previous_end:amount.start()]
        previous_end = amount.end()
        label = _nearest_label(window)
        if amount.group(3):  # `决算数为683.6，`: the unit left out, the document's unit meant
            if label is None:
                continue
            value, unit = to_decimal(amount.group(3)), state["unit"]
        else:
            value, unit = to_decimal(amount.group(1)), amount.group(2)
        change = _CHANGE.search(window[label[1]:] if label else window)
        comparison = _COMPARISON.search(sentence[:amount.start()])
        if change and comparison and comparison.start() < amount.start():
            metric = _resolve_metric(label[0], sentence, state) if label else state["last_metric"]
            prior = _prior_year(metric, value, unit, change.group(1), comparison, window, year, line_no, out, recent)
            pct = _printed_pct(sentence, amount.end())
            if prior and pct and pct.group("change"):
                _set_printed_pct(prior, pct, "change", sign=-1 if pct.group("change") in _FALL else 1)
            continue
        if label and (change or _not_this_years_level(window[:label[2]])):
            continue  # `主要原因是基本支出增加1447.63万元`: a change against no stated year, never a level
        if label is None:
            if state["last_metric"] and _SAME_SUBJECT.match(window.strip()):
                label = (state["last_metric"], len(window))
            else:
                continue
        state["at"] = amount.start()
        metric = _resolve_metric(label[0], sentence, state)
        if metric is None:
            continue
        measure = "actual" if metric in _ALWAYS_ACTUAL else _measure(sentence[:amount.start()])
        stated = Metric(metric=metric, measure=measure, value_reported=value, unit_reported=unit,
                        source_kind=state["kind"], source_line=line_no)
        _attach_pct(stated, sentence, amounts, index, state)
        out.append(stated)
        if measure == "actual":
            recent[metric] = _Stated(metric, value, unit, line_no)
        state["last_metric"] = metric
    unchanged = _UNCHANGED.search(sentence)
    if unchanged:
        label = _nearest_label(sentence[previous_end:unchanged.end() - len("持平")])
        metric = _resolve_metric(label[0], sentence, state) if label else state["last_metric"]
        stated_year = unchanged.group(2)
        if metric in recent and not (stated_year and year and int(stated_year) != year - 1):
            current = recent[metric]
            out.append(Metric(metric=metric, measure="prior_year", value_reported=current.value,
                              unit_reported=current.unit, source_kind="narrative", source_line=line_no,
                              derivation=f"{current.value} (持平, line {current.line})"))


_CLAUSE_START = re.compile(r"[^；;。，,、]*$")
_CHANGE_BEFORE_LABEL = re.compile(r"(?:增加|减少|增长|下降|上升|节约|降低)了?$")


def _not_this_years_level(before_label: str) -> bool:
    """`增加人员经费1408.29万元` (a change named before its subject) and `上年度列入此项的预留机动经费
    128.43万元` (last year's figure): the amount after the label is not the year's own level."""
    clause = _CLAUSE_START.search(before_label).group(0)
    return bool(_CHANGE_BEFORE_LABEL.search(clause) or "上年" in clause)


def _nearest_label(window: str) -> tuple[str, int, int] | None:
    """(metric, end, start of label in window) of the label ending nearest the amount."""
    best = None
    for metric, pattern in _LABELS:
        for match in pattern.finditer(window):
            filler = window[match.end():]
            if len(filler) > _MAX_FILLER or _FILLER_STOP.search(filler):
                continue
            key = (match.end(), match.end() - match.start())
            if best is None or key > best[0]:
                best = (key, metric, match.end(), match.start())
    if best is None:
        return None
    return best[1], best[2], best[3]


def _measure(before: str) -> str:
    words = _MEASURE_WORDS.findall(_SHARE.sub("", before))
    if not words:
        return "actual"
    last = words[-1]
    if last in ("年初预算", "年初批复"):
        return "budget_initial"
    if last in ("调整后", "全年预算", "预算数", "预算为", "应采购"):
        return "budget"
    return "actual"


def _prior_year(metric, change_value, unit, direction, comparison, window, year, line_no, out, recent) -> Metric | None:
    """The prior-year figure a printed change implies (appended to `out` and returned), or None."""
    if metric is None or metric not in recent or _AMBIGUOUS_DIRECTION.search(window):
        return None
    stated_year = next((g for g in comparison.groups()[1::2] if g), None)
    if stated_year and year and int(stated_year) != year - 1:
        return None  # compared with some other year: not the prior year
    current = recent[metric]
    if current.unit != unit:
        return None
    if direction in ("增加", "增长", "上升"):
        value = current.value - change_value
        derivation = f"{current.value} - {change_value} ({direction}, line {current.line})"
        stated_change = change_value
    else:
        value = current.value + change_value
        derivation = f"{current.value} + {change_value} ({direction}, line {current.line})"
        stated_change = -change_value
    prior = Metric(metric=metric, measure="prior_year", value_reported=value, unit_reported=unit,
                   source_kind="narrative", source_line=line_no, derivation=derivation, stated_change=stated_change)
    out.append(prior)
    return prior


def _count_metrics(segments: Segments) -> list[Metric]:
    out = []
    report_title = ""
    for line_no, raw_text in segments.narrative:
        text = compact(raw_text)
        if len(text) < 40 and _REPORT_TITLE.search(text):
            report_title = text
        if "部门" in report_title and "项目" not in report_title and "部门整体" not in text:
            for match in _BARE_SCORE.finditer(text):
                out.append(Metric(metric="self_evaluation_score", measure="actual",
                                  value_reported=to_decimal(match.group(1)), unit_reported="分",
                                  source_kind="narrative", source_line=line_no))
        out.extend(_counts_in(text, line_no, segments.kind_of(line_no)))
    for table in segments.tables:
        if table.layout == "cell_per_line":
            continue  # its cells are narrative lines already
        for row in table.rows:
            for index, cell in enumerate(row.cells):
                if len(cell) > 20:  # prose written into a form's cell
                    line = row.cell_lines[index] if index < len(row.cell_lines) else row.line
                    out.extend(_counts_in(compact(cell), line, "table"))
    return out


_TARGET_AFTER = re.compile(r"以上|以内|以下|左右")
# `受理案件87起` counts mediation or legal aid by the topic the sentence is about.
_CASES = re.compile(r"受理(?:各类)?案件\s*(\d+)\s*(?:件|起)")
_TOPICS = [("legal_aid_cases", re.compile(r"法律援助|法援")), ("mediation_cases", re.compile(r"调解|纠纷"))]
# The first figure of these in a sentence is the total; the ones after it are its parts
# (`机关编制33个，其中公务员26人、参公编制3人…`).
_FIRST_ONLY = {"staff_authorized", "staff_actual"}


def _counts_in(text: str, line_no: int, kind: str) -> list[Metric]:
    out = []
    for match in _CASES.finditer(text):
        before = text[:match.start()]
        topics = [(m.end(), metric) for metric, pattern in _TOPICS for m in pattern.finditer(before)]
        if topics and not _TARGET_AFTER.match(text, match.end()):
            out.append(Metric(metric=max(topics)[1], measure="actual", value_reported=to_decimal(match.group(1)),
                              unit_reported="件", source_kind=kind, source_line=line_no))
    for metric, pattern, unit in COUNT_PATTERNS:
        matches = list(pattern.finditer(text))
        if metric in _FIRST_ONLY:
            matches = matches[:1]
        for match in matches:
            if _TARGET_AFTER.match(text, match.end()):
                continue  # `3000件以上`: a target, not a count
            count = next(group for group in match.groups() if group is not None)
            out.append(Metric(metric=metric, measure="actual", value_reported=to_decimal(count),
                              unit_reported=unit, source_kind=kind, source_line=line_no))
    return out


# ---- tables -----------------------------------------------------------------------------------

# Subtotal rows of the basic-expenditure table (06).
BASIC_ROW_LABELS = {"人员经费合计": "basic_personnel", "人员经费": "basic_personnel",
                    "公用经费合计": "basic_public", "公用经费": "basic_public"}
# Row labels of a budget's 政府采购预算表 (`一、货物A`), without ordinal and category letter.
PROCUREMENT_ROW_LABELS = {"合计": "procurement_total", "总计": "procurement_total", "货物": "procurement_goods",
                          "工程": "procurement_works", "服务": "procurement_services"}
_CATEGORY_LETTER = re.compile(r"(?<=[物程务])[A-C]$")


def _table_metrics(table: Table, default_unit: str) -> list[Metric]:
    unit = table.unit or default_unit
    if table.table_no == "07" or "三公" in (table.title or ""):
        return _three_public_table(table, unit)
    if table.table_no == "12":
        return _labelled_cells(table, PROCUREMENT_ROW_LABELS, unit, key=lambda c: _CATEGORY_LETTER.sub("", label_key(c)))
    if table.table_no == "06":
        return _total_row(table, unit) + _labelled_cells(table, BASIC_ROW_LABELS, unit)
    if table.table_no in TOTAL_ROW_COLUMNS:
        return _total_row(table, unit)
    if table.table_no == "04":
        return _labelled_cells(table, FISCAL_ROW_LABELS, unit) + _fiscal_spending_by_fund(table, unit)
    return _labelled_cells(table, ROW_LABELS, unit) + _department_total_score(table)


def _fiscal_spending_by_fund(table: Table, unit: str) -> list[Metric]:
    """Table 04's 本年支出合计 row, split into the three fund columns."""
    width = max(len(row.cells) for row in table.rows)
    out = []
    for position, row in enumerate(table.rows):
        cells = [compact(c) for c in row.cells]
        if "本年支出合计" not in cells:
            continue
        labels = column_labels(table.rows[:2], width)
        for index in range(cells.index("本年支出合计") + 1, len(cells)):
            metric = next((m for needle, m in FUND_COLUMNS if needle in labels[index]), None)
            value = amount_cell(cells[index])
            if metric and value is not None:
                out.append(Metric(metric=metric, measure="actual", value_reported=value, unit_reported=unit,
                                  source_kind="table", source_table="04", source_line=row.line))
    return out


def _department_total_score(table: Table) -> list[Metric]:
    """The 总分 row of a self-evaluation form about the whole department (no project named)."""
    if project_name_of_table(table)[1] is not None:
        return []
    for row in table.rows:
        cells = [compact(c) for c in row.cells]
        if first_filled(cells) == "总分":
            numbers = [n for n in (parse_number(c) for c in cells[cells.index("总分") + 1:]) if n is not None]
            if numbers:
                return [Metric(metric="self_evaluation_score", measure="actual", value_reported=numbers[-1],
                               unit_reported="分", source_kind="table", source_table=table.title,
                               source_line=row.line)]
    return []


def _labelled_cells(table: Table, labels: dict[str, str], unit: str, key=None) -> list[Metric]:
    """Label cell followed (after an optional 行次 number) by a value cell."""
    key = key or label_key
    out = []
    source = table.table_no or table.title
    previous: list[str] = []
    columns = _measure_columns(table)
    for row in table.rows:
        cells = [compact(c) for c in row.cells]
        above = previous
        previous = cells
        for index, cell in enumerate(cells):
            metric = labels.get(key(cell)) or BUDGET_ROW_LABELS.get(cell)
            measure = "budget" if cell in BUDGET_ROW_LABELS else "actual"
            if cell == "合计" and table.table_no is None:
                metric = _total_of("".join(above + cells[:index]))
            if metric is None:
                continue
            if columns and metric in ("expenditure_total",) and cell not in ("合计",):
                out.extend(_by_measure_columns(row, columns, metric, unit, source))
                continue
            value_index = index + 1
            if (table.table_no in ("01", "04") and value_index < len(cells)
                    and re.fullmatch(r"\d{1,3}", cells[value_index])):
                value_index += 1
            if table.standard is not None:
                value_index = _next_filled(cells, value_index)
            if value_index >= len(cells):
                continue
            value = amount_cell(cells[value_index])
            if value is None:
                continue
            metric_unit = "人" if metric.startswith("staff") else unit
            out.append(Metric(metric=metric, measure=measure, value_reported=value, unit_reported=metric_unit,
                              source_kind="table", source_table=source,
                              source_line=row.cell_lines[value_index] if row.cell_lines else row.line))
    return out


def _next_filled(cells: list[str], index: int) -> int:
    """A standard table's label may stand blank cells before its figure (`当年支出小计 | | |
    20,849.45`, the figure under the 支出用途 column; `一、货物A | | | | | 496.20`); a label in
    between ends the search."""
    for position in range(index, len(cells)):
        if cells[position]:
            return position if amount_cell(cells[position]) is not None else len(cells)
    return len(cells)


def _total_of(before: str) -> str | None:
    """A form's bare 合计 totals the revenue or the spending its nearest heading names
    (`年度收入（万元）… 合计`, `年度支出（万元）… 合计`)."""
    revenue, spending = before.rfind("收入"), before.rfind("支出")
    if revenue < 0 and spending < 0:
        return None
    return "revenue_total" if revenue > spending else "expenditure_total"


def _measure_columns(table: Table) -> dict[int, str]:
    """Columns headed 预算数 / 执行数 (决算数) in a form: {column: measure}."""
    for row in table.rows:
        cells = [compact(c) for c in row.cells]
        found = {}
        for index, cell in enumerate(cells):
            if cell.startswith("预算数") or cell.startswith("全年预算数"):
                found[index] = "budget"
            elif cell.startswith("执行数") or cell.startswith("全年执行数") or cell.startswith("决算数"):
                found[index] = "actual"
        if "budget" in found.values() and "actual" in found.values():
            return found
    return {}


def _by_measure_columns(row, columns: dict[int, str], metric: str, unit: str, source) -> list[Metric]:
    out = []
    for index, measure in columns.items():
        if index < len(row.cells) and (value := amount_cell(row.cells[index])) is not None:
            out.append(Metric(metric=metric, measure=measure, value_reported=value, unit_reported=unit,
                              source_kind="table", source_table=source, source_line=row.line))
    return out


def _total_row(table: Table, unit: str) -> list[Metric]:
    width = max(len(row.cells) for row in table.rows)
    total_rows = [row for row in table.rows if any(compact(c) == "合计" for c in row.cells[:2])
                  and any(amount_cell(c) is not None for c in row.cells[1:])]
    first_column = 2
    if not total_rows and _one_row_of_figures(table):
        # `合计 | 基本支出 | 项目支出 …` over one row of figures: the totals, headed by their columns
        total_rows, first_column = [table.rows[-1]], 0
    if not total_rows:
        return []
    header = [row for row in table.rows if row.line < total_rows[0].line]
    labels = column_labels(header, width)
    out = []
    taken = set()
    for row in total_rows[:1]:
        for index, label in enumerate(labels):
            if index >= len(row.cells) or index < first_column:
                continue
            for needle, metric in TOTAL_ROW_COLUMNS[table.table_no]:
                if needle in label and metric not in taken:
                    value = amount_cell(row.cells[index])
                    if value is not None:
                        taken.add(metric)
                        out.append(Metric(metric=metric, measure="actual", value_reported=value,
                                          unit_reported=unit, source_kind="table",
                                          source_table=table.table_no, source_line=row.line))
                    break
    return out


def _one_row_of_figures(table: Table) -> bool:
    """A table of a header and one row of figures only (江苏's 支出预算总表)."""
    rows = [row for row in table.rows if any(c.strip() for c in row.cells)]
    return (len(rows) >= 2 and all(parse_number(c) is not None for c in rows[-1].cells if c.strip())
            and not any(parse_number(c) is not None for row in rows[:-1] for c in row.cells if c.strip()))


def _three_public_table(table: Table, unit: str) -> list[Metric]:
    numeric_rows = [row for row in table.rows
                    if any(parse_number(c) is not None for c in row.cells)
                    and not _is_column_number_row(row)]
    if not numeric_rows:
        return []
    data = numeric_rows[0]
    width = len(data.cells)
    header = [row for row in table.rows if row.line < data.line
              and not _is_column_number_row(row)]
    labels = column_labels(header, width)
    has_other_costs = any(_OTHER_COSTS.search(label) for label in labels)
    out = []
    for index, label in enumerate(labels):
        value = amount_cell(data.cells[index]) if index < len(data.cells) else None
        if value is None:
            continue
        # a column that names no measure holds the document's own figures (remapped for budgets)
        measure = "budget" if "预算" in label else "actual"
        metric = three_public_metric(label, has_other_costs)
        if metric:
            out.append(Metric(metric=metric, measure=measure, value_reported=value, unit_reported=unit,
                              source_kind="table", source_table=table.table_no or "07", source_line=data.line))
    return out


def _is_column_number_row(row) -> bool:
    """The 栏次 row under a table's header numbers its columns 1, 2, 3 …; a row of figures that
    all print `0` is data, not that row."""
    numbers = [c.strip() for c in row.cells if c.strip()]
    if not numbers or not all(re.fullmatch(r"\d{1,2}", n) for n in numbers):
        return False
    values = [int(n) for n in numbers]
    return values == list(range(values[0], values[0] + len(values))) and values[0] >= 1
