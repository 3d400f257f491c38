"""The attendance key and the attendance panel's requests on the meeting screen: one
handler per message class.

Every change runs through the screen's ``_run`` (``Session.apply``: saved at once,
undoable) and so through the one ordered input path like any other key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from model.editing import mark_remaining
from model.enums import AttendanceStatus
from model.meeting import Meeting
from model.presence import mark_presence, set_serving, toggle_recused
from model.quorum import QuorumRuleError, parse_rule
from model.store.errors import StoreError
from tui.deferred import deferred
from tui.error_text import error_detail
from tui.host import MeetingKeysHost, keys_host
from tui.i18n import live_words, t
from tui.widgets import attendance_messages as msg

if TYPE_CHECKING:  # the forms are imported once the meeting has painted (tui/deferred.py)
    from tui.screens import form as form_fields
    from tui.screens import meeting_forms as forms
    from tui.screens import roster_forms as roster
    from tui.screens.form import Values
else:
    forms = deferred("tui.screens.meeting_forms")
    roster = deferred("tui.screens.roster_forms")
    form_fields = deferred("tui.screens.form")


class AttendanceKeys:
    """Mixed into ``MeetingScreen``: the handlers of tui/widgets/attendance_messages.py."""

    def action_attendance(self) -> None:
        """The attendance list shown and focused; the same key in it hides it again."""
        host = keys_host(self)
        panel, screen = host.panel, host.screen
        people = panel.people
        if panel.has_class("-shown") and people.has_focus:
            panel.remove_class("-shown")
            screen.remove_class("-attendance")
            host.item_view.editor.focus()
            return
        panel.add_class("-shown")
        screen.add_class("-attendance")
        people.focus()
        if people.highlighted is None and people.option_count:
            people.highlighted = 0

    def _person_change(
        self, event: msg.PanelMessage, change: Callable[[Meeting, str], Any]
    ) -> None:
        """A change about the highlighted person; refused on a read-only meeting."""
        host = keys_host(self)
        event.stop()
        if host.session.read_only:
            return
        person_id = event.person_id
        if person_id is None:
            host.notify(t(host.lang, "app.no_person"), severity="warning")
            return
        host._run(lambda m: change(m, person_id))

    def _needs_item(self) -> bool:
        host = keys_host(self)
        if host.meeting.current is None:
            key = host.key_of("next_item")
            host.notify(t(host.lang, "app.no_current_item", keys=key), severity="warning")
            return False
        return True

    def on_attendance_set_status(self, event: msg.SetStatus) -> None:
        host, status = keys_host(self), event.status
        self._person_change(event, lambda m, pid: _set_status(m, pid, status, host.now()))

    def on_attendance_mark_presence(self, event: msg.MarkPresence) -> None:
        host, arrived = keys_host(self), event.arrived
        if host.session.read_only or not self._needs_item():
            event.stop()
            return
        self._person_change(
            event, lambda m, pid: mark_presence(m, pid, host.now(), arrived=arrived)
        )

    def on_attendance_all_present(self, event: msg.AllPresent) -> None:
        host = keys_host(self)
        event.stop()
        if not host.session.read_only:
            host._run(lambda m: mark_remaining(m, AttendanceStatus.PRESENT, host.now()))

    def on_attendance_find_person(self, event: msg.FindPerson) -> None:
        event.stop()
        keys_host(self).panel.open_find()

    def on_attendance_add_person(self, event: msg.AddPerson) -> None:
        host = keys_host(self)
        event.stop()
        if not host.session.read_only:
            host._form(
                forms.person_form(
                    host.meeting, host.lang, host._run, host.now(), substitute=event.substitute
                )
            )

    def on_attendance_back_to_notes(self, event: msg.BackToNotes) -> None:
        event.stop()
        keys_host(self).item_view.editor.focus()

    # the roster keys (tui/screens/roster_forms.py)

    def on_attendance_new_member(self, event: msg.NewMember) -> None:
        event.stop()
        roster.open_new_member(keys_host(self))

    def on_attendance_import_roster(self, event: msg.ImportRoster) -> None:
        event.stop()
        roster.open_import(keys_host(self))

    def on_attendance_edit_person(self, event: msg.EditPerson) -> None:
        event.stop()
        roster.open_edit(keys_host(self), event.person_id)

    def on_attendance_make_member(self, event: msg.MakeMember) -> None:
        event.stop()
        roster.make_highlighted_member(keys_host(self), event.person_id)

    def on_attendance_remove_person(self, event: msg.RemovePerson) -> None:
        event.stop()
        roster.remove_highlighted(keys_host(self), event.person_id)

    def on_attendance_toggle_recused(self, event: msg.ToggleRecused) -> None:
        host = keys_host(self)
        if host.session.read_only or not self._needs_item():
            event.stop()
            return
        person = host.meeting.person(event.person_id)
        item = host.meeting.current
        done: list[bool] = []
        self._person_change(event, lambda m, pid: done.append(toggle_recused(m, pid, host.now())))
        if done and person is not None and item is not None:
            key = "att.recused_on" if done[0] else "att.recused_off"
            label = host.meeting.item_label(item.id)
            host.notify(t(host.lang, key, name=person.name, item=label), timeout=3)

    def on_attendance_serve_for(self, event: msg.ServeFor) -> None:
        host = keys_host(self)
        event.stop()
        if host.session.read_only or event.person_id is None:
            return
        _panel_form(host, serve_form(host, event.person_id))

    def on_attendance_declare_quorum(self, event: msg.DeclareQuorum) -> None:
        host = keys_host(self)
        event.stop()
        if host.session.read_only:
            return
        declared = not host.meeting.header.quorum_declared

        def declare(m: Meeting) -> None:
            m.header.quorum_declared = declared

        if host._run(declare) is None:
            key = "att.quorum_declared" if declared else "att.quorum_undeclared"
            host.notify(t(host.lang, key), timeout=3)

    def on_attendance_body_settings(self, event: msg.BodySettings) -> None:
        host = keys_host(self)
        event.stop()
        if not host.session.read_only:
            host._form(body_form(host))


def _panel_form(host: MeetingKeysHost, screen: forms.FormScreen) -> None:
    """A form the panel's own key opened hands the focus back to the panel, so that the
    next panel key (``l`` after ``t``, say) reaches the people list, not the notes."""

    def after(result: object) -> None:
        host._after_form(result)
        if host.panel.has_class("-shown"):
            host.panel.people.focus()

    host._sync_editor()
    host.app.push_screen(screen, after)


def _set_status(meeting: Meeting, person_id: str, status: AttendanceStatus, now: Any) -> None:
    from model import live

    live.set_attendance(meeting, person_id, status, now)


def _item_by_number(host: MeetingKeysHost, text: str) -> str | None:
    wanted = text.strip().casefold()
    if not wanted:
        return None
    for item in host.meeting.agenda:
        if item.number.casefold() == wanted or item.paragraph.strip("§ ").casefold() == wanted:
            return item.id
    raise forms.FormError(t(host.lang, "app.no_such_item", number=text.strip()))


def serve_form(host: MeetingKeysHost, person_id: str) -> forms.FormScreen:
    """For whom and from/until which item a substitute serves."""
    lang, meeting = host.lang, host.meeting
    person = meeting.person(person_id)
    member = meeting.person(person.substitute_for) if person else None
    current = meeting.current

    def work(v: Values) -> str | None:
        chosen = forms.person_by_name(meeting, v["for"], lang)
        first = _item_by_number(host, v["from"])
        last = _item_by_number(host, v["until"])
        return host._run(lambda m: set_serving(m, person_id, chosen.id, first, last, host.now()))

    fields = [
        form_fields.Field(
            "for", t(lang, "form.serve.for"), member.name if member else "", forms.names(meeting)
        ),
        form_fields.Field("from", t(lang, "form.serve.from"), current.number if current else ""),
        form_fields.Field("until", t(lang, "form.serve.until")),
    ]
    return forms.record_form(t(lang, "form.serve"), fields, lang, work)


YES = {"ja", "j", "yes", "y", "1", "on", "true"}
NO = {"nej", "n", "no", "0", "off", "false", ""}


def body_form(host: MeetingKeysHost) -> forms.FormScreen:
    """The body's document settings, for this meeting and (archive.json) the next ones."""
    lang, header = host.lang, host.meeting.header
    yes_no = ("ja", "nej") if lang.value == "sv" else ("yes", "no")

    def work(v: Values) -> str | None:
        answer = v["item_times"].strip().casefold()
        if answer not in YES | NO:
            return t(lang, "form.body.bad_yes_no")
        try:
            rule = parse_rule(v["quorum"]).text
        except QuorumRuleError as exc:
            return live_words(lang, exc)
        item_times = answer in YES

        def change(m: Meeting) -> None:
            m.header.item_times = item_times
            m.header.quorum = rule

        error = host._run(change)
        if error is None:
            _keep_for_body(host, item_times, rule)
        return error

    fields = [
        form_fields.Field(
            "item_times", t(lang, "form.body.item_times"), yes_no[0 if header.item_times else 1]
        ),
        form_fields.Field("quorum", t(lang, "form.body.quorum"), header.quorum or "half"),
    ]
    return forms.record_form(t(lang, "form.body", body=header.body), fields, lang, work)


def _keep_for_body(host: MeetingKeysHost, item_times: bool, quorum: str) -> None:
    archive = getattr(host.app, "archive", None)
    if archive is None:
        return
    try:
        archive.registry().set_body_settings(
            host.meeting.header.body, item_times=item_times, quorum=quorum
        )
    except (StoreError, OSError) as exc:
        detail = error_detail(host.lang, exc)
        host.notify(t(host.lang, "app.roster_not_saved", detail=detail), severity="error")
        return
    host.notify(t(host.lang, "att.settings_saved"), timeout=3)
