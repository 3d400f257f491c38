"""Editing and deleting decisions, actions, sub-items and AOB matters in place."""

from __future__ import annotations

import copy
from datetime import date, datetime

import pytest

from model import live
from model.codec import meeting_to_tables, tables_to_meeting
from model.enums import StatementKind
from model.events import EventKind
from model.meeting import Meeting
from model.record_edits import (
    DecisionEdit,
    delete_record,
    edit_action,
    edit_decision,
    edit_item_title,
)
from sync.merge import merge_tables
from tests.core.model.test_live import small_meeting

T1 = datetime(2024, 3, 1, 18, 30)


def three_decisions() -> Meeting:
    m = small_meeting()
    live.next_item(m, T1)
    for text in ("Ett.", "Tvo.", "Tre."):
        live.add_decision(m, m.agenda[0].id, text, T1)
    return m


def test_an_edited_decision_keeps_its_number_and_logs_an_event() -> None:
    m = three_decisions()
    second = m.live_decisions()[1]
    ada, bo = m.people[0], m.people[1]
    edit = DecisionEdit("Två.", (5, 1, 0), (ada.id,), bo.id, "Vill ha det noterat.")
    edit_decision(m, second.id, edit, T1)
    texts = [(d.number, d.text) for d in m.live_decisions()]
    assert texts == [(1, "Ett."), (2, "Två."), (3, "Tre.")]
    assert (second.votes_for, second.votes_against, second.votes_abstain) == (5, 1, 0)
    kinds = {(s.kind, s.person, s.text) for s in m.decision_statements(second.id)}
    assert kinds == {
        (StatementKind.RESERVATION, ada.id, ""),
        (StatementKind.PROTOCOL_NOTE, bo.id, "Vill ha det noterat."),
    }
    event = m.events[-1]
    assert event.kind is EventKind.RECORD_EDITED
    assert event.extra == {"table": "decisions", "record": second.id}


def test_a_statement_left_out_of_the_edit_is_a_tombstone_and_one_kept_keeps_its_id() -> None:
    m = three_decisions()
    first = m.live_decisions()[0]
    ada, bo = m.people[0], m.people[1]
    edit_decision(m, first.id, DecisionEdit("Ett.", None, (ada.id, bo.id)), T1)
    kept = next(s for s in m.decision_statements(first.id) if s.person == ada.id)
    edit_decision(m, first.id, DecisionEdit("Ett.", None, (ada.id,)), T1)
    assert [s.id for s in m.decision_statements(first.id)] == [kept.id]
    assert any(s.deleted and s.person == bo.id for s in m.statements)
    assert first.votes_for is None


def test_a_deleted_decision_stays_as_a_tombstone_and_the_later_ones_move_up() -> None:
    m = three_decisions()
    second = m.live_decisions()[1]
    live.add_statement(m, second.id, StatementKind.RESERVATION, m.people[0].id)
    delete_record(m, "decisions", second.id, T1)
    assert [(d.number, d.text) for d in m.live_decisions()] == [(1, "Ett."), (2, "Tre.")]
    assert second in m.decisions and second.deleted
    assert all(s.deleted for s in m.statements if s.decision == second.id)
    assert m.events[-1].kind is EventKind.RECORD_DELETED
    tables = meeting_to_tables(m)
    assert tables["decisions"][second.id]["deleted"] is True  # never removed from the file


def test_actions_and_aob_matters_are_edited_and_deleted() -> None:
    m = three_decisions()
    ada, bo = m.people[0], m.people[1]
    action = live.add_action(m, m.agenda[0].id, "Ring kommunen", T1, owner=ada.id)
    edit_action(m, action.id, "Ring regionen", T1, owner=bo.id, due=date(2024, 4, 1))
    assert (action.text, action.owner, action.owner_name, action.due) == (
        "Ring regionen", bo.id, "Bo", date(2024, 4, 1),
    )  # fmt: skip
    matter = live.add_any_other_business(m, "Parkering", ada.id, T1)
    edit_item_title(m, matter.id, "Parkeringen", T1, raised_by=bo.id)
    assert (matter.title, matter.raised_by, matter.raised_by_id) == ("Parkeringen", "Bo", bo.id)
    sub = live.add_sub_item(m, m.agenda[1].id, "Budget", T1)
    decision = live.add_decision(m, sub.id, "Budgeten antas.", T1)
    delete_record(m, "items", sub.id, T1)
    assert sub.deleted and decision.deleted
    assert m.sub_items(m.agenda[1].id) == []
    delete_record(m, "actions", action.id, T1)
    assert m.live_actions() == []


def test_a_top_level_item_or_an_unknown_record_is_refused() -> None:
    m = three_decisions()
    with pytest.raises(live.LiveError):
        delete_record(m, "items", m.agenda[0].id, T1)
    with pytest.raises(live.LiveError):
        delete_record(m, "decisions", "nope", T1)
    with pytest.raises(live.LiveError):
        edit_decision(m, m.live_decisions()[0].id, DecisionEdit("  "), T1)


def test_deleted_on_one_side_and_edited_on_the_other_survives_the_merge_with_a_conflict() -> None:
    m = three_decisions()
    second = m.live_decisions()[1]
    base = meeting_to_tables(m)
    ours = tables_to_meeting(copy.deepcopy(base))
    delete_record(ours, "decisions", second.id, T1)
    theirs = tables_to_meeting(copy.deepcopy(base))
    edit_decision(theirs, second.id, DecisionEdit("Två (rättat)."), T1)
    merged, report = merge_tables(base, meeting_to_tables(ours), meeting_to_tables(theirs))
    result = tables_to_meeting(merged)
    survivor = result.decision(second.id)
    assert survivor is not None and survivor.text == "Två (rättat)."
    assert report.conflicts
    kinds = {c.kind for c in result.open_conflicts()}
    assert "deleted_edited" in kinds
