"""Compare what the warehouse holds of a real document with the facts read from its pages.

The expected facts are in tests/expected/real_*.py (format: tests/expected/REAL_DOCUMENTS.md).
A fact is *found* when a row of the same kind holds its value. A row is *wrong* when it is of the
kind of an expected fact but holds none of the values expected of that kind (a document that
states one figure twice with two values has two expected facts, and both values are right). Run as a script for the
per-document figures of the closing note:

    .venv/bin/python -m tests.real_facts            # ingests ../shared/realdocs into a temp file
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ingest.normalize import compact, normalise_line

PROJECT_DIR = Path(__file__).resolve().parents[1]
REALDOCS_DIR = PROJECT_DIR.parent / "shared" / "realdocs"
EXPECTED_DIR = Path(__file__).parent / "expected"
YUAN_PER_WAN = Decimal(10000)
# A figure printed in 元 in one table and in 万元 (two decimals) in a sentence is the same figure.
TOLERANCE_WAN = Decimal("0.005")
MONEY_UNITS = ("元", "万元")


def expected_modules() -> list[str]:
    return sorted(p.stem for p in EXPECTED_DIR.glob("real_*.py"))


def load(name: str):
    return importlib.import_module(f"tests.expected.{name}")


def to_wan(value: str, unit: str) -> Decimal:
    amount = Decimal(value)
    return amount / YUAN_PER_WAN if unit == "元" else amount


def _name(text: str | None) -> str | None:
    return None if text is None else compact(normalise_line(text))


def _close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= TOLERANCE_WAN


@dataclass
class Score:
    document: str
    expected: int = 0
    found: int = 0
    missing: list = field(default_factory=list)
    wrong: list = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def budget_line_key(classification, code, name, flow, spending_type, fund_scope, measure, source):
    """Lines with a printed code are told apart by the code, lines without one by their name."""
    identity = ("code", code) if code else ("name", _name(name), source)
    return (classification, identity, flow, spending_type, fund_scope, measure)


def score_document(connection, module) -> Score:
    """Found / missing / wrong facts of one document in a raw warehouse."""
    row = connection.execute("select document_id from raw.documents where source_file = ?",
                             [module.SOURCE_FILE]).fetchone()
    score = Score(document=module.SOURCE_FILE)
    if row is None:
        score.expected = len(module.BUDGET_LINES) + len(module.METRICS)
        score.missing = ["document not loaded"]
        return score
    document_id = row[0]
    actual_lines = defaultdict(list)
    for (classification, code, name, flow, spending_type, fund_scope, measure, amount_wan,
         source) in connection.execute("""
            select classification, reported_code, reported_name, flow, spending_type, fund_scope, measure,
                   amount_wan, source_kind from raw.budget_lines where document_id = ?""", [document_id]).fetchall():
        key = budget_line_key(classification, code, name, flow, spending_type, fund_scope, measure, source)
        actual_lines[key].append(amount_wan)
    expected_lines = defaultdict(list)
    for page, classification, code, name, flow, spending_type, fund_scope, measure, amount, unit, source \
            in module.BUDGET_LINES:
        key = budget_line_key(classification, code, name, flow, spending_type, fund_scope, measure, source)
        expected_lines[key].append((page, to_wan(amount, unit)))
    _compare(score, expected_lines, actual_lines)

    actual_metrics = defaultdict(list)
    for metric, measure, value, source in connection.execute("""
            select metric, measure, value, source_kind from raw.document_metrics where document_id = ?""",
                                                             [document_id]).fetchall():
        actual_metrics[(metric, measure, source)].append(value)
    expected_metrics = defaultdict(list)
    for page, metric, measure, value, unit, source in module.METRICS:
        expected_metrics[(metric, measure, source)].append(
            (page, to_wan(value, unit) if unit in MONEY_UNITS else Decimal(value)))
    _compare(score, expected_metrics, actual_metrics)
    return score


def _compare(score: Score, expected: dict, actual: dict) -> None:
    for key, facts in expected.items():
        held = actual.get(key, [])
        for page, value in facts:
            score.expected += 1
            if any(_close(value, other) for other in held):
                score.found += 1
                continue
            score.missing.append((page, key, str(value)))
        others = [v for v in held if not any(_close(v, e) for _, e in facts)]
        if others:
            score.wrong.append((facts[0][0], key, [str(e) for _, e in facts], [str(v) for v in others]))


def document_metadata(connection, source_file: str, columns: list[str]) -> dict | None:
    row = connection.execute(f"select {', '.join(columns)} from raw.documents where source_file = ?",
                             [source_file]).fetchone()
    return None if row is None else dict(zip(columns, row))


def ingest_real_documents(db_path: Path, names: list[str] | None = None):
    from ingest.run import ingest_files

    files = [REALDOCS_DIR / load(name).SOURCE_FILE for name in (names or expected_modules())]
    return ingest_files(files, db_path)


def main() -> int:
    import duckdb

    if not REALDOCS_DIR.is_dir():
        print(f"{REALDOCS_DIR} not found: nothing to score")
        return 2
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "real.duckdb"
        ingest_real_documents(path)
        connection = duckdb.connect(str(path), read_only=True)
        print(f"{'document':60} {'expected':>8} {'found':>6} {'wrong':>6} {'share':>7}")
        for name in expected_modules():
            score = score_document(connection, load(name))
            print(f"{score.document:60} {score.expected:8} {score.found:6} {len(score.wrong):6} {score.share:7.1%}")
            if "-v" in sys.argv:
                for item in score.missing:
                    print("   missing", item)
                for item in score.wrong:
                    print("   WRONG  ", item)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
