"""The catalogues' data files and the one way to read them.

Each catalogue is a folder with one JSON file per language (``sv.json``, ``en.json``,
``de.json``): a flat object of key -> text, plural forms as "key|one" beside "key"
(``model.texts``). The interface's is ``tui/locale/``; the document's words are
``model/locale/document/`` (one prefix per part: ``label.``, ``word.``, ``procedure.``,
``register.``, ``procedure_register.``, ``show.``, ``time.``), read with
``model.document_words.document_word`` and the whole key; the errors' sentences,
by error code, are ``model/locale/errors/``. docs/texts.md tells how to add a text.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from model.enums import Language

LOCALE = Path(__file__).parent


def read_catalogue(folder: Path) -> dict[Language, dict[str, str]]:
    """language -> key -> text from ``folder/<language>.json``; a language without a
    file is left out."""
    catalogue: dict[Language, dict[str, str]] = {}
    for language in Language:
        path = folder / f"{language.value}.json"
        if path.is_file():
            words = json.loads(path.read_text(encoding="utf-8"))
            catalogue[language] = {str(key): str(text) for key, text in words.items()}
    return catalogue


@cache
def document() -> dict[Language, dict[str, str]]:
    """The document catalogue: the words the minutes themselves say."""
    return read_catalogue(LOCALE / "document")


def document_list(key: str) -> dict[Language, list[str]]:
    """A "|"-joined list of words (the weekdays, the months) per language."""
    return {language: words[key].split("|") for language, words in document().items()}
