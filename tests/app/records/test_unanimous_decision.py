"""A decision marked unanimous in the decision form itself: the model, the form typed as a
burst, and the Word document in Swedish, English and German."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from export.exporter import export_meeting
from export.markdown import meeting_markdown
from model import live
from model.demo import demo_meeting
from model.enums import DecisionMethod, DocumentKind, Language
from model.live import LiveError
from model.procedure import VoteInput, add_vote
from model.record_edits import DecisionEdit, edit_decision
from model.store.meeting_store import MeetingStore
from model.votes import VoteMethod, is_unanimous_word
from tests.app.screens.helpers import burst, demo_archive, make_app, settle
from tests.core.export.conftest import blocks
from tui.screens.form import FormScreen
from tui.screens.meeting import MeetingScreen

NOW = datetime(2022, 5, 6, 9, 0)
SENTENCES = {
    Language.SV: "Beslutet är enhälligt.",
    Language.EN: "The decision was unanimous.",
    Language.DE: "Der Beschluss wurde einstimmig gefasst.",
}


def test_unanimous_words_are_one_list() -> None:
    for word in ("enhälligt", "Unanimous", " einstimmig ", "nem  con"):
        assert is_unanimous_word(word)
    assert not is_unanimous_word("7-2-0") and not is_unanimous_word("")


def test_a_decision_is_marked_unanimous_and_edited_back() -> None:
    meeting = demo_meeting()
    item = meeting.agenda[1].id
    decision = live.add_decision(meeting, item, "Programmet antas.", NOW, unanimous=True)
    assert decision.method is DecisionMethod.UNANIMOUS and decision.votes_for is None
    with pytest.raises(LiveError):
        live.add_decision(meeting, item, "Nej.", NOW, votes=(3, 1, 0), unanimous=True)
    edit_decision(meeting, decision.id, DecisionEdit("Programmet antas.", (5, 1, 0)), NOW)
    assert decision.method is DecisionMethod.VOTE and decision.votes_for == 5
    edit_decision(meeting, decision.id, DecisionEdit("Programmet antas.", unanimous=True), NOW)
    assert decision.method is DecisionMethod.UNANIMOUS and decision.votes_for is None
    with pytest.raises(LiveError):
        edit_decision(meeting, decision.id, DecisionEdit("x", (1, 0, 0), unanimous=True), NOW)


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", [DocumentKind.NOTES, DocumentKind.PROTOKOLL])
def test_the_document_says_unanimous(
    language: Language, kind: DocumentKind, tmp_path: Path
) -> None:
    meeting = demo_meeting()
    meeting.header.language, meeting.header.kind = language, kind
    item = meeting.agenda[1].id
    live.add_decision(meeting, item, "Programmet antas.", NOW, unanimous=True)
    texts = [b.text for b in blocks(export_meeting(meeting, "docx", tmp_path / "m.docx"))]
    decided = next(n for n, text in enumerate(texts) if "Programmet antas." in text)
    assert texts[decided + 1] == SENTENCES[language]
    assert sum(text == SENTENCES[language] for text in texts) == 1


def test_a_unanimous_vote_record_is_not_said_twice() -> None:
    meeting = demo_meeting()
    item = meeting.agenda[1].id
    live.add_decision(meeting, item, "Programmet antas.", NOW, unanimous=True)
    add_vote(meeting, item, VoteInput(VoteMethod.UNANIMOUS), NOW)
    assert meeting_markdown(meeting).count("Beslutet är enhälligt.") == 1


@pytest.mark.asyncio
async def test_the_decision_form_marks_it_unanimous_and_shows_the_vote(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<ctrl+n>", "<alt+v>", "enhälligt", "<enter>")
        burst(app, "<ctrl+d>")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.notice == "Under punkten finns: Omröstning: enhälligt"
        burst(app, "Programmet antas", "<tab>", "enhälligt", "<enter>")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        shown = str(app.screen.item_view.query_one("#item-records").render())
        assert "Programmet antas  enhälligt" in shown
        # the records list opens the same form, showing it back as typed
        burst(app, "<alt+l>", "e")
        await settle(pilot)
        edit = app.screen
        assert isinstance(edit, FormScreen)
        assert edit.values()["votes"] == "enhälligt"
    with MeetingStore(path, read_only=True) as store:
        (decision,) = store.meeting.live_decisions()
    assert decision.text == "Programmet antas"
    assert decision.method is DecisionMethod.UNANIMOUS and decision.votes_for is None
