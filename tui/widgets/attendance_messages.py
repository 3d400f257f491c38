"""What the attendance panel's keys ask for, as typed messages (one class per request).

The people list posts one of these; the meeting screen has one handler per class
(``on_attendance_<name>``, tui/screens/attendance_keys.py), so there is no chain of
names to keep in step with the keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from model.enums import AttendanceStatus


@dataclass
class PanelMessage(Message, namespace="attendance"):
    """A request from the attendance panel about the highlighted person (or None)."""

    person_id: str | None


@dataclass
class SetStatus(PanelMessage, namespace="attendance"):
    status: AttendanceStatus


@dataclass
class MarkPresence(PanelMessage, namespace="attendance"):
    """Arrives (``arrived``) or leaves at the current item."""

    arrived: bool


@dataclass
class AllPresent(PanelMessage, namespace="attendance"):
    pass


@dataclass
class FindPerson(PanelMessage, namespace="attendance"):
    pass


@dataclass
class AddPerson(PanelMessage, namespace="attendance"):
    substitute: bool


@dataclass
class BackToNotes(PanelMessage, namespace="attendance"):
    pass


@dataclass
class NewMember(PanelMessage, namespace="attendance"):
    """A new member of the body (a form asks who; kept in the body's roster)."""


@dataclass
class EditPerson(PanelMessage, namespace="attendance"):
    """Change the highlighted person (the member form, filled in)."""


@dataclass
class MakeMember(PanelMessage, namespace="attendance"):
    """Make the highlighted guest or substitute a member of the body."""


@dataclass
class RemovePerson(PanelMessage, namespace="attendance"):
    """Remove the highlighted person from the list and from the body's roster."""


@dataclass
class ImportRoster(PanelMessage, namespace="attendance"):
    """Paste a list of people (a form takes it)."""


@dataclass
class ToggleRecused(PanelMessage, namespace="attendance"):
    """Jäv at the current item, or taken back."""


@dataclass
class ServeFor(PanelMessage, namespace="attendance"):
    """A substitute serves for a member for a range of items (a form asks which)."""


@dataclass
class DeclareQuorum(PanelMessage, namespace="attendance"):
    """ "Mötet förklaras beslutfört", or taken back."""


@dataclass
class BodySettings(PanelMessage, namespace="attendance"):
    """The body's document settings: item clock times, the quorum rule."""
