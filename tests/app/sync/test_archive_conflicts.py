"""Conflicts in archive.json (bodies, rosters) and the archive-wide conflicts list.

Two people each create the body's next meeting offline, with a different place and a
different spelling of a member's name: archive.json (the body's defaults and roster)
then has the same fields changed differently on both sides, and the sync keeps both
versions as conflict records there. They are listed by ``minutes sync status``, shown by
alt+k in the archive list and resolved there; a meeting's conflicts open its meeting.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from textual.widgets import DataTable, OptionList, Static

from model.conflict_resolution import (
    OURS,
    THEIRS,
    ResolutionError,
    mine,
    set_text_in_tables,
    take_in_tables,
)
from model.conflicts import Conflict
from model.meeting import Meeting
from model.store.archive import Archive, new_header
from model.store.load import local_dir
from model.store.registry import Registry
from sync.gitenv import Identity
from sync.status import status
from tests.app.sync.apps import person_app
from tests.core.sync.conftest import CHAIR, SECRETARY, Pair
from tests.core.sync.helpers import edit, read
from tests.notices import run_test, shown
from tui.app import MinutesApp
from tui.cli import root as cli_root
from tui.screens.archive import ArchiveScreen
from tui.screens.archive_conflicts import ArchiveConflictsScreen
from tui.screens.conflicts import ConflictsScreen
from tui.screens.meeting import MeetingScreen
from tui.widgets.meeting_header import MeetingHeaderBar

NOW = datetime(2024, 5, 6, 10, 0)


def next_meeting(root: Path, place: str, member_name: str) -> Path:
    """The body's next meeting with ``place`` and the second member renamed: creating it
    writes the body's defaults and roster to archive.json (Registry.remember)."""
    archive = Archive(root)
    last = archive.last_meeting_of("Södertörnskommunernas ledningsgrupp")
    assert last is not None
    people = archive.roster_for(last.header.body)
    people[1].name = member_name
    header = new_header(
        body=last.header.body,
        kind=last.header.kind,
        language=last.header.language,
        title="Nästa möte",
        date=date(2022, 6, 17),
        place=place,
    )
    return archive.create(Meeting(header=header, attendance=people))


