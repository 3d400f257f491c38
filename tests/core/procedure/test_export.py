"""Motions, votes and elections in the exported document, read back with python-docx."""

from __future__ import annotations

from pathlib import Path

import pytest

from export.exporter import export_meeting
from export.markdown import meeting_markdown
from model.enums import DocumentKind, Language
from model.motions import MotionOutcome
from model.procedure import MotionInput, add_motion, item_motions
from tests.core.export.conftest import Block, blocks, rows
from tests.core.procedure.scenario import NOW, item, procedure_meeting

KINDS = [DocumentKind.NOTES, DocumentKind.PROTOKOLL, DocumentKind.MINUTES]
LANGUAGES = [Language.SV, Language.EN]


def _under(body: list[Block], heading_start: str) -> list[Block]:
    start = next(
        i for i, b in enumerate(body) if b.style == "Heading 1" and b.text.startswith(heading_start)
    )
    end = next((i for i in range(start + 1, len(body)) if body[i].style == "Heading 1"), len(body))
    return body[start + 1 : end]


def _texts(part: list[Block]) -> list[str]:
    return [b.text for b in part if b.kind == "p"]


WORDS = {
    Language.SV: {
        "moved": "Camilla Broo yrkar bifall till arbetsutskottets förslag.",
        "seconded": "Yrkandet biträds av Carolina Pettersson.",
        "proposition": "Ordföranden ställer proposition på Camilla Broos yrkande och Magnus "
        "Gyllestads yrkande och finner att Södertörnskommunernas ledningsgrupp beslutar enligt "
        "Camilla Broos yrkande.",
        "roll": ["Ledamot", "Ja", "Nej", "Avstår", "Frånvarande"],
        "total": ["Summa", "2", "1", "1", "3"],
        "att": "Att: anta utvecklingsprogrammet.",
        "decision": "Beslut: bifalles",
        "unanimous": "Beslutet är enhälligt.",
        "election": "Ledamot i konferensrådet: Frida Nilsson (nyval, mandattid 2 år)",
        "officers": ["Mötesordförande: Camilla Broo", "Rösträknare: Frida Nilsson, Camilla Broo"],
        "ballot": "Sluten omröstning: Frida Nilsson 4, Leif Eriksson 1.",
    },
    Language.EN: {
        "moved": "Camilla Broo moved bifall till arbetsutskottets förslag.",
        "seconded": "Seconded by Carolina Pettersson.",
        "proposition": "The chair put the motion of Camilla Broo and the motion of Magnus "
        "Gyllestad to the meeting and found that Södertörnskommunernas ledningsgrupp resolved "
        "in accordance with the motion of Camilla Broo.",
        "roll": ["Member", "For", "Against", "Abstain", "Absent"],
        "total": ["Total", "2", "1", "1", "3"],
        "att": "Proposal: att anta utvecklingsprogrammet.",
        "decision": "Decision: bifalles",
        "unanimous": "Carried unanimously.",
        "election": "Ledamot i konferensrådet: Frida Nilsson (newly elected, term 2 år)",
        "officers": ["Chair of the meeting: Camilla Broo", "Tellers: Frida Nilsson, Camilla Broo"],
        "ballot": "Secret ballot: Frida Nilsson 4, Leif Eriksson 1.",
    },
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_kind_and_language_prints_the_procedure(
    kind: DocumentKind, language: Language, tmp_path: Path
) -> None:
    meeting = procedure_meeting(kind, language)
    words = WORDS[language]
    body = blocks(export_meeting(meeting, "docx", tmp_path / "m.docx"))
    four = _under(body, "4")
    text = "\n".join(_texts(four))
    assert words["moved"] in text and words["seconded"] in text
    assert words["proposition"] in text
    assert text.index(words["moved"]) < text.index(words["proposition"])
    (table,) = [b for b in four if b.kind == "table"]
    cells = rows(table.table)
    assert cells[0] == words["roll"]
    assert cells[-1] == words["total"]
    assert ["Magnus Gyllestad", "", "X", "", ""] in cells
    assert ["Leif Eriksson", "", "", "", "X"] in cells  # a member not at the meeting
    assert ["Frida Nilsson", "", "", "", ""] in cells  # present, gave no ballot
    assert not any(row[0] == "Helene Olofsson" for row in cells)  # an official: no vote
    five = "\n".join(_texts(_under(body, "5")))
    assert words["att"] in five and words["decision"] in five
    assert words["unanimous"] in five
    seven = "\n".join(_texts(_under(body, "7")))
    assert words["election"] in seven and words["ballot"] in seven
    one = "\n".join(_texts(_under(body, "1")))
    assert all(line in one for line in words["officers"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_elected_officers_sign(language: Language, tmp_path: Path) -> None:
    meeting = procedure_meeting(DocumentKind.PROTOKOLL, language)
    body = blocks(export_meeting(meeting, "docx", tmp_path / "m.docx"))
    signature = [b for b in body if b.kind == "table"][-1]
    names = [cell for row in rows(signature.table) for cell in row]
    # Camilla Broo was elected chair of the meeting (the body's chair is Magnus Gyllestad)
    assert "Anna Söderström" in names
    assert any(c.startswith("Camilla Broo,") for c in names)
    assert any(c.startswith("Carolina Pettersson") for c in names)
    assert not any("Magnus Gyllestad" in c for c in names)


def test_a_meeting_without_motions_prints_no_procedure_headings() -> None:
    meeting = procedure_meeting()
    meeting.motions.clear()
    meeting.votes.clear()
    meeting.elections.clear()
    text = meeting_markdown(meeting)
    assert "Yrkanden" not in text and "Omröstning" not in text
    assert "\nVal\n" not in text


def test_all_rejected_motions_are_found_rejected_and_typed_text_is_escaped() -> None:
    meeting = procedure_meeting()
    four = item(meeting, "4")
    first = item_motions(meeting, four)[0]
    first.outcome = MotionOutcome.REJECTED
    add_motion(meeting, item(meeting, "6"), MotionInput("att *inte* <b>göra</b> # något"), NOW)
    text = meeting_markdown(meeting)
    assert "och finner att yrkandena avslås." in text
    assert "\\*inte\\*" in text and "<b>" not in text.replace("\\<b\\>", "")


def test_the_roll_call_table_has_the_reference_documents_lined_style(tmp_path: Path) -> None:
    body = blocks(export_meeting(procedure_meeting(), "docx", tmp_path / "m.docx"))
    roll = next(b for b in body if b.kind == "table" and rows(b.table)[0][0] == "Ledamot")
    assert roll.style == "MinutesNotesTable"


def test_a_motion_typed_with_a_capital_att_reads_yrkar_att() -> None:
    """The form's hint is "att ..."; a secretary who types "Att budgeten fastställs"
    gets the sentence minutes write: "Anna yrkar att budgeten fastställs."."""
    from export.procedure import _motion_text
    from model.enums import Language
    from model.motions import Motion

    motion = Motion(id="m1", item="i1", number=1, text="Att budgeten fastställs")
    motion.moved_by_name = "Anna Berg"
    assert _motion_text(Language.SV, motion) == "Anna Berg yrkar att budgeten fastställs."
