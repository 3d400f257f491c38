"""The procedure forms in the German interface: the words they suggest are words they take."""

from __future__ import annotations

from model.elections import ElectionKind, Officer
from model.enums import Language
from model.motions import MotionOutcome
from tui.screens.procedure_forms import (
    KIND_WORDS,
    KINDS_SHOWN,
    OFFICER_WORDS,
    OFFICERS_SHOWN,
    OUTCOME_SHOWN,
    _lookup,
    parse_outcome,
    parse_yes_no,
)


def test_every_suggested_word_is_read_back_as_what_it_shows() -> None:
    for lang in Language:
        for outcome, shown in OUTCOME_SHOWN[lang].items():
            assert parse_outcome(shown, lang) is outcome, (lang, shown)
        assert [_lookup(KIND_WORDS, w) for w in KINDS_SHOWN[lang]] == [
            ElectionKind.RE, ElectionKind.NEW, ElectionKind.FILL,
        ]  # fmt: skip
        assert [_lookup(OFFICER_WORDS, w) for w in OFFICERS_SHOWN[lang]] == list(OFFICER_WORDS)


def test_german_answers_and_their_beginnings() -> None:
    assert parse_outcome("Abgelehnt", Language.DE) is MotionOutcome.REJECTED
    assert parse_outcome("zurückgez", Language.DE) is MotionOutcome.WITHDRAWN
    assert _lookup(OFFICER_WORDS, "protokollf") is Officer.SECRETARY
    assert _lookup(KIND_WORDS, "wieder") is ElectionKind.RE
    assert parse_yes_no("nein", "angenommen", Language.DE) is False
    assert parse_yes_no("ja", "angenommen", Language.DE) is True
