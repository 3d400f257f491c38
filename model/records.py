"""Conversion between model dataclasses and the plain JSON records the store keeps.

One generic converter, driven by the dataclass fields and their type hints, so the
rule "how a field is written to disk" lives in one place. Unknown fields found in a
record (written by a newer version, or by another tool) are kept in ``extra`` and
written back unchanged, so a round trip never drops data.
"""

from __future__ import annotations

import copy
import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date, datetime, time
from enum import Enum
from functools import cache
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from model.tracked import Tracked, built

R = TypeVar("R")

#: Fields every record carries but that are not dataclass fields of their own.
EXTRA_FIELD = "extra"


@cache
def field_hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _encode(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    return value


def strip_optional(hint: Any) -> Any:
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return hint


def decode_value(hint: Any, value: Any) -> Any:
    return None if value is None else _decoder(hint)(value)


@cache
def _decoder(hint: Any) -> Callable[[Any], Any]:
    """The function decoding a non-null stored value of a field typed ``hint``.

    Worked out once per type: decoding thousands of records (the archive index, a long
    meeting) must not inspect type hints for every value.
    """
    hint = strip_optional(hint)
    origin = get_origin(hint)
    if origin is list:
        (inner,) = get_args(hint) or (Any,)
        item = _decoder(inner)

        def decode_list(value: Any) -> Any:
            if not isinstance(value, list):
                return []
            return [None if v is None else item(v) for v in value]

        return decode_list
    if origin is dict:
        return lambda value: copy.deepcopy(value) if isinstance(value, dict) else {}
    if isinstance(hint, type):
        if issubclass(hint, Enum):
            enum_cls = hint

            def decode_enum(value: Any) -> Any:
                try:
                    return enum_cls(value)
                except ValueError:
                    return _enum_fallback(enum_cls)

            return decode_enum
        converter = _CONVERTERS.get(hint)
        if converter is not None:
            return converter
    return _same


def _same(value: Any) -> Any:
    return _detached(value)  # a value of no known type (``Any``) may be a dict or a list


_CONVERTERS: dict[type, Callable[[Any], Any]] = {
    datetime: datetime.fromisoformat,
    date: date.fromisoformat,
    time: time.fromisoformat,
    bool: bool,
    int: int,
    float: float,
    str: str,
}


def _enum_fallback(enum_cls: type[Enum]) -> Enum:
    """An unknown enum value (from a newer version) falls back to the first member."""
    return next(iter(enum_cls))


#: Values written as they are (exact types: an Enum subclassing str is not one of them).
_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})


@cache
def record_fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in ("id", EXTRA_FIELD))


def _encoder_for(kind: type) -> Callable[[Any], Any]:
    """How a value of exactly type ``kind`` is written (``_encode``'s answer, looked up
    once per type: a save encodes every record of the meeting)."""
    found = _BY_TYPE.get(kind)
    if found is None:
        if issubclass(kind, Enum):
            found = _enum_value
        elif issubclass(kind, datetime):
            found = _datetime_text
        else:
            found = _encode  # dates, times, lists, dicts and anything else: as _encode does
        _BY_TYPE[kind] = found
    return found


def _enum_value(value: Enum) -> Any:
    return value.value


def _datetime_text(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


_BY_TYPE: dict[type, Callable[[Any], Any]] = {}


def to_record(obj: Any) -> dict[str, Any]:
    """Encode a model dataclass as a JSON-ready dict (without its id)."""
    record: dict[str, Any] = {}
    cls: type = type(obj)  # as ``type``: a ``type[Any]`` is not Hashable to mypy's cache
    for name in record_fields(cls):
        value = getattr(obj, name)
        kind = type(value)
        record[name] = value if kind in _PLAIN_TYPES else _encoder_for(kind)(value)
    extra = getattr(obj, EXTRA_FIELD, None) or {}
    for key, value in extra.items():
        if key not in record:
            record[key] = _detached(value)
    return record


def _detached(value: Any) -> Any:
    """``value`` itself if it cannot change, else a deep copy: a record and the object
    it was made from (or made into) must share nothing that can change."""
    return value if type(value) in _PLAIN_TYPES else copy.deepcopy(value)


@cache
def _record_decoders(cls: type) -> tuple[dict[str, Callable[[Any], Any]], bool]:
    """Per field of ``cls`` (but ``id`` and ``extra``) its decoder; whether it has ``extra``."""
    hints = field_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    decoders = {n: _decoder(hints[n]) for n in names if n not in ("id", EXTRA_FIELD)}
    return decoders, EXTRA_FIELD in names


#: a field's default when a record lacks it: (name, value, factory), in field order
_Defaults = tuple[tuple[str, Any, Callable[[], Any] | None], ...]


@cache
def _direct_defaults(cls: type) -> _Defaults | None:
    """For a ``Tracked`` record class whose ``__init__`` only sets its fields (no
    ``__post_init__``, no init-only or non-init field): each field and its default
    (``dataclasses.MISSING`` when it has none). None: decode through ``__init__``."""
    if not issubclass(cls, Tracked) or hasattr(cls, "__post_init__"):
        return None
    record_class: Any = cls  # a dataclass: ``fields`` wants one
    fields = dataclasses.fields(record_class)
    if len(fields) != len(getattr(cls, "__dataclass_fields__", {})) or not all(
        f.init for f in fields
    ):
        return None
    found: list[tuple[str, Any, Callable[[], Any] | None]] = []
    for f in fields:
        factory: Any = f.default_factory
        found.append((f.name, f.default, None if factory is dataclasses.MISSING else factory))
    return tuple(found)


def from_record(cls: type[R], record_id: str, record: dict[str, Any]) -> R:
    """Decode a stored record into ``cls``; unknown fields go to ``extra``."""
    plain: type = cls  # as ``type``: a ``type[R]`` is not Hashable to mypy's cache
    decoders, has_extra = _record_decoders(plain)
    kwargs: dict[str, Any] = {"id": record_id}
    extra: dict[str, Any] = {}
    for key, value in record.items():
        decode = decoders.get(key)
        if decode is not None:
            kwargs[key] = None if value is None else decode(value)
        elif key != "id":
            extra[key] = _detached(value)
    if has_extra:
        kwargs[EXTRA_FIELD] = extra
    defaults = _direct_defaults(plain)
    if defaults is None:
        return cls(**kwargs)
    values: dict[str, Any] = {}  # as ``__init__`` would set them, without its setattr
    for name, default, factory in defaults:
        if name in kwargs:
            values[name] = kwargs[name]
        elif factory is not None:
            values[name] = factory()
        elif default is not dataclasses.MISSING:
            values[name] = default
        else:
            return cls(**kwargs)  # a required field missing: __init__ says which
    return built(cls, values)
