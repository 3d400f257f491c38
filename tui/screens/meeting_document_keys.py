"""The meeting screen's keys for the document as a whole: export (the minutes or an
extract), approval and reopening. Each opens a screen of its own, imported when the key
is first pressed (pandoc's writer and the approval review are not needed to paint).

Mixed into ``MeetingScreen``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from model.enums import DocumentKind

if TYPE_CHECKING:
    from tui.screens.meeting import MeetingScreen


def _host(keys: object) -> MeetingScreen:
    return cast("MeetingScreen", keys)


class DocumentKeys:
    """``action_export``, ``action_export_extract``, ``action_approve``, ``action_reopen``."""

    def action_export(self) -> None:
        """Export the minutes (format chosen in a modal; pandoc runs in a worker)."""
        from tui.screens.export import start_export

        host = _host(self)
        host._sync_editor()  # the export takes what is typed so far
        start_export(host, host.meeting, host.lang)

    def action_export_extract(self) -> None:
        """An extract (protokollsutdrag) of the shown item, or of the items typed."""
        from tui.screens.export import start_export

        host = _host(self)
        host._sync_editor()
        shown = host.shown_item()
        item = host.meeting.top_item(shown.id if shown else None)
        protokoll = host.meeting.header.kind is DocumentKind.PROTOKOLL
        number = ((protokoll and item.paragraph) or item.number) if item else ""
        start_export(host, host.meeting, host.lang, items=number)

    def action_approve(self) -> None:
        from tui.screens.approval import open_review

        open_review(_host(self))

    def action_reopen(self) -> None:
        from tui.screens.approval import ask_reopen

        ask_reopen(_host(self))
