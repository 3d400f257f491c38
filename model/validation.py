"""Checks a secretary understands: what is missing or contradictory in a meeting.

``validate(meeting)`` returns problems, each with a message in Swedish and English and
the record it is about, so the app can point at it. Errors make the minutes wrong;
warnings are things a careful secretary would want to look at before sending them out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import time
from enum import StrEnum

from model.attendance import present_at
from model.enums import AttendanceStatus, ItemKind, ItemStatus, Language, PresenceKind, Role
from model.error_texts import CHECKS_DE
from model.meeting import Meeting, MeetingHeader
from model.people import Attendance
from model.presence import intervals
from model.procedure_validation import procedure_findings
from model.quorum import QuorumRuleError, parse_rule
from model.texts import as_language, lookup
from model.timefmt import english_clock, german_clock, swedish_clock
from model.upcoming import upcoming_meetings
from model.upcoming_record import UpcomingMeeting


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    severity: Severity
    code: str
    sv: str
    en: str
    record: str | None = None  # id of the record concerned
    #: what the sentence names (a person, an item number), for the languages worded by
    #: code in ``model.error_texts`` ("check.<code>": German)
    values: tuple[tuple[str, object], ...] = ()

    def message(self, language: Language | str = Language.EN) -> str:
        lang = as_language(language)
        if lang is Language.SV:
            return self.sv
        if lang is not Language.EN and f"check.{self.code}" in CHECKS_DE:
            return lookup({Language.DE: CHECKS_DE}, lang, f"check.{self.code}", **dict(self.values))
        return self.en


def validate(meeting: Meeting) -> list[Problem]:
    """Every problem found, errors first."""
    problems = [*_header(meeting), *_people(meeting), *_items(meeting), *_decisions(meeting)]
    problems += _actions(meeting)
    problems += [_warn(*finding) for finding in procedure_findings(meeting)]
    return sorted(problems, key=lambda p: p.severity != Severity.ERROR)


def planned_times_problem(start: time | None, end: time | None) -> Problem | None:
    """The one rule for a meeting's planned times: the end comes after the start. Used by
    ``validate`` and by everything that sets them (``minutes new``, the app's forms)."""
    if start is None or end is None or end > start:
        return None
    return _err(
        "end_before_start",
        f"Sluttiden {swedish_clock(end)} ligger inte efter starttiden {swedish_clock(start)}.",
        f"The end time {english_clock(end)} is not after the start time {english_clock(start)}.",
        start=german_clock(start),
        end=german_clock(end),
    )


def _err(code: str, sv: str, en: str, record: str | None = None, /, **values: object) -> Problem:
    return Problem(Severity.ERROR, code, sv, en, record, tuple(values.items()))


def _warn(code: str, sv: str, en: str, record: str | None = None, /, **values: object) -> Problem:
    return Problem(Severity.WARNING, code, sv, en, record, tuple(values.items()))


def _header(m: Meeting) -> list[Problem]:
    h = m.header
    out = []
    if not h.body.strip():
        out.append(
            _err(
                "no_body",
                "Mötet saknar organ (vem som möts).",
                "The meeting has no body (who meets).",
            )
        )
    if h.date is None:
        out.append(_err("no_date", "Mötet saknar datum.", "The meeting has no date."))
    if (planned := planned_times_problem(h.planned_start, h.planned_end)) is not None:
        out.append(planned)
    if h.actual_start and h.actual_end and h.actual_end < h.actual_start:
        out.append(
            _err(
                "actual_end_before_start",
                "Mötet avslutades före det startade.",
                "The meeting ended before it started.",
            )
        )
    for coming in upcoming_meetings(m):
        out += _upcoming_problems(h, coming)
    for verifier in h.verifiers:
        person = m.person(verifier)
        if person is None or person.deleted:
            out.append(
                _err(
                    "verifier_missing",
                    "En justerare finns inte bland deltagarna.",
                    "A verifier is not on the list.",
                )
            )
        elif not person.status.attends and person.status is not AttendanceStatus.UNKNOWN:
            out.append(
                _warn(
                    "verifier_absent",
                    f"Justeraren {person.name} var inte närvarande.",
                    f"The verifier {person.name} was not present.",
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
                f"Nästa möte: {next_times.sv[0].lower()}{next_times.sv[1:]}",
                f"Next meeting: {next_times.en[0].lower()}{next_times.en[1:]}",
                **dict(next_times.values),
            )
        )
    if h.date and coming.day and coming.day <= h.date:
        out.append(
            _warn(
                "next_before",
                "Nästa möte ligger före eller samma dag som detta möte.",
                "The next meeting is on or before this meeting's date.",
            )
        )
    return out


def _people(m: Meeting) -> list[Problem]:
    out = []
    names = Counter(p.name.casefold() for p in m.people)
    for person in m.people:
        if not person.name.strip():
            out.append(
                _err("no_name", "En deltagare saknar namn.", "A person has no name.", person.id)
            )
        elif names[person.name.casefold()] > 1:
            out.append(
                _warn(
                    "duplicate_name",
                    f"{person.name} står två gånger i deltagarlistan.",
                    f"{person.name} is on the list twice.",
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
                        f"{person.name} är ersättare men det står inte för vem.",
                        f"{person.name} is a substitute but not for whom.",
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
                        f"Både {member.name} och ersättaren {person.name} är närvarande.",
                        f"Both {member.name} and the substitute {person.name} are present.",
                        person.id,
                        name=person.name,
                        member=member.name,
                    )
                )
    if not m.people:
        out.append(
            _err(
                "no_people",
                "Mötet har inga deltagare: lägg till ledamöter (F2 n) eller minutes roster add.",
                "The meeting has nobody on its list: add members (F2 n) or minutes roster add.",
            )
        )
    if m.chair is None:
        out.append(_warn("no_chair", "Ingen ordförande är angiven.", "No chair is set."))
    try:
        parse_rule(m.header.quorum)
    except QuorumRuleError:
        out.append(
            _err(
                "bad_quorum_rule",
                f"Regeln för beslutsförhet '{m.header.quorum}' går inte att läsa"
                " (skriv half eller min:5).",
                f"The quorum rule '{m.header.quorum}' cannot be read (write half or min:5).",
                None,
                rule=m.header.quorum,
            )
        )
    if m.secretary is None:
        out.append(_warn("no_secretary", "Ingen sekreterare är angiven.", "No secretary is set."))
    for role, sv, en in ((Role.CHAIR, "ordförande", "chairs"),
                         (Role.SECRETARY, "sekreterare", "secretaries")):  # fmt: skip
        holders = [p.name for p in m.people if p.role is role]
        if len(holders) > 1:
            out.append(
                _warn(
                    f"two_{role.value}s",
                    f"Flera {sv}: {', '.join(holders)}.",
                    f"More than one of the {en}: {', '.join(holders)}.",
                    names=", ".join(holders),
                )
            )
    return out


def _items(m: Meeting) -> list[Problem]:
    out = []
    if not m.agenda:
        out.append(
            _err(
                "no_items",
                "Dagordningen är tom (alt+d lägger till punkter).",
                "The agenda is empty (alt+d adds items).",
            )
        )
    next_items = [i for i in m.agenda if i.kind is ItemKind.NEXT_MEETING]
    if len(next_items) > 1:
        numbers_of = ", ".join(i.number or i.title for i in next_items)
        out.append(
            _err(
                "two_next_meeting_items",
                f"Flera punkter är 'Nästa möte' ({numbers_of}): protokollet skriver nästa möte "
                "under var och en. Ändra den som inte är det.",
                f"Several items are 'Next meeting' ({numbers_of}): the minutes print the next "
                "meeting under each. Change the one that is not.",
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
                    f"Punkt {item.number} saknar rubrik.",
                    f"Item {item.number} has no title.",
                    item.id,
                    number=item.number,
                )
            )
        if numbers[item.number] > 1:
            out.append(
                _err(
                    "duplicate_number",
                    f"Punktnumret {item.number} används två gånger.",
                    f"The item number {item.number} is used twice.",
                    item.id,
                    number=item.number,
                )
            )
        if item.status is ItemStatus.TABLED and not item.status_reason.strip():
            out.append(
                _warn(
                    "tabled_without_reason",
                    f"Punkt {item.number} är bordlagd utan skäl.",
                    f"Item {item.number} is tabled without a reason.",
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
                    f"Beslut {decision.number} hör inte till någon punkt.",
                    f"Decision {decision.number} belongs to no item.",
                    decision.id,
                    number=decision.number,
                )
            )
            continue
        if not decision.text.strip():
            out.append(
                _err(
                    "empty_decision",
                    f"Beslut {decision.number} under punkt {label} saknar text.",
                    f"Decision {decision.number} under item {label} has no text.",
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
                    f"Beslut {decision.number}: negativt antal röster.",
                    f"Decision {decision.number}: a negative vote count.",
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
                        f"Beslut {decision.number}: {cast} röster men bara {present} närvarande.",
                        f"Decision {decision.number}: {cast} votes but only {present} present.",
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
            out.append(
                _err(
                    "empty_action", "Ett uppdrag saknar text.", "An action has no text.", action.id
                )
            )
        if not action.owner and not action.owner_name:
            out.append(
                _warn(
                    "action_without_owner",
                    f"Uppdraget '{action.text[:40]}' har ingen ansvarig.",
                    f"The action '{action.text[:40]}' has no owner.",
                    action.id,
                    text=action.text[:40],
                )
            )
        if action.due and m.header.date and action.due < m.header.date:
            out.append(
                _warn(
                    "due_before_meeting",
                    f"Uppdraget '{action.text[:40]}' ska vara klart före mötesdagen.",
                    f"The action '{action.text[:40]}' is due before the meeting date.",
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
        for item_id, label_sv, label_en in (
            (span.from_item, "fr o m", "from"),
            (span.until_item, "t o m", "until"),
        ):
            if item_id and (m.item(item_id) is None or m.item_index(item_id) is None):
                out.append(
                    _err(
                        "bad_interval_item",
                        f"{person.name}: punkten i '{label_sv} punkt' finns inte på dagordningen.",
                        f"{person.name}: the item in '{label_en} item' is not on the agenda.",
                        person.id,
                        name=person.name,
                        which=label_en,
                    )
                )
        first, last = m.item_index(span.from_item), m.item_index(span.until_item)
        if first is not None and last is not None and last < first:
            out.append(
                _err(
                    "left_before_arrived",
                    f"{person.name} lämnade före den punkt där hen kom.",
                    f"{person.name} left before the item they arrived at.",
                    person.id,
                    name=person.name,
                )
            )
    return out
