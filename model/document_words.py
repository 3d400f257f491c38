"""The one way to read a word of the document: ``document_word(language, key)``.

The document catalogue (``model/locale/document/``) holds every word the minutes, the
registers and ``minutes show`` say, each key with the part it belongs to: ``label.``
(the document's labels), ``word.`` (attendance and item status), ``procedure.`` (motions,
votes, elections), ``register.`` and ``procedure_register.`` (the registers), ``show.``
(``minutes show``) and ``time.`` (weekday and month names). The key is always written
whole, with its part: ``document_word(lang, "label.title.minutes", body=...)``.

It is read through ``model.texts.lookup``: an integer ``count`` picks the plural form, and
a language that lacks a key (one being added) reads the English, never an error.
"""

from __future__ import annotations

from model.enums import Language
from model.locale import document
from model.texts import as_language, lookup, template


def document_word(language: Language | str, key: str, /, **values: object) -> str:
    """The document's word ``key`` (with its part: "procedure.vote.result") in
    ``language``, filled with ``values``; English where the language lacks it."""
    return lookup(document(), language, key, **values)


def has_document_word(language: Language | str, key: str, /) -> bool:
    """Whether the catalogue has ``key`` (in ``language`` or, failing that, English)."""
    return template(document(), as_language(language), key) is not None
