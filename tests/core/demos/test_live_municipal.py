"""The municipal committee minuted live: §§ 1-10, a substitute serving for §§ 4-9, two
yrkanden and a roll call on § 4, a reservation, an återremiss; exported to Word."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.enums import Language
from model.votes import VoteMethod
from tests.core.demos.live import TAB, minuting, saved
from tests.core.demos.reading import read, reads_as_municipal_protokoll

pytestmark = pytest.mark.asyncio


async def test_the_municipal_committee_is_minuted_from_the_keyboard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with minuting("municipal", Language.SV, tmp_path, monkeypatch) as live:
        # § 1: Tove Ling sent apologies, the rest are here, the meeting is quorate
        await live.at(18, 0, "<ctrl+n>", "<f2>", "/", "tove", "<enter>", "f", "*", "b",
                      "<escape>")  # fmt: skip
        # § 2 the verifier (the item's kind fills in "justerare"); § 3 the agenda
        await live.at(18, 2, "<ctrl+n>", "<alt+y>", TAB, "Jonas", "<enter>",
                      "<ctrl+n>", "<ctrl+d>", "Dagordningen godkänns.", "<enter>")  # fmt: skip
        # § 4: the substitute comes in and serves for Tove Ling up to § 9
        await live.at(18, 6, "<ctrl+n>", "<alt+u>", "Kim Nordin (C)", TAB, TAB, "Tove",
                      "<enter>", "<f2>", "/", "kim", "<enter>", "t", TAB, TAB, "9", "<enter>",
                      # the serving form hands the focus back to the panel
                      "/", "kim", "<enter>", "l", "<escape>")  # fmt: skip
        await live.at(18, 21, "<alt+p>", "bifall till arbetsutskottets förslag", TAB, "Eva",
                      TAB, "bifall", "<enter>",
                      "<alt+p>", "att taxorna lämnas oförändrade", TAB, "Jonas", TAB, "avslag",
                      "<enter>",
                      "<alt+v>", TAB, "1", TAB, TAB, "Eva, Amir, Britt, Kim", TAB,
                      "Jonas, Olle, Lisa", "<enter>",
                      "<ctrl+d>", "Nämnden beslutar enligt arbetsutskottets förslag.", TAB, TAB,
                      "Jonas, Olle, Lisa", "<enter>")  # fmt: skip
        await live.at(18, 40, "<ctrl+n>", "<ctrl+d>", "Nämnden beslutar att fördela "
                      "föreningsbidragen enligt förvaltningens förslag.", "<enter>",
                      "<ctrl+n>", "<ctrl+d>", "Nämnden antar förvaltningens yttrande som sitt "
                      "eget.", "<enter>",
                      "<ctrl+n>", "<ctrl+d>", "Nämnden fastställer internkontrollplanen för "
                      "2026.", "<enter>")  # fmt: skip
        # § 8 sent back (Alt+R moves on to § 9), where the substitute leaves
        await live.at(19, 10, "<ctrl+n>", "<alt+r>", "för att utreda kostnaden för skötsel "
                      "och underhåll", "<enter>",
                      "<ctrl+d>", "Redovisningen läggs till handlingarna.", "<enter>")  # fmt: skip
        await live.at(19, 30, "<f2>", "/", "kim", "<enter>", "e", "<escape>")
        await live.at(19, 32, "<ctrl+n>", "<ctrl+d>", "Meddelandena läggs till handlingarna.",
                      "<enter>", "<alt+e>")  # fmt: skip
        written = await live.export_word()
    with saved(live.path) as store:
        meeting = store.meeting
    assert [v.method for v in meeting.votes] == [VoteMethod.ROLL_CALL]
    assert len(meeting.decisions) == 7
    doc = read(written)
    reads_as_municipal_protokoll(doc)
    assert doc.row("Kim Nordin (C)")[-1].endswith("från kl 18.06; till kl 19.30")
    assert "Tid" in doc.tables[0][0] and "kl 18.00-19.32" in doc.tables[0][0][1]
