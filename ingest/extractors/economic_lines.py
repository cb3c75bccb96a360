"""Economic classification lines (部门预算支出经济分类): what kind of spending.

- the basic-expenditure table (06): rows of (code, name, amount) triplets side by side; codes
  may be cut to 4 digits by text extraction (`3010 基本工资`) and are resolved by prefix + name;
- sentences listing classes: `工资福利支出 1,725.96 万元，商品和服务支出 2,324.91 万元`;
- sentences item by item, marked by level: `1、工资福利支出（类）2,097.51万元` then
  `（1）基本工资（款）支出737.94万元` (a 款 under the 类 above it, both resolved by name).
"""

from __future__ import annotations

import re

from ingest.extractors.common import amount_cell, fund_scope_at, heading_of_section
from ingest.facts import BudgetLine
from ingest.normalize import compact
from ingest.numbers import NUMBER, to_decimal
from ingest.reference import economic as reference
from ingest.segmenters import Segments, Table

_ECONOMIC_CODE = re.compile(r"^[35]\d{2,4}$")
_CLASS_NAMES = ("工资福利支出", "商品和服务支出", "对个人和家庭的补助", "对个人和家庭补助", "资本性支出",
                "债务利息及费用支出", "对企业补助")
_CLASS_IN_SENTENCE = re.compile(
    rf"(工资福利支出|商品和服务支出|对个人和家庭(?:的)?补助(?:支出)?|资本性支出|债务利息及费用支出|对企业补助(?:支出)?)"
    rf"\s*(?:为|支出)?\s*({NUMBER})\s*(万元|元)")


def extract_economic_lines(segments: Segments, year: int | None, default_unit: str) -> list[BudgetLine]:
    out: list[BudgetLine] = []
    for table in segments.tables:
        if table.layout != "cell_per_line":
            out.extend(_table_lines(table, year, default_unit))
    out.extend(_sentence_lines(segments, year, default_unit))
    out.extend(_marked_item_lines(segments, year))
    return out


def _table_lines(table: Table, year, default_unit) -> list[BudgetLine]:
    out = []
    basic_table = table.table_no == "06"
    scope = (table.standard.fund_scope if table.standard is not None else "general_public_budget") if basic_table else None
    for row in table.rows:
        cells = row.cells
        for index in range(len(cells) - 2):
            code, name, amount_text = cells[index].strip(), compact(cells[index + 1]), cells[index + 2]
            if not _ECONOMIC_CODE.match(code) or not name or is_number(name):
                continue
            amount = amount_cell(amount_text)
            if amount is None:
                continue
            if scope is None and not _looks_economic_table(table):
                return []
            resolution = reference.resolve_truncated(code, name, year)
            resolved = resolution.code
            out.append(BudgetLine(
                classification="economic", code=resolved, code_reason=resolution.reason,
                reported_code=code, reported_name=name, level=1 if len(resolved or code) == 3 else 2,
                flow="expenditure", spending_type="basic" if basic_table else "total",
                fund_scope=scope or "all_funds", measure="actual", amount=amount,
                unit=table.unit or default_unit, source_kind="table",
                source_table=table.table_no or table.title, source_line=row.line))
    return out


def _looks_economic_table(table: Table) -> bool:
    head = "".join(compact(c) for row in table.rows[:3] for c in row.cells) + (table.title or "")
    return "经济分类" in head or "人员经费" in head or "公用经费" in head


def is_number(text: str) -> bool:
    return bool(re.fullmatch(NUMBER, text.replace(" ", "")))


_MARKED_ITEM = re.compile(
    rf"^\s*(?:\d+\s*[、.．]|\(\d+\)|\([一二三四五六七八九十]+\))?\s*"
    rf"((?:[^()\d:;,。，；、]|\((?!类\)|款\))[^()\d]{{1,3}}\))+?)\s*\((类|款)\)"  # `维修(护)费(款)`
    rf"\s*(?:支出)?\s*(?:为|是)?\s*({NUMBER})\s*(万元|元)")
_TOP_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、")


def _marked_item_lines(segments: Segments, year) -> list[BudgetLine]:
    """`1、工资福利支出(类)2,097.51万元`, `(1)基本工资(款)支出737.94万元`: economic lines stated one per
    sentence with their level. A 类 is one only when its name is an economic class; a 款 is read
    under the 类 stated above it in the same section (function classes use the same markers:
    `一般公共服务(类)` is no economic class, and nothing under it is read here)."""
    if not year:
        return []
    out: list[BudgetLine] = []
    current_class = None
    for line_no, text in segments.narrative:
        if _TOP_HEADING.match(text):
            current_class = None
        match = _MARKED_ITEM.match(text)
        if match is None:
            continue
        name, marker = compact(match.group(1)), match.group(2)
        if marker == "类":
            resolution = reference.resolve_economic_name(name, year)
            current_class = resolution.code if resolution.code and len(resolution.code) == 3 else None
            if current_class is None:
                continue
        elif current_class is None:
            continue
        else:
            resolution = reference.resolve_economic_name(name, year, parent=current_class)
        basic = "基本支出" in (heading_of_section(segments, line_no) or "")
        out.append(BudgetLine(
            classification="economic", code=resolution.code, code_reason=resolution.reason, reported_code=None,
            reported_name=name, level=1 if marker == "类" else 2, flow="expenditure",
            spending_type="basic" if basic else "total", fund_scope=fund_scope_at(segments, line_no),
            measure="actual", amount=to_decimal(match.group(3)), unit=match.group(4),
            source_kind="narrative", source_line=line_no))
    return out


def _sentence_lines(segments: Segments, year, default_unit) -> list[BudgetLine]:
    out = []
    for line_no, text in segments.narrative:
        matches = list(_CLASS_IN_SENTENCE.finditer(compact(text)))
        if len(matches) < 2:
            continue  # one class name alone is not a breakdown (and 其他支出 is too ambiguous)
        scope = fund_scope_at(segments, line_no, default="all_funds")
        for match in matches:
            name = match.group(1)
            resolution = reference.resolve_economic_name(name, year) if year else None
            code = resolution.code if resolution else None
            out.append(BudgetLine(
                classification="economic", code=code,
                code_reason=resolution.reason if resolution else "fiscal year unknown",
                reported_code=None, reported_name=name, level=1, flow="expenditure", spending_type="total",
                fund_scope=scope, measure="actual", amount=to_decimal(match.group(2)), unit=match.group(3),
                source_kind="narrative", source_line=line_no))
    return out
