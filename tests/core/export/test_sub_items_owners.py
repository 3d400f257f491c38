"""Sub-items with their own records (3.1, 3.2), actions with several owners or none, the
action's full stop and the secretary's own tabling sentence, in every kind and language."""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from export.action_text import action_sentence, with_full_stop
from export.exporter import export_meeting
from export.markdown import meeting_markdown
from model import live
from model.actions import Action
from model.demo import demo_meeting
from model.enums import DocumentKind, ItemStatus, Language
from model.meeting import Meeting
from model.store.meeting_store import MeetingStore
from model.sub_items import find_item, sub_number
from model.wording import status_sentence
from tests.core.export.conftest import blocks

NOW = datetime(2022, 5, 6, 10, 0)


def _meeting(kind: DocumentKind, language: Language) -> Meeting:
    meeting = demo_meeting()
    meeting.header.kind = kind
    meeting.header.language = language
    item5 = meeting.agenda[4]
    first, second, _third = meeting.sub_items(item5.id)
    second.notes = "Två vägar diskuterades."
    live.add_decision(meeting, second.id, "Ledningsgruppen väljer väg två.", NOW)
    helene = next(p for p in meeting.people if p.name == "Helene Olofsson")
    magnus = next(p for p in meeting.people if p.name == "Magnus Gyllestad")
    live.add_action(
        meeting, second.id, "Ta fram ett underlag", NOW, owner=helene.id,
        co_owners=(magnus.id,), due=date(2022, 6, 10),
    )  # fmt: skip
    live.add_action(meeting, first.id, "Boka lokal", NOW)
    live.table_item(
        meeting, meeting.sub_items(item5.id)[2].id, NOW, "i väntan på vidare granskning"
    )
    aob = live.add_any_other_business(meeting, "Fördelningstal", magnus.id, NOW)
    live.table_item(meeting, aob.id, NOW, "", "Frågan tas upp vid nästa möte.")
    return meeting


def test_sub_item_numbers_and_lookup() -> None:
    meeting = _meeting(DocumentKind.NOTES, Language.SV)
    item5 = meeting.agenda[4]
    subs = meeting.sub_items(item5.id)
    assert [sub_number(meeting, s) for s in subs] == ["5.1", "5.2", "5.3"]
    assert find_item(meeting, "5.2") is subs[1]
    assert find_item(meeting, " 5 . 3 ") is subs[2]
    assert find_item(meeting, "5") is item5
    assert find_item(meeting, "5.4") is None
    assert find_item(meeting, "5.0") is None
    assert find_item(meeting, "12.1") is None
    assert find_item(meeting, "") is None
    aob = live.aob_item(meeting)
    assert aob is not None
    matters = meeting.sub_items(aob.id)
    assert find_item(meeting, f"{aob.number}.{len(matters)}") is matters[-1]


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_kind_and_language_in_word(
    kind: DocumentKind, language: Language, tmp_path: Path
) -> None:
    meeting = _meeting(kind, language)
    path = export_meeting(meeting, "docx", tmp_path / "m.docx")
    body = blocks(path)
    texts = [b.text for b in body]
    number = "TOP 5.2: " if language is Language.DE else "5.2 "
    sub_heading = next(b for b in body if b.text.startswith(number))
    assert sub_heading.style == "Heading 2"
    assert sub_heading.text == f"{number}Förslag på tillvägagångssätt för att välja fokusområden."
    at = texts.index(sub_heading.text)
    following = texts[at + 1 : at + 8]
    assert "Två vägar diskuterades." in following
    assert "Ledningsgruppen väljer väg två." in following
    owners = {Language.SV: "och", Language.EN: "and", Language.DE: "und"}[language]
    due = {
        Language.SV: "Senast den 10 juni 2022.",
        Language.EN: "Due 10 June 2022.",
        Language.DE: "Bis zum 10. Juni 2022.",
    }[language]
    line = f"Helene Olofsson {owners} Magnus Gyllestad: Ta fram ett underlag. {due}"
    assert line in following
    nobody = {
        Language.SV: "Ansvarig saknas",
        Language.EN: "No owner",
        Language.DE: "Zuständigkeit offen",
    }[language]
    assert f"{nobody}: Boka lokal" in texts
    tabled = (
        "Punkten bordlades i väntan på vidare granskning."
        if language is Language.SV
        else "The item was tabled i väntan på vidare granskning."
    )
    if language is Language.SV:
        assert tabled in texts
    assert "Frågan tas upp vid nästa möte." in texts
    assert not any("på grund av i väntan" in t for t in texts)


@pytest.mark.parametrize("fmt", ["md", "html", "odt", "docx"])
def test_every_format_carries_them(fmt: str, tmp_path: Path) -> None:
    meeting = _meeting(DocumentKind.PROTOKOLL, Language.SV)
    path = export_meeting(meeting, fmt, tmp_path / f"m.{fmt}")
    if fmt == "docx":
        text = "\n".join(b.text for b in blocks(path))
    elif fmt == "odt":
        import zipfile

        text = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())
    assert "5.2" in text
    assert "Ta fram ett underlag. Senast den 10 juni 2022." in text
    assert "Ansvarig saknas" in text
    assert "Frågan tas upp vid nästa möte." in text


