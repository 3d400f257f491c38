"""German: the app speaks it, and the demo meeting exported in German reads as a German
Protokoll (python-docx on the real Word file, made by the real pandoc)."""

from __future__ import annotations

import html
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from model.demo import demo_meeting
from model.enums import DocumentKind, Language
from model.store.archive import Archive
from tests import notices
from tests.app.screens.helpers import make_app
from tests.conftest import REPO
from tui.screens.export import ExportScreen
from tui.screens.meeting import MeetingScreen


def _text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _minutes(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "PYTHONIOENCODING": "utf-8",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "LANG": "de_DE.UTF-8",
    }
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-c", "from tui.cli import main; main()", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def _assert_german_protokoll(text: str) -> None:
    """The document's own words are German; what the secretary typed stays as typed."""
    assert "Ergebnisprotokoll – Södertörnskommunernas ledningsgrupp" in text
    assert "Freitag, 6. Mai 2022, 08:30-11:00 Uhr" in text  # the Zeit row
    for word in ("Zeit", "Ort", "Anwesend", "Abwesend", "Beschluss", "Aufgabe"):
        assert word in text, word
    assert "Protokollführung" in text and "Genehmigt" in text  # the signatures
    assert "zugeschaltet über Teams, ab TOP 2 (08:41 Uhr)" in text  # remote, arrived late
    assert "Magnus Gyllestad" in text and "Vorsitz" in text
    assert "Der Punkt wurde aus Zeitgründen vertagt." in text
    assert "Unter dem Tagesordnungspunkt Övriga frågor wird zusätzlich aufgenommen:" in text
    assert "Nächste Sitzung: Freitag, 17. Juni 2022, 08:30-11:00 Uhr" in text
    assert "Bis zum 15. Juni 2022." in text  # an action's due date
    assert "ENTWURF – nicht genehmigt" in text
    for swedish in ("Deltagare", "Ej närvarande", "Vid anteckningarna", "Justeras", "fr o m"):
        assert swedish not in text, swedish
    for swedish in ("Beslut\n", "Uppdrag\n", "Tid\n", "Plats\n", "Nästa möte:"):
        assert swedish not in text, swedish


