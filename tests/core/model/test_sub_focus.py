"""The focus on a sub-item (Ctrl+G "9.3") lives in the event log: it survives a save and
ends when the meeting moves on, the secretary goes back to the item, or it is closed."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from model import live
from model.demo import demo_agenda
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from model.sub_items import focused_sub

T0 = datetime(2022, 5, 6, 8, 30)


def test_focus_is_kept_and_ends_as_the_meeting_moves(tmp_path: Path) -> None:
    meeting = demo_agenda()
    item5 = meeting.agenda[4]
    first, second, _third = meeting.sub_items(item5.id)
    live.go_to_item(meeting, second.id, T0)
    assert meeting.header.current_item == item5.id
    assert focused_sub(meeting) is second
    live.go_to_item(meeting, second.id, T0 + timedelta(minutes=1))  # again: one event
    focus_events = [e for e in meeting.events if e.kind.value == "sub_item_focused"]
    assert len(focus_events) == 1

    stored = Archive(tmp_path).create(meeting)
    with MeetingStore(stored, read_only=True) as store:
        again = store.meeting
    focus = focused_sub(again)
    assert focus is not None and focus.id == second.id

    live.go_to_item(meeting, item5.id, T0 + timedelta(minutes=2))  # back to item 5
    assert focused_sub(meeting) is None
    live.go_to_item(meeting, first.id, T0 + timedelta(minutes=3))
    assert focused_sub(meeting) is first
    live.table_item(meeting, first.id, T0 + timedelta(minutes=4))  # closed: back to 5
    assert focused_sub(meeting) is None
    live.go_to_item(meeting, second.id, T0 + timedelta(minutes=5))
    live.next_item(meeting, T0 + timedelta(minutes=6))  # the meeting moved on
    assert meeting.header.current_item == meeting.agenda[5].id
    assert focused_sub(meeting) is None


def test_a_sub_item_of_another_item_moves_the_meeting_there() -> None:
    meeting = demo_agenda()
    item3, item5 = meeting.agenda[2], meeting.agenda[4]
    live.go_to_item(meeting, item5.id, T0)
    region = meeting.sub_items(item3.id)[0]
    live.go_to_item(meeting, region.id, T0 + timedelta(minutes=1))
    assert meeting.header.current_item == item3.id
    assert focused_sub(meeting) is region
