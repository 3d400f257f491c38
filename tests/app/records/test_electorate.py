"""Röstlängd adopted at one item and adjusted at a later one: which is in force where,
votes checked against it, the document in sv/en/de, and the form typed as a burst."""

from __future__ import annotations

import copy
from datetime import datetime
from pathlib import Path

import pytest
from textual.widgets import OptionList

from export.exporter import export_meeting
from model.codec import meeting_to_tables, tables_to_meeting
from model.demo import demo_meeting
from model.electorate import (
    ElectorateInput,
    add_electorate,
    edit_electorate,
    electorate_at,
    is_adoption,
)
from model.enums import DocumentKind, Language
from model.live import LiveError
from model.meeting import Meeting
from model.procedure import VoteInput, add_vote
from model.record_edits import delete_record
from model.store.meeting_store import MeetingStore
from model.validation import validate
from model.votes import VoteMethod
from sync.merge import merge_tables
from tests.app.screens.helpers import burst, demo_archive, make_app, settle
from tests.core.export.conftest import blocks
from tui.screens.form import FormScreen
from tui.screens.meeting import MeetingScreen
from tui.screens.records import RecordsScreen

NOW = datetime(2022, 5, 6, 9, 0)


def _counted(f: int, a: int = 0, n: int = 0, count: int | None = None) -> VoteInput:
    return VoteInput(VoteMethod.COUNT, votes_for=f, votes_against=a, votes_abstain=n,
                     electorate_count=count)  # fmt: skip


def _adjusted(meeting: Meeting) -> tuple[str, str, str]:
    """42 adopted at item 3, adjusted to 43 at item 6 (Anna came, Bo left)."""
    three, six, nine = (meeting.agenda[n].id for n in (2, 5, 8))
    add_electorate(meeting, three, ElectorateInput(42), NOW)
    add_electorate(meeting, six, ElectorateInput(43, ("Anna Berg", "Cecilia Ek"), ("Bo Ek",)), NOW)
    return three, six, nine


def test_the_roestlaengd_in_force_follows_the_agenda() -> None:
    meeting = demo_meeting()
    three, _six, nine = _adjusted(meeting)
    assert electorate_at(meeting, meeting.agenda[0].id) is None
    at_three, at_four = electorate_at(meeting, three), electorate_at(meeting, meeting.agenda[3].id)
    assert at_three is not None and at_four is not None and at_three.count == at_four.count == 42
    at_nine = electorate_at(meeting, nine)
    assert at_nine is not None and at_nine.count == 43
    assert at_nine.joined == ["Anna Berg", "Cecilia Ek"]
    assert is_adoption(meeting, at_three) and not is_adoption(meeting, at_nine)
    again = tables_to_meeting(copy.deepcopy(meeting_to_tables(meeting)))
    back = electorate_at(again, nine)
    assert back is not None and (back.count, back.left) == (43, ["Bo Ek"])


def test_votes_are_checked_against_the_roestlaengd_in_force() -> None:
    meeting = demo_meeting()
    _three, six, nine = _adjusted(meeting)
    with pytest.raises(LiveError, match="roll of voters at this item has 42"):
        add_vote(meeting, meeting.agenda[3].id, _counted(40, 3), NOW)
    add_vote(meeting, nine, _counted(40, 3), NOW)  # 43 may vote from item 6 on
    with pytest.raises(LiveError, match="differs"):
        add_vote(meeting, nine, _counted(30, 2, count=42), NOW)
    add_vote(meeting, nine, _counted(30, 2, count=43), NOW)
    with pytest.raises(LiveError):
        add_electorate(meeting, nine, ElectorateInput(0), NOW)
    with pytest.raises(LiveError, match="joined and left"):
        add_electorate(meeting, nine, ElectorateInput(40, ("Bo Ek",), ("bo ek",)), NOW)
    assert not [p for p in validate(meeting) if p.code == "vote_outside_rostlangd"]
    # lowered afterwards: the vote recorded at item 9 no longer fits, and the check says so
    later = next(r for r in meeting.electorates if r.item == six)
    edit_electorate(meeting, later.id, ElectorateInput(41), NOW)
    found = [p for p in validate(meeting) if p.code == "vote_outside_rostlangd"]
    assert len(found) == 2 and all(
        "41" in p.message("sv") and "41" in p.message("en") for p in found
    )
    assert "röstlängd 43, men röstlängden vid punkten är 41" in " ".join(
        p.message("sv") for p in found
    )
    delete_record(meeting, "electorates", later.id, NOW)
    assert electorate_at(meeting, nine).count == 42  # type: ignore[union-attr]


