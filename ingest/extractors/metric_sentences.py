"""Named figures stated in sentences (docs/facts.md lists the metric names).

Every amount (`NUM万元`) is tied to the label that ends nearest before it, the measure comes from
the wording before it (年初预算 → budget_initial, 调整后/全年预算 → budget, else actual), and a
change against the previous year (`比2019年减少19.54万元`) gives the prior-year figure of the metric
it speaks about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ingest.extractors.common import fund_scope_at
from ingest.extractors.projects import project_heading_lines
from ingest.facts import Metric
from ingest.normalize import compact
from ingest.numbers import NUMBER, to_decimal
from ingest.segmenters import Segments


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
    ("three_public_reception", r"公务接待(?:费|支出)?"),  # `公务接待11.8万元` too
    ("three_public_reception_domestic", r"国内公务接待(?:支出|费)?"),
    ("three_public_reception_foreign", r"外事接待(?:支出|费)?"),
    ("admin_operating_cost", r"机关运行经费"),
    ("procurement_total", r"政府采购(?:支出总额|(?:支出)?预算(?:总额)?|金额(?:\([^()]{0,12}\))?(?:为)?)"),
    ("procurement_goods", r"货物采购金额|拟(?:采购|购买)货物(?:支出)?"),
    ("procurement_works", r"工程采购金额|拟(?:采购|购买)工程(?:支出)?"),
    ("procurement_services", r"服务采购金额|拟(?:采购|购买)服务(?:支出)?"),
    ("procurement_goods", r"政府采购货物(?:支出|预算)|货物类(?:政府)?采购(?:支出)?(?:预算)?"),
    ("procurement_works", r"政府采购工程(?:支出|预算)|工程类(?:政府)?采购(?:支出)?(?:预算)?"),
    ("procurement_services", r"政府采购服务(?:支出|预算)|服务类(?:政府)?采购(?:支出)?(?:预算)?"),
    ("procurement_sme", r"授予中小企业合同金额"),
    ("procurement_total", r"(?:应|实际)采购金额"),
]
_LABELS = [(metric, re.compile(pattern)) for metric, pattern in AMOUNT_LABELS]
_AMOUNT = re.compile(rf"({NUMBER})\s*(万元|元)(?![/／])|(?<=为)({NUMBER})(?=[，,。；;])")
_MAX_FILLER = 14
_ALWAYS_ACTUAL = {"carryover_begin", "carryover_end", "balance_distribution", "non_fiscal_balance_used"}
_SHARE = re.compile(r"占[^，,；;。]*?%")
# after a label: the clause ends, a share follows, or a level marker names a classification item
# (`公务接待费(款)支出16万元` is the economic 款 of 基本支出, not the 三公 公务接待费)
_FILLER_STOP = re.compile(r"[；;。，,]|占|^\s*\((?:类|款|项)\)")
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
_PROCUREMENT = re.compile(r"采购")
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
_DIGIT = re.compile(r"\d")
_UNCHANGED = re.compile(r"(?:与|较)(上年度?|(20\d{2})年度?)(?:相比)?(?:[,，][^。；;,，]{0,16}?)?持平")

@dataclass
class _Line:
    """What reading a narrative line carries from amount to amount and sentence to sentence."""
    kind: str  # source_kind of the line (narrative, or table for a form's prose)
    scope: str  # the fund scope of the section it stands in
    in_project: bool  # under a project's heading
    unit: str  # the document's unit, for an amount printed without one
    last_metric: str | None = None  # the subject of the amount before
    previous: str = ""  # the sentence before (a `其中…` sentence goes on with its subject)
    at: int = 0  # where the amount being read starts


@dataclass
class _Stated:
    metric: str
    value: Decimal
    unit: str
    line: int


def sentence_metrics(segments: Segments, year: int | None, default_unit: str) -> list[Metric]:
    out: list[Metric] = []
    recent: dict[str, _Stated] = {}
    project_lines = project_heading_lines(segments)
    for line_no, raw_text in segments.narrative:
        text = compact(raw_text)
        for metric in list(recent):
            if line_no - recent[metric].line > 3:
                del recent[metric]
        if "持平" not in text and not _DIGIT.search(text):
            continue  # no amount (every _AMOUNT has digits) and no 持平: nothing to read
        state = _Line(kind=segments.kind_of(line_no), scope=fund_scope_at(segments, line_no, default="all_funds"),
                      in_project=line_no in project_lines, unit=default_unit)
        for sentence in re.split(r"(?<=[。])", text):
            _read_sentence(sentence, line_no, year, out, recent, state)
            state.previous = sentence
    return out


def _resolve_metric(metric: str, sentence: str, state: _Line) -> str | None:
    """Metrics whose meaning depends on the sentence or section they stand in."""
    first_amount = _AMOUNT.search(sentence)
    fund_sentence = _FUND_SENTENCE.search(sentence[:first_amount.start() if first_amount else len(sentence)])
    if metric == "fund_expenditure":
        if not fund_sentence:
            return None
        return "gov_fund_expenditure" if "政府性基金" in sentence else "state_capital_expenditure"
    if metric in _DEPARTMENT_WIDE and (fund_sentence or _PROCUREMENT.search(sentence)):
        return None  # a fund's figures; procurement's sources (`上年结转结余资金安排0元`)
    if metric == "expenditure_project" and state.in_project:
        return None  # `项目支出37.12万元` under a project's heading is that project's, not the department's
    if metric == "fiscal_expenditure":
        # `财政拨款支出` means 一般公共预算 spending only inside that section; elsewhere it is not
        # one of the named figures (and inside a project's report it is the project's)
        return "gpb_expenditure" if state.scope == "general_public_budget" else None
    subject = (state.previous if sentence.startswith("其中") else "") + sentence[:state.at]
    if metric in ("expenditure_basic", "expenditure_project"):
        if "财政拨款" in subject or state.scope == "general_public_budget":
            return None  # 其中：基本支出… of a 财政拨款 figure, in the 一般公共预算 section: that fund's part
        whole = _whole_of_parts(subject)
        if whole is not None and whole not in _WHOLES_OF_BASIC_AND_PROJECT:
            return None  # `机构运行1,100,910.50元，其中：基本支出…`: the parts of a line, of a fund's spending
    return metric


# What a department's 其中：基本支出 / 项目支出 may be the parts of.
_WHOLES_OF_BASIC_AND_PROJECT = {"expenditure_total", "grand_total"}


def _whole_of_parts(subject: str) -> str | None:
    """What the `其中` clause before the amount is the parts of: the metric labelling the first
    amount before the last 其中 ('' when that amount names none — a classification line), None
    when no 其中 with an amount before it stands in the subject."""
    if "其中" not in subject:
        return None
    head = subject[:subject.rindex("其中")]
    first = _AMOUNT.search(head)
    if first is None:
        return None
    label = _nearest_label(head[:first.start()])
    return label[0] if label else ""


def _printed_pct(sentence: str, end: int):
    """The `_PCT_AFTER` match that follows the amount ending at `end`, or None."""
    return _PCT_AFTER.match(sentence, end)


def _pct_decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def _share_base(sentence: str, amounts: list, index: int, base_label: str, state: _Line) -> tuple[str | None, Decimal | None]:
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


def _attach_pct(metric: Metric, sentence: str, amounts: list, index: int, state: _Line) -> None:
    """A share or completion rate printed after a stated amount (changes go on prior_year rows)."""
    match = _printed_pct(sentence, amounts[index].end())
    if match and match.group("share"):
        _set_printed_pct(metric, match, "share")
        metric.pct_base_metric, metric.pct_base_value = _share_base(sentence, amounts, index,
                                                                    match.group("base") or "", state)
    elif match and match.group("rate"):
        _set_printed_pct(metric, match, "rate")


def _read_sentence(sentence: str, line_no: int, year, out: list[Metric], recent: dict, state: _Line) -> None:
    previous_end = 0
    amounts = list(_AMOUNT.finditer(sentence))
    for index, amount in enumerate(amounts):
        window = sentence[previous_end:amount.start()]
        previous_end = amount.end()
        label = _nearest_label(window)
        if amount.group(3):  # `决算数为683.6，`: the unit left out, the document's unit meant
            if label is None:
                continue
            value, unit = to_decimal(amount.group(3)), state.unit
        else:
            value, unit = to_decimal(amount.group(1)), amount.group(2)
        # the change must be said in the amount's own clause (`，降低2.99%；…决算数大于预算数55.93万元`: not a change)
        change = _CHANGE.search(_CLAUSE_START.search(window[label[1]:] if label else window).group(0))
        comparison = _COMPARISON.search(sentence[:amount.start()])
        if change and comparison and comparison.start() < amount.start():
            metric = _resolve_metric(label[0], sentence, state) if label else state.last_metric
            prior = _prior_year(metric, value, unit, change.group(1), comparison, window, year, line_no, out, recent)
            pct = _printed_pct(sentence, amount.end())
            if prior and pct and pct.group("change"):
                _set_printed_pct(prior, pct, "change", sign=-1 if pct.group("change") in _FALL else 1)
            continue
        if label and (change or _not_this_years_level(window[:label[2]])):
            continue  # `主要原因是基本支出增加1447.63万元`: a change against no stated year, never a level
        if label is None:
            if state.last_metric and _SAME_SUBJECT.match(window.strip()):
                label = (state.last_metric, len(window))
            else:
                continue
        state.at = amount.start()
        metric = _resolve_metric(label[0], sentence, state)
        if metric is None:
            continue
        measure = "actual" if metric in _ALWAYS_ACTUAL else _measure_at(sentence, amounts[0], amount, window)
        stated = Metric(metric=metric, measure=measure, value_reported=value, unit_reported=unit,
                        source_kind=state.kind, source_line=line_no)
        _attach_pct(stated, sentence, amounts, index, state)
        out.append(stated)
        if measure == "actual":
            recent[metric] = _Stated(metric, value, unit, line_no)
        state.last_metric = metric
    unchanged = _UNCHANGED.search(sentence, previous_end)  # after the last amount: said of its subject
    if unchanged:
        label = _nearest_label(sentence[previous_end:unchanged.end() - len("持平")])
        metric = _resolve_metric(label[0], sentence, state) if label else state.last_metric
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


def _measure_at(sentence: str, first: re.Match, amount: re.Match, window: str) -> str:
    """The measure of an amount: the words between it and the amount before; else, in a sentence
    that opens on a measure (`年初预算数为…，其中：…`), the last one before it. A sentence that opens
    on spending states spending: a budget set beside one item (`公务用车运行维护费支出0万元，年初预算为
    0.95万元；公务接待费支出2.05万元`) is not the next item's measure."""
    if _MEASURE_WORDS.search(_SHARE.sub("", window)) or _MEASURE_WORDS.search(_SHARE.sub("", sentence[:first.start()])):
        return _measure(sentence[:amount.start()])
    return "actual"


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
