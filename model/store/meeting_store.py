"""One meeting file: open it (for writing under a lock, or read-only), load, save.

Durability contract: ``save()`` returns only after the change is on disk (atomic write,
fsync of file and folder). Structural changes call ``save()`` at once; the live screen
saves typed text at most one second after the last key (see docs/archive.md, "Durability").
"""

from __future__ import annotations

import contextlib
import copy
from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout
from tinydb import TinyDB

from model.codec import meeting_to_tables, tables_to_meeting
from model.codec_cache import TablesCache
from model.meeting import Meeting
from model.store.errors import MeetingLocked, NotAMinutesFile, ReadOnly, SaveFailed
from model.store.files import atomic_write, encode, remove_stale_temps
from model.store.index_journal import noted_write
from model.store.load import Recovery, keep_damaged, keep_good_copy, load_tables, local_dir
from model.store.rescue import write_rescue_copy
from model.store.schema import KIND_MEETING, Tables, with_meta
from model.store.storage import open_db, storage_of, upsert_changed


def lock_path(path: Path) -> Path:
    return local_dir(path) / "locks" / f"{path.name}.lock"


def take_lock(path: Path, timeout: float) -> FileLock:
    """The store file's lock, held (waiting ``timeout`` seconds at the most), else
    ``MeetingLocked``: another program writes the file."""
    target = lock_path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(target), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise MeetingLocked(path) from None
    return lock


def write_new_meeting(path: Path, meeting: Meeting) -> None:
    """Create a meeting file (it must not exist yet)."""
    if path.exists():
        raise FileExistsError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with noted_write(path):  # the index re-reads this file only (index_journal.py)
        atomic_write(path, encode(with_meta(meeting_to_tables(meeting), KIND_MEETING)))


class MeetingStore:
    """A meeting file opened for writing (exclusive) or reading.

    Use as a context manager, or call ``close()``. ``meeting`` is the loaded meeting;
    change it and call ``save()``.
    """

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.recovery: Recovery | None = None
        #: why the last good copy could not be kept on opening (the disk is full, ...):
        #: the meeting opens anyway, and the app says so
        self.good_copy_failed: OSError | None = None
        #: the copy of unsaved changes written when a save failed (``keep_rescue_copy``)
        self.rescued: Path | None = None
        self._lock: FileLock | None = None
        self._cache = TablesCache()
        #: the tables the last ``save()`` wrote (shared records: never change them)
        self.saved_tables: Tables | None = None
        if not read_only:
            self._acquire_lock()
        try:
            self._db, self.meeting = self._load()
        except BaseException:
            self._release_lock()
            raise

    # -- opening -------------------------------------------------------------------

    def _acquire_lock(self) -> None:
        self._lock = take_lock(self.path, timeout=0)

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _load(self) -> tuple[TinyDB, Meeting]:
        self._cache.forget()
        self.saved_tables = None
        loaded = load_tables(self.path, KIND_MEETING)
        try:
            meeting = tables_to_meeting(loaded.tables)
        except (ValueError, TypeError, KeyError) as exc:
            raise NotAMinutesFile(self.path, f"records do not decode: {exc}") from exc
        tables: Tables = loaded.tables
        if self.read_only:
            self.recovery = loaded.recovery
            return open_db(self.path, tables, loaded.raw, read_only=True), meeting
        if loaded.recovery is not None:
            loaded.recovery.damaged_copy = keep_damaged(self.path, loaded.raw)
            self.recovery = loaded.recovery
            atomic_write(self.path, encode(tables))
            raw = encode(tables)
        elif loaded.migrated:
            keep_damaged(self.path, loaded.raw)  # the pre-migration bytes, kept the same way
            raw = encode(tables)
            atomic_write(self.path, raw)
        else:
            raw = loaded.raw
        try:
            keep_good_copy(self.path, raw)
        except OSError as exc:  # a safety copy; never a reason not to open the meeting
            self.good_copy_failed = exc
        return open_db(self.path, tables, raw), meeting

    # -- use -------------------------------------------------------------------------

    def save(self, meeting: Meeting | None = None) -> bool:
        """Write the meeting's changed records; returns whether anything was written.

        On return the change is on disk. Raises ``SaveFailed`` (the disk refused) or
        ``ReadOnly``; in both cases the in-memory meeting keeps the change.
        """
        if meeting is not None:
            self.meeting = meeting
        if self.read_only:
            raise ReadOnly(self.path)
        cache = self._cache
        try:
            with noted_write(self.path):  # the index re-reads this file only (index_journal.py)
                tables = cache.tables(self.meeting)
                wrote = upsert_changed(self._db, tables, cache.changed)
        except BaseException as exc:
            cache.forget()  # the db went back to what is on disk
            if isinstance(exc, SaveFailed):
                self.keep_rescue_copy(exc)
            raise
        cache.settle()
        self.saved_tables = tables
        return wrote

    def tables(self) -> Tables:
        """``meeting_to_tables(self.meeting)``, encoding only the records changed since
        the last call (``TablesCache``). Its records are shared: never change them."""
        return self._cache.tables(self.meeting)

    def unsaved_bytes(self) -> bytes:
        """The file as ``save()`` would write it now (the records on disk, the meeting's
        changed records over them)."""
        tables = copy.deepcopy(storage_of(self._db).read() or {})
        for name, records in meeting_to_tables(self.meeting).items():
            tables.setdefault(name, {}).update(records)
        return encode(tables)

    def keep_rescue_copy(
        self, failure: SaveFailed | None = None, folder: Path | None = None
    ) -> Path | None:
        """Write the unsaved meeting where there is room (``model.store.rescue``); the path
        goes into ``failure``'s message. ``folder``: try that one first."""
        try:
            data = self.unsaved_bytes()
        except (OSError, ValueError, TypeError):  # never let the copy hide the failure
            data = None
        target = None
        if data is not None:
            target = write_rescue_copy(self.path, data, first=folder or self._rescue_folder())
        if target is not None:
            self.rescued = target
        if failure is not None:
            failure.rescued = target
            failure.rescue_failed = target is None
        return target

    def _rescue_folder(self) -> Path | None:
        return self.rescued.parent if self.rescued is not None else None

    def reload(self) -> Meeting:
        """Read the file again (a read-only view following another writer)."""
        self._db, self.meeting = self._load()
        return self.meeting

    @property
    def written_bytes(self) -> bytes | None:
        return storage_of(self._db).written_bytes

    @property
    def db(self) -> TinyDB:
        """The TinyDB over this file, for queries. Writes go through ``save()``."""
        return self._db

    def close(self) -> None:
        """Release the lock; a cleanly closed file becomes the last good copy, and temp
        files a killed writer left beside it go (here, not on opening: finding them lists
        the folder, 7-20 ms in an archive of 10,000 meetings, before the first paint)."""
        if not self.read_only and self._lock is not None:
            if self.written_bytes is not None:
                with contextlib.suppress(OSError):
                    keep_good_copy(self.path, self.written_bytes)
            with contextlib.suppress(OSError):
                remove_stale_temps(self.path.parent, self.path.name)
        self._release_lock()

    def __enter__(self) -> MeetingStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
