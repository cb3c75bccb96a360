"""A PDF made from each sample by LibreOffice (tables as tab-separated text, no ruling) gives the
facts of the text version; and the tab-stop reading (ingest/readers/pdf_tabs.py and pdf_tab_*.py) on synthetic
glyph positions.

The PDFs are made at test time with `soffice --convert-to pdf` (LibreOffice's text import: tab
stops every 1.25 cm, wrapped rows). CI installs LibreOffice (.ci/run); without `soffice` on PATH
the sample tests fail rather than skip.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from ingest.pipeline import parse_lines
from ingest.readers import read_report
from ingest.readers.pdf_tab_lattice import Lattice, find_lattice
from ingest.readers.pdf_tabs import tab_stop_lines

from tests.conftest import SAMPLES_DIR
from tests.test_formats import fact_keys

SAMPLES = sorted(path.stem[:3] for path in SAMPLES_DIR.glob("*.txt"))
# 001 and 002 hold forms flattened one cell per line: a line holding only a tab (an empty cell)
# prints as an empty line, the same as the blank line that ends a row. Where several stand
# together, which are empty cells cannot be known; the reader leaves such a form out rather than
# shift its cells into wrong columns. Their facts: never one the text lacks, at least these many.
FORMS_LEFT_OUT = {"001": 99, "002": 27}
CONVERT_SECONDS = 180


@pytest.fixture(scope="module")
def libreoffice_pdfs(tmp_path_factory) -> dict[str, Path]:
    """{sample: PDF} converted by LibreOffice from the samples' text, all in one run."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail("soffice (LibreOffice) is not on PATH: install libreoffice-writer-nogui and fonts-wqy-zenhei")
    folder = tmp_path_factory.mktemp("libreoffice")
    sources = [shutil.copy(path, folder / path.name) for path in sorted(SAMPLES_DIR.glob("*.txt"))]
    profile = (folder / "profile").as_uri()  # its own profile: no lock shared with another soffice
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                    "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "pdf", "--outdir", str(folder),
                    *map(str, sources)], check=True, capture_output=True, timeout=CONVERT_SECONDS)
    pdfs = {Path(source).stem[:3]: Path(source).with_suffix(".pdf") for source in sources}
    missing = [sample for sample, pdf in pdfs.items() if not pdf.exists()]
    assert not missing, f"soffice made no PDF of {missing}"
    return pdfs


def _facts(path: Path):
    return fact_keys(parse_lines(read_report(path.read_bytes()).lines))


@pytest.mark.parametrize("sample", SAMPLES)
def test_libreoffice_pdf_gives_the_facts_of_the_text(sample, libreoffice_pdfs):
    read = read_report(libreoffice_pdfs[sample].read_bytes())
    assert read.format == "pdf"
    expected = _facts(next(SAMPLES_DIR.glob(f"{sample}_*.txt")))
    actual = fact_keys(parse_lines(read.lines))
    missing, extra = expected - actual, actual - expected
    found = sum((expected & actual).values())
    report = (f"{sample}: {found}/{sum(expected.values())} facts of the text found, "
              f"{sum(extra.values())} not in the text\nmissing: {sorted(map(str, missing))[:8]}\n"
              f"not in the text: {sorted(map(str, extra))[:8]}")
    assert not extra, report
    if sample in FORMS_LEFT_OUT:
        assert found >= FORMS_LEFT_OUT[sample], report
    else:
        assert not missing, report


# ---------------------------------------------------------------- synthetic pages

WIDTH = {"digit": 6.0, "cjk": 10.0}
SIZE = 10.0


class _Line:
    """What pdf.py hands pdf_tabs: a visual line's glyphs and where it stands."""

    def __init__(self, chars: list[dict], top: float, page: int = 1):
        self.chars, self.top, self.bottom, self.page, self.size = chars, top, top + SIZE, page, SIZE


def _glyph(text: str, x: float, top: float) -> dict:
    width = WIDTH["cjk"] if ord(text) >= 0x2E80 else WIDTH["digit"]
    return {"text": text, "x0": x, "x1": x + width, "top": top, "bottom": top + SIZE, "size": SIZE}


def _lay_out(rows: list[str], lattice: Lattice, pitch: float = 13.5) -> list[_Line]:
    """Tab-separated rows set as a word processor sets them, one visual line each (they fit)."""
    lines = []
    for number, row in enumerate(rows):
        top = 50 + number * pitch
        pen, chars = lattice.origin, []
        for index, cell in enumerate(row.split("\t")):
            if index:
                pen = lattice.stop(lattice.next_stop(pen))
            for char in cell:
                chars.append(_glyph(char, pen, top))
                pen = chars[-1]["x1"]
        assert pen <= lattice.right
        lines.append(_Line(chars, top))
    return lines


_CELLS = st.one_of(st.just(""), st.text("0123456789.", min_size=1, max_size=6),
                   st.text("合计支出项目行政运行", min_size=1, max_size=4))


