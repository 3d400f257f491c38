"""The attendance panel: every person with organisation, role, status and derived remark.

The list's one-letter keys set the highlighted person's status (and move on to the next
person, so a known roster is registered with one key per person). The remark is worded
in the meeting's document language (``model.attendance.description``), not the
interface language.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static

from model.attendance import description
from model.editing import find_people
from model.enums import AttendanceStatus, Language, Role
from model.meeting import Meeting
from model.people import Attendance
from model.presence import present_indexes
from tui.commands import add_bindings, attendance_bindings
from tui.i18n import t
from tui.widgets import attendance_messages as msg
from tui.widgets.option_rows import refresh_rows

STATUS_STYLE = {
    AttendanceStatus.UNKNOWN: "dim",
    AttendanceStatus.PRESENT: "green",
    AttendanceStatus.REMOTE: "cyan",
    AttendanceStatus.ABSENT: "red",
    AttendanceStatus.ABSENT_WITH_NOTICE: "magenta",
}


#: who the "present" counts count: the body's members and their substitutes
COUNTED_ROLES = frozenset(
    {Role.MEMBER, Role.CHAIR, Role.VICE_CHAIR, Role.SECRETARY, Role.SUBSTITUTE}
)

#: room for the remark under the name (panel width minus borders, scrollbar and indent)
DETAIL_WIDTH = 34


def person_row(meeting: Meeting, person: Attendance, lang: Language) -> Text:
    """``pres Magnus Gyllestad`` and below it ``Haninge, ordförande``."""
    status = t(lang, f"app.status.{person.status.value}")
    row = Text(no_wrap=True, overflow="ellipsis")
    row.append(f"{status:<6}", style=STATUS_STYLE[person.status])
    row.append(person.name, style="bold" if person.status.attends else "")
    detail = description(meeting, person)
    if len(detail) > DETAIL_WIDTH:  # the list wraps long lines; cut instead, keeping the indent
        detail = detail[: DETAIL_WIDTH - 1] + "…"
    if detail:
        row.append(f"\n     {detail}", style="dim")
    return row


class PeopleList(OptionList):
    """The people; option ids are person ids. Keys come from ``tui.commands``."""

    def __init__(self, lang: Language, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        add_bindings(self, attendance_bindings(lang))

    @property
    def person_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option else None

    def action_status(self, status: str) -> None:
        # move on now, not when the screen handles the message: keys typed in a burst
        # must each reach the next person
        self.post_message(msg.SetStatus(self.person_id, AttendanceStatus(status)))
        self.advance()

    def action_late(self) -> None:
        self.post_message(msg.MarkPresence(self.person_id, arrived=True))

    def action_left_early(self) -> None:
        self.post_message(msg.MarkPresence(self.person_id, arrived=False))

    def action_all_present(self) -> None:
        self.post_message(msg.AllPresent(self.person_id))

    def action_find(self) -> None:
        self.post_message(msg.FindPerson(self.person_id))

    def action_guest(self) -> None:
        self.post_message(msg.AddPerson(self.person_id, substitute=False))

    def action_substitute(self) -> None:
        self.post_message(msg.AddPerson(self.person_id, substitute=True))

    def action_back(self) -> None:
        self.post_message(msg.BackToNotes(self.person_id))

    # the roster keys: kept in the body's roster too (tui/screens/roster_forms.py)

    def action_new_member(self) -> None:
        self.post_message(msg.NewMember(self.person_id))

    def action_edit_person(self) -> None:
        self.post_message(msg.EditPerson(self.person_id))

    def action_make_member(self) -> None:
        self.post_message(msg.MakeMember(self.person_id))

    def action_remove_person(self) -> None:
        self.post_message(msg.RemovePerson(self.person_id))

    def action_import_roster(self) -> None:
        self.post_message(msg.ImportRoster(self.person_id))

    def action_recused(self) -> None:
        self.post_message(msg.ToggleRecused(self.person_id))

    def action_serve_for(self) -> None:
        self.post_message(msg.ServeFor(self.person_id))

    def action_declare_quorum(self) -> None:
        self.post_message(msg.DeclareQuorum(self.person_id))

    def action_body_settings(self) -> None:
        self.post_message(msg.BodySettings(self.person_id))

    def show(self, meeting: Meeting, lang: Language) -> None:
        rows = [(p.id, person_row(meeting, p, lang)) for p in meeting.people]
        refresh_rows(self, rows, first_if_none=True)

    def select_person(self, person_id: str) -> None:
        self.highlighted = self.get_option_index(person_id)

    def advance(self) -> None:
        """After a status key: on to the next person (not past the last)."""
        if self.highlighted is not None and self.highlighted < self.option_count - 1:
            self.highlighted += 1


def count_line(meeting: Meeting, lang: Language) -> str:
    """The counts above the list: members in the room and remote *now* (at the current
    item: who left is not counted, guests and officials never), then absent, unknown."""
    index = meeting.item_index(meeting.header.current_item)
    counts = {status: 0 for status in AttendanceStatus}
    for person in meeting.people:
        if person.status.attends and person.role in COUNTED_ROLES:
            here = index in present_indexes(meeting, person) if index is not None else True
            if here:
                counts[person.status] += 1
        elif not person.status.attends:
            counts[person.status] += 1
    return t(
        lang,
        "app.count",
        present=counts[AttendanceStatus.PRESENT],
        remote=counts[AttendanceStatus.REMOTE],
        absent=counts[AttendanceStatus.ABSENT] + counts[AttendanceStatus.ABSENT_WITH_NOTICE],
        unknown=counts[AttendanceStatus.UNKNOWN],
    )


class AttendancePanel(Vertical):
    """Title with counts, an optional find field and the list of people."""

    DEFAULT_CSS = """
    AttendancePanel { width: 44; height: 1fr; border: round $primary-darken-2; display: none; }
    AttendancePanel.-shown { display: block; }
    AttendancePanel:focus-within { border: round $accent; }
    AttendancePanel #attendance-count { height: 1; color: $text-muted; }
    AttendancePanel #find { display: none; }
    AttendancePanel #find.-shown { display: block; }
    AttendancePanel PeopleList { height: 1fr; border: none; padding: 0; }
    """

    def __init__(self, lang: Language, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lang = lang
        self.border_title = t(lang, "app.attendance")
        self._meeting: Meeting | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="attendance-count")
        yield Input(placeholder=t(self.lang, "app.find.placeholder"), id="find")
        yield PeopleList(self.lang, id="people")

    @property
    def people(self) -> PeopleList:
        return self.query_one(PeopleList)

    def show(self, meeting: Meeting) -> None:
        self._meeting = meeting
        self.query_one("#attendance-count", Static).update(count_line(meeting, self.lang))
        self.people.show(meeting, self.lang)

    def open_find(self) -> None:
        find = self.query_one("#find", Input)
        find.value = ""
        find.add_class("-shown")
        find.focus()

    @on(Input.Changed, "#find")
    def _jump_while_typing(self, event: Input.Changed) -> None:
        if self._meeting is None or not event.value.strip():
            return
        matches = find_people(self._meeting, event.value)
        if matches:
            self.people.select_person(matches[0].id)

    @on(Input.Submitted, "#find")
    def _close_find(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#find", Input).remove_class("-shown")
        self.people.focus()
