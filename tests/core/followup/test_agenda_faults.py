"""Agenda files as they arrive from Windows and from mistakes: UTF-16 text (Word's and
Notepad's "Unicode"), a link to a device, a named pipe, a whole file on one line."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from export.readers import read_agenda
from model.agenda_import import AgendaBinary, AgendaError
from tests.conftest import corpus_files

CORPUS_TEXT = [p for p in corpus_files() if not isinstance(p, Path) or p.suffix == ".md"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("path", CORPUS_TEXT, ids=lambda p: p.name if p else "none")
def test_utf16_agendas_read_like_their_utf8_original(
    tmp_path: Path, path: Path, encoding: str
) -> None:
    """With a byte-order mark ("utf-16") and without one (told by the NUL bytes)."""
    original = read_agenda(path)
    text = path.read_bytes().decode("utf-8-sig")
    if "\ufffd" in text:  # the mojibake file's lost characters are part of its test
        pytest.skip("the file's repairs depend on its UTF-8 bytes")
    converted = tmp_path / path.name
    converted.write_bytes(text.encode(encoding))
    agenda = read_agenda(converted)
    assert [i.title for i in agenda.items] == [i.title for i in original.items]
    assert "read as UTF-16 text" in agenda.repairs


def test_utf16_html_is_read_too(tmp_path: Path) -> None:
    page = tmp_path / "agenda.html"
    page.write_bytes("<ol><li>Mötet öppnas</li><li>Övriga frågor</li></ol>".encode("utf-16"))
    assert [i.title for i in read_agenda(page).items] == ["Mötet öppnas", "Övriga frågor"]


def test_real_binary_with_nul_bytes_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "agenda.txt"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(AgendaBinary):
        read_agenda(path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_a_link_to_dev_zero_is_refused_without_reading_it(tmp_path: Path) -> None:
    link = tmp_path / "agenda.md"
    link.symlink_to("/dev/zero")
    with pytest.raises(AgendaError) as caught:
        read_agenda(link)
    assert "not a regular file" in caught.value.message("en")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "agenda.txt"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def read() -> None:
        try:
            read_agenda(fifo)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=20)
    if reader.is_alive():  # unblock the reader so the test run can end
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a named pipe waits for a writer")
    assert isinstance(outcome[0], AgendaError)
    assert "not a regular file" in outcome[0].message("en")


def test_a_4_mb_title_is_cut_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "agenda.md"
    path.write_text("1. " + "Lång rubrik " * 350_000 + "\n2. Övriga frågor\n", encoding="utf-8")
    agenda = read_agenda(path)
    first = agenda.top_level[0]
    assert len(first.title) <= 300 and first.title.endswith("…")
    assert agenda.top_level[1].title == "Övriga frågor"
    assert any("characters cut to" in note for note in agenda.skipped)


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_a_link_to_a_real_agenda_is_followed(tmp_path: Path) -> None:
    (source,) = [p for p in CORPUS_TEXT if isinstance(p, Path) and "lithekod" in p.name] or [None]
    if source is None:
        pytest.skip("corpus file missing")
    link = tmp_path / "agenda.md"
    link.symlink_to(source)
    assert len(read_agenda(link).top_level) == 14


def test_why_an_agenda_cannot_be_read_is_said_in_the_users_language(tmp_path: Path) -> None:
    """The reason is a sentence of the catalogue (``reason.*``), not English inside a
    Swedish or German sentence; the English reads as it always did."""
    folder = tmp_path / "dagordning.md"
    folder.mkdir()
    with pytest.raises(AgendaError) as caught:
        read_agenda(folder)
    assert caught.value.message("en") == (
        f"The agenda {folder} could not be read: it is a folder. No meeting was created."
    )
    assert caught.value.message("sv") == (
        f"Dagordningen {folder} kunde inte läsas: det är en mapp. Inget möte skapades."
    )
    assert "es ist ein Ordner" in caught.value.message("de")
    with pytest.raises(AgendaError) as missing:
        read_agenda(tmp_path / "saknas.md")
    assert "filen finns inte" in missing.value.message("sv")
    assert str(missing.value) == missing.value.message("en")
