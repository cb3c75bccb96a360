"""Scale benchmark: generate N synthetic reports, build a warehouse from them, print what it cost.

    python bench/run.py                 # N = 1,000
    python bench/run.py --n 100000 --json bench/out/scale-100k.json

Steps, each timed: generate the corpus (N reports and 1 % more, reused when already there) →
read + sha256 of the N files (the floor any ingest pays) → ingest with the parallel loader →
`dbt build` (seeds, models and tests, as `make build` runs it) → typical analyst queries on the
marts → extraction accuracy against the known facts → ingest of the 1 % more reports + `dbt
build` again (the incremental path) → the same `dbt build` with nothing new → size on disk and
peak memory. The warehouse lives in a
temporary folder (never warehouse/); dbt's target/ and logs go there too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import resource
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import duckdb  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from bench import accuracy  # noqa: E402
from bench.make_corpus import DEFAULT_OUT, make_report, facts_path  # noqa: E402

console = Console(width=None if sys.stdout.isatty() else 130)
TARGETS = {"ingest_100k_minutes": 15, "incremental_ratio": 0.10, "query_p95_ms": 100, "accuracy": 0.995,
           "pdf_ms_per_page": 10, "nothing_new_dbt_seconds": 5}
# Real PDFs to time the PDF reader on (public disclosures kept outside the project; never copied in)
DEFAULT_PDF_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "realdocs"
QUERY_REPETITIONS = 30
PARSE_SAMPLE = 200
ACCURACY_SAMPLE = 20_000
QUERIES = {
    "cross-district, one code and year": (
        "select province, city, county, department, amount_wan, share_of_department_total, rank_among_regions "
        "from marts.mart_function_comparison where fiscal_year = ? and function_code = ? "
        "order by rank_among_regions"),
    "one district across years": (
        "select fiscal_year, department, function_code, function_name, amount_wan, prior_year_amount_wan, "
        "change_ratio from marts.mart_function_comparison where admin_code = ? "
        "order by department, fiscal_year, function_code"),
    "top 20 by 三公 per staff": (
        "select province, city, county, department, three_public_total_wan, staff_actual, "
        "three_public_per_staff_wan from marts.mart_department_scorecard "
        "where fiscal_year = ? and three_public_per_staff_wan is not null "
        "order by three_public_per_staff_wan desc limit 20"),
}


@dataclass
class Figures:
    """Everything measured, as written to --json."""
    n: int
    seed: int
    workers: int
    machine: dict = field(default_factory=dict)
    seconds: dict = field(default_factory=dict)
    ingest: dict = field(default_factory=dict)
    dbt: dict = field(default_factory=dict)
    incremental: dict = field(default_factory=dict)
    nothing_new: dict = field(default_factory=dict)
    queries: dict = field(default_factory=dict)
    accuracy: dict = field(default_factory=dict)
    storage: dict = field(default_factory=dict)
    memory: dict = field(default_factory=dict)
    pdf: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)


# ---- progress -------------------------------------------------------------------------------------

class Progress:
    """A rich progress bar on a terminal; elsewhere (a log file) a line every 5 % or 60 s."""

    def __init__(self, label: str, total: int) -> None:
        self.label, self.total, self.done = label, total, 0
        self.started = self.last_print = time.perf_counter()
        self.last_share = 0.0
        self.bar = None
        if console.is_terminal:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TimeElapsedColumn
            self.bar = Bar("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                           TimeElapsedColumn(), console=console, transient=True)
            self.task = self.bar.add_task(label, total=total)

    def __enter__(self) -> Progress:
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.bar:
            self.bar.stop()
        console.print(f"  {self.label}: {self.done:,} in {time.perf_counter() - self.started:,.1f}s")

    def advance(self, *_args) -> None:
        self.done += 1
        if self.bar:
            self.bar.update(self.task, advance=1)
            return
        now, share = time.perf_counter(), self.done / self.total
        if share - self.last_share >= 0.05 or now - self.last_print >= 60:
            rate = self.done / (now - self.started)
            print(f"  {self.label}: {self.done:,}/{self.total:,} ({share:.0%}, {rate:,.1f}/s, "
                  f"rss {rss_mb():,.0f} MB)", flush=True)
            self.last_share, self.last_print = share, now


@contextmanager
def timed(figures: Figures, name: str):
    console.print(f"[cyan]→[/] {name}")
    started = time.perf_counter()
    yield
    figures.seconds[name] = round(time.perf_counter() - started, 2)


def rss_mb() -> float:
    """Current resident memory of this process."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20


# ---- steps ------------------------------------------------------------------------------------------

