"""Kommande möten in the document: one meeting to come as the sentence minutes write
("Nästa möte: fredagen den 17 juni 2022 kl 8.30-11.00, Valhall."), several as a list
under "Kommande möten", each tentative one marked "preliminärt" / "tentative" /
"vorläufig". Printed under the agenda's next-meeting item, or after the last item."""

from __future__ import annotations

from export import escape
from model.document_words import document_word
from model.enums import Language
from model.meeting import Meeting
from model.timefmt import when
from model.upcoming import upcoming_meetings, upcoming_text
from model.upcoming_record import UpcomingMeeting


def _marked(lang: Language, text: str, coming: UpcomingMeeting) -> str:
    return (
        f"{text} ({document_word(lang, 'procedure.upcoming.tentative')})"
        if coming.tentative
        else text
    )


def next_meeting_sentence(meeting: Meeting) -> str:
    """The one meeting to come as a sentence ("" when there is none or several)."""
    lang = meeting.header.language
    listed = upcoming_meetings(meeting)
    if len(listed) != 1:
        return ""
    (one,) = listed
    moment = when(one.day, one.start, one.end, lang)
    if lang is Language.SV:  # "Nästa möte: fredagen den ..."
        moment = moment[:1].lower() + moment[1:]
    if one.place:
        return document_word(
            lang, "label.next.sentence.place", when=moment, place=_marked(lang, one.place, one)
        )
    return document_word(lang, "label.next.sentence", when=_marked(lang, moment, one))


def upcoming_heading(meeting: Meeting) -> str:
    """The heading of the part after the last item: "Nästa möte", or "Kommande möten"."""
    lang = meeting.header.language
    several = len(upcoming_meetings(meeting)) > 1
    return (
        document_word(lang, "procedure.upcoming.heading")
        if several
        else document_word(lang, "label.next")
    )


def upcoming_blocks(meeting: Meeting, *, under_heading: bool = False) -> list[str]:
    """The meetings to come as Markdown blocks (none: ``[]``). ``under_heading``: they
    stand under ``upcoming_heading``, so a list needs no lead-in of its own."""
    lang = meeting.header.language
    if sentence := next_meeting_sentence(meeting):
        return [escape.lines(sentence)]
    listed = upcoming_meetings(meeting)
    if not listed:
        return []
    bullets = "\n".join(
        escape.bullet_item(escape.inline(_marked(lang, upcoming_text(u, lang), u))) for u in listed
    )
    if under_heading:
        return [bullets]
    return [escape.inline(f"{document_word(lang, 'procedure.upcoming.heading')}:"), bullets]
