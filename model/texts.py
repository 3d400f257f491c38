"""The one text lookup: a key in a catalogue, in a language, with plural forms.

Every catalogue (the interface's in ``tui/i18n*.py``, the document's words and labels,
the errors') is a ``dict[Language, dict[str, str]]`` and is read through ``lookup``.
A count-aware text has one entry per plural form, ``"key|one"`` and ``"key|other"``;
``lookup(..., count=n)`` picks the form the language's rule gives for ``n`` and fills
``{count}`` in the template. A key without forms is used for every count.

A language that lacks a key falls back to English, then to the key itself, so a text
added in Swedish and English only still shows (tests/core/interface/test_catalogues.py fails until
the German is there).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from model.enums import Language

Catalogues = Mapping[Language, Mapping[str, str]]

#: The separator between a key and its plural form: "search.hits|one".
FORM = "|"


def _one_other(count: int) -> str:
    return "one" if abs(count) == 1 else "other"


#: CLDR's cardinal rules for integers; Swedish, English and German share one.
PLURAL_RULES: dict[Language, Callable[[int], str]] = {
    Language.SV: _one_other,
    Language.EN: _one_other,
    Language.DE: _one_other,
}

#: The forms each language's catalogue must give for a count-aware key.
PLURAL_FORMS: dict[Language, tuple[str, ...]] = {
    Language.SV: ("one", "other"),
    Language.EN: ("one", "other"),
    Language.DE: ("one", "other"),
}


def plural_form(language: Language, count: int) -> str:
    """ "one" or "other" (the CLDR category) for ``count`` in ``language``."""
    return PLURAL_RULES.get(language, _one_other)(count)


def template(
    catalogues: Catalogues, language: Language, key: str, count: int | None = None
) -> str | None:
    """The raw template for ``key`` (and ``count``'s form), with the English fallback."""
    chain = (language, Language.EN) if language is not Language.EN else (language,)
    for lang in chain:
        catalogue = catalogues.get(lang, {})
        if count is not None:
            text = catalogue.get(f"{key}{FORM}{plural_form(lang, count)}")
            if text is not None:
                return text
        text = catalogue.get(key)
        if text is not None:
            return text
    return None


def lookup(catalogues: Catalogues, language: Language | str, key: str, /, **values: object) -> str:
    """The text for ``key`` in ``language`` filled with ``values``. An integer ``count``
    among them picks the plural form ("key|one" or "key") and fills ``{count}``.

    Unknown languages (a stored "fr") read as English; an unknown key reads as itself.
    """
    lang = as_language(language)
    count = values.get("count")
    number = count if isinstance(count, int) and not isinstance(count, bool) else None
    text = template(catalogues, lang, key, number)
    if text is None:
        return key
    return text.format(**values) if values else text


def as_language(value: Language | str | None, default: Language = Language.EN) -> Language:
    """``value`` as a Language ("de", "DE", Language.DE); ``default`` for anything else."""
    if isinstance(value, Language):
        return value
    try:
        return Language(str(value or "").strip().lower())
    except ValueError:
        return default
