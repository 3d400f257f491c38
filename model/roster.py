"""The roster of a body: its members with organisation, role and e-mail.

The roster is kept per body in ``archive.json`` (``model/store/registry.py``): a new
meeting of the body starts with it. During a meeting the same people are the meeting's
attendance (same ids); the operations here change that attendance (run them through
the Session) and return the roster entry the registry should then keep.

Roles are read from what people type, Swedish or English ("ledamot", "vice ordförande",
"Vice Chair", "tjänsteperson"); a role typed in the organisation field is taken as the
role, so it is never printed as an organisation.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from model.enums import AttendanceStatus, Role
from model.events import EventKind
from model.ids import new_id
from model.live import LiveError, log_record, require_person
from model.meeting import Meeting
from model.people import Attendance
from model.roles import organisation_and_role, parse_role


@dataclass
class RosterMember:
    """One person of a body's roster. ``id`` is the person id their attendance uses."""

    id: str
    name: str
    organisation: str = ""
    role: Role = Role.MEMBER
    email: str = ""
    position: int = 0
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


class RosterLineError(ValueError):
    """A pasted roster line that cannot be read: ``code`` "no_name" or "unknown_role"."""

    def __init__(self, code: str, value: str) -> None:
        super().__init__(f"{code}: {value}")
        self.code = code
        self.value = value


def parse_roster_line(line: str) -> RosterMember | None:
    """A pasted roster line, "Name, Organisation, role" (organisation and role optional;
    "Name, role" works too; tabs or semicolons may separate). None for an empty line.
    Raises ``RosterLineError`` for a line without a name or with a role nobody knows."""
    text = line.strip()
    if not text or text.startswith("#"):
        return None
    separator = "\t" if "\t" in text else ";" if ";" in text else ","
    parts = [p.strip() for p in text.split(separator)]
    name, rest = parts[0], [p for p in parts[1:] if p]
    if not name:
        raise RosterLineError("no_name", text)
    organisation, role = "", None
    if len(rest) >= 2:
        organisation, typed = ", ".join(rest[:-1]), rest[-1]
        role = parse_role(typed)
        if role is None:
            raise RosterLineError("unknown_role", typed)
        # an e-mail in a fourth column is kept
    elif rest:
        organisation = rest[0]
    email = next((p for p in parts[1:] if "@" in p and " " not in p), "")
    if email and organisation == email:
        organisation = ""
    organisation, final = organisation_and_role(organisation, role)
    return RosterMember(new_id(), name, organisation, final, email)


