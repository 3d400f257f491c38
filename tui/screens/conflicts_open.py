"""alt+k: which conflicts screen opens, the open meeting's or the whole archive's.

Apart from both screens so that neither has to import the other (the archive's screen
reuses the meeting screen's parts; this choice needs both).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.screens.archive import ArchiveScreen
from tui.screens.archive_conflicts import ArchiveConflictsScreen
from tui.screens.conflicts import ConflictsScreen, push_meeting_conflicts

if TYPE_CHECKING:
    from tui.host import AppHost


def open_conflicts_screen(app: AppHost) -> None:
    """alt+k: the open meeting's conflicts; from the archive screen, every conflict of
    the archive (meetings and archive.json)."""
    if isinstance(app.screen, ConflictsScreen | ArchiveConflictsScreen):
        return
    if isinstance(app.screen, ArchiveScreen) or not app.meeting_screens():
        app.push_screen(ArchiveConflictsScreen(app.archive, app.lang))
        return
    push_meeting_conflicts(app)
