"""The meeting screen's header line."""

from __future__ import annotations

from model.enums import Language


def test_an_approved_meeting_shows_no_running_clocks() -> None:
    from datetime import datetime

    from model import live
    from model.approval import approve
    from model.demo import demo_agenda
    from tui.widgets.meeting_header import SAVED, header_text

    meeting = demo_agenda(done=0, on=None)
    start = datetime(2022, 5, 6, 8, 30)
    live.start_meeting(meeting, start)
    live.next_item(meeting, start)
    later = datetime(2022, 5, 6, 12, 0)
    running = header_text(meeting, Language.EN, later, SAVED, False).plain
    assert "Meeting 3:30" in running
    approve(meeting, "Olle Ordförande", later)
    final = header_text(meeting, Language.EN, later, SAVED, True).plain
    assert "Meeting" not in final and "approved" in final
