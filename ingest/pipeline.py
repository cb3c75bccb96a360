"""From normalised lines to every fact of a report: segment once, run each extractor."""

from __future__ import annotations

import re
from collections import Counter

from ingest.extractors.disclosures import extract_disclosures
from ingest.extractors.economic_lines import extract_economic_lines
from ingest.extractors.forms import extract_form_answers
from ingest.extractors.function_lines import extract_function_lines
from ingest.extractors.indicators import extract_indicators
from ingest.extractors.metadata import extract_metadata
from ingest.extractors.metrics import extract_metrics
from ingest.extractors.projects import extract_projects
from ingest.facts import MONEY_UNITS, DocumentMeta, ParsedDocument
from ingest.numbers import NUMBER
from ingest.project_vars import accepted_fiscal_years
from ingest.reference import regions
from ingest.reference.tables import DEFAULT_MEASURE
from ingest.segmenters import Segments, segment

_PLACE = re.compile(r"([\u4e00-\u9fff]{2,8}?(?:省|自治区|市|自治州|地区|盟))")
_MAX_PLACE_HINTS = 4
_AMOUNT = re.compile(rf"{NUMBER}\s*(?:万元|元)")


class NotAReport(Exception):
    """The text is readable but is not a report this warehouse understands."""


def parse_lines(lines: list[str]) -> ParsedDocument:
    segments = segment(lines)
    meta = extract_metadata(segments)
    if meta.doc_kind is None:
        meta.doc_kind_reason = UNKNOWN_KIND
    _refuse_without_a_year_it_accepts(meta)
    resolve_region(meta, segments)
    year, unit = meta.fiscal_year, meta.default_unit
    parsed = ParsedDocument(
        meta=meta,
        budget_lines=extract_function_lines(segments, year, unit) + extract_economic_lines(segments, year, unit),
        metrics=extract_metrics(segments, year, unit),
        projects=extract_projects(segments, unit),
        indicators=extract_indicators(segments),
        form_answers=extract_form_answers(segments),
        disclosures=extract_disclosures(segments),
    )
    if meta.doc_kind == "budget":
        as_budget_figures(parsed)
    elif meta.doc_kind is None:
        keep_counts_only(parsed)
    if parsed.fact_count() == 0:
        raise NotAReport(_no_facts_reason(meta, segments))
    return parsed


def _refuse_without_a_year_it_accepts(meta: DocumentMeta) -> None:
    """A report is placed by its year: a budget, final accounts or evaluation without one (its
    digits garbled) or with a year the marts do not accept cannot be compared, and would fail the
    build's tests for every other report. A page that never says what it belongs to (a staff
    paragraph) is kept with its counts and no year."""
    first, last = accepted_fiscal_years()
    if meta.fiscal_year is None and meta.doc_kind is not None:
        raise NotAReport("no fiscal year found: the report never says which year it covers "
                         "(no year in its title, nor tied to 决算/预算/年度 in its text)")
    if meta.fiscal_year is None:
        return
    if not first <= meta.fiscal_year <= last:
        raise NotAReport(f"fiscal year {meta.fiscal_year} is outside the years the warehouse accepts "
                         f"({first}–{last}, dbt_project.yml vars min_fiscal_year / max_fiscal_year)")


UNKNOWN_KIND = ("no title, heading or standard table says whether this is a budget, final accounts or "
                "an evaluation: its amounts are left out (their measure cannot be known), its counts kept")


def keep_counts_only(parsed: ParsedDocument) -> None:
    """A page that never says what document it belongs to (a staff paragraph, an excerpt): an
    amount's measure (budget or actual) cannot be known, so only what is counted (staff,
    vehicles, cases) and the evaluation's indicators and answers are kept."""
    parsed.budget_lines = []
    parsed.projects = []
    parsed.metrics = [metric for metric in parsed.metrics if metric.unit_reported not in MONEY_UNITS]


def _no_facts_reason(meta: DocumentMeta, segments: Segments) -> str:
    if any(table.standard is not None for table in segments.tables):
        return ("blank form: its standard tables are printed without a single figure (a template, or "
                "a table of contents with its tables' headers)")
    if meta.doc_kind is None and any(_AMOUNT.search(line) for line in segments.lines):
        return ("amounts whose measure cannot be known: nothing (title, heading, standard table or wording "
                "such as 支出决算为 / 预算数为) says whether they are a budget's or what was spent, and no "
                "count (staff, vehicles) is stated")
    if meta.doc_kind is None:
        return ("not a department budget (部门预算), final-accounts (部门决算) or performance (绩效自评) "
                "report, and no figure in it: none of their titles, headings or tables were found")
    return ("no facts found: the text names a report but holds none of its figures "
            "(a table of contents or a cover page?)")


