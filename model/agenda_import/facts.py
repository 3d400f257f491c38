"""The meeting's date, time and place from an agenda's labelled lines.

Agendas name them before the items: "Tid  Fredagen den 6 maj 2022 kl 8.30-11.00",
"Datum och tid: 2025-01-23 19.00", "Plats: Föreningslokalen", "Date: April 12, 2018",
"Time: 6:00 p.m.", "Ort: Klimabüro". Only labelled lines are read: a date in running
text ("the meeting on 16 May") is too often some other date. Nothing here is a guess
the user cannot see: the import shows what it found and the user can change it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from model.meeting import MeetingHeader
from model.timefmt import ISO_DATE, NUMERIC_DATE, read_date, swedish_clock

_LABELS = {
    "date": r"datum|date|mötesdatum|sammanträdesdatum",
    "time": r"tid|time|zeit|uhrzeit|klockslag|kl\.?",
    "when": r"datum\s+och\s+tid|tid\s+och\s+datum|date\s+and\s+time|when|wann|termin",
    "place": r"plats|lokal|mötesplats|place|location|venue|where|ort|wo|sammanträdeslokal",
    "both": r"tid\s+och\s+plats|time\s+and\s+place|ort\s+und\s+zeit",
}
_LINE = re.compile(
    r"^\s*(?:[*_#>\-\s]*)(?P<label>"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _LABELS.items())
    + r")\s*(?:[*_]*\s*)(?::|\t|\s{2,}|[*_]+\s*:?)\s*(?P<value>\S.*)$",
    re.I,
)
_ISO = ISO_DATE
_NUMERIC = NUMERIC_DATE
_CLOCK = r"(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?"
_SPAN = re.compile(
    rf"(?:kl\.?|klockan|at|um|ab)?\s*\b{_CLOCK}\s*(?:[-–—]|till|to|bis)\s*{_CLOCK}", re.I
)
_SINGLE = re.compile(rf"(?:\bkl\.?|\bklockan|\bat|\bum|\bab|^|\s)\s*\b{_CLOCK}(?:\s*uhr)?\b", re.I)


@dataclass(frozen=True)
class MeetingFacts:
    """What an agenda says about its meeting; None where it says nothing readable."""

    date: date | None = None
    start: time | None = None
    end: time | None = None
    place: str = ""

    def __bool__(self) -> bool:
        return bool(self.date or self.start or self.place)


def _clock(hour: str, minute: str | None, meridiem: str | None) -> time | None:
    h, m = int(hour), int(minute or 0)
    if meridiem:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if meridiem.lower().startswith("p") else 0)
    if h > 23 or m > 59:
        return None
    return time(h, m)


def read_times(text: str) -> tuple[time | None, time | None]:
    """A start and end ("kl 8.30-11.00", "18:00–20:00") or a start alone ("19.00")."""
    text = _ISO.sub(" ", text)
    text = _NUMERIC.sub(" ", text)
    if match := _SPAN.search(text):
        end_meridiem = match[6]
        start = _clock(match[1], match[2], match[3] or end_meridiem)
        end = _clock(match[4], match[5], end_meridiem)
        if start and end:
            return start, end
    for match in _SINGLE.finditer(text):
        if match[2] is None and match[3] is None and "kl" not in match[0].lower():
            continue  # a bare number is a day or a count, not a time
        if value := _clock(match[1], match[2], match[3]):
            return value, None
    return None, None


def _strip_markup(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return text.replace("**", "").replace("__", "").strip(" *_")


def meeting_facts(lines: list[str]) -> MeetingFacts:
    """The date, time and place from the agenda's labelled lines (the first of each)."""
    day: date | None = None
    start: time | None = None
    end: time | None = None
    place = ""
    for raw in lines:
        match = _LINE.match(_strip_markup(raw))
        if match is None:
            continue
        value = match["value"].strip()
        if match["place"] is not None:
            place = place or value
            continue
        if match["both"] is not None:
            # "Tid och plats: 6 maj 2022 kl 8.30, Föreningslokalen"
            day = day or read_date(value)
            if start is None:
                start, end = read_times(value)
            continue
        day = day or read_date(value)
        if start is None:
            start, end = read_times(value)
    return MeetingFacts(day, start, end, place[:200])


def fill_header(header: MeetingHeader, facts: MeetingFacts) -> None:
    """Put what the agenda says into a new meeting's header. The agenda is newer than
    the last meeting's plan for this one, so what it names wins; the rest is kept."""
    if facts.date:
        header.date = facts.date
    if facts.start:
        header.planned_start, header.planned_end = facts.start, facts.end
    if facts.place:
        header.place = facts.place


def describe(facts: MeetingFacts) -> str:
    """ "2022-05-06, 8.30–11.00, Föreningslokalen": the facts as the preview shows them."""
    parts: list[str] = []
    if facts.date:
        parts.append(facts.date.isoformat())
    if facts.start:
        span = swedish_clock(facts.start)
        parts.append(f"{span}–{swedish_clock(facts.end)}" if facts.end else span)
    if facts.place:
        parts.append(facts.place)
    return ", ".join(parts)
