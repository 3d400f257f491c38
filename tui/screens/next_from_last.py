"""The next meeting from the last, in the app: what ``minutes new --next`` does for the
body of the meeting selected in the archive, in a thread worker, then the new meeting
opens. Tabled items return, the body's open actions are listed under the outstanding
matters, and date, time and place come from the last meeting's "next meeting".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from textual.screen import Screen

from model.enums import ItemOrigin, Language
from model.meeting import Meeting
from model.next_meeting import build_next_meeting, follow_ups
from model.store.archive import Archive
from model.store.errors import StoreError
from tui.i18n import t


class NoPreviousMeeting(Exception):
    """The body has no readable meeting to start from."""


def create_next_meeting(archive: Archive, body: str) -> tuple[Path, Meeting, Meeting]:
    """Build and save the body's next meeting; (its path, it, the meeting it came from).

    The same parts as ``minutes new --next``: the body's roster and its open actions
    across the archive (``tui.cli.followup.open_actions_of``).
    """
    from tui.cli.followup import open_actions_of

    previous = archive.last_meeting_of(body)
    if previous is None:
        raise NoPreviousMeeting(body)
    meeting = build_next_meeting(
        previous, roster=archive.roster_for(body), actions=open_actions_of(archive, body)
    )
    meeting.header.date = meeting.header.date or date.today()
    return archive.create(meeting), meeting, previous


def start_next_meeting(host: Screen[Any], archive: Archive, lang: Language, body: str) -> None:
    """Create the next meeting of ``body`` in a worker; say what came along; open it."""
    app = host.app
    if not body:
        app.notify(t(lang, "followup.app.next.select"), severity="warning")
        return

    def work() -> None:
        try:
            path, meeting, previous = create_next_meeting(archive, body)
        except NoPreviousMeeting:
            message = t(lang, "followup.no_previous", body=body)
            app.call_from_thread(app.notify, message, severity="error", timeout=10)
            return
        except StoreError as exc:
            app.call_from_thread(app.notify, exc.message(lang), severity="error", timeout=15)
            return
        except OSError as exc:
            detail = exc.strerror or str(exc)
            app.call_from_thread(app.notify, t(lang, "app.error", detail=detail), severity="error")
            return
        returning = sum(1 for i in meeting.agenda if i.origin is ItemOrigin.CARRIED_OVER)
        message = t(
            lang,
            "followup.app.next.created",
            body=body,
            date=previous.header.date or "-",
            returning=returning,
            actions=len(follow_ups(meeting)),
        )
        app.call_from_thread(app.notify, message, timeout=10)
        app.call_from_thread(app.open_meeting, path)  # type: ignore[attr-defined]

    host.run_worker(work, thread=True, exclusive=True, group="next-meeting", exit_on_error=False)
