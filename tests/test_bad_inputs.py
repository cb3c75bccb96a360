"""One bad file never costs the warehouse: a report with its year garbled, an unreadable file, links
out of the input folder, loops, FIFOs — each gets its log row and a reason, the others are built.
And what reports and file names print reaches the terminal as text, never as markup or escapes.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.slow

PROJECT_DIR = Path(__file__).resolve().parents[1]
CLI = [str(Path(sys.executable).parent / "budgetwh")]
SAMPLE_IDS = {"0c535b101fe309c9", "d133bdc93c03c396", "61abc5c96840575f"}


def _garble_years(text: str) -> str:
    """Every year's digits misread (2020 → ZOZO), as a bad text layer gives them."""
    return re.sub(r"20\d\d", lambda match: match.group(0).translate(str.maketrans("0123", "OIZE")), text)


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory, samples_dir) -> Path:
    folder = tmp_path_factory.mktemp("bad") / "inputs"
    folder.mkdir()
    for path in samples_dir.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "garbled.txt").write_text(_garble_years((samples_dir / "000_4fae287c1d48d8b6.txt").read_text("utf-8")),
                                        encoding="utf-8")
    unreadable = folder / "unreadable.txt"
    unreadable.write_text("2020年度部门决算\n收入总计100.00万元。\n", encoding="utf-8")
    unreadable.chmod(0)
    (folder / "passwd").symlink_to("/etc/passwd")
    (folder / "loop_a").symlink_to(folder / "loop_b")
    (folder / "loop_b").symlink_to(folder / "loop_a")
    os.mkfifo(folder / "pipe")
    return folder


@pytest.fixture(scope="module")
def bad_build(bad_folder, tmp_path_factory):
    from budgetwh.build import build

    unreadable = str(bad_folder / "unreadable.txt")
    real_access = os.access
    # root reads any file whatever its mode: say what an unprivileged reader would be told
    patch = pytest.MonkeyPatch()
    patch.setattr("ingest.input_paths.os.access",
                  lambda path, mode: False if str(path) == unreadable else real_access(path, mode))
    db = tmp_path_factory.mktemp("bad_db") / "budget.duckdb"
    os.environ["BUDGET_GX_DOCS_DIR"] = str(db.parent / "gx_docs")
    try:
        result = build(bad_folder, db, force=True)
    finally:
        patch.undo()
    return result, db


def test_the_samples_are_built_beside_a_garbled_report_an_unreadable_file_and_a_link_out(bad_build):
    result, db = bad_build
    with duckdb.connect(str(db), read_only=True) as connection:
        documents = {row[0] for row in connection.execute("select document_id from marts.dim_document").fetchall()}
        log = {Path(path).name: (status, reason) for path, status, reason in connection.execute(
            "select path, status, reason from raw.ingest_log").fetchall()}
    assert len(documents) == 5 and SAMPLE_IDS <= documents
    assert log["garbled.txt"][0] == "quarantined" and log["garbled.txt"][1].startswith("no fiscal year found")
    assert log["unreadable.txt"] == ("quarantined", "cannot read file: Permission denied")
    assert log["passwd"] == ("quarantined", "symbolic link to /etc/passwd, outside the input folder: not followed")
    assert log["loop_a"] == log["loop_b"] == ("quarantined", "symbolic link loop: not followed")
    assert log["pipe"] == ("quarantined", "not a regular file: a FIFO (named pipe), not read")
    assert result.ingest.count("quarantined") == 6


def test_a_link_inside_the_input_folder_is_read_as_the_file_it_points_to(tmp_path, samples_dir):
    from ingest.run import ingest_files, input_files

    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "report.txt").write_bytes((samples_dir / "004_76647baae9ed1fbe.txt").read_bytes())
    (folder / "alias.txt").symlink_to(folder / "report.txt")
    (folder / "sub").mkdir()
    (folder / "linked_folder").symlink_to(folder / "sub", target_is_directory=True)
    summary = ingest_files(input_files(folder), tmp_path / "budget.duckdb", root=folder)
    outcomes = {Path(o.path).name: (o.status, o.reason) for o in summary.outcomes}
    assert {outcomes["alias.txt"][0], outcomes["report.txt"][0]} == {"loaded", "duplicate"}
    assert outcomes["linked_folder"] == ("quarantined", "symbolic link to a folder: not followed")


