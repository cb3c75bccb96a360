"""Make a Great Expectations Data Docs site work without internet.

GE's pages load Bootstrap, jQuery, Font Awesome, Vega... from CDNs. Those files are vendored in
budgetwh/assets/vendor/, whose cdn.json maps each CDN URL to its copy; make_data_docs_offline
copies them into the site (static/vendor/) and points every page at them, with a path relative
to the page (GE writes index.html at the root and the other pages 1 to 4 folders down).
"""

from __future__ import annotations

import json
import logging
import re
import shutil
from functools import cache
from pathlib import Path

VENDOR_DIR = Path(__file__).resolve().parents[1] / "assets" / "vendor"
SITE_VENDOR_DIR = "static/vendor"
# GE's own pictures, loaded from its S3 bucket; the site's static/images/ has the logo (not the
# dark-theme one, for which the plain logo stands in)
GE_WEB_ASSETS = "https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/"
GE_IMAGES = {"logo-long.png": "logo-long.png", "full_logo_dark.png": "logo-long.png"}

_RESOURCE_TAG = re.compile(r"<(?:link|script|img)\b[^>]*>", re.IGNORECASE)
_RESOURCE_ATTR = re.compile(r"""(?<![\w-])(href|src)=(["'])(.*?)\2""", re.IGNORECASE)
_CSS_URL = re.compile(r"""url\(\s*(["']?)(.*?)\1\s*\)""", re.IGNORECASE)
# a CDN's integrity/crossorigin attributes make a browser refuse the same file from disk
_SRI_ATTR = re.compile(r"""\s+(?:integrity|crossorigin)(?:=(["']).*?\1)?""", re.IGNORECASE)
_EXTERNAL = re.compile(r"^(?:[a-z]+:)?//", re.IGNORECASE)
# GE's own static/ lives at the site root, but its validation pages miscount their depth by one
_GE_STATIC = re.compile(r"^(?:\./|(?:\.\./)+)static/")

log = logging.getLogger(__name__)


@cache
def cdn_files() -> dict[str, str]:
    """CDN URL -> vendored file, relative to VENDOR_DIR (declared in cdn.json)."""
    return json.loads((VENDOR_DIR / "cdn.json").read_text(encoding="utf-8"))["urls"]


def make_data_docs_offline(site: Path) -> list[str]:
    """Point every page of the site at local copies; return the external loads left (logged)."""
    pages = sorted(site.rglob("*.html"))
    if not pages:
        return []
    for package in sorted({target.split("/")[0] for target in cdn_files().values()}):
        shutil.copytree(VENDOR_DIR / package, site / SITE_VENDOR_DIR / package, dirs_exist_ok=True)
    remaining = []
    for page in pages:
        relative = page.relative_to(site)
        html = page.read_text(encoding="utf-8")
        offline, external = offline_html(html, depth=len(relative.parts) - 1)
        if offline != html:
            page.write_text(offline, encoding="utf-8")
        for url in external:
            log.warning("Data Docs page %s still loads %s (not in %s)", relative, url, VENDOR_DIR / "cdn.json")
            remaining.append(f"{relative}: {url}")
    return remaining


def offline_html(html: str, depth: int) -> tuple[str, list[str]]:
    """The page with its CDN loads made local, for a page `depth` folders below the site root,
    and the external URLs it still loads (link/script/img or CSS url(); hyperlinks stay)."""
    to_root = "../" * depth
    external: list[str] = []

    def attribute(match: re.Match) -> str:
        url = _local_url(match[3], to_root)
        if url is None and _EXTERNAL.match(match[3]):
            external.append(match[3])
        return match[0] if url is None else f"{match[1]}={match[2]}{url}{match[2]}"

    def tag(match: re.Match) -> str:
        rewritten = _RESOURCE_ATTR.sub(attribute, match[0])
        return match[0] if rewritten == match[0] else _SRI_ATTR.sub("", rewritten)

    def css_url(match: re.Match) -> str:
        url = _local_url(match[2], to_root)
        if url is None and _EXTERNAL.match(match[2]):
            external.append(match[2])
        return match[0] if url is None else f"url({match[1]}{url}{match[1]})"

    html = _RESOURCE_TAG.sub(tag, html)
    return _CSS_URL.sub(css_url, html), external


def _local_url(url: str, to_root: str) -> str | None:
    """The site-relative replacement of a URL, None if it needs none or is unknown."""
    without_query = re.split(r"[?#]", url, maxsplit=1)[0]
    vendored = cdn_files().get(url) or cdn_files().get(without_query)
    if vendored:
        return f"{to_root}{SITE_VENDOR_DIR}/{vendored}"
    if without_query.startswith(GE_WEB_ASSETS) and without_query[len(GE_WEB_ASSETS):] in GE_IMAGES:
        return f"{to_root}static/images/{GE_IMAGES[without_query[len(GE_WEB_ASSETS):]]}"
    if _GE_STATIC.match(url):
        fixed = to_root + _GE_STATIC.sub("static/", url)
        return None if fixed == url else fixed
    return None
