"""Which language a new meeting's minutes are written in.

The document language is a setting of the meeting (``MeetingHeader.language``), remembered
for its body in archive.json (``bodies.language``), and independent of the document kind:
a German Verein's "Protokoll" and a Swedish board's "protokoll" are the same kind. The
kind only decides when nothing else does (minutes: English, otherwise Swedish), as it
always has.

The rules only: reading and writing the body's setting in the archive is
``model.new_meeting``'s (``new_meeting_language``, ``remember_body_language``), above the
store, which this module lies below (``model.wording`` takes ``KIND_LANGUAGE`` from here).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from model.enums import DocumentKind, Language
from model.texts import as_language

#: The language a kind's minutes are in when neither the user, the body nor the config
#: says: what the kinds meant before the language was a choice of its own.
KIND_LANGUAGE: dict[DocumentKind, Language] = {
    DocumentKind.NOTES: Language.SV,
    DocumentKind.PROTOKOLL: Language.SV,
    DocumentKind.MINUTES: Language.EN,
}


def chosen_language(value: str | Language | None) -> Language | None:
    """A language the user gave ("de", "DE", ""), None when none or not one we write."""
    if value is None or not str(value).strip():
        return None
    found = as_language(value, default=Language.EN)
    return found if str(value).strip().lower() == found.value else None


def body_language(bodies: Iterable[Mapping[str, Any]], body: str) -> Language | None:
    """The document language archive.json keeps for ``body`` (any case), if any."""
    wanted = body.casefold()
    for record in bodies:
        if str(record.get("name", "")).casefold() == wanted:
            return chosen_language(str(record.get("language") or ""))
    return None


def document_language(
    kind: DocumentKind,
    *,
    chosen: Language | None = None,
    body: Language | None = None,
    last: Language | None = None,
    configured: Language | None = None,
) -> Language:
    """The language of a new meeting's minutes: what the user chose for this meeting,
    else the body's setting, else the body's last meeting's, else the user's configured
    default for new bodies, else the kind's."""
    for language in (chosen, body, last, configured):
        if language is not None:
            return language
    return KIND_LANGUAGE[kind]
