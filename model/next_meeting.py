"""The next meeting of a body, built from its last one.

What carries over, as a secretary would prepare it by hand:
- the roster and roles (people keep their ids, so attendance and actions follow them);
- the standing items (welcome, previous minutes, outstanding matters, any other
  business, next meeting, closing), found by their ``ItemKind`` marks in the last
  meeting, or a default set when the last meeting has none;
- every item tabled last time, marked as returning (origin ``CARRIED_OVER``, with the
  meeting and number it came from) and with its sub-items;
- every open action, as a sub-item of the outstanding-matters item, with owner and due
  date, linked back to the action and the meeting that assigned it;
- date, time and place from the last meeting's first upcoming meeting that is not
  tentative (``model.upcoming.next_planned``); the upcoming meetings after it go on the
  new meeting's own list.

Reporting an action done happens in the meeting where it was reported:
``report_action`` marks that follow-up sub-item; the action's own meeting is never
rewritten (it may be approved). ``model.registers`` reads these reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from model.actions import Action
from model.agenda import AgendaItem
from model.attendance import roster_copy
from model.enums import ActionStatus, ItemKind, ItemOrigin, Language
from model.events import EventKind
from model.ids import new_id
from model.live import LiveError, log
from model.meeting import Meeting, MeetingHeader
from model.people import Attendance
from model.procedure_settings import carried_settings
from model.sub_items import sub_number
from model.upcoming import carried_upcoming, next_planned

# extra keys on a follow-up sub-item (the file format: keep them stable)
ACTION_ID = "action"
ACTION_MEETING = "action_meeting"
ACTION_STATUS = "action_status"
ACTION_DUE = "action_due"
ACTION_OWNER = "action_owner"

STANDING_BEFORE = (
    ItemKind.OPENING,
    ItemKind.OFFICERS,
    ItemKind.VERIFIERS,
    ItemKind.AGENDA_APPROVAL,
    ItemKind.PREVIOUS_MINUTES,
    ItemKind.OUTSTANDING,
)
STANDING_AFTER = (ItemKind.ANY_OTHER_BUSINESS, ItemKind.NEXT_MEETING, ItemKind.CLOSING)

DEFAULT_TITLES: dict[Language, dict[ItemKind, str]] = {
    Language.SV: {
        ItemKind.OPENING: "Välkommen",
        ItemKind.PREVIOUS_MINUTES: "Föregående mötes anteckningar",
        ItemKind.OUTSTANDING: "Utestående ärenden",
        ItemKind.ANY_OTHER_BUSINESS: "Övriga frågor",
        ItemKind.NEXT_MEETING: "Nästa möte",
    },
    Language.EN: {
        ItemKind.OPENING: "Welcome",
        ItemKind.PREVIOUS_MINUTES: "Approval of the previous minutes",
        ItemKind.OUTSTANDING: "Outstanding matters",
        ItemKind.ANY_OTHER_BUSINESS: "Any other business",
        ItemKind.NEXT_MEETING: "Next meeting",
    },
    Language.DE: {
        ItemKind.OPENING: "Begrüßung",
        ItemKind.PREVIOUS_MINUTES: "Genehmigung des Protokolls der letzten Sitzung",
        ItemKind.OUTSTANDING: "Offene Punkte",
        ItemKind.ANY_OTHER_BUSINESS: "Sonstiges",
        ItemKind.NEXT_MEETING: "Nächste Sitzung",
    },
}


@dataclass(frozen=True)
class StandingItem:
    """An item of a body's agenda template: its title and what it is for."""

    title: str
    kind: ItemKind
    presenter: str = ""
    planned_minutes: int | None = None


def roster_from(meeting: Meeting) -> list[Attendance]:
    """The members of a meeting for the next one: no guests or substitutes, status unknown."""
    return roster_copy(meeting.people)


def standing_items(previous: Meeting) -> list[StandingItem]:
    """The standing items of the last meeting by their marks, else the default set."""
    marked = [i for i in previous.agenda if i.kind is not ItemKind.REGULAR]
    if marked:
        return [StandingItem(i.title, i.kind, i.presenter, i.planned_minutes) for i in marked]
    titles = DEFAULT_TITLES[previous.header.language]
    return [StandingItem(title, kind) for kind, title in titles.items()]


def tabled_items(previous: Meeting) -> list[AgendaItem]:
    """Items of the last meeting that return: tabled (top-level items and sub-items)."""
    return [
        i
        for i in sorted(previous.items, key=lambda i: (previous.item_index(i.id) or 0, i.position))
        if not i.deleted and i.returns_next_meeting
    ]


