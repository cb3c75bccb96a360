"""Ingest a folder of reports into a DuckDB file: every file ends up loaded, duplicate or
quarantined, with one `raw.ingest_log` row saying which and why.

Parsing runs in worker processes, always (one per core by default, a single one for fewer than
POOL_MIN_FILES files), a few files per task: each file under a time limit, each worker under a
memory limit, and no worker outlives the run (ingest.parse_worker: what a worker does;
ingest.worker_pool: the pool; ingest.limits). The parent reads the results in
input order, decides what is loaded and what is a duplicate (by sha256), and writes one bulk
insert per table per batch. At most a few tasks per worker are in flight, so memory stays flat
however many files there are. `in_process=True` parses in the calling process instead (for
profiling), with the time limit but no memory limit.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from ingest.fingerprint import document_id_of, parser_version
from ingest.input_paths import input_paths, refusal_reason
from ingest.loader import Batch
from ingest.parse_worker import ParsedChunk, ParsedFile, now, parse_chunk
from ingest.schema import create_raw_schema
from ingest.worker_pool import TASKS_IN_FLIGHT_PER_WORKER, WorkerPool

BATCH_SIZE = 200
# The writer only appends batches; this caps what DuckDB keeps cached of what it wrote (without a
# limit the writing process held 720 MB after 100,000 reports).
INGEST_MEMORY_LIMIT = "1GB"
CHUNK_SIZE = 16  # files per task sent to a worker
# Below this many files one worker parses them all (starting more costs more than it saves).
POOL_MIN_FILES = 50
LOG_ROWS_PER_WRITE = 2000  # a run of duplicates or bad files is logged without waiting for documents


@dataclass
class FileOutcome:
    path: str
    status: str
    reason: str | None = None
    document_id: str | None = None
    facts: int = 0


@dataclass
class RunSummary:
    run_id: str
    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def facts(self) -> int:
        return sum(o.facts for o in self.outcomes)


def input_files(input_dir: Path) -> list[Path]:
    """Every path under the folder (ingest.input_paths: links and special files included, so
    that each gets its log row), in a stable order."""
    return input_paths(input_dir)


def ingest_files(paths: list[Path], db_path: Path, on_file: Callable[[FileOutcome], None] | None = None,
                 workers: int | None = None, chunk_size: int = CHUNK_SIZE,
                 batch_size: int = BATCH_SIZE, root: Path | None = None, in_process: bool = False) -> RunSummary:
    """Parse each file and write its facts to `db_path` (created if missing).

    `workers`: parsing processes (default: one per core, or 1 for fewer than POOL_MIN_FILES files;
    `in_process` parses in this process). Workers are
    spawned, so a script that calls this with several must keep its own code under
    `if __name__ == "__main__":`. `chunk_size`: files per task; `batch_size`: documents per write.
    `root`: the input folder, outside which symbolic links are not followed. Paths that are not
    readable regular files (ingest.input_paths.refusal_reason) are logged, never opened."""
    refused = [ParsedFile(path=str(p), error=reason) for p in paths if (reason := refusal_reason(Path(p), root))]
    refused_paths = {result.path for result in refused}
    paths = [p for p in paths if str(p) not in refused_paths]
    summary = RunSummary(run_id=uuid.uuid4().hex[:12])
    version = parser_version()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    connection = duckdb.connect(str(db_path), config={"memory_limit": INGEST_MEMORY_LIMIT})
    try:
        create_raw_schema(connection)
        known = dict(connection.execute("select sha256, parser_version from raw.documents").fetchall())
        already_loaded = frozenset(sha for sha, loaded_by in known.items() if loaded_by == version)
        contents = dict(connection.execute("""select content_key, min(document_id) from raw.documents
                                              where content_key is not null group by 1""").fetchall())
        recorder = _Recorder(summary.run_id, version, known, contents)
        for outcome in recorder.record(ParsedChunk(files=refused, tables={})):
            summary.outcomes.append(outcome)
            if on_file:
                on_file(outcome)
        for chunk in parse_files(paths, already_loaded, version, workers, chunk_size, in_process):
            for outcome in recorder.record(chunk):
                summary.outcomes.append(outcome)
                if on_file:
                    on_file(outcome)
            if recorder.batch.documents >= batch_size or len(recorder.batch.log_rows) >= LOG_ROWS_PER_WRITE:
                recorder.batch.write(connection)
        if not recorder.batch.is_empty():
            recorder.batch.write(connection)
        connection.execute("checkpoint")
    finally:
        connection.close()
    return summary


# ---- parsing (in workers) -----------------------------------------------------------------------

def parse_files(paths: list[Path], already_loaded: frozenset, version: str, workers: int | None = None,
                chunk_size: int = CHUNK_SIZE, in_process: bool = False) -> Iterator[ParsedChunk]:
    """Parsed chunks of `paths`, in input order; files in `already_loaded` are hashed, not parsed."""
    if not paths:
        return
    if in_process:
        for chunk in _chunks(paths, chunk_size):
            yield parse_chunk(chunk, already_loaded, version)
        return
    if workers is None:
        workers = 1 if len(paths) < POOL_MIN_FILES else os.cpu_count() or 1
    workers = max(1, min(workers, len(paths)))
    size = max(1, min(chunk_size, len(paths) // (workers * TASKS_IN_FLIGHT_PER_WORKER)))
    with WorkerPool(workers, already_loaded, version) as pool:
        yield from pool.parse(_chunks(paths, size))


def _chunks(paths: list[Path], size: int) -> Iterator[list[Path]]:
    for start in range(0, len(paths), size):
        yield paths[start:start + size]


class _Recorder:
    """Turns parsed chunks into outcomes, ingest_log rows and batch rows: duplicates (same sha256
    earlier in this run, or already loaded by this parser version) are logged, not loaded."""

    def __init__(self, run_id: str, version: str, known: dict[str, str], contents: dict[str, str] | None = None) -> None:
        self.run_id, self.version, self.known = run_id, version, known
        self.contents = dict(contents or {})  # content_key -> document_id that says it
        self.seen: set[str] = set()
        self.batch = Batch()

    def record(self, chunk: ParsedChunk) -> list[FileOutcome]:
        outcomes = [self._outcome(result) for result in chunk.files]
        loaded = {o.document_id for o in outcomes if o.status == "loaded"}
        parsed = {document_id_of(r.sha256) for r in chunk.files if r.parsed}  # a chunk parses each sha256 once
        tables = chunk.tables if loaded == parsed else _only_documents(chunk.tables, loaded)
        replaced = [document_id_of(r.sha256) for r, o in zip(chunk.files, outcomes)
                    if o.status == "loaded" and r.sha256 in self.known]
        if loaded:
            self.batch.add_tables(tables, replaced)
        return outcomes

    def _outcome(self, result: ParsedFile) -> FileOutcome:
        log = {"run_id": self.run_id, "path": result.path, "logged_at": now()}
        outcome = FileOutcome(path=result.path, status="quarantined", reason=result.error)
        sha = result.sha256
        if sha is not None:
            log |= {"sha256": sha, "size_bytes": result.size_bytes}
            outcome.document_id = document_id_of(sha)
            if sha in self.seen or self.known.get(sha) == self.version:
                outcome.status = "duplicate"
                outcome.reason = ("same bytes as another file of this run" if sha in self.seen
                                  else "same bytes already loaded by this parser version")
            elif result.error is None and self._said_by_another(result):
                outcome.status, outcome.document_id = "duplicate", self.contents[result.content_key]
                outcome.reason = (f"the same report as document {outcome.document_id} "
                                  "(the same facts, in another encoding or format)")
            else:
                self.seen.add(sha)
                if result.content_key and result.error is None:
                    self.contents.setdefault(result.content_key, document_id_of(sha))
                if result.error is None:
                    outcome.status, outcome.facts = "loaded", result.facts
                    if sha in self.known:
                        outcome.reason = f"re-parsed: loaded before by parser {self.known[sha]}"
                    log |= result.counts
        if outcome.status == "quarantined":
            outcome.document_id = None
        log |= {"status": outcome.status, "reason": outcome.reason, "document_id": outcome.document_id,
                "seconds": round(result.seconds, 4)}
        self.batch.add_log(log)
        return outcome

    def _said_by_another(self, result: ParsedFile) -> bool:
        owner = self.contents.get(result.content_key) if result.content_key else None
        return owner is not None and owner != document_id_of(result.sha256)


def _only_documents(tables: dict[str, pa.Table], document_ids: set[str]) -> dict[str, pa.Table]:
    """Rows of the given documents only (a duplicate parsed in the same chunk is dropped)."""
    wanted = pa.array(sorted(document_ids), pa.string())
    return {name: table.filter(pc.is_in(table["document_id"], value_set=wanted))
            for name, table in tables.items()}


