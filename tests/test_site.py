"""`budgetwh site`: the static site of a warehouse.

Unit tests on a small warehouse made here (odd text, a document without facts, a region never
resolved, no budgets; and, as in older builds, no fact_id columns), and a browser test: Debian's Chromium driven by Selenium opens the site
of the samples' warehouse from disk, follows a number to its source line and waits for the charts.
Its screenshots are kept in warehouse/site-screenshots/ (replaced at each run).
"""

from __future__ import annotations

import re
import shutil
import time
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from budgetwh.cli import app
from budgetwh.site import MissingAsset, build_site
from budgetwh.site.assets import vendored_chart_files
from budgetwh.site.builder import plain_number

PROJECT_DIR = Path(__file__).resolve().parents[1]
SCREENSHOTS = PROJECT_DIR / "warehouse" / "site-screenshots"
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
HOSTILE = "</script><script>alert(1)</script><b>&amp;"

# Only the columns the site reads: a warehouse without fact_id columns, as older builds are.
TINY_SCHEMA = """
create schema marts; create schema raw;
create table marts.dim_document (document_id varchar, source_file varchar, title varchar, province varchar,
    city varchar, county varchar, admin_code varchar, department varchar, fiscal_year integer, doc_kind varchar);
create table marts.fct_budget_line (document_id varchar, fact_index integer, source_line integer,
    classification varchar, code varchar, level integer, name varchar, flow varchar, spending_type varchar,
    fund_scope varchar, measure varchar, amount_wan decimal(18,2));
create table marts.fct_document_metric (document_id varchar, fact_index integer, source_line integer,
    metric varchar, measure varchar, value decimal(18,2), unit varchar);
create table marts.fct_project (document_id varchar, fact_index integer, source_line integer, project_name varchar);
create table marts.fct_performance_indicator (document_id varchar, fact_index integer, source_line integer,
    indicator varchar);
create table marts.mart_reconciliation (document_id varchar, check_name varchar, subject varchar,
    expected_value decimal(18,6), actual_value decimal(18,6), difference decimal(18,6), passed boolean,
    detail varchar, fact_ids varchar);
create table marts.mart_function_comparison (fiscal_year integer, function_code varchar, function_level integer,
    function_name varchar, province varchar, city varchar, county varchar, admin_code varchar, department varchar,
    document_id varchar, fund_scope varchar, amount_wan decimal(18,2), share_of_department_total decimal(12,6),
    change_ratio decimal(12,6), rank_among_regions bigint);
create table marts.mart_department_scorecard (document_id varchar, fiscal_year integer, admin_code varchar,
    province varchar, city varchar, county varchar, department varchar, doc_kind varchar,
    expenditure_total_wan decimal(18,2), expenditure_basic_wan decimal(18,2), expenditure_project_wan decimal(18,2),
    three_public_total_wan decimal(18,2), staff_actual integer, three_public_per_staff_wan decimal(18,4),
    admin_operating_cost_per_staff_wan decimal(18,4), project_execution_rate decimal(12,6),
    failed_check_count hugeint);
create table marts.mart_budget_execution (fiscal_year integer, admin_code varchar, department varchar,
    fund_scope varchar, function_code varchar, function_level integer, function_name varchar,
    budget_wan decimal(18,2), unit_budget_wan decimal(18,2), accounts_budget_initial_wan decimal(18,2),
    accounts_budget_adjusted_wan decimal(18,2), actual_wan decimal(18,2), actual_minus_budget_wan decimal(18,2),
    execution_rate_pct decimal(18,2), execution_rate_adjusted_pct decimal(18,2), budget_document_id varchar,
    unit_budget_document_id varchar, accounts_document_id varchar);
create table raw.document_lines (document_id varchar, line_number integer, page integer, text varchar);
"""


