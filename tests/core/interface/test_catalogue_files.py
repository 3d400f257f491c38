"""The texts live in data files, one per catalogue and language, and nowhere else."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from model.document_words import document_word
from model.enums import Language
from model.locale import LOCALE, document, read_catalogue
from tests.core.interface.catalogue_scan import REPO, code_files
from tui.i18n import CATALOGUES

FOLDERS = [
    REPO / "tui" / "locale",
    REPO / "tui" / "locale" / "click",
    LOCALE / "document",
    LOCALE / "errors",
    LOCALE / "checks",
]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: str(p.relative_to(REPO)))
def test_each_catalogue_file_is_a_flat_sorted_object_of_texts(folder: Path) -> None:
    files = sorted(folder.glob("*.json"))
    assert files, folder
    for path in files:
        assert path.stem in {lang.value for lang in Language}, path
        words = json.loads(path.read_text(encoding="utf-8"))
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in words.items()), path
        assert list(words) == sorted(words), path  # merges of two branches stay line-wise
        assert read_catalogue(folder)[Language(path.stem)] == words


def test_the_interface_and_the_document_have_every_language() -> None:
    assert set(CATALOGUES) == set(Language)
    assert set(document()) == set(Language)
    keys = {
        language: {key.split("|", 1)[0] for key in words}  # plural forms differ by language
        for language, words in document().items()
    }
    assert keys[Language.SV] == keys[Language.EN] == keys[Language.DE]
    assert document_word(Language.DE, "label.votes", f=1, a=2, n=3).startswith("Abstimmung: Ja")


def _language_dicts(path: Path) -> list[str]:
    """Top-level dict displays of more than a few string texts: a catalogue in code."""
    found = []
    for stmt in ast.parse(path.read_text(encoding="utf-8")).body:
        value = getattr(stmt, "value", None)
        if not isinstance(value, ast.Dict):
            continue
        texts = [
            v
            for v in ast.walk(value)
            if isinstance(v, ast.Constant) and isinstance(v.value, str) and " " in v.value
        ]
        languages = [
            k
            for k in value.keys
            if (isinstance(k, ast.Attribute) and k.attr in {"SV", "EN", "DE"})
            or (isinstance(k, ast.Constant) and k.value in {"sv", "en", "de"})
        ]
        if len(languages) >= 2 and len(texts) >= 10:
            found.append(f"{path.relative_to(REPO)}:{stmt.lineno}")
    return found


#: per-language data that is not text to look up: the default agendas a new body starts
#: from, the words a typed reason may start with (code reads them as lists); and the
#: commands' one-line help and the root's help, which ``minutes --help`` reads alone
NOT_CATALOGUES = {
    "model/next_meeting.py",
    "model/templates.py",
    "model/wording.py",
    "tui/i18n_commands.py",
}


def test_no_module_keeps_a_catalogue_of_its_own() -> None:
    """A new text goes into the JSON catalogues, not into a dict per language in code."""
    found = [
        where
        for path in code_files()
        if str(path.relative_to(REPO).as_posix()) not in NOT_CATALOGUES
        for where in _language_dicts(path)
    ]
    assert found == []
