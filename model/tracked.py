"""Records that say when a field was set: the base of every record class.

A save must find the one record of a long meeting that changed without comparing every
field of every record (model/codec_cache.py). Each record carries a revision, a number
drawn afresh from one counter each time any of its attributes is set or deleted
(``__setattr__``: the dataclass's ``__init__``, ``item.title = ...``, ``setattr``,
``dataclasses.replace``); no two settings share a number. So a record whose revision is
the one it had when it was last encoded has every field it had then, except for what a
field's value can change in place: a list or a dict (``item.verifiers.append(...)``,
``event.extra["hash"] = ...``). Those fields (typed as a list, a dict or ``Any``) are
compared with copies of them (``watched_fields`` in model/codec_cache.py).

A copy (``copy.copy``, ``copy.deepcopy``) keeps the revision of the record it copies:
it has the same fields, and a field set on either afterwards draws a new number.

What bypasses ``__setattr__`` (``object.__setattr__(record, ...)``, writing into
``record.__dict__``) is not seen: nothing of ours does either but ``built``, which makes
a new record, and tests/core/store/test_fast_save.py checks the codebase for it.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable
from typing import Any, TypeVar

R = TypeVar("R")

#: the attribute holding a record's revision (in its ``__dict__``, not a field)
REVISION = "_revision"

_next_revision = itertools.count(1).__next__
_set = object.__setattr__
_delete = object.__delattr__

#: a record's revision (AttributeError for an object that is not a ``Tracked``)
revision_of: Callable[[Any], int] = operator.attrgetter(REVISION)


class Tracked:
    """Mixed into every record dataclass: a field set draws a new revision."""

    __slots__ = ()

    def __setattr__(self, name: str, value: Any) -> None:
        _set(self, name, value)
        _set(self, REVISION, _next_revision())

    def __delattr__(self, name: str) -> None:
        _delete(self, name)
        _set(self, REVISION, _next_revision())


def built(cls: type[R], values: dict[str, Any]) -> R:
    """A record of class ``cls`` with these fields (every one, in the class's order) and
    a new revision, made without running ``__init__`` (decoding a meeting sets thousands
    of fields: the Python ``__setattr__`` per field would double its cost)."""
    record = object.__new__(cls)
    record.__dict__.update(values)
    _set(record, REVISION, _next_revision())
    return record
