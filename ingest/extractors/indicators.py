"""Performance indicators (绩效指标): 一级/二级/三级指标, operator, target, actual, weight, score.

Tables differ in layout (tab rows or one cell per line, merged cells shifting columns), so a row is
read in two steps: the level names and the indicator wording by content (`产出指标`, `数量指标`,
then the first other cell), the remaining cells by the header's columns after 三级指标, lining up
from the left after dropping the empty cells a merged indicator cell leaves behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extractors.projects import TOTAL_SCORE_LABELS, first_filled, project_name_of_table
from ingest.facts import Indicator
from ingest.normalize import compact
from ingest.numbers import NUMBER, parse_number, to_decimal
from ingest.segmenters import Row, Segments, Table

LEVEL1 = {"产出指标", "效益指标", "满意度指标", "成本指标"}
LEVEL2 = {"数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标",
          "社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标",
          "满意度指标"}
LEVEL1_ONLY = {"产出指标", "效益指标", "满意度指标"}
_SCORE_NOTE = re.compile(r"\(\s*\d+(?:\.\d+)?\s*分\s*\)")
_OPERATORS = {"≥": ">=", ">=": ">=", "≤": "<=", "<=": "<=", "=": "=", "＝": "=", "定性": "qualitative",
              ">": ">", "<": "<"}
_OPERATOR_IN_NAME = re.compile(r"\(\s*(≥|≤|>=|<=|=)?\s*[,，]?\s*([^()0-9]{1,6}?)?\s*\)\s*$")
_TARGET_NUMBER = re.compile(rf"^(?:均为|均达到|达到|为)?(?:不少于|不低于|大于等于|≥|>=|≤|<=|不高于|不超过|低于|少于)?\s*({NUMBER})\s*(.*?)\s*(?:以上|以内|以下)?[。.]?$")
_RANGE = re.compile(rf"^{NUMBER}\s*[-~－—至]\s*{NUMBER}\s*([^0-9]*)$")
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


@dataclass
class _Header:
    width: int
    level_columns: tuple[int, int, int] | None  # columns of 一级/二级/三级指标
    values: list[str]  # labels of the columns after 三级指标


def _table_indicators(table: Table) -> list[Indicator]:
    _, project, _ = project_name_of_table(table)
    out = []
    header = None
    level1 = level2 = None
    for position, row in enumerate(table.rows):
        cells = [compact(c) for c in row.cells]
        found = _header(cells, table.rows[position - 1] if position else None)
        if found:
            header, level1, level2 = found, None, None
            continue
        if first_filled(cells) in TOTAL_SCORE_LABELS:
            header = None  # the total row closes the indicator table
            continue
        if header is None or not any(cells):
            continue
        parsed = _read_positional(row, cells, header) or _read_by_content(row, cells, header)
        if parsed is None:
            continue
        row_level1, row_level2, indicator, values, indicator_line = parsed
        if row_level1:
            level1, level2 = row_level1, None
        level2 = row_level2 or level2
        out.append(_indicator(project, level1, level2, indicator, values, indicator_line))
    return out


def _header(cells: list[str], previous: Row | None) -> _Header | None:
    """A header row names 三级指标 and the value columns; when it names only the three levels,
    the value labels stand in the row above, after a 绩效指标 cell merged over the levels."""
    if "三级指标" not in cells:
        return None
    third = cells.index("三级指标")
    levels = None
    if third >= 2 and cells[third - 2] == "一级指标" and cells[third - 1] == "二级指标":
        levels = (third - 2, third - 1, third)
    values = cells[third + 1:]
    if not any(values) and previous is not None:
        above = [compact(c) for c in previous.cells]
        if above and "指标" in above[0]:
            values = above[1:]
            values += [""] * max(0, len(cells) - third - 1 - len(values))
    if not any(_value_key(label) for label in values):
        return None
    return _Header(width=third + 1 + len(values), level_columns=levels, values=values)


def _value_key(label: str) -> str | None:
    for key, names in _HEADER_KEYS.items():
        if any(n in label for n in names):
            return key
    return None


def _map_values(labels: list[str], values: list[str]) -> dict[str, str]:
    mapped: dict[str, str] = {}
    for label, value in zip(labels, values):
        key = _value_key(label)
        if key and key not in mapped:
            mapped[key] = value
    return mapped


def _read_positional(row: Row, cells: list[str], header: _Header):
    """Rows with exactly the header's columns, nothing under an unlabelled column."""
    if header.level_columns is None:
        return None
    trimmed = list(cells)
    while len(trimmed) > header.width and not trimmed[-1]:
        trimmed.pop()
    if len(trimmed) != header.width:
        return None
    first, second, third = header.level_columns
    values = trimmed[third + 1:]
    if any(value and not label for label, value in zip(header.values, values)):
        return None
    indicator = trimmed[third]
    if not indicator or _is_level_name(indicator):
        return None
    first_cell, second_cell = _SCORE_NOTE.sub("", trimmed[first]), _SCORE_NOTE.sub("", trimmed[second])
    if first_cell in LEVEL2 - LEVEL1:
        return None  # a level-2 name in the level-1 column: merged cells shifted this row
    if first_cell in LEVEL1 and second_cell and second_cell not in LEVEL2:
        return None  # a standard level 1 followed by wording: the row is shifted one column left
    level1 = _SCORE_NOTE.sub("", trimmed[first]) or None
    level2 = _SCORE_NOTE.sub("", trimmed[second]) or None
    line = row.cell_lines[third] if len(row.cell_lines) > third else row.line
    return level1, level2, indicator, _map_values(header.values, values), line


