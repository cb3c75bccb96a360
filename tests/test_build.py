"""The build as users run it: CLI commands, idempotence, atomic swap under a reader, export."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

PROJECT_DIR = Path(__file__).resolve().parents[1]
CLI = [str(Path(sys.executable).parent / "budgetwh")]

pytestmark = pytest.mark.slow


def run_cli(*arguments, db=None, check=True):
    command = CLI + list(arguments) + (["--db", str(db)] if db else [])
    completed = subprocess.run(command, cwd=PROJECT_DIR, capture_output=True, text=True,
                               env=os.environ | {"COLUMNS": "200"})
    if check and completed.returncode != 0:
        raise AssertionError(f"{command} exited {completed.returncode}:\n{completed.stdout}\n{completed.stderr}")
    return completed


def all_tables(db: Path) -> dict[str, list]:
    connection = duckdb.connect(str(db), read_only=True)
    try:
        tables = connection.execute("""select table_schema, table_name from information_schema.tables
                                       order by 1, 2""").fetchall()
        return {f"{s}.{t}": sorted(map(repr, connection.execute(f'select * from "{s}"."{t}"').fetchall()))
                for s, t in tables}
    finally:
        connection.close()


@pytest.fixture(scope="module")
def cli_warehouse(tmp_path_factory, built_warehouse):
    """A copy of the session's warehouse of the samples (`budgetwh build --input data/samples`
    gives the same file: tests/test_build.py's no-op test holds it to that), for the tests that change it."""
    folder = tmp_path_factory.mktemp("cli")
    db = folder / "budget.duckdb"
    db.write_bytes(built_warehouse.read_bytes())
    os.environ["BUDGET_GX_DOCS_DIR"] = str(folder / "gx_docs")
    return db


def test_query_counts_the_five_documents(cli_warehouse):
    result = run_cli("query", "select count(*) as n from marts.dim_document", "--format", "csv", db=cli_warehouse)
    assert result.stdout.strip().splitlines() == ["n", "5"]


def test_query_json_output(cli_warehouse):
    result = run_cli("query", "select fiscal_year from marts.dim_document order by 1", "--format", "json",
                     db=cli_warehouse)
    assert [row["fiscal_year"] for row in json.loads(result.stdout)] == [2020, 2020, 2020, 2020, 2023]


@pytest.mark.parametrize("sql", ["drop table marts.dim_document", "insert into marts.dim_document "
                                 "select * from marts.dim_document", "attach '/tmp/x.duckdb' as x"])
def test_writes_are_refused_and_the_warehouse_is_unchanged(cli_warehouse, sql):
    digest = hashlib.sha256(cli_warehouse.read_bytes()).hexdigest()
    result = run_cli("query", sql, db=cli_warehouse, check=False)
    assert result.returncode != 0
    assert "refused" in result.stderr
    assert hashlib.sha256(cli_warehouse.read_bytes()).hexdigest() == digest


def test_second_build_is_a_fast_no_op_with_identical_contents(cli_warehouse, samples_dir):
    before = all_tables(cli_warehouse)
    result = run_cli("build", "--input", str(samples_dir), db=cli_warehouse)
    assert "Up to date" in result.stdout
    assert all_tables(cli_warehouse) == before


def test_forced_rebuild_gives_identical_marts(cli_warehouse, samples_dir):
    before = {k: v for k, v in all_tables(cli_warehouse).items() if k.startswith("marts.")}
    run_cli("build", "--input", str(samples_dir), "--force", db=cli_warehouse)
    after = {k: v for k, v in all_tables(cli_warehouse).items() if k.startswith("marts.")}
    assert after == before


def test_a_reader_is_never_blocked_and_never_sees_a_half_built_warehouse(cli_warehouse, samples_dir):
    reader = duckdb.connect(str(cli_warehouse), read_only=True)
    try:
        before = reader.execute("select count(*) from marts.fct_budget_line").fetchone()[0]
        result = run_cli("build", "--input", str(samples_dir), "--force", db=cli_warehouse, check=False)
        assert result.returncode == 0, result.stderr
        # the open connection still reads a complete warehouse (the one it opened)
        assert reader.execute("select count(*) from marts.fct_budget_line").fetchone()[0] == before
        assert reader.execute("select count(*) from marts.dim_document").fetchone()[0] == 5
    finally:
        reader.close()
    fresh = duckdb.connect(str(cli_warehouse), read_only=True)
    try:
        assert fresh.execute("select count(*) from marts.dim_document").fetchone()[0] == 5
    finally:
        fresh.close()


