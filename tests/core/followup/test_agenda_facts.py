"""The meeting's date, time and place read from an agenda's labelled lines."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from click.testing import CliRunner

from export.readers import read_agenda
from model.agenda_import import parse_agenda
from model.agenda_import.facts import read_date, read_times
from model.store.archive import Archive
from tests.conftest import CORPUS, SEED
from tui.cli import root


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        ("Fredagen den 6 maj 2022 kl 8.30-11.00", date(2022, 5, 6), (time(8, 30), time(11))),
        ("2025-01-23 19.00", date(2025, 1, 23), (time(19), None)),
        ("Thursday, April 12, 2018, 6:00 p.m.", date(2018, 4, 12), (time(18), None)),
        ("Samstag, den 22. Februar 2025, 11:00 Uhr", date(2025, 2, 22), (time(11), None)),
        ("6/5 2022 kl 18", date(2022, 5, 6), (time(18), None)),
        ("onsdag 3 december 2025, 18:00–20:00", date(2025, 12, 3), (time(18), time(20))),
        ("6:00 - 8:00 p.m.", None, (time(18), time(20))),
        ("31 februari 2025", None, (None, None)),  # no such day: nothing, not a guess
        ("3 punkter", None, (None, None)),  # a number is not a time
    ],
)
def test_dates_and_times_in_three_languages(
    text: str, day: date | None, times: tuple[time | None, time | None]
) -> None:
    assert read_date(text) == day
    assert read_times(text) == times


def test_labelled_lines_before_the_items() -> None:
    text = (
        "Kallelse till styrelsemöte\n\n"
        "**Tid:** tisdag 4 mars 2025 kl. 18.00–20.00\n"
        "**Plats:** Föreningslokalen, Storgatan 1\n\n"
        "1. Mötets öppnande\n2. Tid för nästa möte\n3. Mötets avslutande\n"
    )
    facts = parse_agenda(text).facts
    assert (facts.date, facts.start, facts.end) == (date(2025, 3, 4), time(18), time(20))
    assert facts.place == "Föreningslokalen, Storgatan 1"
    # an item that merely mentions a time is not a label
    assert parse_agenda("1. Tid för nästa möte\n2. Övrigt\n").facts.date is None


def test_the_reference_minutes_name_their_meeting() -> None:
    if not SEED.exists():
        pytest.skip(f"no seed at {SEED}")
    facts = parse_agenda(SEED.read_text(encoding="utf-8")).facts
    assert (facts.date, facts.start, facts.end) == (date(2022, 5, 6), time(8, 30), time(11))
    assert facts.place.startswith("Huddinge kommunhus")


def test_corpus_headers() -> None:
    scanned = CORPUS / "sv-stenalderns-samfallighet-styrelsemote-2025-01-23-pdf.md"
    if not scanned.exists():
        pytest.skip(f"no corpus at {CORPUS}")
    facts = read_agenda(scanned).facts
    assert (facts.date, facts.start) == (date(2025, 1, 23), time(19))
    assert facts.place  # "Plats:" of the scanned page
    # agendas with no labelled lines say nothing rather than guess
    for name in (
        "en-apache-board-agenda-2015-02-18.md",
        "sv-lithekod-stormote-foredragningslista-2023.md",
    ):
        assert not read_agenda(CORPUS / name).facts


def test_new_takes_date_time_and_place_from_the_agenda(tmp_path: Path) -> None:
    agenda = tmp_path / "kallelse.md"
    agenda.write_text(
        "# Styrelsemöte\n\nDatum och tid: 2025-03-04 kl 18.00-20.00\nLokal: Biblioteket\n\n"
        "1. Mötets öppnande\n2. Val av justerare\n3. Budget\n4. Mötets avslutande\n",
        encoding="utf-8",
    )
    archive = tmp_path / "archive"
    result = CliRunner().invoke(
        root,
        ["--archive", str(archive), "--lang", "sv", "new", "--agenda", str(agenda),
         "--body", "Styrelsen", "--title", "Styrelsemöte", "--yes"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Dagordningen anger: 2025-03-04, 18.00–20.00, Biblioteket" in result.output
    meeting = Archive(archive).last_meeting_of("Styrelsen")
    assert meeting is not None
    header = meeting.header
    assert (header.date, header.planned_start, header.planned_end, header.place) == (
        date(2025, 3, 4),
        time(18),
        time(20),
        "Biblioteket",
    )
    # an option given on the command line still wins
    result = CliRunner().invoke(
        root,
        ["--archive", str(archive), "new", "--agenda", str(agenda), "--body", "Styrelsen",
         "--date", "2025-03-05", "--place", "Hemma", "--yes"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    newest = Archive(archive).last_meeting_of("Styrelsen")
    assert newest is not None
    assert (newest.header.date, newest.header.place) == (date(2025, 3, 5), "Hemma")
