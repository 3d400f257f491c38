"""How the minutes word partial presence: "fr o m punkt 2", "§§ 1-3 och 8-10", clock times.

Swedish minutes tie presence to items and, here, keep the clock times too; English
minutes say "items 1-3 and 8-10 (left at 11:55; arrived at 14:55)".
"""

from __future__ import annotations

from model.document_words import document_word
from model.enums import DocumentKind, Language, PresenceKind
from model.meeting import Meeting
from model.people import Attendance, Presence
from model.presence import covers, intervals, present_indexes, ranges
from model.timefmt import clock
from model.timing import on_meeting_day


def _paragraphs(meeting: Meeting) -> bool:
    """A protokoll whose items carry § numbers refers to them as §§."""
    return meeting.header.kind is DocumentKind.PROTOKOLL and all(
        i.paragraph for i in meeting.agenda
    )


def _ref(meeting: Meeting, index: int) -> str:
    item = meeting.agenda[index]
    if _paragraphs(meeting):
        return item.paragraph.removeprefix("§").strip()
    return item.number or item.title


def item_refs(meeting: Meeting, runs: list[tuple[int, int]], language: Language) -> str:
    """ "punkt 1-3 och 8-10", "§§ 1-3 och 8-10", "items 1-3 and 8-10", "punkt 4"."""
    texts = [
        _ref(meeting, a) if a == b else f"{_ref(meeting, a)}-{_ref(meeting, b)}" for a, b in runs
    ]
    joined = texts[-1]
    if len(texts) > 1:
        joined = f"{', '.join(texts[:-1])} {document_word(language, 'word.and')} {texts[-1]}"
    single = len(runs) == 1 and runs[0][0] == runs[0][1]
    if _paragraphs(meeting):
        key = "word.paragraphs.one" if single else "word.paragraphs.many"
    else:
        key = "word.items.one" if single else "word.items.many"
    return document_word(language, key, items=joined)


def _times(meeting: Meeting, spans: list[Presence], language: Language) -> str:
    """ "till kl 11.55; från kl 14.55" / "left at 11:55; arrived at 14:55" (the times
    of the meeting's day only: ``on_meeting_day``)."""
    parts: list[str] = []
    for span in spans:
        if span.from_item is not None and on_meeting_day(meeting, span.from_time):
            assert span.from_time is not None
            parts.append(
                document_word(language, "word.time.from", time=clock(span.from_time, language))
            )
        if span.until_item is not None and on_meeting_day(meeting, span.until_time):
            assert span.until_time is not None
            parts.append(
                document_word(language, "word.time.until", time=clock(span.until_time, language))
            )
    return "; ".join(parts)


def presence_parts(meeting: Meeting, person: Attendance, language: Language) -> list[str]:
    """The remark about when a person took part; empty for the whole meeting."""
    spans = intervals(meeting, person.id)
    if not spans:
        return []
    times = _times(meeting, spans, language)
    count = len(meeting.agenda)
    indexes = present_indexes(meeting, person)
    runs = ranges(indexes)
    if not count or not runs:
        return [times] if times else []
    if runs == [(0, count - 1)] or indexes == _serving_indexes(meeting, person):
        # left and came back within one item, or the serving range already names them
        return [times] if times else []
    suffix = "paragraph" if _paragraphs(meeting) else "item"
    if len(runs) == 1 and runs[0][1] == count - 1:
        text = document_word(language, f"word.from_{suffix}", item=_ref(meeting, runs[0][0]))
    elif len(runs) == 1 and runs[0][0] == 0:
        text = document_word(language, f"word.until_{suffix}", item=_ref(meeting, runs[0][1]))
    else:
        text = item_refs(meeting, runs, language)
    one_end = len(spans) == 1 and (spans[0].from_item is None or spans[0].until_item is None)
    if times and one_end and language in (Language.SV, Language.DE):
        # one arrival or one departure: the item says which, the clock says when
        moment = spans[0].from_time if spans[0].from_item else spans[0].until_time
        if moment is not None:
            times = document_word(language, "word.item_time", time=clock(moment, language))
    return [f"{text} ({times})" if times else text]


def _serving_indexes(meeting: Meeting, person: Attendance) -> set[int]:
    """The agenda positions at which a substitute serves for a member."""
    servings = intervals(meeting, person.id, PresenceKind.SERVING)
    count = len(meeting.agenda)
    return {i for i in range(count) if any(covers(meeting, s, i) for s in servings)}


def serving_parts(meeting: Meeting, person: Attendance, language: Language) -> list[str]:
    """ "tjänstgör för Anna Berg §§ 4-9" for a substitute serving a range of items."""
    parts: list[str] = []
    count = len(meeting.agenda)
    for serving in intervals(meeting, person.id, PresenceKind.SERVING):
        member = meeting.person(serving.serves_for)
        name = member.name if member else "?"
        covered = {i for i in range(count) if covers(meeting, serving, i)}
        runs = ranges(covered)
        if not runs or runs == [(0, count - 1)]:
            parts.append(document_word(language, "word.substitute_for", name=name))
        else:
            refs = item_refs(meeting, runs, language)
            parts.append(document_word(language, "word.serving_for", name=name, items=refs))
    return parts
