"""What a parse worker does with files: read, hash and parse each one, never raising for a bad
file (its error is the quarantine reason), and return the rows of the reports it parsed.

Runs in the pool's worker processes (ingest.worker_pool), in the calling process
(`in_process=True`) and in Spark's executors (budgetwh.spark_ingest: parse_data).
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa

from ingest import limits
from ingest.fingerprint import document_id_of, sha256_of
from ingest.limits import ParseTimeLimit
from ingest.loader import document_tables, fact_rows, line_rows
from ingest.pipeline import NotAReport, parse_lines
from ingest.readers import UnreadableInput, read_report

MAX_FILE_BYTES = 200 * 1024 * 1024


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
    hands budgetwh.spark_ingest): (what we learnt, (document row, fact rows) when parsed). Never
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
    read = read_report(data)
    parsed = parse_lines(read.lines)
    document_id = document_id_of(result.sha256)
    row = _document_row(path, result.sha256, len(data), document_id, read, parsed, version)
    result.content_key = row["content_key"]
    facts = fact_rows(document_id, parsed) | {"document_lines": line_rows(document_id, read.lines, read.pages)}
    result.counts = {"n_budget_lines": len(parsed.budget_lines), "n_metrics": len(parsed.metrics),
                     "n_projects": len(parsed.projects), "n_indicators": len(parsed.indicators)}
    result.facts = parsed.fact_count()
    return row, facts


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
        "ingested_at": now(),
    }


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _where(error: Exception) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "?"
    frame = frames[-1]
    return f"{Path(frame.filename).name}:{frame.lineno}"


_WORKER_STATE: dict = {}


def init_worker(already_loaded: frozenset, version: str, seconds: float, memory: int) -> None:
    limits.die_with_parent()
    limits.limit_memory(memory)
    _WORKER_STATE.update(already_loaded=already_loaded, version=version, seconds=seconds, memory=memory)


def parse_chunk_in_worker(paths: list[Path]) -> ParsedChunk:
    return parse_chunk(paths, _WORKER_STATE["already_loaded"], _WORKER_STATE["version"])


def concat_tables(parts: list[dict[str, pa.Table]]) -> dict[str, pa.Table]:
    names = {name for part in parts for name in part}
    return {name: pa.concat_tables([part[name] for part in parts if name in part]) for name in names}


# ---- recording (in the parent, in input order) --------------------------------------------------
