"""The registers of motions and elections, in the CLI and as documents."""

from __future__ import annotations

from pathlib import Path

import docx
from click.testing import CliRunner

from model.elections import Officer
from model.motions import MotionOutcome
from model.procedure_registers import election_register, motion_register
from model.registers import load_index
from model.store.archive import Archive
from tests.core.procedure.scenario import procedure_meeting
from tui.cli import root


def _archive(tmp_path: Path) -> Path:
    root_dir = tmp_path / "archive"
    Archive(root_dir).create(procedure_meeting())
    return root_dir


def _run(archive: Path, *args: str, lang: str = "en") -> tuple[int, str]:
    result = CliRunner().invoke(root, ["--archive", str(archive), "--lang", lang, *args])
    return result.exit_code, result.output


def test_the_registers_from_the_index(tmp_path: Path) -> None:
    archive = Archive(_archive(tmp_path))
    with load_index(archive) as index:
        motions = motion_register(index)
        adopted = motion_register(index, outcome=MotionOutcome.ADOPTED)
        elections = election_register(index)
        everyone = election_register(index, with_officers=True)
        frida = election_register(index, name="frida")
    assert [(m.item_number, m.number, m.moved_by) for m in motions] == [
        ("4", 1, "Camilla Broo"), ("4", 2, "Magnus Gyllestad"), ("5", 1, ""),
    ]  # fmt: skip
    assert [m.text for m in adopted] == ["bifall till arbetsutskottets förslag"]
    assert [(e.office, e.elected, e.term) for e in elections] == [
        ("Ledamot i konferensrådet", ("Frida Nilsson",), "2 år")
    ]
    assert [e.officer for e in everyone][:4] == [
        Officer.CHAIR, Officer.SECRETARY, Officer.VERIFIER, Officer.TELLER,
    ]  # fmt: skip
    assert len(frida) == 1


def test_the_cli_prints_and_exports_them(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    code, out = _run(archive, "motions")
    assert code == 0, out
    assert "Camilla Broo" in out and "carried" in out and "bifalles" in out
    code, out = _run(archive, "elections", "--officers", lang="sv")
    assert code == 0, out
    assert "Mötesordförande" in out and "Ledamot i konferensrådet" in out and "nyval" in out
    code, out = _run(archive, "motions", "--outcome", "withdrawn")
    assert code == 0 and "No motions." in out
    code, out = _run(archive, "elections", "--since", "yesterday-ish")
    assert code != 0 and "Traceback" not in out
    word = tmp_path / "elections.docx"
    code, out = _run(archive, "elections", "--export", str(word))
    assert code == 0, out
    document = docx.Document(str(word))
    assert document.paragraphs[0].text == "Register of elections"
    (table,) = document.tables
    cells = [c.text for c in table.rows[1].cells]
    assert cells[3:7] == ["Ledamot i konferensrådet", "Frida Nilsson", "newly elected", "2 år"]
    word = tmp_path / "motions.docx"
    code, out = _run(archive, "motions", "--export", str(word), lang="sv")
    assert code == 0, out
    document = docx.Document(str(word))
    assert document.paragraphs[0].text == "Yrkanderegister"
    outcomes = [row.cells[-1].text for row in document.tables[0].rows[1:]]
    assert outcomes == ["bifall", "avslag", "ej avgjort: bifalles"]


def test_search_finds_motions_and_elections(tmp_path: Path) -> None:
    from model.search import search

    archive = Archive(_archive(tmp_path))
    with load_index(archive) as index:
        motions = search(index, "arbetsutskottets")
        elections = search(index, "konferensrådet")
    assert [h.where for h in motions] == ["motion"]
    assert [(h.where, h.item_number) for h in elections] == [("election", "7")]
