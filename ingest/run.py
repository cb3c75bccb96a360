"""Ingest a folder of reports into a DuckDB file: every file ends up loaded, duplicate or
quarantined, with one `raw.ingest_log` row saying which and why.

Parsing runs in worker processes, always (one per core by default, a single one for fewer than
POOL_MIN_FILES files), a few files per task: each file under a time limit, each worker under a
memory limit, and no worker outlives the run (ingest.limits). The parent reads the results in
input order, decides what is loaded and what is a duplicate (by sha256), and writes one bulk
insert per table per batch. At most a few tasks per worker are in flight, so memory stays flat
however many files there are. `in_process=True` parses in the calling process instead (for
profiling), with the time limit but no memory limit.
"""

from __future__ import annotations

import multiprocessing
import os
import time
import traceback
import uuid
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from ingest.input_paths import input_paths, refusal_reason
from ingest import limits
from ingest.limits import ParseTimeLimit
from ingest.fingerprint import parser_version, sha256_of
from ingest.loader import Batch, document_tables, fact_rows, line_rows
from ingest.pipeline import NotAReport, parse_lines
from ingest.readers import UnreadableInput, read_bytes
from ingest.schema import create_raw_schema

BATCH_SIZE = 200
# The writer only appends batches; this caps what DuckDB keeps cached of what it wrote (without a
# limit the writing process held 720 MB after 100,000 reports).
INGEST_MEMORY_LIMIT = "1GB"
MAX_FILE_BYTES = 200 * 1024 * 1024
CHUNK_SIZE = 16  # files per task sent to a worker
# Below this many files one worker parses them all (starting more costs more than it saves).
POOL_MIN_FILES = 50
TASKS_IN_FLIGHT_PER_WORKER = 4
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


@dataclass
class ParsedFile:
    """What a worker learnt about one file. `sha256` is None when the file could not be read."""
    path: str
    sha256: str | None = None
    size_bytes: int | None = None
    error: str | None = None  # quarantine reason when reading or parsing failed
    counts: dict = field(default_factory=dict)  # n_budget_lines, n_metrics, … of a parsed report
    content_key: str | None = None  # what the report says (ParsedDocument.content_key)
    facts: int = 0
    seconds: float = 0.0

    @property
    def parsed(self) -> bool:
        return bool(self.counts)


@dataclass
class ParsedChunk:
    """Results of a task, in input order, and the rows of its parsed reports (by table)."""
    files: list[ParsedFile]
    tables: dict[str, pa.Table]


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
    with _WorkerPool(workers, already_loaded, version) as pool:
        yield from pool.parse(_chunks(paths, size))


def parse_chunk(paths: list[Path], already_loaded: frozenset, version: str) -> ParsedChunk:
    """Read, hash and parse each file; never raises for a bad file (its error is the reason)."""
    files, documents, facts = [], [], []
    seen_here: set[str] = set()  # the same bytes again in this chunk: a duplicate, not parsed twice
    for path in paths:
        result, parsed = _parse_file(Path(path), version, already_loaded, seen_here)
        files.append(result)
        if result.sha256:
            seen_here.add(result.sha256)
        if parsed is not None:
            documents.append(parsed[0])
            facts.append(parsed[1])
    return ParsedChunk(files=files, tables=document_tables(documents, facts))


def _parse_file(path: Path, version: str, already_loaded: frozenset, seen_here: set[str]):
    """(what we learnt, (document row, fact rows) when parsed); duplicates are hashed only."""
    started = time.perf_counter()
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableInput(f"file too large: {size} bytes (limit {MAX_FILE_BYTES})")
        data = path.read_bytes()
    except UnreadableInput as error:
        return _unread(path, str(error), started), None
    except OSError as error:
        return _unread(path, f"cannot read file: {error.strerror or error}", started), None
    return parse_data(path, data, version, already_loaded, seen_here, started)


