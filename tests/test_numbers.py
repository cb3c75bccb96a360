"""Number, amount and unit parsing: examples seen in reports, and properties over all numbers."""

from decimal import Decimal

from hypothesis import given, strategies as st

from ingest.numbers import find_numbers, is_not_applicable, parse_number, parse_percent, to_wan

amounts = st.decimals(min_value=Decimal("-99999999.99"), max_value=Decimal("99999999.99"), places=2,
                      allow_nan=False, allow_infinity=False)


def test_seen_forms():
    assert parse_number("782.13") == Decimal("782.13")
    assert parse_number("4,262.41") == Decimal("4262.41")
    assert parse_number("0.00") == Decimal("0.00")
    assert parse_number("60 万元") == Decimal("60")
    assert parse_number("*7.3%") == Decimal("7.3")
    assert parse_number(" 1,234,567.8 ") == Decimal("1234567.8")
    assert parse_percent("100.00%") == Decimal("100.00")
    assert parse_percent("99%") == Decimal("99")


def test_not_numbers():
    for text in ("", "/", "—", "无", "优良", "2020年12月", "1.2.3", "12万元以上吧", None):
        assert parse_number(text) is None
    for text in ("", "/", "-", "——", None, " "):
        assert is_not_applicable(text)
    assert not is_not_applicable("0")


def test_yuan_to_wan_is_exact():
    assert to_wan(Decimal("7821300"), "元") == Decimal("782.13")
    assert to_wan(Decimal("782.13"), "万元") == Decimal("782.13")


@given(amounts)
def test_plain_amount_round_trips(value):
    assert parse_number(format(value, "f")) == value


@given(amounts)
def test_thousands_separators_round_trip(value):
    assert parse_number(f"{value:,.2f}") == value


@given(amounts, st.sampled_from(["万元", "元", "%", ""]), st.sampled_from(["", " ", "  "]))
def test_unit_and_spacing_do_not_change_the_value(value, unit, space):
    assert parse_number(f"{space}{value:,.2f}{space}{unit}") == value


@given(amounts)
def test_yuan_and_wan_agree(value):
    assert to_wan(value * 10000, "元") == value


@given(st.lists(amounts, min_size=1, max_size=6))
def test_find_numbers_finds_every_amount_in_a_sentence(values):
    sentence = "，".join(f"项目{i}支出{value:,.2f}万元" for i, value in enumerate(values))
    found = [number for number, _, _ in find_numbers(sentence)]
    assert found[1::2] == values  # numbers alternate: the item number, then its amount


def test_the_models_convert_yuan_with_the_factor_the_ingest_uses():
    """元→万元 is declared once per language: macros/wan_per_unit.sql must say what YUAN_PER_WAN says."""
    import re
    from pathlib import Path

    from ingest.numbers import YUAN_PER_WAN

    macro = (Path(__file__).resolve().parents[1] / "macros" / "wan_per_unit.sql").read_text(encoding="utf-8")
    body = macro.split("{% macro wan_per_unit(unit) -%}")[1]
    factor = re.search(r"= '元' then ([0-9.]+) else 1 end", body)
    assert factor and Decimal(factor.group(1)) * YUAN_PER_WAN == 1
