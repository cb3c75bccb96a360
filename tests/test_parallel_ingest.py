"""A parse worker that dies (killed, crashed) does not stop the run: the files it held are parsed
again one by one, and only the file that kills its worker is quarantined."""

from __future__ import annotations

import os
from pathlib import Path

from ingest import parse_worker, run, worker_pool


def _dies_on_poison(paths: list[Path]):
    if any(Path(p).name.startswith("poison") for p in paths):
        os._exit(3)
    return parse_worker.parse_chunk_in_worker(paths)


class _PoisonedPool(worker_pool.WorkerPool):
    task = staticmethod(_dies_on_poison)


def test_a_dying_worker_quarantines_only_its_file(samples_copy, tmp_path, monkeypatch):
    (samples_copy / "poison.txt").write_bytes((samples_copy / "004_76647baae9ed1fbe.txt").read_bytes() + b"\n")
    monkeypatch.setattr(run, "WorkerPool", _PoisonedPool)
    summary = run.ingest_files(run.input_files(samples_copy), tmp_path / "w.duckdb", workers=2)
    outcomes = {Path(o.path).name: o for o in summary.outcomes}
    assert outcomes["poison.txt"].status == "quarantined"
    assert "worker process" in outcomes["poison.txt"].reason
    assert summary.count("loaded") == 5
