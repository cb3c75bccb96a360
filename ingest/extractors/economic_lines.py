"""Economic classification lines (部门预算支出经济分类): what kind of spending.

- the basic-expenditure table (06): rows of (code, name, amount) triplets side by side; codes
  may be cut to 4 digits by text extraction (`3010 基本工资`) and are resolved by prefix + name;
- sentences listing classes: `工资福利支出 1,725.96 万元，商品和服务支出 2,324.91 万元`.
"""

from __future__ import annotations

import re

from ingest.extractors.common import amount_cell, fund_scope_at
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