def open_actions(meeting: Meeting) -> list[Action]:
    """The meeting's actions that are still open."""
    return [a for a in meeting.live_actions() if a.status is ActionStatus.OPEN]


def build_next_meeting(
    previous: Meeting,
    *,
    roster: list[Attendance] | None = None,
    actions: list[Action] | None = None,
    template: list[StandingItem] | None = None,
    now: datetime | None = None,
) -> Meeting:
    """A draft of the body's next meeting, ready to be saved with ``Archive.create``.

    ``roster``: the people (default: the last meeting's members). ``actions``: the open
    actions to follow up (default: the last meeting's open actions; the CLI passes all of
    the body's open actions in the archive). ``template``: standing items (default: the
    last meeting's marked items).
    """
    now = now or datetime.now()
    old = previous.header
    language = old.language
    planned = next_planned(previous)  # the first upcoming meeting not tentative
    header = MeetingHeader(
        id=new_id(),
        body=old.body,
        kind=old.kind,
        language=language,
        title=old.title,
        date=planned.day if planned else None,
        planned_start=planned.start if planned else None,
        planned_end=planned.end if planned else None,
        place=(planned.place if planned else "") or old.place,
        remote=old.remote,
        rules=old.rules,
        extra={"previous_meeting": previous.id, **carried_settings(old.extra)},
    )
    meeting = Meeting(header=header, attendance=roster if roster is not None else [])
    meeting.upcoming = carried_upcoming(previous, planned)  # the dates after that one
    if roster is None:
        meeting.attendance = roster_from(previous)
    standing = list(template if template is not None else standing_items(previous))
    follow_up = list(actions if actions is not None else open_actions(previous))
    kinds = {s.kind for s in standing}
    if follow_up and ItemKind.OUTSTANDING not in kinds:
        # open actions need a home: put "outstanding matters" after the opening items
        title = DEFAULT_TITLES[language][ItemKind.OUTSTANDING]
        at = sum(1 for s in standing if s.kind in STANDING_BEFORE)
        standing.insert(at, StandingItem(title, ItemKind.OUTSTANDING))
    before = [s for s in standing if s.kind not in STANDING_AFTER]
    after = [s for s in standing if s.kind in STANDING_AFTER]

    position = 0

    def add_top(item: AgendaItem) -> AgendaItem:
        nonlocal position
        position += 10
        item.position = position
        item.number = str(position // 10)
        meeting.items.append(item)
        return item

    outstanding: AgendaItem | None = None
    for spec in before:
        item = add_top(_standing(spec))
        if spec.kind is ItemKind.OUTSTANDING and outstanding is None:
            outstanding = item
    for old_item in tabled_items(previous):
        returning = add_top(_carried(previous, old_item))
        if old_item.parent is None:
            for sub in previous.sub_items(old_item.id):
                if sub.origin is ItemOrigin.AGENDA:
                    meeting.items.append(_carried_sub(sub, returning))
    for spec in after:
        add_top(_standing(spec))
    if outstanding is not None:
        for index, action in enumerate(_by_due(follow_up)):
            meeting.items.append(follow_up_item(action, outstanding, (index + 1) * 10))
    log(meeting, now, EventKind.ITEM_ADDED, detail=f"next meeting after {previous.id}")
    return meeting


def _standing(spec: StandingItem) -> AgendaItem:
    return AgendaItem(
        id=new_id(),
        title=spec.title,
        kind=spec.kind,
        presenter=spec.presenter,
        planned_minutes=spec.planned_minutes,
    )


def _carried(previous: Meeting, old: AgendaItem) -> AgendaItem:
    number = old.number
    if old.parent is not None:  # a sub-item or AOB matter tabled on its own: "5.2"
        number = sub_number(previous, old)
    return AgendaItem(
        id=new_id(),
        title=old.title,
        presenter=old.presenter,
        planned_minutes=old.planned_minutes,
        origin=ItemOrigin.CARRIED_OVER,
        carried_from_meeting=previous.id,
        carried_from_number=number,
        extra={"carried_from_item": old.id, "tabled_reason": old.status_reason},
    )


def _carried_sub(old: AgendaItem, parent: AgendaItem) -> AgendaItem:
    return AgendaItem(
        id=new_id(),
        title=old.title,
        parent=parent.id,
        position=old.position,
        presenter=old.presenter,
        planned_minutes=old.planned_minutes,
    )


def _by_due(actions: list[Action]) -> list[Action]:
    return sorted(actions, key=lambda a: (a.due or date.max, a.owner_name.casefold(), a.id))


def follow_up_item(action: Action, outstanding: AgendaItem, position: int) -> AgendaItem:
    """A sub-item under "outstanding matters" that follows up one action."""
    return AgendaItem(
        id=new_id(),
        title=action.text,
        parent=outstanding.id,
        position=position,
        presenter=", ".join(action.owner_names),
        extra={
            ACTION_ID: action.id,
            ACTION_MEETING: action.meeting,
            ACTION_STATUS: action.status.value,
            ACTION_DUE: action.due.isoformat() if action.due else "",
            ACTION_OWNER: action.owner or "",
        },
    )


def report_action(
    meeting: Meeting,
    action: Action | AgendaItem,
    now: datetime,
    status: ActionStatus = ActionStatus.DONE,
) -> AgendaItem:
    """Report an action done (or cancelled, or still open) in this meeting.

    ``action`` is a follow-up sub-item of this meeting, or an action of an earlier meeting
    (a follow-up sub-item is then added under outstanding matters, created if missing).
    The action's own meeting is not touched; the registers read the report from here.
    """
    if isinstance(action, AgendaItem):
        item = action
        if ACTION_ID not in item.extra or meeting.item(item.id) is not item:
            raise LiveError("not an action follow-up of this meeting")
    else:
        item = _follow_up_for(meeting, action, now)
    item.extra[ACTION_STATUS] = status.value
    log(meeting, now, EventKind.ITEM_ADDED, item=item.id, detail=f"action {status.value}")
    return item


def _follow_up_for(meeting: Meeting, action: Action, now: datetime) -> AgendaItem:
    for item in meeting.items:
        if not item.deleted and item.extra.get(ACTION_ID) == action.id:
            return item
    outstanding = next((i for i in meeting.agenda if i.kind is ItemKind.OUTSTANDING), None)
    if outstanding is None:
        from model.live import add_item

        first = meeting.agenda[0].id if meeting.agenda else None
        outstanding = add_item(
            meeting, DEFAULT_TITLES[meeting.header.language][ItemKind.OUTSTANDING], now, after=first
        )
        outstanding.kind = ItemKind.OUTSTANDING
    siblings = meeting.sub_items(outstanding.id)
    position = max((s.position for s in siblings), default=0) + 10
    item = follow_up_item(action, outstanding, position)
    meeting.items.append(item)
    return item


def follow_ups(meeting: Meeting) -> list[AgendaItem]:
    """The meeting's follow-up sub-items of actions (live ones)."""
    return [i for i in meeting.items if not i.deleted and ACTION_ID in i.extra]


def with_agenda(meeting: Meeting, imported: list[AgendaItem]) -> Meeting:
    """Give a next meeting (from ``build_next_meeting``) an imported agenda instead of the
    standing items, keeping what must not be lost: returning tabled items the agenda does
    not already hold go before its closing items, and the action follow-ups go under its
    outstanding-matters item (or under the standing one, kept after the opening items).
    """
    built = {i.id: i for i in meeting.items}
    carried = [i for i in meeting.agenda if i.origin is ItemOrigin.CARRIED_OVER]
    carried_subs = [i for i in meeting.items if built.get(i.parent or "") in carried]
    old_outstanding = next((i for i in meeting.agenda if i.kind is ItemKind.OUTSTANDING), None)
    action_subs = [i for i in meeting.items if ACTION_ID in i.extra]
    tops = [i for i in imported if i.parent is None]
    titles = {i.title.casefold().strip() for i in tops}
    missing = [i for i in carried if i.title.casefold().strip() not in titles]
    for item in tops:  # an imported item that is a returning one keeps where it came from
        match = next((c for c in carried if c.title.casefold() == item.title.casefold()), None)
        if match is not None:
            item.origin = ItemOrigin.CARRIED_OVER
            item.carried_from_meeting = match.carried_from_meeting
            item.carried_from_number = match.carried_from_number
    closing = next((n for n, i in enumerate(tops) if i.kind in STANDING_AFTER), len(tops))
    order = tops[:closing] + missing + tops[closing:]
    outstanding = next((i for i in tops if i.kind is ItemKind.OUTSTANDING), None)
    if outstanding is None and action_subs and old_outstanding is not None:
        at = sum(1 for i in order[:closing] if i.kind in STANDING_BEFORE)
        order.insert(at, old_outstanding)
        outstanding = old_outstanding
    for sub in action_subs:
        if outstanding is not None:
            sub.parent = outstanding.id
    numbered = all(i.number.isdigit() or not i.number for i in tops)
    for index, item in enumerate(order):
        item.position = (index + 1) * 10
        if numbered:
            item.number = str(index + 1)
    kept_subs = [i for i in imported if i.parent is not None]
    keep_carried = [i for i in carried_subs if built.get(i.parent or "") in missing]
    meeting.items = order + kept_subs + keep_carried + action_subs
    return meeting
