"""The TinyDB storage of every store file: in-memory reads, atomic batched writes.

TinyDB's stock ``JSONStorage`` can leave a corrupt file when killed, and its
``CachingMiddleware`` loses acknowledged writes (PITFALLS.md). This storage keeps the
decoded file in memory (we are the only writer, guaranteed by the meeting lock), and
every write replaces the file atomically. Writes inside ``batch()`` are collected and
written once at the end, so one user action is one write.

A save encodes again only the records ``upsert_changed`` replaced (``noting``); the text
of every other record is reused (``CachedEncoder``). Any write that comes another way
makes the next save check every record.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

from model.ids import new_id
from model.store.errors import ReadOnly, SaveFailed
from model.store.files import CachedEncoder, atomic_write
from model.store.schema import Tables


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
        # the records changed since the last write, when every change was noted (the
        # writes of ``upsert_changed``); None when some write came another way
        self._changed: set[tuple[str, str]] | None = None
        self._noting = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._data = data
        if not self._noting:
            self._changed = None
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

    @contextlib.contextmanager
    def noting(self) -> Iterator[set[tuple[str, str]]]:
        """Writes inside change only the records the caller adds to the yielded set."""
        if self._changed is None and self._written is not None:
            self._encoder.encode(self._data)  # a baseline of what is on disk
            self._changed = set()
        noted: set[tuple[str, str]] = set()
        self._noting = True
        try:
            yield noted
        finally:
            self._noting = False
            if self._changed is not None:
                self._changed |= noted

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


def upsert_changed(db: TinyDB, new: Tables) -> bool:
    """Write every record of ``new`` that differs from the db, in one atomic write.

    Records present in the db but missing from ``new`` are kept: deletion is a
    tombstone (``deleted: true``), never a removed record, so a merge can see it.
    """
    storage = storage_of(db)
    current = storage.read() or {}
    before = storage.written_bytes
    with storage.batch(), storage.noting() as noted:
        for name, records in new.items():
            old = current.get(name, {})
            table = db.table(name)
            for record_id, record in records.items():
                if old.get(record_id) != record:
                    noted.add((name, record_id))
                    if record_id in old:
                        table.remove(doc_ids=[record_id])  # type: ignore[list-item]  # str ids, see RecordTable
                    table.insert(Document(record, doc_id=record_id))  # type: ignore[arg-type]  # as above
    return storage.written_bytes is not before
