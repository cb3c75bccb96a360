"""Projects (项目): name, budget-system code, budgets, execution, score.

From self-evaluation tables (`项目名称 | 51090423T000008167896-2023案件代理`, a budget row under
年初预算/调整后预算(全年预算)/执行数/执行率/分值/得分 headers, and the 合计/总分 row), and from
sentences (`(2)法律援助项目绩效目标完成情况综述。项目全年预算数36.17万元，执行数为28.86万元，
完成预算的79.79%`).
"""

from __future__ import annotations

import re

from ingest.extractors.common import amount_cell
from ingest.facts import Project
from ingest.normalize import compact
from ingest.numbers import NUMBER, parse_number, parse_percent, to_decimal
from ingest.segmenters import Row, Segments, Table

_NAME_LABELS = ("项目名称", "项目支出名称", "专项名称")
_PROJECT_CODE = re.compile(r"^(\d{6,}[A-Z]\d{6,})\s*[-—_－]?\s*(.+)$")
_BUDGET_HEADER = re.compile(r"年初预算")
_SENTENCE = re.compile(
    rf"^(?:\(?\d+\)?[.、]?)?\s*(?P<name>[^，。,;；:]+?)项目绩效目标完成情况综述[。.]?\s*"
    rf"项目全年预算(?:数)?为?(?P<budget>{NUMBER})\s*(?P<unit>万元|元)[,，]\s*执行数为?(?P<executed>{NUMBER})\s*(?:万元|元)"
    rf"(?:[,，]\s*完成预算的?(?P<rate>{NUMBER})%)?")
TOTAL_SCORE_LABELS = ("合计", "总分")
_ALLOCATION_HEADING = re.compile(r"项目资金.{0,10}(?:下达|分配|安排)明细|项目资金(?:分配|安排)如下")
_ALLOCATION_ITEM = re.compile(rf"^\d+[.、]\s*([^\d,，。;；:：]{{2,30}}?)\s*({NUMBER})\s*(万元|元)$")
_REPORT_TITLE = re.compile(r"^(.+?)项目\s*(?:\d{4}年度?)?(?:绩效)?(?:自评|评价)报告$")
_REPORT_TITLE_TAIL = re.compile(r"^\d{4}年度?(?:绩效)?(?:自评|评价)报告$")
_ENUMERATOR = re.compile(r"^(?:\d+[.、]|\(\d+\)|[一二三四五六七八九十]+、)\s*")
# Titles of report sections that name a kind of project, not a project.
_GENERIC_NAMES = {"专项预算", "专项", "部门预算", "部门", "重点", "整体", "部门整体", "本部门"}
_REPORT_END = re.compile(r"^(?:附件|附表|第[一二三四五六七八九十]+部分)")
_REPORT_BUDGET = re.compile(rf"预算(?:资金)?批复为?\s*({NUMBER})\s*万元|得到\s*({NUMBER})\s*万元预算批复")
_REPORT_SPENT = re.compile(rf"该项目(?:财政拨款)?支出\s*({NUMBER})\s*万元")
_PROJECT_HEADING = re.compile(r"^\(\d+\)\s*([^，。,;；:：]{2,30}项目)$")
_PROJECT_SPENDING = re.compile(rf"^项目(?:支出|资金)\s*({NUMBER})\s*(万元|元)")


def project_name_of_table(table: Table) -> tuple[str | None, str | None, int | None]:
    """(code, name, line) of the project a self-evaluation table is about, if it names one."""
    for row in table.rows[:6]:
        cells = [compact(c) for c in row.cells]
        for index, cell in enumerate(cells):
            if cell in _NAME_LABELS:
                name = next((c for c in cells[index + 1:] if c and c not in _NAME_LABELS), None)
                if name:
                    code, plain = split_project_code(name)
                    return code, plain, row.cell_lines[index + 1] if len(row.cell_lines) > index + 1 else row.line
    return None, None, None


def first_filled(cells: list[str]) -> str | None:
    """The first non-empty cell of a row: its label when the row is a total row."""
    return next((c for c in cells if c), None)


def split_project_code(text: str) -> tuple[str | None, str]:
    """`51090423T000008167896-2023案件代理` → ('51090423T000008167896', '2023案件代理')."""
    match = _PROJECT_CODE.match(compact(text))
    if match:
        return match.group(1), match.group(2)
    return None, compact(text)


def extract_projects(segments: Segments, default_unit: str) -> list[Project]:
    out = []
    for table in segments.tables:
        project = _table_project(table, default_unit)
        if project:
            out.append(project)
    out.extend(_sentence_projects(segments))
    out.extend(_allocation_list(segments))
    out.extend(_project_reports(segments))
    return out


def _allocation_list(segments: Segments) -> list[Project]:
    """`2020年度财政项目资金预算下达明细是：` followed by `1.法律援助经费36.17万元` lines: budgets."""
    out = []
    in_list = False
    for line_no, text in segments.narrative:
        line = compact(text)
        if _ALLOCATION_HEADING.search(line):
            in_list = True
            continue
        if not in_list:
            continue
        item = _ALLOCATION_ITEM.match(line)
        if not item:
            in_list = False
            continue
        out.append(Project(project_name=item.group(1), source_line=line_no, source_kind="narrative",
                           budget_adjusted=to_decimal(item.group(2)), unit=item.group(3)))
    return out


