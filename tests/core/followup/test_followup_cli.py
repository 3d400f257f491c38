"""The follow-up commands as a user runs them: new --agenda, new --next, the registers."""

from __future__ import annotations

from pathlib import Path

import docx
from click.testing import CliRunner

from model.demo import demo_meeting
from model.enums import ItemOrigin
from model.next_meeting import follow_ups
from model.store.archive import Archive
from tui.cli import root


def _run(archive: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(root, ["--archive", str(archive), "--lang", "en", *args])
    return result.exit_code, result.output


def test_new_with_word_agenda(tmp_path: Path) -> None:
    document = docx.Document()
    for title in ["Welcome (Jane Doe, 5 min)", "Budget", "Any other business", "Next meeting"]:
        document.add_paragraph(title, style="List Number")
    agenda = tmp_path / "agenda.docx"
    document.save(str(agenda))
    archive = tmp_path / "archive"
    code, out = _run(archive, "new", "--agenda", str(agenda), "--body", "Board", "--date",
                     "2025-03-11", "--title", "Board meeting", "--place", "Hall")  # fmt: skip
    assert code == 0, out
    assert "Jane Doe" in out and "4 items" in out
    assert len(Archive(archive).summaries()) == 1
    meeting = Archive(archive).last_meeting_of("Board")
    assert meeting is not None
    assert [i.title for i in meeting.agenda] == ["Welcome", "Budget", "Any other business",
                                                 "Next meeting"]  # fmt: skip


def test_bad_agenda_creates_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "agenda.docx"
    bad.write_bytes(b"not a word file")
    archive = tmp_path / "archive"
    code, out = _run(archive, "new", "--agenda", str(bad), "--body", "Board")
    assert code == 2
    assert "No meeting was created" in out and "Traceback" not in out
    assert Archive(archive).summaries() == []


def test_next_and_registers(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    demo = demo_meeting()
    Archive(archive).create(demo)
    code, out = _run(archive, "new", "--next")
    assert code == 0, out
    assert "Tvärförbindelse Södertörn" in out and "Open actions under item 2: 1" in out
    new_id = out.strip().splitlines()[-1]
    meeting = Archive(archive).last_meeting_of(demo.header.body)
    assert meeting is not None and meeting.id == new_id
    assert sum(i.origin is ItemOrigin.CARRIED_OVER for i in meeting.agenda) == 2
    assert len(follow_ups(meeting)) == 1

    code, out = _run(archive, "actions")
    assert code == 0 and "Helene Olofsson" in out and "2022-06-15" in out
    action_id = demo.live_actions()[0].id
    code, out = _run(archive, "done", action_id[:12], new_id)
    assert code == 0, out
    code, out = _run(archive, "actions")
    assert "No open actions" in out
    code, out = _run(archive, "actions", "--all")
    assert "done 2022-06-17" in out

    code, out = _run(archive, "decisions")
    assert code == 0 and "Fokuserad samverkan" in out
    code, out = _run(archive, "search", "Valhall")
    assert code == 0 and "hits for Valhall" in out
    code, out = _run(archive, "attendance")
    assert code == 0 and "Magnus Gyllestad" in out

    md = tmp_path / "actions.md"
    code, out = _run(archive, "actions", "--all", "--export", str(md))
    assert code == 0 and "| Helene Olofsson |" in md.read_text(encoding="utf-8")
    word = tmp_path / "decisions.docx"
    code, out = _run(archive, "decisions", "--export", str(word))
    assert code == 0, out
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    tables = docx.Document(str(word)).tables
    assert "Decision register" in text and tables
    assert any("Fokuserad samverkan" in c.text for c in tables[0].columns[4].cells)
    code, out = _run(archive, "search", "x", "--export", str(tmp_path / "hits.pdf"))
    assert code == 2 and "use .md or .docx" in out
