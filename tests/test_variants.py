"""The same facts whatever the surface: traditional characters, ASCII punctuation, pipe tables,
yuan instead of 万元, random junk. Each variant is made from a sample by a transformation whose
effect on the facts is known, so the expected facts are those of the sample itself."""

from __future__ import annotations

import re
from decimal import Decimal

import zhconv
from hypothesis import HealthCheck, given, settings, strategies as st

from ingest.numbers import to_wan
from ingest.pipeline import NotAReport, parse_lines
from ingest.readers import UnreadableInput, read_report

from tests.conftest import SAMPLES_DIR

TABLES = "004_76647baae9ed1fbe.txt"
NARRATIVE = "000_4fae287c1d48d8b6.txt"


def facts(text: str):
    parsed = parse_lines(read_report(text.encode("utf-8")).lines)
    lines = sorted(((b.classification, b.code, b.flow, b.spending_type, b.fund_scope, b.measure,
                     to_wan(b.amount, b.unit), b.source_line) for b in parsed.budget_lines), key=repr)
    metrics = sorted(((m.metric, m.measure, to_wan(m.value_reported, m.unit_reported)
                       if m.unit_reported in ("万元", "元") else m.value_reported, m.source_line)
                      for m in parsed.metrics), key=repr)
    return parsed, lines, metrics


def sample(name: str) -> str:
    return (SAMPLES_DIR / name).read_text(encoding="utf-8")


def test_traditional_characters_give_the_same_facts():
    for name in (TABLES, NARRATIVE):
        original = sample(name)
        _, lines, metrics = facts(original)
        _, trad_lines, trad_metrics = facts(zhconv.convert(original, "zh-hant"))
        assert trad_lines == lines
        assert trad_metrics == metrics


def test_ascii_punctuation_gives_the_same_facts():
    original = sample(NARRATIVE)
    ascii_text = original.translate(str.maketrans({"（": "(", "）": ")", "：": ":", "，": ",", "；": ";"}))
    assert facts(ascii_text)[1:] == facts(original)[1:]


def test_pipe_tables_give_the_same_table_facts():
    original = sample(TABLES)
    piped = "\n".join("|" + line.replace("\t", "|") + "|" if "\t" in line else line
                      for line in original.split("\n"))
    _, lines, _ = facts(original)
    _, piped_lines, _ = facts(piped)
    table_lines = [line for line in lines if line[0] == "function"]
    assert [line for line in piped_lines if line[0] == "function"] == table_lines


def test_tables_in_yuan_are_normalised_to_wan():
    original = sample(TABLES)
    start = original.index("公开 03 表")
    end = original.index("注：本表反映部门本年度各项支出情况")
    section = re.sub(r"单位\s*[：:]\s*万元", "单位：元", original[start:end])
    section = re.sub(r"(?<=\t)(\d+\.\d{2})(?=\t|$)",
                     lambda m: format(Decimal(m.group(1)) * 10000, "f"), section, flags=re.M)
    parsed, lines, _ = facts(original[:start] + section + original[end:])
    table_03 = [b for b in parsed.budget_lines if b.source_table == "03"]
    assert table_03 and all(b.unit == "元" for b in table_03)
    original_03 = {(b.code, b.spending_type): b.amount for b in facts(original)[0].budget_lines
                   if b.source_table == "03"}
    assert {(b.code, b.spending_type): to_wan(b.amount, b.unit) for b in table_03} == original_03


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=0, max_size=3000))
def test_any_text_is_parsed_or_refused_never_crashes(text):
    try:
        parse_lines(read_report(text.encode("utf-8")).lines)
    except (UnreadableInput, NotAReport):
        pass


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=60000), st.integers(min_value=1, max_value=4000))
def test_a_sample_cut_anywhere_still_parses(start, length):
    text = sample(TABLES)[start:start + length]
    try:
        parsed = parse_lines(read_report(text.encode("utf-8")).lines)
    except (UnreadableInput, NotAReport):
        return
    assert all(b.source_line >= 1 for b in parsed.budget_lines)


