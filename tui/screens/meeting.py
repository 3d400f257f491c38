"""The meeting screen: walk the agenda item by item and record with quick keys.

Every key runs one model operation through ``_run``: ``Session.apply`` (refused on a
read-only meeting, then the save, on disk before the key is done), then the view
refresh. Typed notes go into the meeting at once (``Session.set_notes``) and are saved
when typing pauses (and before any other action), so a crash loses at most the last
half second and a failed save loses nothing. Keys arrive in typing order, each one
fully handled before the next (tui/input_path.py).

Before the meeting starts and after it ends the notes editor shows the item highlighted
in the agenda (the first one at first): typing there starts nothing.
"""

from __future__ import annotations

import contextlib
import time as monotime
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import OptionList, Static, TextArea

from model import live
from model.agenda import AgendaItem
from model.enums import Language
from model.meeting import Meeting
from model.presence import PresenceError
from model.roster import people_state
from model.store.errors import ReadOnly, StoreError
from model.sub_items import focused_sub
from tui.commands import add_bindings, bindings_for, key_display
from tui.deferred import deferred, import_deferred
from tui.i18n import live_words, t
from tui.messages import OpenOverMeeting
from tui.screens.attendance_keys import AttendanceKeys
from tui.screens.meeting_agenda_keys import AgendaKeys
from tui.screens.meeting_document_keys import DocumentKeys
from tui.screens.meeting_records_keys import RecordingKeys, action_state
from tui.screens.typing_pin import TypingPin
from tui.session import Session
from tui.widgets.agenda_list import AgendaList
from tui.widgets.attendance_panel import AttendancePanel
from tui.widgets.item_view import ItemView
from tui.widgets.key_footer import KeyFooter
from tui.widgets.meeting_header import DIRTY, FAILED, SAVED, MeetingHeaderBar, header_text
from tui.widgets.merged_text import FOLLOW_AFTER, show_keeping_cursor

if TYPE_CHECKING:
    from tui.host import AppHost, MeetingKeysHost
    from tui.screens import roster_forms as roster
else:
    roster = deferred("tui.screens.roster_forms")

#: notes are saved once typing has paused this long (seconds) ...
PAUSE = 0.4
#: ... or after this long of continuous typing
MAX_UNSAVED = 3.0


