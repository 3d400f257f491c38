"""The form of a meeting to come (alt+m adds one; the records list, alt+l, edits or
deletes it): date, start, end, place, and whether the date is only preliminary."""

from __future__ import annotations

from datetime import datetime, time

from model.enums import Language
from model.meeting import Meeting
from model.upcoming import (
    UpcomingInput,
    add_upcoming,
    edit_upcoming,
    upcoming_meetings,
    upcoming_text,
)
from model.upcoming_record import UpcomingMeeting
from model.wording import clock
from tui.i18n import t
from tui.screens.form import Field, FormScreen, Values
from tui.screens.meeting_forms import (
    FormError,
    Runner,
    meeting_year,
    optional_date,
    optional_time,
)
from tui.screens.procedure_forms import parse_yes_no


def clock_or_empty(value: time | None) -> str:
    return clock(value) if value else ""


#: Words for "yes, tentative" beside yes/ja: what minutes write next to such a date.
TENTATIVE_WORDS = ("preliminärt", "preliminär", "prel", "tentative", "vorläufig", "tentativ")


def _tentative(text: str, lang: Language) -> bool:
    if " ".join(text.casefold().split()).rstrip(".") in TENTATIVE_WORDS:
        return True
    return bool(parse_yes_no(text, t(lang, "form.next.tentative"), lang))


def upcoming_listed_one(coming: UpcomingMeeting, lang: Language) -> str:
    """One meeting to come as the records list and the notice show it."""
    text = upcoming_text(coming, lang)
    return f"{text} ({t(lang, 'upcoming.tentative')})" if coming.tentative else text


def upcoming_listed(meeting: Meeting, lang: Language) -> str:
    """The meetings to come on one line, for the form's notice ("" for none)."""
    return "; ".join(upcoming_listed_one(u, lang) for u in upcoming_meetings(meeting))


def upcoming_form(
    meeting: Meeting,
    lang: Language,
    run: Runner,
    now: datetime,
    *,
    existing: str | None = None,
    records_key: str = "alt+l",
) -> FormScreen:
    """A new meeting to come, or (``existing``: its id) that one's form filled in."""
    record = next((u for u in upcoming_meetings(meeting) if u.id == existing), None)

    def work(v: Values) -> str | None:
        data = UpcomingInput(
            optional_date(v["date"], t(lang, "form.next.date"), lang, meeting_year(meeting)),
            optional_time(v["start"], t(lang, "form.next.start"), lang),
            optional_time(v["end"], t(lang, "form.next.end"), lang),
            v["place"],
            _tentative(v["tentative"], lang),
        )
        if record is not None:
            return run(lambda m: edit_upcoming(m, record.id, data, now))
        return run(lambda m: add_upcoming(m, data, now))

    def submit(values: Values) -> str | None:
        try:
            return work(values)
        except FormError as exc:
            return str(exc)

    yes = {Language.SV: "ja", Language.DE: "ja"}.get(lang, "yes")
    day = record.day.isoformat() if record and record.day else ""
    start = clock_or_empty(record.start if record else None)
    end = clock_or_empty(record.end if record else None)
    place = record.place if record else meeting.header.place
    tentative = yes if record and record.tentative else ""
    fields = [
        Field("date", t(lang, "form.next.date"), day),
        Field("start", t(lang, "form.next.start"), start),
        Field("end", t(lang, "form.next.end"), end),
        Field("place", t(lang, "form.next.place"), place),
        Field("tentative", t(lang, "form.next.tentative"), tentative, [yes]),
    ]
    listed = upcoming_listed(meeting, lang)
    notice = t(lang, "form.next.listed", listed=listed, keys=records_key) if listed else ""
    title = t(lang, "form.next_edit" if record else "form.next")
    return FormScreen(title, fields, lang, submit, notice)
