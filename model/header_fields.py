"""The fields of a new meeting's header, as keyword arguments mypy checks.

``new_header(**fields)`` takes any of ``MeetingHeader``'s fields but its fresh id. This
typed dict names them with their types so a misspelt field or a wrong type fails the
type check, not the meeting at run time. tests/model/test_header_fields.py keeps it the
same as ``MeetingHeader``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypedDict

from model.enums import DocumentKind, Language, MeetingState


class HeaderFields(TypedDict, total=False):
    """Every field of ``MeetingHeader`` but ``id`` and ``body`` (given apart)."""

    kind: DocumentKind
    language: Language
    title: str
    date: dt.date | None
    planned_start: dt.time | None
    planned_end: dt.time | None
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    place: str
    remote: str
    verifiers: list[str]
    rules: str
    next_date: dt.date | None
    next_start: dt.time | None
    next_end: dt.time | None
    next_place: str
    state: MeetingState
    current_item: str | None
    approved_by: str
    approved_at: dt.datetime | None
    approved_hash: str
    extra: dict[str, Any]