def _tiny_warehouse(path: Path, documents: int = 2, budgets: bool = True) -> Path:
    """Document `a` (region never resolved, hostile text, one budget line, one failed check),
    `b` (no facts, no text) and, for scale, c0001… each with one fact and three lines."""
    connection = duckdb.connect(str(path))
    connection.execute(TINY_SCHEMA)
    connection.execute("insert into marts.dim_document values ('a', 'a.txt', ?, null, null, null, null, ?, 2020, "
                       "'final_accounts'), ('b', 'b.pdf', null, '湖南省', '株洲市', '石峰区', '430204', '石峰区司法局', "
                       "null, null)", [HOSTILE, HOSTILE])
    connection.execute("insert into marts.fct_budget_line values ('a', 0, 2, 'function', '204', 1, '公共安全支出', "
                       "'expenditure', 'total', 'all_funds', 'actual', 644.43)")
    connection.execute("insert into marts.mart_reconciliation values ('a', 'function_classes_sum_to_total', "
                       "'expenditure_total actual table', 622.52, 644.43, 21.91, false, 'total at line 2 vs …', "
                       "'a:budget_lines:0'), ('a', 'grand_total_sources', 'grand_total actual', 1, 1, 0, true, null, "
                       "null)")
    connection.execute("insert into marts.mart_function_comparison values (2020, '204', 1, '公共安全支出', null, null, "
                       "null, null, ?, 'a', 'all_funds', 644.43, 1, null, 1)", [HOSTILE])
    connection.execute("insert into marts.mart_department_scorecard values ('a', 2020, null, null, null, null, ?, "
                       "'final_accounts', 644.43, 400, 244.43, 1.5, 10, 0.15, 2.1, 0.9, 1)", [HOSTILE])
    connection.executemany("insert into raw.document_lines values ('a', ?, 1, ?)",
                           [(1, "一、支出决算"), (2, f"公共安全支出644.43万元 {HOSTILE}"), (3, "")])
    if budgets:
        connection.execute("insert into marts.mart_budget_execution values (2020, null, ?, 'all_funds', '204', 1, "
                           "'公共安全支出', 600, null, null, null, 644.43, 44.43, 107.4, null, 'a', null, 'a')",
                           [HOSTILE])
    many = [(f"c{i:04d}", f"c{i:04d}.txt") for i in range(documents - 2)]
    if many:
        connection.executemany("insert into marts.dim_document values (?, ?, 'report', '四川省', '攀枝花市', '西区', "
                               "'510403', '西区司法局', 2021, 'final_accounts')", many)
        connection.execute("insert into marts.fct_document_metric select document_id, 0, 2, 'expenditure_total', "
                           "'actual', 10.5, '万元' from marts.dim_document where document_id like 'c%'")
        connection.execute("insert into raw.document_lines select document_id, n, null, '支出合计10.5万元' "
                           "from marts.dim_document, range(1, 4) t(n) where document_id like 'c%'")
    connection.close()
    return path


@pytest.fixture()
def tiny_site(tmp_path) -> Path:
    out = tmp_path / "site"
    build_site(_tiny_warehouse(tmp_path / "tiny.duckdb"), out)
    return out


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_document_text_is_escaped_everywhere(tiny_site):
    page = _read(tiny_site / "documents" / "a.html")
    assert "<script>alert(1)" not in page
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;&amp;amp;" in page
    for any_page in tiny_site.rglob("*.html"):
        assert "<script>alert" not in _read(any_page), any_page.name
    # a chart's JSON holds the text, but never a sequence that would end its <script>
    chart_page = _read(tiny_site / "compare" / "function-2020-204.html")
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)" in chart_page


def test_numbers_link_to_their_line_and_facts_have_anchors(tiny_site):
    page = _read(tiny_site / "documents" / "a.html")
    assert 'id="f-a:budget_lines:0"' in page  # fact_id computed when the marts do not carry it yet
    assert re.search(r'<a class="num" href="#L2">644.43</a>', page)
    assert 'id="L2"' in page and 'id="L3"' in page


def test_contradictions_are_listed_and_marked_on_their_facts(tiny_site):
    page = _read(tiny_site / "documents" / "a.html")
    assert page.count('<li id="c-') == 1  # the failed check only
    assert "function_classes_sum_to_total" in page and "grand_total_sources" not in page
    assert re.search(r'<tr class="contradicted"><td id="f-a:budget_lines:0"', page)
    assert 'class="line cited" id="L2"' in page


def test_document_without_facts_or_text_and_unresolved_region(tiny_site):
    page = _read(tiny_site / "documents" / "b.html")
    assert "No facts were read from this document." in page
    assert "No text lines stored for this document." in page
    index = _read(tiny_site / "index.html")
    assert 'href="regions/unresolved.html">unknown region</a>' in index
    assert "石峰区司法局" in _read(tiny_site / "regions" / "430204.html")
    assert "region not resolved" in _read(tiny_site / "regions" / "unresolved.html")


