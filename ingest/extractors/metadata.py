"""Document metadata: fiscal year, kind of report, department, region, amount unit, title."""

from __future__ import annotations

import re
from collections import Counter

from ingest.facts import DocumentMeta
from ingest.normalize import NUMBERED_POINT, compact
from ingest.segmenters import Segments

# A final account's own wording; in an excerpt, an amount said to be 决算 (`支出决算为…`, `支出决算
# 0万元`, `“三公”经费支出决算总额为5.48万元`, `“三公经费”决算为22.62万元`).
_FINAL_ACCOUNTS = re.compile(r"部门决算|单位决算|决算公开|决算情况说明|决算编制说明|收入支出决算总表|收、?支总计|"
                             r"(?:支出|收入)决算(?:数)?(?:为|是)|决算数(?:为|是)|"
                             r"(?:支出|收入)决算(?:数|总额|总计|合计)?(?:为|是)?\s*\d|决算(?:总额)?(?:为|是)\s*\d|"
                             r"年初预算数?(?:为|是)\s*\d")
# A budget's own wording, where nothing speaks of 决算 or of what was done: `“三公”经费预算数为36.59万元`,
# `预算安排…`, `收入预算总计…`, `基本支出预算 1,440,224.60 元`, `财政拨款安排“三公”经费502.4万元`,
# `机关运行经费安排312.23万元` (a final account's 年初预算 / 调整预算 / 全年预算 is not it).
_BUDGET_STATED = re.compile(r"(?<!年初)(?<!调整)(?<!全年)(?<!调整后)预算数?(?:为|是)|预算安排|(?:收入|支出)预算(?:总计|合计)|"
                            r"(?<!年初)(?<!调整)(?<!全年)(?<!调整后)支出预算\s*\d|"
                            r"安排“?三公”?经费\s*\d|经费安排(?:情况|\s*\d)")
_DONE = re.compile(r"决算|执行数|执行情况|完成")
_PERFORMANCE = re.compile(r"绩效自评|绩效评价|自评表|自评结果|绩效目标")
# What a cover or title line says the document is. Order matters: a 部门预算项目支出绩效自评表 is an
# evaluation, a 决算 that mentions its 预算 is final accounts.
_TITLE_KINDS = [
    ("performance_evaluation", re.compile(r"绩效自评|绩效评价|自评(?:表|报告|结果)")),
    ("final_accounts", re.compile(r"决算")),
    ("budget", re.compile(r"(?:部门|单位|区级|县级|市级|省级|年度?)预算(?:公开|报告|情况说明|编制说明)?|预算公开|预算(?:总)?表|"
                          r"三公”?经费(?:支出)?预算")),
]
_AMOUNT = re.compile(r"\d(?:[\d,]*)(?:\.\d+)?(?:万元|元)")
_REPORT_NAMED = re.compile(r"(?:部门|单位)(?:决算|预算)|绩效自评|绩效评价")
_TITLE_LINES = 12
_COVER_WEIGHT = 5
_MAX_TITLE_CHARS = 40
_UNIT_BUDGET = re.compile(r"单位预算|预算单位\s*[:：]")
_YEAR_STRONG = re.compile(r"(20\d{2})\s*年度")
_YEAR_REPORT = re.compile(r"(20\d{2})\s*年?\s*(?:部门|单位)?(?:决算|整体支出|部门整体|项目支出|绩效)")
_YEAR_ANY = re.compile(r"(20\d{2})\s*年(?!\s*\d{1,2}\s*月)")
_DATE_CONTEXT = re.compile(r"截[至止]|公开时间|填报日期|日期")
_UNIT_YUAN = re.compile(r"(?:金额)?单位\s*[:：]\s*元")
_UNIT_WAN = re.compile(r"(?:金额)?单位\s*[:：]\s*万元")
_ORG_SUFFIX = r"(?:局|委员会|委|办公室|办|人民政府|政府|中心|院|所|厅|部|馆|站|队|会|社|处|分局|支队|大队|园|小学|中学|大学|学校|镇|乡)"
# Labels that introduce the publisher: `预算主管部门:…`, `编制部门:…单位:元`, `部门:…单位:万元`.
_PUBLISHER_LABEL = re.compile(
    rf"(?:预算主管部门|预算单位|编制部门|编制单位|填报单位|部门名称|单位名称|(?:^|(?<=表)|(?<=表[一二三四五六七八九十\d]))部门)\s*[:：]\s*"
    rf"([^\s:：,，。]{{2,40}}?{_ORG_SUFFIX}(?:\(本级\))?)(?=$|(?:金额)?单位\s*[:：]|\d|\s)")
