"""What parsing one file may cost, and parse workers that never outlive the run.

Each file is parsed under a time limit (a 199 MB text file, a pathological PDF: quarantined when
the limit passes, not minutes later); each worker process under a memory limit (a file that
would take gigabytes fails alone, with MemoryError as its reason); and a worker is killed by the
kernel when the process that started it dies (a killed build leaves no parser running).
"""

from __future__ import annotations

import ctypes
import os
import resource
import signal
import threading
from contextlib import contextmanager

PARSE_SECONDS_PER_FILE = float(os.environ.get("BUDGET_PARSE_SECONDS_PER_FILE", "300"))
WORKER_MEMORY_BYTES = int(os.environ.get("BUDGET_PARSE_WORKER_MEMORY_MB", "4096")) * 1024 * 1024
_PR_SET_PDEATHSIG = 1


class ParseTimeLimit(BaseException):
    """Parsing one file took longer than its limit (a BaseException: no reader's `except
    Exception` may swallow it and go on parsing)."""


def die_with_parent(expected_parent: int | None = None) -> None:
    """Ask Linux to kill this process when its parent dies (no-op elsewhere). Given the parent it
    should have, exit at once if that parent died before the request was made (the kernel would
    never send the signal)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if expected_parent is not None and os.getppid() != expected_parent:
        os._exit(1)


def limit_memory(limit_bytes: int = WORKER_MEMORY_BYTES) -> None:
    """Cap this process's address space (the parse workers' only: the writer keeps DuckDB's own limit)."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit_bytes = min(limit_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, hard))


@contextmanager
def time_limit(seconds: float = PARSE_SECONDS_PER_FILE):
    """Raise ParseTimeLimit in the block once `seconds` have passed (main thread only: signals
    are delivered there; elsewhere the block runs unlimited)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise ParseTimeLimit(f"parsing took longer than {seconds:g} s (BUDGET_PARSE_SECONDS_PER_FILE)")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