def test_minnesanteckningar_keep_bullets_without_own_decisions() -> None:
    meeting = demo_meeting()  # item 3's sub-items: notes and an action, no decision
    text = meeting_markdown(meeting)
    assert "- **Möte med Region Stockholm**" in text
    assert "## 3.1" not in text


def test_the_fields_survive_the_store(tmp_path: Path) -> None:
    meeting = _meeting(DocumentKind.NOTES, Language.SV)
    path = tmp_path / "m.json"
    from model.store.archive import Archive

    stored = Archive(tmp_path).create(meeting)
    with MeetingStore(stored, read_only=True) as store:
        again = store.meeting
    action = next(a for a in again.live_actions() if a.co_owners)
    assert action.owner_names == ["Helene Olofsson", "Magnus Gyllestad"]
    tabled = [i for i in again.items if i.status_text]
    assert sorted(i.status_text for i in tabled) == [
        "Frågan tas upp vid nästa möte.",
        "Punkten bordläggs på grund av tidsbrist.",  # the demo's item 9, as the reference
    ]
    assert path.exists() is False  # the archive chose its own path


def test_old_action_without_the_new_fields_reads() -> None:
    action = Action(id="a", text="x", owner_name="Anna")
    assert action.owner_names == ["Anna"]
    assert action_sentence(Language.SV, action) == "Anna: x"
    assert action_sentence(Language.EN, Action(id="b", text="y")) == "No owner: y"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Rapportera till mötet", "Rapportera till mötet."),
        ("Klart?", "Klart?"),
        ("(se bilaga.)", "(se bilaga.)"),
        ('Läs "Planen"', 'Läs "Planen".'),
        ("Klart.  ", "Klart."),
    ],
)
def test_full_stop(typed: str, expected: str) -> None:
    assert with_full_stop(typed) == expected


@given(st.text(min_size=1).filter(lambda s: s.strip()))
def test_full_stop_keeps_the_text_and_ends_it(text: str) -> None:
    stopped = with_full_stop(text)
    assert stopped.startswith(text.rstrip())
    assert len(stopped) - len(text.rstrip()) in (0, 1)


@pytest.mark.parametrize(
    ("reason", "sentence"),
    [
        ("tidsbrist", "Punkten bordlades på grund av tidsbrist."),
        ("i väntan på vidare granskning", "Punkten bordlades i väntan på vidare granskning."),
        ("till nästa möte.", "Punkten bordlades till nästa möte."),
        ("på grund av sjukdom", "Punkten bordlades på grund av sjukdom."),
    ],
)
def test_tabling_sentence_reads(reason: str, sentence: str) -> None:
    assert status_sentence(Language.SV, ItemStatus.TABLED, reason) == sentence


def test_english_tabling_sentence_reads() -> None:
    said = status_sentence(Language.EN, ItemStatus.TABLED, "pending a report")
    assert said == "The item was tabled pending a report."
    said = status_sentence(Language.EN, ItemStatus.TABLED, "lack of time")
    assert said == "The item was tabled due to lack of time."


def test_a_sub_item_tabled_on_its_own_returns_with_its_number() -> None:
    from model.enums import ItemOrigin
    from model.next_meeting import build_next_meeting

    meeting = _meeting(DocumentKind.NOTES, Language.SV)
    nxt = build_next_meeting(meeting)
    returning = [i for i in nxt.agenda if i.origin is ItemOrigin.CARRIED_OVER]
    numbers = {i.title: i.carried_from_number for i in returning}
    assert numbers["Beslut för processen framåt."] == "5.3"
    assert numbers["Fördelningstal"].startswith("10.")


def test_protokoll_sub_items_carry_the_items_paragraph(tmp_path: Path) -> None:
    """A protokoll: item 5 is § 167; its sub-item with a decision of its own is headed
    "§ 167.2" (no § of its own: the §§ are one per matter), and the docx says so."""
    from datetime import datetime

    from docx import Document

    from export.exporter import export_meeting
    from model import live

    meeting = demo_meeting()
    meeting.header.kind = DocumentKind.PROTOKOLL
    for offset, item in enumerate(meeting.agenda):
        item.paragraph = f"§ {163 + offset}"
    item5 = meeting.agenda[4]
    sub = meeting.sub_items(item5.id)[1]
    live.add_decision(meeting, sub.id, "Väg två väljs.", datetime(2022, 5, 6, 10, 0))
    text = meeting_markdown(meeting)
    assert "# § 167 Nytt utvecklingsprogram" in text
    assert "## § 167.2 Förslag på tillvägagångssätt" in text
    assert "## 5.2" not in text
    path = export_meeting(meeting, "docx", tmp_path / "p.docx")
    headings = [p.text for p in Document(str(path)).paragraphs if p.style.name == "Heading 2"]
    assert (
        "§ 165.1 Möte med Region Stockholm – Carina Lundberg Uudelepp, David Lagneholm och "
        "Anton Västberg" in headings
    )  # item 3's sub-item with an action: § 165
    assert [h for h in headings if h.startswith("§ 167")] == [
        "§ 167.1 Sammanställning och presentation av resultat från Samarbetskommitténs "
        "planeringskonferens.",
        "§ 167.2 Förslag på tillvägagångssätt för att välja fokusområden.",
        "§ 167.3 Beslut för processen framåt.",
    ]
    meeting.header.kind = DocumentKind.NOTES  # minnesanteckningar: the item's number
    assert "## 5.2 Förslag på tillvägagångssätt" in meeting_markdown(meeting)
