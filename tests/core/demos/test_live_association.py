"""The association's annual meeting minuted live: the meeting's officers, röstlängd, two
competing proposals and a counted vote, the board elected with a secret ballot among
candidates; exported to Word."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.elections import Officer
from model.enums import Language
from model.votes import VoteMethod
from tests.core.demos.live import TAB, minuting, saved
from tests.core.demos.reading import read, reads_as_annual_meeting

pytestmark = pytest.mark.asyncio

#: from an election form's "elected" field to its last one, "officer of the meeting"
TO_OFFICER = [TAB] * 7


async def test_the_annual_meeting_is_minuted_from_the_keyboard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with minuting("association", Language.SV, tmp_path, monkeypatch) as live:
        await live.at(14, 0, "<ctrl+n>", "<f2>", "/", "nils", "<enter>", "f", "*", "<escape>")
        # the meeting's officers, justerare and rösträknare
        await live.at(14, 2, "<ctrl+n>",
                      "<alt+y>", TAB, "Per Ahl", *TO_OFFICER, "mötesordf", "<enter>",
                      "<alt+y>", TAB, "Sara", *TO_OFFICER, "mötessekr", "<enter>",
                      "<ctrl+n>", "<alt+y>", TAB, "Omar Said, Lena Berg", "<enter>",
                      "<alt+y>", TAB, "Omar Said, Lena Berg", *TO_OFFICER, "<ctrl+u>",
                      "rösträknare", "<enter>")  # fmt: skip
        await live.at(14, 8, "<ctrl+n>", "<ctrl+d>",
                      "Röstlängden fastställs till 42 röstberättigade medlemmar.", "<enter>",
                      "<ctrl+n>", "<ctrl+d>", "Verksamhetsberättelsen läggs till handlingarna.",
                      "<enter>",
                      "<ctrl+n>", "<ctrl+d>", "Årsmötet beviljar styrelsen ansvarsfrihet för "
                      "verksamhetsåret 2025.", "<enter>")  # fmt: skip
        # the board's proposal against a member's; the vote counted within the röstlängd
        await live.at(14, 20, "<ctrl+n>",
                      "<alt+p>", "avslag på motionen", TAB, "Styrelsen", TAB, "avslag", "<enter>",
                      "<alt+p>", "bifall till motionen", TAB, "Omar", TAB, "bifall", "<enter>",
                      "<alt+v>", "25-15-2", TAB, "2", TAB, TAB, TAB, TAB, TAB, "42", "<enter>",
                      "<ctrl+d>", "Årsmötet beslutar att bifalla motionen.", "<enter>")  # fmt: skip
        await live.at(14, 40, "<ctrl+n>",
                      "<alt+y>", "Ordförande", TAB, "Karin Lund", TAB, "omval", TAB, "1 år", TAB,
                      "Karin Lund", TAB, "valberedningen", TAB, "1", TAB, "ja", "<enter>",
                      "<alt+y>", "Ledamöter", TAB, "Lena Berg, Nils Ek", TAB, "nyval", TAB,
                      "2 år", TAB, "Lena Berg, Nils Ek, Per Ahl", TAB, "valberedningen", TAB,
                      "2", TAB, "ja", "<enter>",
                      "<alt+v>", "Lena Berg 30, Nils Ek 24, Per Ahl 18", TAB, TAB, "Ledamöter",
                      TAB, TAB, TAB, TAB, "42", TAB, "ja", "<enter>",
                      "<alt+y>", "Suppleanter", TAB, "Per Ahl", TAB, "nyval", TAB, "1 år", TAB,
                      "Per Ahl", TAB, "valberedningen", TAB, "2", TAB, "ja", "<enter>")  # fmt: skip
        await live.at(14, 55, "<ctrl+n>", "<alt+e>")
        written = await live.export_word()
    with saved(live.path) as store:
        meeting = store.meeting
    officers = [e.officer for e in meeting.elections if e.officer is not Officer.NONE]
    assert officers == [Officer.CHAIR, Officer.SECRETARY, Officer.VERIFIER, Officer.TELLER]
    assert [v.method for v in meeting.votes] == [VoteMethod.COUNT, VoteMethod.OPTIONS]
    assert [v.electorate_count for v in meeting.votes] == [42, 42]
    reads_as_annual_meeting(read(written))
