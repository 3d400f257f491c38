"""``meeting_to_tables`` for a meeting encoded again and again: the open meeting's saves.

A save used to encode every record of the meeting (``to_record``: an enum's value, a
time's text, per field) to find the one that changed, and then to compare every field
of every record with a copy of it. The cache keeps, per table, for each position of the
meeting's list the record's revision (model/tracked.py: drawn afresh whenever one of its
fields is set), copies of its watched fields (those whose values can change in place:
lists and dicts, ``extra`` among them), its id and the record it gave. A table is
compared with what was kept as a few whole lists in C, the revisions and each watched
field's values, so a save of a long meeting runs no Python code per record: only the
positions that differ (a record set or changed in place, events appended at the end,
records moved) are looked at one by one, by id, and encoded again if their revision or
watched values are not the ones kept.

It stays correct because:

- every setting of a field draws a new revision: a record with the revision kept has
  every field it had when it was encoded, but for values changed in place, which are
  compared with deep copies (``item.verifiers.append(...)`` differs from the copy);
  a copy of a record (``copy.deepcopy``) keeps its revision with the same fields;
- a position is trusted only when the record there has the revision and the watched
  values kept for that position; one of another class is encoded with its table whole;
- the records it hands out are shared from call to call (and with undo steps), so
  nobody may change them: everyone who edits tables copies them first (history, merge);
- ``changed`` names every record that differs from what was handed out when
  ``settle()`` was last called (the last successful write). After a failed write
  ``forget()`` drops everything, and the next call names every record again.
"""

from __future__ import annotations

import copy
import dataclasses
import operator
import typing
from collections.abc import Callable
from datetime import date, datetime, time
from enum import Enum
from functools import cache
from itertools import compress
from typing import Any

from model.codec import HEADER_TABLE, OPTIONAL_TABLES, RECORD_TABLES, Tables
from model.meeting import Meeting
from model.records import field_hints, strip_optional, to_record
from model.store.schema import RecordKey
from model.tracked import revision_of

#: Values kept as they are (they cannot change in place).
_IMMUTABLE = frozenset({str, int, float, bool, type(None), datetime, date, time, type})

#: what is kept of a record by id: its revision, copies of its watched values, the record
_Entry = tuple[int, tuple[Any, ...], dict[str, Any]]


@cache
def watched_fields(cls: type) -> tuple[str, ...]:
    """The fields of record class ``cls`` whose values can change in place: typed as a
    list, a dict (``extra`` among them), any other generic, or ``Any``."""
    hints = field_hints(cls)
    watched = []
    for field in dataclasses.fields(cls):
        hint = strip_optional(hints.get(field.name, Any))
        if typing.get_origin(hint) is not None or hint in (Any, object):
            watched.append(field.name)
    return tuple(watched)


@cache
def _watchers(cls: type) -> tuple[Callable[[Any], Any], ...]:
    return tuple(operator.attrgetter(name) for name in watched_fields(cls))


def _copied(value: Any) -> Any:
    kind = type(value)
    if kind in _IMMUTABLE or issubclass(kind, Enum):
        return value
    return copy.deepcopy(value)


def _encoded(obj: Any, revision: int, watched: list[list[Any]], position: int) -> _Entry:
    """What is kept of ``obj``, the record at ``position``: its revision, copies of its
    watched values (``watched``: per watched field, the values of the table) and the
    record ``to_record`` makes of it."""
    return revision, tuple(_copied(column[position]) for column in watched), to_record(obj)


class _Kept:
    """What is kept of one table: per position of the meeting's list the record's
    revision, id and record, per watched field the copies of its values (all records of
    class ``cls``), by id the same (``_Entry``), and the table last handed out."""

    __slots__ = ("by_id", "cls", "handed", "ids", "records", "revisions", "watched")

    def __init__(self, cls: type | None = None) -> None:
        self.cls = cls
        self.revisions: list[int] = []
        self.watched: list[list[Any]] = [[] for _ in _watchers(cls)] if cls else []
        self.ids: list[str] = []
        self.records: list[dict[str, Any]] = []
        self.by_id: dict[str, _Entry] = {}
        self.handed: dict[str, dict[str, Any]] | None = None


