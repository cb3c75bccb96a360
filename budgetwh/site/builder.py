"""Write the static site of a warehouse: an index of documents (paginated), region pages, one page
per document (its facts beside its source text, each number linked to its line) and comparison
pages with charts. Every page opens from disk (file://): relative links, no network.

Anchors: a document page gives each source line `id="L<line_number>"` and each fact's first cell
`id="f-<fact_id>"`, the fact_id kept as it is (`<document_id>:<raw table>:<fact_index>`, colons
included), so `documents/<document_id>.html#f-<fact_id>` opens on the fact.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Callable
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined

from budgetwh.site import charts, queries
from budgetwh.site.assets import copy_static, vendored_chart_files

PAGE_SIZE = 200
BATCH = 200  # documents whose facts and lines are read in one query per table
# What a rebuild replaces in OUT (a document removed from the warehouse loses its page); nothing else.
OWNED = ("documents", "regions", "compare", "static", "regions.html")
FAMILY_TITLES = {"budget_lines": "Budget lines (fct_budget_line)",
                 "metrics": "Document metrics (fct_document_metric)",
                 "projects": "Projects (fct_project)",
                 "indicators": "Performance indicators (fct_performance_indicator)"}


@dataclass
class SiteSummary:
    out: Path
    documents: int
    pages: int


class SiteError(Exception):
    """The warehouse cannot make a site (missing, not built)."""


def build_site(db_path: Path, out: Path, page_size: int = PAGE_SIZE,
               on_document: Callable[[int, int], None] | None = None) -> SiteSummary:
    """Write the site of the warehouse at db_path into out; on_document(done, total) as pages are written."""
    import duckdb

    from budgetwh.warehouse import connect_read_only

    chart_files = vendored_chart_files()  # before anything is written: a failure leaves OUT as it was
    try:
        connection = connect_read_only(db_path)
    except FileNotFoundError as error:
        raise SiteError(str(error)) from error
    except duckdb.Error as error:
        raise SiteError(f"cannot open {db_path}: {error}") from error
    try:
        if not queries.columns_of(connection, "marts", "dim_document"):
            raise SiteError(f"{db_path} has no marts (run `budgetwh build` first)")
        return _write_site(connection, out, chart_files, page_size, on_document or (lambda done, total: None))
    except duckdb.Error as error:
        raise SiteError(f"cannot read {db_path}: {error}") from error
    finally:
        connection.close()


def _write_site(connection, out: Path, chart_files, page_size: int, on_document) -> SiteSummary:
    documents = queries.documents(connection)
    _clear_previous_site(out)
    writer = _Writer(out, _environment(), copy_static(out, chart_files))
    write_index(writer, documents, page_size)
    write_regions(writer, queries.regions(documents))
    write_documents(writer, connection, documents, on_document)
    write_comparisons(writer, connection)
    return SiteSummary(out=out, documents=len(documents), pages=writer.pages)


def _clear_previous_site(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in OWNED:
        path = out / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    for page in out.glob("index*.html"):
        page.unlink()


# --- rendering -----------------------------------------------------------------------------------

def _environment() -> Environment:
    environment = Environment(loader=PackageLoader("budgetwh.site", "templates"), autoescape=True,
                              auto_reload=False, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    environment.filters["num"] = plain_number
    environment.filters["pct"] = percent
    environment.globals["fact_href"] = fact_href
    environment.globals["document_href"] = document_href
    environment.globals["max_bars"] = charts.MAX_BARS
    return environment


class _Writer:
    """Renders templates to files under out, each with the relative path back to the site's root."""

    def __init__(self, out: Path, environment: Environment, scripts: list[str]) -> None:
        self.out, self.environment, self.scripts, self.pages = out, environment, scripts, 0

    def page(self, path: str, template: str, **context) -> None:
        root = "../" * path.count("/")
        html = self.environment.get_template(template).render(root=root, scripts=self.scripts, **context)
        target = self.out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
        self.pages += 1


def plain_number(value) -> str:
    """A number as a report prints it: no exponent, no thousands separator, trailing zeros of
    DECIMAL(18,6) cut (1.720000 → 1.72) but two decimals kept (100.00 stays 100.00)."""
    if value is None:
        return ""
    if not isinstance(value, Decimal):
        return str(value)
    text = f"{value:f}"
    if "." not in text:
        return text
    whole, decimals = text.split(".")
    kept = decimals.rstrip("0").ljust(min(2, len(decimals)), "0")
    return f"{whole}.{kept}" if kept else whole


def percent(ratio) -> str:
    return "" if ratio is None else f"{float(ratio) * 100:.1f} %"


def safe_name(text: str) -> str:
    """Text usable as a file name as it is, or a hash of it."""
    return text if re.fullmatch(r"[0-9A-Za-z_-]{1,64}", text) else hashlib.sha1(text.encode()).hexdigest()[:16]