def test_the_demo_exported_in_german_reads_as_a_german_protokoll(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "archive")
    path = archive.create(demo_meeting())
    out = tmp_path / "protokoll.docx"
    done = _minutes(
        "--archive", str(archive.root), "export", str(path), "--language", "de", "-o", str(out),
        home=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Hinweis: Die Sitzung ist nicht genehmigt" in done.stderr  # the interface: German
    _assert_german_protokoll(_text(out))
    # only the document changed language: the meeting is still Swedish
    with archive.open(str(path), read_only=True) as store:
        assert store.meeting.header.language is Language.SV


def test_the_document_language_is_chosen_per_meeting_and_kept_for_the_body(
    tmp_path: Path,
) -> None:
    root = str(tmp_path / "archive")
    first = _minutes(
        "--archive", root, "new", "--body", "Sportverein Musterstadt e.V.", "--title",
        "Vorstandssitzung", "--date", "2026-12-02", "--start", "18.30", "--end", "20",
        "--place", "Vereinsheim", "--kind", "protokoll", "--language", "de", home=tmp_path,
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert "Die Sitzung Vorstandssitzung (2026-12-02) wurde angelegt." in first.stdout
    # the next meeting of the body, even of another kind, is German too
    second = _minutes(
        "--archive", root, "new", "--body", "sportverein musterstadt e.v.", "--title", "MV",
        "--date", "2027-01-13", "--start", "19", "--place", "Vereinsheim", "--kind", "minutes",
        home=tmp_path,
    )  # fmt: skip
    assert second.returncode == 0, second.stderr
    archive = Archive(Path(root))
    languages = {}
    for summary in archive.summaries():
        with archive.open(summary.id, read_only=True) as store:
            languages[store.meeting.header.title] = store.meeting.header
    assert languages["Vorstandssitzung"].language is Language.DE
    assert languages["MV"].language is Language.DE
    assert languages["MV"].kind is DocumentKind.MINUTES
    shown = _minutes("--archive", root, "export", first.stdout.split()[-1], "--to", "md",
                     "-o", "-", home=tmp_path)  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert "Protokoll – Sportverein Musterstadt e.V." in shown.stdout
    assert "Mittwoch, 2. Dezember 2026, 18:30-20:00 Uhr" in shown.stdout


def test_click_speaks_german(tmp_path: Path) -> None:
    done = _minutes("--archive", str(tmp_path / "a"), "export", home=tmp_path)
    assert done.returncode == 2
    assert "Aufruf: minutes export [OPTIONEN] SITZUNG" in done.stderr  # the help's words
    assert "Fehler: Argument fehlt 'SITZUNG'." in done.stderr
    helped = _minutes("--archive", str(tmp_path / "a"), "--help", home=tmp_path)
    assert "Optionen:" in helped.stdout and "Befehle:" in helped.stdout
    wrong = _minutes("--lang", "sv", "--archive", str(tmp_path / "a"), "export", "x", "--to",
                     "doc", home=tmp_path)  # fmt: skip
    assert "Fel: Ogiltigt värde för '--to'" in wrong.stderr
    english = _minutes("--lang", "en", "--archive", str(tmp_path / "a"), "export", home=tmp_path)
    assert "Error: Missing argument 'MEETING'." in english.stderr  # Click's own English


@pytest.mark.asyncio
async def test_the_app_in_german_and_the_export_form_chooses_german(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    archive = Archive(tmp_path / "archive")
    path = archive.create(demo_meeting())
    app = make_app(archive.root, Language.DE, meeting=path)
    async with notices.run_test(app, size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await pilot.press("f1")
        await pilot.pause()
        shown = html.unescape(app.export_screenshot()).replace("\xa0", " ")
        assert "Nächster TOP" in shown and "Sitzung eröffnen" in shown, "the help screen"
        assert "Vertagen" in shown and "Anwesenheit" in shown
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("alt+x")
        assert isinstance(app.screen, ExportScreen)
        export_screen = app.screen
        assert export_screen.query_one("#doc_language").render().plain == (  # type: ignore[attr-defined]
            "Dokumentsprache: Schwedisch (l wechselt)"
        )
        await pilot.press("l", "l")  # Swedish -> English -> German
        label = export_screen.query_one("#doc_language").render().plain  # type: ignore[attr-defined]
        assert label == "Dokumentsprache: Deutsch (l wechselt)"
        await pilot.press("enter")  # Word
        await pilot.pause()
        await screen.workers.wait_for_complete()
        await pilot.pause()
        written = list((home / "Documents").glob("*.docx"))
        assert len(written) == 1
        assert any("geschrieben" in n.message for n in notices.shown(app))
        assert screen.session.meeting.header.language is Language.SV  # unchanged
    _assert_german_protokoll(_text(written[0]))


@pytest.mark.asyncio
async def test_the_details_form_sets_the_document_language_for_the_meeting_and_body(
    tmp_path: Path,
) -> None:
    from textual.widgets import Input

    from model.doc_language import body_language

    archive = Archive(tmp_path / "archive")
    path = archive.create(demo_meeting())
    body = demo_meeting().header.body
    assert body_language(archive.registry().bodies(), body) is Language.SV
    app = make_app(archive.root, Language.DE, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await pilot.press("alt+h")
        await pilot.pause()
        field = app.screen.query_one("#field-language", Input)
        assert field.value == "sv"
        field.value = "xx"
        await pilot.press("enter")
        await pilot.pause()
        assert screen.session.meeting.header.language is Language.SV  # refused, form open
        field.value = "de"
        await pilot.press("enter")
        await pilot.pause()
        assert screen.session.meeting.header.language is Language.DE
    with archive.open(str(path), read_only=True) as store:
        assert store.meeting.header.language is Language.DE  # saved
    assert body_language(archive.registry().bodies(), body) is Language.DE  # the body's next
