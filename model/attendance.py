"""Rules derived from attendance: remarks, absentees, who was present at an item."""

from __future__ import annotations

from model.document_words import document_word
from model.enums import AttendanceStatus, Language, Role
from model.meeting import Meeting
from model.people import Attendance
from model.presence import present_indexes, recused_at
from model.presence_text import presence_parts, serving_parts
from model.wording import role_word


def remark_parts(
    meeting: Meeting, person: Attendance, language: Language | None = None
) -> list[str]:
    """What the minutes say after a person's name, without the organisation.

    For the seed's Frida Nilsson this is ``["via Teams", "fr o m punkt 2"]``.
    """
    lang = language or meeting.header.language
    parts: list[str] = []
    role = role_word(lang, person.role)
    serving = serving_parts(meeting, person, lang)
    if serving:
        parts.extend(serving)
    elif person.role is Role.SUBSTITUTE and person.substitute_for:
        member = meeting.person(person.substitute_for)
        parts.append(
            document_word(lang, "word.substitute_for", name=member.name if member else "?")
        )
    elif role:
        parts.append(role)
    if person.status is AttendanceStatus.REMOTE:
        remote = meeting.header.remote
        parts.append(
            document_word(lang, "word.remote.named", remote=remote)
            if remote
            else document_word(lang, "word.remote.plain")
        )
    if person.status.attends:
        parts.extend(presence_parts(meeting, person, lang))
    if person.status is AttendanceStatus.ABSENT_WITH_NOTICE:
        parts.append(document_word(lang, "word.absent_with_notice"))
    if person.remark:
        parts.append(person.remark)
    return parts


def remark(meeting: Meeting, person: Attendance, language: Language | None = None) -> str:
    """The derived remark as one string: ``"via Teams, fr o m punkt 2"``."""
    return ", ".join(remark_parts(meeting, person, language))


def description(meeting: Meeting, person: Attendance, language: Language | None = None) -> str:
    """Organisation and remark, as in the attendance table: ``"Haninge, ordförande"``."""
    parts = [person.organisation] if person.organisation else []
    parts.extend(remark_parts(meeting, person, language))
    return ", ".join(parts)


def attendees(meeting: Meeting) -> list[Attendance]:
    """Everyone who took part at some point (present or remote), in list order."""
    return [p for p in meeting.people if p.status.attends]


def absentees(meeting: Meeting) -> list[Attendance]:
    """Everyone registered as absent (with or without notice), in list order."""
    return [
        p
        for p in meeting.people
        if p.status in (AttendanceStatus.ABSENT, AttendanceStatus.ABSENT_WITH_NOTICE)
    ]


def unregistered(meeting: Meeting) -> list[Attendance]:
    """People whose attendance has not been recorded yet."""
    return [p for p in meeting.people if p.status is AttendanceStatus.UNKNOWN]


def was_present_at(meeting: Meeting, person: Attendance, item_id: str) -> bool:
    """Whether ``person`` took part in the item (a sub-item counts as its parent)."""
    index = meeting.item_index(item_id)
    return index is not None and index in present_indexes(meeting, person)


def present_at(meeting: Meeting, item_id: str) -> list[Attendance]:
    """Who was present (in the room or remote) at the given item."""
    return [p for p in meeting.people if was_present_at(meeting, p, item_id)]


def decision_participants(meeting: Meeting, decision_id: str) -> list[Attendance]:
    """Who took part in a decision: present at its item and not recused (jäv)."""
    decision = meeting.decision(decision_id)
    if decision is None:
        return []
    return [
        p
        for p in present_at(meeting, decision.item)
        if p.id not in decision.recused and not recused_at(meeting, p.id, decision.item)
    ]


def roster_copy(people: list[Attendance]) -> list[Attendance]:
    """The body's members for a new meeting: same ids, names and roles, status unknown.

    Guests and substitutes belong to the meeting they came to, not to the roster.
    """
    members = [p for p in people if p.role is not Role.GUEST and p.substitute_for is None]
    return [
        Attendance(
            id=p.id,
            name=p.name,
            organisation=p.organisation,
            role=p.role,
            status=AttendanceStatus.UNKNOWN,
            position=index,
        )
        for index, p in enumerate(members)
    ]
