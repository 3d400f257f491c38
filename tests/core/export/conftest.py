"""Fixtures for the export tests: the demo meeting in Swedish and English, and a reader
that walks a Word file's body in order."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn

from model.demo import demo_meeting
from model.enums import DocumentKind, Language
from model.meeting import Meeting


@pytest.fixture
def demo() -> Meeting:
    return demo_meeting()


@pytest.fixture
def demo_en() -> Meeting:
    meeting = demo_meeting()
    meeting.header.language = Language.EN
    meeting.header.kind = DocumentKind.MINUTES
    meeting.header.title = ""
    return meeting


def demo_header(stefan_arrives: str) -> list[list[str]]:
    """The rows of the demo meeting's header table in the Swedish minutes; Stefan Hollmark
    arrives at item 4 at ``stefan_arrives`` (the demo's "9.10", or the clock of the test
    that minuted the meeting)."""
    return [
        ["Tid", "Fredagen den 6 maj 2022 kl 8.30-11.00"],
        ["Plats", "Huddinge kommunhus lokal Valhall alt Teams"],
        ["Deltagare", "Magnus Gyllestad", "Haninge, ordförande"],
        ["", "Camilla Broo", "Huddinge"],
        ["", "Frida Nilsson", "Nykvarn, via Teams, fr o m punkt 2 (kl 8.41)"],
        ["", "Carolina Pettersson", "Nynäshamn"],
        ["", "Stefan Hollmark", f"Södertälje, via Teams, fr o m punkt 4 (kl {stefan_arrives})"],
        ["", "Helene Olofsson", "Södertörns kommunerna"],
        ["", "Anna Söderström", "Södertörns kommunerna, sekreterare"],
        ["Ej närvarande", "Leif Eriksson", "Botkyrka"],
        ["", "Mats Bergström", "Salem"],
        ["", "Elin Waltersson", "Tyresö"],
    ]


@dataclass
class Block:
    kind: str  # "p" or "table"
    style: str
    text: str
    numbered: bool = False
    table: Any = None


def blocks(path: Path) -> list[Block]:
    """The body of a .docx in order: paragraphs (style, text, numbered) and tables."""
    document = Document(str(path))
    paragraphs = {p._p: p for p in document.paragraphs}
    tables = {t._tbl: t for t in document.tables}
    out: list[Block] = []
    for child in document.element.body:
        if child in paragraphs:
            p = paragraphs[child]
            numbered = child.find(qn("w:pPr")) is not None and (
                child.find(qn("w:pPr")).find(qn("w:numPr")) is not None
            )
            out.append(Block("p", p.style.name if p.style else "", p.text, numbered))
        elif child in tables:
            table = tables[child]
            style = table._tbl.tblPr.find(qn("w:tblStyle"))
            out.append(
                Block("table", style.get(qn("w:val")) if style is not None else "", "", table=table)
            )
    return out


def rows(table: Any) -> list[list[str]]:
    """Cell texts per row; a cell spanning columns appears once."""
    result = []
    for row in table.rows:
        texts: list[str] = []
        previous = None
        for cell in row.cells:
            if cell._tc is previous:  # python-docx repeats a spanning cell
                continue
            previous = cell._tc
            texts.append(cell.text)
        result.append(texts)
    return result
