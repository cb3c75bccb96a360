"""Reports in the formats departments publish (PDF, DOCX, XLSX, XLS, HTML) give the facts of
their plain-text version, and files that cannot be read are quarantined with a clear reason.

Each sample is converted by scripts/make_format_fixtures.py into DOCX, XLSX (samples with
tables), HTML (UTF-8, and GBK declared as gb2312) and PDF, at test time. A fact is compared
without its source_line (line numbers differ between formats by construction). The share of
the text version's facts found with equal values is asserted per sample × format and printed by
test_zz_fact_match_summary.
"""

from __future__ import annotations

import importlib.util
import io
import re
import shutil
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from ingest.extractors.forms import extract_form_answers
from ingest.normalize import compact
from ingest.pipeline import parse_lines
from ingest.readers import UnreadableInput, detect_format, read_report
from ingest.readers.blocks import Table, table_lines
from ingest.readers.spreadsheet import render_number
from ingest.run import ingest_files
from ingest.segmenters import segment

from tests.conftest import PROJECT_DIR, SAMPLES_DIR

SAMPLES = sorted(path.stem[:3] for path in SAMPLES_DIR.glob("*.txt"))
FORMATS = ("docx", "xlsx", "html", "html_gbk", "pdf")
READER_FORMAT = {"docx": "docx", "xlsx": "xlsx", "html": "html", "html_gbk": "html", "pdf": "pdf"}
META_FIELDS = ("fiscal_year", "department", "doc_kind", "amount_unit_reported", "title", "admin_code")


