"""``meeting_to_tables`` for a meeting encoded again and again: the open meeting's saves.

A save used to encode every record of the meeting (``to_record``: an enum's value, a
time's text, per field) to find the one that changed. The cache keeps, per record, the
values it was encoded from and the record it gave; a record whose values are equal to
the kept ones (numbers of the same types: ``1``, ``1.0`` and ``True`` are equal but
written differently) gives the kept record again, without being encoded. Reading the values is
one C call per record (``operator.attrgetter``).

It stays correct because:

- the kept values are copies (a list or dict value is deep-copied when kept): a record
  changed in place, ``item.verifiers.append(...)``, differs from what was kept;
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
from typing import Any

from model.codec import HEADER_TABLE, OPTIONAL_TABLES, RECORD_TABLES, Tables
from model.meeting import Meeting
from model.records import EXTRA_FIELD, field_hints, record_fields, strip_optional, to_record
from model.store.schema import RecordKey

#: Values kept as they are (they cannot change in place).
_IMMUTABLE = frozenset({str, int, float, bool, type(None), datetime, date, time})

#: what is kept of a record: its class, its values (copies), their types, the record
_Entry = tuple[type, tuple[Any, ...], Any, dict[str, Any]]


@cache
def _readers(
    cls: type,
) -> tuple[Callable[[Any], tuple[Any, ...]], Callable[[tuple[Any, ...]], Any]]:
    """For an object of ``cls``: the values ``to_record`` reads from it (its fields and
    ``extra``) as one tuple, and of those values the types that matter.

    Equal values are written alike but for numbers (``1``, ``1.0`` and ``True`` are equal,
    their text is not), so the types of the fields typed as numbers are compared too.
    """
    names = (*record_fields(cls), EXTRA_FIELD)
    hints = field_hints(cls)
    numeric = [
        n
        for n, name in enumerate(names)
        if name in hints and _is_number(strip_optional(hints[name]))
    ]
    values: Callable[[Any], tuple[Any, ...]] = operator.attrgetter(*names)
    if not numeric:
        return values, _no_kinds
    pick = operator.itemgetter(*numeric)
    if len(numeric) == 1:
        return values, lambda found: type(pick(found))
    return values, lambda found: tuple(map(type, pick(found)))


def _is_number(hint: Any) -> bool:
    return hint in (int, float, bool)


def _no_kinds(_found: tuple[Any, ...]) -> None:
    return None


def _kept(value: Any) -> Any:
    kind = type(value)
    if kind in _IMMUTABLE or issubclass(kind, Enum):
        return value
    return copy.deepcopy(value)


class TablesCache:
    """The tables of one meeting, encoded again only where a record changed."""

    def __init__(self) -> None:
        #: table -> record id -> (its class, values kept, their types, the record)
        self._known: dict[str, dict[str, _Entry]] = {}
        #: table -> the dict last handed out for it
        self._handed: dict[str, dict[str, Any]] = {}
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
        self._known = {}
        self._handed = {}
        self._changed = None

    def tables(self, meeting: Meeting) -> Tables:
        """Equal to ``meeting_to_tables(meeting)``; the records must not be changed (nor
        the tables: a table none of whose records changed is the same dict as last time)."""
        known, handed, changed = self._known, self._handed, self._changed
        tables: Tables = {}
        for name, records in self._tables_of(meeting):
            kept = known.setdefault(name, {})
            previous = handed.get(name)
            same = previous is not None and len(previous) == len(records)
            cls: type | None = None
            for rec in records:
                if type(rec) is not cls:
                    cls = type(rec)
                    values_of, kinds_of = _readers(cls)  # type: ignore[arg-type]  # a class is Hashable
                values = values_of(rec)
                entry = kept.get(rec.id)
                if (
                    entry is None
                    or entry[1] != values
                    or entry[0] is not cls
                    or entry[2] != kinds_of(values)
                ):
                    if changed is not None:
                        changed.add((name, rec.id))
                    kept[rec.id] = (
                        cls,
                        tuple(map(_kept, values)),
                        kinds_of(values),
                        to_record(rec),
                    )
                    same = False
            if same and previous is not None:
                tables[name] = previous
                continue
            table = {rec.id: kept[rec.id][3] for rec in records}
            if len(kept) != len(table):  # records gone from the meeting's lists
                known[name] = {record_id: kept[record_id] for record_id in table}
            tables[name] = handed[name] = table
        for name in handed.keys() - tables.keys():  # an optional table emptied
            del handed[name]
            known.pop(name, None)
        return tables

    @staticmethod
    def _tables_of(meeting: Meeting) -> list[tuple[str, list[Any]]]:
        found: list[tuple[str, list[Any]]] = [(HEADER_TABLE, [meeting.header])]
        for name, (_cls, attr) in RECORD_TABLES.items():
            records = getattr(meeting, attr)
            if records or name not in OPTIONAL_TABLES:
                found.append((name, records))
        return found
