"""Counts stated in sentences and forms' prose: staff, vehicles, receptions, cases, scores."""

from __future__ import annotations

import re

from ingest.facts import Metric
from ingest.normalize import compact
from ingest.numbers import to_decimal
from ingest.segmenters import Segments

# Counts stated in sentences: (metric, pattern with the count in group 1, unit).
COUNT_PATTERNS: list[tuple[str, re.Pattern, str]] = [
    ("vehicles_total", re.compile(r"共有车辆\s*(\d+)\s*辆"), "辆"),
    ("staff_authorized", re.compile(r"编制(?:人数|数|总数)?(?:为|是)?\s*(\d+)\s*(?:个|人|名)"), "人"),
    ("staff_actual", re.compile(r"实有(?:在编|在岗|在职)*人(?:员|数)(?:总数)?(?:为|是)?\s*(\d+)\s*(?:人|名)|"
                                r"(?<!离)(?<!退)(?:在编)?在职(?:在编)?(?:人员|职工)\s*(\d+)\s*(?:人|名)"), "人"),
    ("staff_retired", re.compile(r"(?:离退休|退休)(?:人员|职工)(?:为|是)?\s*(\d+)\s*(?:人|名)"), "人"),
    # `国内公务接待15批次、150人次`, `公务接待24批次，210人次` (外事接待 is not it), `接待国内公务15批次`,
    # `国内公务接待批次为520个，接待人次为4200人`
    ("reception_batches", re.compile(r"(?:(?<!外事)(?<!外宾)(?:国内)?公务接待|接待国内公务)(?:共计|共)?\s*(\d+)\s*批次|"
                                     r"国内公务接待批次(?:为|是|共计|共)?\s*(\d+)\s*(?:个|批次|批)"), "批次"),
    ("reception_people", re.compile(r"(?:(?<!外事)(?<!外宾)(?:国内)?公务接待|接待国内公务)(?:共计|共)?\s*\d+\s*批次[,，、]?(?:共计|共)?(?:接待)?\s*(\d+)\s*人次|"
                                    r"国内公务接待批次(?:为|是|共计|共)?\s*\d+\s*(?:个|批次|批)[,，、]?\s*"
                                    r"接待(?:人次|人数)(?:为|是|共计|共)?\s*(\d+)\s*人(?:次)?"), "人次"),
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


def count_metrics(segments: Segments) -> list[Metric]:
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


# Every count pattern captures digits (tests/test_fact_families.py holds them to it): a text
# without a digit is skipped before the patterns run (most lines of a report).
_DIGIT = re.compile(r"\d")


def _counts_in(text: str, line_no: int, kind: str) -> list[Metric]:
    out = []
    if not _DIGIT.search(text):
        return out
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
