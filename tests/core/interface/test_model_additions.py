"""The model pieces the live screen added: undo history, header edits, timing, demo agenda."""

from __future__ import annotations

import copy
from datetime import date, datetime, time, timedelta
from pathlib import Path

from model import live
from model.demo import demo_agenda, demo_meeting
from model.editing import (
    HeaderEdit,
    edit_header,
    find_people,
    mark_remaining,
    set_next_meeting,
)
from model.enums import AttendanceStatus, ItemStatus, MeetingState, Role
from model.history import History
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from model.timing import format_duration, minutes_over, projected_end, used_seconds

NOW = datetime(2022, 5, 6, 8, 30)


def test_demo_agenda_is_the_demo_meeting_before_minuting() -> None:
    done, fresh = demo_meeting(), demo_agenda()
    assert [p.name for p in fresh.people] == [p.name for p in done.people]
    assert all(p.status is AttendanceStatus.UNKNOWN for p in fresh.people)
    assert [i.title for i in fresh.agenda] == [i.title for i in done.agenda]
    assert len(fresh.sub_items(fresh.agenda[2].id)) == 5
    assert not fresh.decisions and not fresh.actions and not fresh.events
    assert all(not i.notes for i in fresh.items)
    assert fresh.header.state is MeetingState.DRAFT and fresh.header.actual_start is None
    assert {i.id for i in fresh.items}.isdisjoint({i.id for i in done.items})


def test_undo_and_redo_restore_states_and_leave_tombstones_on_disk(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    path = archive.create(demo_agenda())
    with MeetingStore(path) as store:
        history = History(store.meeting)
        meeting = store.meeting
        first = meeting.people[0]
        live.set_attendance(meeting, first.id, AttendanceStatus.PRESENT, NOW)
        store.save()
        history.commit(meeting)
        decision = live.add_decision(meeting, meeting.agenda[4].id, "Beslut", NOW)
        store.save()
        history.commit(meeting)
        undone = history.undo(meeting)
        assert undone is not None
        store.save(undone)
        assert undone.live_decisions() == []
        assert undone.person(first.id).status is AttendanceStatus.PRESENT  # type: ignore[union-attr]
        redone = history.redo(undone)
        assert redone is not None
        store.save(redone)
        assert [d.text for d in redone.live_decisions()] == ["Beslut"]
        again = history.undo(redone)
        assert again is not None
        store.save(again)
        again2 = history.undo(again)
        assert again2 is not None
        store.save(again2)
        assert history.undo(again2) is None
    with MeetingStore(path, read_only=True) as reopened:
        meeting = reopened.meeting
        assert meeting.person(first.id).status is AttendanceStatus.UNKNOWN  # type: ignore[union-attr]
        tomb = meeting.decision(decision.id)
        assert tomb is not None and tomb.deleted  # the file keeps the record as a tombstone


def test_header_edit_moves_roles_and_sets_next_meeting() -> None:
    meeting = demo_agenda()
    camilla = find_people(meeting, "cam")[0]
    helene = find_people(meeting, "olof")[0]
    edit_header(
        meeting,
        HeaderEdit(
            place="Stadshuset",
            remote="Zoom",
            planned_start=time(9, 0),
            planned_end=time(10, 0),
            chair=camilla.id,
            verifiers=(helene.id,),
        ),
    )
    assert meeting.chair is camilla and camilla.role is Role.CHAIR
    assert [p for p in meeting.people if p.role is Role.CHAIR] == [camilla]
    assert meeting.header.place == "Stadshuset" and meeting.header.verifiers == [helene.id]
    set_next_meeting(meeting, date(2022, 6, 17), time(8, 30), time(11, 0), " Valhall ")
    assert meeting.header.next_date == date(2022, 6, 17) and meeting.header.next_place == "Valhall"


def test_mark_remaining_leaves_registered_people_alone() -> None:
    meeting = demo_agenda()
    first = meeting.people[0]
    live.set_attendance(meeting, first.id, AttendanceStatus.REMOTE, NOW)
    changed = mark_remaining(meeting, AttendanceStatus.PRESENT, NOW)
    assert len(changed) == 9 and first.status is AttendanceStatus.REMOTE


def test_projected_end_warns_when_the_agenda_does_not_fit() -> None:
    meeting = demo_agenda()  # 145 planned minutes, 8.30-11.00
    live.next_item(meeting, NOW)
    assert projected_end(meeting, NOW) == NOW + timedelta(minutes=145)
    assert minutes_over(meeting, NOW) == 0
    later = NOW + timedelta(minutes=30)  # item 1 (5 min planned) ran 30 minutes
    assert used_seconds(meeting, meeting.agenda[0], later) == 30 * 60
    assert minutes_over(meeting, later) == 20
    live.table_item(meeting, meeting.agenda[7].id, later)
    assert meeting.agenda[7].status is ItemStatus.TABLED
    assert minutes_over(meeting, later) == 5
    assert format_duration(3723) == "1:02:03" and format_duration(65) == "1:05"


def test_an_undone_decision_leaves_no_gap_in_the_numbers() -> None:
    meeting = demo_agenda()
    item = meeting.agenda[4].id
    live.add_decision(meeting, item, "Ett", NOW)
    wrong = live.add_decision(meeting, item, "Fel", NOW)
    live.delete(wrong)
    assert live.add_decision(meeting, item, "Två", NOW).number == 2


def test_after_a_merge_undo_cannot_drop_the_other_side_s_edits() -> None:
    meeting = demo_meeting()
    history = History(meeting)
    meeting.header.place = "Mitt rum"
    history.commit(meeting)
    merged = copy.deepcopy(meeting)
    merged.items[0].notes = "Ordförandens rättelse."  # arrived through a sync merge
    history.reset(merged)
    assert not history.can_undo and not history.can_redo
    assert history.undo(merged) is None
    assert merged.items[0].notes == "Ordförandens rättelse."


def test_practice_copy_keeps_the_roster_ids_and_moves_to_today() -> None:
    finished = demo_meeting()
    practice = demo_agenda(finished, on=datetime(2026, 11, 26, 18, 47))
    assert [p.id for p in practice.people] == [p.id for p in finished.people]
    assert practice.header.date == date(2026, 11, 26)
    header = practice.header
    assert (header.planned_start, header.planned_end) == (time(18, 30), time(21, 0))
    assert finished.header.date == date(2022, 5, 6)
