"""The demo meetings of formal procedure, exported to Word and read back; the command
that writes them, finished or waiting to be minuted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from export.exporter import export_meeting
from model.demo_kinds import DEMO_KINDS, unminuted
from model.enums import AttendanceStatus, MeetingState
from model.procedure_settings import uses_seconding
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from model.validation import validate
from tests.core.demos.reading import (
    Document,
    read,
    reads_as_annual_meeting,
    reads_as_committee_minutes,
    reads_as_mitgliederversammlung,
    reads_as_municipal_protokoll,
)
from tui.cli import root
from tui.cli.meetings import DEMO_KIND_NAMES

READS_AS: dict[str, Callable[[Document], None]] = {
    "municipal": reads_as_municipal_protokoll,
    "association": reads_as_annual_meeting,
    "verein": reads_as_mitgliederversammlung,
    "committee": reads_as_committee_minutes,
}


@pytest.mark.parametrize("kind", list(DEMO_KINDS))
def test_each_demo_reads_as_its_kind_of_minutes(kind: str, tmp_path: Path) -> None:
    meeting = DEMO_KINDS[kind]()
    READS_AS[kind](read(export_meeting(meeting, "docx", tmp_path / f"{kind}.docx")))
    assert not [p for p in validate(meeting) if p.severity == "error"]


def test_the_municipal_substitute_keeps_the_clock_times(tmp_path: Path) -> None:
    doc = read(export_meeting(DEMO_KINDS["municipal"](), "docx", tmp_path / "m.docx"))
    assert doc.row("Kim Nordin (C)")[-1] == (
        "tjänstgör för Tove Ling (C) §§ 4-9, från kl 18.06; till kl 19.30"
    )


def test_the_committee_demo_names_its_next_meeting(tmp_path: Path) -> None:
    doc = read(export_meeting(DEMO_KINDS["committee"](), "docx", tmp_path / "e.docx"))
    assert "Next meeting: Wednesday 3 June 2026, 18:00, Riverside Hall." in doc.section("6. ")


def test_the_command_offers_every_kind() -> None:
    assert tuple(DEMO_KINDS) == DEMO_KIND_NAMES


@pytest.mark.parametrize("kind", list(DEMO_KINDS))
def test_an_unminuted_demo_has_its_agenda_roster_and_settings_only(kind: str) -> None:
    done, fresh = DEMO_KINDS[kind](), unminuted(kind)
    assert [(i.number, i.paragraph, i.title, i.kind) for i in fresh.agenda] == [
        (i.number, i.paragraph, i.title, i.kind) for i in done.agenda
    ]
    members = [p for p in done.people if p.role.value != "guest" and not p.substitute_for]
    assert [p.name for p in fresh.people] == [p.name for p in members]
    assert {p.status for p in fresh.people} == {AttendanceStatus.UNKNOWN}
    header = fresh.header
    assert (header.kind, header.language, header.item_times) == (
        done.header.kind, done.header.language, done.header.item_times,
    )  # fmt: skip
    assert uses_seconding(fresh) == uses_seconding(done)
    assert header.state is MeetingState.DRAFT and header.actual_start is None
    assert not (fresh.motions or fresh.votes or fresh.elections or fresh.decisions)
    assert not (fresh.presence or fresh.actions or header.quorum_declared)


def test_minutes_demo_kind_writes_each_into_an_archive(tmp_path: Path) -> None:
    for kind in DEMO_KINDS:
        result = CliRunner().invoke(
            root, ["--lang", "en", "demo", "--kind", kind, "--into", str(tmp_path / kind)]
        )
        assert result.exit_code == 0, result.output
        (summary,) = Archive(tmp_path / kind).summaries()
        assert summary.id in result.output


def test_minutes_demo_unminuted_writes_the_meeting_waiting_to_be_minuted(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        root, ["--lang", "de", "demo", "--kind", "verein", "--unminuted", "--into", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert "geschrieben" in result.output
    archive = Archive(tmp_path)
    (summary,) = archive.summaries()
    with MeetingStore(archive.resolve(summary.id), read_only=True) as store:
        meeting = store.meeting
    assert meeting.header.body == DEMO_KINDS["verein"]().header.body
    assert len(meeting.agenda) == 9 and not meeting.decisions and not meeting.elections


def test_the_seed_demo_unminuted_too(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        root, ["--lang", "sv", "demo", "--unminuted", "--into", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    archive = Archive(tmp_path)
    (summary,) = archive.summaries()
    with MeetingStore(archive.resolve(summary.id), read_only=True) as store:
        meeting = store.meeting
    assert meeting.header.body == "Södertörnskommunernas ledningsgrupp"
    assert len(meeting.agenda) == 11 and not meeting.decisions and not meeting.events


def test_the_annual_meeting_adjusts_its_rostlangd_before_the_elections(tmp_path: Path) -> None:
    doc = read(export_meeting(DEMO_KINDS["association"](), "docx", tmp_path / "a.docx"))
    assert "Röstlängden fastställs till 42 röstberättigade." in doc.section("4. ")
    board = doc.section("8. ")
    assert "Röstlängden justeras till 43 röstberättigade.\nTillkommer: Eva Holm." in board