def test_export_writes_one_file_per_mart(cli_warehouse, tmp_path):
    for file_format in ("parquet", "csv"):
        out = tmp_path / file_format
        run_cli("export", "--to", str(out), "--format", file_format, db=cli_warehouse)
        files = sorted(p.stem for p in out.iterdir())
        assert "dim_document" in files and "fct_budget_line" in files
    csv_bytes = (tmp_path / "csv" / "dim_document.csv").read_bytes()
    assert not csv_bytes.startswith(b"\xef\xbb\xbf")
    assert "司法局" in csv_bytes.decode("utf-8")


def test_errors_are_clear_and_exit_non_zero(tmp_path):
    missing = run_cli("query", "select 1", db=tmp_path / "nope.duckdb", check=False)
    assert missing.returncode != 0 and "not found" in missing.stderr
    no_input = run_cli("ingest", "--input", str(tmp_path / "nowhere"), db=tmp_path / "w.duckdb", check=False)
    assert no_input.returncode != 0 and "not found" in no_input.stderr
    bad_format = run_cli("export", "--to", str(tmp_path), "--format", "xml", db=tmp_path / "w.duckdb", check=False)
    assert bad_format.returncode != 0


def test_help_for_every_command():
    for command in ("ingest", "build", "query", "export"):
        result = run_cli(command, "--help")
        assert "Usage" in result.stdout


def test_a_second_dbt_parse_reuses_the_partial_parse(tmp_path):
    """Every dbt call re-parsed the whole project (~8 s) while an integer map key in a test's
    arguments made dbt's saved parse unreadable (`int is not allowed for map key`)."""
    project = Path(__file__).resolve().parents[1]
    env = {**os.environ, "BUDGET_DB_PATH": str(tmp_path / "parse.duckdb")}
    command = [str(Path(sys.executable).parent / "dbt"), "--debug", "parse", "--profiles-dir", "profiles",
               "--target-path", str(tmp_path / "target"), "--log-path", str(tmp_path / "logs")]
    first = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stdout[-3000:]
    second = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    assert second.returncode == 0, second.stdout[-3000:]
    assert "Failed to load parsed file" not in second.stdout
    assert "Partial parsing enabled" in second.stdout


def test_marts_is_the_default_schema_and_describe_show_summarize_answer(cli_warehouse):
    assert run_cli("query", "select count(*) as n from dim_document", "--format", "csv",
                   db=cli_warehouse).stdout.splitlines() == ["n", "5"]
    described = run_cli("query", "describe dim_document", "--format", "json", db=cli_warehouse).stdout
    assert "fiscal_year" in {row["column_name"] for row in json.loads(described)}
    tables = {row["name"] for row in json.loads(run_cli("query", "show tables", "--format", "json",
                                                        db=cli_warehouse).stdout)}
    assert {"dim_document", "mart_budget_execution", "mart_function_comparison"} <= tables
    summary = json.loads(run_cli("query", "summarize select fiscal_year from dim_document", "--format", "json",
                                 db=cli_warehouse).stdout)
    assert summary[0]["column_name"] == "fiscal_year" and summary[0]["max"] == "2023"


