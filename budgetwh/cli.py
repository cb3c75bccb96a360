"""`budgetwh`: the command line over the library (ingest, build, query, export)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ingest import PARSER_VERSION
from budgetwh.terminal import (console, json_value, literal, print_check_report, print_checks, print_facts,
                             print_json, print_outcomes, print_record, print_rows, print_trace, progress_bar)

app = typer.Typer(help="Budget warehouse: Chinese department final accounts and performance reports "
                       "in DuckDB. Ingest reports, build the marts, query them read-only.",
                  no_args_is_help=True, add_completion=False)
errors = Console(stderr=True, style="bold red")

DB_OPTION = typer.Option(None, "--db", help="Warehouse file [default: $BUDGET_DB_PATH or warehouse/budget.duckdb]")
INPUT_OPTION = typer.Option(..., "--input", "-i", help="Folder of report files (searched recursively)",
                            exists=False)


def _db(path: Optional[Path]) -> Path:
    from budgetwh.warehouse import default_db_path
    return path or default_db_path()


def _fail(message: str, code: int = 1) -> None:
    errors.print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(code)


@app.command()
def ingest(input_dir: Path = INPUT_OPTION, db: Optional[Path] = DB_OPTION) -> None:
    """Read every report under --input and load its facts into the warehouse's raw schema.

    Files that cannot be read (empty, binary, not a report) are quarantined with a reason in raw.ingest_log; the others are loaded. Loading the same bytes again changes nothing."""
    from budgetwh.build import forget_last_build
    from ingest.run import ingest_files, input_files
    from budgetwh.warehouse import WarehouseBusy, WarehouseUnchanged, working_copy

    db_path = _db(db)
    try:
        paths = input_files(input_dir)
    except FileNotFoundError as error:
        _fail(str(error))
    if not paths:
        _fail(f"no files under {input_dir}")
    try:
        with working_copy(db_path) as work, progress_bar(len(paths)) as progress:
            task = progress.add_task("ingesting", total=len(paths), current="")
            summary = ingest_files(paths, work, root=input_dir, on_file=lambda o: progress.update(
                task, advance=1, current=Path(o.path).name))
            forget_last_build(work)
    except WarehouseBusy as error:
        _fail(str(error))
    except WarehouseUnchanged as error:
        _fail(f"{error}\nThe warehouse at {db_path} was left unchanged.")
    print_outcomes(summary)
    console.print(f"warehouse: {literal(db_path)}")


@app.command()
def build(input_dir: Path = INPUT_OPTION, db: Optional[Path] = DB_OPTION,
          force: bool = typer.Option(False, "--force", help="Rebuild everything from the raw tables (a full refresh), even if nothing changed"),
          sync: bool = typer.Option(False, "--sync", help="Also remove the documents whose files are no longer "
                                                          "in --input (by their bytes)"),
          as_json: bool = typer.Option(False, "--json", help="Print a machine-readable summary (and nothing else)")) -> None:
    """Ingest --input, run dbt (seeds, models, tests) and the data checks, then swap the new warehouse in atomically. Does nothing, quickly, when nothing changed since the last build. Exit codes: 0 built or up to date, 1 failed (the warehouse is left unchanged), 2 usage error. --json prints one summary object instead (docs/operations.md)."""
    import time

    from budgetwh.build import BuildFailed, build as run_build
    from ingest.run import input_files
    from budgetwh.warehouse import WarehouseBusy, WarehouseUnchanged

    db_path = _db(db)
    try:
        total = len(input_files(input_dir))
    except FileNotFoundError as error:
        _fail(str(error), code=2)
    steps: list[list] = []

    def on_step(message: str) -> None:
        steps.append([message, time.perf_counter()])
        if not as_json:
            console.print(f"[cyan]→[/] {literal(message)}")

    started = time.perf_counter()
    try:
        with progress_bar(total, quiet=as_json) as progress:
            task = progress.add_task("ingesting", total=total, current="")
            result = run_build(input_dir, db_path, force=force, sync=sync, on_step=on_step,
                               on_file=lambda o: progress.update(task, advance=1, current=Path(o.path).name))
    except (BuildFailed, WarehouseBusy, WarehouseUnchanged) as error:
        if as_json:
            print_json({"status": "failed", "warehouse": str(db_path), "warehouse_unchanged": True,
                         "error": str(error), "seconds": round(time.perf_counter() - started, 2),
                         "steps": _step_timings(steps, time.perf_counter())})
            raise typer.Exit(1)
        _fail(f"{error}\nThe warehouse at {db_path} was left unchanged.")
    if as_json:
        print_json(_build_summary(result, db_path, _step_timings(steps, time.perf_counter())))
        return
    if result.skipped:
        console.print(f"[green]Up to date[/]: nothing changed since the last build ({result.seconds:.1f}s).")
    elif result.ingest:
        print_outcomes(result.ingest)
    if result.removed:
        console.print(f"removed {len(result.removed)} documents whose files are gone: {', '.join(result.removed)}")
    checks = "n/a" if result.failed_checks is None else str(result.failed_checks)
    console.print(f"[bold]warehouse[/] {literal(db_path)}: {result.documents} documents, {result.facts} facts, "
                  f"{checks} failed reconciliation checks, {result.seconds:.1f}s")


def _step_timings(steps: list[list], finished: float) -> list[dict]:
    ends = [at for _, at in steps[1:]] + [finished]
    return [{"step": message, "seconds": round(end - at, 2)} for (message, at), end in zip(steps, ends)]


def _build_summary(result, db_path: Path, steps: list[dict]) -> dict:
    ingest = result.ingest
    files = {status: ingest.count(status) for status in ("loaded", "duplicate", "quarantined")} if ingest else {}
    return {"status": "up_to_date" if result.skipped else "built", "warehouse": str(db_path),
            "documents": result.documents, "facts": result.facts, "files": files,
            "quarantined": [{"path": o.path, "reason": o.reason} for o in ingest.outcomes
                            if o.status == "quarantined"] if ingest else [],
            "removed": result.removed, "failed_checks": result.failed_checks,
            "seconds": round(result.seconds, 2), "steps": steps}


@app.command()
def remove(document: str = typer.Argument(..., help="A document_id, or a unique part of a source file name"),
           db: Optional[Path] = DB_OPTION) -> None:
    """Take one document out of the warehouse: its facts leave every table and the marts are rebuilt; raw.ingest_log keeps its history and a `removed` row. (A build of a folder that still holds its file loads it again.)"""
    import duckdb

    from budgetwh.build import BuildFailed, forget_last_build, refresh_models
    from budgetwh.remove import NoSuchDocument, find_document, remove_documents
    from budgetwh.warehouse import WarehouseBusy, WarehouseUnchanged, working_copy

    db_path = _db(db)
    if not db_path.exists():
        _fail(f"warehouse not found: {db_path}")
    try:
        with working_copy(db_path) as work:
            connection = duckdb.connect(str(work))
            try:
                found = find_document(connection, document)
                remove_documents(connection, [found], "removed by budgetwh remove")
                connection.execute("checkpoint")
            finally:
                connection.close()
            refresh_models(work, lambda message: console.print(f"[cyan]→[/] {literal(message)}"), full=True)
            forget_last_build(work)
    except NoSuchDocument as error:
        _fail(str(error), code=2)
    except (BuildFailed, WarehouseBusy, WarehouseUnchanged) as error:
        _fail(f"{error}\nThe warehouse at {db_path} was left unchanged.")
    console.print(f"removed {found[0]} ({literal(found[1])}) from {literal(db_path)}")


@app.command()
def query(sql: str = typer.Argument(..., help="One SELECT statement"), db: Optional[Path] = DB_OPTION,
          output: str = typer.Option("table", "--format", "-f", help="table | csv | json"),
          limit: int = typer.Option(1000, help="Rows shown in table format (0 = all)"),
          timeout: float = typer.Option(60.0, "--timeout", help="Seconds before the query is stopped (0 = never)")) -> None:
    """Run one read-only query (SELECT …). Anything else (DROP, INSERT, ATTACH, COPY, PRAGMA, SET, INSTALL …) is refused before it reaches the database, which is opened read-only anyway, with a memory limit ($BUDGET_QUERY_MEMORY_LIMIT, default 4GB) and a time limit (--timeout). Exit codes: 0 done, 1 failed or stopped, 2 refused."""
    import threading

    import duckdb

    from budgetwh.query import QueryRefused, check_query
    from budgetwh.warehouse import connect_read_only

    if output not in ("table", "csv", "json"):
        _fail(f"unknown --format {output!r}: use table, csv or json", code=2)
    try:
        check_query(sql)
    except QueryRefused as error:
        _fail(f"query refused: {error}", code=2)
    try:
        connection = connect_read_only(_db(db))
    except (FileNotFoundError, duckdb.Error) as error:
        _fail(str(error))
    timer = threading.Timer(timeout, connection.interrupt) if timeout > 0 else None
    try:
        if timer:
            timer.start()
        cursor = connection.execute(sql)
        print_rows(cursor, output, limit)
    except duckdb.InterruptException:
        _fail(f"query stopped after {timeout:g} s (--timeout)")
    except duckdb.Error as error:
        _fail(f"query failed: {error}")
    finally:
        if timer:
            timer.cancel()
        connection.close()


@app.command()
def check(document: Optional[str] = typer.Option(None, "--document", "-d",
                                                 help="A document_id, or part of a source file name"),
          db: Optional[Path] = DB_OPTION,
          output: str = typer.Option("table", "--format", "-f", help="table | json"),
          show_all: bool = typer.Option(False, "--all", help="Also list the checks that passed"),
          fail_on_findings: bool = typer.Option(False, "--fail-on-findings",
                                                help="Exit 1 when a check failed (for scheduled jobs)")) -> None:
    """Where each report contradicts itself: the accounting identities of marts.mart_reconciliation, per document, with the values compared and the lines they come from."""
    import duckdb

    from budgetwh.warehouse import connect_read_only

    if output not in ("table", "json"):
        _fail(f"unknown --format {output!r}: use table or json", code=2)
    try:
        connection = connect_read_only(_db(db))
    except (FileNotFoundError, duckdb.Error) as error:
        _fail(str(error))
    try:
        documents = connection.execute("""
            select document_id, source_file, coalesce(county, '?') || ' ' || coalesce(department, '?'), fiscal_year
            from marts.dim_document
            where ? is null or document_id = ? or source_file like '%' || ? || '%'
            order by source_file""", [document, document, document]).fetchall()
        if not documents:
            _fail(f"no document matches {document!r}")
        checks = connection.execute("""
            select document_id, check_name, subject, expected_value, actual_value, difference, passed, detail
            from marts.mart_reconciliation
            where document_id in (select unnest(?::varchar[]))
            order by document_id, passed, check_name, subject""", [[d[0] for d in documents]]).fetchall()
    except duckdb.Error as error:
        _fail(f"cannot read the reconciliation mart: {error}")
    finally:
        connection.close()
    failed_total = sum(1 for c in checks if not c[6])
    print_check_report(documents, checks, show_all, output)
    if fail_on_findings and failed_total:
        raise typer.Exit(1)


@app.command()
def export(to: Path = typer.Option(..., "--to", help="Folder to write the files to"),
           file_format: str = typer.Option("parquet", "--format", help="parquet | csv"),
           floats: bool = typer.Option(False, "--floats", help="Amounts as doubles (for pandas and Excel) instead of decimals"),
           db: Optional[Path] = DB_OPTION) -> None:
    """Write every marts table as a flat file (one file per table; CSV is UTF-8 without BOM). Column descriptions go with it: Parquet field metadata, or columns.csv beside CSV files."""
    from budgetwh.export import export_marts

    try:
        written = export_marts(_db(db), to, file_format, floats=floats)
    except (ValueError, FileNotFoundError) as error:
        _fail(str(error))
    for path in written:
        console.print(f"wrote {literal(path)}")


@app.command()
def docs(out: Path = typer.Option(Path("warehouse/docs"), "--out", help="Folder to write the documentation to"),
         db: Optional[Path] = DB_OPTION) -> None:
    """Write the dbt documentation of the warehouse (models, columns with their Chinese terms, lineage) as one self-contained page, OUT/index.html, that opens from disk without a server or internet."""
    import shutil
    import tempfile

    from budgetwh.build import BuildFailed, run_dbt

    db_path = _db(db)
    if not db_path.exists():
        _fail(f"warehouse not found: {db_path} (run `budgetwh build` first)")
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / db_path.name  # dbt opens its database read-write: never the one readers hold
        shutil.copy2(db_path, copy)
        try:
            run_dbt(["docs", "generate", "--static"], copy)
        except BuildFailed as error:
            _fail(str(error))
        out.mkdir(parents=True, exist_ok=True)
        shutil.copy2(Path(folder) / "dbt" / "target" / "static_index.html", out / "index.html")
    console.print(f"wrote {literal(out / 'index.html')} (open it in a browser, from disk)")


SHOW_FORMAT = typer.Option("text", "--format", "-f", help="text | json")


def _open_for_reading(db: Optional[Path], output: str):
    import duckdb

    from budgetwh.warehouse import connect_read_only

    if output not in ("text", "json"):
        _fail(f"unknown --format {output!r}: use text or json", code=2)
    try:
        return connect_read_only(_db(db))
    except (FileNotFoundError, duckdb.Error) as error:
        _fail(str(error))


@app.command()
def show(document: str = typer.Argument(..., help="A document_id, or a unique part of it or of its file name"),
         db: Optional[Path] = DB_OPTION, output: str = SHOW_FORMAT) -> None:
    """One document: its metadata, its facts grouped by family with their fact_id and line, and its failed reconciliation checks."""
    from budgetwh.provenance import FAMILIES, NotFound, show_document

    connection = _open_for_reading(db, output)
    try:
        shown = show_document(connection, document)
    except NotFound as error:
        _fail(str(error))
    finally:
        connection.close()
    if output == "json":
        print_json(json_value(shown))
        return
    print_record("document", shown["document"])
    for table, facts in shown["facts"].items():
        if facts:
            print_facts(FAMILIES[table], facts)
    checks = shown["failed_checks"]
    if checks:
        print_checks(f"failed checks ({len(checks)})", checks)
    else:
        console.print("[green]no failed checks[/]")


@app.command()
def trace(fact: Optional[str] = typer.Argument(None, help="A fact_id, e.g. 0c535b101fe309c9:budget_lines:4 (document, family, index), as the fact tables and marts cite it"),
          mart: Optional[str] = typer.Option(None, "--mart", help="A mart whose rows to trace (their source_fact_id / *_fact_id / fact_ids)"),
          where: Optional[str] = typer.Option(None, "--where", help="SQL condition choosing the mart's rows, e.g. \"function_code = '2040601'\""),
          limit: int = typer.Option(5, "--limit", help="Mart rows traced at most"),
          context: int = typer.Option(3, "--context", help="Source lines shown before and after the fact's line"),
          db: Optional[Path] = DB_OPTION, output: str = SHOW_FORMAT) -> None:
    """From a number to its source: the fact, the lines around it in the document's text (its own line marked), and every reconciliation check that involves it. With --mart, every fact the chosen mart rows cite."""
    from budgetwh.provenance import NotFound, mart_fact_ids, trace_fact

    if (fact is None) == (mart is None):
        _fail("give a FACT_ID or --mart TABLE [--where CONDITION]", code=2)
    connection = _open_for_reading(db, output)
    try:
        if fact is not None:
            traced = [{"row": None, "traces": [trace_fact(connection, fact, context)]}]
        else:
            traced = [{"row": row, "traces": [trace_fact(connection, cited, context) for cited in ids]}
                      for row, ids in mart_fact_ids(connection, mart, where, limit)]
            if not traced:
                _fail(f"no row of marts.{mart} matches {where!r}")
    except NotFound as error:
        _fail(str(error))
    finally:
        connection.close()
    if output == "json":
        print_json(json_value(traced[0]["traces"][0] if fact is not None else traced))
        return
    for item in traced:
        if item["row"] is not None:
            print_record(f"marts.{mart} row", item["row"])
        for one in item["traces"]:
            print_trace(one)


