"""``minutes upcoming`` and ``model.planned``: the meetings to come across an archive of
real files, as each body's newest minutes plan them and as drafts made ahead."""

from __future__ import annotations

import csv
from datetime import date, datetime, time
from pathlib import Path

from click.testing import CliRunner

from model.demo import demo_meeting
from model.ids import new_id
from model.next_meeting import build_next_meeting
from model.planned import planned_meetings
from model.store.archive import Archive
from model.upcoming import UpcomingInput, add_upcoming
from tui.cli import root

NOW = datetime(2022, 5, 6, 11, 0)
BODY = "Södertörnskommunernas ledningsgrupp"


def _archive(tmp_path: Path) -> Archive:
    """The demo meeting (6 May 2022) planning 17 June, 26 August (tentative) and 30
    September; and a second body's meeting of 2 May planning 1 June."""
    archive = Archive(tmp_path / "archive")
    meeting = demo_meeting()
    add_upcoming(meeting, UpcomingInput(date(2022, 8, 26), time(8, 30), place="Valhall",
                                        tentative=True), NOW)  # fmt: skip
    add_upcoming(meeting, UpcomingInput(date(2022, 9, 30), time(9, 0), time(12, 0)), NOW)
    archive.create(meeting)
    other = demo_meeting()
    other.header.id = new_id()
    other.header.body = "Samarbetskommittén"
    other.header.date = date(2022, 5, 2)
    other.header.next_date = date(2022, 6, 1)
    other.header.next_place = "Tyresö"
    archive.create(other)
    return archive


def test_every_bodys_plan_in_date_order(tmp_path: Path) -> None:
    planned, total = planned_meetings(_archive(tmp_path), today=date(2022, 5, 7))
    assert [(p.body, p.day) for p in planned] == [
        ("Samarbetskommittén", date(2022, 6, 1)),
        (BODY, date(2022, 6, 17)),
        (BODY, date(2022, 8, 26)),
        (BODY, date(2022, 9, 30)),
    ]
    assert [p.tentative for p in planned] == [False, False, True, False]
    assert planned[0].place == "Tyresö" and planned[0].planned_in == date(2022, 5, 2)
    assert (planned[3].start, planned[3].end) == (time(9, 0), time(12, 0))
    assert not any(p.created for p in planned) and total == 4


def test_from_a_later_date_and_one_body(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    assert [p.day for p in planned_meetings(archive, today=date(2022, 8, 26))[0]] == [
        date(2022, 8, 26),
        date(2022, 9, 30),
    ]
    only, _ = planned_meetings(archive, today=date(2022, 5, 7), body="samarbetskommittén")
    assert [(p.body, p.day) for p in only] == [("Samarbetskommittén", date(2022, 6, 1))]
    assert planned_meetings(archive, today=date(2023, 1, 1)) == ([], 0)


def test_a_draft_made_ahead_stands_once_and_carries_the_rest(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    (source,) = [s for s in archive.summaries(body=BODY)]
    with archive.open(source.id, read_only=True) as store:
        previous = store.meeting
    archive.create(build_next_meeting(previous, now=NOW))  # 17 June, made ahead
    planned = [p for p in planned_meetings(archive, today=date(2022, 5, 7))[0] if p.body == BODY]
    assert [(p.day, p.created) for p in planned] == [
        (date(2022, 6, 17), True),
        (date(2022, 8, 26), False),
        (date(2022, 9, 30), False),
    ]
    assert planned[0].start == time(8, 30) and planned[0].planned_in is None
    assert planned[1].planned_in == date(2022, 6, 17)  # the newest minutes hold the plan


def test_a_damaged_file_is_passed_over(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    (archive.meetings_dir / "broken.json").write_text("{ not json", encoding="utf-8")
    assert planned_meetings(archive, today=date(2022, 5, 7))[1] == 4


def test_a_page_and_a_created_meeting_that_became_unreadable(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    (source,) = archive.summaries(body=BODY)
    with archive.open(source.id, read_only=True) as store:
        previous = store.meeting
    made = archive.create(build_next_meeting(previous, now=NOW))  # 17 June, made ahead
    first, total = planned_meetings(archive, today=date(2022, 5, 7), limit=1)
    assert total == 4 and [p.body for p in first] == ["Samarbetskommittén"]
    made.write_text("{ damaged", encoding="utf-8")  # the plan is then the older minutes'
    again, total = planned_meetings(archive, today=date(2022, 5, 7))
    ours = [p for p in again if p.body == BODY]
    assert (ours[0].day, ours[0].created, total) == (date(2022, 6, 17), False, 4)


def _run(archive: Archive, *args: str, lang: str = "sv") -> str:
    result = CliRunner().invoke(
        root, ["--archive", str(archive.root), "--lang", lang, "upcoming", *args]
    )
    assert result.exit_code == 0, result.output
    return result.output


def test_piped_output_is_tab_separated_with_stable_names(tmp_path: Path) -> None:
    out = _run(_archive(tmp_path), "--from", "2022-05-07")
    rows = list(csv.DictReader(out.splitlines(), delimiter="\t"))
    assert list(rows[0]) == ["date", "time", "body", "place", "status"]
    assert [r["date"] for r in rows] == ["2022-06-01", "2022-06-17", "2022-08-26", "2022-09-30"]
    assert rows[2]["status"] == "preliminärt" and rows[2]["place"] == "Valhall"
    assert rows[3]["time"] == "kl 9.00-12.00"


def test_a_page_and_the_count_of_the_rest_on_stderr(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    args = ["--archive", str(archive.root), "--lang", "en", "upcoming", "--from", "2022-05-07"]
    result = CliRunner().invoke(root, [*args, "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 3  # the column names and two meetings
    assert "Showing the nearest 2 of 4 meetings to come; --all shows every one." in result.stderr
    every = CliRunner().invoke(root, [*args, "--all"])
    assert len(every.stdout.splitlines()) == 5 and every.stderr == ""


def test_nothing_to_come_and_a_bad_date(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    assert _run(archive, "--from", "2030-01-01").strip() == "Inga kommande möten."
    assert _run(archive, "--from", "2030-01-01", lang="de").strip() == "Keine kommenden Sitzungen."
    bad = CliRunner().invoke(
        root, ["--archive", str(archive.root), "--lang", "en", "upcoming", "--from", "soon"]
    )
    assert bad.exit_code == 2 and "Traceback" not in bad.output
