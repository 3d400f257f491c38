"""The document's words for motions, votes and elections, in the document language.

A language without its own words here (one being added) gets the English ones, never
an error: the document is still written.
"""

from __future__ import annotations

from model.enums import Language
from model.locale import document_section

PROCEDURE_LABELS: dict[str, dict[str, str]] = {
    lang.value: words for lang, words in document_section("procedure").items()
}


def plabel(language: Language | str, key: str, **values: object) -> str:
    """The procedure label ``key`` in ``language`` (English if the language has none)."""
    words = PROCEDURE_LABELS.get(str(language)) or PROCEDURE_LABELS["en"]
    text = words.get(key) or PROCEDURE_LABELS["en"][key]
    return text.format(**values) if values else text
