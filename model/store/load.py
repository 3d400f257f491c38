"""Reading store files, and recovering damaged ones without losing anything.

Damage we recover from:
- stale bytes after the JSON (a writer killed mid-truncate with TinyDB's stock storage,
  or a bad sync): the valid JSON prefix is kept;
- a truncated, empty or garbled file, or one beyond the size or nesting limits
  (model/store/limits.py): the last good copy (taken each time the file was opened
  cleanly for writing) is used.
A damaged file is never overwritten: before a recovered version is saved, the damaged
bytes are moved aside to ``.local/damaged/`` and the user is told where.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from model.store.errors import DamagedFile, NotAMinutesFile
from model.store.files import atomic_write
from model.store.limits import MAX_STORE_FILE_BYTES, OverLimit, depth_over, read_limited
from model.store.problems import BadBytes, FileProblem, problem_of
from model.store.schema import Tables, check_shape, migrate

LOCAL_DIR = ".local"


def local_dir(path: Path) -> Path:
    """Per-machine state beside a store file (locks, last good copies): never synced."""
    return path.parent / LOCAL_DIR


def backup_path(path: Path) -> Path:
    return local_dir(path) / "backups" / f"{path.name}.good"


@dataclass
class Recovery:
    """What was wrong with a file and how it was recovered."""

    path: Path
    problem: FileProblem
    source: str  # "valid part" or "last good copy"
    damaged_copy: Path | None = None

    def message(self, language: str = "en") -> str:
        from model.error_texts import ERRORS
        from model.texts import lookup

        where = "valid_part" if self.source == "valid part" else "last_good"
        text = lookup(
            ERRORS,
            language,
            "store.recovered",
            path=self.path,
            problem=self.problem.what(language),
            where=lookup(ERRORS, language, f"store.recovered.{where}"),
        )
        if self.damaged_copy:
            text += lookup(ERRORS, language, "store.recovered.copy", copy=self.damaged_copy)
        return text


@dataclass
class Loaded:
    tables: Tables
    raw: bytes  # the bytes on disk (the damaged ones if recovery happened)
    recovery: Recovery | None = None
    migrated: bool = False


def decode_store_bytes(raw: bytes, path: Path) -> tuple[object, FileProblem | None]:
    """Decode a store file's bytes as the store reads them (not empty, depth limit before
    parsing, UTF-8, JSON); returns (value, problem): ``problem`` is the stray bytes after
    the data ("stray_bytes"). Raises ``BadBytes`` or ``OverLimit`` (too deep), both
    ValueErrors, if nothing usable. The sync checks a merged file with it in memory
    (sync/filecheck.py ``check_blob``)."""
    if not raw.strip():
        raise BadBytes(FileProblem("empty"))
    too_deep = depth_over(raw)  # before json.loads, which would hit RecursionError
    if too_deep is not None:
        raise too_deep
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadBytes(FileProblem("not_utf8", exc.start)) from exc
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":
            raise BadBytes(FileProblem("invalid_json", exc.lineno)) from exc
    value, end = json.JSONDecoder().raw_decode(text.lstrip())
    return value, FileProblem("stray_bytes", found=len(text.lstrip()) - end)


def load_tables(path: Path, kind: str) -> Loaded:
    """Read and validate a store file, recovering damage where possible.

    Raises ``DamagedFile`` when nothing can be recovered, ``NewerSchema`` or
    ``NotAMinutesFile`` when the file is whole but not ours to read.
    """
    try:
        raw = read_limited(path)
    except OverLimit as exc:  # read only in part: ``keep_damaged`` moves the whole file
        with open(path, "rb") as handle:
            raw = handle.read(MAX_STORE_FILE_BYTES + 1)
        return _from_backup(path, kind, raw, problem_of(exc))
    try:
        value, problem = decode_store_bytes(raw, path)
    except ValueError as exc:
        return _from_backup(path, kind, raw, problem_of(exc))
    tables = check_shape(value, path)
    tables, migrated = migrate(tables, kind, path)
    recovery = Recovery(path, problem, "valid part") if problem else None
    return Loaded(tables, raw, recovery, migrated)


def _from_backup(path: Path, kind: str, raw: bytes, problem: FileProblem) -> Loaded:
    backup = backup_path(path)
    if not backup.exists():
        raise DamagedFile(path, problem)
    try:
        value, _ = decode_store_bytes(read_limited(backup), backup)
        tables = check_shape(value, backup)
    except (ValueError, NotAMinutesFile) as exc:
        raise DamagedFile(path, problem, good_copy_damaged=True) from exc
    tables, migrated = migrate(tables, kind, path)
    return Loaded(tables, raw, Recovery(path, problem, "last good copy"), migrated)


def keep_damaged(path: Path, raw: bytes) -> Path:
    """Move the damaged bytes aside before anything overwrites the file."""
    folder = local_dir(path) / "damaged"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.name}.{stamp}"
    if len(raw) > MAX_STORE_FILE_BYTES:
        # A file over the size limit was read only in part: move the file itself aside
        # (a rename, whatever its size) so none of its bytes are lost.
        os.replace(path, target)
        return target
    atomic_write(target, raw)
    return target


def keep_good_copy(path: Path, raw: bytes) -> None:
    """Remember a cleanly read file as the last good copy."""
    target = backup_path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and target.read_bytes() == raw:
        return
    atomic_write(target, raw)
