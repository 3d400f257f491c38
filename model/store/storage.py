"""The TinyDB storage of every store file: in-memory reads, atomic batched writes.

TinyDB's stock ``JSONStorage`` can leave a corrupt file when killed, and its
``CachingMiddleware`` loses acknowledged writes (PITFALLS.md). This storage keeps the
decoded file in memory (we are the only writer, guaranteed by the meeting lock), and
every write replaces the file atomically. Writes inside ``batch()`` are collected and
written once at the end, so one user action is one write.

A save encodes again only the records ``upsert_changed`` replaced (``put``); the text
of every other record is reused (``CachedEncoder``). Any write that comes another way
(through TinyDB's tables) makes the next save check every record.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from model.ids import new_id
from model.store.encoder import CachedEncoder, compact_text
from model.store.errors import ReadOnly, SaveFailed
from model.store.files import atomic_write
from model.store.schema import RecordKey, Tables


class RecordTable(Table):
    """A TinyDB table whose document ids are random ULID strings, never 1, 2, 3."""

    # TinyDB declares document ids as int; this table keeps ULID strings
    document_id_class = str  # type: ignore[assignment]

    def _get_next_id(self) -> str:
        return new_id()


class AtomicStorage(Storage):
    """Storage over one file, written with ``atomic_write``; see the module docstring."""

    def __init__(
        self, path: Path, tables: Tables, raw: bytes | None, read_only: bool = False
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._data: Tables = tables
        self._written: bytes | None = raw
        self._batch_depth = 0
        self._dirty = False
        self._encoder = CachedEncoder()
        # the records changed since the last write, when every change came through
        # ``put``; None when some write came another way (through TinyDB)
        self._changed: set[RecordKey] | None = None

    def read(self) -> dict[str, dict[str, Any]] | None:
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._data = data
        self._changed = None  # a write through TinyDB: the next flush checks every record
        if self._batch_depth:
            self._dirty = True
            return
        self.flush()

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Collect the writes of one user action and write the file once."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
        if self._batch_depth == 0 and self._dirty:
            self.flush()

    def put(self, records: Iterable[tuple[str, str, dict[str, Any]]]) -> bool:
        """Set these records (table, id, record) and write the file; returns whether it
        wrote. Only these records are encoded again (``CachedEncoder``)."""
        data = self._data
        for name, record_id, record in records:
            data.setdefault(name, {})[record_id] = dict(record)
            if self._changed is not None:
                self._changed.add((name, record_id))
        if self._batch_depth:
            self._dirty = True
            return False
        return self.flush()

    def flush(self) -> bool:
        """Write the in-memory data if it differs from the disk. Returns whether it wrote."""
        self._dirty = False
        changed, self._changed = self._changed, set()
        data = self._encoder.encode(self._data, changed)
        if data == self._written:
            return False
        if self.read_only:
            self._restore()
            raise ReadOnly(self.path)
        try:
            atomic_write(self.path, data)
        except OSError as exc:
            self._restore()
            raise SaveFailed(self.path, exc.strerror or str(exc)) from exc
        self._written = data
        return True

    def _restore(self) -> None:
        """After a failed write, memory goes back to what is on disk: TinyDB mutated it."""
        self._changed = None  # the encoder's texts are of the data that failed to save
        if self._written is not None:
            self._data = json.loads(self._written.decode("utf-8"))

    @property
    def written_bytes(self) -> bytes | None:
        return self._written

    def close(self) -> None:
        pass


class StoreDB(TinyDB):
    """TinyDB with string-id tables."""

    table_class = RecordTable


def open_db(path: Path, tables: Tables, raw: bytes | None, read_only: bool = False) -> TinyDB:
    """A TinyDB over ``AtomicStorage`` holding ``tables`` (already read from ``raw``)."""
    return StoreDB(path, tables, raw, read_only, storage=AtomicStorage)


def storage_of(db: TinyDB) -> AtomicStorage:
    storage = db.storage
    assert isinstance(storage, AtomicStorage)
    return storage


def upsert_changed(db: TinyDB, new: Tables, changed: Collection[RecordKey] | None = None) -> bool:
    """Write every record of ``new`` that differs from the db, in one atomic write.

    ``changed``, when given, names every record of ``new`` that may differ from the db
    (``TablesCache.changed``); the others are not compared. Records present in the db
    but missing from ``new`` are kept: deletion is a tombstone (``deleted: true``),
    never a removed record, so a merge can see it.
    """
    storage = storage_of(db)
    current = storage.read() or {}
    if changed is None:
        keys: Iterable[RecordKey] = ((n, r) for n, records in new.items() for r in records)
    else:
        keys = changed
    puts: list[tuple[str, str, dict[str, Any]]] = []
    for name, record_id in keys:
        record = new.get(name, {}).get(record_id)
        if record is not None and _differs(current.get(name, {}).get(record_id), record):
            puts.append((name, record_id, record))
    if not puts:
        return False
    for name in {name for name, _id, _record in puts}:
        db.table(name).clear_cache()  # TinyDB's query cache of the table
    return storage.put(puts)


def _differs(stored: dict[str, Any] | None, record: dict[str, Any]) -> bool:
    """Whether ``record`` would be written otherwise than ``stored``: ``1``, ``1.0`` and
    ``True`` are equal, but not written alike."""
    if stored is record:
        return False
    if stored is None or stored != record:
        return True
    return compact_text(stored) != compact_text(record)