def archive_json(root: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((root / "archive.json").read_text(encoding="utf-8"))
    return data


def roster_conflict(root: Path) -> tuple[str, dict[str, Any]]:
    ((cid, rec),) = (
        (cid, rec)
        for cid, rec in archive_json(root)["conflicts"].items()
        if rec["table"] == "roster"
    )
    return cid, rec


def conflicting_archives(pair: Pair) -> int:
    """Both create the next meeting offline, then secretary syncs, chair syncs (merges),
    secretary syncs again. Returns the conflicts the chair's sync reported."""
    next_meeting(pair.secretary, "Stadshuset", "Camilla Broo-Lind")
    next_meeting(pair.chair, "Sessionssalen", "Camilla Lind")
    assert pair.sync(pair.secretary).pushed
    result = pair.sync(pair.chair)
    assert result.merged and result.pushed
    assert pair.sync(pair.secretary).merged
    return result.conflicts


def app_for(root: Path, meeting: Path | None = None, name: str = CHAIR.name) -> MinutesApp:
    return person_app(root, meeting, Identity(name, "x@example.se"), interval=0, now=NOW)


def option_texts(screen: Any) -> list[str]:
    options = screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def shows_side(text: str, whose: str, name: str, value: str) -> bool:
    """A side of a conflict as shown: whose version, who wrote it and when, the value."""
    pattern = rf"{whose} version \({re.escape(name)}, \d{{4}}-\d\d-\d\d \d\d:\d\d\)\n"
    return re.match(pattern + re.escape(value), text) is not None


def static_text(screen: Any, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


# -- how the conflict arises, and where it is listed ------------------------------------


def test_two_offline_next_meetings_leave_conflicts_in_archive_json(pair: Pair) -> None:
    assert conflicting_archives(pair) == 2  # the chair's sync counts archive.json too
    for root in (pair.secretary, pair.chair):
        conflicts = archive_json(root)["conflicts"]
        by_table = {rec["table"]: rec for rec in conflicts.values()}
        assert set(by_table) == {"bodies", "roster"}
        place = by_table["bodies"]
        assert (place["field"], place["ours"], place["theirs"]) == (
            "place",
            "Sessionssalen",
            "Stadshuset",
        )
        name = by_table["roster"]
        assert (name["field"], name["ours_by"], name["theirs_by"]) == (
            "name",
            CHAIR.name,
            SECRETARY.name,
        )
        assert not name["resolved"]
    listed = [c for c in status(pair.chair).conflicts if c.in_archive]
    assert {(c.table, c.field) for c in listed} == {("bodies", "place"), ("roster", "name")}
    roster = next(c for c in listed if c.table == "roster")
    assert roster.label == "Camilla Lind (Södertörnskommunernas ledningsgrupp)"


def test_cli_sync_status_lists_archive_conflicts(pair: Pair) -> None:
    conflicting_archives(pair)
    result = CliRunner().invoke(
        cli_root, ["--archive", str(pair.chair), "--lang", "en", "sync", "status"]
    )
    assert result.exit_code == 0, result.output
    assert (
        "Conflict in archive: roster Camilla Lind (Södertörnskommunernas ledningsgrupp): "
        "field name" in result.output
    )
    assert "Conflict in archive: body Södertörnskommunernas ledningsgrupp: field place" in (
        result.output
    )
    assert "No unresolved conflicts" not in result.output


# -- resolving in the app -----------------------------------------------------------------


@pytest.mark.asyncio
async def test_alt_k_in_the_archive_list_resolves_an_archive_conflict(pair: Pair) -> None:
    conflicting_archives(pair)
    cid, before = roster_conflict(pair.chair)
    app = app_for(pair.chair)
    async with run_test(app, size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ArchiveScreen)
        # the sync state line: the first conflict and how many more
        assert app.sub_title.startswith("conflict in archive: ")
        assert app.sub_title.endswith("(+1)")
        title = static_text(app.screen, "#archive-title")
        assert title.endswith(f"⇅ {app.sub_title}")
        assert static_text(app.screen, "#archive-hint").startswith("⚠ 2 unresolved")
        await pilot.press("alt+k")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArchiveConflictsScreen)
        texts = option_texts(screen)
        index = next(i for i, text in enumerate(texts) if "roster Camilla Lind" in text)
        screen.query_one(OptionList).highlighted = index
        await pilot.pause()
        # both versions, with who wrote each: the chair's own first
        assert shows_side(static_text(screen, "#conflict-ours"), "Your", CHAIR.name, "Camilla Lind")
        assert shows_side(
            static_text(screen, "#conflict-theirs"), "Their", SECRETARY.name, "Camilla Broo-Lind"
        )
        await pilot.press("2")  # take theirs: the chair's own words would go, said first
        await pilot.pause()
        warning = static_text(screen, "#conflict-warning")
        assert "“Camilla Lind”" in warning and "Press 2 again" in warning
        assert any("roster" in text for text in option_texts(screen))  # nothing taken yet
        assert not archive_json(pair.chair)["conflicts"][cid]["resolved"]
        await pilot.press("2")
        await pilot.pause()
        assert all("roster" not in text for text in option_texts(screen))
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArchiveScreen)
    person = archive_json(pair.chair)["roster"][before["record"]]
    assert person["name"] == "Camilla Broo-Lind"
    record = archive_json(pair.chair)["conflicts"][cid]
    assert record["resolved"] is True
    assert record["resolved_by"] == CHAIR.name
    assert record["resolved_at"] == "2024-05-06T10:00:00"
    # shared: the secretary sees it resolved, and the name both now have
    assert pair.sync(pair.chair).pushed
    assert pair.sync(pair.secretary).merged
    theirs = archive_json(pair.secretary)
    assert theirs["conflicts"][cid]["resolved"] is True
    assert theirs["conflicts"][cid]["resolved_by"] == CHAIR.name
    assert theirs["roster"][before["record"]]["name"] == "Camilla Broo-Lind"
    assert [c.table for c in status(pair.secretary).conflicts] == ["bodies"]