def _is_level_name(cell: str) -> bool:
    name = _SCORE_NOTE.sub("", cell)
    return name in LEVEL1 or name in LEVEL2


def _read_by_content(row: Row, cells: list[str], header: _Header):
    """Rows whose merged cells shift the columns: levels and indicator recognised by content,
    the values lined up from the left with the header's labels after 三级指标."""
    labels_before: list[str] = []
    indicator = None
    indicator_index = None
    for index, cell in enumerate(cells):
        name = _SCORE_NOTE.sub("", cell)
        if not name:
            continue
        if name in LEVEL1 or name in LEVEL2:
            labels_before.append(name)
            continue
        merged = _merged_level1(name)
        if merged:  # `指标产出指标`: a header cell's text run into the level cell below it
            labels_before.append(merged)
            continue
        split = _split_level_prefix(name)
        if split:
            labels_before.append(split[0])
            name = split[1]
        if _looks_like_label_only(name):
            continue
        indicator, indicator_index = name, index
        break
    if indicator is None:
        return None
    level1, level2 = _levels_from_labels(labels_before)
    labels = list(header.values)
    while labels and not labels[-1]:
        labels.pop()
    values = cells[indicator_index + 1:]
    while values and not values[-1]:
        values.pop()
    while len(values) > len(labels) and values and not values[0]:
        values.pop(0)
    mapped = _map_values(labels, values)
    if not any(mapped.get(key) for key in ("target", "actual", "weight", "score")):
        return None
    if mapped.get("operator") and mapped["operator"] not in _OPERATORS:
        return None
    line = row.cell_lines[indicator_index] if len(row.cell_lines) > indicator_index else row.line
    return level1, level2, indicator, mapped, line


def _merged_level1(name: str) -> str | None:
    for level in LEVEL1_ONLY:
        if name.endswith(level) and len(name) <= len(level) + 4:
            return level
    return None


def _levels_from_labels(labels: list[str]) -> tuple[str | None, str | None]:
    """Level names found before the indicator, in order. A name only level 1 can be (产出/效益/
    满意度指标) is level 1; the last of the others is level 2 (成本指标 is either: level 2 unless
    it stands alone before another level-2 name)."""
    level1 = next((name for name in labels if name in LEVEL1_ONLY), None)
    rest = [name for name in labels if name != level1]
    level2 = rest[-1] if rest else None
    return level1, level2


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
    if in_name:
        # `合同审查 (≥, 件)`: the bracket carries the operator and unit, not the wording
        text = text[:in_name.start()].strip()
        operator = operator or _OPERATORS.get(in_name.group(1) or "")
        unit = unit or (in_name.group(2) or None)
    target_value, target_unit = _number_and_unit(target_text)
    compound = bool(target_text and re.search(r"[,，;；]", target_text))  # two conditions in one target
    if operator is None and target_text and not compound:
        if _AT_LEAST.search(target_text):
            operator = ">="
        elif _AT_MOST.search(target_text):
            operator = "<="
    actual_value, actual_unit = _number_and_unit(actual_text)
    return Indicator(
        indicator=text, source_line=line, project_name=project, level1=level1, level2=level2,
        operator=operator, target_value=target_value, target_text=target_text,
        unit=unit or target_unit or actual_unit, actual_value=actual_value, actual_text=actual_text,
        weight=parse_number(values.get("weight") or ""), score=parse_number(values.get("score") or ""))


def _number_and_unit(text: str | None):
    """(value, unit) of a target or actual like `不少于 1 次`, `200元/天/人`, `100.00%`; a range
    (`800-1500元`) gives only its unit; dates and prose give nothing."""
    if not text:
        return None, None
    compacted = compact(text)
    range_match = _RANGE.match(compacted)
    if range_match:
        return None, range_match.group(1) or None
    match = _TARGET_NUMBER.match(compacted)
    if not match:
        return None, None
    unit = match.group(2) or None
    if unit and (len(unit) > 8 or re.search(r"[0-9年月日]", unit)):
        return None, None
    return to_decimal(match.group(1)), unit