def _project_reports(segments: Segments) -> list[Project]:
    """One evaluation report per project (`普法宣传项目2020年绩效评价报告`): its approved budget
    (`该项目预算资金批复2万元`) and its spending (`该项目财政拨款支出2万元`)."""
    out: list[Project] = []
    current: Project | None = None
    narrative = segments.narrative
    for position, (line_no, text) in enumerate(narrative):
        line = compact(text)
        title = _REPORT_TITLE.match(line)
        if not title and position + 1 < len(narrative) and line.endswith("项目"):
            following = compact(narrative[position + 1][1])
            if _REPORT_TITLE_TAIL.match(following):
                title = re.match(r"^(.+?)项目$", line)
        name = _ENUMERATOR.sub("", title.group(1)) if title else ""
        if title and len(name) >= 2 and name not in _GENERIC_NAMES:
            current = Project(project_name=name, source_line=line_no, source_kind="narrative")
            out.append(current)
            continue
        if current is None:
            continue
        if _REPORT_END.match(line):
            current = None
            continue
        if current.budget_adjusted is None and (budget := _REPORT_BUDGET.search(line)):
            current.budget_adjusted = to_decimal(budget.group(1) or budget.group(2))
        if current.executed is None and (spent := _REPORT_SPENT.search(line)):
            current.executed = to_decimal(spent.group(1))
    return out


def _table_project(table: Table, default_unit: str) -> Project | None:
    code, name, line = project_name_of_table(table)
    if name is None:
        return None
    project = Project(project_name=name, project_code=code, source_line=line, unit=table.unit or default_unit)
    _read_budget_row(table, project)
    _read_total_score(table, project)
    return project


def _read_budget_row(table: Table, project: Project) -> None:
    for position, row in enumerate(table.rows):
        header = [compact(c) for c in row.cells]
        if not any(_BUDGET_HEADER.search(c) for c in header):
            continue
        data = next((r for r in table.rows[position + 1: position + 3] if _amount_count(r) >= 2), None)
        if data is None:
            return
        taken = set()
        for index, label in enumerate(header):
            if index >= len(data.cells):
                break
            field = _budget_field(label)
            if field is None or field in taken:
                continue  # first column wins: `得分(分值×执行率)` is not the rate
            taken.add(field)
            cell = data.cells[index]
            value = parse_percent(cell) if field == "execution_rate" else amount_cell(cell)
            setattr(project, field, value)
        return


def _budget_field(label: str) -> str | None:
    if "得分" in label or "分值" in label:
        return None
    if "年初预算" in label:
        return "budget_initial"
    if "调整后预算" in label or "全年预算" in label:
        return "budget_adjusted"
    if "执行数" in label:
        return "executed"
    if "执行率" in label:
        return "execution_rate"
    return None


def _read_total_score(table: Table, project: Project) -> None:
    """The 合计/总分 row at the foot of the indicator table: its numbers are weight, score."""
    for row in reversed(table.rows):
        cells = [compact(c) for c in row.cells]
        label = first_filled(cells)
        if label not in TOTAL_SCORE_LABELS:
            continue
        numbers = [parse_number(c) for c in cells[cells.index(label) + 1:] if parse_number(c) is not None]
        if len(numbers) >= 2:
            project.weight, project.score = numbers[0], numbers[1]
        elif len(numbers) == 1:
            project.score = numbers[0]
        return


def _amount_count(row: Row) -> int:
    return sum(1 for c in row.cells if parse_number(c.replace("%", "")) is not None)


def project_heading_lines(segments: Segments) -> dict[int, str]:
    """Lines that follow a project's own heading (`(1)依法治区项目`) and state its spending:
    {line number: project name}."""
    found = {}
    narrative = segments.narrative
    for position, (line_no, text) in enumerate(narrative):
        heading = _PROJECT_HEADING.match(compact(text))
        if not heading:
            continue
        for next_line, next_text in narrative[position + 1: position + 3]:
            if _PROJECT_SPENDING.match(compact(next_text)):
                found[next_line] = heading.group(1)
                break
    return found


def _sentence_projects(segments: Segments) -> list[Project]:
    out = []
    headings = {line: name for line, name in project_heading_lines(segments).items()}
    texts = dict(segments.narrative)
    for spending_line, name in headings.items():
        match = _PROJECT_SPENDING.match(compact(texts[spending_line]))
        heading_line = max(n for n, _ in segments.narrative if n < spending_line
                           and _PROJECT_HEADING.match(compact(texts[n])))
        out.append(Project(project_name=name, source_line=heading_line, source_kind="narrative",
                           executed=to_decimal(match.group(1)), unit=match.group(2)))
    for line_no, text in segments.narrative:
        match = _SENTENCE.search(compact(text))
        if not match:
            continue
        unit = match.group("unit")
        out.append(Project(
            project_name=match.group("name"), source_line=line_no, source_kind="narrative",
            budget_adjusted=to_decimal(match.group("budget")), executed=to_decimal(match.group("executed")),
            execution_rate=to_decimal(match.group("rate")) if match.group("rate") else None, unit=unit))
    return out
