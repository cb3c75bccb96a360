"""What the commands print, and values on their way to a terminal or a file: never markup, never control sequences, numbers
as numbers.

A report (or its file name) may hold `[bold red]`, `[/x]` (which Rich would read as markup and
refuse) or terminal escapes (`\\x1b]0;…\\x07` retitles a terminal window). Tables show control
characters as `\\xNN`; CSV and JSON drop them (JSON escapes the C0 ones itself).
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date, time
from decimal import Decimal

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

console = Console()

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # tab and newline are text


def visible(value: object) -> str:
    """The value as text, control characters spelled out (`\\x1b`)."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group(0)):02x}", str(value))


def literal(value: object) -> str:
    """The value as text to embed in Rich markup: shown as is, never styling."""
    return escape(visible(value))


def without_controls(value: object) -> object:
    """Strings without control characters (other values unchanged): for CSV and JSON output."""
    return _CONTROL.sub("", value) if isinstance(value, str) else value


def as_text(value: object) -> str:
    """A value as a person reads it: decimals as printed (`441.29`, never `Decimal('441.29')`),
    lists and structs element by element, NULL as empty."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(as_text(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{as_text(key)}: {as_text(item)}" for key, item in value.items()) + "}"
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def as_json(value: object) -> object:
    """`json.dumps` default: decimals as numbers, dates as ISO text."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and value.as_tuple().exponent >= 0 else float(value)
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return str(value)


def is_number(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


# ---- what the commands print ------------------------------------------------------------------

def print_json(value) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1, default=as_json) + "\n")


_FETCH_ROWS = 10_000


def json_value(value):
    """Strings without control characters, lists and structs element by element, the rest for
    json.dumps (numbers as numbers)."""
    if isinstance(value, str):
        return without_controls(value)
    if isinstance(value, (list, tuple)):
        return [json_value(item) for item in value]
    if isinstance(value, dict):
        return {without_controls(str(key)): json_value(item) for key, item in value.items()}
    return value


def _batches(cursor):
    while rows := cursor.fetchmany(_FETCH_ROWS):
        yield rows


