"""Fingerprints that decide what must be redone: the parser's code, the dbt project, the inputs."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from ingest import PARSER_VERSION

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent


def hash_files(paths: list[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def parser_version() -> str:
    """`0.1.0+<hash of the parser's code and reference seeds>`: re-parse when either changes."""
    files = [p for p in PACKAGE_DIR.rglob("*.py") if "__pycache__" not in p.parts]
    files += list((PROJECT_DIR / "seeds").glob("ref_*.csv"))
    return f"{PARSER_VERSION}+{hash_files(files, PROJECT_DIR)[:10]}"


@lru_cache(maxsize=1)
def models_fingerprint() -> str:
    """Changes when models, seeds, macros or dbt settings change: what the incremental models'
    rows were computed by (a change rebuilds them in full)."""
    files = []
    for folder in ("models", "seeds", "macros", "profiles", "tests/dbt"):
        root = PROJECT_DIR / folder
        if root.exists():
            files += [p for p in root.rglob("*") if p.is_file()]
    files += [PROJECT_DIR / "dbt_project.yml", PROJECT_DIR / "selectors.yml"]
    return hash_files(files, PROJECT_DIR)


def project_fingerprint(input_hashes: list[str]) -> str:
    """Changes when inputs, parser, models, seeds, macros or dbt settings change."""
    digest = hashlib.sha256()
    digest.update(parser_version().encode())
    digest.update(models_fingerprint().encode())
    for value in sorted(input_hashes):
        digest.update(value.encode())
    return digest.hexdigest()


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def document_id_of(sha256: str) -> str:
    """A document's id: the first 16 hex digits of its bytes' sha256 (re-ingesting the same bytes
    gives the same id)."""
    return sha256[:16]