def _fixture_script():
    spec = importlib.util.spec_from_file_location("make_format_fixtures",
                                                  PROJECT_DIR / "scripts" / "make_format_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


fixtures_script = _fixture_script()


def _sample_path(sample: str) -> Path:
    return next(SAMPLES_DIR.glob(f"{sample}_*.txt"))


@pytest.fixture(scope="session")
def format_files(tmp_path_factory) -> dict[str, dict[str, Path]]:
    """{sample: {format: path}} for every sample, written once per test session."""
    folder = tmp_path_factory.mktemp("formats")
    return {sample: fixtures_script.write_fixtures(_sample_path(sample), folder / sample) for sample in SAMPLES}


@pytest.fixture(scope="session")
def read_file():
    """read_report of a file, once per session (PDFs take seconds)."""
    cache: dict[Path, object] = {}

    def read(path: Path):
        if path not in cache:
            cache[path] = read_report(path.read_bytes())
        return cache[path]

    return read


@pytest.fixture(scope="session")
def special_pdfs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("special_pdfs")
    return {"scanned": fixtures_script.write_scanned_pdf(folder / "scanned.pdf"),
            "encrypted": fixtures_script.write_encrypted_pdf(_sample_path("000"), folder / "encrypted.pdf")}


@pytest.fixture(scope="session")
def text_versions() -> dict:
    return {sample: parse_lines(read_report(_sample_path(sample).read_bytes()).lines) for sample in SAMPLES}


def fact_keys(parsed) -> Counter:
    """Every fact of a parsed report as a comparable key, without where it stands."""
    keys: Counter = Counter()
    for b in parsed.budget_lines:
        keys[("budget_line", b.classification, b.code, b.reported_code, _text(b.reported_name), b.level, b.flow,
              b.spending_type, b.fund_scope, b.measure, b.amount, b.unit, b.source_kind, b.source_table,
              b.printed_rate_pct)] += 1
    for m in parsed.metrics:
        keys[("metric", m.metric, m.measure, m.value_reported, m.unit_reported, m.source_kind,
              re.sub(r"line \d+", "line", m.derivation or ""))] += 1
    for p in parsed.projects:
        keys[("project", p.project_code, _text(p.project_name), p.budget_initial, p.budget_adjusted, p.executed,
              p.execution_rate, p.score, p.weight, p.unit, p.source_kind)] += 1
    for i in parsed.indicators:
        keys[("indicator", _text(i.project_name), i.level1, i.level2, _text(i.indicator), i.operator,
              i.target_value, _text(i.target_text), i.unit, i.actual_value, _text(i.actual_text), i.weight,
              i.score)] += 1
    for f in parsed.form_answers:
        keys[("form_answer", _text(f.question), f.answer, _text(f.answer_text))] += 1
    return keys


def _text(value):
    return None if value is None else compact(value)


@pytest.fixture(scope="session")
def format_matches(format_files, text_versions, read_file) -> dict[tuple[str, str], tuple]:
    """{(sample, format): (parsed, facts of the text found, facts of the text, facts not in the text)}."""
    matches = {}
    for sample in SAMPLES:
        for fmt in FORMATS:
            path = format_files[sample].get(fmt)
            if path is None:
                continue
            parsed = parse_lines(read_file(path).lines)
            expected, actual = fact_keys(text_versions[sample]), fact_keys(parsed)
            matches[(sample, fmt)] = (parsed, sum((expected & actual).values()), sum(expected.values()),
                                      actual - expected)
    return matches


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sample", SAMPLES)
def test_format_gives_the_facts_of_the_text(sample, fmt, format_files, text_versions, read_file, format_matches):
    """Every fact of the text version, and no other: the text version is held to the facts read by
    hand from the report (tests/test_sample_facts.py, tests/expected/), so each format is too —
    what changes between formats is where a fact stands (its line), which the comparison leaves out."""
    if format_files[sample].get(fmt) is None:
        pytest.skip(f"{sample} has no tables: no spreadsheet version")
    assert read_file(format_files[sample][fmt]).format == READER_FORMAT[fmt]
    parsed, found, total, extra = format_matches[(sample, fmt)]
    missing = sorted(map(str, fact_keys(text_versions[sample]) - fact_keys(parsed)))[:15]
    assert found == total and not extra, (f"{sample} as {fmt}: {found}/{total} of the text version's facts; "
                                          f"missing: " + "\n".join(missing) + f"\nnot in the text: {sorted(map(str, extra))[:10]}")
    text_meta = text_versions[sample].meta
    assert {f: getattr(parsed.meta, f) for f in META_FIELDS} == {f: getattr(text_meta, f) for f in META_FIELDS}


def test_fact_match_summary(capsys, format_matches):
    """Prints how many facts of the text version each format gives (whatever pytest's capture)."""
    lines = ["", "facts of the text version found in each format (found/total):",
             "sample  " + "  ".join(f"{fmt:>13}" for fmt in FORMATS)]
    for sample in SAMPLES:
        cells = []
        for fmt in FORMATS:
            _, found, total, _ = format_matches.get((sample, fmt), (None, None, None, None))
            cells.append(f"{'—' if total is None else f'{found}/{total} {found / total:.0%}':>13}")
        lines.append(f"{sample:<8}" + "  ".join(cells))
    with capsys.disabled():
        print("\n".join(lines))
    assert len(format_matches) == len(SAMPLES) * len(FORMATS) - 1  # 000 has no spreadsheet version


# ---------------------------------------------------------------- refused inputs

def _refusal(data: bytes) -> str:
    started = time.perf_counter()
    with pytest.raises(UnreadableInput) as refused:
        read_report(data)
    assert time.perf_counter() - started < 20, "refusing a file must not take long"
    return str(refused.value)


def test_scanned_pdf_is_quarantined(special_pdfs):
    assert "no text layer: scanned PDF (images only), OCR is not supported" in _refusal(
        special_pdfs["scanned"].read_bytes())


def test_encrypted_pdf_is_quarantined(special_pdfs):
    assert "password-protected PDF" in _refusal(special_pdfs["encrypted"].read_bytes())


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "pdf"])
@pytest.mark.parametrize("keep", [0.3, 0.9, 0.99])
def test_truncated_files_are_quarantined(fmt, keep, format_files):
    data = format_files["004"][fmt].read_bytes()
    reason = _refusal(data[: int(len(data) * keep)])
    assert "corrupt" in reason and fmt.upper() in reason, reason


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_damaged_zip_members_are_quarantined(fmt, format_files):
    data = bytearray(format_files["004"][fmt].read_bytes())
    for index in range(len(data) // 3, len(data) // 3 + 500):
        data[index] ^= 0x5A
    reason = _refusal(bytes(data))
    assert "corrupt" in reason, reason


def test_pdf_that_is_only_a_header_is_quarantined():
    assert "corrupt PDF" in _refusal(b"%PDF-1.7\n" + bytes(range(256)) * 8)


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_zip_bombs_are_quarantined():
    ratio_bomb = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (50 * 1024 * 1024)})
    assert len(ratio_bomb) < 200_000
    assert "compression ratio" in _refusal(ratio_bomb)
    size_bomb = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>",
                      **{f"xl/media/image{n}.bin": bytes(range(256)) * 4096 * 24 for n in range(9)}})
    assert "zip bomb" in _refusal(size_bomb)
    many = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>",
                 **{f"word/part{n}.xml": b"" for n in range(10_001)}})
    assert "entries" in _refusal(many)