def _column_layout(columns, rows, texts, total_width: int) -> list[tuple[str, str, int]]:
    """(name, justify, width) per column: a number column as wide as its widest figure or name (a
    figure is never cut nor wrapped), text columns sharing what is left, cut with … beyond it."""
    from rich.cells import cell_len

    numeric = [bool(rows) and all(is_number(row[i]) or row[i] is None for row in rows) for i in range(len(columns))]
    natural = [max([cell_len(str(columns[i]))] + [cell_len(row[i]) for row in texts]) for i in range(len(columns))]
    left = total_width - 1 - 3 * len(columns) - sum(w for w, is_num in zip(natural, numeric) if is_num)
    width = {i: natural[i] for i in range(len(columns)) if numeric[i]}
    wanting = sorted((i for i in range(len(columns)) if not numeric[i]), key=lambda i: natural[i])
    while wanting:  # the narrow text columns take what they need, the wide ones share the rest
        share = max(6, left // len(wanting))
        i = wanting.pop(0)
        width[i] = min(natural[i], share)
        left -= width[i]
    return [(column, "right" if numeric[i] else "left", width[i]) for i, column in enumerate(columns)]


def print_rows(cursor, output: str, limit: int) -> None:
    """Rows as they are fetched, in batches: a large result never sits in memory whole; a table
    fetches only the rows it shows."""
    columns = [d[0] for d in cursor.description]
    if output == "csv":
        import csv
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow([without_controls(column) for column in columns])
        for rows in _batches(cursor):
            writer.writerows([value if is_number(value) else without_controls(as_text(value)) for value in row]
                             for row in rows)
    elif output == "json":
        keys = [without_controls(column) for column in columns]
        separator = "[\n"
        for rows in _batches(cursor):
            for row in rows:
                item = json.dumps({k: json_value(v) for k, v in zip(keys, row)}, ensure_ascii=False,
                                  default=as_json)
                sys.stdout.write(separator + " " + item)
                separator = ",\n"
        sys.stdout.write("[]\n" if separator == "[\n" else "\n]\n")
    else:
        rows = cursor.fetchall() if not limit else cursor.fetchmany(limit + 1)
        shown = rows if not limit else rows[:limit]
        texts = [[visible(as_text(v)) for v in row] for row in shown]  # widths of what is shown
        table = Table(show_lines=False)
        for column, justify, width in _column_layout(columns, shown, texts, console.width):
            table.add_column(literal(column), justify=justify, no_wrap=True, overflow="ellipsis",
                             min_width=width if justify == "right" else None, max_width=width)
        for row in texts:
            table.add_row(*[literal(v) for v in row])
        console.print(table)
        if len(shown) < len(rows):
            console.print(f"(more rows than the {limit} shown; use --limit 0 or --format csv)")


def print_trace(traced: dict) -> None:
    fact = {name: value for name, value in traced["fact"].items() if value is not None}
    print_record(f"fact {traced['fact_id']}", fact)
    console.print(f"[bold]{literal(traced['source_file'] or '')}[/], line {traced['source_line']}", highlight=False)
    for line in traced["lines"]:
        page = f"p.{line['page']:<3}" if line["page"] is not None else "     "
        text = literal(line["line_text"].replace("\t", "  "))
        if line["line_number"] == traced["source_line"]:
            console.print(f"[reverse]> {line['line_number']:>5} {page} {text}[/]", highlight=False)
        else:
            console.print(f"  {line['line_number']:>5} {page} {text}", highlight=False)
    if traced["checks"]:
        print_checks("checks involving it", traced["checks"])
    console.print()


def print_facts(family, facts: list[dict]) -> None:
    """A family's facts, one per row: line, fact id, what it is, its figures."""
    table = Table(title=literal(f"{family.table} ({len(facts)})"), title_justify="left")
    for name, justify in (("line", "right"), ("fact_id", "left"), ("what", "left"), ("figures", "right")):
        table.add_column(name, justify=justify, overflow="fold")
    for fact in facts:
        described = [as_text(fact[name]) for name in family.describes if fact[name] is not None]
        what = " · ".join(dict.fromkeys(described))  # a reported name equal to the reference name once
        figures = " ".join(as_text(fact[name]) for name in family.figures if fact[name] is not None)
        table.add_row(str(fact["source_line"]), literal(fact["fact_id"].split(":", 1)[1]), literal(what),
                      literal(figures))
    console.print(table)


def print_record(title: str, record: dict) -> None:
    table = Table(title=literal(title), show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    for name, value in record.items():
        table.add_row(literal(name), literal(as_text(value)))
    console.print(table)


def print_checks(title: str, checks: list[dict]) -> None:
    """Reconciliation rows: the identity, its two sides, and the facts it reads (ids without
    their document part, which the title gives)."""
    table = Table(title=literal(title), title_justify="left")
    for name, justify in (("check", "left"), ("subject", "left"), ("expected", "right"), ("actual", "right"),
                          ("passed", "left"), ("facts", "left")):
        table.add_column(name, justify=justify, overflow="fold")
    for check in checks:
        facts = ", ".join(cited.split(":", 1)[-1] for cited in (check.get("fact_ids") or "").split(",") if cited)
        table.add_row(literal(check["check_name"]), literal(as_text(check["subject"])),
                      as_text(check["expected_value"]), as_text(check["actual_value"]),
                      "yes" if check["passed"] else "no", literal(facts))
    console.print(table)


def progress_bar(total: int, quiet: bool = False):
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TextColumn("{task.fields[current]}", markup=False), console=console,
                    transient=True, disable=quiet or not console.is_terminal)


def print_outcomes(summary) -> None:
    problems = [o for o in summary.outcomes if o.status == "quarantined"]
    console.print(f"[green]{summary.count('loaded')} loaded[/], {summary.count('duplicate')} duplicate, "
                  f"[{'red' if problems else 'green'}]{len(problems)} quarantined[/], {summary.facts} facts "
                  f"(run {summary.run_id})")
    for outcome in problems:
        console.print(f"  [yellow]quarantined[/] {literal(outcome.path)}: {literal(outcome.reason)}", highlight=False)


def print_check_report(documents: list[tuple], checks: list[tuple], show_all: bool, output: str) -> None:
    """`budgetwh check`: per document (id, file, who, year), its failed checks (all with show_all)
    as rows (document_id, check_name, subject, expected, actual, difference, passed, detail)."""
    if output == "json":
        report = [{"document_id": d[0], "source_file": d[1], "who": d[2], "fiscal_year": d[3],
                   "checks": [dict(zip(("check_name", "subject", "expected_value", "actual_value", "difference",
                                        "passed", "detail"), c[1:])) for c in checks
                              if c[0] == d[0] and (show_all or not c[6])],
                   "failed": sum(1 for c in checks if c[0] == d[0] and not c[6]),
                   "total": sum(1 for c in checks if c[0] == d[0])} for d in documents]
        sys.stdout.write(json.dumps(report, ensure_ascii=False, default=str, indent=1) + "\n")
    else:
        for document_id, source_file, who, year in documents:
            mine = [c for c in checks if c[0] == document_id]
            failed = [c for c in mine if not c[6]]
            colour = "red" if failed else "green"
            console.print(f"[bold]{literal(source_file)}[/] ({literal(who)}, {year}, {document_id}): "
                          f"[{colour}]{len(failed)} of {len(mine)} checks failed[/]")
            shown = mine if show_all else failed
            if shown:
                table = Table("check", "subject", "expected", "actual", "difference", "detail")
                for _, name, subject, expected, actual, difference, passed, detail in shown:
                    table.add_row(("" if passed else "[red]✗[/] ") + literal(name), literal(subject), as_text(expected),
                                  as_text(actual), as_text(difference), literal(detail or ""))
                console.print(table)
