"""The keys that walk the agenda on the meeting screen: next, previous, go to an item,
table, refer back, withdraw, start and end the meeting.

Mixed into ``MeetingScreen``. Every change runs through the screen's ``_run``
(``Session.apply``: saved at once, undoable), so through the one ordered input path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from model import live
from model.agenda import AgendaItem
from model.meeting import Meeting
from model.sub_items import focused_sub
from model.wording import clock
from tui.deferred import deferred
from tui.host import keys_host
from tui.i18n import t

if TYPE_CHECKING:  # imported once the meeting has painted (tui/deferred.py)
    from tui.screens import meeting_forms as forms
else:
    forms = deferred("tui.screens.meeting_forms")


class AgendaKeys:
    """The agenda actions of ``MeetingScreen``."""

    def action_next_item(self) -> None:
        host = keys_host(self)
        moved: list[AgendaItem | None] = []
        if host.meeting.header.actual_end is not None:
            return
        if not host.meeting.agenda:  # a meeting set up from nothing: say where items come from
            host.notify(t(host.lang, "app.agenda_empty", keys=host.key_of("edit_agenda")))
            return
        index = host.meeting.item_index(host.meeting.header.current_item)
        if index is not None and index + 1 >= len(host.meeting.agenda):
            host.notify(t(host.lang, "app.end_of_agenda", keys=host.key_of("end_meeting")))
            return
        host._run(lambda m: moved.append(live.next_item(m, host.now())))
        host._notify_item()

    def action_previous_item(self) -> None:
        host = keys_host(self)
        host._run(lambda m: live.previous_item(m, host.now()))
        host._notify_item()

    def action_go_to_item(self) -> None:
        host = keys_host(self)

        def go(item_id: str) -> str | None:
            host._sync_editor()  # typed notes belong to the item shown until now
            problem = host._run(lambda m: live.go_to_item(m, item_id, host.now()))
            sub = focused_sub(host.meeting) if problem is None else None
            if sub is not None:
                host.notify(
                    forms.sub_focus_text(host.meeting, sub, host.lang, host.key_of("go_to_item"))
                )
            return problem

        host.app.push_screen(forms.go_to_form(host.meeting, host.lang, go), host._after_form)

    def _close_and_move_on(self, kind: str, operation: Callable[..., Any]) -> None:
        host = keys_host(self)
        if host.meeting.current is None:
            return
        host._sync_editor()
        item = host.shown_item()  # a sub-item gone to by number is closed on its own
        if item is None:
            return
        item_id, is_sub = item.id, item.parent is not None

        def close(m: Meeting, reason: str, sentence: str = "") -> None:
            now = host.now()
            operation(m, item_id, now, reason, sentence)
            if is_sub:  # back to its item, which goes on (closing ends the focus)
                return
            index = m.item_index(item_id)
            if index is not None and index + 1 < len(m.agenda):
                live.next_item(m, now)  # the screen moves on, as the meeting does

        host.app.push_screen(
            forms.reason_form(host.meeting, item_id, host.lang, kind, close, host._run),
            host._after_form,
        )

    def action_table_item(self) -> None:
        self._close_and_move_on("table", live.table_item)

    def action_refer_back(self) -> None:
        self._close_and_move_on("refer_back", live.refer_back)

    def action_withdraw_item(self) -> None:
        self._close_and_move_on("withdraw", live.withdraw_item)

    def action_start_meeting(self) -> None:
        host = keys_host(self)
        host._run(
            lambda m: live.start_meeting(m, host.now()),
            t(host.lang, "app.meeting_started", time=clock(host.now())),
        )

    def action_end_meeting(self) -> None:
        host = keys_host(self)
        host._run(
            lambda m: live.end_meeting(m, host.now()),
            t(host.lang, "app.meeting_ended", time=clock(host.now())),
        )
