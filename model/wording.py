"""Words that go into the minutes themselves, in the meeting's document language.

The interface language (tui) and the document language are separate: a secretary with
an English interface can write Swedish minutes. Everything the document says about
attendance, items and signatures is worded here, once.
"""

from __future__ import annotations

from model.doc_language import KIND_LANGUAGE
from model.document_words import document_word
from model.enums import ItemStatus, Language, Role
from model.timefmt import swedish_clock as clock

__all__ = [
    "KIND_LANGUAGE",
    "OWN_PHRASE",
    "clock",
    "lack_of_time",
    "role_word",
    "status_choices",
    "status_in",
    "status_sentence",
]


def role_word(language: Language, role: Role) -> str:
    return document_word(language, f"word.role.{role.value}")


def lack_of_time(language: Language) -> str:
    """The default reason for tabling an item."""
    return document_word(language, "word.tabled.lack_of_time")


#: A reason starting with one of these words is a phrase of its own ("i väntan på vidare
#: granskning", "pending a report"): "på grund av" / "due to" in front would be wrong.
OWN_PHRASE = {
    Language.SV: ("i ", "till ", "då ", "eftersom ", "för ", "med ", "efter ", "inför ", "tills ",
                  "på grund ", "pga ", "p.g.a. ", "enligt ", "utan ", "under ", "så ", "av "),
    Language.EN: ("pending ", "until ", "till ", "to ", "for ", "because ", "due ", "as ",
                  "awaiting ", "owing ", "in ", "at ", "on ", "without ", "after ", "so "),
    Language.DE: ("auf ", "bis ", "zur ", "zum ", "wegen ", "aufgrund ", "mangels ", "da ",
                  "weil ", "für ", "mit ", "nach ", "ohne ", "in ", "im ", "aus ", "um ",
                  "bei ", "vor ", "bis zur "),
}  # fmt: skip


def status_sentence(language: Language, status: ItemStatus, reason: str) -> str:
    """The sentence the minutes say about a tabled, referred-back or withdrawn item."""
    if status is ItemStatus.TABLED:
        reason = (reason or lack_of_time(language)).strip().rstrip(".")
        if reason == lack_of_time(language):
            return document_word(language, "word.status.tabled.lack_of_time")
        if reason.casefold().startswith(OWN_PHRASE[language]):
            return document_word(language, "word.status.tabled.as_typed", reason=reason)
        return document_word(language, "word.status.tabled", reason=reason)
    if status in (ItemStatus.REFERRED_BACK, ItemStatus.WITHDRAWN):
        reason = reason.strip().rstrip(".")
        if reason and reason.casefold().startswith(OWN_PHRASE[language]):
            # "för att utreda kostnaden": a phrase of its own runs on, without a colon
            return document_word(language, f"word.status.{status.value}.as_typed", reason=reason)
        if reason:
            return document_word(language, f"word.status.{status.value}", reason=reason)
        return document_word(language, f"word.status.{status.value}.plain")
    return ""


def status_choices(language: Language, kind: str) -> list[str]:
    """Ready sentences for a tabled ("table"), referred-back or withdrawn item."""
    return document_word(language, f"word.choices.{kind}").split("|")


_CHOICE_KIND = {
    ItemStatus.TABLED: "table",
    ItemStatus.REFERRED_BACK: "refer_back",
    ItemStatus.WITHDRAWN: "withdraw",
}


def status_in(language: Language, status: ItemStatus, sentence: str) -> str:
    """``sentence`` as the minutes in ``language`` say it: one of the ready sentences
    (in any language) becomes the same sentence in ``language``; a sentence the
    secretary wrote herself stays as written."""
    kind = _CHOICE_KIND.get(status)
    typed = sentence.strip()
    if kind is None:
        return typed
    for other in Language:
        ready = status_choices(other, kind)
        if typed in ready:
            return status_choices(language, kind)[ready.index(typed)]
    return typed
