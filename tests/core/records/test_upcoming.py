"""Kommande möten: several meetings to come, some tentative. The model, an older file's
one next meeting, the merge, next-from-last, and the Word document in sv/en/de."""

from __future__ import annotations

import copy
import os
import shutil
from datetime import date, datetime, time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from export.exporter import export_meeting
from model.approval import content_hash
from model.codec import meeting_to_tables, tables_to_meeting
from model.demo import demo_meeting
from model.enums import DocumentKind, ItemKind, Language
from model.live import LiveError
from model.meeting import Meeting
from model.next_meeting import build_next_meeting
from model.record_edits import delete_record
from model.store.meeting_store import MeetingStore
from model.upcoming import (
    HEADER_ID,
    UpcomingInput,
    add_upcoming,
    edit_upcoming,
    keep_after_date,
    next_planned,
    upcoming_meetings,
)
from sync.merge import merge_tables
from tests.core.export.conftest import blocks

NOW = datetime(2022, 5, 6, 10, 0)
DATA = Path(__file__).parent.parent / "store" / "data"


def _three(meeting: Meeting) -> None:
    """The demo's one next meeting (17 June) and two more, the first of them tentative."""
    add_upcoming(meeting, UpcomingInput(date(2022, 8, 26), time(8, 30), place="Valhall",
                                        tentative=True), NOW)  # fmt: skip
    add_upcoming(meeting, UpcomingInput(date(2022, 9, 30), time(9, 0), time(12, 0)), NOW)


def test_an_older_files_next_meeting_is_the_first_of_the_list() -> None:
    meeting = demo_meeting()  # keeps its next meeting in the header, as older files do
    (one,) = upcoming_meetings(meeting)
    assert (one.id, one.day, one.start) == (HEADER_ID, date(2022, 6, 17), time(8, 30))
    _three(meeting)
    listed = upcoming_meetings(meeting)
    assert [u.day for u in listed] == [date(2022, 6, 17), date(2022, 8, 26), date(2022, 9, 30)]
    assert [u.tentative for u in listed] == [False, True, False]
    assert meeting.header.next_date is None and meeting.header.next_place == ""
    assert listed[0].place == "Huddinge kommunhus, lokal Valhall alt digitalt"
    again = tables_to_meeting(copy.deepcopy(meeting_to_tables(meeting)))
    assert [(u.day, u.tentative) for u in upcoming_meetings(again)] == [
        (u.day, u.tentative) for u in listed
    ]


def test_a_version_1_file_loads_with_its_next_meeting_and_still_verifies(tmp_path: Path) -> None:
    target = tmp_path / "meetings" / "v1_approved.json"
    target.parent.mkdir(parents=True)
    shutil.copyfile(DATA / "v1_approved.json", target)
    with MeetingStore(target, read_only=True) as store:
        meeting = store.meeting
    (one,) = upcoming_meetings(meeting)
    assert (one.day, one.start, one.end) == (date(2022, 6, 17), time(8, 30), time(11, 0))
    assert "upcoming" not in meeting_to_tables(meeting)  # an empty optional table is not written
    assert content_hash(meeting) == meeting.header.approved_hash


def test_bad_input_is_refused_and_nothing_changes() -> None:
    meeting = demo_meeting()
    before = meeting_to_tables(meeting)
    for data in (
        UpcomingInput(None),
        UpcomingInput(date(2022, 6, 1), time(11, 0), time(9, 0)),
        UpcomingInput(date(2022, 5, 6)),  # the meeting's own date
        UpcomingInput(date(2022, 6, 17), time(8, 30)),  # already listed (the header's)
    ):
        with pytest.raises(LiveError):
            add_upcoming(meeting, data, NOW)
    assert meeting_to_tables(meeting) == before
    with pytest.raises(LiveError):
        edit_upcoming(meeting, "nonexistent", UpcomingInput(date(2022, 7, 1)), NOW)


def test_edit_and_delete_through_the_records_operations() -> None:
    meeting = demo_meeting()
    edit_upcoming(meeting, HEADER_ID, UpcomingInput(date(2022, 6, 24), tentative=True), NOW)
    (one,) = upcoming_meetings(meeting)
    assert one.day == date(2022, 6, 24) and one.tentative and one.id != HEADER_ID
    _three(meeting)
    delete_record(meeting, "upcoming", one.id, NOW)
    assert [u.day for u in upcoming_meetings(meeting)] == [date(2022, 8, 26), date(2022, 9, 30)]
    assert any(u.deleted for u in meeting.upcoming)  # a tombstone for the merge


def test_next_from_last_takes_the_first_firm_date_and_lists_the_later_ones() -> None:
    meeting = demo_meeting()
    edit_upcoming(meeting, HEADER_ID, UpcomingInput(date(2022, 6, 17), tentative=True), NOW)
    _three(meeting)  # 17 June tentative, 26 August tentative, 30 September firm
    planned = next_planned(meeting)
    assert planned is not None and planned.day == date(2022, 9, 30)
    nxt = build_next_meeting(meeting, now=NOW)
    assert (nxt.header.date, nxt.header.planned_start) == (date(2022, 9, 30), time(9, 0))
    assert upcoming_meetings(nxt) == []  # nothing after 30 September
    only_tentative = demo_meeting()
    edit_upcoming(only_tentative, HEADER_ID, UpcomingInput(date(2022, 6, 17), tentative=True),
                  NOW)  # fmt: skip
    assert build_next_meeting(only_tentative, now=NOW).header.date == date(2022, 6, 17)
    firm_first = demo_meeting()
    _three(firm_first)
    built = build_next_meeting(firm_first, now=NOW)
    assert built.header.date == date(2022, 6, 17)
    assert [u.day for u in upcoming_meetings(built)] == [date(2022, 8, 26), date(2022, 9, 30)]
    built.header.date = date(2022, 9, 1)
    keep_after_date(built)
    assert [u.day for u in upcoming_meetings(built)] == [date(2022, 9, 30)]


