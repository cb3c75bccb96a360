"""Each sample report, fact by fact: the warehouse holds exactly what the report says.

Expected values live in tests/expected/sample_NNN.py, written by reading the reports; this file
only compares. Budget lines, projects and form answers must match exactly (nothing missing,
nothing extra); metrics and indicators must all be present with their values.
"""

from __future__ import annotations

import importlib
from decimal import Decimal
from pathlib import Path

import pytest

from ingest.normalize import compact, normalise_line

EXPECTED_DIR = Path(__file__).parent / "expected"
SAMPLES = sorted(p.stem for p in EXPECTED_DIR.glob("sample_*.py"))


def _load(name):
    return importlib.import_module(f"tests.expected.{name}")


def _num(value):
    if value is None:
        return None
    return Decimal(str(value)).quantize(Decimal("0.0001"))


def _text(value):
    return None if value is None else compact(normalise_line(str(value)))


def _rows(connection, sql, document_id):
    return connection.execute(sql, [document_id]).fetchall()


def _document_id(connection, source_file):
    row = connection.execute("select document_id from raw.documents where source_file = ?", [source_file]).fetchone()
    assert row, f"{source_file} was not loaded"
    return row[0]


def _diff(expected: set, actual: set, label: str, exact: bool) -> str:
    missing = sorted(expected - actual, key=str)
    extra = sorted(actual - expected, key=str) if exact else []
    lines = [f"{label}: {len(missing)} missing, {len(extra)} unexpected"]
    lines += [f"  missing    {row}" for row in missing[:40]]
    lines += [f"  unexpected {row}" for row in extra[:40]]
    return "\n".join(lines)


@pytest.fixture(params=SAMPLES)
def sample(request, raw_connection):
    module = _load(request.param)
    return module, _document_id(raw_connection, module.SOURCE_FILE)


def test_document_metadata(sample, raw_connection):
    module, document_id = sample
    columns = list(module.DOCUMENT)
    row = raw_connection.execute(f"select {', '.join(columns)} from raw.documents where document_id = ?",
                                 [document_id]).fetchone()
    assert dict(zip(columns, row)) == module.DOCUMENT


def test_budget_lines(sample, raw_connection):
    module, document_id = sample
    expected = {(c, code, rc, _text(name), level, flow, st, fs, m, _num(a), sk, line)
                for (c, code, rc, name, level, flow, st, fs, m, a, sk, line) in module.BUDGET_LINES}
    actual = {(c, code, rc, _text(name), level, flow, st, fs, m, _num(a), sk, line)
              for (c, code, rc, name, level, flow, st, fs, m, a, sk, line) in _rows(raw_connection, """
        select classification, code, reported_code, reported_name, level, flow, spending_type, fund_scope,
               measure, amount_wan, source_kind, source_line
        from raw.budget_lines where document_id = ?""", document_id)}
    assert expected == actual, _diff(expected, actual, "budget lines", exact=True)


def test_metrics(sample, raw_connection):
    module, document_id = sample
    expected = {(metric, measure, _num(value), unit, kind, line)
                for (metric, measure, value, unit, kind, line) in module.METRICS}
    actual = {(metric, measure, _num(value), unit, kind, line) for (metric, measure, value, unit, kind, line) in
              _rows(raw_connection, """select metric, measure, value, unit, source_kind, source_line
                                       from raw.document_metrics where document_id = ?""", document_id)}
    assert expected <= actual, _diff(expected, actual, "metrics", exact=False)


def test_projects(sample, raw_connection):
    module, document_id = sample
    expected = {(code, _text(name), _num(bi), _num(ba), _num(ex), _num(rate), _num(score), line)
                for (code, name, bi, ba, ex, rate, score, line) in module.PROJECTS}
    actual = {(code, _text(name), _num(bi), _num(ba), _num(ex), _num(rate), _num(score), line)
              for (code, name, bi, ba, ex, rate, score, line) in _rows(raw_connection, """
        select project_code, project_name, budget_initial, budget_adjusted, executed, execution_rate, score,
               source_line from raw.projects where document_id = ?""", document_id)}
    assert expected == actual, _diff(expected, actual, "projects", exact=True)


def test_indicators(sample, raw_connection):
    module, document_id = sample
    def key(row):
        (project, level1, level2, indicator, operator, target_value, target_text, unit, actual_value,
         actual_text, weight, score, line) = row
        return (_text(project), _text(level1), _text(level2), _text(indicator), operator, _num(target_value),
                _text(target_text), _text(unit), _num(actual_value), _text(actual_text), _num(weight),
                _num(score), line)
    expected = {key(row) for row in module.INDICATORS}
    actual = {key(row) for row in _rows(raw_connection, """
        select project_name, level1, level2, indicator, operator, target_value, target_text, unit, actual_value,
               actual_text, weight, score, source_line from raw.performance_indicators where document_id = ?""",
                                        document_id)}
    assert expected <= actual, _diff(expected, actual, "indicators", exact=False)


def test_form_answers(sample, raw_connection):
    module, document_id = sample
    expected = {(_text(q), a, line) for (q, a, line) in module.FORM_ANSWERS}
    actual = {(_text(q), a, line) for (q, a, line) in _rows(
        raw_connection, "select question, answer, source_line from raw.form_answers where document_id = ?",
        document_id)}
    assert expected == actual, _diff(expected, actual, "form answers", exact=True)
