"""The pool of parse workers: processes fed a bounded window of chunks of files, whose results
come back in input order, each worker under a memory limit and dying with its parent
(ingest.limits)."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ingest import limits
from ingest.parse_worker import ParsedChunk, ParsedFile, concat_tables, init_worker, parse_chunk_in_worker

TASKS_IN_FLIGHT_PER_WORKER = 4


class WorkersKeepDying(RuntimeError):
    """Fresh worker processes die whatever file they are given: the pool itself is broken."""


class WorkerPool:
    """A process pool fed a bounded window of chunks, whose results come back in input order.
    A worker that dies (killed, crashed) takes its tasks with it: their files are retried one by
    one in a fresh pool, and a file that still kills its worker is quarantined. When fresh workers
    die on several files in a row, the fault is not in the files and the run stops."""

    task = staticmethod(parse_chunk_in_worker)
    max_deaths_in_a_row = 3

    def __init__(self, workers: int, already_loaded: frozenset, version: str) -> None:
        self.workers = workers
        self.initargs = (already_loaded, version, limits.PARSE_SECONDS_PER_FILE, limits.WORKER_MEMORY_BYTES)
        self.deaths_in_a_row = 0
        self.executor = self._start()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def _start(self) -> ProcessPoolExecutor:
        # not fork: the parent holds a DuckDB connection and its threads. A fork server is a
        # fresh process with the parser imported, forked per worker (spawn re-imports: ~0.5 s).
        # It preloads ingest.run, which imports all a worker may touch (duckdb too): a library
        # mapped after the worker's memory limit fails as SystemError, not as MemoryError
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["ingest.forkserver_guard", "ingest.run"])
        return ProcessPoolExecutor(self.workers, mp_context=context,
                                   initializer=init_worker, initargs=self.initargs)

    def parse(self, chunks: Iterator[list[Path]]) -> Iterator[ParsedChunk]:
        window: deque = deque()
        limit = self.workers * TASKS_IN_FLIGHT_PER_WORKER
        for chunk in chunks:
            window.append((chunk, self._submit(chunk)))
            if len(window) >= limit:
                yield self._result(*window.popleft())
        while window:
            yield self._result(*window.popleft())

    def _submit(self, chunk: list[Path]):
        try:
            return self.executor.submit(self.task, chunk)
        except BrokenProcessPool:
            self._restart()
            return self.executor.submit(self.task, chunk)

    def _result(self, chunk: list[Path], future) -> ParsedChunk:
        try:
            return future.result()
        except Exception:  # the worker died, or the task failed outside any one file
            return self._retry_one_by_one(chunk)

    def _retry_one_by_one(self, chunk: list[Path]) -> ParsedChunk:
        parts = []
        for path in chunk:
            try:
                parts.append(self._submit([path]).result())
                self.deaths_in_a_row = 0
            except Exception as error:
                if isinstance(error, BrokenProcessPool):
                    self._died(error)
                failed = ParsedFile(path=str(path), error=f"parser error: {type(error).__name__}: {error} "
                                                          "(the worker process parsing this file failed)")
                parts.append(ParsedChunk(files=[failed], tables={}))
        return ParsedChunk(files=[f for part in parts for f in part.files],
                           tables=concat_tables([part.tables for part in parts]))

    def _died(self, error: BaseException) -> None:
        self.deaths_in_a_row += 1
        if self.deaths_in_a_row >= self.max_deaths_in_a_row:
            raise WorkersKeepDying(
                f"parse workers died on {self.deaths_in_a_row} files in a row ({error}); a script that "
                "calls ingest_files with workers > 1 must guard its code with `if __name__ == '__main__':` "
                "(workers are spawned and import the main module)") from error
        self._restart()

    def _restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()