def corpus(folder: Path, start: int, n: int, seed: int) -> list[Path]:
    """Reports start … start+n-1 of the corpus `seed`, written unless already there."""
    folder.mkdir(parents=True, exist_ok=True)
    existing = {int(path.name.split("_")[1]): path for path in folder.glob("SYN_*.txt")
                if facts_path(path).exists()}
    paths = []
    with Progress("generate", n) as progress:
        for index in range(start, start + n):
            if index not in existing:
                report = make_report(index, seed)
                path = folder / report.name
                path.write_text(report.text, encoding="utf-8")
                facts_path(path).write_text(json.dumps(report.facts, ensure_ascii=False, separators=(",", ":")),
                                            encoding="utf-8")
                existing[index] = path
            paths.append(existing[index])
            progress.advance()
    return paths


def read_cost(paths: list[Path]) -> tuple[float, int]:
    """Seconds to read and hash every file once (what any ingest pays at least), and the bytes."""
    started, size = time.perf_counter(), 0
    for path in paths:
        data = path.read_bytes()
        hashlib.sha256(data).hexdigest()
        size += len(data)
    return time.perf_counter() - started, size


def parse_cost(paths: list[Path]) -> float:
    """Milliseconds per report to read, normalise and parse, in this process (no pool, no writes)."""
    from ingest.pipeline import parse_lines
    from ingest.readers import read_report

    sample = random.Random(0).sample(paths, min(len(paths), PARSE_SAMPLE))
    started = time.perf_counter()
    for path in sample:
        parse_lines(read_report(path.read_bytes()).lines)
    return (time.perf_counter() - started) * 1000 / len(sample)


def pdf_cost(folder: Path | None) -> dict:
    """CPU time of the PDF reader (text layer, ruled tables, page numbers) on every PDF of
    `folder`, one process: ms per page and pages per second."""
    from ingest.readers import read_report

    files = sorted(folder.glob("*.pdf")) if folder and folder.is_dir() else []
    if not files:
        return {}
    import pypdfium2

    datas = [path.read_bytes() for path in files]
    pages = sum(len(pypdfium2.PdfDocument(data)) for data in datas)
    started = time.process_time()
    for data in datas:
        read_report(data)
    cpu = time.process_time() - started
    return {"folder": str(folder), "files": len(files), "pages": pages, "cpu_seconds": round(cpu, 2),
            "ms_per_page": round(cpu * 1000 / pages, 1), "pages_per_second": round(pages / cpu, 1)}