@pytest.fixture()
def secret_file(tmp_path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("SECRET-MARKER-4711", encoding="utf-8")
    return path


def _xxe(secret: Path) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n')


def test_xxe_in_docx_is_not_resolved(format_files, secret_file):
    with zipfile.ZipFile(format_files["003"]["docx"]) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    body = parts["word/document.xml"].decode("utf-8")
    body = _xxe(secret_file) + body[body.index("<w:document"):].replace("<w:t>", "<w:t>&xxe;", 1)
    parts["word/document.xml"] = body.encode("utf-8")
    reason = _refusal(_zip(parts))
    assert "DTD" in reason and "SECRET-MARKER" not in reason


def test_xxe_in_xlsx_is_not_resolved(format_files, secret_file):
    with zipfile.ZipFile(format_files["003"]["xlsx"]) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    name = "xl/sharedStrings.xml" if "xl/sharedStrings.xml" in parts else "xl/worksheets/sheet1.xml"
    body = re.sub(r"^<\?xml[^>]*\?>\s*", "", parts[name].decode("utf-8"))
    parts[name] = (_xxe(secret_file) + body).encode("utf-8")
    assert "DTD" in _refusal(_zip(parts))


@pytest.mark.parametrize("name, encoding", [
    ("word/document.xml", "utf-32-le"), ("word/document.xml", "utf-32-be"),
    ("word/main_part.dat", "utf-8"),  # a renamed main part (its content type says what it is)
    ("customXml/item1", "utf-16-le"),
])
def test_a_dtd_is_found_whatever_the_part_is_called_and_however_it_is_encoded(format_files, secret_file,
                                                                              name, encoding):
    with zipfile.ZipFile(format_files["003"]["docx"]) as original:
        parts = {part: original.read(part) for part in original.namelist()}
    parts[name] = (_xxe(secret_file).replace("UTF-8", encoding.upper()) + "<w:t>&xxe;</w:t>").encode(encoding)
    reason = _refusal(_zip(parts))
    assert "DTD" in reason and "SECRET-MARKER" not in reason


def test_a_workbook_whose_xml_would_take_minutes_to_parse_is_refused(format_files):
    """185 MB of sheet XML in a 21 MB XLSX took 197 s and 2.7 GB before it was quarantined."""
    with zipfile.ZipFile(format_files["003"]["xlsx"]) as original:
        parts = {part: original.read(part) for part in original.namelist()}
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>{n:08d}{"x" * 90}</t></is></c></row>'
                   for n in range(1, 700_001))
    parts["xl/worksheets/sheet2.xml"] = f"<worksheet><sheetData>{rows}</sheetData></worksheet>".encode("utf-8")
    assert "too large" in _refusal(_zip(parts))


def test_xml_libraries_do_not_resolve_entities_either(secret_file):
    """Behind the DTD check: python-docx's parser keeps entities unresolved, openpyxl parses
    with defusedxml."""
    import openpyxl.xml
    from docx.oxml.parser import parse_xml

    element = parse_xml((_xxe(secret_file) + '<w:t xmlns:w="urn:w">&xxe;</w:t>').encode("utf-8"))
    assert "SECRET-MARKER" not in (element.text or "")
    assert openpyxl.xml.DEFUSEDXML is True


def test_xxe_in_html_is_not_resolved(secret_file):
    page = (f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>'
            "<html><body><p>2020年度部门决算</p><p>&xxe;</p></body></html>").encode("utf-8")
    assert "SECRET-MARKER" not in "\n".join(read_report(page).lines)


def test_legacy_and_encrypted_office_files_are_refused():
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    assert "legacy Word .doc" in _refusal(ole2 + "WordDocument".encode("utf-16-le") + bytes(100))
    assert "password-protected Office document" in _refusal(
        ole2 + "EncryptedPackage".encode("utf-16-le") + bytes(100))
    assert "neither DOCX nor XLSX" in _refusal(_zip({"readme.txt": b"hello"}))


# ---------------------------------------------------------------- format details

def test_format_is_chosen_by_content_not_by_name(format_files, tmp_path):
    named_txt = tmp_path / "report.txt"
    shutil.copy(format_files["004"]["docx"], named_txt)
    assert detect_format(named_txt.read_bytes()) == "docx"
    assert read_report(named_txt.read_bytes()).format == "docx"
    named_pdf = tmp_path / "report.pdf"
    shutil.copy(_sample_path("004"), named_pdf)
    assert read_report(named_pdf.read_bytes()).format == "text"


