"""The roll-call table names the member a serving substitute sits for (python-docx)."""

from __future__ import annotations

from pathlib import Path

import pytest

from export.exporter import export_meeting
from model.demo_kinds import municipal_committee
from model.enums import Language
from tests.core.export.conftest import blocks, rows

SERVING = {
    Language.SV: ("Ledamot", "Kim Nordin (C), ersättare för Tove Ling (C)"),
    Language.EN: ("Member", "Kim Nordin (C), substitute for Tove Ling (C)"),
    Language.DE: ("Mitglied", "Kim Nordin (C), Stellvertretung für Tove Ling (C)"),
}


@pytest.mark.parametrize("language", list(SERVING))
def test_the_substitutes_row_says_for_whom_she_serves(language: Language, tmp_path: Path) -> None:
    meeting = municipal_committee()
    meeting.header.language = language
    body = blocks(export_meeting(meeting, "docx", tmp_path / "m.docx"))
    first, serving = SERVING[language]
    table = next(rows(b.table) for b in body if b.kind == "table" and rows(b.table)[0][0] == first)
    names = [row[0] for row in table[1:-1]]
    assert serving in names
    # one row per seat: the member she serves for has none of her own, nor a second one
    assert not any(name.startswith("Tove Ling") for name in names)
    assert sum("Kim Nordin" in name for name in names) == 1
    assert table[-1][1:] == ["4", "3", "0", "0"]
