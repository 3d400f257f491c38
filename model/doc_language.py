"""Which language a new meeting's minutes are written in.

The document language is a setting of the meeting (``MeetingHeader.language``), remembered
for its body in archive.json (``bodies.language``), and independent of the document kind:
a German Verein's "Protokoll" and a Swedish board's "protokoll" are the same kind. The
kind only decides when nothing else does (minutes: English, otherwise Swedish), as it
always has.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from model.enums import DocumentKind, Language
from model.texts import as_language

if TYPE_CHECKING:
    from model.meeting import Meeting
    from model.store.archive import Archive

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


def new_meeting_language(
    archive: Archive,
    body: str,
    kind: DocumentKind,
    last: Meeting | None,
    *,
    chosen: Language | None = None,
    configured: Language | None = None,
) -> Language:
    """``document_language`` for a new meeting of ``body`` in ``archive``. A registry that
    cannot be read only loses its say: the last meeting and the kind still decide."""
    from model.errors import UserError

    try:
        setting = body_language(archive.registry().bodies(), body)
    except (UserError, OSError, ValueError):
        setting = None
    return document_language(
        kind,
        chosen=chosen,
        body=setting,
        last=last.header.language if last is not None else None,
        configured=configured,
    )


def remember_body_language(archive: Archive, body: str, language: Language) -> bool:
    """Make ``language`` the body's document language in archive.json (the meeting
    details form changed a meeting's): the body's next meeting takes it. False when the
    registry has no record of the body or cannot be written; the meeting keeps its own."""
    from model.errors import UserError

    wanted = body.casefold()
    try:
        registry = archive.registry()
        record = next((b for b in registry.bodies() if b.get("id") == wanted), None)
        if record is None:
            return False
        kept = {k: v for k, v in record.items() if k != "id"}
        registry.update({"bodies": {wanted: {**kept, "language": language.value}}})
    except (UserError, OSError, ValueError):
        return False
    return True
