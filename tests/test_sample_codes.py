"""Every sample resolves through the reference seeds: each functional and economic line has its
code (but for the one line whose printed names match no item, kept NULL with its reason), each
document its admin code, and the codes used are rows of the reference valid in that year."""

from __future__ import annotations

import csv
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# (source_file, source_line): a line whose names identify no code, with the words of its reason.
UNRESOLVABLE = {
    # 公共安全支出（类）司法（款）其他公共安全支出（项）: no such 项 under 20406 (it exists under 20499)
    ("004_76647baae9ed1fbe.txt", 387): "其他公共安全支出",
}

# The reference rows each sample uses, read from the reports (codes printed or named in them).
CODES_USED = {
    "000_4fae287c1d48d8b6.txt": {"201", "208", "210", "221", "2040601", "2040602", "2040607", "2040650",
                                 "2049901", "2080504", "2080505", "2101101", "2101102", "2101103",
                                 "2210201"},
    "001_cbcf39354c9835b0.txt": {"201", "204", "205", "206", "207", "208", "210", "221", "2040601",
                                 "2040602", "2040604", "2040605", "2040607", "2040610", "2040612",
                                 "2040613", "2040650", "2040699", "2080501", "2080505", "2089999", "2101101",
                                 "2101103", "2210201"},
    "003_8b48cda346f1f3a9.txt": {"301", "302", "303", "310"},
}


def _reference(name):
    with open(SEEDS / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _valid(rows, code, year):
    return any(row["code"] == code and int(row["valid_from"]) <= year <= int(row["valid_to"]) for row in rows)


def test_every_line_has_a_code_or_a_reason(raw_connection):
    rows = raw_connection.execute("""
        select d.source_file, b.source_line, b.classification, b.code, b.code_reason, b.reported_name
        from raw.budget_lines b join raw.documents d using (document_id)""").fetchall()
    assert rows
    missing = {(f, line): (reason, name) for f, line, _, code, reason, name in rows if code is None}
    assert set(missing) == set(UNRESOLVABLE), missing
    for key, (reason, name) in missing.items():
        assert reason, f"{key} has no reason for its NULL code"
        assert UNRESOLVABLE[key] in name


def test_every_document_has_its_admin_code(raw_connection):
    rows = raw_connection.execute("select source_file, admin_code, admin_code_reason from raw.documents").fetchall()
    assert len(rows) == 5
    assert all(code and len(code) == 6 for _, code, _ in rows), rows


def test_codes_are_reference_rows_of_their_year(raw_connection):
    functions = _reference("ref_function_class.csv")
    economic = _reference("ref_economic_class.csv")
    rows = raw_connection.execute("""
        select distinct d.source_file, d.fiscal_year, b.classification, b.code
        from raw.budget_lines b join raw.documents d using (document_id) where b.code is not null""").fetchall()
    for source_file, year, classification, code in rows:
        reference = functions if classification == "function" else economic
        assert _valid(reference, code, year), (source_file, year, classification, code)


def test_the_reference_rows_each_sample_uses(raw_connection):
    for source_file, expected in CODES_USED.items():
        used = {row[0] for row in raw_connection.execute("""
            select distinct b.code from raw.budget_lines b join raw.documents d using (document_id)
            where d.source_file = ? and b.code is not null""", [source_file]).fetchall()}
        assert used == expected, (source_file, used ^ expected)
