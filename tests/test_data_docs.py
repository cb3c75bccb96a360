"""The Great Expectations Data Docs open offline: every CSS, script, image and font a page loads
is a file of the site (the CDN ones are vendored in budgetwh/assets/vendor/), at a path that is
right for the page's depth."""

from __future__ import annotations

import json
import logging
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from budgetwh.checks import offline_docs
from budgetwh.checks.offline_docs import make_data_docs_offline, offline_html

EXTERNAL = re.compile(r"^(?:[a-z]+:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+?)["']?\s*\)""")
BOOTSTRAP_CDN = "https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css"


class _References(HTMLParser):
    """(tag, attribute, value) of what a page loads, and the targets of its hyperlinks."""

    def __init__(self, html: str):
        super().__init__()
        self.loads: list[tuple[str, str, str]] = []
        self.links: list[str] = []
        self.feed(html)
        self.loads += [("style", "url()", url) for url in CSS_URL.findall(html)]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name in ("href", "src"):
            if attributes.get(name) is None:
                continue
            if tag in ("link", "script", "img"):
                self.loads.append((tag, name, attributes[name]))
            elif tag == "a":
                self.links.append(attributes[name])


def _target(base: Path, reference: str) -> Path:
    return (base / re.split(r"[?#]", reference, maxsplit=1)[0]).resolve()


def _is_local_file(reference: str) -> bool:
    return not (EXTERNAL.match(reference) or reference.startswith(("#", "data:", "mailto:")))


# --- the rewriting, on a tiny page -------------------------------------------------------------

TINY_PAGE = """<head>
<link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css"/>
<script src="https://cdn.jsdelivr.net/npm/vega@5"></script>
<script src="https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js" integrity="sha384-x" crossorigin="anonymous"></script>
<link rel="shortcut icon" href="../../../static/images/favicon.ico" type="image/x-icon"/>
<style>.navbar-brand a { background: url('https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/full_logo_dark.png') }</style>
</head><body>
<img src="https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/logo-long.png?d=20260101T000000Z"/>
<a href="https://greatexpectations.io">Great Expectations</a>
</body>"""


def _expected_tiny_page(to_root: str) -> str:
    return f"""<head>
<link rel="stylesheet" href="{to_root}static/vendor/bootstrap-4.3.1/css/bootstrap.min.css"/>
<script src="{to_root}static/vendor/vega-5.33.1/vega.min.js"></script>
<script src="{to_root}static/vendor/bootstrap-4.3.1/js/bootstrap.min.js"></script>
<link rel="shortcut icon" href="{to_root}static/images/favicon.ico" type="image/x-icon"/>
<style>.navbar-brand a {{ background: url('{to_root}static/images/logo-long.png') }}</style>
</head><body>
<img src="{to_root}static/images/logo-long.png"/>
<a href="https://greatexpectations.io">Great Expectations</a>
</body>"""


@pytest.mark.parametrize("depth, to_root", [(0, ""), (4, "../../../../")])
def test_cdn_loads_become_site_paths_relative_to_the_page(depth, to_root):
    html, external = offline_html(TINY_PAGE, depth=depth)
    assert html == _expected_tiny_page(to_root)
    assert external == []  # the hyperlink to greatexpectations.io is not a load


def test_an_unknown_external_load_is_kept_reported_and_logged(tmp_path, caplog):
    page = tmp_path / "site" / "expectations" / "suite.html"
    page.parent.mkdir(parents=True)
    page.write_text(f'<link href="{BOOTSTRAP_CDN}"><script src="https://example.com/x.js"></script>'
                    '<style>p { background: url(//example.com/bg.png) }</style>', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger=offline_docs.__name__):
        remaining = make_data_docs_offline(tmp_path / "site")
    assert remaining == ["expectations/suite.html: https://example.com/x.js",
                         "expectations/suite.html: //example.com/bg.png"]
    assert "https://example.com/x.js" in caplog.text and "//example.com/bg.png" in caplog.text
    html = page.read_text(encoding="utf-8")
    assert '<link href="../static/vendor/bootstrap-4.3.1/css/bootstrap.min.css">' in html
    assert "https://example.com/x.js" in html
    assert (tmp_path / "site" / "static" / "vendor" / "bootstrap-4.3.1" / "css" / "bootstrap.min.css").is_file()


def test_every_cdn_url_has_its_vendored_file_and_licence_listed():
    vendor = offline_docs.VENDOR_DIR
    spec = json.loads((vendor / "cdn.json").read_text(encoding="utf-8"))
    listed = {f"{folder}/{re.sub(r'^(dist|build)/', '', name)}"
              for folder, package in spec["packages"].items() for name in package["files"]}
    on_disk = {str(path.relative_to(vendor)) for path in vendor.rglob("*")
               if path.is_file() and path.parent != vendor}
    assert on_disk == listed
    assert set(spec["urls"].values()) <= listed
    assert all(EXTERNAL.match(url) for url in spec["urls"])


# --- the Data Docs of a built warehouse ----------------------------------------------------------

@pytest.fixture(scope="module")
def data_docs(built_warehouse, tmp_path_factory) -> Path:
    from budgetwh.checks.expectations import run_pipeline_expectations

    site = tmp_path_factory.mktemp("data_docs") / "gx_docs"
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("BUDGET_GX_DOCS_DIR", str(site))
        assert run_pipeline_expectations(built_warehouse) == []
    return site


@pytest.fixture(scope="module")
def pages(data_docs) -> dict[Path, _References]:
    found = {page: _References(page.read_text(encoding="utf-8")) for page in sorted(data_docs.rglob("*.html"))}
    depths = {len(page.relative_to(data_docs).parts) - 1 for page in found}
    assert {0, 1, 4} <= depths, depths  # index.html, expectations/, validations/<suite>/<run>/<time>/
    return found


@pytest.mark.slow
def test_no_page_loads_anything_from_the_internet(pages, data_docs):
    external = [(str(page.relative_to(data_docs)), tag, url)
                for page, references in pages.items() for tag, _, url in references.loads if EXTERNAL.match(url)]
    assert external == []


@pytest.mark.slow
def test_every_local_reference_is_a_file_of_the_site(pages, data_docs):
    site = data_docs.resolve()
    missing = []
    for page, references in pages.items():
        for reference in [url for _, _, url in references.loads] + references.links:
            target = _target(page.parent, reference)
            if _is_local_file(reference) and not (target.is_file() and target.is_relative_to(site)):
                missing.append((str(page.relative_to(data_docs)), reference))
        for tag, attribute, reference in references.loads:  # and what their stylesheets load
            if tag == "link" and reference.endswith(".css") and _is_local_file(reference):
                stylesheet = _target(page.parent, reference)
                for url in CSS_URL.findall(stylesheet.read_text(encoding="utf-8")):
                    if _is_local_file(url) and not _target(stylesheet.parent, url).is_file():
                        missing.append((str(stylesheet.relative_to(site)), url))
    assert missing == []


@pytest.mark.slow
def test_every_page_has_the_bootstrap_css(pages, data_docs):
    for page, references in pages.items():
        stylesheets = [_target(page.parent, url) for tag, _, url in references.loads if tag == "link"]
        bootstrap = [path for path in stylesheets if path.name == "bootstrap.min.css"]
        assert len(bootstrap) == 1, (page, stylesheets)
        assert bootstrap[0].read_text(encoding="utf-8").startswith("/*!\n * Bootstrap v4.3.1 "), page
