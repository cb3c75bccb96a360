"""The PDF reader's geometry (ingest/readers/pdf_geometry.py): the spaces PDFium's text layer
keeps one of in a run are put back, and no other gap becomes spaces; page numbers are told from
text by their form and place."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from ingest.readers.pdf import _is_page_number
from ingest.readers.pdf_geometry import restored_space_runs
from ingest.readers.pdf_lines import Line

SIZE = 10.0


def _glyph(text: str, x0: float, width: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": 90.0, "bottom": 100.0, "size": SIZE}


@given(width=st.floats(2.0, 8.0), missing=st.integers(1, 12), drift=st.floats(-0.04, 0.04))
def test_a_run_of_spaces_pdfium_keeps_one_of_is_put_back(width, missing, drift):
    space = _glyph(" ", 50.0, width)
    after = _glyph("否", space["x1"] + missing * width + drift, SIZE)
    restored = restored_space_runs([_glyph("是", 40.0, SIZE), space, after])
    assert len(restored) == missing and all(glyph["text"] == " " for glyph in restored)
    assert restored[0]["x0"] == space["x1"] and abs(restored[-1]["x1"] - after["x0"]) <= 0.05


@given(width=st.floats(2.0, 8.0), spaces=st.integers(0, 10), part=st.floats(0.2, 0.8))
def test_a_gap_after_a_space_that_no_whole_run_of_spaces_fills_stays_a_gap(width, spaces, part):
    """A tab after a cell's trailing space: the next cell stands on a stop, not after spaces."""
    space = _glyph(" ", 50.0, width)
    after = _glyph("1", space["x1"] + (spaces + part) * width, 5.0)
    assert restored_space_runs([space, after]) == []


def test_spaces_of_other_lines_and_glyphs_after_other_glyphs_are_left_alone():
    line = [_glyph("一", 40.0, SIZE), _glyph("二", 80.0, SIZE)]  # a gap between two glyphs, no space
    other = {**_glyph(" ", 50.0, 5.0), "top": 190.0, "bottom": 200.0}
    assert restored_space_runs([*line, other]) == []


def _rule(x0, top, x1, bottom):
    orientation = "h" if top == bottom else "v"
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top,
            "orientation": orientation, "object_type": "line"}


@given(columns=st.integers(min_value=2, max_value=6), rows=st.integers(min_value=1, max_value=5),
       open_end=st.sampled_from(["top", "bottom", "both", "none"]))
def test_a_table_continued_across_pages_keeps_its_open_row(columns, rows, open_end):
    """The first row of a table continued from the page before has no top rule (the last row of
    one continued on the next page no bottom rule): its column rules still close it."""
    from ingest.readers.pdf_tables import find_tables

    xs = [60 + 100 * i for i in range(columns + 1)]
    ys = [70 + 16 * i for i in range(rows + 2)]  # rows + 1 ruled rows' boundaries
    drawn = ys[1:] if open_end in ("top", "both") else ys
    drawn = drawn[:-1] if open_end in ("bottom", "both") else drawn
    edges = [_rule(xs[0], y, xs[-1], y) for y in drawn] + [_rule(x, ys[0], x, ys[-1]) for x in xs]
    tables = find_tables(edges)
    assert len(tables) == 1
    assert len(tables[0].cells) == columns * (rows + 1)
    assert tables[0].bbox == (xs[0], ys[0], xs[-1], ys[-1])


@pytest.mark.parametrize("text, top, is_page_number", [
    ("─ 9 ─", 760.7, True),        # 江苏省人大常委会 2019: box-drawing rules, 90 % down the page
    ("- 12 -", 780.0, True), ("第 3 页/共 33 页", 800.0, True), ("·12·", 30.0, True),
    ("12", 800.0, True),           # a bare number: only in the narrow margin
    ("12", 760.7, False), ("2,391.92", 800.0, False), ("一、12", 800.0, False), ("─ 9 ─", 400.0, False),
])
def test_page_numbers_are_told_by_their_form_and_place(text, top, is_page_number):
    line = Line(text=text, x0=280.0, x1=320.0, top=top, bottom=top + 15.0, size=12.0)
    assert _is_page_number(line, 842.0) is is_page_number
