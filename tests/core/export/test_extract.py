"""Protokollsutdrag: ``minutes export --items 5``: the header with who was present at
the item, only that item, "Rätt utdraget intygar", the approval line once approved."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from export.errors import NoSuchItem
from export.extract import extract_markdown, select_items
from model.enums import DocumentKind, MeetingState
from model.meeting import Meeting
from model.store.archive import Archive
from tests.core.export.conftest import blocks, rows
from tui.cli import root


def test_extract_of_one_item(demo: Meeting) -> None:
    text = extract_markdown(demo, "5")
    assert "title: 'Utdrag ur minnesanteckningar, Södertörnskommunernas ledningsgrupp'" in text
    assert "# 5. Nytt utvecklingsprogram" in text
    assert "# 4." not in text and "# 6." not in text and "# 1." not in text
    assert "Ledningsgruppen beslutade att lämna förslaget Fokuserad samverkan" in text
    assert "**Rätt utdraget intygar**" in text and "Anna Söderström" in text
    assert "UTKAST – ej justerat" in text  # an extract of a draft says so
    assert "Vid anteckningarna" not in text  # not the full document's signatures


def test_attendance_is_who_was_there_at_the_item(demo: Meeting) -> None:
    at_one = extract_markdown(demo, "1")
    at_five = extract_markdown(demo, "5")
    # Frida Nilsson came from item 2, Stefan Hollmark from item 4
    assert "Frida Nilsson" not in at_one and "Stefan Hollmark" not in at_one
    assert "Frida Nilsson" in at_five and "Stefan Hollmark" in at_five
    assert "Leif Eriksson" not in at_five  # absent: not listed as present


def test_items_by_number_or_paragraph_in_agenda_order(demo: Meeting) -> None:
    assert [i.number for i in select_items(demo, "7, 5,5")] == ["5", "7"]
    demo.header.kind = DocumentKind.PROTOKOLL
    for index, item in enumerate(demo.agenda):
        item.paragraph = f"§ {163 + index}"
    assert [i.number for i in select_items(demo, "§ 167")] == ["5"]
    text = extract_markdown(demo, "§167")
    assert "title: 'Protokollsutdrag, Södertörnskommunernas ledningsgrupp'" in text
    assert "# § 167 Nytt utvecklingsprogram" in text
    with pytest.raises(NoSuchItem) as caught:
        select_items(demo, "5,99")
    assert "99" in caught.value.message("sv")


def test_approved_extract_carries_the_approval_line(demo: Meeting) -> None:
    demo.header.state = MeetingState.APPROVED
    demo.header.approved_at = datetime(2022, 5, 10, 9)
    demo.header.approved_by = "Magnus Gyllestad"
    text = extract_markdown(demo, "5")
    assert "UTKAST" not in text
    assert "Justerat 2022-05-10 av Magnus Gyllestad" in text


def test_cli_items_writes_the_extract(demo: Meeting, tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    Archive(folder).create(demo)
    out = tmp_path / "out"
    out.mkdir()
    args = ["--archive", str(folder), "--lang", "en", "export", "2022-05-06", "--items", "5"]
    result = CliRunner().invoke(root, [*args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    path = out / "2022-05-06 Södertörnskommunernas ledningsgrupp utdrag 5.docx"
    body = blocks(path)
    assert body[0].text == "Utdrag ur minnesanteckningar, Södertörnskommunernas ledningsgrupp"
    assert [b.text for b in body if b.style == "Heading 1"] == ["5. Nytt utvecklingsprogram"]
    header = rows(body[2].table)
    assert header[2][:2] == ["Närvarande vid punkten", "Magnus Gyllestad"]
    assert len(header) == 2 + 7  # Tid, Plats and the seven present at item 5
    assert rows(body[-1].table)[0][0] == "Rätt utdraget intygar"
    bad = CliRunner().invoke(root, [*args[:-1], "42", "-o", str(out)])
    assert bad.exit_code == 2 and "no item 42" in bad.output
