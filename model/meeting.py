"""The meeting: its header and every record taken during it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from model.actions import Action
from model.agenda import AgendaItem
from model.conflicts import Conflict
from model.decisions import Decision, Statement
from model.elections import Election
from model.electorate_record import ElectorateRecord
from model.enums import DocumentKind, Language, MeetingState, Role
from model.events import Event
from model.motions import Motion
from model.people import Attendance, Presence
from model.tracked import Tracked
from model.upcoming_record import UpcomingMeeting
from model.votes import Vote


@dataclass
class MeetingHeader(Tracked):
    """Everything about a meeting that is one value: who, when, where, what kind."""

    id: str
    body: str
    kind: DocumentKind = DocumentKind.NOTES
    language: Language = Language.SV
    title: str = ""
    date: dt.date | None = None
    planned_start: dt.time | None = None
    planned_end: dt.time | None = None
    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None
    place: str = ""
    remote: str = ""  # remote option, e.g. "Teams" ("alt Teams")
    verifiers: list[str] = field(default_factory=list)  # person ids (justerare)
    rules: str = ""  # the body's standing rule, shown in the document
    next_date: dt.date | None = None
    next_start: dt.time | None = None
    next_end: dt.time | None = None
    next_place: str = ""
    state: MeetingState = MeetingState.DRAFT
    current_item: str | None = None
    approved_by: str = ""
    approved_at: dt.datetime | None = None
    approved_hash: str = ""
    item_times: bool = False  # print each item's clock times (a body setting)
    quorum: str = ""  # the body's quorum rule (model/quorum.py); "" = more than half
    quorum_declared: bool = False  # "Mötet förklaras beslutfört"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Meeting:
    """A meeting with all its records. Deleted records stay as tombstones."""

    header: MeetingHeader
    attendance: list[Attendance] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    presence: list[Presence] = field(default_factory=list)  # intervals, serving, jäv
    motions: list[Motion] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    elections: list[Election] = field(default_factory=list)
    upcoming: list[UpcomingMeeting] = field(default_factory=list)  # kommande möten
    electorates: list[ElectorateRecord] = field(default_factory=list)  # röstlängd

    @property
    def id(self) -> str:
        return self.header.id

    # -- live views (tombstones hidden) ---------------------------------------------

    @property
    def people(self) -> list[Attendance]:
        """The attendance list in its display order."""
        return sorted((p for p in self.attendance if not p.deleted), key=lambda p: p.position)

    @property
    def agenda(self) -> list[AgendaItem]:
        """Top-level agenda items in order."""
        return sorted(
            (i for i in self.items if not i.deleted and i.parent is None),
            key=lambda i: i.position,
        )

    def sub_items(self, item_id: str) -> list[AgendaItem]:
        return sorted(
            (i for i in self.items if not i.deleted and i.parent == item_id),
            key=lambda i: i.position,
        )

    def item_decisions(self, item_id: str) -> list[Decision]:
        return sorted(
            (d for d in self.decisions if not d.deleted and d.item == item_id),
            key=lambda d: d.number,
        )

    def decision_statements(self, decision_id: str) -> list[Statement]:
        return [s for s in self.statements if not s.deleted and s.decision == decision_id]

    def item_actions(self, item_id: str) -> list[Action]:
        return [a for a in self.actions if not a.deleted and a.item == item_id]

    def live_decisions(self) -> list[Decision]:
        return sorted((d for d in self.decisions if not d.deleted), key=lambda d: d.number)

    def live_actions(self) -> list[Action]:
        return [a for a in self.actions if not a.deleted]

    def open_conflicts(self) -> list[Conflict]:
        """Sync conflicts the user has not resolved yet."""
        return [c for c in self.conflicts if not c.deleted and not c.resolved]

    # -- lookup --------------------------------------------------------------------

    def person(self, person_id: str | None) -> Attendance | None:
        return next((p for p in self.attendance if p.id == person_id), None)

    def item(self, item_id: str | None) -> AgendaItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    def decision(self, decision_id: str | None) -> Decision | None:
        return next((d for d in self.decisions if d.id == decision_id), None)

    def action(self, action_id: str | None) -> Action | None:
        return next((a for a in self.actions if a.id == action_id), None)

    def top_item(self, item_id: str | None) -> AgendaItem | None:
        """The top-level agenda item an item or sub-item belongs to."""
        item = self.item(item_id)
        while item is not None and item.parent is not None:
            item = self.item(item.parent)
        return item

    def item_index(self, item_id: str | None) -> int | None:
        """Position of a top-level item in the agenda (0-based), for "from item N" rules."""
        top = self.top_item(item_id)
        if top is None:
            return None
        for index, candidate in enumerate(self.agenda):
            if candidate.id == top.id:
                return index
        return None

    def item_label(self, item_id: str | None) -> str:
        """The number label of an item ("2", "17 a"), or its title when it has none."""
        item = self.item(item_id)
        if item is None:
            return "?"
        return item.number or item.title

    @property
    def current(self) -> AgendaItem | None:
        return self.item(self.header.current_item)

    @property
    def chair(self) -> Attendance | None:
        return next((p for p in self.people if p.role is Role.CHAIR), None)

    @property
    def secretary(self) -> Attendance | None:
        return next((p for p in self.people if p.role is Role.SECRETARY), None)