def test_gbk_pages_are_decoded(format_files, text_versions):
    page = format_files["004"]["html_gbk"].read_bytes()
    assert b"charset=gb2312" in page
    read = read_report(page)
    assert read.encoding == "gb18030 (declared gb2312)"
    assert any("株洲市石峰区司法局" in line for line in read.lines)
    undeclared = page.replace(b"; charset=gb2312", b"")
    read = read_report(undeclared)
    assert read.encoding == "gb18030" and parse_lines(read.lines).meta.department == "石峰区司法局"
    mislabelled = page.replace(b"charset=gb2312", b"charset=utf-8")
    assert "declared utf-8, which does not decode it" in read_report(mislabelled).encoding


def test_html_tables_spans_and_chrome_are_read():
    page = """<html><head><title>t</title><style>p{}</style></head><body>
      <nav>首页 &gt; 公开</nav><script>alert('x')</script>
      <h1>收入决算表</h1><p>单位：<b>万元</b></p>
      <table><tr><th colspan="2">项目</th><th>金额</th></tr>
             <tr><td rowspan="2">204</td><td>公共安全支出</td><td>620.65</td></tr>
             <tr><td>司法</td><td>616.35</td></tr></table>
      <table><tr><td>是否公开</td><td><input type="checkbox" checked>是 <input type="checkbox">否</td></tr>
             <tr><td>说明</td><td>第一段<br>第二段</td></tr></table>
      <div style="display:none">隐藏</div></body></html>""".encode("utf-8")
    lines = read_report(page).lines
    assert lines[:2] == ["收入决算表", "单位:万元"]
    assert ["项目\t\t金额", "204\t公共安全支出\t620.65", "\t司法\t616.35"] == [l for l in lines if l.count("\t") == 2]
    assert "\t☑是 □否" in lines and "\t第一段" in lines and "第二段" in lines
    assert not any(word in "\n".join(lines) for word in ("alert", "首页", "隐藏", "p{}"))


def _docx_with(build) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')


def _append_xml(paragraph, fragment: str) -> None:
    from docx.oxml import parse_xml

    for element in list(parse_xml(f"<w:root {_W}>{fragment}</w:root>")):
        paragraph._p.append(element)


def _content_control(checked: bool) -> str:
    return (f'<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{"☒" if checked else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')


def _form_field(checked: bool) -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/>'
            f'<w:default w:val="{int(checked)}"/></w:checkBox></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _wingdings(code: str) -> str:
    return f'<w:r><w:sym w:font="Wingdings" w:char="{code}"/></w:r>'


def _checkbox_paragraphs(document) -> None:
    for question, yes, no in (("内容控件是否勾选:", _content_control(True), _content_control(False)),
                              ("旧式复选框是否勾选:", _form_field(False), _form_field(True)),
                              ("符号字体是否勾选:", _wingdings("F0FE"), _wingdings("F0A8"))):
        paragraph = document.add_paragraph(question + "是")
        _append_xml(paragraph, yes)
        paragraph.add_run(" 否")
        _append_xml(paragraph, no)


def test_docx_checkboxes_become_marks_the_form_extractor_reads():
    lines = read_report(_docx_with(_checkbox_paragraphs)).lines
    assert lines == ["内容控件是否勾选:是☑ 否□", "旧式复选框是否勾选:是□ 否☑", "符号字体是否勾选:是☑ 否□"]
    answers = {a.question: a.answer for a in extract_form_answers(segment(lines))}
    assert answers == {"内容控件是否勾选": "yes", "旧式复选框是否勾选": "no", "符号字体是否勾选": "yes"}


def test_docx_eq_fields_keep_their_code(format_files, read_file):
    lines = read_file(format_files["002"]["docx"]).lines
    assert any("是 eq \\o\\ac(□,√) 否□" in line for line in lines)
    assert not any("☑" in line for line in lines), "the field's displayed result must not be read as well"


