"""Plain text broken into lines of one width (a page copied from a PDF) reads as its paragraphs
(ingest/readers/wrapped_text.py)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.normalize import normalise_line, normalise_text
from ingest.pipeline import parse_lines
from ingest.readers import read_report
from ingest.readers.wrapped_text import join_wrapped_lines, width, wrap_width

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"

# A final account's 三公 page as `pdftotext` (no -layout) gives it: lines of the page's width, a
# sentence broken inside a word and inside an amount (`1.6` / `万元。`).
WRAPPED_PAGE = """\
—12—
2023年度一般公共预算财政拨款安排的“三公”经费支出
决算中，因公出国（境）费支出决算0万元；公务用车购
置及运行费支出决算4.25万元；公务接待费支出决算1.6
万元。
2023年度一般公共预算财政拨款安排的“三公”经费支出
决算总额为5.85万元，比上年增加0.35万元，增长6.4%，
主要原因是公务用车运行维护支出增加。国内公务接待批
次为12个，接待人次为96人。
（一）公务用车购置及运行费支出4.25万元。其中：
公务用车购置支出0万元。
公务用车运行维护费支出4.25万元。
"""


def test_a_sentence_broken_across_lines_reads_whole():
    read = read_report(WRAPPED_PAGE.encode("utf-8"))
    assert len(read.lines) == len(WRAPPED_PAGE.split("\n"))  # a line's number is still the file's
    parsed = parse_lines(read.lines)
    assert parsed.meta.doc_kind == "final_accounts"
    assert parsed.meta.fiscal_year == 2023
    found = {(m.metric, m.measure, m.value_reported) for m in parsed.metrics}
    assert {("three_public_outbound", "actual", Decimal("0")),
            ("three_public_vehicle", "actual", Decimal("4.25")),
            ("three_public_reception", "actual", Decimal("1.6")),
            ("three_public_total", "actual", Decimal("5.85")),
            ("three_public_vehicle_purchase", "actual", Decimal("0")),
            ("three_public_vehicle_operation", "actual", Decimal("4.25")),
            ("reception_batches", "actual", Decimal("12")),
            ("reception_people", "actual", Decimal("96"))} <= found
    reception = [m for m in parsed.metrics if m.metric == "three_public_reception"]
    assert [m.source_line for m in reception] == [2]  # the paragraph's first line


def test_a_folio_a_numbered_point_and_a_sentence_end_break_the_paragraph():
    lines = join_wrapped_lines(normalise_text(WRAPPED_PAGE))
    assert lines[0] == "—12—"
    assert lines[5].endswith(normalise_line("国内公务接待批次为12个，接待人次为96人。")) and lines[6:9] == ["", "", ""]
    assert lines[9].startswith(normalise_line("（一）公务用车购置及运行费支出4.25万元。其中："))
    assert lines[11] == normalise_line("公务用车运行维护费支出4.25万元。")  # after a full stop, its own line


def test_a_report_written_a_paragraph_a_line_is_left_as_it_is():
    for sample in sorted(SAMPLES.glob("*.txt")):
        lines = normalise_text(sample.read_text(encoding="utf-8"))
        assert join_wrapped_lines(lines) == lines, sample.name


_WORDS = st.sampled_from(["财政拨款", "支出", "经费", "项目", "公务用车", "运行维护", "保障", "人员",
                          "工资福利", "商品和服务", "12.5万元", "较上年", "增加", "，", "主要用于", "“三公”"])
_SENTENCE = st.lists(_WORDS, min_size=3, max_size=14).map(lambda words: "".join(words) + "。")
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=6).map("".join)


def _wrapped(paragraph: str, columns: int) -> list[str]:
    lines, line = [], ""
    for character in paragraph:
        if width(line + character) > columns:
            lines.append(line)
            line = ""
        line += character
    return lines + [line]


@settings(max_examples=200, deadline=None)
@given(paragraphs=st.lists(_PARAGRAPH, min_size=2, max_size=6), columns=st.integers(min_value=44, max_value=90))
def test_hard_wrapped_paragraphs_come_back_whole_sentences(paragraphs, columns):
    """Every line joined back is whole sentences of one paragraph; nothing is lost, no line moves."""
    wrapped = [line for paragraph in paragraphs for line in _wrapped(paragraph, columns)]
    joined = join_wrapped_lines(wrapped)
    if wrap_width(wrapped) is None:  # too few full lines to show a width: left as it is
        assert joined == wrapped
        return
    assert len(joined) == len(wrapped)
    kept = [line for line in joined if line]
    assert "".join(kept) == "".join(paragraphs)
    assert all(line.endswith("。") for line in kept)
    starts = {0}
    for paragraph in paragraphs:
        starts.add(max(starts) + len(paragraph))
    position = 0
    for line in kept:  # no line runs from one paragraph into the next
        assert not any(position < start < position + len(line) for start in starts), line
        position += len(line)