def test_remove_and_sync_take_documents_out_and_keep_the_log(tmp_path, samples_dir, built_warehouse):
    folder = tmp_path / "inputs"
    folder.mkdir()
    for sample in samples_dir.iterdir():
        (folder / sample.name).write_bytes(sample.read_bytes())
    db = tmp_path / "budget.duckdb"
    db.write_bytes(built_warehouse.read_bytes())
    os.environ["BUDGET_GX_DOCS_DIR"] = str(tmp_path / "gx_docs")
    ambiguous = run_cli("remove", "_", db=db, check=False)
    assert ambiguous.returncode == 2 and "5 documents match" in ambiguous.stderr
    run_cli("remove", "001_cbcf", db=db)
    with duckdb.connect(str(db), read_only=True) as connection:
        assert connection.execute("""select count(*) from marts.fct_document_metric
                                     where document_id = 'd133bdc93c03c396'""").fetchone() == (0,)
        assert connection.execute("select count(*) from marts.dim_document").fetchone() == (4,)
    (folder / "004_76647baae9ed1fbe.txt").unlink()
    synced = run_cli("build", "--input", str(folder), "--sync", db=db)
    assert "removed 1 documents whose files are gone: 61abc5c96840575f" in synced.stdout
    with duckdb.connect(str(db), read_only=True) as connection:
        # 001 is back (its file is still in the folder), 004 is gone everywhere
        documents = {row[0] for row in connection.execute("select document_id from marts.dim_document").fetchall()}
        assert "d133bdc93c03c396" in documents and "61abc5c96840575f" not in documents and len(documents) == 4
        for table in ("marts.fct_budget_line", "marts.fct_document_metric", "marts.mart_reconciliation",
                      "marts.mart_function_comparison", "raw.budget_lines"):
            assert connection.execute(f"select count(*) from {table} where document_id = '61abc5c96840575f'"
                                      ).fetchone() == (0,), table
        removed = connection.execute("""select document_id, reason from raw.ingest_log where status = 'removed'
                                        order by logged_at""").fetchall()
    assert removed == [("d133bdc93c03c396", "removed by budgetwh remove"),
                       ("61abc5c96840575f", "its file is no longer in the input folder (build --sync)")]


def _copy_of(warehouse: Path, folder: Path) -> Path:
    """A copy of a built warehouse (the file is the whole of it: dbt's artefacts are rebuilt)."""
    folder.mkdir()
    copy = folder / warehouse.name
    copy.write_bytes(warehouse.read_bytes())
    return copy


def test_a_build_after_the_models_changed_rebuilds_the_incremental_models(cli_warehouse, samples_dir, tmp_path):
    """Incremental models only add the new documents' rows: rows an older version of the models
    computed would stay. A build whose dbt project differs from the last one rebuilds them."""
    db = _copy_of(cli_warehouse, tmp_path / "copy")
    chosen = "select fact_key, amount_wan from intermediate.int_budget_lines_chosen order by 1"
    with duckdb.connect(str(db)) as connection:
        built = connection.execute(chosen).fetchall()
        # what an older version of the models left: other amounts, built by other SQL
        connection.execute("update intermediate.int_budget_lines_chosen set amount_wan = amount_wan + 1")
        connection.execute("update raw.build_info set models_fingerprint = 'an older dbt project', fingerprint = 'older'")
    rebuilt_out = run_cli("build", "--input", str(samples_dir), db=db)
    assert "full refresh" in rebuilt_out.stdout
    with duckdb.connect(str(db), read_only=True) as connection:
        assert connection.execute(chosen).fetchall() == built