def test_comparison_pages_link_charts_and_tables_to_documents(tiny_site):
    compare = _read(tiny_site / "compare" / "index.html")
    assert 'href="function-2020-204.html"' in compare
    function = _read(tiny_site / "compare" / "function-2020-204.html")
    assert 'href="../documents/a.html"' in function and '"href": "../documents/a.html"' in function
    assert list((tiny_site / "compare").glob("department-*.html"))
    assert "0.15" in _read(tiny_site / "compare" / "three-public-2020.html")
    execution = list((tiny_site / "compare").glob("execution-*-2020.html"))
    assert len(execution) == 1 and "107.4" in _read(execution[0])


def test_a_warehouse_without_budgets_says_so(tmp_path):
    out = tmp_path / "site"
    build_site(_tiny_warehouse(tmp_path / "tiny.duckdb", budgets=False), out)
    assert "No budgets in this warehouse" in _read(out / "compare" / "index.html")
    assert not list((out / "compare").glob("execution-*"))


def test_pages_load_nothing_from_the_network(tiny_site):
    for page in tiny_site.rglob("*.html"):
        links = re.findall(r'(?:src|href)="([^"]*)"', _read(page))
        assert links and not [link for link in links if re.match(r"[a-z]+:", link)], page
    scripts = re.findall(r'<script src="\.\./([^"]+)"', _read(tiny_site / "compare" / "function-2020-204.html"))
    assert [Path(s).name for s in scripts] == ["vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "site.js"]
    assert all((tiny_site / s).is_file() for s in scripts)


def test_thousands_of_documents_paginate_quickly(tmp_path):
    out = tmp_path / "site"
    started = time.perf_counter()
    summary = build_site(_tiny_warehouse(tmp_path / "many.duckdb", documents=3002), out, page_size=200)
    seconds = time.perf_counter() - started
    assert summary.documents == 3002
    assert len(list(out.glob("index*.html"))) == 16 and (out / "index-16.html").exists()
    assert _read(out / "index.html").count('<tr>\n  <td class="n">') == 200
    assert len(list((out / "documents").glob("*.html"))) == 3002
    assert seconds < 60, f"{seconds:.1f}s for 3002 documents"


def test_a_rebuild_drops_the_pages_of_removed_documents(tmp_path):
    out = tmp_path / "site"
    build_site(_tiny_warehouse(tmp_path / "many.duckdb", documents=5), out, page_size=2)
    (out / "notes.txt").write_text("mine")
    build_site(_tiny_warehouse(tmp_path / "few.duckdb"), out, page_size=2)
    assert sorted(p.name for p in (out / "documents").iterdir()) == ["a.html", "b.html"]
    assert not (out / "index-2.html").exists() and (out / "notes.txt").exists()


def test_a_missing_chart_library_is_named(tmp_path):
    with pytest.raises(MissingAsset, match="vega is not vendored"):
        vendored_chart_files(tmp_path)


def test_numbers_print_as_reports_print_them():
    assert [plain_number(v) for v in (Decimal("1.720000"), Decimal("100.00"), Decimal("0.050600"),
                                      Decimal("12"), None, 3)] == ["1.72", "100.00", "0.0506", "12", "", "3"]


def test_cli_writes_the_site_and_fails_clearly(tmp_path):
    runner = CliRunner()
    db = _tiny_warehouse(tmp_path / "tiny.duckdb")
    result = runner.invoke(app, ["site", "--out", str(tmp_path / "site"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "2 documents" in result.output and (tmp_path / "site" / "index.html").exists()
    missing = runner.invoke(app, ["site", "--out", str(tmp_path / "other"), "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "warehouse not found" in missing.output


# --- the browser ----------------------------------------------------------------------------------

def _browser():
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(f"the site's browser test needs Chromium and ChromeDriver: {', '.join(missing)} not found "
                    f"(apt-get install -y chromium chromium-driver)", pytrace=False)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,1000", "--lang=zh-CN"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)


def _number_on_its_line(db: Path) -> tuple[str, str, int, str]:
    """(document_id, fact_id, line, printed number) of a budget line whose number its line shows."""
    connection = duckdb.connect(str(db), read_only=True)
    facts = connection.execute("""
        select f.document_id, f.fact_id, f.source_line, f.amount_reported, l.text
        from marts.fct_budget_line f join raw.document_lines l
          on l.document_id = f.document_id and l.line_number = f.source_line
        where f.amount_reported > 0 order by f.document_id, f.fact_index""").fetchall()
    connection.close()
    for document_id, fact_id, line, amount, text in facts:
        if plain_number(amount) in text.replace(",", ""):
            return document_id, fact_id, line, plain_number(amount)
    raise AssertionError("no budget line whose amount its source line prints")


def _most_contradicted(db: Path) -> tuple[str, int]:
    connection = duckdb.connect(str(db), read_only=True)
    found = connection.execute("select document_id, count(*) from marts.mart_reconciliation where not passed "
                               "group by 1 order by 2 desc, 1 limit 1").fetchone()
    connection.close()
    return found


def _wait_for(driver, css: str, seconds: float = 15):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css)))


def _bar_linking_to_a_fact(driver, pages: list[str]):
    """A chart bar whose link names a fact (rolled-up amounts link to their document only)."""
    from selenium.webdriver.common.by import By

    for page in pages:
        driver.get(page)
        _wait_for(driver, ".chart svg path[role='graphics-symbol']")
        for bar in driver.find_elements(By.CSS_SELECTOR, ".chart svg path[role='graphics-symbol']"):
            if "#f-" in (bar.get_attribute("aria-label") or ""):
                return bar
    raise AssertionError("no chart bar links to a fact")


def _shot(driver, name: str) -> None:
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def test_the_site_in_a_browser(built_warehouse, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    db = built_warehouse
    out = tmp_path / "site"
    summary = build_site(db, out)
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)
    document_id, fact_id, line, number = _number_on_its_line(db)
    driver = _browser()
    try:
        driver.get((out / "index.html").as_uri())
        rows = driver.find_elements(By.CSS_SELECTOR, "table.list tbody tr")
        assert len(rows) == summary.documents == 5
        assert "部门决算" in driver.find_element(By.TAG_NAME, "main").text
        _shot(driver, "01-index")

        driver.find_element(By.CSS_SELECTOR, f'a[href="documents/{document_id}.html"]').click()
        fact = driver.find_element(By.ID, f"f-{fact_id}")
        link = fact.find_element(By.XPATH, "./..").find_element(By.CSS_SELECTOR, "a.num")
        assert link.text == number
        link.click()
        assert driver.current_url.endswith(f"#L{line}")
        target = driver.execute_script("return document.querySelector(':target')")
        assert target.get_attribute("id") == f"L{line}" and number in target.text.replace(",", "")
        assert driver.execute_script("return getComputedStyle(arguments[0]).backgroundColor", target) \
            == "rgb(255, 243, 163)"  # :target is lit
        assert driver.find_elements(By.CSS_SELECTOR, "ol.contradictions li") or \
            not driver.find_elements(By.CSS_SELECTOR, "tr.contradicted")
        _shot(driver, "02-document-line")

        worst, failed_checks = _most_contradicted(db)
        driver.get((out / "documents" / f"{worst}.html").as_uri())
        assert len(driver.find_elements(By.CSS_SELECTOR, "ol.contradictions > li")) == failed_checks
        assert driver.find_elements(By.CSS_SELECTOR, "tr.contradicted")
        _shot(driver, "03-document-contradictions")

        driver.get((out / "compare" / "index.html").as_uri())
        pages = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main table.list a")]
        kinds = {kind: next(p for p in pages if f"/compare/{kind}-" in p)
                 for kind in ("function", "department", "execution")}
        kinds["three-public"] = driver.find_element(By.LINK_TEXT, "2020").get_attribute("href")
        for kind, page in kinds.items():
            driver.get(page)
            _wait_for(driver, ".chart svg.marks")  # vega-embed drew it
            assert driver.find_elements(By.CSS_SELECTOR, ".chart svg [role='graphics-symbol'] path, "
                                                         ".chart svg path[role='graphics-symbol']"), kind
            _shot(driver, f"04-compare-{kind}")

        bar = _bar_linking_to_a_fact(driver, [p for p in pages if "/compare/function-" in p])
        ActionChains(driver).move_to_element(bar).click().perform()  # a real click: Vega follows its href
        _wait_for(driver, ":target")
        assert "/documents/" in driver.current_url and "#f-" in driver.current_url
        target = driver.execute_script("return document.querySelector(':target')")
        assert target.get_attribute("id").startswith("f-") and target.tag_name == "td"
        _shot(driver, "05-chart-to-fact")
        severe = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        assert not severe, severe
    finally:
        driver.quit()
