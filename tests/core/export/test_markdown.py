"""The Markdown (the md export and pandoc's input): golden file, escaping of typed text,
protokoll features, draft and conflict marks."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pypandoc
import pytest

from export import escape
from export.markdown import meeting_markdown
from model import live
from model.conflicts import Conflict
from model.enums import DocumentKind, MeetingState, StatementKind
from model.meeting import Meeting

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize(("name", "english"), [("demo.sv.md", False), ("demo.en.md", True)])
def test_golden(name: str, english: bool, demo: Meeting, demo_en: Meeting) -> None:
    """The demo meeting's Markdown, byte for byte. UPDATE_GOLDEN=1 rewrites the files."""
    text = meeting_markdown(demo_en if english else demo)
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8", newline="\n")
    assert text == path.read_text(encoding="utf-8")


TRICKY = [
    "* not bold * and _not italic_ and ** no **",
    "# not a heading",
    "<b>not bold</b> & &amp; <!-- no comment -->",
    "1.5 not a list",
    "100. nor a list",
    "2) nor this",
    "a. nor a letter list",
    "(iv) nor roman",
    "-5 grader ute",
    "+ plus",
    "> not a quote",
    "a | b |",
    "---",
    "===",
    "Text with a trailing backslash \\",
    "[link](http://x.se) ![img](y.png) [^1] @cite $x^2$ ~sub~ ^sup^",
    "`code` and ``more``",
    ": not a definition",
    "::: not a div",
    "    four spaces are not code",
    "C:\\Users\\anna\\minutes.docx",
    "Quotes \"straight\" and 'single' -- and ... stay",
    "100 % & 50 kr = <fem>",
    "{#id .class}",
    "Åsa Öberg säger: ärendet är klart",
]


def _plain(node: object) -> str:
    """Text of a pandoc JSON AST fragment (Str, Space, breaks)."""
    if isinstance(node, list):
        return "".join(_plain(n) for n in node)
    if isinstance(node, dict):
        kind = node.get("t")
        if kind == "Str":
            return str(node["c"])
        if kind in ("Space", "SoftBreak"):
            return " "
        if kind == "LineBreak":
            return "\n"
        return _plain(node.get("c", []))
    return ""


def test_typed_text_comes_out_as_typed() -> None:
    """Every tricky line, escaped, is one plain paragraph with exactly the typed text."""
    source = "\n\n".join(escape.notes_blocks(text)[0] for text in TRICKY)
    ast = json.loads(pypandoc.convert_text(source, "json", format="markdown-smart"))
    paragraphs = ast["blocks"]
    assert [block["t"] for block in paragraphs] == ["Para"] * len(TRICKY)
    assert [_plain(block["c"]) for block in paragraphs] == [t.strip() for t in TRICKY]


def test_notes_paragraphs_and_bullets() -> None:
    notes = "First line\nsecond line\n\n- one _x_\n- two\n\n1) stays text"
    blocks = escape.notes_blocks(notes)
    ast = json.loads(pypandoc.convert_text("\n\n".join(blocks), "json", format="markdown-smart"))
    kinds = [b["t"] for b in ast["blocks"]]
    assert kinds == ["Para", "BulletList", "Para"]
    assert _plain(ast["blocks"][0]["c"]) == "First line\nsecond line"
    items = ast["blocks"][1]["c"]
    assert [_plain(item) for item in items] == ["one _x_", "two"]
    assert _plain(ast["blocks"][2]["c"]) == "1) stays text"


def test_protokoll_with_votes_reservations_and_paragraphs(demo: Meeting) -> None:
    meeting = demo
    header = meeting.header
    header.kind = DocumentKind.PROTOKOLL
    header.state = MeetingState.APPROVED
    for index, item in enumerate(meeting.agenda):
        item.paragraph = f"§ {163 + index}"
    item5 = meeting.agenda[4]
    helene = next(p for p in meeting.people if p.name == "Helene Olofsson")
    camilla = next(p for p in meeting.people if p.name == "Camilla Broo")
    decision = live.add_decision(
        meeting,
        item5.id,
        "Styrelsen beslutar att anta planen.",
        datetime(2022, 5, 6, 10),
        votes=(5, 1, 0),
    )
    live.add_statement(
        meeting, decision.id, StatementKind.RESERVATION, camilla.id, "Till förmån för eget förslag."
    )
    live.add_statement(
        meeting, decision.id, StatementKind.PROTOCOL_NOTE, helene.id, "Planen behöver en budget."
    )
    text = meeting_markdown(meeting)
    assert "title: 'Protokoll Södertörnskommunernas ledningsgrupp'" in text
    assert "UTKAST" not in text  # approved: no draft mark
    assert "# § 167 Nytt utvecklingsprogram" in text
    assert "4. Styrelsen beslutar att anta planen." in text
    assert "Omröstning: 5 för, 1 emot, 0 avstod." in text
    assert "Camilla Broo reserverar sig mot beslutet: Till förmån för eget förslag." in text
    assert "Protokollsanteckning från Helene Olofsson: Planen behöver en budget." in text
    assert "Justerade paragrafer: § 163–173" in text
    assert "**Justerare**" in text and "**Vid protokollet**" in text
    assert "Magnus Gyllestad, ordförande" in text and "Helene Olofsson, justerare" in text


def test_unresolved_conflicts_are_marked(demo: Meeting) -> None:
    item = demo.agenda[3]
    demo.conflicts.append(
        Conflict(
            id="c1",
            table="items",
            record=item.id,
            field="notes",
            ours_by="Anna",
            theirs_by="Helene",
        )
    )
    demo.conflicts.append(
        Conflict(id="c2", table="items", record=item.id, field="title", resolved=True)
    )
    text = meeting_markdown(demo)
    assert "mötet har en olöst synkkonflikt." in text
    assert "punkt 4: notes (ändrad av Anna och Helene)" in text
    assert text.index("olöst synkkonflikt") < text.index("**Tid**")


def test_other_business_stands_where_the_notes_mark_it(demo: Meeting) -> None:
    opening = demo.agenda[0]
    assert "[övriga frågor]" in opening.notes  # the demo marks it, as the reference has it
    text = meeting_markdown(demo)
    welcome = text.index("Magnus Gyllestad hälsar välkommen.")
    intro = text.index("Till dagordningens punkt Övriga frågor läggs även följande:")
    rules = text.index("förtydligar ledningsgruppens spelregler:")
    assert welcome < intro < rules < text.index("Om man inte deltar")
    assert "övriga frågor]" not in text.lower()

    opening.notes = "Magnus Gyllestad hälsar välkommen.\n\nSpelregler:"  # no marker
    text = meeting_markdown(demo)
    assert text.index("Spelregler:") < text.index("Om man inte") < text.index("Till dagordningens")

    opening.notes = "Före\n[AOB]\nEfter\n\n[öf]"  # any case; a second marker prints nothing
    text = meeting_markdown(demo)
    assert text.count("Till dagordningens punkt") == 1
    assert text.index("Före") < text.index("Till dagordningens") < text.index("Efter")
    assert "[AOB]" not in text and "\\[öf\\]" not in text


def test_a_marker_without_other_business_prints_nothing() -> None:
    assert escape.notes_blocks("Hej\n\n[övriga frågor]\n\nDå") == ["Hej", "Då"]
    assert escape.notes_blocks("[övriga frågor] i en mening") == ["\\[övriga frågor\\] i en mening"]
