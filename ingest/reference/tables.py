"""The standard disclosure tables and what their column headers mean, read from the seeds.

`seeds/ref_standard_table.csv` declares every table the Ministry of Finance prescribes (the nine
公开表 of 部门决算, the tables of 部门预算 / 单位预算), one row per kind of document and title
form: its number (`01`…), the fund scope its figures have, and the pattern its title matches once
the year, the publisher and the ordinal are stripped. `seeds/ref_table_column.csv` says what a
column header means: the measure (预算数, 上年执行数, 决算数 …), the spending type (基本支出 …) or
the fund scope (一般公共预算 …) of the figures under it.

Titles are matched after `title_core()`: `4．2025年部门财政拨款收支预算总表` → `部门财政拨款收支预算总表`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.normalize import compact, strip_quotes
from ingest.reference import read_seed

DOC_KINDS = ("final_accounts", "budget")
# The measure of a figure whose column or sentence names none (决算数, 预算数, a single 金额
# column): what the document itself is. Every figure of a budget is a budget, never an actual.
DEFAULT_MEASURE = {"final_accounts": "actual", "performance_evaluation": "actual", "budget": "budget_initial"}

# What a title carries besides the table's name: a list ordinal, the year, the 公开表 number,
# the publisher (江苏省委办公厅2017年…), a trailing bracket.
_ORDINAL = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*|附表\s*\d*[-—]?\d*\s*[:：]?)")
# `公开07表`, `(公开07表)`, `公开表五` (江苏 2019), `部预01表`, `单3表`, a trailing `表 2`
_NUMBER_TAG = re.compile(r"[（(]?公开\s*\d{1,2}\s*表[)）]?|公开表\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})$|"
                         r"[（(]?[部单]预?\d{1,2}[-—]?\d*表?[)）]?$|表\s*\d{1,2}$")
_YEAR = re.compile(r"\d{4}\s*年度?")
_PUBLISHER = re.compile(r"^.{0,30}?(?=(?:部门|单位)?(?:财务)?(?:收支|收入|支出|财政拨款|一般公共预算|政府性基金|国有资本|"
                        r"“?三公|项目|政府采购))")
_TRAILING_BRACKET = re.compile(r"[（(][^()（）]{0,12}[)）]$")


@dataclass(frozen=True)
class StandardTable:
    table_no: str
    doc_kind: str
    fund_scope: str
    flow: str  # revenue | expenditure | both
    name_zh: str


@dataclass(frozen=True)
class ColumnMeaning:
    measure: str | None = None
    spending_type: str | None = None
    fund_scope: str | None = None


def without_number_tag(title: str) -> str:
    """A title without the 公开表 number printed beside it (`收支预算总表公开表一` → `收支预算总表`)."""
    return _NUMBER_TAG.sub("", title).strip()


def title_core(title: str) -> str:
    """A table title without ordinal, year, 公开表 number and publisher, quotes unified."""
    text = strip_quotes(compact(title))
    text = _ORDINAL.sub("", text)
    text = _NUMBER_TAG.sub("", text)
    text = _YEAR.sub("", text)
    text = _TRAILING_BRACKET.sub("", text)
    if (publisher := _PUBLISHER.match(text)) and publisher.end() > 0:
        text = text[publisher.end():]
    return text


@lru_cache(maxsize=None)
def _tables() -> tuple[tuple[re.Pattern, StandardTable], ...]:
    rows = []
    for row in read_seed("ref_standard_table"):
        pattern = re.compile(strip_quotes(row["title_pattern"]))
        rows.append((pattern, StandardTable(table_no=row["table_no"], doc_kind=row["doc_kind"],
                                            fund_scope=row["fund_scope"], flow=row["flow"],
                                            name_zh=row["name_zh"])))
    return tuple(rows)


def identify_table(title: str, doc_kind: str | None = None) -> StandardTable | None:
    """The standard table a title names (of `doc_kind` when given), or None.

    A title that names a table of both kinds (`收入支出决算总表` is only final accounts,
    `收支总表` only budgets) is told apart by its wording: 决算 in the title means final accounts,
    预算 a budget."""
    core = title_core(title)
    if not core or core.startswith("注"):
        return None
    kinds = [doc_kind] if doc_kind else list(DOC_KINDS)
    if "决算" in core:
        kinds = [kind for kind in kinds if kind == "final_accounts"]
    elif "预算" in core or doc_kind is None:
        kinds = [kind for kind in kinds if kind == "budget"] or kinds
    for pattern, table in _tables():
        if table.doc_kind in kinds and pattern.search(core):
            return table
    return None


def standard_tables(doc_kind: str) -> list[StandardTable]:
    """Every declared table of a kind of document, once per number, in number order."""
    seen: dict[str, StandardTable] = {}
    for _, table in _tables():
        if table.doc_kind == doc_kind:
            seen.setdefault(table.table_no, table)
    return [seen[number] for number in sorted(seen)]


@lru_cache(maxsize=None)
def _columns() -> tuple[tuple[re.Pattern, str, str, int], ...]:
    rows = [(re.compile(row["header_pattern"]), row["attribute"], row["value"], int(row["priority"]))
            for row in read_seed("ref_table_column")]
    return tuple(sorted(rows, key=lambda row: row[3]))


# A header naming the row's code or name (`功能科目名称`, `科目编码`) heads no figures, even with
# the 合计 of the row below joined to it (a name cell merged over two columns).
_ROW_DESCRIPTION = re.compile(r"名称|代码|编码")


def column_meaning(label: str) -> ColumnMeaning:
    """What a column's joined header cells (`支出预算合计`, `上年执行数`) say of its figures; a
    measure left None is the document's own (DEFAULT_MEASURE)."""
    text = compact(label)
    if _ROW_DESCRIPTION.search(text):
        return ColumnMeaning()
    found: dict[str, str] = {}
    for pattern, attribute, value, _ in _columns():
        if attribute in found:
            continue
        if pattern.search(text):
            found[attribute] = value
    return ColumnMeaning(**found)


def clear_cache() -> None:
    _tables.cache_clear()
    _columns.cache_clear()
