"""Agenda changes before and during the meeting, and how numbers behave."""

from __future__ import annotations

from datetime import datetime

import pytest

from model import live
from model.agenda_edits import delete_item, move_item, new_item, new_sub_item
from model.events import EventKind
from tests.core.model.test_live import small_meeting

T1 = datetime(2024, 3, 1, 18, 30)


def numbered(meeting: object) -> list[tuple[str, str]]:
    return [(i.number, i.title) for i in meeting.agenda]  # type: ignore[attr-defined]


def test_before_the_start_the_agenda_is_renumbered_after_every_change() -> None:
    m = small_meeting()  # 1 Öppnande, 2 Ekonomi, 3 Övriga frågor
    new_item(m, "Val av justerare", T1, after=m.agenda[0].id)
    assert numbered(m) == [("1", "Öppnande"), ("2", "Val av justerare"), ("3", "Ekonomi"),
                           ("4", "Övriga frågor")]  # fmt: skip
    assert move_item(m, m.agenda[2].id, -1, T1)
    assert numbered(m)[1:3] == [("2", "Ekonomi"), ("3", "Val av justerare")]
    assert not move_item(m, m.agenda[0].id, -1, T1)  # already first
    gone = delete_item(m, m.agenda[1].id, T1)
    assert gone.deleted and gone in m.items  # a tombstone
    assert numbered(m) == [("1", "Öppnande"), ("2", "Val av justerare"), ("3", "Övriga frågor")]
    assert m.events[-1].kind is EventKind.ITEM_DELETED


def test_aob_matters_follow_their_items_number_before_the_start() -> None:
    m = small_meeting()
    matter = live.add_any_other_business(m, "Parkering", None, T1)
    assert matter.number == "3.1"
    move_item(m, m.agenda[2].id, -1, T1)
    assert matter.number == "2.1"


def test_once_started_numbers_stay_and_a_new_item_is_3_a() -> None:
    m = small_meeting()
    live.next_item(m, T1)
    live.next_item(m, T1)  # at item 2
    inserted = new_item(m, "Extra ärende", T1, after=m.current.id)  # type: ignore[union-attr]
    assert inserted.number == "2 a"
    at_end = new_item(m, "Sist", T1)
    assert at_end.number == "4"
    assert move_item(m, m.agenda[3].id, -1, T1)  # "Övriga frågor" before "2 a"
    assert [i.number for i in m.agenda] == ["1", "2", "3", "2 a", "4"]
    with pytest.raises(live.LiveError):
        delete_item(m, m.agenda[0].id, T1)
    sub = new_sub_item(m, m.agenda[0].id, "Del", T1)
    delete_item(m, sub.id, T1)  # a sub-item may go after the start
    assert m.sub_items(m.agenda[0].id) == []
    assert any(e.kind is EventKind.ITEM_MOVED for e in m.events)
