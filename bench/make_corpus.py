"""Generate synthetic reports with their known facts, for benchmarks and accuracy checks.

    python bench/make_corpus.py --n 1000 --seed 7 --out bench/out/corpus

Each report is a UTF-8 text `SYN_<index>_<layout>.txt` in the layout of one of the samples (see
bench/report_text.py), for a real county-level division of seeds/ref_region.csv, a department
(司法局, 公安局, 民政局, 住房和城乡建设局, 镇人民政府 …) and a fiscal year 2019–2024, with codes and
names valid that year in seeds/ref_function_class.csv and seeds/ref_economic_class.csv. Its first
line says it is synthetic. Beside it, `SYN_<index>_<layout>.facts.json` lists what the report
states: document metadata, every function and economic line, metrics and projects, each with the
line it is printed on. Report `i` depends only on (seed, i): any range of indices can be
generated again, identically, and a corpus can be grown by generating the next indices.

Reports are written only under the folder given (default bench/out/corpus, which git ignores),
never into data/samples or the default warehouse.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.accounts import draw_accounts  # noqa: E402
from bench.report_text import LAYOUTS, Doc, write_report  # noqa: E402

DEFAULT_OUT = Path(__file__).resolve().parent / "out" / "corpus"
YEARS = range(2019, 2025)
LAYOUT_WEIGHTS = {"tables": 3, "narrative_codes": 3, "narrative_names": 2, "forms": 2}
FACTS_SUFFIX = ".facts.json"


@dataclass
class Report:
    name: str  # file name of the text
    text: str
    facts: dict


def make_report(index: int, seed: int) -> Report:
    """Report `index` of the corpus of `seed` (deterministic)."""
    rng = random.Random(f"{seed}:{index}")
    year = rng.choice(YEARS)
    layout = rng.choices(list(LAYOUT_WEIGHTS), weights=list(LAYOUT_WEIGHTS.values()))[0]
    accounts = draw_accounts(rng, year)
    doc = write_report(accounts, layout, rng)
    name = f"SYN_{index:07d}_{layout}.txt"
    return Report(name=name, text=doc.text(), facts=_facts(doc, accounts, layout, seed, index))


def _facts(doc: Doc, accounts, layout: str, seed: int, index: int) -> dict:
    region = accounts.region
    return {
        "synthetic": True, "generator": "bench/make_corpus.py", "seed": seed, "index": index, "layout": layout,
        "document": {
            "province": region.province, "city": region.city or None, "county": region.county,
            "admin_code": region.admin_code, "department": accounts.department, "fiscal_year": accounts.year,
            "doc_kind": "performance_evaluation" if layout == "forms" else "final_accounts",
            "amount_unit_reported": "万元",
        },
        "columns": {
            "budget_lines": ["classification", "code", "level", "flow", "spending_type", "fund_scope", "measure",
                             "amount_wan", "source_kind", "source_line"],
            "metrics": ["metric", "measure", "value", "unit", "source_kind", "source_line"],
            "projects": ["project_code", "project_name", "budget_initial", "budget_adjusted", "executed",
                         "execution_rate", "score", "source_line"],
        },
        "budget_lines": doc.budget_lines,
        "metrics": doc.metrics,
        "projects": doc.projects,
    }


def write_corpus(out_dir: Path, n: int, seed: int, start: int = 0, on_report=None) -> list[Path]:
    """Write reports `start` … `start + n - 1` and their facts under `out_dir`; returns the texts."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + n):
        report = make_report(index, seed)
        path = out_dir / report.name
        path.write_text(report.text, encoding="utf-8")
        facts_path(path).write_text(json.dumps(report.facts, ensure_ascii=False, separators=(",", ":")),
                                    encoding="utf-8")
        paths.append(path)
        if on_report:
            on_report(path)
    return paths


def facts_path(report_path: Path) -> Path:
    return report_path.with_name(report_path.stem + FACTS_SUFFIX)


def report_paths(folder: Path) -> list[Path]:
    """The synthetic report texts of a corpus folder, in index order."""
    return sorted(folder.glob("SYN_*.txt"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of reports (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--start", type=int, default=0, help="first report index (default 0)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    paths = write_corpus(args.out, args.n, args.seed, args.start)
    print(f"{len(paths)} synthetic reports (layouts: {', '.join(LAYOUTS)}) written to {args.out}")


if __name__ == "__main__":
    main()