class MeetingScreen(AttendanceKeys, AgendaKeys, RecordingKeys, DocumentKeys, Screen[None]):
    """One open meeting. ``clock`` gives the time (frozen in tests)."""

    COMMAND_SCREEN = "meeting"
    #: the notes have the focus from the start (not the agenda first, then the notes)
    AUTO_FOCUS = "#notes"

    DEFAULT_CSS = """
    MeetingScreen #banner { height: auto; display: none; padding: 0 1; }
    MeetingScreen #banner.-error {
        display: block; background: $error; color: $text; text-style: bold;
    }
    MeetingScreen #banner.-readonly { display: block; background: $warning-darken-2; color: $text; }
    MeetingScreen #banner.-reopened { display: block; background: $primary-darken-2; color: $text; }
    MeetingScreen #main { height: 1fr; }
    MeetingScreen.-narrow.-attendance AgendaList { display: none; }
    """

    def __init__(
        self,
        session: Session,
        lang: Language,
        clock: Callable[[], datetime],
        *,
        cursor_blink: bool = True,
    ) -> None:
        super().__init__()
        self.session = session
        self.lang = lang
        self.clock = clock
        self.cursor_blink = cursor_blink
        self._editor_item: str | None = None
        #: the notes text last put into the editor from the meeting: only text typed
        #: since then goes back (an editor still showing the old text must never undo a
        #: change the meeting got meanwhile, e.g. a conflict resolved on another screen)
        self._editor_shown = ""
        self._typed_at = 0.0
        self._dirty_since = 0.0
        self._refused_notes = False  # a refused note change is said once
        self._pin = TypingPin()  # the item typed in, held when a sync moves the meeting on
        add_bindings(self, bindings_for("meeting", lang))

    # -- layout --------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield MeetingHeaderBar(id="header")
        yield Static(id="banner")
        with Horizontal(id="main"):
            agenda = AgendaList(id="agenda")
            agenda.border_title = t(self.lang, "app.agenda")
            yield agenda
            yield ItemView(self.lang, cursor_blink=self.cursor_blink, id="item")
            yield AttendancePanel(self.lang, id="attendance")
        yield KeyFooter()

    @property
    def focus_chain(self) -> list[Widget]:
        """Tab's order: the focusable widgets as the screen is built (agenda, notes, people),
        not sorted by their places on the screen as Textual does. A widget the key before
        showed (F2's people list, in a burst) has no place yet until the next layout, and
        Shift+Tab then left from the wrong one (tests/app/screens/test_typing_speed.py)."""
        order = {widget: i for i, widget in enumerate(self.walk_children(with_self=False))}
        return sorted(super().focus_chain, key=lambda widget: order.get(widget, len(order)))

    def on_resize(self) -> None:
        # below 110 columns the attendance panel takes the agenda's place while shown
        self.set_class(self.size.width < 110, "-narrow")

    def on_mount(self) -> None:
        self.show_mode()
        # the sync state and the approvals that do not hold (tui/sync_app.py)
        self.watch(self.app, "sync_state", lambda _: self.refresh_header(), init=False)
        self.watch(self.app, "unverified", lambda _: self.show_mode(), init=False)
        self.set_interval(1.0, self._tick)
        self.set_interval(0.2, self._autosave)
        self.set_timer(0.3, import_deferred)  # the forms, once painted (tui/deferred.py)
        # the notes, also before the meeting starts: letters typed at once go into the
        # first item's notes and never reach a one-letter command
        self.item_view.editor.focus()

    def on_unmount(self) -> None:
        # however the screen went (closed, quit, dropped by a stray key), the lock goes
        self.close_session()

    # -- shortcuts -------------------------------------------------------------------

    @property
    def meeting(self) -> Meeting:
        return self.session.meeting

    @property
    def minutes_app(self) -> AppHost:
        return cast("AppHost", self.app)

    @property
    def item_view(self) -> ItemView:
        return self.query_one(ItemView)

    @property
    def panel(self) -> AttendancePanel:
        return self.query_one(AttendancePanel)

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    def key_of(self, command_id: str) -> str:
        """The first key of a command as the user has it (after the keymap)."""
        return key_display(self.app, command_id)

    def shown_item(self) -> AgendaItem | None:
        """The item held while the user types after a sync moved the meeting on
        (tui/screens/typing_pin.py), else the one the screen follows."""
        followed = self._followed_item()
        return self._pin.item(self.meeting, followed) or followed

    def _followed_item(self) -> AgendaItem | None:
        """The current item; before and after the meeting, the item highlighted in the
        agenda (the first item before anything is highlighted: after the meeting too, so
        the notes box always belongs to an item and nothing typed there goes unsaved)."""
        current = self.meeting.current
        if current is not None:
            # the sub-item gone to by number (Ctrl+G "9.3"), kept in the meeting's log:
            # notes, decisions, actions and tabling apply to it until the item changes
            return focused_sub(self.meeting) or current
        option = self.query_one(AgendaList).highlighted_option
        item = self.meeting.item(option.id) if option and option.id else None
        if item is None and self.meeting.agenda:
            return self.meeting.agenda[0]
        return item

    # -- refreshing ------------------------------------------------------------------

    def _save_state(self) -> str:
        if self.session.last_error is not None:
            return FAILED
        return DIRTY if self.session.dirty else SAVED

    def refresh_header(self) -> None:
        unverified = self.meeting.id in self.minutes_app.unverified
        text = header_text(
            self.meeting,
            self.lang,
            self.now(),
            self._save_state(),
            self.session.read_only,
            unverified,
        )
        sync_state = self.minutes_app.sync_state
        if sync_state:  # e.g. "3 changes not yet shared", "synced 14:02"
            text.append(f"  ⇅ {sync_state}", style="cyan")
        self.query_one(MeetingHeaderBar).update(text)

    def refresh_view(self) -> None:
        """Show the meeting as it is now (after any change or undo)."""
        meeting = self.meeting
        self.refresh_header()
        agenda = self.query_one(AgendaList)
        agenda.show(meeting, self.now())
        if meeting.current is not None:
            agenda.follow(meeting.current.id)
        item = self.shown_item()
        view = self.item_view
        view.show(meeting, item, self.key_of("next_item"), self.session.read_only)
        item_id = item.id if item else None
        editor = view.editor
        if item_id != self._editor_item:
            self._editor_item = item_id
            editor.load_text(item.notes if item else "")
            editor.move_cursor(editor.document.end)
        elif item is not None and editor.text != item.notes:
            # a sync merged text in: typing goes on where it was; idle at the end follows
            idle = monotime.monotonic() - self._typed_at >= FOLLOW_AFTER
            show_keeping_cursor(editor, item.notes, follow_end=idle)
        self._editor_shown = editor.text
        self.panel.show(meeting)
        if self.is_mounted:
            self.refresh_bindings()  # what can run changed (the footer follows)

    def show_mode(self) -> None:
        """Show whether the meeting can be edited (after opening it, approving, reopening
        or a sync that brought either): the banner, the editor and the keys."""
        from tui.review import mode_banner

        text, kind = mode_banner(
            self.lang,
            self.session.read_only_reason,
            self.meeting,
            self.key_of("reopen"),
            self.key_of("approve"),
        )
        if self.meeting.id in self.minutes_app.unverified:
            text = f"{t(self.lang, 'verify.header_mark')}  {text}" if text else text
        banner = self.query_one("#banner", Static)
        if not banner.has_class("-error"):  # a failed save's banner stays until it works
            banner.update(text)
        banner.set_class(kind == "readonly", "-readonly")
        banner.set_class(kind == "reopened", "-reopened")
        self.refresh_view()

    def show_merged(self) -> None:
        """After a sync merged into the meeting (tui/sync_app.py): shown as it is now, but
        the item the user is typing in stays shown until he pauses (typing_pin.py)."""
        typing = monotime.monotonic() - self._typed_at < FOLLOW_AFTER
        held_before = self._pin.item_id is not None
        self._pin.hold(self._editor_item, typing)
        self.refresh_view()
        shown, current = self.shown_item(), self.meeting.current
        if not held_before and self._pin.item_id is not None and shown and current:
            said = t(self.lang, "app.pinned", current=current.number, shown=shown.number)
            self.notify(said, timeout=6)

    def _tick(self) -> None:
        if self._pin.item_id and monotime.monotonic() - self._typed_at >= FOLLOW_AFTER:
            self._pin.release()  # he paused: the screen follows the meeting again
            self.refresh_view()
            if (current := self.meeting.current) is not None:
                self.notify(t(self.lang, "app.unpinned", current=current.number), timeout=4)
        self.refresh_header()
        self.query_one(AgendaList).show(self.meeting, self.now())

    # -- saving ------------------------------------------------------------------------

    def _sync_editor(self) -> bool:
        """Put the editor's text into the item it shows (``Session.set_notes``); True if
        it changed. Refused on a read-only meeting: said once, the text stays shown."""
        text = self.item_view.editor.text
        if self._editor_item is None or text == self._editor_shown:
            return False  # nothing typed since the editor was filled from the meeting
        was_dirty = self.session.dirty
        try:
            changed = self.session.set_notes(self._editor_item, text)
        except ReadOnly as exc:
            if not self._refused_notes:
                self._refused_notes = True
                self.notify(exc.message(self.lang), severity="warning", timeout=10)
            return False
        self._editor_shown = text
        if changed and not was_dirty:
            self._dirty_since = monotime.monotonic()
        return changed

    @on(TextArea.Changed, "#notes")
    def _notes_changed(self) -> None:
        was_dirty = self.session.dirty
        if self._sync_editor():
            self._typed_at = monotime.monotonic()
            if not was_dirty:  # the header shows the save state: only its change repaints
                self.refresh_header()

    def _autosave(self) -> None:
        if not self.session.dirty or self.session.read_only:
            return
        moment = monotime.monotonic()
        paused = moment - self._typed_at >= PAUSE
        if paused or moment - self._dirty_since >= MAX_UNSAVED:
            self.save()

    def save(self) -> bool:
        """Save now; a failure is shown in a red banner that stays until a save works."""
        self._sync_editor()
        had_error = self.session.last_error is not None
        try:
            self.session.save()
        except StoreError as exc:
            self._show_save_failure(exc)
            return False
        if had_error:
            self.query_one("#banner", Static).remove_class("-error")
            self.show_mode()
            self.notify(t(self.lang, "app.save_ok_again"))
        self.refresh_header()
        return True

    def _show_save_failure(self, exc: StoreError) -> None:
        banner = self.query_one("#banner", Static)
        banner.update(t(self.lang, "app.save_failed", detail=exc.message(self.lang)))
        banner.add_class("-error")
        self.refresh_header()
        self._dirty_since = monotime.monotonic()  # retry after MAX_UNSAVED, not in a loop

    def _run(self, operation: Callable[[Meeting], Any], message: str = "") -> str | None:
        """Run one change through ``Session.apply`` (operation, save at once), then refresh.
        Returns an error text (a form then stays open with what was typed) or None."""
        self._sync_editor()
        had_error = self.session.last_error is not None
        followed = getattr(self._followed_item(), "id", None)
        try:
            self.session.apply(operation)
        except ReadOnly as exc:  # e.g. a sync brought the approval while the form was open
            error = exc.message(self.lang)
            self.notify(error, severity="warning", timeout=10)
            return error
        except (live.LiveError, PresenceError) as exc:
            error = t(self.lang, "app.operation_failed", detail=live_words(self.lang, exc))
            self.notify(error, severity="warning")
            return error
        except StoreError as exc:
            if not self.session.dirty:  # not the save: nothing changed
                self.notify(exc.message(self.lang), severity="error")
                return exc.message(self.lang)
            self._show_save_failure(exc)  # the change is kept; the next save writes it
        else:
            if had_error:
                self.query_one("#banner", Static).remove_class("-error")
                self.show_mode()
                self.notify(t(self.lang, "app.save_ok_again"))
        if getattr(self._followed_item(), "id", None) != followed:
            self._pin.release()  # his own key moved the meeting on: the screen follows
        self.refresh_view()
        if message:
            self.notify(message, timeout=2)
        return None

    # -- the seam for the screens opened over this one (tui/messages.py) -------------

    def change(self, operation: Callable[[Meeting], Any], message: str = "") -> str | None:
        """One change asked for by a screen over this one (a form, the records list, the
        agenda): as every key's change (``_run``). Returns an error text or None."""
        return self._run(operation, message)

    def keep_typed(self) -> bool:
        """Put what was typed in the notes into the meeting now, before something reads
        the meeting (an approval's digest, a sync's merge); True if it changed."""
        return self._sync_editor()

    @on(OpenOverMeeting)
    def _open_over(self, message: OpenOverMeeting) -> None:
        self._sync_editor()
        self.app.push_screen(message.screen, message.after or self._after_form)

    # -- action availability -----------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action_state(self.session, action)

    # -- walking the agenda --------------------------------------------------------------

    def _notify_item(self) -> None:
        item = self.meeting.current
        if item is not None:
            self.item_view.editor.focus()

    @on(OptionList.OptionSelected, "#agenda")
    def _agenda_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        item_id = event.option.id
        if item_id is None or self.session.read_only:
            return
        if self.meeting.header.actual_end is not None:
            self.refresh_view()  # after the meeting: just show that item's notes
            self.item_view.editor.focus()
            return
        self._run(lambda m: live.go_to_item(m, item_id, self.now()))
        self._notify_item()

    @on(OptionList.OptionHighlighted, "#agenda")
    def _agenda_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if self.meeting.current is None:  # before or after the meeting: show that item
            self._sync_editor()
            self.refresh_view()

    # -- recording -----------------------------------------------------------------------

    def _after_form(self, result: object) -> None:
        self.refresh_view()
        if self.meeting.current is not None or self._editor_item is not None:
            self.item_view.editor.focus()

    def _form(self, screen: Any) -> None:
        self._sync_editor()
        self.app.push_screen(screen, self._after_form)

    def action_focus_notes(self) -> None:
        self.item_view.editor.focus()

    # -- the meeting as a whole -----------------------------------------------------------

    def action_undo(self) -> None:
        self._travel(self.session.undo, "app.undone", "app.nothing_to_undo")

    def action_redo(self) -> None:
        self._travel(self.session.redo, "app.redone", "app.nothing_to_redo")

    def _travel(self, step: Callable[[], bool], done: str, nothing: str) -> None:
        self._sync_editor()
        people_before = people_state(self.meeting)
        try:
            moved = step()
        except StoreError as exc:
            self._show_save_failure(exc)
            self.refresh_view()
            return
        if moved:  # the body's roster follows the people the step changed
            roster.follow_travel(self, people_before)
        self._editor_item = None  # reload the editor from the restored meeting
        self.refresh_view()
        self.notify(t(self.lang, done if moved else nothing), timeout=2)

    def action_save_now(self) -> None:
        if self.save():
            self.notify(t(self.lang, "app.saved"), timeout=1)

    def action_close_meeting(self) -> None:
        from tui.screens.unsaved import confirm_leaving  # asks if a change is not saved

        confirm_leaving(self.app, [self], self.lang, self._close_now, quitting=False)

    def _close_now(self, unsaved: str) -> None:
        if unsaved:
            self.notify(unsaved, severity="warning", timeout=30)
        self.close_session()
        self.dismiss(None)

    def close_session(self) -> None:
        """Save what is pending and release the meeting (on close, on quit and whenever
        the screen goes); a second call does nothing."""
        if self.session.closed:
            return
        with contextlib.suppress(Exception):  # the screen may be half torn down
            self._sync_editor()
        self.session.close()


if TYPE_CHECKING:  # mypy: the screen is what its key mixins take it for (tui/host.py)
    _FITS_ITS_KEYS: type[MeetingKeysHost] = MeetingScreen