def test_docx_merged_cells_are_read_once():
    def table(document):
        grid = document.add_table(rows=3, cols=3)
        grid.cell(0, 0).merge(grid.cell(0, 1)).text = "项目"
        grid.cell(0, 2).text = "金额"
        grid.cell(1, 0).merge(grid.cell(2, 0)).text = "204"
        grid.cell(1, 1).text, grid.cell(1, 2).text = "公共安全支出", "620.65"
        grid.cell(2, 1).text, grid.cell(2, 2).text = "司法", "616.35"

    lines = [line for line in read_report(_docx_with(table)).lines if line]
    assert lines == ["项目\t\t金额", "204\t公共安全支出\t620.65", "\t司法\t616.35"]


def test_tables_become_forms_only_for_checkboxes_or_prose():
    grid = Table(rows=[[["科目名称"], ["本年收入", "合计"]], [["行政运行"], ["412.64"]]])
    assert table_lines(grid) == ["", "科目名称\t本年收入 合计", "行政运行\t412.64", ""]
    prose = Table(rows=[[["主要绩效"], ["一是完成全年法律援助工作，共办理案件217件。", "二是开展普法宣传。"]]])
    assert table_lines(prose) == ["", "\t主要绩效", "\t一是完成全年法律援助工作，共办理案件217件。", "二是开展普法宣传。", "", ""]
    inferred = Table(rows=prose.rows, paragraphs_known=False)
    assert table_lines(inferred)[1] == "主要绩效\t一是完成全年法律援助工作，共办理案件217件。 二是开展普法宣传。"


def test_xlsx_titles_units_and_numbers():
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "收入支出决算总表"
    sheet.append(["收入支出决算总表"])
    sheet.append(["部门：株洲市石峰区司法局", None, "金额单位：元"])
    sheet.append(["项目", "行次", "金额", "执行率"])
    sheet.append(["一、一般公共预算财政拨款收入", 1, 412.63999999999999, 0.9337])
    sheet.append(["本年收入合计", 2, 4262.41, 1])
    sheet["C5"].number_format = "#,##0.00"
    sheet["D4"].number_format = "0.00%"
    sheet["D5"].number_format = "0%"
    buffer = io.BytesIO()
    workbook.save(buffer)
    lines = read_report(buffer.getvalue()).lines
    assert lines[:3] == ["收入支出决算总表", "部门:株洲市石峰区司法局", "金额单位:元"]
    assert "一、一般公共预算财政拨款收入\t1\t412.64\t93.37%" in lines
    assert "本年收入合计\t2\t4,262.41\t100%" in lines


@pytest.mark.parametrize("value, number_format, printed", [
    (412.63999999999999, None, "412.64"), (0.1 + 0.2, "General", "0.3"), (4.3, "0.00", "4.30"),
    (4262.41, "#,##0.00", "4,262.41"), (0.9337, "0.00%", "93.37%"), (1.0, "0%", "100%"),
    (12.5, '#,##0.00"万元"', "12.50万元"), (2040601, None, "2040601"), (3.0, None, "3"),
    (-0.0, None, "0"), (412.64, "0.00_ ;[Red]-0.00 ", "412.64"),
])
def test_numbers_print_as_the_report_prints_them(value, number_format, printed):
    assert render_number(value, number_format) == printed


def test_xls_is_read_with_calamine():
    xlwt = pytest.importorskip("xlwt")
    workbook = xlwt.Workbook(encoding="utf-8")
    sheet = workbook.add_sheet("收入决算表")
    for row, values in enumerate([["收入决算表"], ["单位：万元"], ["科目编码", "科目名称", "本年收入合计"],
                                  ["204", "公共安全支出", 620.65], ["2040601", "行政运行", 412.64]]):
        for column, value in enumerate(values):
            sheet.write(row, column, value)
    hidden = workbook.add_sheet("hidden")
    hidden.write(0, 0, "不应读出")
    hidden.visibility = 1
    buffer = io.BytesIO()
    workbook.save(buffer)
    read = read_report(buffer.getvalue())
    assert read.format == "xls"
    assert [line for line in read.lines if line] == ["收入决算表", "单位:万元", "科目编码\t科目名称\t本年收入合计",
                                                     "204\t公共安全支出\t620.65", "2040601\t行政运行\t412.64"]


def test_pdf_text_layer_keeps_the_chinese(format_files, read_file):
    lines = read_file(format_files["004"]["pdf"]).lines
    assert "年初预算为379.31万元,支出决算为412.64万元,完成年初预算的108.79%,决算数大于年初预算数的主要原因是:人员变动。" in lines
    assert "2040601\t行政运行\t412.64\t412.64\t0.00\t0.00\t0.00\t0.00\t0.00" in lines
    assert not any(re.fullmatch(r"-\s*\d+\s*-", line) for line in lines), "page numbers are dropped"


