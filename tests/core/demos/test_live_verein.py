"""The German e.V.'s Mitgliederversammlung minuted live with the German interface: a
guest, a member leaving before the lunch break and coming back after it, Anträge with
Ja / Nein / Enthaltung, a secret ballot between two candidates; exported to Word."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.elections import ElectionKind, Officer
from model.enums import Language
from model.motions import MotionOutcome
from tests.core.demos.live import TAB, minuting, saved
from tests.core.demos.reading import read, reads_as_mitgliederversammlung

pytestmark = pytest.mark.asyncio

TO_OFFICER = [TAB] * 7
#: from a vote form's first field (its one motion is filled in) to the electorate
TO_ELECTORATE = [TAB] * 6


async def test_the_mitgliederversammlung_is_minuted_from_the_keyboard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with minuting("verein", Language.DE, tmp_path, monkeypatch) as live:
        await live.at(10, 0, "<ctrl+n>", "<alt+g>", "Frank Ott", TAB, "Stadtteilbüro Lindenhof",
                      "<enter>", "<f2>", "/", "petra", "<enter>", "f", "*", "b",
                      "<escape>")  # fmt: skip
        await live.at(10, 5, "<ctrl+n>",
                      "<alt+y>", TAB, "Heike", *TO_OFFICER, "versammlungsl", "<enter>",
                      "<alt+y>", TAB, "Sabine", *TO_OFFICER, "protokollf", "<enter>")  # fmt: skip
        await live.at(10, 10, "<ctrl+n>", "<ctrl+d>",
                      "Die Tagesordnung wird ohne Änderungen genehmigt.", "<enter>")  # fmt: skip
        await live.at(
            10,
            15,
            "<ctrl+n>",
            "<ctrl+d>",
            "Die Versammlung nimmt den Bericht des Vorstands zur Kenntnis.",
            "<enter>",
        )
        await live.at(11, 15, "<ctrl+n>")
        await live.at(11, 45, "<ctrl+n>",
                      "<alt+p>", "Der Vorstand wird für das Geschäftsjahr 2025 entlastet.", TAB,
                      "Jana", TAB, "angenommen", "<enter>",
                      "<alt+v>", "20-0-4", *TO_ELECTORATE, "24", "<enter>",
                      "<ctrl+d>", "Der Vorstand ist entlastet.", "<enter>")  # fmt: skip
        await live.at(11, 55, "<f2>", "/", "markus", "<enter>", "e", "<escape>")
        await live.at(14, 0, "<ctrl+n>",
                      "<alt+y>", "Kassenwart/in", TAB, "Thomas Neumann", TAB, "neuwahl", TAB,
                      "2 Jahre", TAB, "Thomas Neumann, Jana Schulz", TAB, TAB, "1", TAB, "ja",
                      "<enter>",
                      "<alt+v>", "Thomas Neumann 14, Jana Schulz 9", TAB, TAB, "Kassen", TAB,
                      TAB, TAB, TAB, "23", TAB, "ja", "<enter>")  # fmt: skip
        await live.at(14, 50, "<ctrl+n>")
        await live.at(14, 55, "<f2>", "/", "markus", "<enter>", "l", "<escape>")
        await live.at(15, 20,
                      "<alt+p>", "Der Mitgliedsbeitrag wird ab 2027 auf 36 Euro im Jahr erhöht.",
                      TAB, "Heike", TAB, "angenommen", "<enter>",
                      "<alt+v>", "18-4-2", *TO_ELECTORATE, "24", "<enter>",
                      "<ctrl+d>", "Der Mitgliedsbeitrag beträgt ab 2027 36 Euro im Jahr.",
                      "<enter>")  # fmt: skip
        await live.at(15, 30, "<ctrl+n>", "<f6>", "Lesefest im Juni: Helferinnen und Helfer "
                      "gesucht", TAB, "Yusuf", "<enter>")  # fmt: skip
        await live.at(15, 45, "<alt+e>")
        written = await live.export_word()
    with saved(live.path) as store:
        meeting = store.meeting
    assert [m.outcome for m in meeting.motions] == [MotionOutcome.ADOPTED] * 2
    officers = [e.officer for e in meeting.elections if e.officer is not Officer.NONE]
    assert officers == [Officer.CHAIR, Officer.SECRETARY]
    assert [e.kind for e in meeting.elections][-1] is ElectionKind.NEW
    doc = read(written)
    reads_as_mitgliederversammlung(doc)
    assert "Samstag, 21. März 2026, 10:00-15:45 Uhr" in doc.tables[0][0]
