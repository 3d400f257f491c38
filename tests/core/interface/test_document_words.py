"""The one way to read a document word: ``model.document_words.document_word``."""

from __future__ import annotations

from model.document_words import document_word, has_document_word
from model.enums import Language
from model.locale import document


def test_a_word_missing_in_a_language_reads_as_english() -> None:
    """A key the German catalogue lacks (a text being added) reads as the English, never
    an error: the document is still written (what the procedure words always did)."""
    german = document()[Language.DE]
    saved = german.pop("procedure.vote.result")
    try:
        english = document_word(Language.EN, "procedure.vote.result", text="x")
        assert document_word(Language.DE, "procedure.vote.result", text="x") == english
        assert has_document_word(Language.DE, "procedure.vote.result")
    finally:
        german["procedure.vote.result"] = saved
    assert document_word(Language.DE, "procedure.vote.result", text="x") != english


def test_an_unknown_language_reads_as_english_and_an_unknown_key_as_itself() -> None:
    assert document_word("fr", "label.decision") == document_word(Language.EN, "label.decision")
    assert document_word(Language.SV, "label.no_such_word") == "label.no_such_word"
    assert not has_document_word(Language.SV, "label.no_such_word")


def test_a_count_picks_the_plural_form() -> None:
    one = document_word(Language.EN, "label.conflicts", count=1)
    many = document_word(Language.EN, "label.conflicts", count=2)
    assert one != many and "2" in many