_DEPARTMENT_PATTERNS = [
    re.compile(rf"^(?:部门|单位)(?:名称)?(?:\(盖章\))?\s*[:：]\s*([^\s:：,，。]{{2,40}}?{_ORG_SUFFIX})\s*$"),
    re.compile(rf"纳入([^\s,，。、的]{{2,40}}?{_ORG_SUFFIX})\s*\d{{4}}年度?(?:部门)?决算"),
    re.compile(rf"^([^\s,，。、]{{2,40}}?{_ORG_SUFFIX})下属"),
    re.compile(rf"^(?:\d{{4}}\s*年度?)?\s*([^\s,，。、:]{{2,40}}?{_ORG_SUFFIX})\s*(?:部门)?\s*\d{{4}}\s*年度?"),
    re.compile(rf"^\d{{4}}\s*年度?\s*([^\s,，。、:]{{2,40}}?{_ORG_SUFFIX})(?:部门)?(?:整体|决算|预算|项目|“?三公)"),
]
_LABEL_CELLS = {"单位名称", "部门名称", "单位名称(盖章)", "部门名称(盖章)", "预算单位"}
_HEAD_LINES = 60
_TITLE_END = re.compile(r"(决算|决算公开|情况说明|报告|自评结果|自评表|基础数据表|决算公开说明\(本级\))$")


def extract_metadata(segments: Segments) -> DocumentMeta:
    """Everything `raw.documents` needs except ids and provenance of the file itself."""
    text_lines = [text for _, text in segments.narrative]
    meta = DocumentMeta()
    meta.title = _title(text_lines)
    meta.fiscal_year = fiscal_year(text_lines)
    meta.doc_kind = doc_kind(segments)
    meta.budget_level = budget_level(segments) if meta.doc_kind == "budget" else None
    meta.department = department(segments)
    meta.amount_unit_reported = reported_unit(segments)
    meta.default_unit = amount_unit(segments)
    return meta


_YEAR_IN_TITLE = re.compile(r"(20\d{2})\s*年度?[^\d]{0,12}?(?:决算|预算|绩效)")


def fiscal_year(lines: list[str]) -> int | None:
    """The year the accounts cover: the year the title gives it (`上海市普陀区2024年区级部门预算`),
    else the year most strongly tied to 决算/绩效/年度 wording (a budget speaks of the year
    before as often as of its own: `2023年当年预算执行数为…`)."""
    for line in lines[:_TITLE_LINES]:
        text = compact(line)
        if (len(text) <= _MAX_TITLE_CHARS and not _DATE_CONTEXT.search(text) and not _is_sentence(text)
                and (match := _YEAR_IN_TITLE.search(text))):
            return int(match.group(1))
    scores: Counter[int] = Counter()
    for position, line in enumerate(lines):
        if _DATE_CONTEXT.search(line):
            continue
        head_bonus = 2 if position < _HEAD_LINES else 1
        for match in _YEAR_STRONG.finditer(line):
            scores[int(match.group(1))] += 0 if _COMPARED_WITH.search(line, 0, match.start()) else 3 * head_bonus
        for match in _YEAR_REPORT.finditer(line):
            scores[int(match.group(1))] += 0 if _COMPARED_WITH.search(line, 0, match.start()) else 3 * head_bonus
        for match in _YEAR_ANY.finditer(line):
            if not _COMPARED_WITH.search(line, 0, match.start()) and not _NONE_THAT_YEAR.match(line, match.end()):
                scores[int(match.group(1))] += 0.2
    if not scores:
        return None
    return max(scores.items(), key=lambda item: (item[1], -item[0]))[0]


# The year a figure is compared with (`较2022年度决算数增加…`, `与2014年决算数持平`, `2020年无此项预算`):
# not the report's.
_COMPARED_WITH = re.compile(r"(?:与|较|比|同)\s*$")
_NONE_THAT_YEAR = re.compile(r"\s*(?:无|没有)")


def _is_sentence(line: str) -> bool:
    """A sentence, not a title: it ends with a full stop or states an amount."""
    return line.endswith("。") or bool(_AMOUNT.search(line))


def doc_kind(segments: Segments) -> str | None:
    """What the document is: the kind its cover or title says (决算 → `final_accounts`, 预算 →
    `budget`, 绩效自评 → `performance_evaluation`), else the kind its standard tables and
    headings are of, else (an excerpt) the kind its sentences' wording is of (`支出决算为…`,
    `预算数为…` where nothing speaks of what was done)."""
    by_title = kind_of_title(segments)
    if by_title:
        return by_title
    standard = [t.standard.doc_kind for t in segments.tables if t.standard is not None]
    if standard.count("budget") > standard.count("final_accounts"):
        return "budget"
    text = "\n".join(text for _, text in segments.narrative)
    titles = " ".join(t.title or "" for t in segments.tables)
    final_hits = len(_FINAL_ACCOUNTS.findall(text)) + standard.count("final_accounts")
    if final_hits >= 2:
        return "final_accounts"
    if _PERFORMANCE.search(text) or _PERFORMANCE.search(titles):
        return "performance_evaluation"
    if final_hits:
        return "final_accounts"
    headers = " ".join(compact(cell) for table in segments.tables for row in table.rows[:_HEADER_ROWS] for cell in row.cells)
    if (_BUDGET_STATED.search(text) or _BUDGET_HEADER.search(headers)) and not _DONE.search(text + headers):
        return "budget"
    return None


