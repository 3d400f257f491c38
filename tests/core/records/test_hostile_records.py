"""Meetings to come and röstlängd records another tool wrote badly: read, exported,
checked, never a traceback; typed text is escaped, never markup."""

from __future__ import annotations

from pathlib import Path

from export.exporter import export_meeting
from export.markdown import meeting_markdown
from model.codec import meeting_to_tables, tables_to_meeting
from model.demo import demo_meeting
from model.electorate import electorate_at
from model.upcoming import upcoming_meetings
from model.validation import validate


def test_odd_upcoming_and_electorate_records_do_not_break_anything(tmp_path: Path) -> None:
    tables = meeting_to_tables(demo_meeting())
    items = list(tables["items"])
    tables["upcoming"] = {
        "u1": {"day": "2022-09-01", "place": "**Aula** <script>", "tentative": 1},
        "u2": {"day": None, "start": None, "place": "", "position": "20"},
        "u3": {"day": "2022-10-01", "deleted": True},
    }
    tables["electorates"] = {
        "r1": {"item": items[2], "count": 40, "joined": [None, "Ann"], "left": None},
        "r2": {"item": "no-such-item", "count": 99},
    }
    meeting = tables_to_meeting(tables)
    listed = upcoming_meetings(meeting)
    assert len(listed) == 1 and listed[0].tentative  # neither the dateless nor the deleted
    at = electorate_at(meeting, items[-1])
    assert at is not None and at.count == 40 and at.joined == ["Ann"]  # r2 has no item
    text = meeting_markdown(meeting)
    assert "\\*\\*Aula\\*\\*" in text and "<script>" not in text.replace("\\<script\\>", "")
    export_meeting(meeting, "docx", tmp_path / "odd.docx")
    validate(meeting)  # findings, not a crash
