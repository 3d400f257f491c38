"""The demo meetings of formal procedure, exported to Word and read back."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from export.exporter import export_meeting
from model.demo_procedure import DEMO_KINDS
from model.store.archive import Archive
from model.validation import validate
from tests.export.conftest import blocks, rows
from tui.cli import root


def _text(path: Path) -> tuple[str, list[list[list[str]]]]:
    body = blocks(path)
    paragraphs = "\n".join(b.text for b in body if b.kind == "p")
    return paragraphs, [rows(b.table) for b in body if b.kind == "table"]


def test_the_annual_meeting_reads_as_one(tmp_path: Path) -> None:
    meeting = DEMO_KINDS["association"]()
    text, tables = _text(export_meeting(meeting, "docx", tmp_path / "a.docx"))
    assert "Mötesordförande: Per Ahl" in text
    assert "Ordföranden ställer proposition på Styrelsens yrkande och Omar Saids yrkande" in text
    assert "Röstlängd: 42 röstberättigade." in text
    assert "Röstlängden fastställs till 42 röstberättigade." in text
    assert "Röstlängden justeras till 43 röstberättigade.\nTillkommer: Eva Holm." in text
    assert text.index("fastställs till 42") < text.index("justeras till 43")
    assert "Ordförande: Karin Lund (omval, mandattid 1 år)" in text
    assert "Vakanta platser: 1." in text
    signature = [cell for row in tables[-1] for cell in row]
    assert "Per Ahl, ordförande" in signature and "Omar Said, justerare" in signature
    assert not [p for p in validate(meeting) if p.severity == "error"]


def test_the_municipal_committee_prints_its_roll_call(tmp_path: Path) -> None:
    meeting = DEMO_KINDS["municipal"]()
    text, tables = _text(export_meeting(meeting, "docx", tmp_path / "m.docx"))
    assert "§ 46 Taxor för fritidsgårdar 2027" in text
    assert "Eva Holms (S) yrkande" in text
    roll = next(t for t in tables if t[0][:3] == ["Ledamot", "Ja", "Nej"])
    assert ["Tove Ling (C)", "", "", "", "X"] in roll
    assert roll[-1] == ["Summa", "3", "2", "0", "1"]
    assert "Jonas Krantz (M) reserverar sig mot beslutet." in text


def test_the_english_committee_moves_and_seconds(tmp_path: Path) -> None:
    meeting = DEMO_KINDS["committee"]()
    text, _tables = _text(export_meeting(meeting, "docx", tmp_path / "e.docx"))
    assert "Ben Clarke moved that the minutes of 8 April be approved as a true record." in text
    assert "Seconded by David Hughes." in text
    assert "Carried unanimously." in text
    assert "\nCarried.\nCarried unanimously." not in text
    assert "Vote: 3 for, 1 against, 0 abstentions." in text


def test_minutes_demo_kind_writes_each_into_an_archive(tmp_path: Path) -> None:
    for kind in DEMO_KINDS:
        result = CliRunner().invoke(
            root, ["--lang", "en", "demo", "--kind", kind, "--into", str(tmp_path / kind)]
        )
        assert result.exit_code == 0, result.output
        (summary,) = Archive(tmp_path / kind).summaries()
        assert summary.id in result.output
