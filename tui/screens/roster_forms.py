"""The roster keys of the attendance panel: new member, edit, make member, remove, paste.

Each changes the meeting's people through the meeting screen's runner
(``Session.apply``: saved at once, undoable, logged as an event) and then the body's
roster in archive.json (``Registry``), so the next meeting of the body has it. Undo and
redo take the change out of (or back into) the roster as well (``follow_travel``): what
the roster says of a person is what the meeting says after the step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.enums import Language, Role
from model.ids import new_id
from model.meeting import Meeting
from model.people import Attendance
from model.roles import ROLE_ORDER, parse_role
from model.roster import (
    PersonState,
    RosterMember,
    add_member,
    belongs_to_roster,
    edit_person,
    make_member,
    member_of,
    parse_roster,
    remove_person,
    roster_changes,
)
from model.store.errors import StoreError
from model.store.registry import Registry
from tui.error_text import error_detail
from tui.i18n import t
from tui.messages import OpenOverMeeting
from tui.roster_text import refused_line, role_label, role_labels
from tui.screens.form import Field, FormScreen, Values

if TYPE_CHECKING:
    from tui.host import MeetingHost


def _registry(host: MeetingHost) -> Registry | None:
    archive = getattr(host.app, "archive", None)
    return archive.registry() if archive is not None else None


def _keep_in_roster(host: MeetingHost, save: list[RosterMember], remove: str = "") -> None:
    """Write the change to the body's roster; a failure is said, the meeting keeps it."""
    registry = _registry(host)
    if registry is None:
        return
    body = host.meeting.header.body
    try:
        if save:
            registry.save_members(body, save)
        if remove:
            registry.remove_member(body, remove)
    except (StoreError, OSError) as exc:
        detail = error_detail(host.lang, exc)
        host.notify(t(host.lang, "app.roster_not_saved", detail=detail), severity="error")


def follow_travel(host: MeetingHost, before: dict[str, PersonState]) -> None:
    """After an undo or redo: the body's roster follows the meeting for every person the
    step changed (nothing else of the roster is touched)."""
    registry = _registry(host)
    if registry is None or host.session.read_only:
        return
    try:
        emails = {m.id: m.email for m in registry.members(host.meeting.header.body)}
    except (StoreError, OSError):
        emails = {}
    save, remove = roster_changes(before, host.meeting, emails)
    for person_id in remove:
        _keep_in_roster(host, [], remove=person_id)
    if save:
        _keep_in_roster(host, save)


def _email_of(host: MeetingHost, person_id: str) -> str:
    registry = _registry(host)
    if registry is None:
        return ""
    try:
        members = registry.members(host.meeting.header.body)
    except (StoreError, OSError):
        return ""
    return next((m.email for m in members if m.id == person_id), "")


def member_form(host: MeetingHost, person_id: str | None) -> FormScreen:
    """A new member of the body (``person_id`` None) or that person's form filled in."""
    lang, meeting = host.lang, host.meeting
    person = meeting.person(person_id) if person_id else None

    def submit(v: Values) -> str | None:
        role = parse_role(v["role"]) if v["role"].strip() else Role.MEMBER
        if role is None:
            return t(lang, "roster.bad_role", role=v["role"].strip(), roles=role_labels(lang))
        now = host.now()
        if person is None:
            member = RosterMember(new_id(), v["name"].strip(), v["organisation"], role)
            error = host.change(lambda m: add_member(m, member, now))
        else:
            error = host.change(
                lambda m: edit_person(m, person.id, v["name"], v["organisation"], role, now)
            )
        if error is not None:
            return error
        changed = meeting_person(host, person.id if person else None, v["name"])
        if changed is not None:
            if belongs_to_roster(changed):
                _keep_in_roster(host, [member_of(changed, v["email"].strip())])
            else:
                _keep_in_roster(host, [], remove=changed.id)
        return None

    if person is None:
        fields = member_fields(lang)
    else:
        email = _email_of(host, person.id)
        fields = member_fields(lang, person.name, person.organisation, person.role, email)
    title = member_title(lang, person.name if person else None, meeting.header.body)
    return FormScreen(title, fields, lang, submit)


