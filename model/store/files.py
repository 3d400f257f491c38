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


_COMPACT = json.JSONEncoder(sort_keys=True, ensure_ascii=False)  # the C encoder
_PRETTY = json.JSONEncoder(sort_keys=True, indent=1, ensure_ascii=False)


class CachedEncoder:
    """``encode`` for a store file written again and again, with the same bytes.

    The pretty-printing JSON encoder (``indent``) is pure Python and was most of the cost
    of a save beyond the fsync. A store file is an object of tables, each an object of
    records: each record's text is kept with its compact encoding (the fast C encoder), and
    a record whose compact encoding is unchanged reuses its text. A table none of whose
    records changed reuses its whole UTF-8 bytes. Anything of another shape goes to
    ``encode``.
    """

    def __init__(self) -> None:
        #: table -> record id -> (compact encoding, its bytes in the file)
        self._texts: dict[str, dict[str, tuple[str, bytes]]] = {}
        #: table -> (its record ids, its whole bytes): a table none of whose records
        #: changed is reused whole (a long meeting's items and decisions, change after change)
        self._joined: dict[str, tuple[frozenset[str], bytes]] = {}

    def encode(self, data: Any, changed: set[tuple[str, str]] | None = None) -> bytes:
        """The canonical bytes of ``data``. ``changed``, when given, names every record
        that may differ from the last call (table, id); the others are trusted unchanged
        without being encoded again. Without it each record is checked."""
        if not isinstance(data, dict) or not data or not all(isinstance(n, str) for n in data):
            return encode(data)
        by_table: dict[str, set[str]] | None = None
        if changed is not None:
            by_table = {}
            for table_name, record_id in changed:
                by_table.setdefault(table_name, set()).add(record_id)
        fresh: dict[str, dict[str, tuple[str, bytes]]] = {}
        fresh_joined: dict[str, tuple[frozenset[str], bytes]] = {}
        tables: list[bytes] = []
        for name in sorted(data):
            records = data[name]
            joined = self._joined.get(name)
            if (
                by_table is not None
                and name not in by_table
                and joined is not None
                and joined[0] == records.keys()
            ):
                fresh[name], fresh_joined[name] = self._texts.get(name, {}), joined
                tables.append(joined[1])
                continue
            noted = by_table.get(name, set()) if by_table is not None else None
            known_texts = self._texts.get(name, {})
            unknown = None if noted is None else noted | (records.keys() - known_texts.keys())
            if not _table_shape(records, unknown):
                return encode(data)
            label = json.dumps(name, ensure_ascii=False)
            if not records:
                tables.append(f"\n {label}: {{}}".encode())
                continue
            texts, whole = self._table(records, known_texts, noted)
            part = f"\n {label}: {{".encode() + whole + b"\n }"
            fresh[name], fresh_joined[name] = texts, (frozenset(records), part)
            tables.append(part)
        self._texts, self._joined = fresh, fresh_joined
        return b"{" + b",".join(tables) + b"\n}\n"

    @staticmethod
    def _table(
        records: dict[str, Any], known_texts: dict[str, tuple[str, bytes]], noted: set[str] | None
    ) -> tuple[dict[str, tuple[str, bytes]], bytes]:
        """The texts of a table's records and the table's bytes between its braces."""
        texts: dict[str, tuple[str, bytes]] = {}
        parts = []
        for record_id in sorted(records):
            record = records[record_id]
            known = known_texts.get(record_id)
            if known is not None and noted is not None and record_id not in noted:
                texts[record_id] = known
                parts.append(known[1])
                continue
            compact = _COMPACT.encode(record)
            if known is not None and known[0] == compact:
                part = known[1]
            else:
                # records sit two levels deep in the file
                text = _PRETTY.encode(record).replace("\n", "\n  ")
                part = f"\n  {json.dumps(record_id, ensure_ascii=False)}: {text}".encode()
            texts[record_id] = (compact, part)
            parts.append(part)
        return texts, b",".join(parts)


def _table_shape(table: Any, only: set[str] | None = None) -> bool:
    """A table of a store file: an object of records (objects with string ids). ``only``:
    the records to look at (the others were looked at when they were encoded)."""
    if not isinstance(table, dict):
        return False
    if only is None:
        return all(isinstance(rid, str) and isinstance(rec, dict) for rid, rec in table.items())
    return all(isinstance(rid, str) and isinstance(table.get(rid, {}), dict) for rid in only)


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
