"""The package layout keeps its promise (docs/architecture.md): `ingest` reads reports and loads
facts and never imports the application (`budgetwh`); no module grows past 400 lines, no model past 300."""

from __future__ import annotations

import ast
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_ingest_never_imports_the_application():
    offenders = {str(path.relative_to(PROJECT_DIR)): sorted(n for n in _imported(path) if n.split(".")[0] == "budgetwh")
                 for path in (PROJECT_DIR / "ingest").rglob("*.py")}
    assert not {path: names for path, names in offenders.items() if names}


def test_no_module_over_400_lines_and_no_model_over_300():
    long_modules = [str(p.relative_to(PROJECT_DIR)) for folder in ("ingest", "budgetwh")
                    for p in (PROJECT_DIR / folder).rglob("*.py") if len(p.read_text(encoding="utf-8").splitlines()) > 400]
    long_models = [str(p.relative_to(PROJECT_DIR)) for p in (PROJECT_DIR / "models").rglob("*.sql")
                   if len(p.read_text(encoding="utf-8").splitlines()) > 300]
    assert not long_modules and not long_models, (long_modules, long_models)
