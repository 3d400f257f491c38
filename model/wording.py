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
        "arrived_at": "anlände kl {time}",
        "left_at": "lämnade kl {time}",
        "from_item.time": "kl {time}",
        "until_item.time": "kl {time}",
        "absent_with_notice": "anmält förhinder",
        "tabled.lack_of_time": "tidsbrist",
        "status.tabled": "Punkten bordlades på grund av {reason}.",
        "status.referred_back": "Ärendet återremitterades: {reason}.",
        "status.withdrawn": "Punkten utgick: {reason}.",
        "status.referred_back.plain": "Ärendet återremitterades.",
        "status.withdrawn.plain": "Punkten utgick.",
        "alt_remote": "alt {remote}",
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
        "arrived_at": "arrived at {time}",
        "left_at": "left at {time}",
        "from_item.time": "arrived at {time}",
        "until_item.time": "left at {time}",
        "absent_with_notice": "apologies",
        "tabled.lack_of_time": "lack of time",
        "status.tabled": "The item was tabled due to {reason}.",
        "status.referred_back": "The matter was referred back: {reason}.",
        "status.withdrawn": "The item was withdrawn: {reason}.",
        "status.referred_back.plain": "The matter was referred back.",
        "status.withdrawn.plain": "The item was withdrawn.",
        "alt_remote": "or {remote}",
        "aob.title": "Any other business",
        "extract.file": "extract",
    },
}

__all__ = [
    "KIND_LANGUAGE",
    "WORDS",
    "clock",
    "lack_of_time",
    "role_word",
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


def status_sentence(language: Language, status: ItemStatus, reason: str) -> str:
    """The sentence the minutes say about a tabled, referred-back or withdrawn item."""
    if status is ItemStatus.TABLED:
        return word(language, "status.tabled", reason=reason or lack_of_time(language))
    if status in (ItemStatus.REFERRED_BACK, ItemStatus.WITHDRAWN):
        if reason:
            return word(language, f"status.{status.value}", reason=reason)
        return word(language, f"status.{status.value}.plain")
    return ""