def _merge(base: Meeting, ours: Meeting, theirs: Meeting) -> Meeting:
    merged, report = merge_tables(
        meeting_to_tables(base), meeting_to_tables(ours), meeting_to_tables(theirs)
    )
    assert report.conflicts == []
    return tables_to_meeting(merged)


def _copy(meeting: Meeting) -> Meeting:
    return tables_to_meeting(copy.deepcopy(meeting_to_tables(meeting)))


def test_merge_keeps_both_sides_meetings_and_the_older_files_one_once() -> None:
    base = demo_meeting()
    ours, theirs = _copy(base), _copy(base)
    add_upcoming(ours, UpcomingInput(date(2022, 8, 26)), NOW)
    add_upcoming(theirs, UpcomingInput(date(2022, 9, 30), tentative=True), NOW)
    merged = _merge(base, ours, theirs)
    days = [u.day for u in upcoming_meetings(merged)]
    assert days == [date(2022, 6, 17), date(2022, 8, 26), date(2022, 9, 30)]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(min_value=10, max_value=60), max_size=4),
    st.lists(st.integers(min_value=10, max_value=60), max_size=4),
)
def test_merge_lists_every_date_once_whichever_side_added_it(
    ours_days: list[int], theirs_days: list[int]
) -> None:
    base = demo_meeting()
    ours, theirs = _copy(base), _copy(base)
    for side, days in ((ours, ours_days), (theirs, theirs_days)):
        for offset in dict.fromkeys(days):
            add_upcoming(side, UpcomingInput(date(2022, 6, 17).fromordinal(
                date(2022, 6, 17).toordinal() + offset)), NOW)  # fmt: skip
    merged = _merge(base, ours, theirs)
    days = [u.day for u in upcoming_meetings(merged)]
    wanted = {date(2022, 6, 17)} | {
        date.fromordinal(date(2022, 6, 17).toordinal() + n) for n in ours_days + theirs_days
    }
    assert days == sorted(wanted)  # each once, in date order


LIST_WORDS = {
    Language.SV: ("Kommande möten", "preliminärt", "Fredagen den 26 augusti 2022 kl 8.30"),
    Language.EN: ("Future meetings", "tentative", "Friday 26 August 2022"),
    Language.DE: ("Kommende Sitzungen", "vorläufig", "Freitag, 26. August 2022"),
}
ONE_SENTENCE = {
    Language.SV: "Nästa möte: fredagen den 17 juni 2022 kl 8.30–11.00, Huddinge kommunhus, "
    "lokal Valhall alt digitalt.",
    Language.EN: "Next meeting: ",
    Language.DE: "Nächste Sitzung: ",
}


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", list(DocumentKind))
def test_one_meeting_is_the_sentence_and_several_are_a_list(
    language: Language, kind: DocumentKind, tmp_path: Path
) -> None:
    meeting = demo_meeting()
    meeting.header.language, meeting.header.kind = language, kind
    texts = [b.text for b in blocks(export_meeting(meeting, "docx", tmp_path / "one.docx"))]
    sentence = [t for t in texts if t.startswith(ONE_SENTENCE[language].split(":")[0] + ":")]
    assert len(sentence) == 1 and "17" in sentence[0]
    if language is Language.SV:
        assert sentence[0].replace("-", "–") == ONE_SENTENCE[language]
    _three(meeting)
    body = blocks(export_meeting(meeting, "docx", tmp_path / "list.docx"))
    heading, tentative, first_tentative = LIST_WORDS[language]
    texts = [b.text for b in body]
    start = texts.index(f"{heading}:")
    listed = texts[start + 1 : start + 4]
    assert len(listed) == 3 and all(b.numbered or b.style for b in body[start + 1 : start + 4])
    assert listed[1].startswith(first_tentative) and listed[1].endswith(f"({tentative})")
    assert "17" in listed[0] and "30" in listed[2] and tentative not in listed[0] + listed[2]
    assert not any(t.startswith(ONE_SENTENCE[language].split(":")[0] + ":") for t in texts)


def test_without_a_next_meeting_item_the_list_gets_its_own_heading(tmp_path: Path) -> None:
    meeting = demo_meeting()
    for item in meeting.agenda:
        if item.kind is ItemKind.NEXT_MEETING:
            item.kind = ItemKind.REGULAR
    _three(meeting)
    body = blocks(export_meeting(meeting, "docx", tmp_path / "m.docx"))
    at = next(n for n, b in enumerate(body) if b.text == "Kommande möten")
    assert body[at].style.startswith("Heading")
    assert body[at + 2].text.endswith("(preliminärt)")


def test_minutes_show_lists_them() -> None:
    from rich.console import Console

    from tui.cli.render import render_meeting

    meeting = demo_meeting()
    _three(meeting)
    with open(os.devnull, "w", encoding="utf-8") as sink:
        console = Console(width=140, record=True, file=sink)
        console.print(render_meeting(meeting))
        text = console.export_text()
    start = text.index("Kommande möten:")
    lines = text[start:].splitlines()[1:4]
    assert [line.strip()[:2] for line in lines] == ["• "] * 3
    assert lines[1].strip().endswith("(preliminärt)")