def member_fields(
    lang: Language,
    name: str = "",
    organisation: str = "",
    role: Role = Role.MEMBER,
    email: str = "",
) -> list[Field]:
    """The fields of the member form, in a meeting and on the roster screen alike."""
    labels = [role_label(lang, r) for r in ROLE_ORDER]
    return [
        Field("name", t(lang, "form.member.name"), name, required=True),
        Field("organisation", t(lang, "form.member.organisation"), organisation),
        Field("role", t(lang, "form.member.role"), role_label(lang, role), labels),
        Field("email", t(lang, "form.member.email"), email),
    ]


def member_title(lang: Language, name: str | None, body: str) -> str:
    """The member form's title: editing ``name``, or a new member of ``body``."""
    if name is not None:
        return t(lang, "form.member_edit", name=name)
    return t(lang, "form.member", body=body)


def meeting_person(host: MeetingHost, person_id: str | None, name: str) -> Attendance | None:
    """The person just added or edited, as the meeting holds them now."""
    if person_id is not None:
        return host.meeting.person(person_id)
    wanted = name.strip()
    return next((p for p in reversed(host.meeting.people) if p.name == wanted), None)


def import_form(host: MeetingHost) -> FormScreen:
    """Paste a list: "Name, Organisation, role" per line (``|`` also separates lines)."""
    lang = host.lang

    def submit(v: Values) -> str | None:
        members, refused = parse_roster(v["lines"].replace("|", "\n"))
        if refused:
            return "\n".join(refused_line(lang, number, error) for number, error in refused)
        now = host.now()

        def add_all(m: Meeting) -> None:
            for member in members:
                add_member(m, member, now)

        error = host.change(add_all)
        if error is None:
            _keep_in_roster(host, [member for member in members if member.role is not Role.GUEST])
        return error

    fields = [Field("lines", t(lang, "form.roster_import.lines"), required=True)]
    return FormScreen(
        t(lang, "form.roster_import", body=host.meeting.header.body), fields, lang, submit
    )


def _open(host: MeetingHost, form: FormScreen, *, newest: bool = False) -> None:
    """A roster form; when it closes the focus is back in the panel (on the person just
    added with ``newest``), so the next panel key works at once."""

    def back(_result: object) -> None:
        host.refresh_view()
        people = host.panel.people
        people.focus()
        if newest and people.option_count:
            people.highlighted = people.option_count - 1

    host.post_message(OpenOverMeeting(form, back))


def open_new_member(host: MeetingHost) -> None:
    """The panel's new-member key: the member form, empty."""
    if not host.session.read_only:
        _open(host, member_form(host, None), newest=True)


def open_import(host: MeetingHost) -> None:
    """The panel's paste-a-list key."""
    if not host.session.read_only:
        _open(host, import_form(host), newest=True)


def _highlighted(host: MeetingHost, person_id: str | None) -> Attendance | None:
    """The person a roster key is about, or None (said) when there is none."""
    if host.session.read_only:
        return None
    person = host.meeting.person(person_id) if person_id else None
    if person is None:
        host.notify(t(host.lang, "app.no_person"), severity="warning")
    return person


def open_edit(host: MeetingHost, person_id: str | None) -> None:
    """The panel's change-person key: the member form, filled in."""
    person = _highlighted(host, person_id)
    if person is not None:
        _open(host, member_form(host, person.id))


def make_highlighted_member(host: MeetingHost, person_id: str | None) -> None:
    """The panel's make-member key: a guest or substitute joins the body's roster."""
    person = _highlighted(host, person_id)
    if person is None:
        return
    if host.change(lambda m: make_member(m, person.id, host.now())) is None:
        _keep_in_roster(host, [member_of(person, _email_of(host, person.id))])
        body = host.meeting.header.body
        host.notify(t(host.lang, "app.member_made", name=person.name, body=body), timeout=3)


def remove_highlighted(host: MeetingHost, person_id: str | None) -> None:
    """The panel's remove key: out of the list and out of the body's roster."""
    person = _highlighted(host, person_id)
    if person is None:
        return
    if host.change(lambda m: remove_person(m, person.id, host.now())) is not None:
        return
    _keep_in_roster(host, [], remove=person.id)
    keys = host.key_of("undo")
    host.notify(t(host.lang, "app.person_removed", name=person.name, keys=keys))
