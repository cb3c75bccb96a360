"""Ingest a folder of reports into a DuckDB file: every file ends up loaded, duplicate or
quarantined, with one `raw.ingest_log` row saying which and why."""

from __future__ import annotations

import time
import traceback
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import duckdb

from ingest.fingerprint import parser_version, sha256_of
from ingest.loader import Batch
from ingest.pipeline import NotAReport, parse_lines
from ingest.readers import UnreadableInput, read_bytes
from ingest.schema import create_raw_schema

BATCH_SIZE = 200
MAX_FILE_BYTES = 200 * 1024 * 1024


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
    """Every regular file under the folder (hidden files excluded), in a stable order."""
    if not input_dir.is_dir():
        raise FileNotFoundError(f"input folder not found: {input_dir}")
    return sorted(p for p in input_dir.rglob("*")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(input_dir).parts))


def ingest_files(paths: list[Path], db_path: Path, on_file: Callable[[FileOutcome], None] | None = None) -> RunSummary:
    """Parse each file and write its facts to `db_path` (created if missing)."""
    summary = RunSummary(run_id=uuid.uuid4().hex[:12])
    version = parser_version()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    connection = duckdb.connect(str(db_path))
    try:
        create_raw_schema(connection)
        known = dict(connection.execute("select sha256, parser_version from raw.documents").fetchall())
        seen_this_run: set[str] = set()
        batch = Batch()
        for path in paths:
            outcome = _ingest_one(path, version, known, seen_this_run, batch, summary.run_id)
            summary.outcomes.append(outcome)
            if on_file:
                on_file(outcome)
            if len(batch.rows["documents"]) >= BATCH_SIZE:
                batch.write(connection)
        if not batch.is_empty():
            batch.write(connection)
        connection.execute("checkpoint")
    finally:
        connection.close()
    return summary


def _ingest_one(path: Path, version: str, known: dict, seen: set, batch: Batch, run_id: str) -> FileOutcome:
    started = time.perf_counter()
    log = {"run_id": run_id, "path": str(path), "logged_at": _now()}
    outcome = FileOutcome(path=str(path), status="quarantined")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableInput(f"file too large: {size} bytes (limit {MAX_FILE_BYTES})")
        data = path.read_bytes()
        sha = sha256_of(data)
        log |= {"sha256": sha, "size_bytes": len(data)}
        document_id = sha[:16]
        outcome.document_id = document_id
        if sha in seen or known.get(sha) == version:
            outcome.status = "duplicate"
            outcome.reason = ("same bytes as another file of this run" if sha in seen
                              else "same bytes already loaded by this parser version")
        else:
            seen.add(sha)
            read = read_bytes(data)
            parsed = parse_lines(read.lines)
            batch.add_document(_document_row(path, sha, len(data), document_id, read, parsed, version), parsed)
            outcome.status = "loaded"
            outcome.facts = parsed.fact_count()
            if sha in known:
                outcome.reason = f"re-parsed: loaded before by parser {known[sha]}"
            log |= {"n_budget_lines": len(parsed.budget_lines), "n_metrics": len(parsed.metrics),
                    "n_projects": len(parsed.projects), "n_indicators": len(parsed.indicators)}
    except (UnreadableInput, NotAReport) as error:
        outcome.reason = str(error)
    except OSError as error:
        outcome.reason = f"cannot read file: {error.strerror or error}"
    except Exception as error:  # a parser bug must not stop the other files
        outcome.reason = f"parser error: {type(error).__name__}: {error} at {_where(error)}"
    if outcome.status == "quarantined":
        outcome.document_id = None
    log |= {"status": outcome.status, "reason": outcome.reason, "document_id": outcome.document_id,
            "seconds": round(time.perf_counter() - started, 4)}
    batch.add_log(log)
    return outcome


def _document_row(path, sha, size, document_id, read, parsed, version) -> dict:
    meta = parsed.meta
    return {
        "document_id": document_id, "source_file": path.name, "sha256": sha, "size_bytes": size,
        "title": meta.title, "province": meta.province, "city": meta.city, "county": meta.county,
        "admin_code": meta.admin_code, "admin_code_reason": meta.admin_code_reason,
        "department": meta.department, "fiscal_year": meta.fiscal_year, "doc_kind": meta.doc_kind,
        "amount_unit_reported": meta.amount_unit_reported, "encoding": read.encoding,
        "n_lines": len(read.lines), "parser_version": version, "ingested_at": _now(),
    }


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _where(error: Exception) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "?"
    frame = frames[-1]
    return f"{Path(frame.filename).name}:{frame.lineno}"