def test_both_sides_adjustments_survive_a_merge() -> None:
    base = demo_meeting()
    add_electorate(base, base.agenda[2].id, ElectorateInput(42), NOW)
    ours = tables_to_meeting(copy.deepcopy(meeting_to_tables(base)))
    theirs = tables_to_meeting(copy.deepcopy(meeting_to_tables(base)))
    add_electorate(ours, ours.agenda[5].id, ElectorateInput(43), NOW)
    add_electorate(theirs, theirs.agenda[7].id, ElectorateInput(40), NOW)
    merged, report = merge_tables(
        meeting_to_tables(base), meeting_to_tables(ours), meeting_to_tables(theirs)
    )
    assert report.conflicts == []
    result = tables_to_meeting(merged)
    assert [r.count for r in sorted(result.electorates, key=lambda r: r.count)] == [40, 42, 43]
    assert electorate_at(result, result.agenda[6].id).count == 43  # type: ignore[union-attr]


WORDS = {
    Language.SV: ("Röstlängden fastställs till 42 röstberättigade.",
                  "Röstlängden justeras till 43 röstberättigade.",
                  "Tillkommer: Anna Berg, Cecilia Ek.", "Utgår: Bo Ek."),
    Language.EN: ("The roll of voters was adopted with 42 entitled to vote.",
                  "The roll of voters was adjusted to 43 entitled to vote.",
                  "Joined: Anna Berg, Cecilia Ek.", "Left: Bo Ek."),
    Language.DE: ("Die Stimmliste wird mit 42 Stimmberechtigten festgestellt.",
                  "Die Stimmliste wird auf 43 Stimmberechtigte berichtigt.",
                  "Hinzugekommen: Anna Berg, Cecilia Ek.", "Gegangen: Bo Ek."),
}  # fmt: skip


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", list(DocumentKind))
def test_the_document_prints_it_at_its_item(
    language: Language, kind: DocumentKind, tmp_path: Path
) -> None:
    meeting = demo_meeting()
    meeting.header.language, meeting.header.kind = language, kind
    _adjusted(meeting)
    body = blocks(export_meeting(meeting, "docx", tmp_path / "m.docx"))
    headings = [n for n, b in enumerate(body) if b.style == "Heading 1"]
    adopted, adjusted, joined, left = WORDS[language]
    where = {
        key: next(n for n, b in enumerate(body) if key in b.text)
        for key in (adopted, adjusted, joined, left)
    }
    assert headings[2] < where[adopted] < headings[3]  # item 3
    assert headings[5] < where[adjusted] < headings[6]  # item 6
    text = body[where[adjusted]].text
    assert joined in text and left in text and text.index(joined) < text.index(left)


@pytest.mark.asyncio
async def test_the_form_records_and_edits_it(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<alt+shift+v>", "42", "<enter>")
        burst(app, "<ctrl+n>", "<ctrl+n>", "<alt+shift+v>")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen) and form.notice == "Röstlängd nu: 42 röstberättigade."
        burst(app, "43", "<tab>", "Frida Nilsson, Ny Medlem", "<tab>", "Leif Eriksson", "<enter>")
        burst(app, "<alt+shift+v>", "fyrtio", "<enter>")  # not a number: the form stays open
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert "inget heltal" in str(app.screen.query_one("#form-error").render())
        burst(app, "<escape>")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        shown = str(screen.item_view.query_one("#item-records").render())
        assert "Röstlängd: 43 (+ Frida Nilsson, Ny Medlem; - Leif Eriksson)" in shown
        # edited through the records list: 44, nobody left
        burst(app, "<alt+l>")
        await settle(pilot)
        listing = app.screen
        assert isinstance(listing, RecordsScreen)
        start = listing.query_one(OptionList).highlighted or 0
        target = next(n for n, r in enumerate(listing.rows) if r.table == "electorates"
                      and r.item_id == listing.meeting.agenda[2].id)  # fmt: skip
        burst(app, *["<down>"] * (target - start), "e")
        await settle(pilot)
        edit = app.screen
        assert isinstance(edit, FormScreen) and edit.values()["count"] == "43"
        burst(app, *["<backspace>"] * 2, "44", "<tab>", "<tab>", "<ctrl+u>", "<enter>")
        await settle(pilot)
    with MeetingStore(path, read_only=True) as store:
        meeting = store.meeting
    first, second = sorted(meeting.electorates, key=lambda r: r.count)
    assert (first.item, first.count) == (meeting.agenda[0].id, 42)
    assert (second.item, second.count) == (meeting.agenda[2].id, 44)
    assert second.joined == ["Frida Nilsson", "Ny Medlem"] and second.left == []