def test_a_page_that_never_says_its_year_nor_its_kind_keeps_its_counts_without_failing_the_build(
        tmp_path, samples_dir):
    from budgetwh.build import build

    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "004.txt").write_bytes((samples_dir / "004_76647baae9ed1fbe.txt").read_bytes())
    (folder / "staff.txt").write_text("单位基本情况：本单位行政事业总编制249个，在编在职人员85人。\n", encoding="utf-8")
    os.environ["BUDGET_GX_DOCS_DIR"] = str(tmp_path / "gx_docs")
    build(folder, tmp_path / "budget.duckdb", force=True)
    with duckdb.connect(str(tmp_path / "budget.duckdb"), read_only=True) as connection:
        rows = connection.execute("""select d.fiscal_year, d.doc_kind, m.metric, m.value from marts.dim_document d
                                     join marts.fct_document_metric m using (document_id)
                                     where d.source_file = 'staff.txt' order by m.metric""").fetchall()
    assert [(year, kind, metric, int(value)) for year, kind, metric, value in rows] == [
        (None, None, "staff_actual", 85), (None, None, "staff_authorized", 249)]


def _cli(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(CLI + list(arguments), cwd=PROJECT_DIR, capture_output=True, text=True,
                          env=os.environ | {"COLUMNS": "200"})


def test_markup_in_file_names_and_escapes_in_values_reach_the_terminal_as_text(tmp_path):
    folder = tmp_path / "in[/x]puts"  # a folder `in[` holding `x]puts`: the path reads `[/x]`
    folder.mkdir(parents=True)
    (folder / "[bold red]loud[x].txt").write_text("not a report at all\n", encoding="utf-8")
    db = tmp_path / "[link=x]db[/link].duckdb"
    ingest = _cli("ingest", "--input", str(folder), "--db", str(db))
    assert ingest.returncode == 0, ingest.stdout + ingest.stderr
    printed = ingest.stdout.replace("\n", "")  # long paths wrap
    assert "in[/x]puts/[bold red]loud[x].txt" in printed and "[link=x]db[/link].duckdb" in printed
    escape = "select chr(27) || ']0;pwned' || chr(7) || '[bold]x[/bold]' as t"
    table = _cli("query", escape, "--db", str(db))
    assert table.returncode == 0, table.stderr
    assert "\x1b" not in table.stdout and "\x07" not in table.stdout
    assert "\\x1b]0;pwned\\x07[bold]x[/bold]" in table.stdout
    csv = _cli("query", escape, "--db", str(db), "--format", "csv")
    assert csv.stdout.splitlines() == ["t", "]0;pwned[bold]x[/bold]"]
    as_json = _cli("query", escape, "--db", str(db), "--format", "json")
    assert "\x1b" not in as_json.stdout and "pwned" in as_json.stdout


# ---- the swap ---------------------------------------------------------------------------------

@pytest.fixture()
def small_warehouse(tmp_path, samples_dir) -> Path:
    from ingest.run import ingest_files
    from budgetwh.warehouse import working_copy

    db = tmp_path / "budget.duckdb"
    with working_copy(db) as work:
        ingest_files([samples_dir / "004_76647baae9ed1fbe.txt"], work)
    return db


def test_a_stale_wal_of_a_crashed_client_is_checkpointed_before_the_copy(small_warehouse, samples_dir):
    from ingest.run import ingest_files
    from budgetwh.warehouse import working_copy

    crash = ("import duckdb, os, sys; c = duckdb.connect(sys.argv[1]); "
             "c.execute('create table raw.left_by_a_crash as select 42 as answer'); os._exit(0)")
    subprocess.run([sys.executable, "-c", crash, str(small_warehouse)], check=True)
    assert small_warehouse.with_name("budget.duckdb.wal").exists()
    with working_copy(small_warehouse) as work:
        ingest_files([samples_dir / "000_4fae287c1d48d8b6.txt"], work)
    assert not small_warehouse.with_name("budget.duckdb.wal").exists()
    with duckdb.connect(str(small_warehouse), read_only=True) as connection:
        assert connection.execute("select count(*) from raw.documents").fetchone() == (2,)
        assert connection.execute("select answer from raw.left_by_a_crash").fetchone() == (42,)


def test_copies_left_by_killed_builds_are_removed_by_the_next(small_warehouse, samples_dir):
    from ingest.run import ingest_files
    from budgetwh.warehouse import working_copy

    leftover = small_warehouse.with_name(".budget.duckdb.building-99999")
    leftover.write_bytes(b"x" * 1000)
    with working_copy(small_warehouse) as work:
        ingest_files([samples_dir / "000_4fae287c1d48d8b6.txt"], work)
    assert sorted(p.name for p in small_warehouse.parent.iterdir() if "building" in p.name) == []


def test_a_full_disk_during_the_copy_leaves_the_warehouse_and_no_debris(small_warehouse, monkeypatch):
    import errno
    import shutil

    from budgetwh.warehouse import WarehouseUnchanged, working_copy

    before = small_warehouse.read_bytes()

    def copy_until_the_disk_is_full(source, target):
        Path(target).write_bytes(Path(source).read_bytes()[:100])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copy2", copy_until_the_disk_is_full)
    with pytest.raises(WarehouseUnchanged, match="No space left on device"):
        with working_copy(small_warehouse):
            pass
    assert small_warehouse.read_bytes() == before
    assert sorted(p.name for p in small_warehouse.parent.iterdir()) == [".budget.duckdb.lock", "budget.duckdb"]


def test_a_build_after_an_ingest_of_another_folder_is_not_up_to_date(tmp_path, samples_dir):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "004.txt").write_bytes((samples_dir / "004_76647baae9ed1fbe.txt").read_bytes())
    (second / "000.txt").write_bytes((samples_dir / "000_4fae287c1d48d8b6.txt").read_bytes())
    db = tmp_path / "budget.duckdb"
    os.environ["BUDGET_GX_DOCS_DIR"] = str(tmp_path / "gx_docs")
    assert _cli("build", "--input", str(first), "--db", str(db)).returncode == 0
    assert _cli("ingest", "--input", str(second), "--db", str(db)).returncode == 0
    again = _cli("build", "--input", str(first), "--db", str(db))
    assert again.returncode == 0 and "Up to date" not in again.stdout
    with duckdb.connect(str(db), read_only=True) as connection:
        assert connection.execute("select count(*) from marts.dim_document").fetchone() == (2,)