def cpu_seconds() -> float:
    """CPU time used so far by this process and its finished children (parse workers, dbt)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def ingest(paths: list[Path], db: Path, workers: int, label: str) -> tuple[float, object, list[float]]:
    """(seconds, run summary, this process's RSS in MB at each tenth of the run)."""
    from ingest.run import ingest_files

    checkpoints = {max(1, len(paths) * k // 10) for k in range(1, 11)}
    rss = []
    with Progress(label, len(paths)) as progress:
        def on_file(outcome) -> None:
            progress.advance()
            if progress.done in checkpoints:
                rss.append(round(rss_mb(), 1))
        started = time.perf_counter()
        summary = ingest_files(paths, db, on_file=on_file, workers=workers)
        seconds = time.perf_counter() - started
    return seconds, summary, rss


def dbt_build(db: Path, figures: Figures, key: str, tests_since: str | None = None) -> float:
    """The build's `dbt build` (budgetwh.build.dbt_build: tests of the new documents only when
    `tests_since` is given), or `dbt run` when tests fail; returns seconds; the slowest nodes go
    in figures."""
    from budgetwh.build import BuildFailed, dbt_artefacts, run_dbt
    from budgetwh.build import dbt_build as build_models

    started = time.perf_counter()
    command = "build"
    try:
        build_models(db, full=False, tests_since=tests_since)
    except BuildFailed as error:
        figures.notes.append(f"{key}: dbt build failed, timing `dbt run` instead: {str(error)[-600:]}")
        command = "run"
        started = time.perf_counter()
        run_dbt(["run"], db)
    seconds = time.perf_counter() - started
    getattr(figures, key if key in ("incremental", "nothing_new") else "dbt").update(
        {"command": command, "timings": slowest_nodes(dbt_artefacts(db) / "target" / "run_results.json")})
    return seconds


def slowest_nodes(run_results: Path, top: int = 10) -> dict:
    """dbt's own timings (run_results.json): all nodes together, by kind, and the slowest."""
    if not run_results.exists():
        return {}
    results = json.loads(run_results.read_text(encoding="utf-8"))["results"]
    by_kind: dict[str, float] = {}
    for result in results:
        kind = result["unique_id"].split(".")[0]
        by_kind[kind] = round(by_kind.get(kind, 0) + result.get("execution_time", 0), 2)
    nodes = sorted(results, key=lambda r: -r.get("execution_time", 0))[:top]
    return {"nodes": len(results), "node_seconds_by_kind": by_kind,
            "slowest": [{"node": r["unique_id"], "seconds": round(r.get("execution_time", 0), 2),
                         "status": r.get("status")} for r in nodes]}


def query_latencies(db: Path) -> dict:
    """p50/p95 (ms) of each typical query, QUERY_REPETITIONS runs with varying parameters."""
    connection = duckdb.connect(str(db), read_only=True)
    rng = random.Random(0)
    try:
        parameters = _query_parameters(connection, rng)
        out = {}
        for name, sql in QUERIES.items():
            try:
                connection.execute(sql, parameters[name][0]).fetchall()  # first run: warm the cache
                timings = []
                for values in parameters[name][:QUERY_REPETITIONS]:
                    started = time.perf_counter()
                    rows = connection.execute(sql, values).fetchall()
                    timings.append((time.perf_counter() - started) * 1000)
                out[name] = {"runs": len(timings), "p50_ms": round(statistics.median(timings), 2),
                             "p95_ms": round(_percentile(timings, 95), 2), "last_rows": len(rows)}
            except duckdb.Error as error:
                out[name] = {"error": str(error)[:300]}
        return out
    finally:
        connection.close()


def _query_parameters(connection, rng: random.Random) -> dict[str, list[list]]:
    pairs = connection.execute("""select fiscal_year, function_code from marts.mart_function_comparison
                                  group by all having count(*) > 1 order by all""").fetchall()
    codes = connection.execute("select distinct admin_code from marts.mart_function_comparison "
                               "where admin_code is not null order by 1").fetchall()
    years = connection.execute("select distinct fiscal_year from marts.mart_department_scorecard "
                               "where fiscal_year is not null order by 1").fetchall()

    def draw(rows):
        return [list(rng.choice(rows)) for _ in range(QUERY_REPETITIONS)] if rows else [[None]]
    return {"cross-district, one code and year": draw(pairs), "one district across years": draw(codes),
            "top 20 by 三公 per staff": draw(years)}


def _percentile(values: list[float], percent: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(percent / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def measure_accuracy(db: Path, paths: list[Path], figures: Figures) -> None:
    sample = paths if len(paths) <= ACCURACY_SAMPLE else sorted(random.Random(0).sample(paths, ACCURACY_SAMPLE))
    connection = duckdb.connect(str(db), read_only=True)
    try:
        result = accuracy.measure(connection, sample)
    finally:
        connection.close()
    figures.accuracy = result.as_dict() | {"sampled": len(sample) < len(paths),
                                           "examples_of_misses": [list(map(str, m)) for m in result.misses[:40]]}


def disk_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, db.with_name(db.name + ".wal")) if p.exists())


def peak_memory() -> dict:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"self_peak_mb": round(self_kb / 1024, 1), "children_peak_mb": round(children_kb / 1024, 1)}


# ---- the run ----------------------------------------------------------------------------------------

def run(n: int, seed: int, workers: int, corpus_dir: Path, work_dir: Path, pdf_dir: Path | None = None) -> Figures:
    figures = Figures(n=n, seed=seed, workers=workers,
                      machine={"cpus": os.cpu_count(), "python": platform.python_version(),
                               "duckdb": duckdb.__version__, "platform": platform.platform(),
                               "load_average_at_start": os.getloadavg()})
    extra = max(1, n // 100)
    db = work_dir / "bench.duckdb"
    with timed(figures, "generate corpus"):
        paths = corpus(corpus_dir, 0, n, seed)
        more = corpus(corpus_dir, n, extra, seed)
    with timed(figures, "read + sha256"):
        read_seconds, size = read_cost(paths)
    with timed(figures, "parse only (sample, one process)"):
        figures.ingest["parse_only_ms_per_report_one_process"] = round(parse_cost(paths), 2)
    with timed(figures, "PDF reader (one process)"):
        figures.pdf = pdf_cost(pdf_dir)
        if not figures.pdf:
            figures.notes.append(f"no PDFs in {pdf_dir}: the PDF reader was not timed (--pdf-dir)")
    with timed(figures, "ingest"):
        cpu_before = cpu_seconds()
        seconds, summary, rss = ingest(paths, db, workers, "ingest")
        cpu = cpu_seconds() - cpu_before
    figures.ingest |= _ingest_figures(seconds, summary, size, read_seconds, n, rss)
    figures.ingest |= {"cpu_seconds": round(cpu, 1), "cpu_ms_per_report": round(cpu * 1000 / n, 2),
                       "reports_per_second_if_cpus_were_ours": round(min(workers, os.cpu_count()) * n / cpu, 1)}
    figures.storage["after_ingest_bytes"] = disk_bytes(db)
    with timed(figures, "dbt build"):
        figures.dbt["seconds"] = round(dbt_build(db, figures, "full"), 2)
    figures.storage |= {"bytes": disk_bytes(db), "bytes_per_report": round(disk_bytes(db) / n),
                        "corpus_bytes": size}
    with timed(figures, "queries"):
        figures.queries = query_latencies(db)
    with timed(figures, "accuracy"):
        measure_accuracy(db, paths, figures)
    with timed(figures, "incremental ingest + dbt build"):
        _incremental(db, more, workers, work_dir, figures)
    figures.storage["bytes_after_incremental"] = disk_bytes(db)
    with timed(figures, "dbt build with nothing new"):
        _nothing_new(db, figures)
    figures.memory = peak_memory()
    figures.machine["load_average_at_end"] = os.getloadavg()
    return figures


def _ingest_figures(seconds, summary, size, read_seconds, n, rss) -> dict:
    return {"reports": n, "loaded": summary.count("loaded"), "duplicate": summary.count("duplicate"),
            "quarantined": summary.count("quarantined"), "facts": summary.facts, "seconds": round(seconds, 2),
            "reports_per_second": round(n / seconds, 1), "mb_per_second": round(size / 2 ** 20 / seconds, 2),
            "read_sha256_seconds": round(read_seconds, 2),
            "read_sha256_mb_per_second": round(size / 2 ** 20 / read_seconds, 1) if read_seconds else None,
            "extrapolated_100k_minutes": round(100_000 / (n / seconds) / 60, 1),
            "parent_rss_mb_each_tenth": rss}


def _incremental(db: Path, more: list[Path], workers: int, work_dir: Path, figures: Figures) -> None:
    from budgetwh.build import last_ingested_at

    tests_since = last_ingested_at(db)
    seconds, summary, _ = ingest(more, db, workers, "ingest 1% more")
    dbt_seconds = dbt_build(db, figures, "incremental", tests_since)
    full = figures.ingest["seconds"] + figures.dbt["seconds"]
    figures.incremental |= {"reports": len(more), "loaded": summary.count("loaded"),
                            "ingest_seconds": round(seconds, 2), "dbt_seconds": round(dbt_seconds, 2),
                            "ratio_to_full_build": round((seconds + dbt_seconds) / full, 3),
                            "dbt_ratio_to_full_dbt": round(dbt_seconds / figures.dbt["seconds"], 3)}


def _nothing_new(db: Path, figures: Figures) -> None:
    """The incremental `dbt build` once more, with no document ingested since: what a scheduled job
    pays if it runs dbt anyway (`budgetwh build` does not: with nothing loaded it skips dbt)."""
    from budgetwh.build import last_ingested_at

    figures.nothing_new["dbt_seconds"] = round(dbt_build(db, figures, "nothing_new", last_ingested_at(db)), 2)


# ---- output -----------------------------------------------------------------------------------------

def print_figures(f: Figures) -> None:
    table = Table(title=f"Scale benchmark: {f.n:,} synthetic reports, {f.workers} workers, {f.machine['cpus']} CPUs")
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("target")
    i = f.ingest
    table.add_row("ingest", f"{i['seconds']:,.1f} s = {i['reports_per_second']:,.1f} reports/s, "
                            f"{i['mb_per_second']:.2f} MB/s", "")
    table.add_row("  plain read + sha256 of the same bytes",
                  f"{i['read_sha256_seconds']:,.2f} s = {i['read_sha256_mb_per_second']:,.1f} MB/s", "")
    table.add_row("  parse only, one process (sample)", f"{i['parse_only_ms_per_report_one_process']} ms/report", "")
    table.add_row("  CPU time (this process + workers)", f"{i['cpu_ms_per_report']} ms/report: "
                  f"{i['reports_per_second_if_cpus_were_ours']:,.1f} reports/s on {f.workers} idle CPUs", "")
    if f.pdf:
        table.add_row("PDF reader, one process", f"{f.pdf['ms_per_page']} ms/page = {f.pdf['pages_per_second']} pages/s "
                      f"({f.pdf['pages']:,} pages of {f.pdf['files']} PDFs)",
                      _verdict(f.pdf["ms_per_page"] <= TARGETS["pdf_ms_per_page"], "≤ 10 ms/page"))
    table.add_row("  100,000 reports at this rate", f"{i['extrapolated_100k_minutes']:,.1f} min",
                  _verdict(i["extrapolated_100k_minutes"] < TARGETS["ingest_100k_minutes"], "< 15 min"))
    table.add_row("  loaded / duplicate / quarantined", f"{i['loaded']:,} / {i['duplicate']:,} / {i['quarantined']:,}",
                  "")
    table.add_row(f"dbt {f.dbt.get('command', 'build')} (full)", f"{f.dbt['seconds']:,.1f} s", "")
    inc = f.incremental
    table.add_row(f"add 1% ({inc['reports']:,} reports): ingest + dbt {inc.get('command', 'build')}",
                  f"{inc['ingest_seconds']:,.1f} + {inc['dbt_seconds']:,.1f} s = "
                  f"{inc['ratio_to_full_build']:.1%} of the full build",
                  _verdict(inc["ratio_to_full_build"] < TARGETS["incremental_ratio"], "< 10%"))
    if f.nothing_new:
        table.add_row("dbt build with nothing new (budgetwh build skips dbt then)",
                      f"{f.nothing_new['dbt_seconds']:,.1f} s",
                      _verdict(f.nothing_new["dbt_seconds"] < TARGETS["nothing_new_dbt_seconds"], "< 5 s"))
    for name, q in f.queries.items():
        value = q["error"][:60] if "error" in q else f"p50 {q['p50_ms']:.1f} ms, p95 {q['p95_ms']:.1f} ms ({q['runs']} runs)"
        table.add_row(f"query: {name}", value,
                      _verdict("error" not in q and q["p95_ms"] < TARGETS["query_p95_ms"], "p95 < 100 ms"))
    a = f.accuracy
    table.add_row("extraction accuracy", f"{a['accuracy']:.3%} ({a['found_facts']:,} of {a['known_facts']:,} facts"
                  f"{', sampled' if a['sampled'] else ''})", _verdict(a["accuracy"] >= TARGETS["accuracy"], "≥ 99.5%"))
    for family, share in a["by_family"].items():
        table.add_row(f"  {family}", f"{share['share']:.3%} of {share['known']:,}", "")
    for gap, count in a["missed_by_known_gap"].items():
        table.add_row(f"  missed, known parser gap: {gap}", f"{count:,} facts", "")
    table.add_row("  missed, unexplained", f"{a['missed_unexplained']:,} facts", "")
    table.add_row("  budget lines ingest wrote that the reports do not state", f"{a['unexpected_budget_lines']:,}", "")
    table.add_row("warehouse on disk", f"{f.storage['bytes'] / 2 ** 20:,.1f} MB = "
                  f"{f.storage['bytes_per_report'] / 1024:,.1f} KB/report (corpus "
                  f"{f.storage['corpus_bytes'] / f.n / 1024:,.1f} KB/report)", "")
    table.add_row("peak memory (max RSS)", f"this process {f.memory['self_peak_mb']:,.0f} MB, "
                  f"largest child {f.memory['children_peak_mb']:,.0f} MB", "")
    console.print(table)
    console.print(f"load average (1, 5, 15 min) at start {f.machine['load_average_at_start']}, "
                  f"at end {f.machine['load_average_at_end']}: other work on this machine slows every figure")
    for note in f.notes:
        console.print(f"[yellow]note[/] {note}")


def _verdict(ok: bool, target: str) -> str:
    return f"[green]✓ {target}[/]" if ok else f"[red]✗ {target}[/]"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="reports to ingest (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="parse processes (default: CPUs)")
    parser.add_argument("--corpus", type=Path, help="corpus folder (default bench/out/corpus-<seed>)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    parser.add_argument("--pdf-dir", type=Path, default=DEFAULT_PDF_DIR,
                        help=f"PDFs to time the PDF reader on (default {DEFAULT_PDF_DIR}; skipped when absent)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary warehouse folder")
    args = parser.parse_args(argv)
    corpus_dir = args.corpus or DEFAULT_OUT.with_name(f"corpus-{args.seed}")
    work_dir = Path(tempfile.mkdtemp(prefix="budget-bench-"))
    try:
        figures = run(args.n, args.seed, args.workers, corpus_dir, work_dir, args.pdf_dir)
    finally:
        if not args.keep:
            import shutil
            shutil.rmtree(work_dir, ignore_errors=True)
        else:
            console.print(f"warehouse kept in {work_dir}")
    print_figures(figures)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures.__dict__, ensure_ascii=False, indent=2), encoding="utf-8")
        console.print(f"figures written to {args.json}")


if __name__ == "__main__":
    main()