def parse_roster(text: str) -> tuple[list[RosterMember], list[tuple[int, RosterLineError]]]:
    """Every member of a pasted list, and the line numbers and reasons of lines refused."""
    members: list[RosterMember] = []
    refused: list[tuple[int, RosterLineError]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            member = parse_roster_line(line)
        except RosterLineError as exc:
            refused.append((number, exc))
            continue
        if member is not None:
            members.append(member)
    return members, refused


_HEADER_WORDS = {
    "namn", "name", "organisation", "organization", "org", "förvaltning", "roll", "role",
    "e-post", "epost", "email", "e-mail", "mejl",
}  # fmt: skip


def parse_roster_file(text: str) -> tuple[list[RosterMember], list[tuple[int, RosterLineError]]]:
    """A roster from a CSV file (a spreadsheet's export: a first line of column names,
    quoted fields, ``,`` ``;`` or tab) or a pasted list; as ``parse_roster``, with the
    file's line numbers."""
    lines = text.lstrip("\ufeff").splitlines()
    if lines:
        cells = [c.strip().strip('"').casefold() for c in re.split(r"[,;\t]", lines[0])]
        if cells and cells[0] in ("namn", "name") and set(cells) - {""} <= _HEADER_WORDS:
            lines[0] = ""  # the column names, not a person (numbers stay the file's)
    if any('"' in line for line in lines):
        rows: list[str] = []
        for line in lines:
            delimiter = "\t" if "\t" in line else ";" if ";" in line else ","
            cells = next(csv.reader([line], delimiter=delimiter), [])
            rows.append("\t".join(c.replace("\t", " ") for c in cells))
        lines = rows
    return parse_roster("\n".join(lines))


def member_of(person: Attendance, email: str = "") -> RosterMember:
    """The roster entry for a person of a meeting."""
    return RosterMember(
        person.id, person.name, person.organisation, person.role, email, person.position
    )


def belongs_to_roster(person: Attendance) -> bool:
    """Guests and substitutes serving for one member belong to the meeting they came to."""
    return person.role is not Role.GUEST and person.substitute_for is None


PersonState = tuple[str, str, str, bool, str | None]


def people_state(meeting: Meeting) -> dict[str, PersonState]:
    """What the roster keeps of each person of a meeting, to compare after an undo."""
    return {
        p.id: (p.name, p.organisation, p.role.value, p.deleted, p.substitute_for)
        for p in meeting.attendance
    }


def roster_changes(
    before: dict[str, PersonState], after: Meeting, emails: dict[str, str]
) -> tuple[list[RosterMember], list[str]]:
    """After an undo or redo: the roster entries to save and the ids to remove so the
    body's roster says what the meeting now says about every person the step changed
    (a member added then undone leaves the roster again; a removal undone returns)."""
    now = people_state(after)
    save: list[RosterMember] = []
    remove: list[str] = []
    for person_id in sorted(set(before) | set(now)):
        if before.get(person_id) == now.get(person_id):
            continue
        person = after.person(person_id)
        if person is not None and not person.deleted and belongs_to_roster(person):
            save.append(member_of(person, emails.get(person_id, "")))
        else:
            remove.append(person_id)
    return save, remove


# -- the meeting's attendance (run through the Session) -----------------------------


def add_member(meeting: Meeting, member: RosterMember, now: datetime) -> Attendance:
    """Add a roster member to the meeting's people (status not yet registered)."""
    if not member.name.strip():
        raise LiveError("a person needs a name")
    old = meeting.person(member.id)
    if old is not None and not old.deleted:
        raise LiveError("already at the meeting")
    organisation, role = organisation_and_role(member.organisation, member.role)
    person = Attendance(
        id=member.id,
        name=member.name.strip(),
        organisation=organisation,
        role=role,
        status=AttendanceStatus.UNKNOWN,
        position=max((p.position for p in meeting.attendance), default=-1) + 1,
    )
    if old is not None:  # back after a removal: the tombstone comes alive again
        meeting.attendance.remove(old)
    meeting.attendance.append(person)
    _logged(meeting, now, EventKind.ATTENDANCE_SET, person.id, "added")
    return person


def edit_person(
    meeting: Meeting, person_id: str, name: str, organisation: str, role: Role, now: datetime
) -> Attendance:
    """Change a person's name, organisation and role (a chair or secretary moved here
    takes the role from whoever had it: a meeting has one of each)."""
    person = require_person(meeting, person_id)
    if not name.strip():
        raise LiveError("a person needs a name")
    organisation, role = organisation_and_role(organisation, role)
    if role in (Role.CHAIR, Role.SECRETARY):
        for other in meeting.people:
            if other.role is role and other.id != person.id:
                other.role = Role.MEMBER
    if person.substitute_for is not None and role is not Role.SUBSTITUTE:
        person.substitute_for = None
    if person.name != name.strip():  # a corrected name is corrected where it was copied
        _rename_copies(meeting, person.id, name.strip())
    person.name, person.organisation, person.role = name.strip(), organisation, role
    _logged(meeting, now, EventKind.RECORD_EDITED, person.id, person.name)
    return person


def _rename_copies(meeting: Meeting, person_id: str, name: str) -> None:
    for action in meeting.actions:
        if action.owner == person_id:
            action.owner_name = name
        action.co_owner_names = [
            name if owner == person_id else old
            for owner, old in zip(action.co_owners, action.co_owner_names, strict=False)
        ]
    for statement in meeting.statements:
        if statement.person == person_id:
            statement.person_name = name
    for item in meeting.items:
        if item.raised_by_id == person_id:
            item.raised_by = name


def make_member(meeting: Meeting, person_id: str, now: datetime) -> Attendance:
    """A guest (or a substitute) becomes a member of the body."""
    person = require_person(meeting, person_id)
    person.role = Role.MEMBER
    person.substitute_for = None
    _logged(meeting, now, EventKind.RECORD_EDITED, person.id, person.name)
    return person


def remove_person(meeting: Meeting, person_id: str, now: datetime) -> Attendance:
    """Take a person off the meeting's list (a tombstone: a sync merge sees it)."""
    person = require_person(meeting, person_id)
    person.deleted = True
    meeting.header.verifiers = [v for v in meeting.header.verifiers if v != person.id]
    _logged(meeting, now, EventKind.RECORD_DELETED, person.id, person.name)
    return person


def _logged(meeting: Meeting, now: datetime, kind: EventKind, person_id: str, detail: str) -> None:
    log_record(meeting, now, kind, "attendance", person_id, person=person_id, detail=detail)
