"""The words of the exported document, in the meeting's document language.

Words about attendance and item status come from ``model.wording`` (shared with the
screen); this module adds the document's own labels: the header table, the decision
block, the signature block and the draft mark.
"""

from __future__ import annotations

from model.enums import DocumentKind, Language
from model.locale import document_section
from model.texts import lookup

LABELS: dict[Language, dict[str, str]] = document_section("label")


def label(language: Language, key: str, **values: object) -> str:
    """The document label ``key`` in ``language``, filled with ``values`` (an integer
    ``count`` picks the plural form, as ``model.texts.lookup``)."""
    return lookup(LABELS, language, key, **values)


def title(kind: DocumentKind, language: Language, body: str) -> str:
    """ "Minnesanteckningar från X", "Protokoll X", "Minutes of X"."""
    return label(language, f"title.{kind.value}", body=body)