@st.composite
def _tables(draw):
    origin = draw(st.floats(40, 90))
    interval = draw(st.floats(20, 60))
    lattice = Lattice(origin, interval, right=origin + 16 * interval + 5)
    rows = ["部门收支总表", "单位:万元"]  # a report's title lines, at the margin
    for _ in range(draw(st.integers(4, 16))):
        cells = draw(st.lists(_CELLS, min_size=2, max_size=6))
        cells[-1] = cells[-1] or "0"
        if not "".join(cells[:-1]) and cells[0] == "":
            cells[0] = "1"
        rows.append("\t".join(cells))
    return lattice, rows


def _fits(rows: list[str], lattice: Lattice) -> bool:
    """Every row fits on its line, and ends far enough from the edge that the next row could not
    be read as its continuation (a layout that reads two ways is not this test's business)."""
    for row in rows:
        pen = lattice.origin
        for index, cell in enumerate(row.split("\t")):
            if index:
                pen = lattice.stop(lattice.next_stop(pen))
            pen += sum(WIDTH["cjk"] if ord(c) >= 0x2E80 else WIDTH["digit"] for c in cell)
        if pen + lattice.interval + 6 * WIDTH["cjk"] > lattice.right or lattice.interval < 1.5 * SIZE:
            return False
    return True


@settings(max_examples=60, deadline=None)
@given(_tables())
def test_rows_set_on_tab_stops_read_back_as_they_were(table):
    lattice, rows = table
    if not _fits(rows, lattice):
        return
    lines = _lay_out(rows, lattice)
    found = find_lattice(lines, page_width=lattice.right + lattice.origin)
    if found is None:
        starts = [line.chars[0]["x0"] for line in lines if line.chars[0]["x0"] > lattice.origin + 1]
        after_gaps = [b["x0"] for line in lines for a, b in zip(line.chars, line.chars[1:]) if b["x0"] - a["x1"] > 1]
        stops = {round((x - lattice.origin) / lattice.interval) for x in starts + after_gaps}
        assert len(starts + after_gaps) < 12 or len(stops) < 3, "a page set on tab stops was not recognised"
        return
    assert found.interval == pytest.approx(lattice.interval, abs=0.05)
    assert found.origin == pytest.approx(lattice.origin, abs=0.05)
    assert [line.rstrip("\t") for line in tab_stop_lines(lines, found)] == [row.rstrip("\t") for row in rows]


LO = Lattice(origin=56.8, interval=35.45, right=538.5)


def _line(runs: list[tuple[float, str]], top: float) -> _Line:
    chars = []
    for x, text in runs:
        for char in text:
            chars.append(_glyph(char, x, top))
            x = chars[-1]["x1"]
    return _Line(chars, top)


LONG = "对民间非营利组织和群众性自治组织补贴" * 2  # 36 characters


@pytest.mark.parametrize("runs, expected", [
    # the last word did not fit after its tab (stop 13): the tab moved down with it, to stop 1
    ([[(56.8, "3010"), (92.25, LONG), (482.2, "1.08")], [(92.25, "0.00")]], [f"3010\t{LONG}\t1.08\t0.00"]),
    # the line ends past the last stop: its tab moved down
    ([[(56.8, "科" * 47)], [(92.25, "决算数")]], ["科" * 47 + "\t决算数"]),
    # a CJK cell broken at the edge goes on at the margin
    ([[(56.8, "项目"), (482.2, "对附属单位")], [(56.8, "补助支出")]], ["项目" + "\t" * 12 + "对附属单位补助支出"]),
    # a short row, then a row beginning with a tab: two rows
    ([[(56.8, "合计"), (92.25, "1.00")], [(92.25, "2.00")]], ["合计\t1.00", "\t2.00"]),
])
def test_wrapped_rows_are_joined(runs, expected):
    lines = [_line(visual, 50 + 13.5 * number) for number, visual in enumerate(runs)]
    assert tab_stop_lines(lines, LO) == expected


def test_first_line_indents_are_no_tab_stops():
    """Paragraphs indented by two characters, the rest at the margin: prose, not tabs."""
    lines = []
    for number in range(40):
        x = 56.8 + (2 * SIZE if number % 3 == 0 else 0.0)
        lines.append(_line([(x, "本部门主要职责是负责全区司法行政工作")], 50 + 13.5 * number))
    assert find_lattice(lines, page_width=595.3) is None


def test_columns_of_their_own_widths_are_no_tab_stops():
    """A borderless table whose columns are as wide as their text (a word processor's table)."""
    starts = [56.8, 131.0, 170.5, 248.2, 301.7, 377.4]
    lines = [_line([(x, "1.00") for x in starts], 50 + 13.5 * number) for number in range(20)]
    assert find_lattice(lines, page_width=595.3) is None