# ---- queries have limits ----------------------------------------------------------------------

def test_a_query_that_never_ends_is_stopped_by_the_timeout(small_warehouse):
    import time

    started = time.monotonic()
    endless = _cli("query", "select count(*) from range(1000000000000)", "--db", str(small_warehouse),
                   "--timeout", "1")
    assert endless.returncode == 1 and "stopped after 1 s" in endless.stderr
    assert time.monotonic() - started < 30


def test_large_results_stream_in_bounded_memory(small_warehouse):
    """JSON of 5M rows peaked at 4.8 GB when every row was fetched and dumped at once."""
    measure = ("import resource, subprocess, sys; "
               "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    sql = "select range as n, 'row ' || range as label from range(2000000)"
    peak_kib = int(subprocess.run(
        [sys.executable, "-c", measure, *CLI, "query", sql, "--db", str(small_warehouse), "--format", "json"],
        capture_output=True, text=True, check=True, cwd=PROJECT_DIR).stdout)
    assert peak_kib < 600_000, f"peak {peak_kib / 1024:.0f} MiB"
    head = _cli("query", "select range as n from range(5)", "--db", str(small_warehouse), "--format", "json")
    assert [row["n"] for row in __import__("json").loads(head.stdout)] == [0, 1, 2, 3, 4]


# ---- parsing has limits -----------------------------------------------------------------------

def _big_report(path: Path, samples_dir: Path, megabytes: int) -> Path:
    text = (samples_dir / "004_76647baae9ed1fbe.txt").read_text(encoding="utf-8")
    copies = megabytes * 1024 * 1024 // len(text.encode("utf-8")) + 1
    path.write_text(text * copies, encoding="utf-8")
    return path


def test_a_file_that_parses_for_too_long_is_quarantined_alone(tmp_path, samples_dir, monkeypatch):
    from ingest import limits
    from ingest.run import ingest_files

    monkeypatch.setattr(limits, "PARSE_SECONDS_PER_FILE", 0.5)
    big = _big_report(tmp_path / "big.txt", samples_dir, 20)
    summary = ingest_files([big, samples_dir / "000_4fae287c1d48d8b6.txt"], tmp_path / "budget.duckdb")
    outcomes = {Path(o.path).name: (o.status, o.reason) for o in summary.outcomes}
    assert outcomes["big.txt"] == ("quarantined", "parsing took longer than 0.5 s (BUDGET_PARSE_SECONDS_PER_FILE)")
    assert outcomes["000_4fae287c1d48d8b6.txt"][0] == "loaded"


def test_a_file_that_needs_too_much_memory_is_quarantined_alone(tmp_path, samples_dir, monkeypatch):
    from ingest import limits
    from ingest.run import ingest_files

    monkeypatch.setattr(limits, "WORKER_MEMORY_BYTES", 900 * 1024 * 1024)
    big = _big_report(tmp_path / "big.txt", samples_dir, 120)
    summary = ingest_files([big, samples_dir / "000_4fae287c1d48d8b6.txt"], tmp_path / "budget.duckdb")
    outcomes = {Path(o.path).name: (o.status, o.reason) for o in summary.outcomes}
    assert outcomes["big.txt"][0] == "quarantined" and "more memory than a parse worker may use (900 MB)" in (
        outcomes["big.txt"][1])
    assert outcomes["000_4fae287c1d48d8b6.txt"][0] == "loaded"


def _processes_marked(mark: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if mark.encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _forkserver_processes(mark: str) -> list[int]:
    """The marked processes of the parse pool: its fork server and the workers forked from it
    (killing the build before they exist would test nothing)."""
    found = []
    for pid in _processes_marked(mark):
        try:
            if b"multiprocessing.forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.append(pid)
        except OSError:
            continue
    return found


def test_killing_a_build_leaves_no_process_behind(tmp_path, samples_dir):
    import signal
    import time
    import uuid

    folder = tmp_path / "inputs"
    folder.mkdir()
    _big_report(folder / "slow.txt", samples_dir, 60)
    mark = f"BUDGET_TEST_MARK={uuid.uuid4().hex}"
    name, value = mark.split("=")
    build = subprocess.Popen(CLI + ["build", "--input", str(folder), "--db", str(tmp_path / "budget.duckdb")],
                             cwd=PROJECT_DIR, env=os.environ | {name: value}, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while len(_forkserver_processes(mark)) < 2 and time.monotonic() < deadline:  # the server and its worker
        time.sleep(0.2)
    assert len(_forkserver_processes(mark)) >= 2, "the build never started its parse worker"
    build.send_signal(signal.SIGKILL)
    build.wait()
    deadline = time.monotonic() + 60  # a loaded machine takes its time; a process left behind stays
    while _processes_marked(mark) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_marked(mark) == []


def test_a_full_disk_while_the_build_writes_says_left_unchanged(tmp_path, samples_dir, monkeypatch):
    """DuckDB reports a full disk as its own error (FatalException, IOException), not OSError."""
    from budgetwh import build as build_module
    from budgetwh.warehouse import WarehouseUnchanged

    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "004.txt").write_bytes((samples_dir / "004_76647baae9ed1fbe.txt").read_bytes())

    def disk_full(db_path, fingerprint):
        raise duckdb.IOException("Could not write file: No space left on device")

    monkeypatch.setattr(build_module, "_store_fingerprint", disk_full)
    monkeypatch.setattr(build_module, "run_dbt", lambda arguments, db_path: "")
    monkeypatch.setattr("budgetwh.checks.expectations.run_pipeline_expectations", lambda db_path: [])
    db = tmp_path / "budget.duckdb"
    with pytest.raises(WarehouseUnchanged, match="No space left on device"):
        build_module.build(folder, db, force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".budget.duckdb.lock", "inputs"]


def test_a_worker_whose_parent_died_before_it_asked_to_die_with_it_exits():
    """The kernel signals only the death of a live parent: a worker forked just before its fork
    server was killed must notice the parent it should have is gone."""
    from ingest.limits import die_with_parent

    child = os.fork()
    if child == 0:
        die_with_parent(expected_parent=os.getppid() + 1_000_000)  # a parent it no longer has
        os._exit(0)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 1
