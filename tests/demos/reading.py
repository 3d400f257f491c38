"""A demo meeting's Word file read back with python-docx, and what each kind of real
minutes must show in it: the checks the fully minuted demos and the live ones share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.export.conftest import blocks, rows


@dataclass
class Document:
    """The paragraphs (style, text) and tables (rows of cell texts) in order."""

    paragraphs: list[tuple[str, str]]
    tables: list[list[list[str]]]

    @property
    def text(self) -> str:
        return "\n".join(text for _style, text in self.paragraphs)

    def headings(self) -> list[str]:
        return [text for style, text in self.paragraphs if style.startswith("Heading")]

    def table(self, first_cell: str) -> list[list[str]]:
        """The first table whose first row starts with ``first_cell``."""
        return next(t for t in self.tables if t and t[0] and t[0][0] == first_cell)

    def row(self, name: str) -> list[str]:
        """The attendance table's row of ``name`` (the header table comes first)."""
        return next(r for r in self.tables[0] if name in r)

    def section(self, heading: str) -> str:
        """The text from the heading that starts with ``heading`` to the next heading."""
        lines: list[str] = []
        inside = False
        for style, text in self.paragraphs:
            if style.startswith("Heading"):
                inside = text.startswith(heading)
                continue
            if inside:
                lines.append(text)
        return "\n".join(lines)


def read(path: Path) -> Document:
    body = blocks(path)
    return Document(
        [(b.style, b.text) for b in body if b.kind == "p"],
        [rows(b.table) for b in body if b.kind == "table"],
    )


def reads_as_municipal_protokoll(doc: Document) -> None:
    """A nämnd's protokoll: §§, quorum, justerare, the substitute for §§ 4-9, the two
    yrkanden and the proposition order, the roll-call table, reservations, återremiss."""
    assert doc.paragraphs[0] == ("Title", "Protokoll Kultur- och fritidsnämnden")
    assert doc.headings()[0] == "§ 1 Sammanträdets öppnande"
    assert doc.headings()[3] == "§ 4 Taxor för fritidsgårdar 2027"
    assert len(doc.headings()) == 10
    assert "Mötet förklaras beslutfört." in doc.section("§ 1 ")
    assert "Justerare: Jonas Krantz (M)" in doc.section("§ 2 ")
    substitute = doc.row("Kim Nordin (C)")
    assert substitute[-1].startswith("tjänstgör för Tove Ling (C) §§ 4-9"), substitute
    assert doc.row("Tove Ling (C)")[-1] == "anmält förhinder"
    taxes = doc.section("§ 4 ")
    assert "Eva Holm (S) yrkar bifall till arbetsutskottets förslag." in taxes
    assert "Jonas Krantz (M) yrkar att taxorna lämnas oförändrade." in taxes
    assert (
        "Ordföranden ställer proposition på Eva Holms (S) yrkande och Jonas Krantz (M) yrkande"
        " och finner att Kultur- och fritidsnämnden beslutar enligt Eva Holms (S) yrkande."
    ) in taxes
    assert "Votering begärs och genomförs med namnupprop." in taxes
    roll = doc.table("Ledamot")
    assert roll[0] == ["Ledamot", "Ja", "Nej", "Avstår", "Frånvarande"]
    assert ["Kim Nordin (C)", "X", "", "", ""] in roll
    assert ["Lisa Berg (SD)", "", "X", "", ""] in roll
    assert not [r for r in roll if r[0] in ("Maria Wik", "Tove Ling (C)")], "seats only"
    assert roll[-1] == ["Summa", "4", "3", "0", "0"]
    for name in ("Jonas Krantz (M)", "Olle Rask (KD)", "Lisa Berg (SD)"):
        assert f"{name} reserverar sig mot beslutet." in taxes
    assert "Ärendet återremitterades: för att utreda kostnaden för skötsel och underhåll." in (
        doc.section("§ 8 ")
    )
    assert "Redovisningen läggs till handlingarna." in doc.section("§ 9 ")
    signature = [cell for row in doc.tables[-1] for cell in row]
    assert "Vid protokollet" in signature and "Jonas Krantz (M), justerare" in signature