def document_href(root: str, document_id: str) -> str:
    return f"{root}documents/{safe_name(document_id)}.html"


def fact_href(root: str, document_id: str, fact_id: str | None) -> str:
    """The fact's cell on its document's page (the document page itself when the id is unknown)."""
    page = document_href(root, document_id)
    return f"{page}#f-{quote(fact_id, safe=':')}" if fact_id else page


# --- index and regions ---------------------------------------------------------------------------

def index_page_name(number: int) -> str:
    return "index.html" if number == 1 else f"index-{number}.html"


def write_index(writer: _Writer, documents: list[dict], page_size: int) -> None:
    count = max(1, -(-len(documents) // page_size))
    for number in range(1, count + 1):
        shown = documents[(number - 1) * page_size:number * page_size]
        pager = [(n, index_page_name(n)) for n in range(1, count + 1)]
        writer.page(index_page_name(number), "index.html.j2", documents=shown, number=number, count=count,
                    pager=pager, total=len(documents), first=(number - 1) * page_size + 1)


def write_regions(writer: _Writer, regions: list[dict]) -> None:
    writer.page("regions.html", "regions.html.j2", regions=regions)
    for region in regions:
        writer.page(f"regions/{region['key']}.html", "region.html.j2", region=region)


# --- documents -----------------------------------------------------------------------------------

def write_documents(writer: _Writer, connection, documents: list[dict], on_document) -> None:
    lines = queries.lines_source(connection)
    for start in range(0, len(documents), BATCH):
        batch = documents[start:start + BATCH]
        details = queries.details(connection, [d["document_id"] for d in batch], lines)
        for offset, document in enumerate(batch):
            detail = details[document["document_id"]]
            writer.page(f"documents/{safe_name(document['document_id'])}.html", "document.html.j2",
                        document=document, detail=detail, with_lines=lines is not None, families=FAMILY_TITLES,
                        pages_shown=any(line["page"] is not None for line in detail.lines),
                        cited_lines=_cited_lines(detail))
            on_document(start + offset + 1, len(documents))


def _cited_lines(detail: queries.DocumentDetail) -> dict[int, list[int]]:
    """Line number → the failed checks whose facts or words cite it (marked beside the text)."""
    cited: dict[int, set[int]] = defaultdict(set)
    for check in detail.contradictions:
        for line in check["lines"] + [fact["source_line"] for fact in check["facts"]]:
            cited[line].add(check["number"])
    return {line: sorted(numbers) for line, numbers in cited.items()}


# --- comparisons ---------------------------------------------------------------------------------

def write_comparisons(writer: _Writer, connection) -> None:
    functions = write_function_comparison(writer, queries.function_comparison(connection))
    scorecards = queries.scorecards(connection)
    departments = write_departments(writer, scorecards, queries.function_classes_by_document(connection))
    three_public = write_three_public(writer, scorecards)
    execution = write_budget_execution(writer, queries.budget_execution(connection))
    writer.page("compare/index.html", "compare_index.html.j2", functions=functions, departments=departments,
                three_public=three_public, execution=execution)


def write_function_comparison(writer: _Writer, rows: list[dict]) -> list[dict]:
    """One page per (year, function code): that code's amount in every region that states it."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        groups[(row["fiscal_year"], row["function_code"])].append(row)
    listed = []
    for (year, code), members in groups.items():
        path = f"compare/function-{year}-{safe_name(str(code))}.html"
        values = [{"label": f"{r['region']} · {r['department'] or '?'}", "value": r["amount_wan"],
                   "colour": r["fund_scope"], "href": fact_href("../", r["document_id"], r["source_fact_id"])}
                  for r in members]
        name = members[0]["function_name"] or ""
        spec = charts.horizontal_bars(f"{year} {code} {name}: amount by region (万元)", values, "万元",
                                      colour="fund scope")
        writer.page(path, "function.html.j2", year=year, code=code, name=name, rows=members, spec=spec,
                    truncated=len(members) > charts.MAX_BARS)
        listed.append({"year": year, "code": code, "name": name, "level": members[0]["function_level"],
                       "regions": len({r["admin_code"] or r["region"] for r in members}),
                       "href": path.removeprefix("compare/")})
    return listed


def write_departments(writer: _Writer, scorecards: list[dict], classes: list[dict]) -> list[dict]:
    """One page per department (admin code + name): its totals and function classes over the years."""
    classes_by_document: dict[str, list[dict]] = defaultdict(list)
    for row in classes:
        classes_by_document[row["document_id"]].append(row)
    by_department: dict[str, list[dict]] = defaultdict(list)
    for row in scorecards:
        by_department[row["department_key"]].append(row)
    listed = []
    for key, years in by_department.items():
        years.sort(key=lambda r: (r["fiscal_year"] is None, r["fiscal_year"] or 0))
        first = years[0]
        totals = department_totals(years)
        stacked = department_classes(years, classes_by_document)
        specs = [charts.years_lines("Expenditure by year (万元)", totals, "万元")]
        if stacked:
            specs.append(charts.years_stacked("Actual expenditure by function class (万元)", stacked, "万元"))
        writer.page(f"compare/department-{key}.html", "department.html.j2", department=first, years=years,
                    specs=specs, classes=stacked)
        listed.append({"department": first["department"], "region": first["region"], "key": key,
                       "years": [r["fiscal_year"] for r in years], "documents": len(years)})
    return sorted(listed, key=lambda d: (d["region"], d["department"] or ""))


_TOTALS = (("expenditure_total_wan", "expenditure total"), ("expenditure_basic_wan", "basic"),
           ("expenditure_project_wan", "project"), ("three_public_total_wan", "三公"))


def department_totals(years: list[dict]) -> list[dict]:
    return [{"year": str(r["fiscal_year"]), "series": label, "value": r[column],
             "href": document_href("../", r["document_id"])}
            for r in years for column, label in _TOTALS if r.get(column) is not None]


def department_classes(years: list[dict], classes_by_document: dict[str, list[dict]]) -> list[dict]:
    """Function classes of the department's documents, all funds only when the report states them
    (else each scope stated), so one year is not counted twice; zero lines left out (a report
    prints every class, most of them 0)."""
    values = []
    for r in years:
        lines = classes_by_document.get(r["document_id"], [])
        scope = "all_funds" if any(c["fund_scope"] == "all_funds" for c in lines) else None
        for c in lines:
            if (scope is None or c["fund_scope"] == scope) and c["amount_wan"]:
                values.append({"year": str(r["fiscal_year"]), "series": f"{c['code']} {c['name'] or ''}".strip(),
                               "value": c["amount_wan"], "scope": c["fund_scope"],
                               "href": fact_href("../", r["document_id"], c["fact_id"])})
    return values


def write_three_public(writer: _Writer, scorecards: list[dict]) -> list[dict]:
    """One page per fiscal year: 三公经费 per actual staff member of each department that states both."""
    by_year: dict = defaultdict(list)
    for row in scorecards:
        if row["three_public_per_staff_wan"] is not None:
            by_year[row["fiscal_year"]].append(row)
    listed = []
    for year, members in sorted(by_year.items(), key=lambda item: (item[0] is None, item[0] or 0)):
        members.sort(key=lambda r: -r["three_public_per_staff_wan"])
        values = [{"label": f"{r['region']} · {r['department'] or '?'}", "value": r["three_public_per_staff_wan"],
                   "href": fact_href("../", r["document_id"], r["three_public_fact_id"])} for r in members]
        spec = charts.horizontal_bars(f"{year}: 三公经费 per actual staff member (万元)", values, "万元 per person")
        path = f"compare/three-public-{year}.html"
        writer.page(path, "three_public.html.j2", year=year, rows=members, spec=spec,
                    truncated=len(members) > charts.MAX_BARS)
        listed.append({"year": year, "departments": len(members), "href": path.removeprefix("compare/")})
    return listed


_EXECUTION_SERIES = (("budget_wan", "budget_fact_id", "部门预算 budget", "budget_document_id"),
                     ("unit_budget_wan", "unit_budget_fact_id", "单位预算 unit budget", "unit_budget_document_id"),
                     ("accounts_budget_initial_wan", "accounts_budget_initial_fact_id", "年初预算 (final accounts)",
                      "accounts_document_id"),
                     ("accounts_budget_adjusted_wan", "accounts_budget_adjusted_fact_id", "调整预算 (final accounts)",
                      "accounts_document_id"),
                     ("actual_wan", "actual_fact_id", "决算 actual", "accounts_document_id"))


def write_budget_execution(writer: _Writer, rows: list[dict]) -> list[dict]:
    """One page per department and year that has a budget: budget beside actual per function code."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        groups[(row["department_key"], row["fiscal_year"])].append(row)
    listed = []
    for (key, year), members in groups.items():
        values = execution_values(members)
        path = f"compare/execution-{key}-{year}.html"
        spec = charts.grouped_bars(f"{year} {members[0]['department'] or '?'}: budget and actual (万元)", values,
                                   "万元")
        writer.page(path, "execution.html.j2", year=year, rows=members, spec=spec, series=_EXECUTION_SERIES)
        listed.append({"year": year, "department": members[0]["department"], "admin_code": members[0]["admin_code"],
                       "codes": len(members), "href": path.removeprefix("compare/")})
    return listed


def execution_values(members: list[dict]) -> list[dict]:
    values = []
    for row in members:
        label = f"{row['function_code']} {row['function_name'] or ''} ({row['fund_scope']})".strip()
        for amount, fact, series, document in _EXECUTION_SERIES:
            if row[amount] is not None and row[document]:
                values.append({"label": label, "series": series, "value": row[amount],
                               "href": fact_href("../", row[document], row[fact])})
    return values