@app.command()
def version() -> None:
    """Print the parser version (the hash part changes with the parser's code and reference data)."""
    from ingest.fingerprint import parser_version
    console.print(f"budgetwh {PARSER_VERSION} (parser {parser_version()})")


@app.command()
def site(out: Path = typer.Option(Path("warehouse/site"), "--out", help="Folder to write the site to"),
         db: Optional[Path] = DB_OPTION) -> None:
    """Write the warehouse as a static site, OUT/index.html, that opens from disk without a server or internet: every document with its facts beside its source text (each number links to its line, contradictions marked), and comparisons with charts across districts and years."""
    from budgetwh.site import MissingAsset, SiteError, build_site

    db_path = _db(db)
    try:
        with progress_bar(0) as progress:
            task = progress.add_task("writing pages", total=None, current="")
            summary = build_site(db_path, out, on_document=lambda done, total: progress.update(
                task, completed=done, total=total))
    except (SiteError, MissingAsset) as error:
        _fail(str(error))
    except OSError as error:
        _fail(f"cannot write the site to {out}: {error.strerror or error}")
    console.print(f"wrote {summary.pages} pages for {summary.documents} documents: {literal(out / 'index.html')} "
                  f"(open it in a browser, from disk)")


if __name__ == "__main__":
    app()
