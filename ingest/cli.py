"""`budgetwh`: the command line over the library (ingest, build, query, export)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ingest import PARSER_VERSION
from ingest.terminal import as_json, as_text, is_number, literal, visible, without_controls

app = typer.Typer(help="Budget warehouse: Chinese department final accounts and performance reports "
                       "in DuckDB. Ingest reports, build the marts, query them read-only.",
                  no_args_is_help=True, add_completion=False)
console = Console()
errors = Console(stderr=True, style="bold red")

DB_OPTION = typer.Option(None, "--db", help="Warehouse file [default: $BUDGET_DB_PATH or warehouse/budget.duckdb]")
INPUT_OPTION = typer.Option(..., "--input", "-i", help="Folder of report files (searched recursively)",
                            exists=False)


def _db(path: Optional[Path]) -> Path:
    from ingest.warehouse import default_db_path
    return path or default_db_path()


def _fail(message: str, code: int = 1) -> None:
    errors.print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(code)


def _progress(total: int, quiet: bool = False):
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TextColumn("{task.fields[current]}", markup=False), console=console,
                    transient=True, disable=quiet or not console.is_terminal)


def _print_outcomes(summary) -> None:
    problems = [o for o in summary.outcomes if o.status == "quarantined"]
    console.print(f"[green]{summary.count('loaded')} loaded[/], {summary.count('duplicate')} duplicate, "
                  f"[{'red' if problems else 'green'}]{len(problems)} quarantined[/], {summary.facts} facts "
                  f"(run {summary.run_id})")
    for outcome in problems:
        console.print(f"  [yellow]quarantined[/] {literal(outcome.path)}: {literal(outcome.reason)}", highlight=False)


@app.command()
def ingest(input_dir: Path = INPUT_OPTION, db: Optional[Path] = DB_OPTION) -> None:
    """Read every report under --input and load its facts into the warehouse's raw schema.

    Files that cannot be read (empty, binary, not a report) are quarantined with a reason in raw.ingest_log; the others are loaded. Loading the same bytes again changes nothing."""
    from ingest.build import forget_last_build
    from ingest.run import ingest_files, input_files
    from ingest.warehouse import WarehouseBusy, WarehouseUnchanged, working_copy

    db_path = _db(db)
    try:
        paths = input_files(input_dir)
    except FileNotFoundError as error:
        _fail(str(error))
    if not paths:
        _fail(f"no files under {input_dir}")
    try:
        with working_copy(db_path) as work, _progress(len(paths)) as progress:
            task = progress.add_task("ingesting", total=len(paths), current="")
            summary = ingest_files(paths, work, root=input_dir, on_file=lambda o: progress.update(
                task, advance=1, current=Path(o.path).name))
            forget_last_build(work)
    except WarehouseBusy as error:
        _fail(str(error))
    except WarehouseUnchanged as error:
        _fail(f"{error}\nThe warehouse at {db_path} was left unchanged.")
    _print_outcomes(summary)
    console.print(f"warehouse: {literal(db_path)}")


@app.command()
def build(input_dir: Path = INPUT_OPTION, db: Optional[Path] = DB_OPTION,
          force: bool = typer.Option(False, "--force", help="Rebuild even if nothing changed"),
          sync: bool = typer.Option(False, "--sync", help="Also remove the documents whose files are no longer "
                                                          "in --input (by their bytes)"),
          as_json: bool = typer.Option(False, "--json", help="Print a machine-readable summary (and nothing else)")) -> None:
    """Ingest --input, run dbt (seeds, models, tests) and the data checks, then swap the new warehouse in atomically. Does nothing, quickly, when nothing changed since the last build. Exit codes: 0 built or up to date, 1 failed (the warehouse is left unchanged), 2 usage error. --json prints one summary object instead (docs/operations.md)."""
    import time

    from ingest.build import BuildFailed, build as run_build
    from ingest.run import input_files
    from ingest.warehouse import WarehouseBusy, WarehouseUnchanged

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
        with _progress(total, quiet=as_json) as progress:
            task = progress.add_task("ingesting", total=total, current="")
            result = run_build(input_dir, db_path, force=force, sync=sync, on_step=on_step,
                               on_file=lambda o: progress.update(task, advance=1, current=Path(o.path).name))
    except (BuildFailed, WarehouseBusy, WarehouseUnchanged) as error:
        if as_json:
            _print_json({"status": "failed", "warehouse": str(db_path), "warehouse_unchanged": True,
                         "error": str(error), "seconds": round(time.perf_counter() - started, 2),
                         "steps": _step_timings(steps, time.perf_counter())})
            raise typer.Exit(1)
        _fail(f"{error}\nThe warehouse at {db_path} was left unchanged.")
    if as_json:
        _print_json(_build_summary(result, db_path, _step_timings(steps, time.perf_counter())))
        return
    if result.skipped:
        console.print(f"[green]Up to date[/]: nothing changed since the last build ({result.seconds:.1f}s).")
    elif result.ingest:
        _print_outcomes(result.ingest)
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


def _print_json(value) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1, default=as_json) + "\n")


@app.command()
def remove(document: str = typer.Argument(..., help="A document_id, or a unique part of a source file name"),
           db: Optional[Path] = DB_OPTION) -> None:
    """Take one document out of the warehouse: its facts leave every table and the marts are rebuilt; raw.ingest_log keeps its history and a `removed` row. (A build of a folder that still holds its file loads it again.)"""
    import duckdb

    from ingest.build import BuildFailed, forget_last_build, refresh_models
    from ingest.remove import NoSuchDocument, find_document, remove_documents
    from ingest.warehouse import WarehouseBusy, WarehouseUnchanged, working_copy

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

    from ingest.query import QueryRefused, check_query
    from ingest.warehouse import connect_read_only

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
        _print_rows(cursor, output, limit)
    except duckdb.InterruptException:
        _fail(f"query stopped after {timeout:g} s (--timeout)")
    except duckdb.Error as error:
        _fail(f"query failed: {error}")
    finally:
        if timer:
            timer.cancel()
        connection.close()


_FETCH_ROWS = 10_000


def _json_value(value):
    """Strings without control characters, lists and structs element by element, the rest for
    json.dumps (numbers as numbers)."""
    if isinstance(value, str):
        return without_controls(value)
    if isinstance(value, (list, tuple)):
        return [_json_value(item) for item in value]
    if isinstance(value, dict):
        return {without_controls(str(key)): _json_value(item) for key, item in value.items()}
    return value


def _batches(cursor):
    while rows := cursor.fetchmany(_FETCH_ROWS):
        yield rows


def _column_layout(columns, rows, texts, total_width: int) -> list[tuple[str, str, int]]:
    """(name, justify, width) per column: a number column as wide as its widest figure or name (a
    figure is never cut nor wrapped), text columns sharing what is left, cut with … beyond it."""
    from rich.cells import cell_len

    numeric = [bool(rows) and all(is_number(row[i]) or row[i] is None for row in rows) for i in range(len(columns))]
    natural = [max([cell_len(str(columns[i]))] + [cell_len(row[i]) for row in texts]) for i in range(len(columns))]
    left = total_width - 1 - 3 * len(columns) - sum(w for w, is_num in zip(natural, numeric) if is_num)
    width = {i: natural[i] for i in range(len(columns)) if numeric[i]}
    wanting = sorted((i for i in range(len(columns)) if not numeric[i]), key=lambda i: natural[i])
    while wanting:  # the narrow text columns take what they need, the wide ones share the rest
        share = max(6, left // len(wanting))
        i = wanting.pop(0)
        width[i] = min(natural[i], share)
        left -= width[i]
    return [(column, "right" if numeric[i] else "left", width[i]) for i, column in enumerate(columns)]


def _print_rows(cursor, output: str, limit: int) -> None:
    """Rows as they are fetched, in batches: a large result never sits in memory whole; a table
    fetches only the rows it shows."""
    columns = [d[0] for d in cursor.description]
    if output == "csv":
        import csv
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow([without_controls(column) for column in columns])
        for rows in _batches(cursor):
            writer.writerows([value if is_number(value) else without_controls(as_text(value)) for value in row]
                             for row in rows)
    elif output == "json":
        keys = [without_controls(column) for column in columns]
        separator = "[\n"
        for rows in _batches(cursor):
            for row in rows:
                item = json.dumps({k: _json_value(v) for k, v in zip(keys, row)}, ensure_ascii=False,
                                  default=as_json)
                sys.stdout.write(separator + " " + item)
                separator = ",\n"
        sys.stdout.write("[]\n" if separator == "[\n" else "\n]\n")
    else:
        rows = cursor.fetchall() if not limit else cursor.fetchmany(limit + 1)
        shown = rows if not limit else rows[:limit]
        texts = [[visible(as_text(v)) for v in row] for row in shown]  # widths of what is shown
        table = Table(show_lines=False)
        for column, justify, width in _column_layout(columns, shown, texts, console.width):
            table.add_column(literal(column), justify=justify, no_wrap=True, overflow="ellipsis",
                             min_width=width if justify == "right" else None, max_width=width)
        for row in texts:
            table.add_row(*[literal(v) for v in row])
        console.print(table)
        if len(shown) < len(rows):
            console.print(f"(more rows than the {limit} shown; use --limit 0 or --format csv)")


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

    from ingest.warehouse import connect_read_only

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
    if output == "json":
        report = [{"document_id": d[0], "source_file": d[1], "who": d[2], "fiscal_year": d[3],
                   "checks": [dict(zip(("check_name", "subject", "expected_value", "actual_value", "difference",
                                        "passed", "detail"), c[1:])) for c in checks
                              if c[0] == d[0] and (show_all or not c[6])],
                   "failed": sum(1 for c in checks if c[0] == d[0] and not c[6]),
                   "total": sum(1 for c in checks if c[0] == d[0])} for d in documents]
        sys.stdout.write(json.dumps(report, ensure_ascii=False, default=str, indent=1) + "\n")
    else:
        for document_id, source_file, who, year in documents:
            mine = [c for c in checks if c[0] == document_id]
            failed = [c for c in mine if not c[6]]
            colour = "red" if failed else "green"
            console.print(f"[bold]{literal(source_file)}[/] ({literal(who)}, {year}, {document_id}): "
                          f"[{colour}]{len(failed)} of {len(mine)} checks failed[/]")
            shown = mine if show_all else failed
            if shown:
                table = Table("check", "subject", "expected", "actual", "difference", "detail")
                for _, name, subject, expected, actual, difference, passed, detail in shown:
                    table.add_row(("" if passed else "[red]✗[/] ") + literal(name), literal(subject), as_text(expected),
                                  as_text(actual), as_text(difference), literal(detail or ""))
                console.print(table)
    if fail_on_findings and failed_total:
        raise typer.Exit(1)


@app.command()
def export(to: Path = typer.Option(..., "--to", help="Folder to write the files to"),
           file_format: str = typer.Option("parquet", "--format", help="parquet | csv"),
           floats: bool = typer.Option(False, "--floats", help="Amounts as doubles (for pandas and Excel) instead of decimals"),
           db: Optional[Path] = DB_OPTION) -> None:
    """Write every marts table as a flat file (one file per table; CSV is UTF-8 without BOM). Column descriptions go with it: Parquet field metadata, or columns.csv beside CSV files."""
    from ingest.export import export_marts

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

    from ingest.build import BuildFailed, run_dbt

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

    from ingest.warehouse import connect_read_only

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
    from ingest.provenance import FAMILIES, NotFound, show_document

    connection = _open_for_reading(db, output)
    try:
        shown = show_document(connection, document)
    except NotFound as error:
        _fail(str(error))
    finally:
        connection.close()
    if output == "json":
        _print_json(_json_value(shown))
        return
    _print_record("document", shown["document"])
    for table, facts in shown["facts"].items():
        if facts:
            _print_facts(FAMILIES[table], facts)
    checks = shown["failed_checks"]
    if checks:
        _print_checks(f"failed checks ({len(checks)})", checks)
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
    from ingest.provenance import NotFound, mart_fact_ids, trace_fact

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
        _print_json(_json_value(traced[0]["traces"][0] if fact is not None else traced))
        return
    for item in traced:
        if item["row"] is not None:
            _print_record(f"marts.{mart} row", item["row"])
        for one in item["traces"]:
            _print_trace(one)


def _print_trace(traced: dict) -> None:
    fact = {name: value for name, value in traced["fact"].items() if value is not None}
    _print_record(f"fact {traced['fact_id']}", fact)
    console.print(f"[bold]{literal(traced['source_file'] or '')}[/], line {traced['source_line']}", highlight=False)
    for line in traced["lines"]:
        page = f"p.{line['page']:<3}" if line["page"] is not None else "     "
        text = literal(line["line_text"].replace("\t", "  "))
        if line["line_number"] == traced["source_line"]:
            console.print(f"[reverse]> {line['line_number']:>5} {page} {text}[/]", highlight=False)
        else:
            console.print(f"  {line['line_number']:>5} {page} {text}", highlight=False)
    if traced["checks"]:
        _print_checks("checks involving it", traced["checks"])
    console.print()


def _print_facts(family, facts: list[dict]) -> None:
    """A family's facts, one per row: line, fact id, what it is, its figures."""
    table = Table(title=literal(f"{family.table} ({len(facts)})"), title_justify="left")
    for name, justify in (("line", "right"), ("fact_id", "left"), ("what", "left"), ("figures", "right")):
        table.add_column(name, justify=justify, overflow="fold")
    for fact in facts:
        described = [as_text(fact[name]) for name in family.describes if fact[name] is not None]
        what = " · ".join(dict.fromkeys(described))  # a reported name equal to the reference name once
        figures = " ".join(as_text(fact[name]) for name in family.figures if fact[name] is not None)
        table.add_row(str(fact["source_line"]), literal(fact["fact_id"].split(":", 1)[1]), literal(what),
                      literal(figures))
    console.print(table)


