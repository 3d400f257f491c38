"""Checks a secretary understands: what is missing or contradictory in a meeting.

``validate(meeting)`` returns problems, each with a code, the values its sentence names
and the record it is about, so the app can point at it; ``Problem.message(language)``
words it from the checks' catalogue (``model/locale/checks/``, "check.<code>"). Errors
make the minutes wrong; warnings are things a careful secretary would want to look at
before sending them out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import time
from enum import StrEnum

from model.attendance import present_at
from model.enums import AttendanceStatus, ItemKind, ItemStatus, Language, PresenceKind, Role
from model.error_texts import CHECKS
from model.meeting import Meeting, MeetingHeader
from model.people import Attendance
from model.presence import intervals
from model.procedure_validation import procedure_findings
from model.quorum import QuorumRuleError, parse_rule
from model.texts import as_language, lookup
from model.timefmt import clock
from model.upcoming import upcoming_meetings
from model.upcoming_record import UpcomingMeeting


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    severity: Severity
    code: str
    record: str | None = None  # id of the record concerned
    #: what the sentence names (a person, an item number; a time is worded as the
    #: language writes a clock)
    values: tuple[tuple[str, object], ...] = ()
    #: the sentence's key after "check.", when one code has more than one sentence
    #: ("bad_interval_item.from"); else the code
    wording: str = ""

    def message(self, language: Language | str = Language.EN) -> str:
        lang = as_language(language)
        values = {k: clock(v, lang) if isinstance(v, time) else v for k, v in self.values}
        return lookup(CHECKS, lang, f"check.{self.wording or self.code}", **values)


def validate(meeting: Meeting) -> list[Problem]:
    """Every problem found, errors first."""
    problems = [*_header(meeting), *_people(meeting), *_items(meeting), *_decisions(meeting)]
    problems += _actions(meeting)
    problems += [
        _warn(code, record, wording, **values)
        for code, record, wording, values in procedure_findings(meeting)
    ]
    return sorted(problems, key=lambda p: p.severity != Severity.ERROR)


def planned_times_problem(start: time | None, end: time | None) -> Problem | None:
    """The one rule for a meeting's planned times: the end comes after the start. Used by
    ``validate`` and by everything that sets them (``minutes new``, the app's forms)."""
    if start is None or end is None or end > start:
        return None
    return _err(
        "end_before_start",
        start=start,
        end=end,
    )


def _err(code: str, record: str | None = None, wording: str = "", /, **values: object) -> Problem:
    return Problem(Severity.ERROR, code, record, tuple(values.items()), wording)


def _warn(code: str, record: str | None = None, wording: str = "", /, **values: object) -> Problem:
    return Problem(Severity.WARNING, code, record, tuple(values.items()), wording)


def _header(m: Meeting) -> list[Problem]:
    h = m.header
    out = []
    if not h.body.strip():
        out.append(_err("no_body"))
    if h.date is None:
        out.append(_err("no_date"))
    if (planned := planned_times_problem(h.planned_start, h.planned_end)) is not None:
        out.append(planned)
    if h.actual_start and h.actual_end and h.actual_end < h.actual_start:
        out.append(_err("actual_end_before_start"))
    for coming in upcoming_meetings(m):
        out += _upcoming_problems(h, coming)
    for verifier in h.verifiers:
        person = m.person(verifier)
        if person is None or person.deleted:
            out.append(_err("verifier_missing"))
        elif not person.status.attends and person.status is not AttendanceStatus.UNKNOWN:
            out.append(
                _warn(
                    "verifier_absent",
                    person.id,
                    name=person.name,
                )
            )
    return out


def _upcoming_problems(h: MeetingHeader, coming: UpcomingMeeting) -> list[Problem]:
    """An upcoming meeting that ends before it starts, or is not after this one."""
    out: list[Problem] = []
    if (next_times := planned_times_problem(coming.start, coming.end)) is not None:
        out.append(
            _err(
                "next_end_before_start",
                **dict(next_times.values),
            )
        )
    if h.date and coming.day and coming.day <= h.date:
        out.append(_warn("next_before"))
    return out


def _people(m: Meeting) -> list[Problem]:
    out = []
    names = Counter(p.name.casefold() for p in m.people)
    for person in m.people:
        if not person.name.strip():
            out.append(_err("no_name", person.id))
        elif names[person.name.casefold()] > 1:
            out.append(
                _warn(
                    "duplicate_name",
                    person.id,
                    name=person.name,
                )
            )
        out.extend(_interval_problems(m, person))
        if person.role is Role.SUBSTITUTE:
            member = m.person(person.substitute_for)
            if member is None:
                out.append(
                    _err(
                        "substitute_for_nobody",
                        person.id,
                        name=person.name,
                    )
                )
            elif (
                member.status.attends
                and person.status.attends
                and not intervals(m, member.id)
                and not intervals(m, person.id)
                and not intervals(m, person.id, PresenceKind.SERVING)
            ):
                out.append(
                    _warn(
                        "substitute_and_member",
                        person.id,
                        name=person.name,
                        member=member.name,
                    )
                )
    if not m.people:
        out.append(_err("no_people"))
    if m.chair is None:
        out.append(_warn("no_chair"))
    try:
        parse_rule(m.header.quorum)
    except QuorumRuleError:
        out.append(
            _err(
                "bad_quorum_rule",
                None,
                rule=m.header.quorum,
            )
        )
    if m.secretary is None:
        out.append(_warn("no_secretary"))
    for role, code in ((Role.CHAIR, "two_chairs"), (Role.SECRETARY, "two_secretarys")):
        holders = [p.name for p in m.people if p.role is role]
        if len(holders) > 1:
            out.append(
                _warn(
                    code,
                    names=", ".join(holders),
                )
            )
    return out


def _items(m: Meeting) -> list[Problem]:
    out = []
    if not m.agenda:
        out.append(_err("no_items"))
    next_items = [i for i in m.agenda if i.kind is ItemKind.NEXT_MEETING]
    if len(next_items) > 1:
        numbers_of = ", ".join(i.number or i.title for i in next_items)
        out.append(
            _err(
                "two_next_meeting_items",
                next_items[1].id,
                numbers=numbers_of,
            )
        )
    numbers = Counter(i.number for i in m.agenda if i.number)
    for item in m.agenda:
        if not item.title.strip():
            out.append(
                _err(
                    "no_title",
                    item.id,
                    number=item.number,
                )
            )
        if numbers[item.number] > 1:
            out.append(
                _err(
                    "duplicate_number",
                    item.id,
                    number=item.number,
                )
            )
        if item.status is ItemStatus.TABLED and not item.status_reason.strip():
            out.append(
                _warn(
                    "tabled_without_reason",
                    item.id,
                    number=item.number,
                )
            )
    return out


def _decisions(m: Meeting) -> list[Problem]:
    out = []
    for decision in m.live_decisions():
        item = m.item(decision.item)
        label = m.item_label(decision.item)
        if item is None or item.deleted:
            out.append(
                _err(
                    "decision_without_item",
                    decision.id,
                    number=decision.number,
                )
            )
            continue
        if not decision.text.strip():
            out.append(
                _err(
                    "empty_decision",
                    decision.id,
                    number=decision.number,
                    label=label,
                )
            )
        votes = [decision.votes_for, decision.votes_against, decision.votes_abstain]
        if any(v is not None and v < 0 for v in votes):
            out.append(
                _err(
                    "negative_votes",
                    decision.id,
                    number=decision.number,
                )
            )
        elif decision.votes_for is not None:
            cast = sum(v or 0 for v in votes)
            present = len(present_at(m, decision.item))
            if present and cast > present:
                out.append(
                    _warn(
                        "more_votes_than_present",
                        decision.id,
                        number=decision.number,
                        cast=cast,
                        present=present,
                    )
                )
    return out


def _actions(m: Meeting) -> list[Problem]:
    out = []
    for action in m.live_actions():
        if not action.text.strip():
            out.append(_err("empty_action", action.id))
        if not action.owner and not action.owner_name:
            out.append(
                _warn(
                    "action_without_owner",
                    action.id,
                    text=action.text[:40],
                )
            )
        if action.due and m.header.date and action.due < m.header.date:
            out.append(
                _warn(
                    "due_before_meeting",
                    action.id,
                    text=action.text[:40],
                )
            )
    return out


def _interval_problems(m: Meeting, person: Attendance) -> list[Problem]:
    """Intervals whose items are gone from the agenda, or that end before they start."""
    out: list[Problem] = []
    for span in m.presence:
        if span.person != person.id or span.deleted:
            continue
        for item_id, which, wording in (
            (span.from_item, "from", "bad_from_item"),
            (span.until_item, "until", "bad_until_item"),
        ):
            if item_id and (m.item(item_id) is None or m.item_index(item_id) is None):
                out.append(
                    _err(
                        "bad_interval_item",
                        person.id,
                        wording,
                        name=person.name,
                        which=which,
                    )
                )
        first, last = m.item_index(span.from_item), m.item_index(span.until_item)
        if first is not None and last is not None and last < first:
            out.append(
                _err(
                    "left_before_arrived",
                    person.id,
                    name=person.name,
                )
            )
    return out
