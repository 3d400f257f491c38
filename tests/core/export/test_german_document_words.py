"""A German document speaks German: no Swedish or English label word in the labels,
attendance remarks, motions, votes, elections, sub-items and action owners."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from export.markdown import meeting_markdown
from model import live
from model.demo import demo_meeting
from model.demo_kinds import association_annual_meeting, municipal_committee
from model.enums import Language, Role
from model.meeting import Meeting
from model.presence import mark_presence, set_serving, toggle_recused

#: label words the Swedish and English documents print (the demos' own text is Swedish,
#: so only words that no typed text of theirs contains)
FOREIGN = [
    r"\bBeslut\b", r"Närvarande", r"\byrkande", r"\bYrkanden\b", r"\bpunkt ", r"\bkl \d",
    r"\bOmröstning\b", r"Justerare", r"Rösträknare", r"Mötesordförande", r"\bomval\b",
    r"\bnyval\b", r"mandattid", r"\bjäv\b", r"beslutfört", r"Ansvarig saknas", r"fr o m",
    r"t o m", r"\boch\b(?= [A-Z][a-z]+ [A-Z][a-z]+:)", r"\bDecision\b", r"\bMotions?\b",
    r"\bElections?\b", r"\bCarried\b", r"\bSeconded\b", r"\bitems? \d", r"\bapologies\b",
    r"\bTellers?\b", r"\bVerifiers?\b", r"\bre-elected\b", r"\bterm\b",
]  # fmt: skip


def _typed(meeting: Meeting) -> list[str]:
    """The lines the secretary typed (titles, notes, proposals): Swedish in the demos."""
    found: list[str] = []
    for table in ("items", "decisions", "actions", "motions", "votes", "elections"):
        for record in getattr(meeting, table):
            for value in vars(record).values():
                values = value if isinstance(value, (list, tuple)) else [value]
                found += [line for v in values if isinstance(v, str) for line in v.splitlines()]
    return sorted({line.strip(" -") for line in found if len(line.strip(" -")) > 3}, key=len)[::-1]


def _foreign(meeting: Meeting) -> list[str]:
    """The label words of other languages in the meeting's document."""
    text = meeting_markdown(meeting)
    text = re.sub(r'\{custom-style="[^"]*"\}', "", text)
    for line in _typed(meeting):
        text = text.replace(line, "")
    return [p for p in FOREIGN if re.search(p, text)]


def test_the_association_demo_in_german_has_no_swedish_label_words() -> None:
    meeting = association_annual_meeting()
    meeting.header.language = Language.DE
    text = meeting_markdown(meeting)
    assert _foreign(meeting) == []
    for words in ("Anwesend", "Versammlungsleitung", "Stimmzählung", "Wahlen", "Anträge"):
        assert words in text
    assert "Wiederwahl, Amtszeit 1 år" in text
    assert "Abstimmung: Ja 25, Nein 15, Enthaltung 2." in text
    assert "beschließt gemäß Antrag von Omar Said." in text


def test_the_roll_call_in_german() -> None:
    meeting = municipal_committee()
    meeting.header.language = Language.DE
    text = meeting_markdown(meeting)
    assert _foreign(meeting) == []
    assert "Namentliche Abstimmung wird verlangt und durchgeführt." in text
    assert "**Enthaltung**" in text and "**Summe**" in text


def test_attendance_sub_items_and_owners_in_german() -> None:
    meeting = demo_meeting()
    meeting.header.language = Language.DE
    people = {p.name: p for p in meeting.people}
    agenda = meeting.agenda
    start = meeting.header.actual_start
    assert start is not None
    camilla = people["Camilla Broo"].id
    mark_presence(
        meeting, camilla, start + timedelta(minutes=25), arrived=False, item_id=agenda[2].id
    )
    mark_presence(meeting, camilla, start + timedelta(minutes=100), arrived=True,
                  item_id=agenda[7].id)  # fmt: skip
    toggle_recused(meeting, people["Carolina Pettersson"].id, start, agenda[4].id)
    sub = live.add_person(meeting, "Eva Ersättare", start, role=Role.GUEST)
    set_serving(meeting, sub.id, people["Leif Eriksson"].id, agenda[3].id, agenda[8].id, start)
    meeting.header.quorum_declared = True
    first, second, _ = meeting.sub_items(agenda[4].id)
    now = datetime(2022, 5, 6, 10, 0)
    live.add_action(meeting, first.id, "Boka lokal", now)
    live.add_action(
        meeting, second.id, "Ta fram ett underlag", now, owner=people["Helene Olofsson"].id,
        co_owners=(people["Magnus Gyllestad"].id,), due=date(2022, 6, 10),
    )  # fmt: skip
    assert _foreign(meeting) == []
    text = re.sub(r"\s+", " ", meeting_markdown(meeting).replace("|", " "))  # cells joined
    assert "ab TOP 2 (08:41 Uhr)" in text
    assert "TOP 1-3 und 8-11 (bis 08:55 Uhr; ab 10:10 Uhr)" in text
    assert "in Vertretung für Leif" in text
    assert "Carolina Pettersson erklärt sich für befangen" in text
    assert "Die Beschlussfähigkeit wird festgestellt." in text
    assert "Zuständigkeit offen: Boka lokal" in text
    due = "Bis zum 10. Juni 2022."
    assert f"Helene Olofsson und Magnus Gyllestad: Ta fram ett underlag. {due}" in text