def test_a_build_that_loads_nothing_new_logs_its_files_and_leaves_the_marts(cli_warehouse, samples_dir, tmp_path):
    db = _copy_of(cli_warehouse, tmp_path / "copy")
    marts = {k: v for k, v in all_tables(db).items() if k.startswith(("marts.", "intermediate."))}
    folder = tmp_path / "inputs"
    folder.mkdir()
    for sample in samples_dir.iterdir():
        (folder / sample.name).write_bytes(sample.read_bytes())
    (folder / "copy of 004.txt").write_bytes((samples_dir / "004_76647baae9ed1fbe.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    second = run_cli("build", "--input", str(folder), db=db)
    assert "no new document" in second.stdout and "dbt build" not in second.stdout
    assert {k: v for k, v in all_tables(db).items() if k.startswith(("marts.", "intermediate."))} == marts
    with duckdb.connect(str(db), read_only=True) as connection:
        logged = dict(connection.execute("""select regexp_extract(path, '[^/]*$'), status from raw.ingest_log
                                            where path like '%copy of 004.txt' or path like '%empty.txt'""").fetchall())
    assert logged == {"copy of 004.txt": "duplicate", "empty.txt": "quarantined"}


def test_numbers_print_whole_on_any_width_and_as_numbers_in_csv_and_json(cli_warehouse):
    sql = ("select 123456789.12::decimal(18, 2) as amount_wan, repeat('司法局', 30) as department, "
           "[441.29::decimal(18, 2), 1.5::decimal(18, 2)] as amounts")
    narrow = subprocess.run(CLI + ["query", sql, "--db", str(cli_warehouse)], cwd=PROJECT_DIR, capture_output=True,
                            text=True, env=os.environ | {"COLUMNS": "40"})
    assert "123456789.12" in narrow.stdout and "…" in narrow.stdout
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 40
    rows = json.loads(run_cli("query", sql, "--format", "json", db=cli_warehouse).stdout)
    assert rows[0]["amount_wan"] == 123456789.12 and rows[0]["amounts"] == [441.29, 1.5]
    csv_lines = run_cli("query", sql, "--format", "csv", db=cli_warehouse).stdout.splitlines()
    assert csv_lines[1].startswith("123456789.12,") and csv_lines[1].endswith(",\"[441.29, 1.50]\"")


def test_build_json_summary_and_exit_codes(tmp_path, samples_dir):
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "004.txt").write_bytes((samples_dir / "004_76647baae9ed1fbe.txt").read_bytes())
    (folder / "junk.txt").write_text("nothing here\n", encoding="utf-8")
    db = tmp_path / "budget.duckdb"
    os.environ["BUDGET_GX_DOCS_DIR"] = str(tmp_path / "gx_docs")
    built = json.loads(run_cli("build", "--input", str(folder), "--json", db=db).stdout)
    assert (built["status"], built["documents"], built["files"]) == (
        "built", 1, {"loaded": 1, "duplicate": 0, "quarantined": 1})
    assert [item["path"].split("/")[-1] for item in built["quarantined"]] == ["junk.txt"]
    assert [step["step"].split(" ")[0] for step in built["steps"]] == ["ingesting", "dbt", "data"]
    again = json.loads(run_cli("build", "--input", str(folder), "--json", db=db).stdout)
    assert again["status"] == "up_to_date"
    missing = run_cli("build", "--input", str(tmp_path / "nowhere"), "--json", db=db, check=False)
    assert missing.returncode == 2


def test_exports_carry_the_descriptions_and_floats_for_pandas(cli_warehouse, tmp_path):
    import pandas as pd
    import pyarrow.parquet as pq

    run_cli("export", "--to", str(tmp_path / "floats"), "--format", "parquet", "--floats", db=cli_warehouse)
    table = pq.read_table(tmp_path / "floats" / "fct_budget_line.parquet")
    assert table.schema.field("amount_wan").metadata[b"description"].decode("utf-8").startswith("amount_wan — 金额")
    frame = pd.read_parquet(tmp_path / "floats" / "fct_budget_line.parquet")
    assert frame["amount_wan"].dtype == "float64" and "amount_wan" in frame.describe().columns
    run_cli("export", "--to", str(tmp_path / "csv"), "--format", "csv", db=cli_warehouse)
    columns = (tmp_path / "csv" / "columns.csv").read_text(encoding="utf-8").splitlines()
    assert columns[0] == "table,column,type,description"
    assert any(line.startswith("fct_budget_line,amount_wan,\"DECIMAL(18,2)\",") and "金额" in line for line in columns)


def test_docs_are_one_page_that_opens_from_disk(cli_warehouse, tmp_path):
    run_cli("docs", "--out", str(tmp_path / "docs"), db=cli_warehouse)
    page = (tmp_path / "docs" / "index.html").read_text(encoding="utf-8")
    # the manifest and the catalog are inside the page: nothing to fetch (file:// forbids it)
    assert "model.budget_warehouse.mart_budget_execution" in page
    assert "文档编号".encode("unicode_escape").decode("ascii") in page  # the descriptions, JSON-escaped
    # artefacts of a build stay beside its warehouse
    assert (cli_warehouse.parent / "dbt" / "target" / "manifest.json").exists()
    assert (cli_warehouse.parent / "gx_docs" / "index.html").exists() or os.environ.get("BUDGET_GX_DOCS_DIR")


def test_an_incremental_build_tests_the_new_documents_and_a_full_test_every_row(cli_warehouse, samples_dir, tmp_path):
    """An incremental build runs the data tests on the documents it ingested (rows of the others
    were tested when they came and are not rewritten); a `dbt test` by hand tests every row."""
    db = _copy_of(cli_warehouse, tmp_path / "copy")
    with duckdb.connect(str(db)) as connection:  # an old document's row a test would refuse
        connection.execute("""update marts.fct_budget_line set fiscal_year = null
                              where document_id = (select min(document_id) from marts.fct_budget_line)""")
        connection.execute("""update marts.fct_budget_line set spending_type = 'other'
                              where fact_id = (select max(fact_id) from marts.fct_budget_line)""")
    folder = tmp_path / "inputs"
    folder.mkdir()
    for sample in samples_dir.iterdir():
        (folder / sample.name).write_bytes(sample.read_bytes())
    new = (samples_dir / "002_1f3a69e61e56d541.txt").read_text(encoding="utf-8").replace("北塔区司法局", "南塔区司法局")
    (folder / "002_new.txt").write_text(new, encoding="utf-8")
    built = run_cli("build", "--input", str(folder), db=db)
    assert "tests of the new documents" in built.stdout
    with duckdb.connect(str(db), read_only=True) as connection:
        assert connection.execute("select count(*) from raw.build_scope").fetchone() == (0,)
        assert connection.execute("select count(*) from marts.fct_budget_line where fiscal_year is null").fetchone()[0] > 0
    from budgetwh.build import BuildFailed, run_dbt

    with pytest.raises(BuildFailed, match="constraints_hold_fct_budget_line_"):
        run_dbt(["test", "--select", "fct_budget_line,test_name:constraints_hold"], db)
    from budgetwh.build import dbt_artefacts

    compiled = next((dbt_artefacts(db) / "target" / "compiled").rglob("constraints_hold_fct_budget_line_.sql"))
    with duckdb.connect(str(db), read_only=True) as connection:  # the failing rows name the rules broken
        nulls = connection.execute(compiled.read_text(encoding="utf-8")).fetchall()
        expected = connection.execute("select count(*) from marts.fct_budget_line where fiscal_year is null").fetchone()[0]
    assert sorted(nulls) == [("fiscal_year is not null", expected),
                             ("spending_type in ('total', 'basic', 'project')", 1)]


def _shift_years(text: str, by: int) -> str:
    """The report of another year: every year it prints moved by `by` (20xx年, 20xx年度)."""
    import re

    return re.sub(r"20\d\d(?=\s*年)", lambda year: str(int(year.group()) + by), text)


def test_an_incremental_build_gives_the_rows_a_full_build_gives(cli_warehouse, samples_dir, tmp_path):
    """New documents change rows of others: a report of the year before an existing one (whose
    prior-year figures now compare with it), of the year after, and a second report of a
    department-year (budget execution picks one). The incremental build must end where a full
    build of the same documents ends."""
    db = _copy_of(cli_warehouse, tmp_path / "copy")
    folder = tmp_path / "inputs"
    folder.mkdir()
    for sample in samples_dir.iterdir():
        (folder / sample.name).write_bytes(sample.read_bytes())
    accounts_2020 = (samples_dir / "000_4fae287c1d48d8b6.txt").read_text(encoding="utf-8")
    (folder / "000_year_before.txt").write_text(_shift_years(accounts_2020, -1), encoding="utf-8")
    shifong_2020 = (samples_dir / "004_76647baae9ed1fbe.txt").read_text(encoding="utf-8")
    (folder / "004_year_after.txt").write_text(_shift_years(shifong_2020, 1), encoding="utf-8")
    # published again without one table line: another document of the same department-year
    republished = shifong_2020.replace("2040601\t行政运行\t412.64\t412.64\t0.00\t0.00\t0.00\t0.00\t0.00\n", "", 1)
    assert republished != shifong_2020
    (folder / "004_republished.txt").write_text(republished, encoding="utf-8")
    assert "dbt build (seeds, models, tests of the new documents" in run_cli("build", "--input", str(folder), db=db).stdout
    incremental = {k: v for k, v in all_tables(db).items() if k.startswith(("marts.", "intermediate."))}
    with duckdb.connect(str(db), read_only=True) as connection:
        earlier = connection.execute("""select count(*) from intermediate.int_prior_year_values as prior_values
                                        inner join raw.documents on prior_values.prior_document_id = documents.document_id
                                        where documents.source_file like '%000_year_before.txt'""").fetchone()[0]
        republished = connection.execute("""select max(accounts_document_count) from marts.mart_budget_execution
                                             where department like '%石峰区%' and fiscal_year = 2020""").fetchone()[0]
    assert earlier > 0 and republished == 2  # the new documents did reach across documents
    with duckdb.connect(str(db)) as connection:  # as if the models had changed: a full refresh
        connection.execute("update raw.build_info set models_fingerprint = 'another dbt project', fingerprint = null")
    assert "full refresh" in run_cli("build", "--input", str(folder), db=db).stdout
    assert {k: v for k, v in all_tables(db).items() if k.startswith(("marts.", "intermediate."))} == incremental
