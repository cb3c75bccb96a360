"""What is under an input folder, and which of its paths cannot be read as a report.

Every path gets an ingest-log row: regular files are read; a symbolic link is followed only to a
regular file inside the input folder (a link to `/etc/passwd` is not read); links that loop or
lead nowhere, links to folders, FIFOs, sockets and devices are refused with their reason before
any process opens them (opening a FIFO blocks until someone writes to it).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_SPECIAL_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
                  (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                  (stat.S_ISDIR, "a folder"))


def input_paths(input_dir: Path) -> list[Path]:
    """Every path under the folder that is not itself a folder (hidden ones excluded), symbolic
    links to folders included (they are refused, not walked), in a stable order."""
    if not input_dir.is_dir():
        raise FileNotFoundError(f"input folder not found: {input_dir}")
    found = []
    for folder, folders, files in os.walk(input_dir, followlinks=False):
        folders[:] = [name for name in folders if not name.startswith(".")]
        linked_folders = [name for name in folders if os.path.islink(os.path.join(folder, name))]
        found += [Path(folder, name) for name in files + linked_folders if not name.startswith(".")]
    return sorted(found)


def refusal_reason(path: Path, root: Path | None = None) -> str | None:
    """Why `path` is not read (None when it is a readable regular file, or a link to one inside
    `root`)."""
    try:
        mode = os.lstat(path).st_mode
    except OSError as error:
        return f"cannot read file: {error.strerror or error}"
    if stat.S_ISLNK(mode):
        reason, mode = _link_target(path, root)
        if reason:
            return reason
        if stat.S_ISDIR(mode):
            return "symbolic link to a folder: not followed"
    for is_kind, kind in _SPECIAL_KINDS:
        if is_kind(mode):
            return f"not a regular file: {kind}, not read"
    if not os.access(path, os.R_OK):
        return "cannot read file: Permission denied"
    return None


def _link_target(path: Path, root: Path | None) -> tuple[str | None, int]:
    try:
        target = path.resolve(strict=True)
    except RuntimeError:
        return "symbolic link loop: not followed", 0
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop: not followed", 0
        return f"broken symbolic link ({error.strerror or error}): not followed", 0
    if root is not None and not target.is_relative_to(root.resolve()):
        return f"symbolic link to {target}, outside the input folder: not followed", 0
    try:
        return None, os.stat(target).st_mode
    except OSError as error:
        return f"cannot read file: {error.strerror or error}", 0
