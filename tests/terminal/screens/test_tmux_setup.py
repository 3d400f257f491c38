"""A body set up from nothing in a real terminal (tmux): the roster screen, the template
screen, the new-meeting form, a meeting minuted; then ``minutes export`` to Word, read
back with python-docx."""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path

from docx import Document

from model.enums import Role
from model.store.archive import Archive
from tests.terminal.screens.test_tmux_e2e import MINUTES, _tmux, _wait_for, _wait_gone, pytestmark

__all__ = ["pytestmark"]

BODY = "Styrelsen"
ROSTER = "Anna Berg, Haninge, ordförande|Bo Ek, Nacka, sekreterare|Cia Dahl, Tyresö|Dan Fors, gäst"
RULES = "Om man inte deltar på mötet står man bakom de beslut som fattas."


def _keys(session: str, *keys: str) -> None:
    _tmux("send-keys", "-t", session, *keys)


def test_a_body_from_nothing_in_tmux(tmp_path: Path) -> None:
    session = f"minutes-setup-{uuid.uuid4().hex[:8]}"
    command = f"{MINUTES} --archive {tmp_path} --lang sv"
    _tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command)
    try:
        _wait_for(session, "Inga möten ännu")
        _keys(session, "M-r")  # the roster: which body?
        _wait_for(session, "Organ (som")
        _keys(session, BODY, "Enter")
        _wait_for(session, f"Ledamöter i {BODY}")
        _keys(session, "i")
        _wait_for(session, "klistra in")
        _keys(session, "Tab", ROSTER, "Enter")
        _wait_for(session, "4 personer tillagda")
        _keys(session, "End", "m")  # the guest made a member with one key
        _wait_for(session, "Dan Fors är nu ledamot")
        _keys(session, "Escape")
        _wait_for(session, "Inga möten ännu")
        _keys(session, "M-t")  # the template
        _wait_for(session, "Organ (som")
        _keys(session, BODY, "Enter")
        _wait_for(session, f"Dagordningsmall för {BODY}")
        _keys(session, "F7", "Mötets öppnande", "Enter", "Kommande möten", "Enter")
        _keys(session, "Övriga frågor", "Enter", "Nästa möte", "Tab", RULES)
        _wait_for(session, "står man bakom")
        _keys(session, "C-s")
        _wait_for(session, "Mallen för")
        _keys(session, "C-n")  # the first meeting
        _wait_for(session, "Nytt möte")
        _keys(session, BODY, "Tab", "Tab", "C-u", "6 maj 2022", "Tab", "8.30", "Tab", "11")
        _keys(session, "Tab", "Huddinge kommunhus lokal Valhall alt Teams", "Enter")
        _wait_for(session, "Mötet har inte startat")
        _keys(session, "C-n", "F2", *"pprp")
        _wait_for(session, "3 närv · 1 dist")  # the panel's count, before F2 hides it
        _keys(session, "F2", "Anna hälsar välkommen.")
        _wait_for(session, "Anna hälsar välkommen.")
        _keys(session, "C-n", "C-d", "Mötestider fastställs", "Enter")
        _wait_for(session, "● Sparat")
        _keys(session, "C-q")
        _wait_gone(session)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)

    archive = Archive(tmp_path)
    members = archive.registry().members(BODY)
    assert [(m.name, m.role) for m in members] == [
        ("Anna Berg", Role.CHAIR),
        ("Bo Ek", Role.SECRETARY),
        ("Cia Dahl", Role.MEMBER),
        ("Dan Fors", Role.MEMBER),
    ]
    (summary,) = archive.summaries()
    out = tmp_path / "minutes.docx"
    done = subprocess.run(
        [str(MINUTES), "--archive", str(tmp_path), "export", summary.id, "--to", "docx", "-o",
         str(out)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    document = Document(str(out))
    paragraphs = [(p.style.name if p.style else "", p.text) for p in document.paragraphs]
    assert ("Title", "Minnesanteckningar från Styrelsen") in paragraphs
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings == ["1. Mötets öppnande", "2. Kommande möten", "3. Övriga frågor",
                        "4. Nästa möte"]  # fmt: skip
    assert ("Standing Rules", RULES) in paragraphs
    header = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert header[0][:2] == ["Tid", "Fredagen den 6 maj 2022 kl 8.30-11.00"]
    assert header[1][:2] == ["Plats", "Huddinge kommunhus lokal Valhall alt Teams"]
    cells = " ".join(c for row in header for c in row)
    assert "Dan Fors" in cells and "gäst" not in cells
    assert "Haninge, ordförande" in cells
    assert "Mötestider fastställs" in " ".join(text for _style, text in paragraphs)
