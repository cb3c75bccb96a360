"""Nothing is lost: every file is loaded, duplicate or quarantined with a reason, and bad files
never stop the others nor change the warehouse."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from ingest.run import ingest_files, input_files

SAMPLE = "004_76647baae9ed1fbe.txt"


def _log(db):
    connection = duckdb.connect(str(db), read_only=True)
    try:
        return {row[0].split("/")[-1]: row[1:] for row in connection.execute(
            "select path, status, reason from raw.ingest_log order by logged_at").fetchall()}
    finally:
        connection.close()


def _table_contents(db):
    connection = duckdb.connect(str(db), read_only=True)
    try:
        tables = [r[0] for r in connection.execute(
            "select table_name from information_schema.tables where table_schema = 'raw' "
            "and table_name not in ('ingest_log') order by 1").fetchall()]
        return {t: sorted(map(str, connection.execute(f"select * exclude (ingested_at) from raw.{t}"
                                                      if t == "documents" else f"select * from raw.{t}").fetchall()))
                for t in tables}
    finally:
        connection.close()


@pytest.fixture()
def bad_inputs(tmp_path, samples_dir):
    folder = tmp_path / "inputs"
    folder.mkdir()
    original = (samples_dir / SAMPLE).read_bytes()
    (folder / "good.txt").write_bytes(original)
    (folder / "copy_of_good.txt").write_bytes(original)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \n\t\n")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "report.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    (folder / "random.bin").write_bytes(bytes((i * 37) % 256 for i in range(4096)))
    (folder / "novel.txt").write_text("从前有座山，山里有座庙。" * 50, encoding="utf-8")
    (folder / "gbk.txt").write_bytes(original.decode("utf-8").encode("gb18030"))
    (folder / "utf16.txt").write_bytes(original.decode("utf-8").encode("utf-16"))
    (folder / "truncated.txt").write_bytes(original[: len(original) // 3 * 3 - 1])
    return folder


def test_every_file_gets_a_status_and_a_reason(bad_inputs, tmp_path):
    db = tmp_path / "w.duckdb"
    summary = ingest_files(input_files(bad_inputs), db)
    log = _log(db)
    assert set(log) == {p.name for p in bad_inputs.iterdir()}
    status = {name: entry[0] for name, entry in log.items()}
    # the same bytes twice: the first in order is loaded, the other is a duplicate
    assert status["copy_of_good.txt"] == "loaded"
    assert status["good.txt"] == "duplicate"
    for name in ("empty.txt", "blank.txt", "image.png", "report.pdf", "random.bin", "novel.txt"):
        assert status[name] == "quarantined", name
        assert log[name][1], f"{name} has no reason"
    assert "empty" in log["empty.txt"][1]
    assert "png" in log["image.png"][1]
    assert "pdf" in log["report.pdf"][1].lower()
    assert "not a department" in log["novel.txt"][1]
    # other encodings of the report, and a copy cut inside its last character, say the same:
    # duplicates of the first
    for name in ("gbk.txt", "utf16.txt", "truncated.txt"):
        assert status[name] == "duplicate" and "the same report as document" in log[name][1], (name, log[name])
    assert summary.count("loaded") == 1


def test_other_encodings_give_the_same_facts(bad_inputs):
    from ingest.pipeline import parse_lines
    from ingest.readers import read_report

    keys = {name: parse_lines(read_report((bad_inputs / name).read_bytes()).lines).content_key()
            for name in ("copy_of_good.txt", "gbk.txt", "utf16.txt", "truncated.txt")}
    assert keys["gbk.txt"] == keys["copy_of_good.txt"] == keys["utf16.txt"] == keys["truncated.txt"]


def test_reingesting_the_same_bytes_changes_nothing(samples_dir, tmp_path):
    db = tmp_path / "w.duckdb"
    first = ingest_files(input_files(samples_dir), db)
    before = _table_contents(db)
    second = ingest_files(input_files(samples_dir), db)
    assert first.count("loaded") == 5
    assert second.count("duplicate") == 5 and second.count("loaded") == 0
    assert _table_contents(db) == before


def test_a_bad_file_does_not_stop_the_others(samples_dir, tmp_path):
    folder = tmp_path / "mixed"
    shutil.copytree(samples_dir, folder)
    (folder / "000_binary.txt").write_bytes(b"\x00\x01\x02" * 1000)
    db = tmp_path / "w.duckdb"
    summary = ingest_files(input_files(folder), db)
    assert summary.count("loaded") == 5
    assert summary.count("quarantined") == 1


def test_the_same_report_in_another_encoding_is_a_duplicate_of_the_first(tmp_path, samples_dir):
    """A report re-encoded (GB18030 instead of UTF-8) has other bytes but says the same: it is
    logged as a duplicate of the first, never loaded a second time (the marts would count it twice)."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    text = (samples_dir / SAMPLE).read_text(encoding="utf-8")
    (folder / "a_utf8.txt").write_text(text, encoding="utf-8")
    (folder / "b_gbk.txt").write_bytes(text.encode("gb18030"))
    (folder / "c_changed.txt").write_text(text.replace("412.64", "412.65", 1), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    summary = ingest_files(input_files(folder), db)
    outcomes = {o.path.split("/")[-1]: o for o in summary.outcomes}
    first = outcomes["a_utf8.txt"]
    assert first.status == "loaded" and outcomes["c_changed.txt"].status == "loaded"
    assert (outcomes["b_gbk.txt"].status, outcomes["b_gbk.txt"].document_id) == ("duplicate", first.document_id)
    assert "the same report as document" in outcomes["b_gbk.txt"].reason
    with duckdb.connect(str(db), read_only=True) as connection:
        assert connection.execute("select count(*) from raw.documents").fetchone() == (2,)
