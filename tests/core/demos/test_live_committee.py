"""The English committee minuted live: apologies, a late arrival, motions moved and
seconded (the body's setting, carried with its agenda), votes, an action, any other
business, each item's clock times in the Word file."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.enums import Language
from model.procedure_settings import uses_seconding
from model.votes import VoteMethod
from tests.core.demos.live import TAB, minuting, saved
from tests.core.demos.reading import read, reads_as_committee_minutes

pytestmark = pytest.mark.asyncio


async def test_the_english_committee_is_minuted_from_the_keyboard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with minuting("committee", Language.EN, tmp_path, monkeypatch) as live:
        # four present, Farah Khan not here yet, Emma Shaw sent apologies
        await live.at(18, 0, "<ctrl+n>", "<f2>", "p", "p", "p", "p", "<down>", "f", "<escape>")
        await live.at(18, 3, "<ctrl+n>",
                      "<alt+p>", "that the minutes of 8 April be approved as a true record", TAB,
                      "Ben", TAB, "David", TAB, "carried", "<enter>",
                      "<alt+v>", "unanimous", "<enter>")  # fmt: skip
        await live.at(18, 8, "<ctrl+n>")
        await live.at(18, 12, "<f2>", "/", "farah", "<enter>", "l", "<escape>")
        await live.at(18, 18,
                      "<alt+p>", "that the accounts for 2025 be adopted", TAB, "David", TAB,
                      "Farah", TAB, "carried", "<enter>",
                      "<alt+v>", "5-0-0", "<enter>")  # fmt: skip
        await live.at(18, 20, "<ctrl+n>")
        await live.at(18, 35,
                      "<alt+p>", "that the water charge rise to £12 per plot", TAB, "David", TAB,
                      "Alice", TAB, "carried", "<enter>",
                      "<alt+v>", "4-1", "<enter>",
                      "<f5>", "Write to all plot holders about the new water charge", TAB,
                      "Chloe", TAB, "2026-05-20", "<enter>")  # fmt: skip
        await live.at(
            18,
            42,
            "<ctrl+n>",
            "<f6>",
            "Skip hire for the spring clear-out",
            TAB,
            "Farah",
            "<enter>",
        )
        await live.at(18, 52, "<ctrl+n>")
        await live.at(18, 56, "<alt+e>")
        written = await live.export_word()
    with saved(live.path) as store:
        meeting = store.meeting
    assert uses_seconding(meeting) and meeting.header.item_times
    assert [v.method for v in meeting.votes] == [VoteMethod.UNANIMOUS] + [VoteMethod.COUNT] * 2
    assert [m.seconded_by_name for m in meeting.motions] == [
        "David Hughes", "Farah Khan", "Alice Moore",
    ]  # fmt: skip
    reads_as_committee_minutes(read(written))
