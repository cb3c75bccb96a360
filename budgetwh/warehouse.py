"""The warehouse file: build on a working copy, swap it in atomically, read it read-only.

DuckDB allows one writer or many read-only readers per file, never both. A BI tool holding
`warehouse/budget.duckdb` open must never be blocked nor see a half-built warehouse, so writers
copy the file, work on the copy and `os.replace` it over the original when everything passed.
Readers that had the old file open keep reading the old one until they reconnect.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import duckdb

DEFAULT_DB = Path("warehouse/budget.duckdb")


class WarehouseBusy(Exception):
    """Another build or ingest is writing this warehouse."""


def default_db_path() -> Path:
    return Path(os.environ.get("BUDGET_DB_PATH", str(DEFAULT_DB)))


@contextmanager
def writer_lock(db_path: Path):
    """Serialise writers of one warehouse (readers are never blocked)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = db_path.with_name(f".{db_path.name}.lock")
    with open(lock_path, "w") as lock_file:
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise WarehouseBusy(f"another build or ingest is writing {db_path} (lock {lock_path})") from error
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


class WarehouseUnchanged(Exception):
    """The working copy could not be made or swapped in (disk full, a stale WAL that cannot be
    checkpointed): the warehouse is as it was, and no copy is left behind."""


@contextmanager
def working_copy(db_path: Path):
    """Yield the path of a private copy of the warehouse; replace the warehouse with it on success."""
    with writer_lock(db_path):
        _remove_dead_copies(db_path)
        work = db_path.with_name(f".{db_path.name}.building-{os.getpid()}")
        try:
            if db_path.exists():
                _checkpoint_stale_wal(db_path)
                shutil.copy2(db_path, work)
            yield work
            wal = work.with_name(work.name + ".wal")
            if wal.exists():  # all connections must be closed (checkpointed) before the swap
                duckdb.connect(str(work)).close()
            os.replace(work, db_path)
        except (OSError, duckdb.Error) as error:  # a full disk shows as either
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            raise WarehouseUnchanged(f"cannot write the working copy beside {db_path}: {reason}") from error
        finally:
            _remove(work)


def _remove_dead_copies(db_path: Path) -> None:
    """Working copies of builds that were killed: writers hold the lock, so none is in use."""
    for leftover in db_path.parent.glob(f".{db_path.name}.building-*"):
        leftover.unlink(missing_ok=True)


def _checkpoint_stale_wal(db_path: Path) -> None:
    """A `.wal` beside the warehouse is what a crashed read-write client left: copied without it,
    the new file would meet it after the swap (`WAL checkpoint iteration does not match`). Fold
    it into the file first, or refuse."""
    wal = db_path.with_name(db_path.name + ".wal")
    if not wal.exists():
        return
    try:
        duckdb.connect(str(db_path)).close()  # opening read-write replays and checkpoints the WAL
    except duckdb.Error as error:
        raise WarehouseUnchanged(f"{wal} is left by a client that did not close the warehouse and cannot be "
                                 f"checkpointed ({error}); close the clients of {db_path} and build again") from error
    if wal.exists():
        raise WarehouseUnchanged(f"{wal} could not be checkpointed; close the clients of {db_path} and build again")


def _remove(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + ".wal")):
        if candidate.exists():
            candidate.unlink()


QUERY_MEMORY_LIMIT = os.environ.get("BUDGET_QUERY_MEMORY_LIMIT", "4GB")
QUERY_TEMP_LIMIT = os.environ.get("BUDGET_QUERY_TEMP_LIMIT", "4GB")  # spill files beside the warehouse


def connect_read_only(db_path: Path):
    """A read-only connection that cannot reach files or extensions outside the warehouse, with a
    memory limit, a cap on what it may spill to disk, and `marts` as the default schema."""
    if not db_path.exists():
        raise FileNotFoundError(f"warehouse not found: {db_path} (run `make build` or `budgetwh build` first)")
    connection = duckdb.connect(str(db_path), read_only=True,
                                config={"enable_external_access": False, "memory_limit": QUERY_MEMORY_LIMIT,
                                        "max_temp_directory_size": QUERY_TEMP_LIMIT})
    has_marts = connection.execute(
        "select count(*) from information_schema.schemata where schema_name = 'marts'").fetchone()[0]
    if has_marts:  # a warehouse only ingested into has no marts yet
        connection.execute("set search_path = 'marts,main'")  # `select * from dim_document` means the mart
    return connection
