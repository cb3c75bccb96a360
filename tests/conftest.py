"""Shared fixtures: a raw warehouse ingested from the samples, and a fully built one."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

PROJECT_DIR = Path(__file__).resolve().parents[1]
SAMPLES_DIR = PROJECT_DIR / "data" / "samples"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES_DIR


@pytest.fixture(scope="session")
def raw_warehouse(tmp_path_factory) -> Path:
    """A DuckDB file holding only the raw schema, ingested from data/samples."""
    from ingest.run import ingest_files, input_files

    path = tmp_path_factory.mktemp("raw") / "samples.duckdb"  # not raw.duckdb: a catalog named raw hides the schema
    summary = ingest_files(input_files(SAMPLES_DIR), path)
    assert summary.count("loaded") == len(list(SAMPLES_DIR.iterdir())), [
        (o.path, o.reason) for o in summary.outcomes if o.status != "loaded"]
    return path


@pytest.fixture(scope="session")
def raw_connection(raw_warehouse):
    connection = duckdb.connect(str(raw_warehouse), read_only=True)
    yield connection
    connection.close()


@pytest.fixture(scope="session")
def built_warehouse(tmp_path_factory) -> Path:
    """A warehouse fully built from data/samples (ingest + dbt build + data checks)."""
    import os

    from budgetwh.build import build

    folder = tmp_path_factory.mktemp("built")
    path = folder / "budget.duckdb"
    os.environ["BUDGET_GX_DOCS_DIR"] = str(folder / "gx_docs")
    result = build(SAMPLES_DIR, path, force=True)
    assert not result.skipped
    return path


@pytest.fixture()
def built_connection(built_warehouse):
    connection = duckdb.connect(str(built_warehouse), read_only=True)
    yield connection
    connection.close()


@pytest.fixture()
def samples_copy(tmp_path) -> Path:
    """A private copy of the samples folder that a test may modify."""
    target = tmp_path / "samples"
    shutil.copytree(SAMPLES_DIR, target)
    return target
