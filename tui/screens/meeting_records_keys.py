"""The recording keys of the meeting screen: a form for each kind of record (decision,
action, AOB matter, sub-item, motion, vote, election, guest, substitute, the header,
the next meeting) and the screens that edit what is recorded (records, agenda); and
which of the screen's actions can run (``action_state``).

Mixed into ``MeetingScreen``. Every form saves through the screen's ``_run``
(``Session.apply``: saved at once, undoable), so through the one ordered input path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events

from model.enums import Language, MeetingState
from tui.deferred import deferred
from tui.host import keys_host
from tui.i18n import t

if TYPE_CHECKING:  # imported once the meeting has painted (tui/deferred.py)
    from tui.screens import meeting_forms as forms
    from tui.session import Session
else:
    forms = deferred("tui.screens.meeting_forms")

#: actions that change the meeting: not offered on a read-only meeting
CHANGING = {
    "next_item", "previous_item", "go_to_item", "table_item", "refer_back", "withdraw_item",
    "start_meeting", "end_meeting", "add_decision", "add_action", "add_aob", "add_sub_item",
    "add_guest", "add_substitute", "undo", "redo", "save_now", "edit_header", "next_meeting",
    "records", "edit_agenda",
    "add_motion", "add_vote", "add_election", "toggle_seconding", "add_electorate",
}  # fmt: skip

#: commands that record under the running item: dimmed while none runs
NEEDS_RUNNING_ITEM = {"table_item", "refer_back", "withdraw_item", "add_decision"}
NEEDS_RUNNING_ITEM |= {"add_sub_item", "add_motion", "add_vote", "add_election"}
NEEDS_RUNNING_ITEM |= {"add_electorate"}


def action_state(session: Session, action: str) -> bool | None:
    """Whether ``action`` can run on the meeting screen (Textual's ``check_action``):
    True, False (not offered: a change on a read-only meeting) or None (shown dimmed)."""
    if action == "approve":  # the review also shows an approved meeting's history
        return session.read_only_reason != "locked"
    if action == "reopen":
        return session.read_only_reason == "approved"
    if action in CHANGING and session.read_only:
        return False
    meeting = session.meeting
    if action in NEEDS_RUNNING_ITEM and meeting.current is None:
        return None  # shown dimmed: it needs the meeting to be running
    if action == "previous_item":
        index = meeting.item_index(meeting.header.current_item)
        return None if not index else True
    if action == "undo" and not session.history.can_undo and not session.dirty:
        return None
    if action == "redo" and not session.history.can_redo:
        return None
    if action == "end_meeting" and meeting.header.state is not MeetingState.IN_PROGRESS:
        return None
    if action == "start_meeting" and meeting.header.actual_start is not None:
        return None
    return True


class RecordingKeys:
    """The ``action_add_*`` and editing actions of ``MeetingScreen``."""

    def on_key(self, event: events.Key) -> None:
        """A recording key pressed while no item runs (before the meeting, after it) is
        shown dimmed and does nothing; say why instead of nothing at all."""
        host = keys_host(self)
        active = host.active_bindings.get(event.key)
        if active is None or active.enabled or host.meeting.current is not None:
            return
        if active.binding.action not in NEEDS_RUNNING_ITEM:
            return
        if host.meeting.header.state is MeetingState.DRAFT:
            text = t(host.lang, "app.not_started", keys=host.key_of("next_item"))
        else:
            text = t(
                host.lang, "app.needs_running_item", command=host.key_of(active.binding.action)
            )
        host.notify(text, severity="warning")

    def action_add_decision(self) -> None:
        host = keys_host(self)
        item = host.shown_item()
        if item is not None:
            host._form(forms.decision_form(host.meeting, item.id, host.lang, host._run, host.now()))

    def action_add_action(self) -> None:
        host = keys_host(self)
        item = host.shown_item()
        host._form(
            forms.action_form(
                host.meeting, item.id if item else None, host.lang, host._run, host.now()
            )
        )

    def action_add_aob(self) -> None:
        host = keys_host(self)
        host._form(forms.aob_form(host.meeting, host.lang, host._run, host.now()))

    def action_add_sub_item(self) -> None:
        host = keys_host(self)
        shown = host.shown_item()
        item = host.meeting.top_item(shown.id if shown else None)  # sub-items have no subs
        if item is not None:
            host._form(forms.sub_item_form(host.meeting, item.id, host.lang, host._run, host.now()))

    def action_add_motion(self) -> None:
        from tui.screens.procedure_forms import open_procedure_form

        open_procedure_form(keys_host(self), "motion")

    def action_add_vote(self) -> None:
        from tui.screens.procedure_forms import open_procedure_form

        open_procedure_form(keys_host(self), "vote")

    def action_add_election(self) -> None:
        from tui.screens.procedure_forms import open_procedure_form

        open_procedure_form(keys_host(self), "election")

    def action_add_electorate(self) -> None:
        from tui.screens.electorate_form import open_electorate_form

        open_electorate_form(keys_host(self))

    def action_toggle_seconding(self) -> None:
        from tui.screens.procedure_forms import toggle_seconding

        toggle_seconding(keys_host(self))

    def action_edit_agenda(self) -> None:
        from tui.screens.agenda_edit import open_agenda

        open_agenda(keys_host(self))

    def action_records(self) -> None:
        from tui.screens.records import open_records

        open_records(keys_host(self))

    def action_add_guest(self) -> None:
        host = keys_host(self)
        host._form(
            forms.person_form(host.meeting, host.lang, host._run, host.now(), substitute=False)
        )

    def action_add_substitute(self) -> None:
        host = keys_host(self)
        host._form(
            forms.person_form(host.meeting, host.lang, host._run, host.now(), substitute=True)
        )

    def action_edit_header(self) -> None:
        from model.new_meeting import remember_body_language

        host = keys_host(self)

        def keep_for_body(language: Language) -> None:
            archive = getattr(host.app, "archive", None)  # the MinutesApp's archive
            if archive is not None:
                remember_body_language(archive, host.meeting.header.body, language)

        host._form(forms.header_form(host.meeting, host.lang, host._run, keep_for_body))

    def action_next_meeting(self) -> None:
        from tui.screens.upcoming_forms import upcoming_form

        host = keys_host(self)
        records = host.key_of("records")
        host._form(upcoming_form(host.meeting, host.lang, host._run, host.now(),
                                 records_key=records))  # fmt: skip
