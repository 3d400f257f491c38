"""The plain-text export (``--to txt``): the minutes as text for the body of an e-mail or
a notice board, made by pandoc's plain writer from the same Markdown as every format."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from export.exporter import export_meeting, render
from model.meeting import Meeting
from model.store.archive import Archive
from tui.cli import root


def _flat(text: str) -> str:
    """The text with its line breaks and runs of spaces folded (pandoc wraps at 72)."""
    return " ".join(text.split())


def test_the_whole_meeting_as_plain_text(demo: Meeting) -> None:
    text = render(demo, "txt").decode("utf-8")
    flat = _flat(text)
    assert text.startswith("Minnesanteckningar från Södertörnskommunernas ledningsgrupp")
    assert "UTKAST – ej justerat" in text
    for item in demo.agenda:
        assert f"{item.number}. {item.title}" in text
    for decision in demo.decisions:
        assert _flat(decision.text) in flat
    for action in demo.actions:
        assert _flat(action.text) in flat
    assert "Punkten bordläggs på grund av tidsbrist." in text
    assert "Frida Nilsson" in text and "Anna Söderström" in text  # attendance, signature


def test_no_markup_is_left(demo: Meeting) -> None:
    """Nothing of Markdown or HTML reaches the reader: no headings' hashes, no
    emphasis stars, no escapes, no attribute braces, no tags."""
    text = render(demo, "txt").decode("utf-8")
    for line in text.splitlines():
        assert not line.startswith("#"), line
        assert "**" not in line and "\\" not in line, line
        assert not re.search(r"\{[.#]", line), line
        assert not re.search(r"</?[a-z]+[ >]", line), line


def test_english_minutes(demo_en: Meeting) -> None:
    text = render(demo_en, "txt").decode("utf-8")
    assert text.startswith("Minutes of Södertörnskommunernas ledningsgrupp")
    assert "DRAFT" in text.upper()


@pytest.fixture
def archive(tmp_path: Path, demo: Meeting) -> Path:
    folder = tmp_path / "archive"
    Archive(folder).create(demo)
    return folder


def test_to_the_terminal(archive: Path, demo: Meeting) -> None:
    result = CliRunner().invoke(
        root,
        [
            "--archive",
            str(archive),
            "--lang",
            "en",
            "export",
            "2022-05-06",
            "--to",
            "txt",
            "-o",
            "-",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Minnesanteckningar från")
    assert "9. Aktuellt från nätverken" in result.stdout


def test_to_a_file_named_like_the_others(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo: Meeting
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = CliRunner().invoke(
        root, ["--archive", str(archive), "--lang", "en", "export", "2022-05-06", "--to", "txt"]
    )
    assert result.exit_code == 0, result.output
    path = work / "2022-05-06 Södertörnskommunernas ledningsgrupp.txt"
    assert path.read_bytes() == render(demo, "txt")
    assert path.read_bytes().decode("utf-8").count("Välkommen") >= 1


def test_an_extract(demo: Meeting, tmp_path: Path) -> None:
    path = export_meeting(demo, "txt", tmp_path / "utdrag.txt", items="9")
    text = path.read_text(encoding="utf-8")
    assert "9. Aktuellt från nätverken" in text
    assert "10. Övriga frågor" not in text
