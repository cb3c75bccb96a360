"""`build`: ingest + dbt seed/run/test + data checks, on a working copy swapped in at the end.

A build whose inputs, parser, models and seeds are unchanged since the last successful build is a
no-op: it reads one fingerprint and stops, leaving the warehouse byte-for-byte as it was. A build
that loads no new document (the new files are duplicates or quarantined) logs them and leaves the
models as they are: dbt runs when documents came or went, or the dbt project changed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import duckdb

from budgetwh.warehouse import working_copy
from ingest.fingerprint import PROJECT_DIR, models_fingerprint, project_fingerprint
from ingest.input_paths import refusal_reason
from ingest.limits import die_with_parent
from ingest.run import FileOutcome, RunSummary, ingest_files, input_files
from ingest.schema import create_raw_schema

FACT_TABLES_FOR_SUMMARY = ("budget_lines", "document_metrics", "projects", "performance_indicators",
                           "form_answers")


class BuildFailed(Exception):
    """dbt or a pipeline expectation failed; the warehouse was left as it was."""


@dataclass
class BuildResult:
    skipped: bool
    seconds: float
    documents: int = 0
    facts: int = 0
    failed_checks: int | None = None
    ingest: RunSummary | None = None
    notes: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # document_ids removed by --sync


def build(input_dir: Path, db_path: Path, force: bool = False,
          on_file: Callable[[FileOutcome], None] | None = None,
          on_step: Callable[[str], None] | None = None, sync: bool = False) -> BuildResult:
    """Ingest the folder, run dbt and the data checks, swap the result in. `sync`: documents whose
    file is no longer in the folder (by its bytes) are removed first."""
    started = time.perf_counter()
    step = on_step or (lambda message: None)
    paths = input_files(input_dir)
    digests = {path: _input_digest(path, input_dir) for path in paths}
    fingerprint = project_fingerprint([f"{path.relative_to(input_dir)}:{digest}" for path, digest in digests.items()]
                                      + (["sync"] if sync else []))
    if not force and stored_fingerprint(db_path) == fingerprint:
        result = BuildResult(skipped=True, seconds=time.perf_counter() - started)
        _fill_summary(db_path, result)
        return result
    removed: list[tuple[str, str]] = []
    with working_copy(db_path) as work:
        if sync and db_path.exists():
            removed = _remove_documents_gone(work, set(digests.values()))
            step(f"removed {len(removed)} documents whose files are gone")
        tests_since = None if force else last_ingested_at(work)
        step(f"ingesting {len(paths)} files")
        summary = ingest_files(paths, work, on_file=on_file, root=input_dir)
        # incremental models only add rows: after a removal, or once models changed (rows built
        # by the old SQL would stay), they are rebuilt in full; --force rebuilds everything
        models_changed = stored_fingerprint(work, "models_fingerprint") != models_fingerprint()
        if force or removed or models_changed or summary.count("loaded") or not _marts_current(work):
            refresh_models(work, step, full=force or bool(removed) or models_changed, tests_since=tests_since)
        else:
            step("no new document: the marts stay as the last build left them")
        _store_fingerprint(work, fingerprint)
    result = BuildResult(skipped=False, seconds=time.perf_counter() - started, ingest=summary,
                         removed=[document_id for document_id, _ in removed])
    _fill_summary(db_path, result)
    return result


def refresh_models(work: Path, step: Callable[[str], None], full: bool = False,
                   tests_since: str | None = None) -> None:
    """dbt build and the data checks on a working copy; `full` rebuilds the incremental models
    too. `tests_since`: the newest ingested_at before this build's ingest, to test only the
    documents ingested after it (macros/tests_on_new_documents.sql); None tests everything."""
    incremental_tests = tests_since is not None and not full
    step("dbt build (seeds, models, tests" + (" of the new documents" if incremental_tests else "") + ")"
         + (", full refresh" if full else ""))
    dbt_build(work, full, tests_since)
    step("data checks (Great Expectations)")
    from budgetwh.checks.expectations import run_pipeline_expectations  # heavy import, only when building
    failures = run_pipeline_expectations(work)
    if failures:
        raise BuildFailed("pipeline expectations failed:\n  " + "\n  ".join(failures))


def dbt_build(work: Path, full: bool, tests_since: str | None = None) -> str:
    """The `dbt build` of a build (selectors.yml). Full, or on a fresh warehouse: seeds, models
    and data tests of every row. Incremental (`tests_since` given, not `full`): what the raw
    tables feed, its data tests on the documents ingested after `tests_since` only; the
    reference is as the last build left it. Unit tests check the models' SQL, not this
    warehouse: make test runs them (tests/test_dbt_unit_tests.py)."""
    incremental = tests_since is not None and not full
    arguments = ["build", "--selector", "new_documents" if incremental else "warehouse"]
    arguments += ["--full-refresh"] if full else []
    _write_build_scope(work, tests_since if incremental else None)
    try:
        return run_dbt(arguments, work)
    finally:
        _write_build_scope(work, None)  # a `dbt build` run by hand afterwards tests every row


def _write_build_scope(work: Path, tests_since: str | None) -> None:
    """raw.build_scope: the documents the data tests look at (macros/tests_on_new_documents.sql):
    those ingested after `tests_since`, or all (no row)."""
    connection = duckdb.connect(str(work))
    try:
        connection.execute("create or replace table raw.build_scope (documents_ingested_after timestamp)")
        if tests_since is not None:
            connection.execute("insert into raw.build_scope values (cast(? as timestamp))", [tests_since])
        connection.execute("checkpoint")
    finally:
        connection.close()


def last_ingested_at(db_path: Path) -> str | None:
    """The newest raw.documents.ingested_at of a warehouse, None when it holds no document."""
    if not db_path.exists():
        return None
    connection = duckdb.connect(str(db_path), read_only=True)
    try:
        found = connection.execute("select max(ingested_at) from raw.documents").fetchone()
    except duckdb.CatalogException:
        return None
    finally:
        connection.close()
    return str(found[0]) if found and found[0] is not None else None


def _remove_documents_gone(work: Path, digests: set[str]) -> list[tuple[str, str]]:
    from budgetwh.remove import documents_not_in, remove_documents

    connection = duckdb.connect(str(work))
    try:
        create_raw_schema(connection)
        gone = documents_not_in(connection, digests)
        remove_documents(connection, gone, "its file is no longer in the input folder (build --sync)")
        connection.execute("checkpoint")
    finally:
        connection.close()
    return gone


def _input_digest(path: Path, root: Path) -> str:
    """A path's sha256 (the document's, for a report), read in blocks (bounded memory), or why it
    cannot be read (never raises: the ingest logs it)."""
    reason = refusal_reason(path, root)
    if reason is None:
        try:
            with path.open("rb") as handle:
                return hashlib.file_digest(handle, "sha256").hexdigest()
        except OSError as error:
            reason = f"cannot read file: {error.strerror or error}"
    return f"refused:{reason}"


def dbt_artefacts(db_path: Path) -> Path:
    """dbt's target and logs of one warehouse, beside it (`warehouse/dbt/`): building another
    `--db` never overwrites the project's nor another warehouse's."""
    return db_path.resolve().parent / "dbt"


def run_dbt(arguments: list[str], db_path: Path) -> str:
    """Run dbt against `db_path`; raise BuildFailed with the end of its output on failure."""
    dbt = Path(sys.executable).parent / "dbt"
    command = [str(dbt), *arguments, "--project-dir", str(PROJECT_DIR), "--profiles-dir",
               str(PROJECT_DIR / "profiles"), "--target-path", str(dbt_artefacts(db_path) / "target"),
               "--log-path", str(dbt_artefacts(db_path) / "logs")]
    if "DBT_LOG_LEVEL_FILE" not in os.environ:
        # dbt's file log defaults to debug: every query's SQL, ~12 MB and 3-4 s of a 10,000-report
        # incremental build. Errors are in the output either way; DBT_LOG_LEVEL_FILE=debug for more.
        command += ["--log-level-file", "info"]
    env = os.environ | {"BUDGET_DB_PATH": str(db_path.resolve()), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    completed = subprocess.run(command, cwd=PROJECT_DIR, env=env, capture_output=True, text=True,
                               preexec_fn=die_with_parent)  # a killed build leaves no dbt running
    output = completed.stdout + completed.stderr
    if completed.returncode != 0:
        tail = "\n".join(output.strip().splitlines()[-40:])
        raise BuildFailed(f"dbt {' '.join(arguments)} failed (exit {completed.returncode}):\n{tail}")
    return output


def _marts_current(work: Path) -> bool:
    """The marts were built from the raw tables as they are: the last build completed and nothing
    was loaded outside a build since (`budgetwh ingest` forgets the build's fingerprint)."""
    return stored_fingerprint(work) is not None


def stored_fingerprint(db_path: Path, column: str = "fingerprint") -> str | None:
    """The last build's fingerprint of everything (`fingerprint`) or of the dbt project
    (`models_fingerprint`); None when the warehouse has none."""
    if not db_path.exists():
        return None
    try:
        connection = duckdb.connect(str(db_path), read_only=True)
    except duckdb.Error:
        return None
    try:
        row = connection.execute(f"select {column} from raw.build_info order by built_at desc limit 1").fetchone()
        return row[0] if row else None
    except duckdb.Error:
        return None
    finally:
        connection.close()


def forget_last_build(db_path: Path) -> None:
    """Raw facts loaded outside a build (`budgetwh ingest`) are not in the marts yet: the next
    build must run dbt even if its inputs are those of the last build (the models' fingerprint
    stays: what built the incremental models' rows has not changed)."""
    connection = duckdb.connect(str(db_path))
    try:
        connection.execute("create table if not exists raw.build_info "
                           "(fingerprint varchar, built_at timestamp, models_fingerprint varchar)")
        connection.execute("update raw.build_info set fingerprint = null")
        connection.execute("checkpoint")
    finally:
        connection.close()


def _store_fingerprint(db_path: Path, fingerprint: str) -> None:
    connection = duckdb.connect(str(db_path))
    try:
        connection.execute("create table if not exists raw.build_info (fingerprint varchar, built_at timestamp)")
        connection.execute("alter table raw.build_info add column if not exists models_fingerprint varchar")
        connection.execute("delete from raw.build_info")
        connection.execute("insert into raw.build_info (fingerprint, built_at, models_fingerprint) "
                           "values (?, now()::timestamp, ?)", [fingerprint, models_fingerprint()])
        connection.execute("checkpoint")
    finally:
        connection.close()


def _fill_summary(db_path: Path, result: BuildResult) -> None:
    connection = duckdb.connect(str(db_path), read_only=True)
    try:
        result.documents = connection.execute("select count(*) from raw.documents").fetchone()[0]
        result.facts = sum(connection.execute(f"select count(*) from raw.{t}").fetchone()[0]
                           for t in FACT_TABLES_FOR_SUMMARY)
        try:
            result.failed_checks = connection.execute(
                "select count(*) from marts.mart_reconciliation where not passed").fetchone()[0]
        except duckdb.Error:
            result.failed_checks = None
    finally:
        connection.close()
