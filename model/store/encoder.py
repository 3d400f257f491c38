"""``encode`` for a store file written again and again, with the same bytes.

The pretty-printing JSON encoder (``indent``) is pure Python and was most of the cost of
a save beyond the fsync. A store file is an object of tables, each an object of records.
``CachedEncoder`` keeps, per table, its record ids in sorted order with each record's
compact encoding (the fast C encoder) and its text in the file, and the table's whole
bytes. A save names the records it set (``changed``); then

- a table none of whose records was set reuses its bytes;
- in a table with records set, those records are encoded (compactly, and for the file
  only if the compact text differs: by the C encoder when the record holds plain values
  only) and put in their place by id (``bisect``), and the table's bytes are joined
  again from the kept texts in C; nothing else of the table is looked at. Records added
  after all the others (the events table grows at its end, change after change) are
  added to the table's bytes kept, which are not joined again.

Without ``changed`` every record is encoded compactly and compared with the kept text
(a record changed in place is found). Anything not of that shape goes to ``encode``,
and a table whose ids are not the ones kept plus those named is encoded anew.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from typing import Any

from model.store.files import encode
from model.store.schema import RecordKey

_COMPACT = json.JSONEncoder(sort_keys=True, ensure_ascii=False)  # the C encoder
_PRETTY = json.JSONEncoder(sort_keys=True, indent=1, ensure_ascii=False)  # pure Python
#: the C encoder writing a flat record's fields one a line, as ``_PRETTY`` does two
#: levels deep (where records sit in the file)
_LINES = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",\n   ", ": "))
#: values a flat record holds (exact types: anything else goes to ``_PRETTY``)
_FLAT = frozenset({str, int, float, bool, type(None)})
_EMPTY = frozenset({list, dict})


def compact_text(data: Any) -> str:
    """``data`` as compact canonical JSON (sorted keys; the C encoder): two values with
    the same text are written alike."""
    return _COMPACT.encode(data)


def _text(record_id: str, record: dict[str, Any]) -> bytes:
    """A record's text in the file (records sit two levels deep): for a record of plain
    values (and empty lists or objects) by the C encoder, else by ``_PRETTY``."""
    if record and all(type(v) in _FLAT or (type(v) in _EMPTY and not v) for v in record.values()):
        body = f"{{\n   {_LINES.encode(record)[1:-1]}\n  }}"
    else:
        body = _PRETTY.encode(record).replace("\n", "\n  ")
    return f"\n  {_COMPACT.encode(record_id)}: {body}".encode()


class _Table:
    """The kept encoding of one table: its ids sorted, per id the compact encoding and
    the text, and the table's bytes in the file (label, braces and all), joined from the
    first ``joined`` texts."""

    __slots__ = ("compacts", "head", "ids", "joined", "texts", "whole")

    def __init__(self, name: str) -> None:
        self.head = f"\n {json.dumps(name, ensure_ascii=False)}: {{".encode()
        self.ids: list[str] = []
        self.compacts: list[str] = []
        self.texts: list[bytes] = []
        self.whole = bytearray()
        self.joined = 0

    def join(self, since: int = 0) -> None:
        """The table's bytes from its texts again; ``since``: the first text that changed
        (none before it did). Texts added after all those joined (the events table grows
        at its end) are added to the bytes kept, the rest is joined anew."""
        texts, whole = self.texts, self.whole
        if since >= len(texts) and whole:
            return
        if 0 < since == self.joined:
            del whole[-3:]  # the table's closing b"\n }"
            whole += b","
        else:
            whole = self.whole = bytearray(self.head)
            since = 0
        whole += b",".join(texts[since:]) if since else b",".join(texts)
        whole += b"\n }" if texts else b"}"
        self.joined = len(texts)

    def same_ids(self, records: dict[str, Any]) -> bool:
        """Whether ``records`` has the ids kept (when every record set was named, a table
        only gains records: then the same number is the same ids)."""
        return len(records) == len(self.ids)

    def set_records(self, records: dict[str, Any], noted: set[str]) -> int | None:
        """Put the records ``noted`` in their place; the first position whose text
        changed (the number of texts: none did), or None when one is not a record (the
        table is then encoded anew)."""
        ids, compacts, texts = self.ids, self.compacts, self.texts
        first = len(ids)
        for record_id in noted:
            record = records.get(record_id)
            if not isinstance(record_id, str) or not isinstance(record, dict):
                return None
            compact = _COMPACT.encode(record)
            at = bisect_left(ids, record_id)
            if at < len(ids) and ids[at] == record_id:
                if compacts[at] == compact:
                    continue
                compacts[at], texts[at] = compact, _text(record_id, record)
            else:
                ids.insert(at, record_id)
                compacts.insert(at, compact)
                texts.insert(at, _text(record_id, record))
            first = min(first, at)
        return first

    @classmethod
    def build(cls, name: str, records: dict[str, Any], known: _Table | None) -> _Table | None:
        """Every record encoded compactly; a record's text is reused from ``known`` when
        its compact encoding is the one kept. None: not a table of records."""
        if not all(isinstance(rid, str) and isinstance(rec, dict) for rid, rec in records.items()):
            return None
        kept = (
            {}
            if known is None
            else dict(zip(known.ids, zip(known.compacts, known.texts, strict=True), strict=True))
        )
        table = cls(name)
        table.ids = sorted(records)
        for record_id in table.ids:
            record = records[record_id]
            compact = _COMPACT.encode(record)
            old = kept.get(record_id)
            table.compacts.append(compact)
            table.texts.append(
                old[1] if old is not None and old[0] == compact else _text(record_id, record)
            )
        table.join()
        return table


class CachedEncoder:
    """``encode`` for a store file written again and again (see the module docstring)."""

    def __init__(self) -> None:
        self._tables: dict[str, _Table] = {}

    def encode(self, data: Any, changed: set[RecordKey] | None = None) -> bytes:
        """The canonical bytes of ``data``. ``changed``, when given, names every record
        that may differ from the last call (table, id); the others are trusted unchanged
        without being encoded again. Without it each record is checked."""
        if not isinstance(data, dict) or not data or not all(isinstance(n, str) for n in data):
            self._tables = {}
            return encode(data)
        by_table: dict[str, set[str]] | None = None
        if changed is not None:
            by_table = {}
            for table_name, record_id in changed:
                by_table.setdefault(table_name, set()).add(record_id)
        fresh: dict[str, _Table] = {}
        pieces: list[bytes | bytearray] = [b"{"]
        for name in sorted(data):
            records = data[name]
            if not isinstance(records, dict):
                self._tables = {}
                return encode(data)
            table = self._reused(name, records, by_table)
            if table is None:
                table = _Table.build(name, records, self._tables.get(name))
                if table is None:
                    self._tables = {}
                    return encode(data)
            fresh[name] = table
            if len(pieces) > 1:
                pieces.append(b",")
            pieces.append(table.whole)
        self._tables = fresh
        pieces.append(b"\n}\n")
        return b"".join(pieces)

    def _reused(
        self, name: str, records: dict[str, Any], by_table: dict[str, set[str]] | None
    ) -> _Table | None:
        """The kept table brought up to date with the records named, or None when it
        must be encoded anew (nothing named: every record checked, or its ids differ)."""
        table = self._tables.get(name)
        if by_table is None or table is None:
            return None
        noted = by_table.get(name)
        if noted:
            since = table.set_records(records, noted)
            if since is None:
                self._tables.pop(name)  # half set: not to be reused
                return None
            if not table.same_ids(records):
                return None
            table.join(since)
            return table
        return table if table.same_ids(records) else None
