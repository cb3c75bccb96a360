"""The facts extractors return: one dataclass per raw table (see docs/facts.md).

`document_id` and `fact_index` are added by the loader; everything else comes from the report.
"""

from __future__ import annotations

import hashlib

from dataclasses import dataclass, field
from decimal import Decimal


# The values a coded raw column may hold, per raw table (the extractors write them; the staging
# YAML's accepted_values tests state the same, held to this by tests/test_fact_families.py).
MONEY_UNITS = ("万元", "元")
SOURCE_KINDS = ("table", "narrative")
ACCEPTED_VALUES: dict[str, dict[str, tuple]] = {
    "documents": {
        "doc_kind": ("final_accounts", "budget", "performance_evaluation"),
        "budget_level": ("department", "unit"),
        "amount_unit_reported": MONEY_UNITS,
        "input_format": ("text", "pdf", "docx", "xlsx", "xls", "html"),
    },
    "budget_lines": {
        "classification": ("function", "economic"),
        "level": (1, 2, 3),
        "flow": ("expenditure", "revenue"),
        "spending_type": ("total", "basic", "project"),
        "fund_scope": ("all_funds", "general_public_budget", "government_fund", "state_capital", "fiscal_allocation"),
        "measure": ("actual", "budget_initial", "budget_adjusted", "prior_year", "prior_year_budget",
                    "prior_year_actual"),
        "unit": MONEY_UNITS,
        "source_kind": SOURCE_KINDS,
    },
    "document_metrics": {
        "measure": ("actual", "budget", "budget_initial", "prior_year"),
        "unit": ("万元", "人", "辆", "件", "人次", "批次", "%", "分"),
        "printed_pct_kind": ("share", "change", "rate"),
        "source_kind": SOURCE_KINDS,
    },
    "projects": {"unit": MONEY_UNITS},
    "performance_indicators": {"operator": (">=", "<=", "=", ">", "<", "qualitative")},
    "form_answers": {"answer": ("yes", "no")},
    "ingest_log": {"status": ("loaded", "duplicate", "quarantined", "removed")},
}


@dataclass
class BudgetLine:
    classification: str  # ACCEPTED_VALUES["budget_lines"] says what each coded field may hold
    code: str | None
    code_reason: str | None
    reported_code: str | None
    reported_name: str | None
    level: int | None
    flow: str
    spending_type: str
    fund_scope: str
    measure: str
    amount: Decimal
    unit: str
    source_kind: str
    source_line: int
    source_table: str | None = None
    printed_rate_pct: Decimal | None = None
    parent_names: str | None = None


@dataclass
class Metric:
    metric: str
    measure: str
    value_reported: Decimal
    unit_reported: str
    source_kind: str
    source_line: int
    source_table: str | None = None
    derivation: str | None = None
    # A percentage printed right after the amount: `占93.6%` (share), `下降0.44%` (change, on the
    # prior_year row, negative for a fall), `完成预算52.6%` (rate).
    printed_pct: Decimal | None = None
    printed_pct_kind: str | None = None  # share | change | rate
    printed_pct_decimals: int | None = None
    pct_base_metric: str | None = None  # the whole a share is of, when the sentence names it
    pct_base_value: Decimal | None = None  # the whole a share is of, when the sentence states it
    stated_change: Decimal | None = None  # on prior_year rows: the printed change, signed


@dataclass
class Project:
    project_name: str
    source_line: int
    project_code: str | None = None
    budget_initial: Decimal | None = None
    budget_adjusted: Decimal | None = None
    executed: Decimal | None = None
    execution_rate: Decimal | None = None
    score: Decimal | None = None
    weight: Decimal | None = None
    unit: str = "万元"
    source_kind: str = "table"


@dataclass
class Indicator:
    indicator: str
    source_line: int
    project_name: str | None = None
    level1: str | None = None
    level2: str | None = None
    operator: str | None = None
    target_value: Decimal | None = None
    target_text: str | None = None
    unit: str | None = None
    actual_value: Decimal | None = None
    actual_text: str | None = None
    weight: Decimal | None = None
    score: Decimal | None = None


@dataclass
class FormAnswer:
    question: str
    answer: str | None  # yes | no | None
    answer_text: str
    source_line: int


@dataclass
class DisclosureItem:
    item: str  # table_01_… | section_…
    is_present: bool
    source_line: int | None = None


@dataclass
class DocumentMeta:
    title: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    admin_code: str | None = None
    admin_code_reason: str | None = None
    department: str | None = None
    fiscal_year: int | None = None
    doc_kind: str | None = None  # final_accounts | budget | performance_evaluation; None when unknown
    doc_kind_reason: str | None = None  # why doc_kind is None
    budget_level: str | None = None  # budgets: department (部门预算) | unit (单位预算)
    amount_unit_reported: str = "万元"  # the unit most of its tables (else its text) print
    default_unit: str = "万元"  # the unit of a figure printed without one (a table without 单位, `为683.6，`)


@dataclass
class ParsedDocument:
    meta: DocumentMeta
    budget_lines: list[BudgetLine] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    form_answers: list[FormAnswer] = field(default_factory=list)
    disclosures: list[DisclosureItem] = field(default_factory=list)  # not facts: what the report contains

    def fact_count(self) -> int:
        return (len(self.budget_lines) + len(self.metrics) + len(self.projects)
                + len(self.indicators) + len(self.form_answers))

    def content_key(self) -> str:
        """What the report says, whatever its bytes: its metadata and every fact without the
        line it stands on. The same report in another encoding or format has the same key."""
        meta = self.meta
        facts = [(meta.department, meta.admin_code, meta.fiscal_year, meta.doc_kind, meta.budget_level)]
        for family in (self.budget_lines, self.metrics, self.projects, self.indicators, self.form_answers):
            facts += sorted(repr(sorted((name, value) for name, value in vars(fact).items()
                                        if name not in _WHERE_FIELDS)) for fact in family)
        return hashlib.sha256(repr(facts).encode("utf-8")).hexdigest()


# Where a fact stands (lines differ between a text and its PDF), not what it says.
_WHERE_FIELDS = frozenset({"source_line", "fact_index", "cell_lines", "derivation"})
