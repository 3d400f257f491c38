"""Approval (justering) and identity in the app, against real git clones.

The chair reviews what the secretary changed since the chair last looked, approves (the
meeting locks at once, the file carries the hash, git gets the tag), reopens with a
reason; the secretary's open meeting locks when her sync brings the approval in.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from model.approval import approve, reopen, verify
from model.enums import MeetingState
from model.events import EventKind
from model.store.locations import config_file
from sync.diff import mark_seen, seen
from tests.app.screens.helpers import demo_archive
from tests.app.sync.apps import app_for, open_review
from tests.core.sync.conftest import CHAIR, SECRETARY, Pair, git
from tests.core.sync.helpers import edit, read
from tests.notices import run_test, shown
from tui.app import MinutesApp
from tui.config import Config, load_config
from tui.screens.form import FormScreen
from tui.screens.identity import IdentityForm
from tui.screens.meeting import MeetingScreen

NOW = datetime(2024, 5, 8, 9, 0)


def as_user(who: object = None) -> Config:
    name, email = (who.name, who.email) if who is not None else ("", "")  # type: ignore[attr-defined]
    return Config(name=name, email=email, sync_interval=0)


def text_of(screen: object, selector: str) -> str:
    return str(screen.query_one(selector, Static).content)  # type: ignore[attr-defined]


def messages(app: MinutesApp) -> list[str]:
    return [n.message for n in shown(app)]


async def fill_identity(app: MinutesApp, pilot: object, name: str, email: str) -> None:
    form = app.screen
    assert isinstance(form, IdentityForm)
    form.query_one("#field-name", Input).value = name
    form.query_one("#field-email", Input).value = email
    form.query_one("#field-email", Input).focus()
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


@pytest.mark.asyncio
async def test_identity_is_asked_once_saved_and_used_for_the_sync(pair: Pair) -> None:
    path = pair.path(pair.chair)
    edit(path, lambda m: setattr(m.header, "place", "Ordförandens rum"))
    assert not config_file().exists()
    app = app_for(pair.chair, None, as_user(), NOW)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f12")
        await pilot.pause()
        await fill_identity(app, pilot, "Olle Ordförande", "not an address")
        assert isinstance(app.screen, IdentityForm)  # stays open with what was typed
        await fill_identity(app, pilot, "Olle Ordförande", "olle@example.se")
        assert not isinstance(app.screen, IdentityForm)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "synced" in app.sub_title
        saved = load_config()
        assert (saved.name, saved.email) == ("Olle Ordförande", "olle@example.se")
        await pilot.press("f12")  # the second sync does not ask
        await pilot.pause()
        assert not isinstance(app.screen, IdentityForm)
        await app.workers.wait_for_complete()
    assert git(pair.chair, "log", "-1", "--format=%an <%ae>").strip() == (
        "Olle Ordförande <olle@example.se>"
    )
    assert pair.sync(pair.secretary).merged
    assert read(pair.path(pair.secretary)).header.place == "Ordförandens rum"


@pytest.mark.asyncio
async def test_identity_form_cancelled_does_nothing_and_says_so(pair: Pair) -> None:
    head = git(pair.chair, "rev-parse", "HEAD")
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "place", "Ej delat"))
    app = app_for(pair.chair, None, as_user(), NOW)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f12")
        await pilot.pause()
        assert isinstance(app.screen, IdentityForm)
        await pilot.press("escape")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert any("Nothing was synced" in m for m in messages(app))
    assert not config_file().exists()
    assert git(pair.chair, "rev-parse", "HEAD") == head  # nothing committed


@pytest.mark.asyncio
async def test_chair_reviews_the_secretarys_change_and_approves(pair: Pair) -> None:
    chair_path = pair.path(pair.chair)
    mark_seen(pair.chair, pair.meeting_id)  # the chair looked at the draft when cloning
    edit(pair.path(pair.secretary), lambda m: setattr(m.agenda[1], "notes", "Tillägg av Sara"))
    assert pair.sync(pair.secretary).pushed
    assert pair.sync(pair.chair).merged
    app = app_for(pair.chair, chair_path, as_user(CHAIR), NOW)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        host = app.meeting_screens()[-1]
        item = host.meeting.agenda[1]
        review = await open_review(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        changes = text_of(review, "#review-changes")
        assert f"{item.number} {item.title}".strip() in changes
        assert "notes: by Sara Sekreterare 20" in changes  # the commit's time
        assert "+ Tillägg av Sara" in changes
        assert "place" not in changes  # only what changed since the chair last looked
        assert "j approves as Olle Ordförande" in text_of(review, "#review-status")

        await pilot.press("j")
        await pilot.pause()
        # locked at once, before the git work finishes
        assert host.session.read_only and host.session.read_only_reason == "approved"
        assert "Approved by Olle Ordförande at 2024-05-08 09:00" in text_of(host, "#banner")
        assert "alt+shift+j" in text_of(host, "#banner")
        assert read(chair_path).header.state is MeetingState.APPROVED
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Approved by Olle Ordförande" in text_of(review, "#review-status")

        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is host
        before = chair_path.read_bytes()
        assert host.check_action("add_decision", ()) is False
        assert host.check_action("next_item", ()) is False
        await pilot.press("ctrl+d")  # add a decision: refused, no form
        await pilot.pause()
        assert app.screen is host
        host.item_view.editor.focus()
        await pilot.press("x", "y", "z")
        await pilot.pause()
        host.save()
        host.close_session()
        assert chair_path.read_bytes() == before
    meeting = read(chair_path)
    assert meeting.header.approved_by == "Olle Ordförande"
    assert meeting.header.approved_hash.startswith("sha256:")
    assert verify(meeting).ok
    assert "xyz" not in meeting.agenda[1].notes
    tags = git(pair.chair, "tag", "--list", f"approved/{pair.meeting_id}/*").split()
    assert tags == [f"approved/{pair.meeting_id}/{meeting.header.approved_hash[7:19]}"]
    assert seen(pair.chair)[pair.meeting_id] == git(pair.chair, "rev-parse", "HEAD").strip()
    assert git(pair.chair, "status", "--porcelain").strip() == ""  # the approval is committed
    # and pushed with its tag at once, without a sync key: no background sync runs after
    # the meeting, and the secretary must not go on correcting an approved meeting
    assert git(pair.remote, "tag", "--list", f"approved/{pair.meeting_id}/*").split() == tags
    assert (
        git(pair.remote, "rev-parse", "main").strip()
        == git(pair.chair, "rev-parse", "HEAD").strip()
    )


@pytest.mark.asyncio
async def test_approval_is_refused_with_an_open_conflict(pair: Pair) -> None:
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "title", "Sekreterarens"))
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "title", "Ordförandens"))
    pair.sync(pair.secretary)
    pair.sync(pair.chair)
    chair_path = pair.path(pair.chair)
    assert read(chair_path).open_conflicts()
    app = app_for(pair.chair, chair_path, as_user(CHAIR), NOW)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        host = app.meeting_screens()[-1]
        review = await open_review(app, pilot)
        assert "Resolve it first with alt+k" in text_of(review, "#review-status")
        await pilot.press("j")
        await pilot.pause()
        assert any("alt+k" in m for m in messages(app))
        assert not host.session.read_only
        host.close_session()
    assert read(chair_path).header.state is not MeetingState.APPROVED
    assert git(pair.chair, "tag", "--list").strip() == ""


@pytest.mark.asyncio
async def test_reopen_needs_a_reason_is_recorded_and_makes_the_meeting_editable(
    pair: Pair,
) -> None:
    path = pair.path(pair.chair)
    edit(path, lambda m: approve(m, "Olle Ordförande", NOW))
    app = app_for(pair.chair, path, as_user(CHAIR), NOW)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        host = app.meeting_screens()[-1]
        assert host.session.read_only_reason == "approved"
        assert host.check_action("reopen", ()) is True
        await pilot.press("alt+shift+j")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormScreen)
        await pilot.press("enter")  # no reason: refused, the form stays
        await pilot.pause()
        assert app.screen is form
        assert read(path).header.state is MeetingState.APPROVED
        form.query_one("#field-reason", Input).value = "Fel datum i § 3"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is host
        assert not host.session.read_only
        assert host.check_action("add_decision", ()) is not False
        assert "Reopened by Olle Ordförande at 2024-05-08 09:00: Fel datum i § 3" in text_of(
            host, "#banner"
        )
        await pilot.press("alt+j")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Reopened by Olle Ordförande" in text_of(app.screen, "#review-status")
        await pilot.press("escape")
        await pilot.pause()
        host.session.apply(lambda m: setattr(m.agenda[0], "notes", "Rättat datum"))
        host.close_session()
    meeting = read(path)
    assert meeting.header.state is MeetingState.AWAITING_APPROVAL
    assert meeting.agenda[0].notes == "Rättat datum"
    event = meeting.events[-1]
    assert event.kind is EventKind.REOPENED
    assert (event.detail, event.extra["by"]) == ("Fel datum i § 3", "Olle Ordförande")


@pytest.mark.asyncio
async def test_an_approval_synced_in_locks_the_open_meeting_and_a_reopen_unlocks_it(
    pair: Pair,
) -> None:
    mine, theirs = pair.path(pair.secretary), pair.path(pair.chair)
    app = app_for(pair.secretary, mine, as_user(SECRETARY), NOW)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        host = app.meeting_screens()[-1]
        assert not host.session.read_only
        edit(theirs, lambda m: approve(m, "Olle Ordförande", NOW))
        assert pair.sync(pair.chair).pushed

        await pilot.press("f12")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert host.session.read_only_reason == "approved"
        assert "Approved by Olle Ordförande at 2024-05-08 09:00" in text_of(host, "#banner")
        before = mine.read_bytes()
        host.item_view.editor.focus()
        # she goes on typing: no letter reaches the file, nor a command ("j" review, "r"
        # reopen, "x" export)
        await pilot.press("h", "e", "j", "r", "x", "enter")
        await pilot.pause()
        assert app.screen is host
        assert host.save() is True
        assert mine.read_bytes() == before
        assert read(mine).header.state is MeetingState.APPROVED

        edit(theirs, lambda m: reopen(m, "Olle Ordförande", NOW, "Stavfel"))
        assert pair.sync(pair.chair).pushed
        await pilot.press("f12")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not host.session.read_only
        assert "Reopened by Olle Ordförande" in text_of(host, "#banner")
        host.session.apply(lambda m: setattr(m.agenda[0], "notes", "Sekreterarens rättelse"))
        host.close_session()
    meeting = read(mine)
    assert meeting.header.state is MeetingState.AWAITING_APPROVAL
    assert meeting.agenda[0].notes == "Sekreterarens rättelse"


@pytest.mark.asyncio
async def test_approval_without_git_asks_the_name_and_says_no_history(tmp_path: Path) -> None:
    path = demo_archive(tmp_path / "archive")
    app = app_for(tmp_path / "archive", path, as_user(), NOW)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        host = app.meeting_screens()[-1]
        review = await open_review(app, pilot)
        assert "not shared through git" in text_of(review, "#review-changes")
        await pilot.press("j")
        await pilot.pause()
        await fill_identity(app, pilot, "Olle Ordförande", "olle@example.se")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert host.session.read_only_reason == "approved"
        assert isinstance(app.meeting_screens()[-1], MeetingScreen)
    assert read(path).header.approved_by == "Olle Ordförande"
    assert load_config().name == "Olle Ordförande"


def test_cli_diff_groups_changes_like_the_review_screen(pair: Pair) -> None:
    from click.testing import CliRunner

    from tui.cli import root

    mark_seen(pair.chair, pair.meeting_id)
    edit(pair.path(pair.secretary), lambda m: setattr(m.agenda[1], "notes", "Tillägg av Sara"))
    pair.sync(pair.secretary)
    pair.sync(pair.chair)
    item = read(pair.path(pair.chair)).agenda[1]
    args = ["--archive", str(pair.chair), "--lang", "en", "diff", pair.meeting_id]
    result = CliRunner().invoke(root, args)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    heading = lines.index(f"{item.number} {item.title}".strip())
    assert lines[heading + 1].startswith("  notes: by Sara Sekreterare 20")
    assert "    + Tillägg av Sara" in lines
    again = CliRunner().invoke(root, args)  # seen now: nothing new
    assert "No changes since" in again.output


def test_a_changed_text_shows_only_its_changed_lines() -> None:
    from sync.diff import Change, change_lines

    old = "Första stycket.\n\nAndra stycket."
    new = "Första stycket.\n\nAndra stycket, rättat."
    change = Change("items", "x", "notes", "changed", old, new, "Olle", "")
    assert change_lines(change) == ["- Andra stycket.", "+ Andra stycket, rättat."]
    short = Change("meeting", "x", "place", "changed", "Valhall", "Teams", "Olle", "")
    assert change_lines(short) == ["- Valhall", "+ Teams"]


def test_the_review_words_states_statuses_and_moments() -> None:
    """The chair reads "utkast -> pågår" and "06:23", not "draft", "in_progress" or
    "2026-12-03T06:23:29" (seen in a trial: the stored values in a Swedish review)."""
    from model.demo import demo_meeting
    from model.enums import Language
    from sync.diff import Change
    from tui.review import change_review

    meeting = demo_meeting()
    item = meeting.agenda[0]
    moment = "2026-12-03T06:23:29"
    changes = [
        Change("meeting", meeting.id, "state", "changed", "draft", "in_progress", "Sara", ""),
        Change("meeting", meeting.id, "actual_start", "changed", None, moment, "Sara", ""),
        Change("items", item.id, "status", "changed", "pending", "done", "Sara", ""),
        Change("items", item.id, "title", "changed", "done", "Klart", "Sara", ""),
    ]  # fmt: skip
    swedish = [line.text for line in change_review(Language.SV, meeting, changes)]
    assert "    - utkast" in swedish and "    + pågår" in swedish
    assert "    + 2026-12-03 06:23" in swedish
    assert "    - ej behandlad" in swedish and "    + behandlad" in swedish
    assert "    - done" in swedish  # a title that reads "done" is a title, not a status
    english = [line.text for line in change_review(Language.EN, meeting, changes)]
    assert "    + in progress" in english and "    + dealt with" in english


def test_an_approval_that_cannot_be_saved_changes_nothing(tmp_path: Path) -> None:
    from model.store.errors import StoreError
    from tui.session import Session

    path = demo_archive(tmp_path / "archive")
    session = Session.open(path)
    session.meeting.agenda[0].notes = "Skrivet precis innan"  # typed, not yet saved
    session.dirty = True
    session.save()
    moved = path.with_suffix(".moved")
    path.rename(moved)
    path.mkdir()  # a folder where the file should be: the write fails
    with pytest.raises(StoreError):
        session.approve("Olle Ordförande", NOW)
    assert session.meeting.header.state is not MeetingState.APPROVED
    assert not session.read_only
    path.rmdir()
    moved.rename(path)
    session.approve("Olle Ordförande", NOW)  # the retry works
    assert session.read_only_reason == "approved" and session.read_only
    session.close()
    meeting = read(path)
    assert verify(meeting).ok and meeting.agenda[0].notes == "Skrivet precis innan"


def test_switching_to_read_only_saves_what_was_typed_first(tmp_path: Path) -> None:
    from tui.session import Session

    path = demo_archive(tmp_path / "archive")
    session = Session.open(path)
    session.meeting.agenda[0].notes = "Inte sparat än"
    session.dirty = True
    session.switch_mode("approved")
    assert session.read_only and not session.dirty
    assert read(path).agenda[0].notes == "Inte sparat än"
    session.switch_mode("")
    other = Session.open(path)  # the lock is held again: a second writer gets read-only
    assert other.read_only_reason == "locked"
    other.close()
    session.close()
