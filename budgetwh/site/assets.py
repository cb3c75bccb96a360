"""The site's static files: its own CSS/JS, and Vega, Vega-Lite and vega-embed from the vendored
npm packages of budgetwh/assets/vendor/ (shared with the offline Data Docs; its cdn.json says which
folder holds which package), so the pages draw their charts from disk without a network."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

OWN_STATIC = Path(__file__).parent / "static"
VENDOR = Path(__file__).resolve().parents[1] / "assets" / "vendor"
# Loaded in this order: vega-lite needs vega, vega-embed needs both.
CHART_PACKAGES = ("vega", "vega-lite", "vega-embed")


class MissingAsset(Exception):
    """A chart library is not vendored in budgetwh/assets/vendor/."""


def vendored_files(package: str, vendor: Path = VENDOR) -> tuple[Path, list[Path]]:
    """(the package's minified script, its licence files) as cdn.json lists them."""
    listing = vendor / "cdn.json"
    packages = json.loads(listing.read_text(encoding="utf-8"))["packages"] if listing.is_file() else {}
    for folder, entry in packages.items():
        if entry["npm"].rsplit("@", 1)[0] != package:
            continue
        # cdn.json keeps the paths inside the npm package; the copies here drop a leading dist/ or build/.
        files = [vendor / folder / re.sub(r"^(dist|build)/", "", name) for name in entry["files"]]
        script = vendor / folder / f"{package}.min.js"
        if script in files and script.is_file():
            return script, [f for f in files if f.name.upper().startswith("LICEN") and f.is_file()]
    raise MissingAsset(f"{package} is not vendored: no {package}.min.js listed in {listing} "
                       f"(see {vendor / 'README.md'})")


def vendored_chart_files(vendor: Path = VENDOR) -> list[tuple[Path, list[Path]]]:
    """(script, licences) of each chart library, in loading order; MissingAsset when one is not there."""
    return [vendored_files(package, vendor) for package in CHART_PACKAGES]


def copy_static(out: Path, chart_files: list[tuple[Path, list[Path]]]) -> list[str]:
    """Copy the site's CSS/JS and the chart libraries (with their licences) to OUT/static/; return
    the chart scripts' paths relative to OUT, in loading order."""
    static = out / "static"
    shutil.copytree(OWN_STATIC, static, dirs_exist_ok=True)
    scripts = []
    for script, licences in chart_files:
        target = static / "vendor" / script.parent.name
        target.mkdir(parents=True, exist_ok=True)
        for file in [script, *licences]:
            shutil.copy2(file, target / file.name)
        scripts.append(f"static/vendor/{script.parent.name}/{script.name}")
    return scripts