def as_budget_figures(parsed: ParsedDocument) -> None:
    """The figures of a budget are budgets: what the extractors read as the year's own figure
    (`actual`, or `budget` where a sentence said 预算数) is the year's budget (`budget_initial`).
    Prior-year columns keep their own measure; counts (staff, vehicles) stay what they are."""
    budget = DEFAULT_MEASURE["budget"]
    for line in parsed.budget_lines:
        if line.measure == "actual":
            line.measure = budget
    for metric in parsed.metrics:
        if metric.measure in ("actual", "budget") and metric.unit_reported in MONEY_UNITS:
            metric.measure = budget
    for project in parsed.projects:
        if project.executed is not None and project.budget_initial is None:
            project.budget_initial = project.executed
        project.executed = project.execution_rate = None


def resolve_region(meta: DocumentMeta, segments: Segments) -> None:
    """Region of the department; place names the document mentions settle ambiguous counties,
    and name the place of a department whose name carries none (`民政局` of a report that says
    once `本单位位于湖南省株洲市石峰区`)."""
    base = meta.department or ""
    attempts = [base]
    places = Counter(_PLACE.findall("\n".join(segments.lines)))
    attempts += [place + base for place, _ in places.most_common(_MAX_PLACE_HINTS) if place not in base]
    last = None
    for text in attempts:
        if not text:
            continue
        last = regions.resolve_region(text)
        if last.admin_code:
            break
    if base and last is not None and last.admin_code and not regions.resolve_region(base).admin_code:
        last = _deepest_place_named(segments, base, last)
    if last is None:
        meta.admin_code_reason = "no department or place name found"
        return
    meta.province, meta.city, meta.county = last.province, last.city, last.county
    meta.admin_code, meta.admin_code_reason = last.admin_code, last.reason
    meta.department = strip_region_prefix(meta.department, meta.province, meta.city, meta.county)


_LEVELS = {"province": 0, "city": 1, "county": 2}
# The level a department's own name implies: 省检察院 is provincial, 市民政局 municipal, 区司法局 a
# county's.
_OWN_LEVEL = [("省", "province"), ("自治区", "province"), ("市", "city"), ("州", "city"), ("区", "county"),
              ("县", "county"), ("旗", "county")]
_PLACE_LINES = 200
_COVER_LINES = 12
_PLACE_MARK = re.compile(r"[省市区县旗州盟]")


def _deepest_place_named(segments: Segments, base: str, found):
    """The most precise place the cover or a line naming the department gives (`石峰区民政局…`:
    county over city over province), no deeper than the level the department's name implies,
    and within what was found. Places named elsewhere (duties, the units it guides) say nothing
    of where the department is."""
    ceiling = next((level for prefix, level in _OWN_LEVEL if base.startswith(prefix)), "county")
    best, best_key = found, (_level_of(found), 0)
    counts: Counter = Counter()
    for position, (_, text) in enumerate(segments.narrative[:_PLACE_LINES]):
        if _PLACE_MARK.search(text) and (position < _COVER_LINES or base in text):
            resolution = regions.resolve_region(text)
            if resolution.admin_code and resolution.admin_code.startswith(found.admin_code.rstrip("0")[:2]):
                counts[resolution] += 1
    for resolution, count in counts.items():
        key = (_level_of(resolution), count)
        if _LEVELS[_level_name(resolution)] <= _LEVELS[ceiling] and key > best_key:
            best, best_key = resolution, key
    return best


def _level_name(resolution) -> str:
    return "county" if resolution.county else "city" if resolution.city else "province"


def _level_of(resolution) -> int:
    return _LEVELS[_level_name(resolution)]


def strip_region_prefix(department: str | None, province: str | None, city: str | None,
                        county: str | None = None) -> str | None:
    """`株洲市石峰区司法局` → `石峰区司法局`: the department as its own level names it, comparable
    across reports that do and do not print the levels above. A provincial department keeps its
    province (`江苏省人民检察院`), a municipal one its city."""
    if not department:
        return department
    own_level = county or city or province
    for prefix in (province, city):
        if prefix == own_level:
            break
        if prefix and department.startswith(prefix) and len(department) > len(prefix) + 1:
            department = department[len(prefix):]
    return department
