"""The keys of the meeting screen that work on the minutes as a document: export, an
extract of some items, the review and approval, reopening.

Mixed into ``MeetingScreen``. Each takes what was typed so far (``keep_typed``) before it
reads the meeting; none changes the meeting itself except through the screens it opens.
"""

from __future__ import annotations

from model.enums import DocumentKind
from tui.host import keys_host


class DocumentKeys:
    """The document actions of ``MeetingScreen``."""

    def action_export(self) -> None:
        """Export the minutes (format chosen in a modal; pandoc runs in a worker)."""
        from tui.screens.export import start_export

        host = keys_host(self)
        host.keep_typed()  # the export takes what is typed so far
        start_export(host.screen, host.meeting, host.lang)

    def action_export_extract(self) -> None:
        """An extract (protokollsutdrag) of the shown item, or of the items typed."""
        from tui.screens.export import start_export

        host = keys_host(self)
        host.keep_typed()
        shown = host.shown_item()
        item = host.meeting.top_item(shown.id if shown else None)
        protokoll = host.meeting.header.kind is DocumentKind.PROTOKOLL
        number = ((protokoll and item.paragraph) or item.number) if item else ""
        start_export(host.screen, host.meeting, host.lang, items=number)

    def action_approve(self) -> None:
        from tui.screens.approval import open_review

        open_review(keys_host(self))

    def action_reopen(self) -> None:
        from tui.screens.approval import ask_reopen

        ask_reopen(keys_host(self))
