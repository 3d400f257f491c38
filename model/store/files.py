"""Crash-safe file writing and the canonical JSON encoding of store files.

A write goes to a temp file in the same folder, is fsynced, replaces the old file with
``os.replace`` (atomic on every platform we support) and the folder is fsynced, so a
crash leaves either the old or the new file, never a mix (PITFALLS.md: TinyDB's stock
storage truncates after writing and can leave stale bytes).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import time
from pathlib import Path
from typing import Any

#: Suffix of temp files; sync ignores them, and stale ones are removed on open.
TEMP_SUFFIX = ".tmp"


def encode(data: Any) -> bytes:
    """Stable, readable JSON: sorted keys, one field per line, UTF-8 without escapes."""
    return (json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def _full_fsync(fd: int) -> None:
    """Flush a file to the disk. On macOS plain fsync leaves data in the drive cache."""
    if sys.platform == "darwin":
        import fcntl

        full = getattr(fcntl, "F_FULLFSYNC", None)
        if full is not None:
            with contextlib.suppress(OSError):
                fcntl.fcntl(fd, full)
                return
    os.fsync(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable. Folders cannot be opened for fsync on Windows."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems (network shares) refuse; the rename still happened
        pass
    finally:
        os.close(fd)


def _replace(source: Path, target: Path) -> None:
    """``os.replace`` with a short retry: on Windows an indexer or antivirus may hold the file."""
    delay = 0.01
    for attempt in range(8):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == 7:
                raise
            time.sleep(delay)
            delay *= 2


def write_target(path: Path) -> Path:
    """The file a write to ``path`` must replace: a symlink's target, else ``path``.

    A user who links a meeting file to another place (a synced folder, a USB stick)
    expects the minutes to arrive there; replacing the link by a regular file would
    leave the target silently behind, so a write goes through the link instead.
    """
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def _keep_permissions(fd: int, temp: Path, old: os.stat_result | None) -> None:
    """Give the new file the mode and owner of the one it replaces (a 0600 file stays
    0600). Best effort: Windows has no POSIX modes (only a read-only flag, which would
    stop the replace), and only root may give a file to someone else."""
    if old is None or os.name == "nt":
        return
    with contextlib.suppress(OSError):
        os.chmod(temp, stat.S_IMODE(old.st_mode))
    fchown = getattr(os, "fchown", None)
    if fchown is not None and (old.st_uid, old.st_gid) != (os.getuid(), os.getgid()):
        with contextlib.suppress(OSError):
            fchown(fd, old.st_uid, old.st_gid)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash at any moment leaves a whole file.

    The new file keeps the mode and owner of the old one; a symlink is written through
    to its target (``write_target``).
    """
    path = write_target(Path(path))
    try:
        old: os.stat_result | None = path.stat()
    except OSError:
        old = None
    temp = path.with_name(f".{path.name}.{os.urandom(4).hex()}{TEMP_SUFFIX}")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    # a file replacing a private one is created private, so no moment leaks it
    fd = os.open(temp, flags, 0o644 if old is None else 0o600)
    try:
        _keep_permissions(fd, temp, old)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        _full_fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    os.close(fd)
    try:
        _replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_dir(path.parent)


def remove_stale_temps(folder: Path, name: str) -> None:
    """Remove temp files a killed writer left beside ``name``; they never hold acknowledged data."""
    for temp in folder.glob(f".{name}.*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            temp.unlink()
