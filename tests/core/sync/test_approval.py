"""Approval (justering): hash, lock, tag, verify, reopen; conflicts resolved by the user."""

from __future__ import annotations

from datetime import datetime

import pytest

from model.approval import ApprovalError, approve, content_hash, is_locked, reopen, verify
from model.conflict_resolution import OURS, THEIRS, set_text, take
from model.demo import demo_meeting
from model.enums import MeetingState
from model.events import EventKind
from model.meeting import Meeting
from sync.status import approval_tags, tag_approval
from tests.core.sync.conftest import CHAIR, Pair, git
from tests.core.sync.helpers import edit, read

NOW = datetime(2024, 5, 8, 9, 0)


def test_hash_ignores_events_and_bookkeeping_but_not_content() -> None:
    meeting = demo_meeting()
    digest = content_hash(meeting)
    meeting.header.current_item = meeting.agenda[2].id
    meeting.agenda[1].elapsed_seconds += 60
    assert content_hash(meeting) == digest
    meeting.live_decisions()[0].text += "."
    assert content_hash(meeting) != digest


def test_approve_locks_and_reopen_is_recorded() -> None:
    meeting = demo_meeting()
    approve(meeting, "Olle Ordförande", NOW)
    assert is_locked(meeting) and verify(meeting).ok
    with pytest.raises(ApprovalError):
        approve(meeting, "Olle Ordförande", NOW)
    reopen(meeting, "Olle Ordförande", NOW, "fel datum")
    assert meeting.header.state is MeetingState.AWAITING_APPROVAL
    assert meeting.events[-1].kind is EventKind.REOPENED
    assert meeting.events[-1].detail == "fel datum"


def test_approval_refused_with_open_conflicts(pair: Pair) -> None:
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "title", "S"))
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "title", "C"))
    pair.sync(pair.secretary)
    pair.sync(pair.chair)
    meeting = read(pair.path(pair.chair))
    with pytest.raises(ApprovalError) as info:
        approve(meeting, "Olle", NOW)
    assert info.value.code == "open_conflicts"


def test_verify_detects_content_changed_behind_the_apps_back(pair: Pair) -> None:
    path = pair.path(pair.chair)
    edit(path, lambda m: approve(m, "Olle Ordförande", NOW))
    meeting = read(path)
    tag = tag_approval(pair.chair, path, meeting.id, meeting.header.approved_hash, CHAIR)
    assert tag and approval_tags(pair.chair, meeting.id) == [tag]
    assert verify(read(path)).ok
    # someone edits the JSON by hand
    text = path.read_text(encoding="utf-8")
    decision = meeting.live_decisions()[0].text
    path.write_text(text.replace(decision, decision + " Tillägg."), encoding="utf-8")
    result = verify(read(path))
    assert result.approved and not result.unchanged
    # the tagged commit still holds the approved content
    assert decision + " Tillägg." not in git(pair.chair, "show", f"{tag}:meetings/{path.name}")


def test_secretary_sees_the_meeting_locked_after_the_chair_approves(pair: Pair) -> None:
    path = pair.path(pair.chair)
    edit(path, lambda m: approve(m, "Olle Ordförande", NOW))
    meeting = read(path)
    tag_approval(pair.chair, path, meeting.id, meeting.header.approved_hash, CHAIR)
    assert pair.sync(pair.chair).pushed
    assert pair.sync(pair.secretary).merged
    assert is_locked(read(pair.path(pair.secretary)))
    assert git(pair.secretary, "tag", "--list").strip().startswith("approved/")


def test_edits_merged_into_an_approved_meeting_reopen_it_flagged(pair: Pair) -> None:
    edit(pair.path(pair.chair), lambda m: approve(m, "Olle", NOW))
    edit(pair.path(pair.secretary), lambda m: setattr(m.agenda[0], "notes", "Sen rättelse"))
    assert pair.sync(pair.chair).pushed
    assert pair.sync(pair.secretary).merged
    meeting = read(pair.path(pair.secretary))
    assert meeting.agenda[0].notes == "Sen rättelse"
    assert meeting.header.state is MeetingState.AWAITING_APPROVAL
    assert [c.kind for c in meeting.open_conflicts()] == ["approved_edited"]


@pytest.mark.parametrize("side", [OURS, THEIRS, "edit"])
def test_resolving_a_conflict(pair: Pair, side: str) -> None:
    def sec(m):  # type: ignore[no-untyped-def]
        m.agenda[3].notes = (
            m.agenda[3].notes.replace("kort status", "kort status (S)") + "\n\nSist S"
        )

    def chair(m):  # type: ignore[no-untyped-def]
        notes = m.agenda[3].notes.replace("kort status", "kort status (C)")
        m.agenda[3].notes = notes.replace("klimatstrategier:", "klimatstrategier (C2):")

    edit(pair.path(pair.secretary), sec)
    edit(pair.path(pair.chair), chair)
    pair.sync(pair.secretary)
    pair.sync(pair.chair)

    def resolve(m):  # type: ignore[no-untyped-def]
        (conflict,) = m.open_conflicts()
        if side == "edit":
            set_text(m, conflict, "Ihopskrivet", "Olle", NOW)
        else:
            take(m, conflict, side, "Olle", NOW)

    edit(pair.path(pair.chair), resolve)
    meeting = read(pair.path(pair.chair))
    notes = meeting.agenda[3].notes
    assert meeting.open_conflicts() == []
    (conflict,) = meeting.conflicts
    assert conflict.resolved_by == "Olle" and conflict.resolved_at is not None
    if side == "edit":
        assert notes == "Ihopskrivet"
    else:  # the clean edits of both sides stay whichever version is taken
        assert "klimatstrategier (C2):" in notes and notes.endswith("Sist S")
        assert ("(C)" in notes) == (side == OURS) and ("(S)" in notes) == (side == THEIRS)
    # the resolution travels to the other side as a record
    assert pair.sync(pair.chair).pushed
    pair.sync(pair.secretary)
    assert read(pair.path(pair.secretary)).open_conflicts() == []


def test_review_of_a_chair_who_never_looked_starts_at_the_shared_draft(pair: Pair) -> None:
    """The draft as first shared is the starting point: its items are not "new", and the
    live timers the secretary's keys set are not changes a reviewer has to read."""
    from model import live
    from sync.diff import group_changes, meeting_changes

    def minute(m: Meeting) -> None:
        live.start_meeting(m, NOW)
        live.next_item(m, NOW)
        m.agenda[0].notes = "Ordföranden hälsade välkommen."
        live.next_item(m, NOW)
        live.add_decision(m, m.agenda[1].id, "Mötet beslutar att godkänna dagordningen.", NOW)

    edit(pair.path(pair.secretary), minute)
    assert pair.sync(pair.secretary).pushed
    assert pair.sync(pair.chair).merged
    ref, changes = meeting_changes(pair.chair, pair.path(pair.chair), None)
    assert ref == ""  # "since the meeting was first shared"
    assert not [c for c in changes if c.table == "items" and c.kind == "added"]
    assert not {c.field for c in changes} & {"started_at", "ended_at", "elapsed_seconds"}
    notes = [c for c in changes if c.field == "notes"]
    assert [(c.new, c.by) for c in notes] == [
        ("Ordföranden hälsade välkommen.", "Sara Sekreterare")
    ]
    # grouped in the minutes' order (the decision table sorts first, item 2 comes second)
    meeting = read(pair.path(pair.chair))
    places = [place.label for place, _ in group_changes(meeting, changes) if place.kind == "item"]
    first, second = (f"{i.number} {i.title}" for i in meeting.agenda[:2])
    assert places[:2] == [first, second]
