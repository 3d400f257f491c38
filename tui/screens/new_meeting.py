"""The form for a new meeting, opened from the archive screen (imported when it opens: the
archive paints without the meeting model and the forms)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

from textual.screen import Screen

from model.enums import DocumentKind, Language
from model.meeting import Meeting
from model.store.archive import Archive, new_header
from model.store.errors import StoreError
from model.store.problems import os_error_words
from model.validation import planned_times_problem
from model.wording import KIND_LANGUAGE
from tui.i18n import t
from tui.messages import OpenMeeting
from tui.screens.form import Field, FormScreen, Values
from tui.screens.meeting_forms import FormError, optional_date, optional_time


def open_new_meeting_form(screen: Screen[Any], archive: Archive, lang: Language,
                          last_body: str) -> None:  # fmt: skip
    """Ask for the new meeting's facts; create it and open it."""

    def work_(values: Values) -> str | None:
        try:
            day = optional_date(values["date"], t(lang, "form.new.date"), lang) or date.today()
            start = optional_time(values["start"], t(lang, "form.new.start"), lang)
            end = optional_time(values["end"], t(lang, "form.new.end"), lang)
        except FormError as exc:
            return str(exc)
        if (problem := planned_times_problem(start, end)) is not None:
            return problem.message(lang)
        body = values["body"].strip()
        try:
            path = create_meeting(
                archive, body, values["title"].strip() or body, day, start, end, values
            )
        except (StoreError, OSError) as exc:  # a read-only archive, a full disk
            if isinstance(exc, StoreError):
                return exc.message(lang)
            return t(lang, "app.error", detail=os_error_words(exc, lang))
        screen.notify(t(lang, "app.created"))
        screen.post_message(OpenMeeting(path))
        return None

    fields = [
        Field("body", t(lang, "form.new.body"), last_body, required=True),
        Field("title", t(lang, "form.new.title")),
        Field("date", t(lang, "form.new.date"), date.today().isoformat()),
        Field("start", t(lang, "form.new.start")),
        Field("end", t(lang, "form.new.end")),
        Field("place", t(lang, "form.new.place")),
    ]
    screen.app.push_screen(FormScreen(t(lang, "form.new"), fields, lang, work_))


def create_meeting(
    archive: Archive,
    body: str,
    title: str,
    day: date,
    start: time | None,
    end: time | None,
    values: Values,
) -> Path:
    """A new meeting with the body's roster, kind and language from its last meeting."""
    last = archive.last_meeting_of(body)
    kind = last.header.kind if last else DocumentKind.NOTES
    header = new_header(
        body=body,
        kind=kind,
        language=last.header.language if last else KIND_LANGUAGE[kind],
        title=title,
        date=day,
        planned_start=start,
        planned_end=end,
        place=values["place"].strip() or (last.header.place if last else ""),
        remote=last.header.remote if last else "",
        rules=last.header.rules if last else "",
    )
    return archive.create(Meeting(header=header, attendance=archive.roster_for(body)))
