"""Great Expectations guards the pipeline: the built warehouse passes every suite and writes Data
Docs; a broken raw table fails the right expectation; a failing suite stops the build and leaves
the warehouse as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import duckdb
import pytest

from budgetwh.checks import expectations

pytestmark = pytest.mark.slow


def test_built_warehouse_passes_and_writes_data_docs(built_warehouse, tmp_path, monkeypatch):
    monkeypatch.setenv("BUDGET_GX_DOCS_DIR", str(tmp_path / "docs"))
    assert expectations.run_pipeline_expectations(built_warehouse) == []
    assert (tmp_path / "docs" / "index.html").is_file()


def test_a_broken_raw_table_fails_its_expectation(built_warehouse, tmp_path, monkeypatch):
    monkeypatch.setenv("BUDGET_GX_DOCS_DIR", str(tmp_path / "docs"))
    broken = tmp_path / "broken.duckdb"
    shutil.copyfile(built_warehouse, broken)
    connection = duckdb.connect(str(broken))
    try:
        connection.execute("update raw.documents set fiscal_year = 1900 where document_id = "
                           "(select min(document_id) from raw.documents)")
        connection.execute("update raw.budget_lines set code = '20406x' where fact_index = 0")
    finally:
        connection.close()
    failures = expectations.run_pipeline_expectations(broken)
    assert any(f.startswith("raw_documents") and "fiscal_year" in f for f in failures), failures
    assert any(f.startswith("raw_budget_lines") and "code" in f for f in failures), failures


def test_a_failing_expectation_stops_the_build_and_keeps_the_warehouse(built_warehouse, samples_dir, tmp_path,
                                                                     monkeypatch):
    from budgetwh import build as build_module

    monkeypatch.setenv("BUDGET_GX_DOCS_DIR", str(tmp_path / "docs"))
    target = tmp_path / "budget.duckdb"
    shutil.copyfile(built_warehouse, target)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    impossible = expectations.Suite("raw_documents_impossible", "select * from raw.documents", [
        ("ExpectColumnValuesToBeBetween", {"column": "fiscal_year", "min_value": 3000})])
    original = expectations._suites
    monkeypatch.setattr(expectations, "_suites", lambda: original() + [impossible])
    with pytest.raises(build_module.BuildFailed, match="raw_documents_impossible"):
        build_module.build(samples_dir, target, force=True)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == digest
    assert not list(tmp_path.glob(".budget.duckdb.building-*")), os.listdir(tmp_path)
