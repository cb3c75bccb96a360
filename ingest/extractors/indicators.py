"""Performance indicators (绩效指标): 一级/二级/三级指标, operator, target, actual, weight, score.

Tables differ in layout (tab rows or one cell per line, merged cells shifting columns), so a row is
read in two steps: the level names and the indicator wording by content (`产出指标`, `数量指标`,
then the first other cell), the remaining cells by the header's columns after 三级指标, lining up
from the left after dropping the empty cells a merged indicator cell leaves behind.
"""

from __future__ import annotations

import re

from ingest.extractors.projects import TOTAL_SCORE_LABELS, project_name_of_table
from ingest.facts import Indicator
from ingest.normalize import compact
from ingest.numbers import NUMBER, parse_number, to_decimal
from ingest.segmenters import Row, Segments, Table

LEVEL1 = {"产出指标", "效益指标", "满意度指标", "成本指标"}
LEVEL2 = {"数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标",
          "社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标",
          "满意度指标"}
_SCORE_NOTE = re.compile(r"\(\s*\d+(?:\.\d+)?\s*分\s*\)")
_OPERATORS = {"≥": ">=", ">=": ">=", "≤": "<=", "<=": "<=", "=": "=", "＝": "=", "定性": "qualitative",
              ">": ">", "<": "<"}
_OPERATOR_IN_NAME = re.compile(r"\(\s*(≥|≤|>=|<=|=)\s*[,，]?\s*([^()]*?)\s*\)\s*$")
_TARGET_NUMBER = re.compile(rf"^(?:不少于|不低于|大于等于|≥|>=|≤|<=|不高于|不超过|低于|少于)?\s*({NUMBER})\s*(.*?)\s*(?:以上|以内|以下)?[。.]?$")
_AT_LEAST = re.compile(r"不少于|不低于|大于等于|以上|≥|>=")
_AT_MOST = re.compile(r"不高于|不超过|低于|少于|以内|以下|≤|<=")

_HEADER_KEYS = {
    "operator": ("指标性质",),
    "target": ("年度指标值", "年初目标值", "指标值", "目标值", "预期指标值"),
    "unit": ("度量单位", "计量单位"),
    "actual": ("实际完成值", "完成值", "实际值", "全年实际值"),
    "weight": ("分值", "权重", "指标分值"),
    "score": ("得分", "自评得分"),
}


def extract_indicators(segments: Segments) -> list[Indicator]:
    out = []
    for table in segments.tables:
        out.extend(_table_indicators(table))
    return out


def _table_indicators(table: Table) -> list[Indicator]:
    _, project, _ = project_name_of_table(table)
    out = []
    header = None
    level1 = level2 = None
    for position, row in enumerate(table.rows):
        cells = [compact(c) for c in row.cells]
        if _is_header(cells):
            header = _header_columns(cells, table.rows[position + 1] if position + 1 < len(table.rows) else None)
            level1 = level2 = None
            continue
        if header is None or not any(cells) or cells[0] in TOTAL_SCORE_LABELS:
            continue
        parsed = _read_row(row, cells, header)
        if parsed is None:
            continue
        row_level1, row_level2, indicator, values, indicator_line = parsed
        level1 = row_level1 or level1
        if row_level1 and not row_level2:
            level2 = None
        level2 = row_level2 or level2
        out.append(_indicator(project, level1, level2, indicator, values, indicator_line))
    return out


def _is_header(cells: list[str]) -> bool:
    joined = "".join(cells)
    return "三级指标" in joined and any(k in joined for k in ("指标值", "目标值", "分值", "权重"))


def _header_columns(cells: list[str], next_row: Row | None) -> list[str]:
    """Labels of the columns after 三级指标. When the header row names only 绩效指标 over the three
    level columns (and the next row spells 一级/二级/三级指标), the two rows are merged."""
    if "三级指标" in cells:
        after = cells[cells.index("三级指标") + 1:]
    else:
        after = [c for c in cells if c not in ("一级指标", "二级指标", "三级指标") and "绩效指标" not in c]
    while after and not after[-1]:
        after.pop()
    return after


def _is_level_name(cell: str) -> bool:
    name = _SCORE_NOTE.sub("", cell)
    return name in LEVEL1 or name in LEVEL2


def _read_row(row: Row, cells: list[str], header: list[str]):
    level1 = level2 = None
    indicator = None
    indicator_index = None
    for index, cell in enumerate(cells):
        name = _SCORE_NOTE.sub("", cell)
        if not name:
            continue
        if name in LEVEL1 and level1 is None and level2 is None and name not in LEVEL2 - LEVEL1:
            level1 = name
            continue
        if name in LEVEL2 and level2 is None:
            level2 = name
            continue
        split = _split_level_prefix(name)
        if split:
            level2, name = split
        if _looks_like_label_only(name):
            continue
        indicator, indicator_index = name, index
        break
    if indicator is None:
        return None
    values = cells[indicator_index + 1:]
    while values and not values[-1]:
        values.pop()
    while len(values) > len(header) and values and not values[0]:
        values.pop(0)
    mapped = {}
    for label, value in zip(header, values):
        for key, names in _HEADER_KEYS.items():
            if key not in mapped and any(n in label for n in names):
                mapped[key] = value
                break
    if not any(mapped.values()):
        return None
    line = row.cell_lines[indicator_index] if len(row.cell_lines) > indicator_index else row.line
    return level1, level2, indicator, mapped, line


def _split_level_prefix(name: str) -> tuple[str, str] | None:
    """`质量指标行政诉讼案件胜诉率` (two cells merged by extraction) → ('质量指标', '行政诉讼案件胜诉率')."""
    for level in sorted(LEVEL2, key=len, reverse=True):
        if name.startswith(level) and len(name) > len(level) + 1:
            return level, name[len(level):]
    return None


def _looks_like_label_only(name: str) -> bool:
    return name in ("年度绩效目标完成情况", "绩效指标") or bool(re.fullmatch(r"\(?\d+分\)?", name))


def _indicator(project, level1, level2, text, values, line) -> Indicator:
    target_text = values.get("target") or None
    actual_text = values.get("actual") or None
    operator = _OPERATORS.get(values.get("operator", "").strip()) if values.get("operator") else None
    unit = values.get("unit") or None
    in_name = _OPERATOR_IN_NAME.search(text)
    if operator is None and in_name:
        operator = _OPERATORS.get(in_name.group(1))
        unit = unit or (in_name.group(2) or None)
    target_value, target_unit = _number_and_unit(target_text)
    if operator is None and target_text:
        if _AT_LEAST.search(target_text):
            operator = ">="
        elif _AT_MOST.search(target_text):
            operator = "<="
    actual_value, _ = _number_and_unit(actual_text)
    return Indicator(
        indicator=text, source_line=line, project_name=project, level1=level1, level2=level2,
        operator=operator, target_value=target_value, target_text=target_text,
        unit=unit or target_unit, actual_value=actual_value, actual_text=actual_text,
        weight=parse_number(values.get("weight") or ""), score=parse_number(values.get("score") or ""))


def _number_and_unit(text: str | None):
    if not text:
        return None, None
    match = _TARGET_NUMBER.match(text)
    if not match:
        return None, None
    unit = match.group(2) or None
    if unit and len(unit) > 8:
        return None, None
    return to_decimal(match.group(1)), unit