# ---------------------------------------------------------------- end to end

def test_ingest_loads_docx_and_pdf_and_quarantines_scans(format_files, special_pdfs, tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    shutil.copy(format_files["004"]["docx"], folder / "004.docx")
    shutil.copy(format_files["000"]["pdf"], folder / "000.pdf")
    shutil.copy(format_files["003"]["docx"], folder / "003_named.txt")
    shutil.copy(special_pdfs["scanned"], folder / "scan.pdf")
    db = tmp_path / "w.duckdb"
    ingest_files(sorted(folder.iterdir()), db)
    connection = duckdb.connect(str(db), read_only=True)
    try:
        log = {Path(path).name: (status, reason) for path, status, reason in connection.execute(
            "select path, status, reason from raw.ingest_log").fetchall()}
        facts = dict(connection.execute("""select d.source_file, count(*) from raw.budget_lines b
                                           join raw.documents d using (document_id) group by 1""").fetchall())
        formats = dict(connection.execute("select source_file, input_format from raw.documents").fetchall())
    finally:
        connection.close()
    assert log["004.docx"][0] == "loaded" and log["000.pdf"][0] == "loaded", log
    assert log["003_named.txt"][0] == "loaded", log
    assert log["scan.pdf"] == ("quarantined", "no text layer: scanned PDF (images only), OCR is not supported")
    assert facts["004.docx"] > 100 and facts["000.pdf"] > 10
    assert formats == {"004.docx": "docx", "000.pdf": "pdf", "003_named.txt": "docx"}


# ---------------------------------------------------------------- a workbook of tables only

def test_a_workbook_holding_only_the_standard_tables_is_read(tmp_path, text_versions):
    """The usual `部门决算公开表.xlsx`: the nine tables, each under its title, no narrative at all.
    It is final accounts (its tables say so) and gives every figure the text version reads from
    those tables."""
    blocks = fixtures_script.sample_blocks(_sample_path("004"))
    tables_only: list = []
    for index, block in enumerate(blocks):
        if isinstance(block, fixtures_script.TableBlock):
            tables_only += fixtures_script._title_lines([b for b in blocks[:index] if isinstance(b, str)]) + [block]
    path = fixtures_script.write_xlsx(tables_only, tmp_path / "部门决算公开表.xlsx")
    parsed = parse_lines(read_report(path.read_bytes()).lines)
    assert parsed.meta.doc_kind == "final_accounts"
    table_facts = Counter({key: count for key, count in fact_keys(text_versions["004"]).items()
                           if key[0] == "budget_line" and key[12] == "table"
                           or key[0] == "metric" and key[5] == "table"})
    actual = fact_keys(parsed)
    assert sum(table_facts.values()) > 200
    assert not table_facts - actual, sorted(map(str, table_facts - actual))[:20]


# ---------------------------------------------------------------- tables without ruling lines

@pytest.mark.parametrize("sample", SAMPLES)
def test_a_pdf_without_ruling_lines_never_gives_a_line_the_text_does_not(sample, format_files, text_versions,
                                                                         read_file):
    """A borderless table printed from a word processor: the classification lines read from the
    word positions are the text version's, and none is invented or misread."""
    parsed = parse_lines(read_file(format_files[sample]["pdf_unruled"]).lines)
    lines = lambda keys: Counter({k: n for k, n in keys.items() if k[0] == "budget_line"})  # noqa: E731
    expected, actual = lines(fact_keys(text_versions[sample])), lines(fact_keys(parsed))
    assert not actual - expected, sorted(map(str, actual - expected))[:10]
    if sample == "004":  # the one with the standard tables: every line of them is read
        assert not expected - actual, sorted(map(str, expected - actual))[:10]


def test_the_accounts_tables_of_a_pdf_without_ruling_lines_are_read(format_files, text_versions, read_file):
    """004's nine tables set without borders: 81 % of all the text version's facts (its
    performance-indicator tables, whose wrapped prose word positions cannot tell apart, stay
    text and are not counted), and no fact the text version does not hold."""
    parsed = parse_lines(read_file(format_files["004"]["pdf_unruled"]).lines)
    expected, actual = fact_keys(text_versions["004"]), fact_keys(parsed)
    assert not actual - expected, sorted(map(str, actual - expected))[:10]
    assert sum((expected & actual).values()) >= 0.8 * sum(expected.values())
