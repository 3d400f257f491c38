"""A demo meeting's Word file read back with python-docx, and what each kind of real
minutes must show in it: the checks the fully minuted demos and the live ones share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.core.export.conftest import blocks, rows


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
    # the substitute's row names the member she serves for
    assert ["Kim Nordin (C), ersättare för Tove Ling (C)", "X", "", "", ""] in roll
    assert ["Lisa Berg (SD)", "", "X", "", ""] in roll
    assert not [r for r in roll if r[0] in ("Maria Wik", "Tove Ling (C)")], "seats only"
    assert roll[-1] == ["Summa", "4", "3", "0", "0"]
    for name in ("Jonas Krantz (M)", "Olle Rask (KD)", "Lisa Berg (SD)"):
        assert f"{name} reserverar sig mot beslutet." in taxes
    assert "Ärendet återremitterades för att utreda kostnaden för skötsel och underhåll." in (
        doc.section("§ 8 ")
    )
    assert "Redovisningen läggs till handlingarna." in doc.section("§ 9 ")
    signature = [cell for row in doc.tables[-1] for cell in row]
    assert "Vid protokollet" in signature and "Jonas Krantz (M), justerare" in signature


def reads_as_annual_meeting(doc: Document) -> None:
    """An association's årsmöte: its officers, röstlängd, the board's and a member's
    competing proposals put against each other, a counted vote within the röstlängd,
    elections with omval / nyval, candidates, a vote among them and a vacancy."""
    assert doc.paragraphs[0] == ("Title", "Protokoll Föreningen Ekbacken")
    assert doc.paragraphs[1] == ("Subtitle", "Årsmöte 2026")
    assert doc.headings()[1] == "2. Val av mötesordförande och mötessekreterare"
    officers = doc.section("2. ")
    assert "Mötesordförande: Per Ahl" in officers and "Mötessekreterare: Sara Öst" in officers
    tellers = doc.section("3. ")
    assert "Justerare: Omar Said, Lena Berg" in tellers
    assert "Rösträknare: Omar Said, Lena Berg" in tellers
    # a decision typed live, or the röstlängd record of the finished demo
    assert "Röstlängden fastställs till 42 röstberättigade" in doc.section("4. ")
    assert "ansvarsfrihet" in doc.section("6. ")
    motion = doc.section("7. ")
    assert "Styrelsen yrkar avslag på motionen." in motion
    assert "Omar Said yrkar bifall till motionen." in motion
    assert (
        "Ordföranden ställer proposition på Styrelsens yrkande och Omar Saids yrkande och finner"
        " att Föreningen Ekbacken beslutar enligt Omar Saids yrkande."
    ) in motion
    assert "Omröstning: 25 ja, 15 nej, 2 avstår.\nRöstlängd: 42 röstberättigade." in motion
    assert "Årsmötet beslutar att bifalla motionen." in motion
    board = doc.section("8. ")
    assert "Ordförande: Karin Lund (omval, mandattid 1 år)" in board
    assert "Ledamöter: Lena Berg, Nils Ek (nyval, mandattid 2 år)" in board
    assert "Kandidater, nominerade av valberedningen: Lena Berg, Nils Ek, Per Ahl." in board
    assert "Sluten omröstning: Lena Berg 30, Nils Ek 24, Per Ahl 18." in board
    assert "Suppleanter: Per Ahl (nyval, mandattid 1 år)" in board
    assert "Vakanta platser: 1." in board
    assert doc.row("Nils Ek")[-1] == "anmält förhinder"
    signature = [cell for row in doc.tables[-1] for cell in row]
    # the chair the meeting elected signs as its mötesordförande
    assert "Per Ahl, mötesordförande" in signature and "Omar Said, justerare" in signature
    assert "Lena Berg, justerare" in signature and "Sara Öst" in signature


def reads_as_mitgliederversammlung(doc: Document) -> None:
    """A German e.V.'s Protokoll: German labels throughout, the Versammlungsleitung and
    Protokollführung, Beschlussfähigkeit, Anwesend / Entschuldigt / Gast, a member away
    from 11:55 to 14:55, Abstimmung Ja / Nein / Enthaltung, a vote among candidates."""
    assert doc.paragraphs[1] == ("Subtitle", "Ordentliche Mitgliederversammlung 2026")
    assert "Förderverein Stadtteilbibliothek Lindenhof e.V." in doc.paragraphs[0][1]
    header = {row[0] for row in doc.tables[0]}
    assert {"Zeit", "Ort", "Anwesend", "Abwesend"} <= header
    assert doc.row("Petra Lange")[-1] == "entschuldigt"
    assert doc.row("Frank Ott")[-1] == "Stadtteilbüro Lindenhof, Gast"
    away = doc.row("Markus Wolf")[-1]
    assert away == "stellv. Vorsitz, TOP 1-6 und 8-9 (bis 11:55 Uhr; ab 14:55 Uhr)", away
    assert "Die Beschlussfähigkeit wird festgestellt." in doc.section("TOP 1: ")
    officers = doc.section("TOP 2: ")
    assert "Versammlungsleitung: Heike Brandt" in officers
    assert "Protokollführung: Sabine Krüger" in officers
    assert "Die Tagesordnung wird ohne Änderungen genehmigt." in doc.section("TOP 3: ")
    discharge = doc.section("TOP 6: ")
    assert "Jana Schulz beantragt: Der Vorstand wird für das Geschäftsjahr 2025 entlastet." in (
        discharge
    )
    assert "Abstimmung: Ja 20, Nein 0, Enthaltung 4.\nStimmberechtigt: 24." in discharge
    assert "Beschluss" in discharge.splitlines()
    treasurer = doc.section("TOP 7: ")
    assert "Kassenwart/in: Thomas Neumann (Neuwahl, Amtszeit 2 Jahre)" in treasurer
    assert "Zur Wahl standen: Thomas Neumann, Jana Schulz." in treasurer
    assert "Geheime Abstimmung: Thomas Neumann 14, Jana Schulz 9.\nStimmberechtigt: 23." in (
        treasurer
    )
    fee = doc.section("TOP 8: ")
    assert "Abstimmung: Ja 18, Nein 4, Enthaltung 2." in fee
    assert "Der Mitgliedsbeitrag beträgt ab 2027 36 Euro im Jahr." in fee
    assert doc.headings()[-1] == "TOP 9: Sonstiges"
    sonstiges = doc.section("TOP 9: ")
    assert "Lesefest im Juni: Helferinnen und Helfer gesucht (Yusuf Demir)" in sonstiges
    for swedish in ("Beslut\n", "Närvarande", "yrkar", "punkt", "Justerare"):
        assert swedish not in doc.text
    signature = [cell for row in doc.tables[-1] for cell in row]
    assert "Protokollführung" in signature and "Sabine Krüger" in signature
    assert "Heike Brandt, Versammlungsleitung" in signature
    # German minutes: each signer's "Ort, Datum" line above the signature
    assert ["Ort, Datum", "Ort, Datum"] in doc.tables[-1]
    names = doc.tables[-1].index(["Sabine Krüger", "Heike Brandt, Versammlungsleitung"])
    assert doc.tables[-1].index(["Ort, Datum", "Ort, Datum"]) < names


def reads_as_committee_minutes(doc: Document) -> None:
    """English minutes: Present / Absent with apologies, a late arrival by the clock,
    each item's clock times, motions moved and seconded with their results, an action."""
    assert doc.paragraphs[0] == ("Title", "Minutes of Riverside Allotment Society Committee")
    assert doc.row("Emma Shaw")[-1] == "apologies"
    assert doc.row("Farah Khan")[-1] == "from item 3 (arrived at 18:12)"
    times = {
        "1. ": "18:00-18:03", "2. ": "18:03-18:08", "3. ": "18:08-18:20", "4. ": "18:20-18:42",
        "5. ": "18:42-18:52", "6. ": "18:52-18:56",
    }  # fmt: skip
    for heading, span in times.items():
        assert doc.section(heading).splitlines()[0] == span, heading
    approval = doc.section("2. ")
    assert "Ben Clarke moved that the minutes of 8 April be approved as a true record." in approval
    assert "Seconded by David Hughes." in approval and "Carried unanimously." in approval
    accounts = doc.section("3. ")
    assert "David Hughes moved that the accounts for 2025 be adopted.\nSeconded by Farah Khan." in (
        accounts
    )
    assert "Vote: 5 for, 0 against, 0 abstentions." in accounts
    charges = doc.section("4. ")
    assert "David Hughes moved that the water charge rise to £12 per plot.\nSeconded by Alice" in (
        charges
    )
    assert "Vote: 4 for, 1 against, 0 abstentions." in charges
    assert (
        "Chloe Patel: Write to all plot holders about the new water charge. Due 20 May 2026."
        in (charges)
    )
    assert "Skip hire for the spring clear-out (Farah Khan)" in doc.section("5. ")
    for swedish in ("Beslut", "yrkar", "punkt", "Justeras", "Beschluss"):
        assert swedish not in doc.text
    signature = [cell for row in doc.tables[-1] for cell in row]
    assert "Minutes recorded by" in signature and "Approved by" in signature
