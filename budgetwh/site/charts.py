"""Vega-Lite specifications of the comparison charts, as plain dicts (the page embeds them as JSON).

Each mark carries an `href` field: clicking a bar opens the fact it shows, in its document.
"""

from __future__ import annotations

from decimal import Decimal

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"  # an identifier: never fetched
MAX_BARS = 60  # beyond this a bar chart is unreadable; the table under it lists every row


def number(value):
    """JSON has no Decimal: amounts become floats for drawing (the tables print them exactly)."""
    return float(value) if isinstance(value, Decimal) else value


def _tooltip(*fields: str) -> list[dict]:
    """What hovering a mark shows: its own fields, not the link behind it."""
    return [{"field": name, "type": "quantitative" if name == "value" else "nominal"} for name in fields]


def _base(title: str, values: list[dict]) -> dict:
    return {"$schema": SCHEMA, "title": title, "width": "container",
            "data": {"values": [{k: number(v) for k, v in row.items()} for row in values]},
            "config": {"font": "sans-serif", "axis": {"labelLimit": 260}}}


def horizontal_bars(title: str, values: list[dict], x_title: str, colour: str | None = None) -> dict:
    """One bar per row of {label, value, href[, colour]}, largest first."""
    shown = sorted(values, key=lambda v: -(number(v["value"]) or 0))[:MAX_BARS]
    spec = _base(title, shown)
    spec["height"] = {"step": 18}
    spec["mark"] = {"type": "bar", "cursor": "pointer"}
    spec["encoding"] = {
        "y": {"field": "label", "type": "nominal", "sort": "-x", "title": None},
        "x": {"field": "value", "type": "quantitative", "title": x_title},
        "href": {"field": "href"},
    }
    if colour:
        spec["encoding"]["color"] = {"field": "colour", "type": "nominal", "title": colour}
    spec["encoding"]["tooltip"] = _tooltip("label", "value", *(["colour"] if colour else []))
    return spec


def years_stacked(title: str, values: list[dict], y_title: str) -> dict:
    """Bars per fiscal year stacked by {series}: a department's spending by function class."""
    spec = _base(title, values)
    spec["height"] = 260
    spec["mark"] = {"type": "bar", "cursor": "pointer"}
    spec["encoding"] = {
        "x": {"field": "year", "type": "ordinal", "title": "fiscal year", "axis": {"labelAngle": 0}},
        "y": {"field": "value", "type": "quantitative", "title": y_title, "stack": "zero"},
        "color": {"field": "series", "type": "nominal", "title": None},
        "href": {"field": "href"},
        "tooltip": _tooltip("year", "series", "value"),
    }
    return spec


def years_lines(title: str, values: list[dict], y_title: str) -> dict:
    """One line per {series} over fiscal years, with points (a single year is still visible)."""
    spec = _base(title, values)
    spec["height"] = 220
    spec["mark"] = {"type": "line", "point": {"size": 60, "cursor": "pointer"}}
    spec["encoding"] = {
        "x": {"field": "year", "type": "ordinal", "title": "fiscal year", "axis": {"labelAngle": 0}},
        "y": {"field": "value", "type": "quantitative", "title": y_title},
        "color": {"field": "series", "type": "nominal", "title": None},
        "href": {"field": "href"},
        "tooltip": _tooltip("year", "series", "value"),
    }
    return spec


def grouped_bars(title: str, values: list[dict], y_title: str) -> dict:
    """Bars per {label} side by side per {series}: budget beside actual for each function code."""
    spec = _base(title, values)
    spec["height"] = 240
    spec["mark"] = {"type": "bar", "cursor": "pointer"}
    spec["encoding"] = {
        "x": {"field": "label", "type": "nominal", "title": None, "axis": {"labelAngle": -30}},
        "xOffset": {"field": "series"},
        "y": {"field": "value", "type": "quantitative", "title": y_title},
        "color": {"field": "series", "type": "nominal", "title": None},
        "href": {"field": "href"},
        "tooltip": _tooltip("label", "series", "value"),
    }
    return spec
