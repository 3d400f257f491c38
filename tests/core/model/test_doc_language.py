"""The document language of a new meeting, and the one text lookup's fallbacks."""

from __future__ import annotations

from datetime import date, time

from model.doc_language import body_language, chosen_language, document_language
from model.enums import DocumentKind, Language
from model.texts import lookup
from model.timefmt import clock, long_date, when


def test_the_choice_order_user_body_last_config_kind() -> None:
    kind = DocumentKind.MINUTES
    assert document_language(kind) is Language.EN  # the kind, as before
    assert document_language(DocumentKind.PROTOKOLL) is Language.SV
    assert document_language(kind, configured=Language.DE) is Language.DE
    assert document_language(kind, last=Language.SV, configured=Language.DE) is Language.SV
    assert document_language(kind, body=Language.DE, last=Language.SV) is Language.DE
    assert document_language(kind, chosen=Language.SV, body=Language.DE) is Language.SV


def test_the_body_setting_is_found_in_any_case_and_bad_values_are_ignored() -> None:
    bodies = [{"name": "Sportverein e.V.", "language": "de"}, {"name": "X", "language": "fr"}]
    assert body_language(bodies, "SPORTVEREIN E.V.") is Language.DE
    assert body_language(bodies, "x") is None
    assert body_language(bodies, "nobody") is None
    assert chosen_language("DE") is Language.DE
    assert chosen_language("") is None and chosen_language("fr") is None


def test_lookup_falls_back_to_english_then_to_the_key() -> None:
    catalogues = {Language.EN: {"a": "A {x}", "n": "{count} things", "n|one": "one thing"},
                  Language.DE: {}}  # fmt: skip
    assert lookup(catalogues, Language.DE, "a", x=1) == "A 1"
    assert lookup(catalogues, "fr", "a", x=2) == "A 2"
    assert lookup(catalogues, Language.SV, "missing") == "missing"
    assert lookup(catalogues, Language.EN, "n", count=1) == "one thing"
    assert lookup(catalogues, Language.EN, "n", count=0) == "0 things"
    assert lookup(catalogues, Language.EN, "n", count=True) == "True things"  # not a number


def test_german_dates_and_times() -> None:
    assert long_date(date(2026, 12, 2), Language.DE) == "Mittwoch, 2. Dezember 2026"
    assert long_date(date(2026, 12, 2), Language.DE, weekday=False) == "2. Dezember 2026"
    assert clock(time(8, 5), Language.DE) == "08:05"
    assert when(date(2026, 3, 1), time(18, 30), None, Language.DE) == (
        "Sonntag, 1. März 2026, 18:30 Uhr"
    )
    assert when(date(2022, 5, 6), time(8, 30), time(11), Language.SV) == (
        "Fredagen den 6 maj 2022 kl 8.30-11.00"
    )
