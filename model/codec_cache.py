"""``meeting_to_tables`` for a meeting encoded again and again: the open meeting's saves.

A save used to encode every record of the meeting (``to_record``: an enum's value, a
time's text, per field) to find the one that changed. The cache keeps, per table, what
each record of the meeting's list was when it was last encoded: a copy of its state (its
``__dict__``: every field, ``id`` and ``extra`` included), the types of its number fields
(``1``, ``1.0`` and ``True`` are equal but written differently) and the record it gave.
A table is compared with what was kept as whole lists, position by position, in C
(``map`` over the objects, one list comparison), so a save of a long meeting does not run
Python code per record: only the positions that differ (a record changed, events appended
at the end, records moved) are looked at one by one, by id, and encoded again if their
state is not the one kept.

It stays correct because:

- the kept states are copies (a list or dict value is deep-copied when kept): a record
  changed in place, ``item.verifiers.append(...)``, differs from what was kept;
- a position is trusted only when the record there has the class, the state (its id
  included) and the number types kept for that position;
- the records it hands out are shared from call to call (and with undo steps), so
  nobody may change them: everyone who edits tables copies them first (history, merge);
- ``changed`` names every record that differs from what was handed out when
  ``settle()`` was last called (the last successful write). After a failed write
  ``forget()`` drops everything, and the next call names every record again.
"""

from __future__ import annotations

import copy
import operator
from collections.abc import Callable
from datetime import date, datetime, time
from enum import Enum
from functools import cache
from itertools import compress
from typing import Any

from model.codec import HEADER_TABLE, OPTIONAL_TABLES, RECORD_TABLES, Tables
from model.meeting import Meeting
from model.records import EXTRA_FIELD, field_hints, record_fields, strip_optional, to_record
from model.store.schema import RecordKey

#: Values kept as they are (they cannot change in place).
_IMMUTABLE = frozenset({str, int, float, bool, type(None), datetime, date, time, type})

#: what is kept of a record by id: its class, its state (a copy), its number types, the record
_Entry = tuple[type | None, Any, Any, dict[str, Any]]


@cache
def _readers(cls: type) -> tuple[Callable[[Any], Any], tuple[Callable[[Any], Any], ...]]:
    """For objects of ``cls``: what ``to_record`` reads from one (its state: the
    ``__dict__``, or the fields as a tuple for a class without one), and per field typed
    as a number its value in a state (its type is read a column at a time)."""
    names = record_fields(cls)
    hints = field_hints(cls)
    numeric = [
        n for n, name in enumerate(names) if strip_optional(hints.get(name)) in (int, float, bool)
    ]
    if hasattr(cls, "__slots__"):
        state: Callable[[Any], Any] = operator.attrgetter("id", *names, EXTRA_FIELD)
        return state, tuple(operator.itemgetter(n + 1) for n in numeric)  # "id" first
    state = operator.attrgetter("__dict__")
    return state, tuple(operator.itemgetter(names[n]) for n in numeric)


def _kept(value: Any) -> Any:
    kind = type(value)
    if kind in _IMMUTABLE or issubclass(kind, Enum):
        return value
    return copy.deepcopy(value)


def _copy_state(obj: Any, state: Any) -> Any:
    """A copy of ``state``, the state of ``obj``. A ``__dict__`` is copied as the
    ``__dict__`` of a new object of its class: a dict sharing its keys with every other
    (Python's split dicts), a third the size of a plain one, and quicker to compare."""
    if not isinstance(state, dict):
        return tuple(map(_kept, state))
    clone = object.__new__(type(obj))
    kept: dict[str, Any] = clone.__dict__
    kept.update(state)
    for key, value in state.items():
        if type(value) not in _IMMUTABLE:
            kept[key] = _kept(value)
    return kept


