"""The benchmark's synthetic corpus, ingested: every known fact is found, and parsing in a pool
of worker processes writes exactly what parsing in one process writes."""

from __future__ import annotations

import duckdb
import pytest

from bench.accuracy import KNOWN_GAPS, measure
from bench.make_corpus import write_corpus
from ingest.run import ingest_files

SEED = 3  # its first ten reports cover the four layouts
REPORTS = 10
VOLATILE = {"documents": "exclude (ingested_at)", "ingest_log": "exclude (run_id, logged_at, seconds)"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus"), REPORTS, SEED)


@pytest.fixture(scope="module")
def pooled(corpus, tmp_path_factory):
    db = tmp_path_factory.mktemp("pooled") / "w.duckdb"
    summary = ingest_files(corpus, db, workers=2)
    assert summary.count("loaded") == REPORTS, [(o.path, o.reason) for o in summary.outcomes]
    return db


def _raw_tables(db) -> dict[str, list]:
    connection = duckdb.connect(str(db), read_only=True)
    try:
        tables = [row[0] for row in connection.execute(
            "select table_name from information_schema.tables where table_schema = 'raw' order by 1").fetchall()]
        return {table: sorted(map(repr, connection.execute(
            f"select * {VOLATILE.get(table, '')} from raw.{table}").fetchall())) for table in tables}
    finally:
        connection.close()


def test_every_known_fact_is_found(corpus, pooled):
    connection = duckdb.connect(str(pooled), read_only=True)
    try:
        result = measure(connection, corpus)
    finally:
        connection.close()
    unexplained = [miss for miss in result.misses if miss[3] is None]
    assert result.documents == REPORTS and result.missing_documents == 0
    assert sum(result.known.values()) > 1000
    # Facts missed only because of the parser gaps listed (and reported) in bench.accuracy.KNOWN_GAPS
    # are tolerated; remove a gap from the list once the parser reads that wording.
    assert set(result.gaps) - {None} <= set(KNOWN_GAPS)
    assert not unexplained, unexplained[:20]
    assert result.unexpected["budget_lines"] == 0


def test_a_pool_of_workers_writes_what_one_process_writes(corpus, pooled, tmp_path):
    single = tmp_path / "single.duckdb"
    ingest_files(corpus, single, workers=1)
    assert _raw_tables(pooled) == _raw_tables(single)