@pytest.mark.asyncio
async def test_archive_conflict_edited_text_is_saved(pair: Pair) -> None:
    conflicting_archives(pair)
    app = app_for(pair.secretary, name=SECRETARY.name)
    async with run_test(app, size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("alt+k")
        await pilot.pause()
        screen = app.screen
        texts = option_texts(screen)
        screen.query_one(OptionList).highlighted = next(
            i for i, text in enumerate(texts) if "field place" in text
        )
        await pilot.pause()
        # the secretary's own version is "mine" though the chair merged first
        assert shows_side(
            static_text(screen, "#conflict-ours"), "Your", SECRETARY.name, "Stadshuset"
        )
        await pilot.press("e")
        editor = screen.query_one("#conflict-editor")
        assert editor.text == "Stadshuset"  # type: ignore[attr-defined]
        editor.load_text("Stadshuset, sal B")  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await pilot.pause()
    body = next(iter(archive_json(pair.secretary)["bodies"].values()))
    assert body["place"] == "Stadshuset, sal B"
    (record,) = (
        r for r in archive_json(pair.secretary)["conflicts"].values() if r["table"] == "bodies"
    )
    assert (record["resolved"], record["resolved_by"], record["resolution"]) == (
        True,
        SECRETARY.name,
        "edited",
    )


def meeting_conflict(pair: Pair) -> None:
    """Both change the notes of item 1 differently: a conflict in the meeting file."""
    edit(pair.path(pair.secretary), lambda m: setattr(m.agenda[0], "notes", "Sekreterarens text"))
    edit(pair.path(pair.chair), lambda m: setattr(m.agenda[0], "notes", "Ordförandens text"))
    pair.sync(pair.secretary)
    assert pair.sync(pair.chair).conflicts == 1


@pytest.mark.asyncio
async def test_alt_k_in_the_archive_list_opens_the_meeting_of_a_conflict(pair: Pair) -> None:
    meeting_conflict(pair)
    meeting = read(pair.path(pair.chair))
    app = app_for(pair.chair)
    async with run_test(app, size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        archive_screen = app.screen
        assert isinstance(archive_screen, ArchiveScreen)
        table = archive_screen.query_one(DataTable)
        row = table.get_row(str(pair.path(pair.chair)))
        assert str(row[0]).endswith("  ⚠ 1")  # the list marks the meeting
        hint = static_text(archive_screen, "#archive-hint")
        assert hint.startswith("⚠ 1 unresolved conflict: alt+k shows it.")
        await pilot.press("alt+k")
        await pilot.pause()
        (text,) = option_texts(app.screen)
        first = meeting.agenda[0]
        assert text == (
            f"{meeting.header.date.isoformat()} {meeting.header.title}, "  # type: ignore[union-attr]
            f"item {first.number} {first.title}: field notes"
        )
        await pilot.press("enter")
        await pilot.pause()
        conflicts = app.screen
        assert isinstance(conflicts, ConflictsScreen)
        assert conflicts.session.meeting.id == pair.meeting_id
        selected = conflicts.selected()
        assert selected is not None and selected.field == "notes"
        assert not conflicts.query_one("#conflicts-elsewhere").display  # none elsewhere
        await pilot.press("2", "2")  # the second: yes, drop my own words
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
        assert app.sub_title == "1 change not yet shared"  # the state line follows
        assert "⇅ 1 change not yet shared" in str(app.screen.query_one(MeetingHeaderBar).render())
        app.screen.close_session()
    assert read(pair.path(pair.chair)).agenda[0].notes == "Sekreterarens text"
    assert all(s.conflicts == 0 for s in Archive(pair.chair).summaries())


@pytest.mark.asyncio
async def test_meeting_conflicts_screen_counts_the_conflicts_elsewhere(pair: Pair) -> None:
    conflicting_archives(pair)
    meeting_conflict(pair)
    app = app_for(pair.chair, meeting=pair.path(pair.chair))
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("alt+k")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConflictsScreen)
        assert len(option_texts(screen)) == 1  # this meeting's own
        line = static_text(screen, "#conflicts-elsewhere")
        assert line.startswith("2 more unresolved conflict(s) in other meetings or the archive")
        assert "press alt+k in the archive list" in line
        await pilot.press("escape")
        await pilot.pause()
        app.meeting_screens()[-1].close_session()


@pytest.mark.asyncio
async def test_the_apps_sync_notice_names_the_conflicts_key(pair: Pair) -> None:
    next_meeting(pair.secretary, "Stadshuset", "Camilla Broo-Lind")
    next_meeting(pair.chair, "Sessionssalen", "Camilla Lind")
    assert pair.sync(pair.secretary).pushed
    app = app_for(pair.chair)
    async with run_test(app, size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        assert not static_text(app.screen, "#archive-hint").startswith("⚠")
        await pilot.press("f12")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await app.workers.wait_for_complete()  # the list is read again after the sync
        await pilot.pause()
        messages = [n.message for n in shown(app)]
        hint = static_text(app.screen, "#archive-hint")
        assert hint.startswith("⚠ 2 unresolved conflict(s): alt+k shows them.")
        assert len(app.screen.query_one(DataTable).rows) == 3  # the secretary's meeting too
    assert "2 conflict(s) to resolve: press alt+k to see them." in messages
    assert not any("minutes sync status" in m for m in messages)


# -- the rules under it ---------------------------------------------------------------------


def name_conflict(**by: str) -> dict[str, Any]:
    """An open conflict record of the roster's person p1's name: "Ours" against "Theirs"."""
    record = {"table": "roster", "record": "p1", "field": "name", "ours": "Ours"}
    return {**record, "theirs": "Theirs", **by, "resolved": False, "deleted": False}


def test_take_and_set_text_in_tables_follow_the_meeting_rule() -> None:
    def tables() -> dict[str, Any]:
        return {
            "roster": {"p1": {"name": "Ours", "deleted": False}},
            "conflicts": {
                "c1": name_conflict(ours_by="A", theirs_by="B"),
                "c2": {
                    "table": "roster",
                    "record": "p1",
                    "field": "",
                    "kind": "deleted_edited",
                    "ours": "deleted",
                    "theirs": "edited",
                    "resolved": False,
                    "deleted": False,
                },
            },
        }

    data = tables()
    done = take_in_tables(data, "c1", THEIRS, "B", NOW)
    assert (done.table, done.record) == ("roster", "p1")
    assert data["roster"]["p1"]["name"] == "Theirs"
    assert data["conflicts"]["c1"]["resolved_at"] == "2024-05-06T10:00:00"
    assert data["conflicts"]["c1"]["resolution"] == "theirs"
    with pytest.raises(ResolutionError):
        take_in_tables(data, "c1", OURS, "B", NOW)  # already resolved
    take_in_tables(data, "c2", OURS, "A", NOW)  # ours deleted it: taking ours deletes
    assert data["roster"]["p1"]["deleted"] is True
    data = tables()
    with pytest.raises(ResolutionError):
        set_text_in_tables(data, "c2", "x", "A", NOW)  # no text to set
    set_text_in_tables(data, "c1", "Both", "A", NOW)
    assert data["roster"]["p1"]["name"] == "Both"
    assert data["conflicts"]["c1"]["resolution"] == "edited"
    with pytest.raises(ResolutionError):
        take_in_tables(data, "nope", OURS, "A", NOW)


def test_mine_is_the_side_the_viewer_wrote() -> None:
    conflict = Conflict("c", "roster", "p", "name", ours_by="Olle", theirs_by="Sara")
    assert mine(conflict, "Olle") == OURS
    assert mine(conflict, "Sara") == THEIRS
    assert mine(conflict, "") == OURS


def test_registry_resolution_refused_when_already_resolved(tmp_path: Path) -> None:
    registry = Registry(tmp_path / "archive.json")
    registry.update(
        {
            "roster": {"p1": {"name": "Ours", "body": "Styrelsen"}},
            "conflicts": {"c1": name_conflict()},
        }
    )
    (found,) = registry.open_conflicts()
    assert found.label == "Ours (Styrelsen)"
    registry.resolve("c1", "Olle", NOW, side=THEIRS)
    assert registry.open_conflicts() == []
    with pytest.raises(ResolutionError):
        registry.resolve("c1", "Sara", NOW, side=OURS)
    data = json.loads((tmp_path / "archive.json").read_text(encoding="utf-8"))
    assert data["roster"]["p1"]["name"] == "Theirs"
    assert data["conflicts"]["c1"]["resolved_by"] == "Olle"


def test_an_old_listing_index_is_rebuilt_with_conflict_counts(pair: Pair) -> None:
    meeting_conflict(pair)
    archive = Archive(pair.chair)
    path = pair.path(pair.chair)
    stat = path.stat()
    index = local_dir(archive.meetings_dir / "x") / "index.json"
    old_entry = {
        "stamp": [stat.st_mtime_ns, stat.st_size],
        "id": pair.meeting_id,
        "body": "x",
        "title": "x",
        "date": None,
        "state": "draft",
    }
    index.write_text(json.dumps({"version": 1, "files": {path.name: old_entry}}), encoding="utf-8")
    (summary,) = (s for s in archive.summaries() if s.path == path)
    assert summary.conflicts == 1
