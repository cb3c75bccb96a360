"""Extraction accuracy: the share of a synthetic report's known facts that ingest wrote to `raw`.

A fact is found when `raw` holds a row of the same document with equal values in every column
the facts file lists (amounts compared as decimals, a fact stated twice must be found twice). The
document's metadata counts one fact per field. Rows ingest wrote that the report does not state
are counted as `unexpected` for budget lines (every function and economic line is known), not for
metrics and projects (the facts files list the figures of the fact model, not every derivation).

A missed fact is explained when the text it stands in matches one of KNOWN_GAPS: wordings real
reports use that the parser is known to misread (reported, not yet fixed). Anything else missed
is `unexplained` — a regression or a new gap.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from bench.make_corpus import facts_path

_QUERIES = {
    "budget_lines": """select document_id, classification, code, level, flow, spending_type, fund_scope, measure,
                              amount_wan, source_kind, source_line from raw.budget_lines""",
    "metrics": "select document_id, metric, measure, value, unit, source_kind, source_line from raw.document_metrics",
    "projects": """select document_id, project_code, project_name, budget_initial, budget_adjusted, executed,
                          execution_rate, score, source_line from raw.projects""",
}
KNOWN_GAPS: dict[str, str] = {}  # name → the wording the parser misreads (none known)
_DOCUMENT_FIELDS = ("province", "city", "county", "admin_code", "department", "fiscal_year", "doc_kind",
                    "amount_unit_reported")


@dataclass
class Accuracy:
    known: Counter = field(default_factory=Counter)  # by family
    found: Counter = field(default_factory=Counter)
    unexpected: Counter = field(default_factory=Counter)
    documents: int = 0
    missing_documents: int = 0
    misses: list = field(default_factory=list)  # (file, family, fact, gap) examples
    gaps: Counter = field(default_factory=Counter)  # missed facts by known gap (None: unexplained)

    @property
    def share(self) -> float:
        total = sum(self.known.values())
        return sum(self.found.values()) / total if total else 1.0

    @property
    def unexplained(self) -> int:
        return self.gaps[None]

    def as_dict(self) -> dict:
        return {"documents": self.documents, "documents_not_loaded": self.missing_documents,
                "known_facts": sum(self.known.values()), "found_facts": sum(self.found.values()),
                "accuracy": self.share, "unexpected_budget_lines": self.unexpected["budget_lines"],
                "missed_by_known_gap": {gap: count for gap, count in self.gaps.items() if gap},
                "missed_unexplained": self.unexplained,
                "accuracy_without_known_gaps": (sum(self.found.values()) + sum(
                    c for g, c in self.gaps.items() if g)) / max(1, sum(self.known.values())),
                "by_family": {family: {"known": self.known[family], "found": self.found[family],
                                       "share": self.found[family] / self.known[family] if self.known[family] else 1.0}
                              for family in sorted(self.known)}}


def measure(connection, report_paths: list[Path], batch: int = 500, keep_misses: int = 200) -> Accuracy:
    """Accuracy over the given synthetic reports, in batches of documents (memory stays flat)."""
    result = Accuracy()
    for start in range(0, len(report_paths), batch):
        _measure_batch(connection, report_paths[start:start + batch], result, keep_misses)
    return result


def _measure_batch(connection, paths: list[Path], result: Accuracy, keep_misses: int) -> None:
    ids = {_document_id(path): path for path in paths}
    connection.execute("create or replace temp table accuracy_ids (document_id varchar)")
    connection.executemany("insert into accuracy_ids values (?)", [[i] for i in ids])
    documents = {row[0]: row[1:] for row in connection.execute(
        f"select document_id, {', '.join(_DOCUMENT_FIELDS)} from raw.documents "
        "where document_id in (select document_id from accuracy_ids)").fetchall()}
    rows = {family: _rows_by_document(connection, sql) for family, sql in _QUERIES.items()}
    for document_id, path in ids.items():
        facts = json.loads(facts_path(path).read_text(encoding="utf-8"))
        lines = path.read_text(encoding="utf-8").split("\n")
        result.documents += 1
        if document_id not in documents:
            result.missing_documents += 1
        _compare_document(result, path.name, facts["document"], documents.get(document_id), keep_misses)
        for family in _QUERIES:
            expected = Counter(_key(fact) for fact in facts[family])
            actual = rows[family].get(document_id, Counter())
            _compare_family(result, path.name, family, expected, actual, keep_misses, lines)


def _rows_by_document(connection, sql: str) -> dict[str, Counter]:
    out: dict[str, Counter] = {}
    for row in connection.execute(
            f"select * from ({sql}) where document_id in (select document_id from accuracy_ids)").fetchall():
        out.setdefault(row[0], Counter())[_key(row[1:])] += 1
    return out


def _compare_document(result: Accuracy, name: str, expected: dict, actual, keep_misses: int) -> None:
    actual_fields = dict(zip(_DOCUMENT_FIELDS, actual)) if actual else {}
    for key in _DOCUMENT_FIELDS:
        result.known["document"] += 1
        if _value(actual_fields.get(key)) == _value(expected.get(key)) and actual is not None:
            result.found["document"] += 1
        else:
            result.gaps[None] += 1
            if len(result.misses) < keep_misses:
                result.misses.append((name, "document", (key, expected.get(key), actual_fields.get(key)), None))


def _compare_family(result: Accuracy, name: str, family: str, expected: Counter, actual: Counter,
                    keep_misses: int, lines: list[str]) -> None:
    result.known[family] += sum(expected.values())
    found = expected & actual
    result.found[family] += sum(found.values())
    if family == "budget_lines":
        result.unexpected[family] += sum((actual - expected).values())
    for fact, count in (expected - actual).items():
        gap = known_gap(family, fact, lines)
        result.gaps[gap] += count
        if len(result.misses) < keep_misses:
            result.misses.append((name, family, fact, gap))


def known_gap(family: str, fact: tuple, lines: list[str]) -> str | None:
    """The known parser gap that explains a missed fact, from the text of the line it stands on.

    Every gap reported so far is fixed, so none is excused; add a (name, test) pair here and to
    KNOWN_GAPS when a new wording real reports use is found and not yet read."""
    return None


def _key(values) -> tuple:
    return tuple(_value(v) for v in values)


def _value(value):
    """Comparable form: numbers as decimals to 4 places, '' as None, text as is."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return Decimal(str(value)).quantize(Decimal("0.0001"))
    if isinstance(value, str):
        try:
            return Decimal(value).quantize(Decimal("0.0001"))
        except ArithmeticError:
            return value
    return value


def _document_id(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
