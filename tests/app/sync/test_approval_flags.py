"""An approval that does not hold is flagged everywhere the user looks:
the app's sync notice, the archive list, the meeting header, the review screen, the
export (a visible warning in the document); an approval that holds shows "Justerat
<date> av <name>"."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.widgets import DataTable, Static

from export.exporter import export_meeting
from export.markdown import meeting_markdown
from model.approval import approve
from model.enums import Language
from tests.app.sync.apps import open_review, person_app
from tests.core.export.conftest import blocks
from tests.core.sync.conftest import SECRETARY, Pair
from tests.core.sync.helpers import read
from tests.core.sync.test_approval_proof import _approver, _text, approve_and_tag, hand_edit
from tests.notices import run_test, shown
from tui.app import MinutesApp
from tui.cli import root
from tui.screens.archive import ArchiveScreen
from tui.widgets.meeting_header import MeetingHeaderBar

NOW = datetime(2024, 5, 8, 9, 0)


def tampered_and_shared(pair: Pair) -> None:
    """The chair approves and tags, then the file is changed by hand and pushed."""
    approve_and_tag(pair)
    hand_edit(pair.path(pair.chair), _text)
    assert pair.sync(pair.chair).pushed


def approver_changed_and_synced(pair: Pair) -> None:
    """The chair approves and tags, the approver is changed by hand and pushed; the
    secretary's sync finds the approval unproven."""
    approve_and_tag(pair)
    hand_edit(pair.path(pair.chair), _approver)
    assert pair.sync(pair.chair).pushed
    assert pair.sync(pair.secretary).unverified


def secretary_app(pair: Pair, meeting: Path | None) -> MinutesApp:
    return person_app(pair.secretary, meeting, SECRETARY, interval=0, now=NOW)


def messages(app: MinutesApp) -> list[str]:
    return [n.message for n in shown(app)]


