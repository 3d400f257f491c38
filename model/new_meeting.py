"""A new meeting of a body: what it inherits, and the meeting built from it.

One place for what ``minutes new``, the archive screen's new-meeting form, the agenda
import and the next meeting from the last all start from: the document kind, language,
title, place, remote option and standing rules come from the body's last meeting, else
its template, else the usual defaults; the people from its roster; the agenda from an
imported file, else the body's template. What the user typed wins over all of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from model.actions import Action
from model.doc_language import body_language, document_language
from model.enums import DocumentKind, ItemOrigin, Language
from model.errors import UserError
from model.meeting import Meeting
from model.next_meeting import build_next_meeting, follow_ups, with_agenda
from model.registers import ActionRow, action_register, load_index
from model.store.archive import Archive, new_header
from model.store.errors import StoreError
from model.templates import BodyTemplate, agenda_from

if TYPE_CHECKING:  # the agenda reader is imported when an agenda is put in (not at --help)
    from model.agenda_import import ImportedAgenda


@dataclass(frozen=True)
class NewMeetingDefaults:
    """What a body's new meeting starts from; ``source`` says where it came from:
    "last" (its last meeting), "template" (its template only) or "none"."""

    body: str
    kind: DocumentKind
    language: Language
    title: str
    place: str
    remote: str
    rules: str
    source: str
    template: BodyTemplate | None = None


def defaults_for(
    archive: Archive,
    body: str,
    kind: DocumentKind | None = None,
    *,
    language: Language | None = None,
    configured_language: Language | None = None,
) -> NewMeetingDefaults:
    """The defaults of ``body``'s next new meeting. The document language: ``language``
    (chosen by the user), else the body's setting, else the last meeting's (unless the
    user chose another kind), else ``configured_language``, else the kind's own
    (``model.doc_language``)."""
    last = archive.last_meeting_of(body)
    template = template_of(archive, body)
    chosen = kind or (last.header.kind if last is not None else DocumentKind.NOTES)
    same_kind = last if last is not None and last.header.kind is chosen else None
    language = new_meeting_language(
        archive, body, chosen, same_kind, chosen=language, configured=configured_language
    )
    if last is not None:
        old = last.header
        return NewMeetingDefaults(
            body=body,
            kind=chosen,
            language=language,
            title=old.title or body,
            place=old.place,
            remote=old.remote,
            rules=old.rules or (template.rules if template else ""),
            source="last",
            template=template,
        )
    return NewMeetingDefaults(
        body=body,
        kind=chosen,
        language=language,
        title=body,
        place="",
        remote="",
        rules=template.rules if template else "",
        source="template" if template else "none",
        template=template,
    )


def template_of(archive: Archive, body: str) -> BodyTemplate | None:
    """The body's template; None if it has none or archive.json cannot be read (a new
    meeting is still possible: the damaged file is reported where it is used)."""
    try:
        return archive.registry().template(body)
    except (StoreError, OSError):
        return None


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


_REMOTE_TAIL = re.compile(
    r"^(?P<place>.*?)[\s,;]+(?:alt\.?|eller|or|och|and|/|via)\s+(?P<remote>\S.*)$", re.I
)


def place_and_remote(place: str, remote: str) -> tuple[str, str]:
    """The place without the remote option it already names ("Valhall alt Teams" with
    remote "Teams" is "Valhall" and "Teams": the minutes print "alt Teams" once)."""
    place, remote = place.strip(), remote.strip()
    match = _REMOTE_TAIL.match(place)
    if match is None:
        return place, remote
    tail = match["remote"].strip()
    if not remote:
        known = ("teams", "zoom", "meet", "google meet", "webex", "skype", "distans", "länk")
        return (match["place"].strip(), tail) if tail.casefold() in known else (place, remote)
    if tail.casefold() == remote.casefold():
        return match["place"].strip(), remote
    return place, remote


def build_meeting(
    archive: Archive,
    body: str,
    *,
    title: str | None = None,
    day: date | None = None,
    start: time | None = None,
    end: time | None = None,
    place: str | None = None,
    remote: str | None = None,
    kind: DocumentKind | None = None,
    rules: str | None = None,
    agenda: ImportedAgenda | None = None,
    today: date | None = None,
    language: Language | None = None,
    configured_language: Language | None = None,
) -> Meeting:
    """A new meeting of ``body``, not yet saved: the defaults, then what the agenda says
    (it is newer than the last meeting's plan), then what the user gave (None: not given).
    Its agenda is the imported one, else the body's template."""
    defaults = defaults_for(
        archive, body, kind, language=language, configured_language=configured_language
    )
    header = new_header(
        body=body,
        kind=defaults.kind,
        language=defaults.language,
        title=title or defaults.title,
        date=None,
        planned_start=None,
        planned_end=None,
        place=defaults.place,
        remote=defaults.remote,
        rules=defaults.rules if rules is None else rules,
    )
    if agenda is not None:
        from model.agenda_import.facts import fill_header

        fill_header(header, agenda.facts)
    if day is not None:
        header.date = day
    header.date = header.date or today or date.today()
    if start is not None or end is not None:
        header.planned_start, header.planned_end = start, end
    if place is not None:
        header.place = place
    if remote is not None:
        header.remote = remote
    header.place, header.remote = place_and_remote(header.place, header.remote)
    meeting = Meeting(header=header, attendance=archive.roster_for(body))
    if agenda is not None:
        apply_agenda(meeting, agenda)
    elif defaults.template is not None:
        meeting.items = agenda_from(defaults.template)
    return meeting


def apply_agenda(meeting: Meeting, agenda: ImportedAgenda) -> Meeting:
    """Put an imported agenda into a meeting (merged with a next meeting's carry-overs)."""
    from model.agenda_import import agenda_items

    items = agenda_items(agenda)
    if any(i.origin is ItemOrigin.CARRIED_OVER for i in meeting.items) or follow_ups(meeting):
        return with_agenda(meeting, items)
    meeting.items = items
    return meeting


def open_actions_of(archive: Archive, body: str) -> list[Action]:
    """The body's open actions across the archive, as actions to follow up."""
    with load_index(archive) as index:
        rows = action_register(index, body=body)
    return [action_of(r) for r in rows]


def action_of(row: ActionRow) -> Action:
    """An action of the register as the action it is (to follow up or report done)."""
    return Action(
        id=row.id,
        text=row.text,
        owner=row.owner,
        owner_name=row.owner_name,
        co_owners=[pid for pid, _name in row.co_owners],
        co_owner_names=[name for _pid, name in row.co_owners],
        due=row.due,
        status=row.status,
        meeting=row.meeting,
    )


def next_meeting_after(archive: Archive, previous: Meeting) -> Meeting:
    """The body's next meeting built from ``previous`` (not yet saved): its roster, its
    open actions across the archive, the standing items of its template if it has one."""
    body = previous.header.body
    template = template_of(archive, body)
    meeting = build_next_meeting(
        previous,
        roster=archive.roster_for(body),
        actions=open_actions_of(archive, body),
        template=list(template.items) if template is not None and template.items else None,
    )
    if not meeting.header.rules and template is not None:
        meeting.header.rules = template.rules
    meeting.header.place, meeting.header.remote = place_and_remote(
        meeting.header.place, meeting.header.remote
    )
    return meeting
