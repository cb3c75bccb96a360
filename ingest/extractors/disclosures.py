"""Which parts of a complete disclosure a report contains: the nine standard tables (公开表 01–09)
and the sections every final-accounts report must carry (三公经费, 机关运行经费, 政府采购, 国有资产,
绩效). One row per item and document, present or not, with the line that shows it.

A table counts when the report prints it, even empty (`本表无数据`): a grid with its title, not a
line of a table of contents. A section counts when a heading names it and text follows the
heading (entries of a table of contents follow one another with no text between).
"""

from __future__ import annotations

import re

from ingest.facts import DisclosureItem
from ingest.normalize import compact
from ingest.segmenters import Segments, Table

STANDARD_TABLE_ITEMS: list[tuple[str, str]] = [
    ("01", "table_01_income_expenditure_summary"),
    ("02", "table_02_income"),
    ("03", "table_03_expenditure"),
    ("04", "table_04_fiscal_income_expenditure_summary"),
    ("05", "table_05_general_budget_expenditure"),
    ("06", "table_06_general_budget_basic_expenditure"),
    ("07", "table_07_three_public_costs"),
    ("08", "table_08_government_fund"),
    ("09", "table_09_state_capital"),
]

# (item, what a heading about it says). Headings are short lines, numbered or not.
SECTION_ITEMS: list[tuple[str, re.Pattern]] = [
    ("section_three_public_costs", re.compile(r"三公.{0,2}经费")),
    ("section_admin_operating_cost", re.compile(r"机关运行经费")),
    ("section_procurement", re.compile(r"政府采购")),
    ("section_state_assets", re.compile(r"国有资产|资产占(?:有|用)")),
    ("section_performance", re.compile(r"绩效")),
]
_MAX_HEADING_CHARS = 40
_MAX_NUMBERED_HEADING_WITH_STOP = 20  # `（四）预算绩效管理情况。`, not a numbered duty `(6)负责…工作。`
_SENTENCE_END = re.compile(r"[。；;]$")
_NUMBERED = re.compile(r"^[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]")
_TOC_LINE = re.compile(r"(\.{3,}|…{2,}|-{3,})\s*\d*$|\s\d{1,3}$")
_MIN_TABLE_ROWS = 2
_BODY_WITHIN = 2  # narrative lines after a heading in which its text must start


def extract_disclosures(segments: Segments) -> list[DisclosureItem]:
    """One DisclosureItem per standard table and required section, present or not."""
    return _standard_tables(segments.tables) + _sections(segments)


def _standard_tables(tables: list[Table]) -> list[DisclosureItem]:
    found: dict[str, int] = {}
    for table in tables:
        if table.table_no and table.table_no not in found and len(table.rows) >= _MIN_TABLE_ROWS:
            found[table.table_no] = table.start_line
    return [DisclosureItem(item=item, is_present=number in found, source_line=found.get(number))
            for number, item in STANDARD_TABLE_ITEMS]


def _sections(segments: Segments) -> list[DisclosureItem]:
    found: dict[str, int] = {}
    narrative = segments.narrative
    is_heading = [_looks_like_heading(text) for _, text in narrative]
    for position, (line_no, text) in enumerate(narrative):
        if not is_heading[position] or all(is_heading[position + 1:position + 1 + _BODY_WITHIN]):
            continue
        heading = compact(text)
        for item, pattern in SECTION_ITEMS:
            if item not in found and pattern.search(heading):
                found[item] = line_no
    return [DisclosureItem(item=item, is_present=item in found, source_line=found.get(item))
            for item, _ in SECTION_ITEMS]


def _looks_like_heading(text: str) -> bool:
    """Short, not a sentence (a numbered heading may still end in 。), not a table-of-contents entry."""
    short = compact(text)
    if _NUMBERED.match(short) and len(short) <= _MAX_NUMBERED_HEADING_WITH_STOP:
        short = short.rstrip("。")
    return (0 < len(short) <= _MAX_HEADING_CHARS and not _SENTENCE_END.search(short)
            and not _TOC_LINE.search(text.strip()))
