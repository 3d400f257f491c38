"""The attendance parts of the document that belong to items: jäv, quorum, clock times.

Worded in the document language (model/wording.py); every text goes through
``export.escape``.
"""

from __future__ import annotations

from datetime import datetime, time

from export import escape
from model.agenda import AgendaItem
from model.document_words import document_word
from model.enums import ItemKind
from model.meeting import Meeting
from model.presence import recused_people
from model.quorum import quorum_at
from model.timefmt import clock, time_range
from model.timing import on_meeting_day


def meeting_times(meeting: Meeting) -> tuple[time | None, time | None]:
    """When the meeting was opened and closed; the planned times if it has not run."""
    header = meeting.header
    if on_meeting_day(meeting, header.actual_start):
        assert header.actual_start is not None
        closed = header.actual_end if on_meeting_day(meeting, header.actual_end) else None
        return header.actual_start.time(), closed.time() if closed else header.planned_end
    return header.planned_start, header.planned_end


def item_time_line(meeting: Meeting, item: AgendaItem) -> str:
    """ "kl 9.10-9.30" under an item's heading, when the body prints item times."""
    if not meeting.header.item_times or not on_meeting_day(meeting, item.started_at):
        return ""
    assert item.started_at is not None
    lang = meeting.header.language
    end: datetime | None = item.ended_at
    if end is not None and end.replace(second=0) <= item.started_at.replace(second=0):
        end = None  # ended within the minute it started (or before: a clock fix)
    span = time_range(item.started_at.time(), end.time() if end else None, lang)
    if not span:
        span = document_word(lang, "word.item_time", time=clock(item.started_at, lang))
    return f"*{escape.inline(span)}*"


def recused_lines(meeting: Meeting, item: AgendaItem) -> list[str]:
    """ "Anna Berg anmäler jäv och deltar inte i handläggningen." per person."""
    lang = meeting.header.language
    people = recused_people(meeting, item.id)
    return [escape.inline(document_word(lang, "word.recused.line", name=p.name)) for p in people]


def quorum_lines(meeting: Meeting, item: AgendaItem, has_decisions: bool) -> list[str]:
    """Under an item where a decision was taken without a quorum: the count."""
    if not has_decisions:
        return []
    state = quorum_at(meeting, item.id)
    if state is None or state.met:
        return []
    lang = meeting.header.language
    text = document_word(
        lang,
        "word.quorum.not_met",
        present=str(state.present),
        seats=str(state.seats),
        needed=str(state.needed),
    )
    return [f"*{escape.inline(text)}*"]


def declared_here(meeting: Meeting, item: AgendaItem | None) -> bool:
    """ "Mötet förklaras beslutfört" goes under the opening item (else after the header)."""
    if not meeting.header.quorum_declared:
        return False
    opening = next((i for i in meeting.agenda if i.kind is ItemKind.OPENING), None)
    return opening is item


def declared_line(meeting: Meeting) -> str:
    return escape.inline(document_word(meeting.header.language, "word.quorum.declared"))