def parse_data(path: Path, data: bytes, version: str, already_loaded: frozenset = frozenset(),
               seen_here: set[str] | frozenset = frozenset(), started: float | None = None):
    """Hash and parse one file's bytes (what `_parse_file` read, or what Spark's binaryFile source
    hands ingest.spark_ingest): (what we learnt, (document row, fact rows) when parsed). Never
    raises for a bad file: its error is the quarantine reason."""
    started = time.perf_counter() if started is None else started
    result = ParsedFile(path=str(path), sha256=sha256_of(data), size_bytes=len(data))
    parsed = None
    try:
        if result.sha256 not in already_loaded and result.sha256 not in seen_here:
            with limits.time_limit(_WORKER_STATE.get("seconds", limits.PARSE_SECONDS_PER_FILE)):
                parsed = _parse_report(path, data, result, version)
    except (UnreadableInput, NotAReport, ParseTimeLimit) as error:
        result.error = str(error)
    except MemoryError:
        result.error = (f"parsing needed more memory than a parse worker may use "
                        f"({_WORKER_STATE.get('memory', limits.WORKER_MEMORY_BYTES) >> 20} MB)")
    except Exception as error:  # a parser bug must not stop the other files
        result.error = f"parser error: {type(error).__name__}: {error} at {_where(error)}"
    result.seconds = time.perf_counter() - started
    return result, parsed


def _unread(path: Path, reason: str, started: float) -> ParsedFile:
    return ParsedFile(path=str(path), error=reason, seconds=time.perf_counter() - started)


def _parse_report(path: Path, data: bytes, result: ParsedFile, version: str) -> tuple[dict, dict]:
    read = read_bytes(data)
    parsed = parse_lines(read.lines)
    document_id = result.sha256[:16]
    row = _document_row(path, result.sha256, len(data), document_id, read, parsed, version)
    result.content_key = row["content_key"]
    facts = fact_rows(document_id, parsed) | {"document_lines": line_rows(document_id, read.lines, read.pages)}
    result.counts = {"n_budget_lines": len(parsed.budget_lines), "n_metrics": len(parsed.metrics),
                     "n_projects": len(parsed.projects), "n_indicators": len(parsed.indicators)}
    result.facts = parsed.fact_count()
    return row, facts


def _chunks(paths: list[Path], size: int) -> Iterator[list[Path]]:
    for start in range(0, len(paths), size):
        yield paths[start:start + size]


_WORKER_STATE: dict = {}


def _init_worker(already_loaded: frozenset, version: str, seconds: float, memory: int) -> None:
    limits.die_with_parent()
    limits.limit_memory(memory)
    _WORKER_STATE.update(already_loaded=already_loaded, version=version, seconds=seconds, memory=memory)


def _parse_chunk_in_worker(paths: list[Path]) -> ParsedChunk:
    return parse_chunk(paths, _WORKER_STATE["already_loaded"], _WORKER_STATE["version"])


class WorkersKeepDying(RuntimeError):
    """Fresh worker processes die whatever file they are given: the pool itself is broken."""