class TablesCache:
    """The tables of one meeting, encoded again only where a record changed."""

    def __init__(self) -> None:
        #: table -> what is kept of it
        self._kept: dict[str, _Kept] = {}
        #: the records changed since ``settle()``; None: every record (nothing known)
        self._changed: set[RecordKey] | None = None

    @property
    def changed(self) -> set[RecordKey] | None:
        """The records that may differ from the last settled tables (None: any)."""
        return self._changed

    def settle(self) -> None:
        """The tables last handed out are on disk now."""
        self._changed = set()

    def forget(self) -> None:
        """Nothing handed out is trusted any more (a write failed, the file was read again)."""
        self._kept = {}
        self._changed = None

    def tables(self, meeting: Meeting) -> Tables:
        """Equal to ``meeting_to_tables(meeting)``; the records must not be changed (nor
        the tables: a table none of whose records changed is the same dict as last time)."""
        tables: Tables = {}
        for name, objects in self._tables_of(meeting):
            tables[name] = self._table(name, objects)
        for name in self._kept.keys() - tables.keys():  # an optional table emptied
            del self._kept[name]
        return tables

    def _table(self, name: str, objects: list[Any]) -> dict[str, dict[str, Any]]:
        kept = self._kept.get(name)
        cls: type | None = type(objects[0]) if objects else None
        if kept is None or kept.cls is not cls:
            kept = self._kept[name] = _Kept(cls)
        if cls is None:
            kept.handed = kept.handed if kept.handed == {} else {}
            return kept.handed
        try:
            revisions = list(map(revision_of, objects))
            watched = [list(map(value_of, objects)) for value_of in _watchers(cls)]
        except AttributeError:  # not a tracked record, or a field deleted: nothing kept
            return self._mixed(name, objects)
        if kept.handed is not None and revisions == kept.revisions and watched == kept.watched:
            return kept.handed  # the common case for all but one or two tables
        appended = self._appended(name, objects, kept, revisions, watched)
        if appended is not None:
            return appended
        return self._changed_table(name, objects, kept, revisions, watched)

    def _appended(
        self,
        name: str,
        objects: list[Any],
        kept: _Kept,
        revisions: list[int],
        watched: list[list[Any]],
    ) -> dict[str, dict[str, Any]] | None:
        """The table when records were only added after those kept (events are, change
        after change): the table handed out last time and the new ones. None: not so."""
        count, handed, cls = len(kept.revisions), kept.handed, kept.cls
        if handed is None or len(objects) <= count or len(handed) != count:
            return None
        added = objects[count:]
        new_ids = [obj.id for obj in added]
        if len(set(new_ids)) != len(new_ids) or any(i in handed for i in new_ids):
            return None
        if any(type(obj) is not cls for obj in added) or revisions[:count] != kept.revisions:
            return None
        if any(now[:count] != before for now, before in zip(watched, kept.watched, strict=True)):
            return None
        table = handed.copy()
        for position, obj in enumerate(added, start=count):
            entry = _encoded(obj, revisions[position], watched, position)
            kept.by_id[obj.id] = entry
            kept.revisions.append(entry[0])
            for column, value in zip(kept.watched, entry[1], strict=True):
                column.append(value)
            kept.ids.append(obj.id)
            kept.records.append(entry[2])
            table[obj.id] = entry[2]
        if self._changed is not None:
            self._changed.update((name, record_id) for record_id in new_ids)
        kept.handed = table
        return table

    def _changed_table(
        self,
        name: str,
        objects: list[Any],
        kept: _Kept,
        revisions: list[int],
        watched: list[list[Any]],
    ) -> dict[str, dict[str, Any]]:
        """The table where some position differs from what was kept: those positions
        are looked at by id, and encoded again if their record changed."""
        count, common = len(objects), min(len(objects), len(kept.revisions))
        suspects = set(compress(range(common), map(operator.ne, revisions, kept.revisions)))
        for now, before in zip(watched, kept.watched, strict=True):
            suspects.update(compress(range(common), map(operator.ne, now, before)))
        suspects.update(range(common, count))
        padding = [None] * (count - common)
        new_revisions: list[Any] = kept.revisions[:count] + padding
        new_watched: list[list[Any]] = [column[:count] + padding for column in kept.watched]
        new_ids: list[Any] = kept.ids[:count] + padding
        new_records: list[Any] = kept.records[:count] + padding
        by_id, changed = kept.by_id, self._changed
        cls: Any = kept.cls
        fresh = False
        for position in suspects:
            obj: Any = objects[position]
            if type(obj) is not cls:
                return self._mixed(name, objects)
            live = tuple(column[position] for column in watched)
            entry = by_id.get(obj.id)
            if entry is None or entry[0] != revisions[position] or entry[1] != live:
                if changed is not None:
                    changed.add((name, obj.id))
                entry = _encoded(obj, revisions[position], watched, position)
                by_id[obj.id] = entry
                fresh = True
            new_revisions[position], new_ids[position] = entry[0], obj.id
            for column, value in zip(new_watched, entry[1], strict=True):
                column[position] = value
            new_records[position] = entry[2]
        table = dict(zip(new_ids, new_records, strict=True))
        if len(by_id) != len(table):  # records gone from the meeting's list
            kept.by_id = {record_id: by_id[record_id] for record_id in table}
        if not fresh and kept.handed is not None and len(kept.handed) == len(table):
            table = kept.handed  # the same records, moved: the same table
        kept.revisions, kept.watched = new_revisions, new_watched
        kept.ids, kept.records = new_ids, new_records
        kept.handed = table
        return table

    def _mixed(self, name: str, objects: list[Any]) -> dict[str, dict[str, Any]]:
        self._kept.pop(name, None)
        if self._changed is not None:
            self._changed.update((name, obj.id) for obj in objects)
        return {obj.id: to_record(obj) for obj in objects}

    @staticmethod
    def _tables_of(meeting: Meeting) -> list[tuple[str, list[Any]]]:
        found: list[tuple[str, list[Any]]] = [(HEADER_TABLE, [meeting.header])]
        for name, (_cls, attr) in RECORD_TABLES.items():
            records = getattr(meeting, attr)
            if records or name not in OPTIONAL_TABLES:
                found.append((name, records))
        return found
