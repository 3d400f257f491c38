"""Words that go into the minutes themselves, in the meeting's document language.

The interface language (tui) and the document language are separate: a secretary with
an English interface can write Swedish minutes. Everything the document says about
attendance, items and signatures is worded here, once.
"""

from __future__ import annotations

from model.doc_language import KIND_LANGUAGE
from model.enums import ItemStatus, Language, Role
from model.texts import lookup
from model.timefmt import swedish_clock as clock
from model.wording_de import WORDS_DE

WORDS: dict[Language, dict[str, str]] = {
    Language.SV: {
        "role.chair": "ordförande",
        "role.secretary": "sekreterare",
        "role.member": "",
        "role.substitute": "ersättare",
        "role.guest": "gäst",
        "role.official": "",
        "role.vice_chair": "vice ordförande",
        "role.adjunct": "adjungerad",
        "role.auditor": "revisor",
        "substitute_for": "ersätter {name}",
        "remote.named": "via {remote}",
        "remote.plain": "på distans",
        "from_item": "fr o m punkt {item}",
        "until_item": "t o m punkt {item}",
        "absent_with_notice": "anmält förhinder",
        "tabled.lack_of_time": "tidsbrist",
        "status.tabled": "Punkten bordlades på grund av {reason}.",
        "status.tabled.as_typed": "Punkten bordlades {reason}.",
        "status.tabled.lack_of_time": "Punkten bordlades på grund av tidsbrist.",
        "status.referred_back": "Ärendet återremitterades: {reason}.",
        "status.withdrawn": "Punkten utgick: {reason}.",
        "status.referred_back.as_typed": "Ärendet återremitterades {reason}.",
        "status.withdrawn.as_typed": "Punkten utgick {reason}.",
        "status.referred_back.plain": "Ärendet återremitterades.",
        "status.withdrawn.plain": "Punkten utgick.",
        "alt_remote": "alt {remote}",
        "and": "och",
        "items.one": "punkt {items}",
        "items.many": "punkt {items}",
        "paragraphs.one": "§ {items}",
        "paragraphs.many": "§§ {items}",
        "from_paragraph": "fr o m § {item}",
        "until_paragraph": "t o m § {item}",
        "time.from": "från kl {time}",
        "time.until": "till kl {time}",
        "serving_for": "tjänstgör för {name} {items}",
        "recused.line": "{name} anmäler jäv och deltar inte i handläggningen.",
        "quorum.declared": "Mötet förklaras beslutfört.",
        "quorum.not_met": "Ej beslutfört: {present} av {seats} ledamöter deltar, {needed} krävs.",
        "item_time": "kl {time}",
        "choices.table": (
            "Punkten bordlades.|Punkten bordlades till nästa möte.|"
            "Punkten bordlades i väntan på vidare beredning.|"
            "Punkten bordläggs på grund av tidsbrist."
        ),
        "choices.refer_back": "Ärendet återremitterades för vidare beredning.",
        "choices.withdraw": "Punkten utgick.|Punkten utgick från dagordningen.",
        "aob.title": "Övriga frågor",
        "extract.file": "utdrag",
    },
    Language.EN: {
        "role.chair": "chair",
        "role.secretary": "secretary",
        "role.member": "",
        "role.substitute": "substitute",
        "role.guest": "guest",
        "role.official": "",
        "role.vice_chair": "vice chair",
        "role.adjunct": "adjunct",
        "role.auditor": "auditor",
        "substitute_for": "substitute for {name}",
        "remote.named": "via {remote}",
        "remote.plain": "remote",
        "from_item": "from item {item}",
        "until_item": "until item {item}",
        "absent_with_notice": "apologies",
        "tabled.lack_of_time": "lack of time",
        "status.tabled": "The item was tabled due to {reason}.",
        "status.tabled.as_typed": "The item was tabled {reason}.",
        "status.tabled.lack_of_time": "The item was tabled due to lack of time.",
        "status.referred_back": "The matter was referred back: {reason}.",
        "status.withdrawn": "The item was withdrawn: {reason}.",
        "status.referred_back.as_typed": "The matter was referred back {reason}.",
        "status.withdrawn.as_typed": "The item was withdrawn {reason}.",
        "status.referred_back.plain": "The matter was referred back.",
        "status.withdrawn.plain": "The item was withdrawn.",
        "alt_remote": "or {remote}",
        "and": "and",
        "items.one": "item {items}",
        "items.many": "items {items}",
        "paragraphs.one": "§ {items}",
        "paragraphs.many": "§§ {items}",
        "from_paragraph": "from § {item}",
        "until_paragraph": "until § {item}",
        "time.from": "arrived at {time}",
        "time.until": "left at {time}",
        "serving_for": "serving for {name}, {items}",
        "recused.line": "{name} declared a conflict of interest and took no part in the item.",
        "quorum.declared": "The meeting was declared quorate.",
        "quorum.not_met": "Not quorate: {present} of {seats} members take part, {needed} needed.",
        "item_time": "{time}",
        "choices.table": (
            "The item was tabled.|The item was tabled to the next meeting.|"
            "The item was tabled pending further preparation.|"
            "The item is tabled for lack of time."
        ),
        "choices.refer_back": "The matter was referred back for further preparation.",
        "choices.withdraw": "The item was withdrawn.|The item was withdrawn from the agenda.",
        "aob.title": "Any other business",
        "extract.file": "extract",
    },
}

__all__ = [
    "KIND_LANGUAGE",
    "OWN_PHRASE",
    "WORDS",
    "clock",
    "lack_of_time",
    "role_word",
    "status_choices",
    "status_in",
    "status_sentence",
    "word",
]


WORDS[Language.DE] = WORDS_DE


def word(language: Language, key: str, **values: str) -> str:
    """The document-language wording for ``key``, filled with ``values``."""
    return lookup(WORDS, language, key, **values)


def role_word(language: Language, role: Role) -> str:
    return word(language, f"role.{role.value}")


def lack_of_time(language: Language) -> str:
    """The default reason for tabling an item."""
    return word(language, "tabled.lack_of_time")


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
            return word(language, "status.tabled.lack_of_time")
        if reason.casefold().startswith(OWN_PHRASE[language]):
            return word(language, "status.tabled.as_typed", reason=reason)
        return word(language, "status.tabled", reason=reason)
    if status in (ItemStatus.REFERRED_BACK, ItemStatus.WITHDRAWN):
        reason = reason.strip().rstrip(".")
        if reason and reason.casefold().startswith(OWN_PHRASE[language]):
            # "för att utreda kostnaden": a phrase of its own runs on, without a colon
            return word(language, f"status.{status.value}.as_typed", reason=reason)
        if reason:
            return word(language, f"status.{status.value}", reason=reason)
        return word(language, f"status.{status.value}.plain")
    return ""


def status_choices(language: Language, kind: str) -> list[str]:
    """Ready sentences for a tabled ("table"), referred-back or withdrawn item."""
    return word(language, f"choices.{kind}").split("|")


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
