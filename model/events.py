"""The timestamped log of what happened live."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from model.tracked import Tracked


class EventKind(StrEnum):
    MEETING_STARTED = "meeting_started"
    MEETING_ENDED = "meeting_ended"
    ITEM_STARTED = "item_started"
    ITEM_ENDED = "item_ended"
    SUB_ITEM_FOCUSED = "sub_item_focused"  # a sub-item of the current item taken up (item)
    SUB_ITEM_LEFT = "sub_item_left"  # back to the current item itself
    ITEM_TABLED = "item_tabled"
    ITEM_REFERRED_BACK = "item_referred_back"
    ITEM_WITHDRAWN = "item_withdrawn"
    ITEM_ADDED = "item_added"
    ITEM_MOVED = "item_moved"  # detail: "up" or "down"
    ITEM_DELETED = "item_deleted"  # before the meeting started (a tombstone stays)
    ITEM_PROMOTED = "item_promoted"  # an AOB matter made an agenda item (detail: number)
    ATTENDANCE_SET = "attendance_set"
    PERSON_ARRIVED = "person_arrived"
    PERSON_LEFT = "person_left"
    DECISION_ADDED = "decision_added"
    ACTION_ADDED = "action_added"
    RECORD_EDITED = "record_edited"  # extra: table, record
    RECORD_DELETED = "record_deleted"  # extra: table, record (a tombstone stays)
    APPROVED = "approved"
    REOPENED = "reopened"
    MOTION_ADDED = "motion_added"
    VOTE_ADDED = "vote_added"
    ELECTION_ADDED = "election_added"


@dataclass
class Event(Tracked):
    id: str
    at: datetime
    kind: EventKind
    item: str | None = None
    person: str | None = None
    detail: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
