"""The next meeting from the last, in the app: what ``minutes new --next`` does for the
body of the meeting selected in the archive, in a thread worker, then the new meeting
opens, after a form that names the body and the meeting it starts from and asks the
date (Enter creates, Esc creates nothing). Tabled items return, the body's open actions
are listed under the outstanding matters, and date, time and place come from the last
meeting's first upcoming meeting that is not tentative.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from textual.screen import Screen

from model.enums import ItemOrigin, Language
from model.meeting import Meeting
from model.new_meeting import next_meeting_after
from model.next_meeting import follow_ups
from model.store.archive import Archive
from model.store.errors import StoreError
from model.timefmt import parse_date, value_error_words
from model.upcoming import keep_after_date, next_planned
from tui.i18n import t
from tui.messages import OpenMeeting
from tui.screens.form import Field, FormScreen, Values


def create_next_meeting(
    archive: Archive, previous: Meeting, day: date | None = None
) -> tuple[Path, Meeting]:
    """Build and save the next meeting after ``previous``; (its path, it).

    The same meeting as ``minutes new --next`` (``model.new_meeting.next_meeting_after``):
    the body's roster, its open actions across the archive, its template's standing items.
    ``day`` replaces the date the last meeting planned (default: that date, else today).
    """
    meeting = next_meeting_after(archive, previous)
    meeting.header.date = day or meeting.header.date or date.today()
    keep_after_date(meeting)  # a date typed later than the planned one passes some
    return archive.create(meeting), meeting


def start_next_meeting(host: Screen[Any], archive: Archive, lang: Language, body: str) -> None:
    """Ask first (the body, the meeting it starts from, its date: Enter creates, Esc
    cancels), then create the next meeting of ``body`` in a worker and open it."""
    app = host.app
    if not body:
        app.notify(t(lang, "followup.app.next.select"), severity="warning")
        return

    def failed(message: str) -> None:
        app.call_from_thread(app.notify, message, severity="error", timeout=15)

    def ask() -> None:  # in a worker: reading the last meeting takes a few ms
        try:
            previous, skipped = archive.last_readable_meeting(body)
        except StoreError as exc:
            failed(exc.message(lang))
            return
        if previous is None:
            failed(t(lang, "followup.no_previous", body=body))
            return
        notice = ""
        if skipped:  # a damaged file may be the real last meeting: say so before Enter
            files = ", ".join(
                f"{s.path.name} ({s.problem.words(lang)})" for s in skipped if s.problem
            )
            day = previous.header.date or "-"
            notice = t(lang, "followup.app.next.damaged", files=files, date=day)
        app.call_from_thread(show_form, previous, notice)

    def show_form(previous: Meeting, notice: str = "") -> None:
        def submit(values: Values) -> str | None:
            try:
                day = parse_date(values["date"], year=(previous.header.date or date.today()).year)
            except ValueError as exc:
                return value_error_words(exc, lang)
            host.run_worker(
                lambda: create(previous, day),
                thread=True,
                group="next-meeting",
                exit_on_error=False,
            )
            return None

        upcoming = next_planned(previous)  # the first one not tentative
        last, planned = previous.header.date, upcoming.day if upcoming else None
        title = t(lang, "followup.app.next.confirm", body=body, date=last or "-")
        field = Field("date", t(lang, "followup.app.next.date"), str(planned or date.today()))
        app.push_screen(FormScreen(title, [field], lang, submit, notice))

    def create(previous: Meeting, day: date) -> None:
        try:
            path, meeting = create_next_meeting(archive, previous, day)
        except StoreError as exc:
            failed(exc.message(lang))
            return
        except OSError as exc:
            failed(t(lang, "app.error", detail=exc.strerror or str(exc)))
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
        app.post_message(OpenMeeting(path))  # the app opens it (thread-safe)

    host.run_worker(ask, thread=True, exclusive=True, group="next-meeting", exit_on_error=False)