@pytest.mark.asyncio
async def test_the_app_flags_an_unproven_approval_in_the_notice_and_the_list(
    pair: Pair,
) -> None:
    tampered_and_shared(pair)
    app = secretary_app(pair, None)
    async with run_test(app, size=(160, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert isinstance(app.screen, ArchiveScreen)
        await pilot.press("f12")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await app.workers.wait_for_complete()  # the list is read again after the sync
        await pilot.pause()
        assert any("approval does not hold" in m for m in messages(app)), messages(app)
        table = app.screen.query_one(DataTable)
        row = [str(cell) for cell in table.get_row_at(0)]
        assert "⚠" in row[0]
        assert "approved ⚠ approval not proven" in row[3]


@pytest.mark.asyncio
async def test_the_meeting_header_says_the_approval_cannot_be_proven(pair: Pair) -> None:
    approver_changed_and_synced(pair)
    app = secretary_app(pair, pair.path(pair.secretary))
    async with run_test(app, size=(160, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        host = app.meeting_screens()[-1]
        header = str(host.query_one(MeetingHeaderBar).content)
        assert "the approval cannot be proven" in header, header
        banner = str(host.query_one("#banner", Static).content)
        assert banner.startswith("⚠ the approval cannot be proven"), banner
        assert "Falsk Ordförande" in banner  # the file's claim, shown under the warning


@pytest.mark.asyncio
async def test_the_review_screen_says_the_approval_cannot_be_proven(pair: Pair) -> None:
    approver_changed_and_synced(pair)
    app = secretary_app(pair, pair.path(pair.secretary))
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert pair.path(pair.secretary).stem in app.unverified  # the reactive the screens watch
        review = await open_review(app, pilot)
        status = str(review.query_one("#review-status", Static).render())
        assert "The approval cannot be proven" in status, status
        assert "minutes verify" in status
        # the file's claim is still shown under it, not hidden
        assert "Falsk Ordförande" in status


@pytest.mark.asyncio
async def test_the_review_screen_of_an_approval_that_holds_has_no_warning(pair: Pair) -> None:
    approve_and_tag(pair)
    assert pair.sync(pair.chair).pushed
    assert not pair.sync(pair.secretary).unverified
    app = secretary_app(pair, pair.path(pair.secretary))
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        review = await open_review(app, pilot)
        status = str(review.query_one("#review-status", Static).render())
        assert "cannot be proven" not in status
        assert "Approved by" in status or "approved" in status.lower()


@pytest.mark.asyncio
async def test_an_approval_that_holds_is_not_flagged_in_the_app(pair: Pair) -> None:
    approve_and_tag(pair)
    assert pair.sync(pair.chair).pushed
    app = secretary_app(pair, pair.path(pair.secretary))
    async with run_test(app, size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f12")
        await app.workers.wait_for_complete()
        await pilot.pause()
        host = app.meeting_screens()[-1]
        assert host.session.read_only_reason == "approved"
        assert "cannot be proven" not in str(host.query_one(MeetingHeaderBar).content)
        assert not any("does not hold" in m for m in messages(app))


# -- the export --------------------------------------------------------------------------


def test_the_document_shows_the_approval_date_and_approver(tmp_path: Path) -> None:
    from model.demo import demo_meeting

    meeting = demo_meeting()
    approve(meeting, "Olle Ordförande", datetime(2022, 5, 10, 14, 5))
    text = meeting_markdown(meeting)
    assert "Justerat 2022-05-10 av Olle Ordförande" in text
    assert "UTKAST" not in text
    meeting.header.language = Language.EN
    assert "Approved 2022-05-10 by Olle Ordförande" in meeting_markdown(meeting)
    meeting.header.language = Language.SV
    body = blocks(export_meeting(meeting, "docx", tmp_path / "approved.docx"))
    assert (body[-1].style, body[-1].text) == (
        "Approval Line",
        "Justerat 2022-05-10 av Olle Ordförande",
    )


def test_the_export_of_an_unproven_approval_carries_a_visible_warning(
    pair: Pair, tmp_path: Path
) -> None:
    tampered_and_shared(pair)
    assert pair.sync(pair.secretary).unverified
    runner = CliRunner()
    base = ["--archive", str(pair.secretary), "--lang", "en", "export", pair.meeting_id]
    result = runner.invoke(root, [*base, "--to", "md", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "VARNING: justeringen kan inte styrkas" in result.stdout
    assert "texten har ändrats efter justeringen" in result.stdout
    assert "the approval cannot be proven" in result.stderr
    target = tmp_path / "unproven.docx"
    result = runner.invoke(root, [*base, "--to", "docx", "-o", str(target)])
    assert result.exit_code == 0, result.output
    body = blocks(target)
    warning = [b for b in body[:4] if b.style == "Conflict Warning"]
    assert warning and warning[0].text.startswith("VARNING: justeringen kan inte styrkas")
    assert body[-1].style == "Approval Line" and "kan inte styrkas" in body[-1].text
    # the meeting itself is untouched by the export
    assert read(pair.path(pair.secretary)).header.approved_by == "Olle Ordförande"


@pytest.mark.asyncio
async def test_the_apps_export_of_an_unproven_approval_carries_the_warning(
    pair: Pair, tmp_path: Path
) -> None:
    from tui.screens.export import ExportChoice, run_export

    tampered_and_shared(pair)
    assert pair.sync(pair.secretary).unverified
    app = secretary_app(pair, pair.path(pair.secretary))
    async with run_test(app, size=(160, 40)) as pilot:
        await pilot.pause()
        host = app.meeting_screens()[-1]
        run_export(host, host.meeting, Language.EN, ExportChoice("md", False), tmp_path)
        await app.workers.wait_for_complete()
        await pilot.pause()
    (written,) = tmp_path.glob("*.md")
    text = written.read_text(encoding="utf-8")
    assert "VARNING: justeringen kan inte styrkas" in text
    assert "kan inte styrkas, se varningen överst" in text
