"""Text normalisation: one line in, one line out; fullwidth, traditional, pinyin, stray spaces."""

import re

from hypothesis import given, strategies as st

from ingest.normalize import compact, normalise_line, normalise_text, to_halfwidth


def test_fullwidth_digits_and_punctuation():
    assert normalise_line("收、支总计７８２．１３万元（含结转）：") == "收、支总计782.13万元(含结转):"
    assert normalise_line("占　99.99%") == "占99.99%"


def test_traditional_is_simplified_and_pinyin_glosses_dropped():
    assert normalise_line("財(cái)政撥(bō)款收入", simplify=True) == "财政拨款收入"
    assert normalise_line("機關運行經費", simplify=True) == "机关运行经费"


def test_stray_spaces_inside_words_and_numbers():
    assert normalise_line("司 法行政") == "司法行政"
    assert normalise_line("办理公证 195 件") == "办理公证195件"
    assert normalise_line("4,262.41 万元") == "4,262.41万元"


def test_tabs_are_kept():
    assert normalise_line("2040601\t行政运行\t412.64") == "2040601\t行政运行\t412.64"


def test_line_numbers_are_preserved():
    text = "第一行\r\n\n第三行\u2028仍是第三行\n"
    lines = normalise_text(text)
    assert len(lines) == text.count("\n") + 1
    assert lines[2] == "第三行仍是第三行"  # the separator became a space, then a stray space


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\n"), max_size=80))
def test_normalising_is_idempotent(text):
    once = normalise_line(text)
    assert normalise_line(once) == once


@given(st.text(max_size=200))
def test_one_line_in_one_line_out(text):
    assert len(normalise_text(text)) == text.count("\n") + 1


@given(st.integers(min_value=0, max_value=10**9))
def test_fullwidth_numbers_read_like_ascii(number):
    fullwidth = "".join(chr(ord(d) + 0xFEE0) for d in str(number))
    assert to_halfwidth(fullwidth) == str(number)


def test_compact_drops_all_whitespace():
    assert compact(" 产出 指标\t") == "产出指标"


@given(st.text())
def test_compact_drops_exactly_the_whitespace_a_regex_would(text):
    assert compact(text) == re.sub(r"\s+", "", text)


def test_a_simplified_report_is_never_converted(monkeypatch):
    """Every simplified report went through zhconv while 算/位/款 counted as traditional."""
    from pathlib import Path

    import ingest.normalize as normalize

    def refuse(text):
        raise AssertionError("a simplified report was converted")

    monkeypatch.setattr(normalize, "to_simplified", refuse)
    for path in sorted((Path(__file__).resolve().parents[1] / "data" / "samples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert not normalize.looks_traditional(text), path.name
        normalise_text(text)
    assert normalize.looks_traditional("機關運行經費預算單位")