# A table whose figure columns are headed 预算数 (`本年预算数`), where nothing speaks of what was done.
_BUDGET_HEADER = re.compile(r"预算数")
_HEADER_ROWS = 3


def kind_of_title(segments: Segments) -> str | None:
    """The kind the first short lines (cover, title) name, or None."""
    for _, text in segments.narrative[:_TITLE_LINES]:
        line = compact(text)
        if len(line) > _MAX_TITLE_CHARS or line.startswith(("注", "本表")):
            continue
        if NUMBERED_POINT.match(line) and not _REPORT_NAMED.search(line):
            continue  # a section's heading (`二、2021年“三公”经费决算情况` in a budget): what the section is about
        if _is_sentence(line):
            continue  # no title states an amount
        for kind, pattern in _TITLE_KINDS:
            if pattern.search(line):
                return kind
    return None


def budget_level(segments: Segments) -> str:
    """`unit` for a 单位预算 (one unit, 本级), `department` for a 部门预算 (the department and its
    units consolidated)."""
    for _, text in segments.narrative[:_TITLE_LINES]:
        if _UNIT_BUDGET.search(compact(text)):
            return "unit"
    return "department"


def department(segments: Segments) -> str | None:
    """The reporting unit's name as the report prints it: after a label (预算主管部门：, 编制部门：
    …), else the most frequent candidate of the title and sentence patterns."""
    candidates: Counter[str] = Counter()
    for position, (_, text) in enumerate(segments.narrative[:400]):
        line = compact(text)
        on_cover = _COVER_WEIGHT if position < _TITLE_LINES else 1  # the cover names it in full
        if match := _PUBLISHER_LABEL.search(line):
            candidates[match.group(1)] += 8 * on_cover
        for weight, pattern in zip((5, 3, 3, 2, 2), _DEPARTMENT_PATTERNS):
            if match := pattern.search(line):
                candidates[match.group(1)] += weight * on_cover
    for table in segments.tables:
        for line in table.context[-3:]:
            if match := _PUBLISHER_LABEL.search(compact(line)):
                candidates[match.group(1)] += 8
        for row in table.rows[:6]:
            cells = [compact(c) for c in row.cells]
            for index, cell in enumerate(cells[:-1]):
                if cell in _LABEL_CELLS and cells[index + 1]:
                    candidates[cells[index + 1]] += 5
    names = _abbreviations_merged({name: count for name, count in candidates.items() if _plausible_name(name)})
    return max(names.items(), key=lambda item: item[1])[0] if names else None


def _abbreviations_merged(candidates: dict[str, int]) -> dict[str, int]:
    """A name that ends another candidate is that department named short (`省委办公厅` in the
    headings of `江苏省委办公厅`'s report): its count goes to the full name (the most frequent such)."""
    merged = dict(candidates)
    for name in sorted(candidates, key=len):
        fuller = [other for other in merged if other != name and other.endswith(name)]
        if fuller:
            merged[max(fuller, key=lambda other: (merged[other], len(other)))] += merged.pop(name)
    return merged


# (not 全: 全椒县, 全州县 are counties)
_NOT_A_NAME_START = re.compile(r"^(?:本表|反映|的|纳入|我|该|各|其中|包括|由|对|为|是|在|第[一二三四五六七八九十]+部分)")


def _plausible_name(name: str) -> bool:
    """A department's name holds no year or figure and does not start with a verb or particle
    (`反映江苏省高级人民法院`, `的亲下你司法局` are pieces of sentences); `XX` is a template's blank."""
    return not (re.search(r"\d|XX|ＸＸ", name) or _NOT_A_NAME_START.match(name))


def reported_unit(segments: Segments) -> str:
    """The unit the report's figures are printed in: that of most of its tables where they
    say (`单位：元` over the tables, sentences in 万元), else the text's (amount_unit)."""
    units = Counter(table.unit for table in segments.tables if table.unit)
    if units:
        return max(units.items(), key=lambda item: (item[1], item[0] == "万元"))[0]
    return amount_unit(segments)


def amount_unit(segments: Segments) -> str:
    """`元` when the report states its amounts in yuan (and never in 万元), else `万元`: the unit
    of a figure printed without one."""
    text = "\n".join(segments.lines)
    if _UNIT_YUAN.search(text) and not _UNIT_WAN.search(text):
        return "元"
    return "万元"


def _title(lines: list[str]) -> str | None:
    for line in lines[:40]:
        text = line.strip()
        if (4 <= len(text) <= 60 and _TITLE_END.search(compact(text))
                and ":" not in text and not text.startswith("注")):
            return compact(text)
    return None
