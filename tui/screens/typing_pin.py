"""The item the meeting screen shows while a sync moves the meeting on under a typist.

The notes box shows the current item, and a sync can change which item that is: the
secretary presses Ctrl+N on her computer while the chair is typing a sentence into item
2 on his. Followed at once, the rest of his sentence would land in item 3. The rule:
**what he types goes into the item he was typing in.** A sync that moves the current
item while he types (a key within the last ``FOLLOW_AFTER`` seconds) leaves his screen
on that item, and says where the meeting is; once he pauses that long, the screen
follows the meeting and says so. His own keys that move what the screen follows (next
item, go to an item or a sub-item) end the pin at once. While pinned, every key that
records under "the shown item" (a decision, an action, tabling) records under the item
he sees.
"""

from __future__ import annotations

from model.agenda import AgendaItem
from model.meeting import Meeting


class TypingPin:
    """The id of the item held on the screen after a sync moved the meeting on, if any."""

    def __init__(self) -> None:
        self.item_id: str | None = None

    def hold(self, item_id: str | None, typing: bool) -> None:
        """A sync merged in: keep ``item_id`` (the item in the notes box) if the user is
        typing. An item already held stays held."""
        if typing and item_id is not None and self.item_id is None:
            self.item_id = item_id

    def item(self, meeting: Meeting, followed: AgendaItem | None) -> AgendaItem | None:
        """The item held, while it is not the one the screen would follow anyway and is
        still on the agenda; else None, and nothing is held any more."""
        if self.item_id is None:
            return None
        held = meeting.item(self.item_id)
        if held is None or held.deleted or (followed is not None and followed.id == held.id):
            self.item_id = None
            return None
        return held

    def release(self) -> bool:
        """Hold nothing; whether something was held."""
        held, self.item_id = self.item_id is not None, None
        return held