def _print_record(title: str, record: dict) -> None:
    table = Table(title=literal(title), show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    for name, value in record.items():
        table.add_row(literal(name), literal(as_text(value)))
    console.print(table)


def _print_checks(title: str, checks: list[dict]) -> None:
    """Reconciliation rows: the identity, its two sides, and the facts it reads (ids without
    their document part, which the title gives)."""
    table = Table(title=literal(title), title_justify="left")
    for name, justify in (("check", "left"), ("subject", "left"), ("expected", "right"), ("actual", "right"),
                          ("passed", "left"), ("facts", "left")):
        table.add_column(name, justify=justify, overflow="fold")
    for check in checks:
        facts = ", ".join(cited.split(":", 1)[-1] for cited in (check.get("fact_ids") or "").split(",") if cited)
        table.add_row(literal(check["check_name"]), literal(as_text(check["subject"])),
                      as_text(check["expected_value"]), as_text(check["actual_value"]),
                      "yes" if check["passed"] else "no", literal(facts))
    console.print(table)


@app.command()
def version() -> None:
    """Print the parser version (the hash part changes with the parser's code and reference data)."""
    from ingest.fingerprint import parser_version
    console.print(f"budgetwh {PARSER_VERSION} (parser {parser_version()})")


@app.command()
def site(out: Path = typer.Option(Path("warehouse/site"), "--out", help="Folder to write the site to"),
         db: Optional[Path] = DB_OPTION) -> None:
    """Write the warehouse as a static site, OUT/index.html, that opens from disk without a server or internet: every document with its facts beside its source text (each number links to its line, contradictions marked), and comparisons with charts across districts and years."""
    from ingest.site import MissingAsset, SiteError, build_site

    db_path = _db(db)
    try:
        with _progress(0) as progress:
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
