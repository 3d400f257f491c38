"""Conversion between model dataclasses and the plain JSON records the store keeps.

One generic converter, driven by the dataclass fields and their type hints, so the
rule "how a field is written to disk" lives in one place. Unknown fields found in a
record (written by a newer version, or by another tool) are kept in ``extra`` and
written back unchanged, so a round trip never drops data.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime, time
from enum import Enum
from functools import cache
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

R = TypeVar("R")

#: Fields every record carries but that are not dataclass fields of their own.
EXTRA_FIELD = "extra"


@cache
def _hints(cls: type) -> dict[str, Any]:
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


def _strip_optional(hint: Any) -> Any:
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return hint


def _decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    hint = _strip_optional(hint)
    origin = get_origin(hint)
    if origin is list:
        (inner,) = get_args(hint) or (Any,)
        return [_decode(inner, v) for v in value] if isinstance(value, list) else []
    if origin is dict:
        return dict(value) if isinstance(value, dict) else {}
    if isinstance(hint, type):
        if issubclass(hint, Enum):
            try:
                return hint(value)
            except ValueError:
                return _enum_fallback(hint)
        if hint is datetime:
            return datetime.fromisoformat(value)
        if hint is date:
            return date.fromisoformat(value)
        if hint is time:
            return time.fromisoformat(value)
        if hint is bool:
            return bool(value)
        if hint is int:
            return int(value)
        if hint is float:
            return float(value)
        if hint is str:
            return str(value)
    return value


def _enum_fallback(enum_cls: type[Enum]) -> Enum:
    """An unknown enum value (from a newer version) falls back to the first member."""
    return next(iter(enum_cls))


def to_record(obj: Any) -> dict[str, Any]:
    """Encode a model dataclass as a JSON-ready dict (without its id)."""
    record: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        if f.name in ("id", EXTRA_FIELD):
            continue
        record[f.name] = _encode(getattr(obj, f.name))
    extra = getattr(obj, EXTRA_FIELD, None) or {}
    for key, value in extra.items():
        record.setdefault(key, value)
    return record


def from_record(cls: type[R], record_id: str, record: dict[str, Any]) -> R:
    """Decode a stored record into ``cls``; unknown fields go to ``extra``."""
    hints = _hints(cls)  # type: ignore[arg-type]
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {"id": record_id}
    extra: dict[str, Any] = {}
    for key, value in record.items():
        if key in names and key not in ("id", EXTRA_FIELD):
            kwargs[key] = _decode(hints[key], value)
        elif key != "id":
            extra[key] = value
    if EXTRA_FIELD in names:
        kwargs[EXTRA_FIELD] = extra
    return cls(**kwargs)
