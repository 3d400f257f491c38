"""The meeting screen's forms: what each asks and how its answers become model calls.

Each ``*_form`` returns a ``FormScreen`` whose submit parses the answers and runs one
operation through ``run`` (the screen's save-at-once wrapper). A parse error keeps the
form open with the text typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from model import live
from model.agenda import AgendaItem
from model.doc_language import chosen_language
from model.editing import HeaderEdit, edit_header, find_people, header_edit_of
from model.enums import DecisionMethod, Language, Role, StatementKind
from model.meeting import Meeting
from model.people import Attendance
from model.record_edits import DecisionEdit, edit_action, edit_decision, edit_item_title
from model.sub_items import find_item, item_number
from model.timefmt import parse_date, parse_time
from model.validation import planned_times_problem
from model.votes import is_unanimous_word, unanimous_word
from model.wording import clock, lack_of_time, status_choices
from tui.i18n import t
from tui.procedure_text import procedure_lines
from tui.screens.form import Field, FormScreen, Values

#: runs an operation on the meeting and saves; returns an error text or None
Runner = Callable[[Callable[[Meeting], Any]], str | None]


class FormError(ValueError):
    """Bad input in a form; the message is already in the interface language."""


def person_by_name(meeting: Meeting, text: str, lang: Language) -> Attendance:
    """The one person the typed letters point to (exact name wins over prefixes)."""
    wanted = text.strip()
    exact = [p for p in meeting.people if p.name.casefold() == wanted.casefold()]
    matches = exact or find_people(meeting, wanted)
    if not matches:
        raise FormError(t(lang, "app.no_such_person", name=wanted))
    if len(matches) > 1:
        names = ", ".join(p.name for p in matches[:4])
        raise FormError(t(lang, "app.ambiguous_person", name=wanted, names=names))
    return matches[0]


def optional_person(meeting: Meeting, text: str, lang: Language) -> Attendance | None:
    return person_by_name(meeting, text, lang) if text.strip() else None


def people_list(meeting: Meeting, text: str, lang: Language) -> list[Attendance]:
    return [person_by_name(meeting, part, lang) for part in text.split(",") if part.strip()]


def optional_date(text: str, label: str, lang: Language, year: int | None = None) -> date | None:
    """A typed date ("2022-05-06", "17 juni", "15 dec", "6/5"); without a year, ``year``
    (the meeting's)."""
    if not text.strip():
        return None
    try:
        return parse_date(text, year=year)
    except ValueError:
        raise FormError(t(lang, "form.bad_date", field=label)) from None


def meeting_year(meeting: Meeting) -> int:
    """The year a date typed without one belongs to: the meeting's (else this year)."""
    return (meeting.header.date or date.today()).year


def optional_time(text: str, label: str, lang: Language) -> time | None:
    if not text.strip():
        return None
    try:
        return parse_time(text)
    except ValueError:
        raise FormError(t(lang, "form.bad_time", field=label)) from None


def parse_votes(text: str, lang: Language) -> tuple[int, int, int] | None:
    """``7-2-0`` (or ``7 2 0``, ``7-2``) as (for, against, abstain); empty means none."""
    parts = [p for p in text.replace(",", "-").replace(" ", "-").split("-") if p]
    if not parts:
        return None
    if len(parts) > 3 or not all(p.isdigit() for p in parts):
        raise FormError(t(lang, "form.bad_votes"))
    numbers = [int(p) for p in parts] + [0] * (3 - len(parts))
    return numbers[0], numbers[1], numbers[2]


def record_form(
    title: str,
    fields: list[Field],
    lang: Language,
    work: Callable[[Values], str | None],
    notice: str = "",
) -> FormScreen:
    """A form whose ``work`` records what was typed; a ``FormError`` it raises keeps the
    form open with its sentence."""

    def submit(values: Values) -> str | None:
        try:
            return work(values)
        except FormError as exc:
            return str(exc)

    return FormScreen(title, fields, lang, submit, notice)


def names(meeting: Meeting) -> list[str]:
    return [p.name for p in meeting.people]


def decision_form(
    meeting: Meeting,
    item_id: str,
    lang: Language,
    run: Runner,
    now: datetime,
    *,
    existing: str | None = None,
) -> FormScreen:
    """A new decision under the item, or (``existing``: a decision id) that decision's
    form filled in, saved as an edit."""
    number = item_number(meeting, item_id)
    decision = meeting.decision(existing)

    def work(v: Values) -> str | None:
        unanimous = is_unanimous_word(v["votes"])
        votes = None if unanimous else parse_votes(v["votes"], lang)
        reservations = people_list(meeting, v["reservations"], lang)
        note_by = optional_person(meeting, v["note_by"], lang)
        if decision is not None:
            edit = DecisionEdit(
                v["text"],
                votes,
                tuple(p.id for p in reservations),
                note_by.id if note_by else None,
                v["note_text"],
                unanimous,
            )
            return run(lambda m: edit_decision(m, decision.id, edit, now))

        def operation(m: Meeting) -> None:
            decision = live.add_decision(
                m, item_id, v["text"], now, votes=votes, unanimous=unanimous
            )
            for person in reservations:
                live.add_statement(m, decision.id, StatementKind.RESERVATION, person.id)
            if note_by is not None:
                live.add_statement(
                    m, decision.id, StatementKind.PROTOCOL_NOTE, note_by.id, v["note_text"].strip()
                )

        return run(operation)

    values = _decision_values(meeting, decision.id, lang) if decision else {}
    fields = [
        Field("text", t(lang, "form.decision.text"), values.get("text", ""), required=True),
        Field(
            "votes", t(lang, "form.decision.votes"), values.get("votes", ""), [unanimous_word(lang)]
        ),
        Field(
            "reservations",
            t(lang, "form.decision.reservations"),
            values.get("reservations", ""),
            names(meeting),
        ),
        Field(
            "note_by", t(lang, "form.decision.note_by"), values.get("note_by", ""), names(meeting)
        ),
        Field("note_text", t(lang, "form.decision.note_text"), values.get("note_text", "")),
    ]
    if decision is not None:
        title = t(lang, "form.decision_edit", decision=decision.number, number=number)
    else:
        title = t(lang, "form.decision", number=number)
    return record_form(title, fields, lang, work, item_votes_notice(meeting, item_id, lang))


def item_votes_notice(meeting: Meeting, item_id: str, lang: Language) -> str:
    """The votes recorded under the item, for the decision form to show ("" for none):
    the secretary sees whether the vote record already says "enhälligt"."""
    votes = [line.plain for table, _r, line in procedure_lines(meeting, item_id, None, lang)
             if table == "votes"]  # fmt: skip
    return t(lang, "form.decision.vote_notice", votes="; ".join(votes)) if votes else ""


def _decision_values(meeting: Meeting, decision_id: str, lang: Language) -> Values:
    """A saved decision as its form shows it."""
    decision = meeting.decision(decision_id)
    if decision is None:
        return {}
    votes = ""
    if decision.method is DecisionMethod.UNANIMOUS:
        votes = unanimous_word(lang)
    elif decision.votes_for is not None:
        votes = f"{decision.votes_for}-{decision.votes_against or 0}-{decision.votes_abstain or 0}"
    statements = meeting.decision_statements(decision.id)
    reservations = [s.person_name for s in statements if s.kind is StatementKind.RESERVATION]
    note = next((s for s in statements if s.kind is StatementKind.PROTOCOL_NOTE), None)
    return {
        "text": decision.text,
        "votes": votes,
        "reservations": ", ".join(reservations),
        "note_by": note.person_name if note else "",
        "note_text": note.text if note else "",
    }


def action_form(
    meeting: Meeting,
    item_id: str | None,
    lang: Language,
    run: Runner,
    now: datetime,
    *,
    existing: str | None = None,
) -> FormScreen:
    """A new action, or (``existing``: an action id) that action's form filled in."""
    action = meeting.action(existing)

    def work(v: Values) -> str | None:
        owners = people_list(meeting, v["owner"], lang)  # "Anna, Bo": several owners
        due = optional_date(v["due"], t(lang, "form.action.due"), lang, meeting_year(meeting))
        owner_id = owners[0].id if owners else None
        more = tuple(p.id for p in owners[1:])
        if action is not None:
            return run(
                lambda m: edit_action(
                    m, action.id, v["text"], now, owner=owner_id, due=due, co_owners=more
                )
            )
        return run(
            lambda m: live.add_action(
                m, item_id, v["text"], now, owner=owner_id, due=due, co_owners=more
            )
        )

    fields = [
        Field("text", t(lang, "form.action.text"), action.text if action else "", required=True),
        Field(
            "owner",
            t(lang, "form.action.owner"),
            ", ".join(action.owner_names) if action else "",
            names(meeting),
        ),
        Field(
            "due",
            t(lang, "form.action.due"),
            action.due.isoformat() if action and action.due else "",
        ),
    ]
    return record_form(t(lang, "form.action_edit" if action else "form.action"), fields, lang, work)


def aob_form(
    meeting: Meeting, lang: Language, run: Runner, now: datetime, *, existing: str | None = None
) -> FormScreen:
    """A new AOB matter, or (``existing``: its item id) that matter's form filled in."""
    matter = meeting.item(existing)

    def work(v: Values) -> str | None:
        raiser = optional_person(meeting, v["raised_by"], lang)
        raiser_id = raiser.id if raiser else None
        if matter is not None:
            return run(
                lambda m: edit_item_title(m, matter.id, v["title"], now, raised_by=raiser_id)
            )
        return run(lambda m: live.add_any_other_business(m, v["title"].strip(), raiser_id, now))

    fields = [
        Field("title", t(lang, "form.aob.title"), matter.title if matter else "", required=True),
        Field(
            "raised_by",
            t(lang, "form.aob.raised_by"),
            matter.raised_by if matter else "",
            names(meeting),
        ),
    ]
    return record_form(t(lang, "form.aob_edit" if matter else "form.aob"), fields, lang, work)


def sub_item_form(
    meeting: Meeting,
    item_id: str,
    lang: Language,
    run: Runner,
    now: datetime,
    *,
    existing: str | None = None,
) -> FormScreen:
    """A new sub-item under the item, or (``existing``) that sub-item's title to edit."""
    sub = meeting.item(existing)

    def work(v: Values) -> str | None:
        if sub is not None:
            return run(lambda m: edit_item_title(m, sub.id, v["title"], now))
        return run(lambda m: live.add_sub_item(m, item_id, v["title"].strip(), now))

    fields = [
        Field("title", t(lang, "form.sub_item.title"), sub.title if sub else "", required=True)
    ]
    kind = "form.sub_item_edit" if sub else "form.sub_item"
    return record_form(t(lang, kind, number=meeting.item_label(item_id)), fields, lang, work)


def person_form(
    meeting: Meeting, lang: Language, run: Runner, now: datetime, *, substitute: bool
) -> FormScreen:
    def work(v: Values) -> str | None:
        member = person_by_name(meeting, v["for"], lang) if substitute else None
        return run(
            lambda m: live.add_person(
                m,
                v["name"],
                now,
                organisation=v["organisation"],
                role=Role.SUBSTITUTE if substitute else Role.GUEST,
                substitute_for=member.id if member else None,
            )
        )

    fields = [
        Field("name", t(lang, "form.person.name"), required=True),
        Field("organisation", t(lang, "form.person.organisation")),
    ]
    if substitute:
        members = names(meeting)
        fields.append(
            Field("for", t(lang, "form.person.substitute_for"), suggestions=members, required=True)
        )
    title = t(lang, "form.substitute" if substitute else "form.guest")
    return record_form(title, fields, lang, work)


def reason_form(
    meeting: Meeting,
    item_id: str,
    lang: Language,
    kind: str,
    operation: Callable[[Meeting, str, str], Any],
    run: Runner,
) -> FormScreen:
    """Table / refer back / withdraw: the reason (tabling defaults to lack of time) and,
    if the secretary wants other words than the standard sentence, the sentence itself."""
    default = lack_of_time(meeting.header.language) if kind == "table" else ""

    def work(v: Values) -> str | None:
        return run(lambda m: operation(m, v["reason"].strip(), v["sentence"].strip()))

    choices = status_choices(meeting.header.language, kind)
    fields = [
        Field("reason", t(lang, "form.reason"), value=default, required=kind == "table"),
        Field("sentence", t(lang, "form.sentence"), suggestions=choices),
    ]
    number = item_number(meeting, item_id)
    return record_form(t(lang, f"form.{kind}", number=number), fields, lang, work)


def sub_focus_text(meeting: Meeting, sub: AgendaItem, lang: Language, keys: str) -> str:
    parent = meeting.item(sub.parent)
    return t(
        lang,
        "app.sub_focus",
        number=item_number(meeting, sub.id),
        title=sub.title,
        keys=keys,
        parent=parent.number if parent else "",
    )


def go_to_form(meeting: Meeting, lang: Language, go: Callable[[str], str | None]) -> FormScreen:
    def work(v: Values) -> str | None:
        item = find_item(meeting, v["number"])  # "9" an item, "9.3" its third sub-item
        if item is not None:
            return go(item.id)
        return t(lang, "app.no_such_item", number=v["number"].strip())

    fields = [Field("number", t(lang, "form.go_to.number"), required=True)]
    return record_form(t(lang, "form.go_to"), fields, lang, work)


def _clock_or_empty(value: time | None) -> str:
    return clock(value) if value else ""


def header_form(
    meeting: Meeting,
    lang: Language,
    run: Runner,
    language_changed: Callable[[Language], object] | None = None,
) -> FormScreen:
    """The meeting details. ``language_changed`` hears of a new document language (the
    body keeps it for its next meeting)."""
    current = header_edit_of(meeting)
    before = meeting.header.language

    def name_of(person_id: str | None) -> str:
        person = meeting.person(person_id)
        return person.name if person else ""

    def work(v: Values) -> str | None:
        chair = optional_person(meeting, v["chair"], lang)
        secretary = optional_person(meeting, v["secretary"], lang)
        edit = HeaderEdit(
            place=v["place"],
            remote=v["remote"],
            planned_start=optional_time(v["start"], t(lang, "form.header.start"), lang),
            planned_end=optional_time(v["end"], t(lang, "form.header.end"), lang),
            chair=chair.id if chair else None,
            secretary=secretary.id if secretary else None,
            verifiers=tuple(p.id for p in people_list(meeting, v["verifiers"], lang)),
            rules=v["rules"],
            language=chosen_language(v.get("language", "")),
        )
        if v.get("language", "").strip() and edit.language is None:
            return t(lang, "form.bad_language", value=v["language"].strip())
        if (problem := planned_times_problem(edit.planned_start, edit.planned_end)) is not None:
            return problem.message(lang)
        error = run(lambda m: edit_header(m, edit))
        if error is None and edit.language not in (None, before) and language_changed:
            language_changed(edit.language)
        return error

    everyone = names(meeting)
    fields = [
        Field("place", t(lang, "form.header.place"), current.place),
        Field("remote", t(lang, "form.header.remote"), current.remote),
        Field("start", t(lang, "form.header.start"), _clock_or_empty(current.planned_start)),
        Field("end", t(lang, "form.header.end"), _clock_or_empty(current.planned_end)),
        Field("chair", t(lang, "form.header.chair"), name_of(current.chair), everyone),
        Field("secretary", t(lang, "form.header.secretary"), name_of(current.secretary), everyone),
        Field(
            "verifiers",
            t(lang, "form.header.verifiers"),
            ", ".join(name_of(v) for v in current.verifiers),
            everyone,
        ),
        Field("rules", t(lang, "form.header.rules"), current.rules or ""),
        Field(
            "language",
            t(lang, "form.header.language"),
            meeting.header.language.value,
            [code.value for code in Language],
        ),
    ]
    return record_form(t(lang, "form.header"), fields, lang, work)
