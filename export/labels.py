"""The document's title, in the meeting's document language.

Every word of the document is read through ``model.document_words.document_word``; the
labels of the header table, the decision block, the signature block and the draft mark
are its ``label.`` keys.
"""

from __future__ import annotations

from model.document_words import document_word
from model.enums import DocumentKind, Language


def title(kind: DocumentKind, language: Language, body: str) -> str:
    """ "Minnesanteckningar från X", "Protokoll X", "Minutes of X"."""
    return document_word(language, f"label.title.{kind.value}", body=body)
