"""The next meeting from the last: built from the demo meeting, saved, followed up."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from model.agenda import AgendaItem
from model.agenda_import import agenda_items, parse_agenda
from model.demo import demo_meeting
from model.enums import ActionStatus, AttendanceStatus, ItemKind, ItemOrigin
from model.next_meeting import (
    ACTION_ID,
    ACTION_MEETING,
    build_next_meeting,
    follow_ups,
    report_action,
    with_agenda,
)
from model.registers import action_register, load_index
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore


def test_demo_next_meeting() -> None:
    demo = demo_meeting()
    nxt = build_next_meeting(demo)
    header = nxt.header
    assert header.date == date(2022, 6, 17)
    assert (header.planned_start, header.planned_end) == (time(8, 30), time(11, 0))
    assert header.place == "Huddinge kommunhus, lokal Valhall alt digitalt"
    assert header.body == demo.header.body and header.id != demo.id
    # roster and roles, attendance not yet taken
    assert [(p.id, p.role) for p in nxt.people] == [(p.id, p.role) for p in demo.people]
    assert all(p.status is AttendanceStatus.UNKNOWN for p in nxt.people)
    # the tabled items 8 and 9 return, marked as such
    returning = [i for i in nxt.agenda if i.origin is ItemOrigin.CARRIED_OVER]
    assert [(i.title, i.carried_from_number) for i in returning] == [
        ("Tvärförbindelse Södertörn", "8"),
        ("Aktuellt från nätverken", "9"),
    ]
    assert all(i.carried_from_meeting == demo.id for i in returning)
    # standing items by their marks, in order, and numbered
    kinds = [i.kind for i in nxt.agenda]
    assert kinds[:2] == [ItemKind.OPENING, ItemKind.OUTSTANDING]
    assert kinds[-2:] == [ItemKind.ANY_OTHER_BUSINESS, ItemKind.NEXT_MEETING]
    assert [i.number for i in nxt.agenda] == [str(n) for n in range(1, len(nxt.agenda) + 1)]
    # the open action is listed under outstanding matters, with owner and due date
    outstanding = nxt.agenda[1]
    (listed,) = nxt.sub_items(outstanding.id)
    (action,) = demo.live_actions()
    assert listed.extra[ACTION_ID] == action.id
    assert listed.extra[ACTION_MEETING] == demo.id
    assert listed.presenter == "Helene Olofsson"
    assert listed.extra["action_due"] == "2022-06-15"
    # no notes, decisions, actions or AOB items come along
    assert not nxt.decisions and not nxt.actions
    assert all(i.origin is not ItemOrigin.ANY_OTHER_BUSINESS for i in nxt.items)


def test_saved_next_meeting_and_action_reported_done(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "archive")
    demo = demo_meeting()
    archive.create(demo)
    nxt = build_next_meeting(demo, roster=archive.roster_for(demo.header.body))
    path = archive.create(nxt)
    (open_row,) = action_register(load_index(archive))
    assert open_row.meeting == demo.id and open_row.item_number == "3"
    with MeetingStore(path) as store:
        (follow_up,) = follow_ups(store.meeting)
        report_action(store.meeting, follow_up, datetime(2022, 6, 17, 9, 0))
        store.save()
    assert action_register(load_index(archive)) == []
    (done,) = action_register(load_index(archive), include_closed=True)
    assert done.status is ActionStatus.DONE
    assert done.done_in_meeting == nxt.id and done.meeting == demo.id
    assert done.done_date == date(2022, 6, 17)


def test_report_action_without_follow_up_item_adds_one() -> None:
    demo = demo_meeting()
    other = build_next_meeting(demo, actions=[])
    assert not follow_ups(other)
    (action,) = demo.live_actions()
    item = report_action(other, action, datetime(2022, 6, 17, 9, 0))
    parent = other.item(item.parent)
    assert parent is not None and parent.kind is ItemKind.OUTSTANDING
    assert item.extra["action_status"] == "done"


def test_next_meeting_with_imported_agenda_keeps_carry_overs() -> None:
    demo = demo_meeting()
    nxt = build_next_meeting(demo)
    imported = agenda_items(
        parse_agenda("1. Välkommen\n2. Tvärförbindelse Södertörn\n3. Budget\n4. Övriga frågor\n")
    )
    merged = with_agenda(nxt, imported)
    titles = [i.title for i in merged.agenda]
    assert titles[:3] == [
        "Välkommen",
        "Utestående ärenden och föregående möten",
        "Tvärförbindelse Södertörn",
    ]
    assert "Aktuellt från nätverken" in titles  # returning, though the agenda forgot it
    assert titles.index("Aktuellt från nätverken") < titles.index("Övriga frågor")
    assert merged.agenda[2].origin is ItemOrigin.CARRIED_OVER
    assert len(follow_ups(merged)) == 1
    assert merged.item(follow_ups(merged)[0].parent).kind is ItemKind.OUTSTANDING  # type: ignore[union-attr]


def test_default_standing_items_when_last_meeting_has_none() -> None:
    demo = demo_meeting()
    for item in demo.items:
        item.kind = ItemKind.REGULAR
    nxt = build_next_meeting(demo)
    kinds = [i.kind for i in nxt.agenda]
    for kind in (ItemKind.OPENING, ItemKind.PREVIOUS_MINUTES, ItemKind.OUTSTANDING):
        assert kind in kinds
    assert kinds[-2:] == [ItemKind.ANY_OTHER_BUSINESS, ItemKind.NEXT_MEETING]


def test_procedural_items_return_in_their_place() -> None:
    """A protokoll's "Val av justerare" and "Fastställande av dagordning" come back at
    the next meeting, before the business, in the order they had."""
    demo = demo_meeting()
    opening = demo.agenda[0]
    verifiers = AgendaItem(id="verif", title="Val av justerare", kind=ItemKind.VERIFIERS)
    agenda = AgendaItem(
        id="dag", title="Fastställande av dagordning", kind=ItemKind.AGENDA_APPROVAL
    )
    base = opening.position
    verifiers.position, agenda.position = base + 1, base + 2
    demo.items += [verifiers, agenda]
    nxt = build_next_meeting(demo)
    titles = [i.title for i in nxt.agenda]
    assert titles[:3] == [opening.title, "Val av justerare", "Fastställande av dagordning"]
    assert [i.kind for i in nxt.agenda[1:3]] == [ItemKind.VERIFIERS, ItemKind.AGENDA_APPROVAL]
