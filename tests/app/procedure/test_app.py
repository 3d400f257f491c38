"""Motions, votes and elections typed live, keys in bursts, checked in the saved file."""

from __future__ import annotations

from pathlib import Path

from model.elections import ElectionKind, Officer
from model.enums import Language
from model.events import EventKind
from model.motions import MotionOutcome
from model.procedure_settings import uses_seconding
from model.store.meeting_store import MeetingStore
from model.votes import Ballot, VoteMethod
from tests.app.screens.helpers import burst, demo_archive, make_app, settle
from tui.palette import MinutesCommands
from tui.screens.form import FormScreen
from tui.screens.meeting import MeetingScreen
from tui.screens.records import RecordsScreen

TAB = "<tab>"


async def test_two_motions_a_roll_call_and_the_officers_are_minuted_live(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        # item 1: everybody present, then the meeting's chair and verifier elected
        burst(app, "<ctrl+n>", "<f2>", "*", "<escape>")
        burst(app, "<alt+y>", TAB, "Camilla", TAB, TAB, TAB, TAB, TAB, TAB, TAB,
              "mötesordf", "<enter>")  # fmt: skip
        burst(app, "<alt+y>", TAB, "Carolina Pettersson", TAB, TAB, TAB, TAB, TAB, TAB, TAB,
              "justerare", "<enter>")  # fmt: skip
        # item 2: two competing motions, a roll call on the first
        burst(app, "<ctrl+n>", "<alt+p>", "bifall till förslaget", TAB, "Camilla", TAB,
              "bifall", "<enter>")  # fmt: skip
        burst(app, "<alt+p>", "avslag", TAB, "Magnus", TAB, "avslag", "<enter>")
        burst(app, "<alt+v>", TAB, "1", TAB, TAB, "Camilla Broo, Carolina Pettersson", TAB,
              "Magnus Gyllestad", TAB, "Frida Nilsson", "<enter>")  # fmt: skip
        # item 3: an election among candidates with a secret ballot on it, typed notes after
        burst(app, "<ctrl+n>", "<alt+y>", "Kassör", TAB, "Leif Eriksson", TAB, "omval", TAB,
              "2 år", TAB, "Leif Eriksson, Bo Ek", TAB, "valberedningen", TAB, "1", TAB, "ja",
              "<enter>")  # fmt: skip
        burst(app, "<alt+v>", "Leif Eriksson 6, Bo Ek 2", TAB, TAB, "Kass", TAB, TAB, TAB, TAB,
              TAB, "ja", "<enter>", "Anteckning")  # fmt: skip
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        assert screen.focused is screen.item_view.editor
        shown = str(screen.item_view.query_one("#item-records").render())
        assert "Val: Kassör: Leif Eriksson" in shown
        assert "Omröstning: bland kandidater Leif Eriksson 6, Bo Ek 2" in shown
    with MeetingStore(path, read_only=True) as store:
        meeting = store.meeting
    one, two, three = (i.id for i in meeting.agenda[:3])
    officers = [(e.item, e.officer, e.elected) for e in meeting.elections if e.officer.value]
    assert officers == [
        (one, Officer.CHAIR, ["Camilla Broo"]),
        (one, Officer.VERIFIER, ["Carolina Pettersson"]),
    ]
    motions = [(m.item, m.number, m.moved_by_name, m.outcome) for m in meeting.motions]
    assert motions == [
        (two, 1, "Camilla Broo", MotionOutcome.ADOPTED),
        (two, 2, "Magnus Gyllestad", MotionOutcome.REJECTED),
    ]
    roll, ballot = meeting.votes
    assert roll.method is VoteMethod.ROLL_CALL and roll.motion == meeting.motions[0].id
    assert roll.tally() == (2, 1, 1)
    frida = next(p.id for p in meeting.people if p.name == "Frida Nilsson")
    assert roll.ballots()[frida] is Ballot.ABSTAIN
    (treasurer,) = (e for e in meeting.elections if e.item == three)
    assert (treasurer.office, treasurer.elected, treasurer.kind) == (
        "Kassör", ["Leif Eriksson"], ElectionKind.RE,
    )  # fmt: skip
    assert (treasurer.term, treasurer.seats, treasurer.accepted) == ("2 år", 1, True)
    assert treasurer.candidates == ["Leif Eriksson", "Bo Ek"]
    assert ballot.method is VoteMethod.OPTIONS and ballot.secret
    assert ballot.election == treasurer.id and ballot.option_counts == [6, 2]
    assert meeting.agenda[2].notes == "Anteckning"
    kinds = [e.kind for e in meeting.events]
    assert kinds.count(EventKind.MOTION_ADDED) == 2 and kinds.count(EventKind.VOTE_ADDED) == 2


async def test_a_wrong_vote_keeps_the_form_open_with_what_was_typed(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        # nobody's attendance is recorded: Camilla Broo is not present, so not a voter
        burst(app, "<ctrl+n>", "<alt+v>", TAB, TAB, TAB, "Camilla Broo", "<enter>")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.values()["yes"] == "Camilla Broo"
        error = str(form.query_one("#form-error").render())
        assert "not in the electorate" in error
        burst(app, TAB, "<ctrl+u>", "<escape>")
        burst(app, "<alt+v>", "lots", "<enter>")
        await settle(pilot)
        assert "Unknown result: lots" in str(app.screen.query_one("#form-error").render())
        burst(app, "<ctrl+u>", "unanimous", "<enter>")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
    with MeetingStore(path, read_only=True) as store:
        assert [v.method for v in store.meeting.votes] == [VoteMethod.UNANIMOUS]


async def test_seconding_edit_delete_and_undo(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<alt+shift+p>")
        burst(app, "<alt+p>", "that we adopt the plan", TAB, "Magnus", TAB, "Camilla", TAB,
              "carried", "<enter>")  # fmt: skip
        burst(app, "<alt+l>", "<enter>")  # the motion's own form, filled in
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.values()["seconded_by"] == "Camilla Broo"
        assert form.values()["outcome"] == "carried"
        burst(app, TAB, TAB, TAB, "<ctrl+u>", "amended", TAB, TAB, "that we adopt the plan soon",
              "<enter>")  # fmt: skip
        await settle(pilot)
        assert isinstance(app.screen, RecordsScreen)
        with MeetingStore(path, read_only=True) as store:
            edited = store.meeting.motions[0]
        assert edited.outcome is MotionOutcome.AMENDED
        assert edited.amended_text == "that we adopt the plan soon"
        burst(app, "x", "<escape>")
        await settle(pilot)
        with MeetingStore(path, read_only=True) as store:
            assert store.meeting.motions[0].deleted
        burst(app, "<ctrl+z>")
        await settle(pilot)
    with MeetingStore(path, read_only=True) as store:
        meeting = store.meeting
    assert uses_seconding(meeting)
    assert not meeting.motions[0].deleted
    assert meeting.motions[0].outcome is MotionOutcome.AMENDED
    tables = [e.extra.get("table") for e in meeting.events if e.kind is EventKind.RECORD_EDITED]
    assert tables == ["motions"]


async def test_the_palette_offers_the_new_commands(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>")
        await settle(pilot)
        provider = MinutesCommands(app.screen)
        labels = [label for _cmd, label, _run in provider._available()]
        for word in ("Yrkande", "Omröstning", "Val", "Yrkanden biträds (av/på)"):
            assert any(label.startswith(word + "  (") for label in labels), word