def test_checkbox_symbols_give_the_same_answers_as_word_fields():
    """002 prints Word fields (`是 eq \\o\\ac(□,√)`); other exports draw ☑/☒ and ☐ instead."""
    original = sample("002_1f3a69e61e56d541.txt")
    drawn = original.replace("eq \\o\\ac(□,√)", "☒").replace("eq \\o\\ac(□)", "☐")
    answers = {(a.question, a.answer, a.source_line)
               for a in parse_lines(read_report(original.encode("utf-8")).lines).form_answers}
    drawn_answers = {(a.question, a.answer, a.source_line)
                     for a in parse_lines(read_report(drawn.encode("utf-8")).lines).form_answers}
    assert answers and drawn_answers == answers


def test_unchanged_totals_with_the_subject_after_the_comparison():
    """`与2022年度相比，收、支总计持平` states the 2022 figure: the same as 2023's."""
    text = ("遂宁市安居区司法局2023年度部门决算\n"
            "一、收入支出决算总体情况说明\n"
            "2023年度收、支总计均为1163.82万元。与2022年度相比，收、支总计持平。\n")
    parsed = parse_lines(read_report(text.encode("utf-8")).lines)
    stated = {(m.metric, m.measure, m.value_reported, m.source_line) for m in parsed.metrics}
    assert ("grand_total", "actual", Decimal("1163.82"), 3) in stated
    assert ("grand_total", "prior_year", Decimal("1163.82"), 3) in stated


def test_form_revenue_labels_of_counties_and_cities():
    """Self-evaluation forms of a county (县) name the budget allocation 县财政预算安排, and list
    其他收入 as a cell of its own."""
    original = sample("002_1f3a69e61e56d541.txt")
    county = original.replace("区财政预算安排", "县财政预算安排").replace(
        "\t其他收入\n\t\n", "\t其他收入\n\t3.00\n", 1)
    metrics = {(m.metric, m.value_reported) for m in parse_lines(read_report(county.encode("utf-8")).lines).metrics}
    assert ("revenue_fiscal", Decimal("267.47")) in metrics
    assert ("revenue_other", Decimal("3.00")) in metrics


def test_item_paths_whose_names_hold_brackets():
    """`政府办公厅（室）及相关机构事务（03）`: the （室） is part of the name, the （03） its code."""
    text = ("某区民政局2023年度部门决算\n"
            "一、收入支出决算总体情况说明\n"
            "2023年度收、支总计均为150.5万元。\n"
            "1.一般公共服务支出（201）政府办公厅（室）及相关机构事务（03）行政运行（01）:支出决算为100.5万元。\n"
            "2.公共安全支出（204）司法（06）行政运行（01）:支出决算为50万元。\n")
    lines = {(b.reported_code, b.reported_name, b.amount, b.source_line)
             for b in parse_lines(read_report(text.encode("utf-8")).lines).budget_lines}
    assert lines == {("2010301", "行政运行", Decimal("100.5"), 4), ("2040601", "行政运行", Decimal("50"), 5)}


def test_a_three_public_table_of_zeros_is_data_not_the_column_numbers():
    """Table 07 (004 line 305) printing 0 in all twelve columns still states every 三公 figure."""
    original = sample(TABLES)
    figures = "1.08\t0\t1.08\t0\t1.08\t0\t1.08\t0\t1.08\t0\t1.08\t0"
    assert original.count(figures) == 1
    zeros = original.replace(figures, "\t".join(["0"] * 12))
    stated = {(m.metric, m.measure, m.value_reported) for m in parse_lines(read_report(zeros.encode("utf-8")).lines).metrics
              if m.source_line == 305}
    assert stated == {(metric, measure, Decimal("0")) for measure in ("budget", "actual") for metric in (
        "three_public_total", "three_public_outbound", "three_public_vehicle", "three_public_vehicle_purchase",
        "three_public_vehicle_operation", "three_public_reception")}


def test_a_form_spending_heading_on_one_line_totals_spending():
    """002 splits `年度支出` / `（万元）` over a blank line; written on one line, the 合计 under it is
    still the year's spending (338.28, line 48 once joined), not its revenue."""
    original = sample("002_1f3a69e61e56d541.txt")
    joined = original.replace("\t年度支出\n\n（万元）\n", "\t年度支出（万元）\n", 1)
    assert joined != original
    stated = {(m.metric, m.value_reported) for m in parse_lines(read_report(joined.encode("utf-8")).lines).metrics
              if m.value_reported == Decimal("338.28")}
    assert ("expenditure_total", Decimal("338.28")) in stated
    assert ("revenue_total", Decimal("338.28")) not in stated