class _WorkerPool:
    """A process pool fed a bounded window of chunks, whose results come back in input order.
    A worker that dies (killed, crashed) takes its tasks with it: their files are retried one by
    one in a fresh pool, and a file that still kills its worker is quarantined. When fresh workers
    die on several files in a row, the fault is not in the files and the run stops."""

    task = staticmethod(_parse_chunk_in_worker)
    max_deaths_in_a_row = 3

    def __init__(self, workers: int, already_loaded: frozenset, version: str) -> None:
        self.workers = workers
        self.initargs = (already_loaded, version, limits.PARSE_SECONDS_PER_FILE, limits.WORKER_MEMORY_BYTES)
        self.deaths_in_a_row = 0
        self.executor = self._start()

    def __enter__(self) -> _WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def _start(self) -> ProcessPoolExecutor:
        # not fork: the parent holds a DuckDB connection and its threads. A fork server is a
        # fresh process with the parser imported, forked per worker (spawn re-imports: ~0.5 s)
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["ingest.forkserver_guard", "ingest.run"])
        return ProcessPoolExecutor(self.workers, mp_context=context,
                                   initializer=_init_worker, initargs=self.initargs)

    def parse(self, chunks: Iterator[list[Path]]) -> Iterator[ParsedChunk]:
        window: deque = deque()
        limit = self.workers * TASKS_IN_FLIGHT_PER_WORKER
        for chunk in chunks:
            window.append((chunk, self._submit(chunk)))
            if len(window) >= limit:
                yield self._result(*window.popleft())
        while window:
            yield self._result(*window.popleft())

    def _submit(self, chunk: list[Path]):
        try:
            return self.executor.submit(self.task, chunk)
        except BrokenProcessPool:
            self._restart()
            return self.executor.submit(self.task, chunk)

    def _result(self, chunk: list[Path], future) -> ParsedChunk:
        try:
            return future.result()
        except Exception:  # the worker died, or the task failed outside any one file
            return self._retry_one_by_one(chunk)

    def _retry_one_by_one(self, chunk: list[Path]) -> ParsedChunk:
        parts = []
        for path in chunk:
            try:
                parts.append(self._submit([path]).result())
                self.deaths_in_a_row = 0
            except Exception as error:
                if isinstance(error, BrokenProcessPool):
                    self._died(error)
                failed = ParsedFile(path=str(path), error=f"parser error: {type(error).__name__}: {error} "
                                                          "(the worker process parsing this file failed)")
                parts.append(ParsedChunk(files=[failed], tables={}))
        return ParsedChunk(files=[f for part in parts for f in part.files],
                           tables=_concat_tables([part.tables for part in parts]))

    def _died(self, error: BaseException) -> None:
        self.deaths_in_a_row += 1
        if self.deaths_in_a_row >= self.max_deaths_in_a_row:
            raise WorkersKeepDying(
                f"parse workers died on {self.deaths_in_a_row} files in a row ({error}); a script that "
                "calls ingest_files with workers > 1 must guard its code with `if __name__ == '__main__':` "
                "(workers are spawned and import the main module)") from error
        self._restart()

    def _restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()


def _concat_tables(parts: list[dict[str, pa.Table]]) -> dict[str, pa.Table]:
    names = {name for part in parts for name in part}
    return {name: pa.concat_tables([part[name] for part in parts if name in part]) for name in names}


# ---- recording (in the parent, in input order) --------------------------------------------------

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
        parsed = {r.sha256[:16] for r in chunk.files if r.parsed}  # a chunk parses each sha256 once
        tables = chunk.tables if loaded == parsed else _only_documents(chunk.tables, loaded)
        replaced = [r.sha256[:16] for r, o in zip(chunk.files, outcomes)
                    if o.status == "loaded" and r.sha256 in self.known]
        if loaded:
            self.batch.add_tables(tables, replaced)
        return outcomes

    def _outcome(self, result: ParsedFile) -> FileOutcome:
        log = {"run_id": self.run_id, "path": result.path, "logged_at": _now()}
        outcome = FileOutcome(path=result.path, status="quarantined", reason=result.error)
        sha = result.sha256
        if sha is not None:
            log |= {"sha256": sha, "size_bytes": result.size_bytes}
            outcome.document_id = sha[:16]
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
                    self.contents.setdefault(result.content_key, sha[:16])
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
        return owner is not None and owner != result.sha256[:16]


def _only_documents(tables: dict[str, pa.Table], document_ids: set[str]) -> dict[str, pa.Table]:
    """Rows of the given documents only (a duplicate parsed in the same chunk is dropped)."""
    wanted = pa.array(sorted(document_ids), pa.string())
    return {name: table.filter(pc.is_in(table["document_id"], value_set=wanted))
            for name, table in tables.items()}


def _document_row(path, sha, size, document_id, read, parsed, version) -> dict:
    meta = parsed.meta
    return {
        "document_id": document_id, "source_file": path.name, "sha256": sha, "size_bytes": size,
        "title": meta.title, "province": meta.province, "city": meta.city, "county": meta.county,
        "admin_code": meta.admin_code, "admin_code_reason": meta.admin_code_reason,
        "department": meta.department, "fiscal_year": meta.fiscal_year, "doc_kind": meta.doc_kind,
        "doc_kind_reason": meta.doc_kind_reason, "budget_level": meta.budget_level,
        "amount_unit_reported": meta.amount_unit_reported, "encoding": read.encoding, "input_format": read.format,
        "n_lines": len(read.lines), "content_key": parsed.content_key(), "parser_version": version,
        "ingested_at": _now(),
    }


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _where(error: Exception) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "?"
    frame = frames[-1]
    return f"{Path(frame.filename).name}:{frame.lineno}"