class _Kept:
    """What is kept of one table: per position of the meeting's list the record's state,
    number types, id and record (all of class ``cls``), by id the same (``_Entry``),
    and the table last handed out."""

    __slots__ = ("by_id", "cls", "handed", "ids", "kinds", "records", "states")

    def __init__(self, cls: type | None = None) -> None:
        self.cls = cls
        self.states: list[Any] = []
        self.kinds: list[list[type]] = []
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
        if cls is not None and list(map(type, objects)).count(cls) != len(objects):
            return self._mixed(name, objects)  # not one class: encoded whole, nothing kept
        if kept is None or kept.cls is not cls:
            kept = self._kept[name] = _Kept(cls)
        if cls is None:
            kept.handed = kept.handed if kept.handed == {} else {}
            return kept.handed
        state_of, kinds_of = _readers(cls)
        states = list(map(state_of, objects))
        try:
            kinds = [list(map(type, map(value_of, states))) for value_of in kinds_of]
        except KeyError:  # a field deleted from an object (``del``): nothing to keep
            return self._mixed(name, objects)
        if kept.handed is not None and states == kept.states and kinds == kept.kinds:
            return kept.handed  # the common case for all but one or two tables
        appended = self._appended(name, objects, kept, states, kinds)
        if appended is not None:
            return appended
        return self._changed_table(name, objects, kept, states, kinds)

    def _appended(
        self, name: str, objects: list[Any], kept: _Kept, states: list[Any], kinds: list[list[type]]
    ) -> dict[str, dict[str, Any]] | None:
        """The table when records were only added after those kept (events are, change
        after change): the table handed out last time and the new ones. None: not so."""
        count, handed = len(kept.states), kept.handed
        if handed is None or len(objects) <= count or len(handed) != count:
            return None
        added = objects[count:]
        new_ids = [obj.id for obj in added]
        if len(set(new_ids)) != len(new_ids) or any(i in handed for i in new_ids):
            return None
        if states[:count] != kept.states or any(
            now[:count] != before for now, before in zip(kinds, kept.kinds, strict=True)
        ):
            return None
        table = handed.copy()
        for position, obj in enumerate(added, start=count):
            state = states[position]
            kind = tuple(column[position] for column in kinds)
            entry = (kept.cls, _copy_state(obj, state), kind, to_record(obj))
            kept.by_id[obj.id] = entry
            kept.states.append(entry[1])
            kept.ids.append(obj.id)
            kept.records.append(entry[3])
            table[obj.id] = entry[3]
        if self._changed is not None:
            self._changed.update((name, record_id) for record_id in new_ids)
        kept.kinds = kinds
        kept.handed = table
        return table

    def _changed_table(
        self, name: str, objects: list[Any], kept: _Kept, states: list[Any], kinds: list[list[type]]
    ) -> dict[str, dict[str, Any]]:
        """The table where some position differs from what was kept: those positions
        are looked at by id, and encoded again if their record changed."""
        count, common = len(objects), min(len(objects), len(kept.states))
        suspects = set(compress(range(common), map(operator.ne, states, kept.states)))
        if common:  # (a class's number fields are the same in every table of it)
            for now, before in zip(kinds, kept.kinds, strict=True):
                suspects.update(compress(range(common), map(operator.is_not, now, before)))
        suspects.update(range(common, count))
        padding = [None] * (count - common)
        new_states = kept.states[:count] + padding
        new_ids: list[Any] = kept.ids[:count] + padding
        new_records: list[Any] = kept.records[:count] + padding
        by_id, changed, cls = kept.by_id, self._changed, kept.cls
        fresh = False
        for position in suspects:
            obj, state = objects[position], states[position]
            kind = tuple(column[position] for column in kinds)
            entry = by_id.get(obj.id)
            if entry is None or entry[0] is not cls or entry[1] != state or entry[2] != kind:
                if changed is not None:
                    changed.add((name, obj.id))
                entry = (cls, _copy_state(obj, state), kind, to_record(obj))
                by_id[obj.id] = entry
                fresh = True
            new_states[position], new_ids[position] = entry[1], obj.id
            new_records[position] = entry[3]
        table = dict(zip(new_ids, new_records, strict=True))
        if len(by_id) != len(table):  # records gone from the meeting's list
            kept.by_id = {record_id: by_id[record_id] for record_id in table}
        if not fresh and kept.handed is not None and len(kept.handed) == len(table):
            table = kept.handed  # the same records, moved: the same table
        kept.states, kept.kinds, kept.ids, kept.records = new_states, kinds, new_ids, new_records
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
