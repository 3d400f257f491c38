"""The form for a new meeting, opened from the archive screen (imported when it opens: the
archive paints without the meeting model and the forms)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

from textual.screen import Screen

from model.doc_language import chosen_language
from model.enums import Language
from model.new_meeting import build_meeting
from model.store.archive import Archive
from model.store.errors import StoreError
from model.store.problems import os_error_words
from model.validation import planned_times_problem
from tui.i18n import t
from tui.messages import OpenMeeting
from tui.screens.form import Field, FormScreen, Values
from tui.screens.meeting_forms import FormError, optional_date, optional_time


def open_new_meeting_form(screen: Screen[Any], archive: Archive, lang: Language,
                          last_body: str) -> None:  # fmt: skip
    """Ask for the new meeting's facts; create it and open it."""

    config = getattr(screen.app, "config", None)  # the user's default for a new body
    configured = chosen_language(config.document_language) if config is not None else None

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
            title = values["title"].strip()
            path = create_meeting(archive, body, title, day, start, end, values, configured)
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
    configured_language: Language | None = None,
) -> Path:
    """A new meeting as ``minutes new`` makes it (``model.new_meeting``): the body's
    roster, its template's agenda, the kind, place and rules of its last meeting."""
    meeting = build_meeting(
        archive,
        body,
        title=title or None,
        day=day,
        start=start,
        end=end,
        place=values["place"].strip() or None,
        configured_language=configured_language,
    )
    return archive.create(meeting)
