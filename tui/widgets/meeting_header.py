"""The meeting's header bar: body, date, meeting clock, item timer, projected end, saved."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.widgets import Static

from model.enums import AttendanceStatus, Language, MeetingState
from model.meeting import Meeting
from model.quorum import quorum_at, seats
from model.timing import (
    format_duration,
    meeting_seconds,
    minutes_over,
    planned_end,
    projected_end,
    used_seconds,
)
from model.wording import clock
from tui.i18n import t

#: save states shown at the right of the bar
SAVED, DIRTY, FAILED = "saved", "dirty", "failed"


def header_text(
    meeting: Meeting,
    lang: Language,
    now: datetime,
    save_state: str,
    read_only: bool,
    unverified: bool = False,
) -> Text:
    """Two lines: who and when (with marks), then the clocks and the save state.
    ``unverified``: the approval does not hold (sync/approval_check.py): said in red."""
    header = meeting.header
    top = Text()
    top.append(header.body or header.title, style="bold")
    if header.date:
        top.append(f"  {header.date.isoformat()}")
    top.append(f"  {t(lang, f'app.state.{header.state.value}')}", style="dim")
    if read_only:
        top.append(f"  {t(lang, 'app.readonly')}", style="bold reverse red")
    if unverified:
        top.append(f"  {t(lang, 'verify.header_mark')}", style="bold reverse red")
    conflicts = len(meeting.open_conflicts())
    if conflicts:
        top.append(f"  ⚠ {t(lang, 'app.conflicts', count=conflicts)}", style="bold yellow")
    _append_quorum(top, meeting, lang)

    line = Text()
    if not read_only:
        state_text, style = {
            SAVED: (t(lang, "app.saved"), "green"),
            DIRTY: (t(lang, "app.saving"), "yellow"),
            FAILED: (t(lang, "app.unsaved"), "bold reverse red"),
        }[save_state]
        line.append(f"● {state_text}", style=style)
        line.append(" │ ")
    if header.state is not MeetingState.APPROVED:  # final: no clocks running on
        _append_clocks(line, meeting, lang, now)
    top.append("\n")
    top.append_text(line)
    return top


def _append_quorum(top: Text, meeting: Meeting, lang: Language) -> None:
    """At the current item, once attendance is being taken: quorum, red when not met."""
    item = meeting.current
    if item is None:
        return
    if all(p.status is AttendanceStatus.UNKNOWN for p in seats(meeting)):
        return  # nobody registered yet: no verdict
    state = quorum_at(meeting, item.id)
    if state is None:
        return
    values = {"present": state.present, "seats": state.seats, "needed": state.needed}
    if state.met:
        top.append(f"  {t(lang, 'att.quorum_ok', **values)}", style="dim")
    else:
        top.append(f"  {t(lang, 'att.quorum_warning', **values)}", style="bold reverse red")


def _append_clocks(line: Text, meeting: Meeting, lang: Language, now: datetime) -> None:
    """The meeting clock, the item timer and the projected end."""
    line.append(t(lang, "app.clock", time=format_duration(meeting_seconds(meeting, now))))
    item = meeting.current
    if item is not None:
        used = used_seconds(meeting, item, now)
        line.append(" │ ")
        if item.planned_minutes:
            item_over = used > item.planned_minutes * 60
            line.append(
                t(lang, "app.item_timer", used=format_duration(used), planned=item.planned_minutes),
                style="bold red" if item_over else "",
            )
        else:
            line.append(t(lang, "app.item_timer.open", used=format_duration(used)))
    projected, planned = projected_end(meeting, now), planned_end(meeting)
    if projected is not None and planned is not None:
        over = minutes_over(meeting, now)
        line.append(" │ ")
        key = "app.projected.over" if over else "app.projected"
        line.append(
            t(lang, key, time=clock(projected), planned=clock(planned), over=over),
            style="bold yellow" if over else "",
        )


class MeetingHeaderBar(Static):
    """Redrawn every second by the screen (clocks), and after every change."""

    DEFAULT_CSS = """
    MeetingHeaderBar {
        height: 2; background: $panel; padding: 0 1;
        /* a line too long is cut, never wrapped: a wrapped first line would push the
           save state off the header's two lines */
        text-wrap: nowrap; text-overflow: ellipsis;
    }
    """
