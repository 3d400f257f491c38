"""alt+k in the archive list: every unresolved sync conflict of the archive.

Meeting conflicts are listed with where they are (date, meeting, item, field); choosing
one (Enter, or 1/2/e) opens the meeting and its conflicts screen there. Conflicts of
archive.json (bodies, rosters, agenda templates: no meeting to open) are resolved here,
on the same screen shape with the same keys as a meeting's (tui/screens/conflict_base.py),
including the warning before a take that would drop words either side wrote. The
registry writes the resolution under its lock in one atomic write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from model.conflict_resolution import OURS, ResolutionError
from model.conflicts import Conflict
from model.enums import Language
from model.store.archive import Archive
from model.store.errors import StoreError
from model.store.registry import RegistryConflict
from sync.status import OpenConflict, open_conflicts
from tui.conflict_text import where
from tui.error_text import error_line
from tui.i18n import t
from tui.screens.conflict_base import ConflictsBase, conflicts_css, resolve_time, viewer
from tui.screens.conflicts import push_meeting_conflicts

if TYPE_CHECKING:
    from tui.host import AppHost


def _option_id(conflict: OpenConflict) -> str:
    return f"{conflict.meeting_id or 'archive'}:{conflict.id}"


class ArchiveConflictsScreen(ConflictsBase):
    """Every open conflict of the archive, in the shape of a meeting's conflicts screen
    (tui/screens/conflict_base.py): archive.json's resolved here, a meeting's in it."""

    TITLE_KEY = "sync.conflicts.all_title"
    DEFAULT_CSS = conflicts_css("ArchiveConflictsScreen")

    def __init__(self, archive: Archive, lang: Language) -> None:
        super().__init__(lang)
        self.archive = archive
        self.conflicts: dict[str, OpenConflict] = {}
        self.in_registry: dict[str, RegistryConflict] = {}

    def entries(self) -> list[tuple[str, str]]:
        try:
            listed = open_conflicts(self.archive.root)
            registry = self.archive.registry().open_conflicts()
        except (StoreError, OSError) as exc:
            self.notify(error_line(self.lang, exc), severity="error")
            listed, registry = [], []
        self.in_registry = {c.conflict.id: c for c in registry}
        self.conflicts = {_option_id(c): c for c in listed}
        return [(option_id, where(self.lang, c)) for option_id, c in self.conflicts.items()]

    def conflict_of(self, option_id: str) -> Conflict | None:
        listed = self.conflicts.get(option_id)
        if listed is None or not listed.in_archive:
            return None  # a meeting's conflict: resolved in its meeting
        stored = self.in_registry.get(listed.id)
        return stored.conflict if stored is not None else None

    def hint(self, option_id: str | None) -> str:
        listed = self.conflicts.get(option_id or "")
        if listed is None or listed.in_archive:
            return ""
        return t(self.lang, "sync.conflicts.open_hint")

    def elsewhere_entry(self, option_id: str) -> None:
        listed = self.conflicts.get(option_id)
        if listed is not None and not listed.in_archive:
            self._open_meeting(listed)

    def _open_meeting(self, conflict: OpenConflict) -> None:
        app = self.minutes_app
        path = conflict.path
        if path is None:
            return

        def open_it() -> None:
            if app.open_meeting(path):
                push_meeting_conflicts(app, select=conflict.id)

        self.dismiss(None)
        # from the app, not from this screen: a screen's result callbacks run through the
        # screen that pushed it, and this one is gone
        app.call_later(open_it)

    def resolve(
        self, conflict: Conflict, *, side: str | None = None, text: str | None = None
    ) -> None:
        """archive.json: the registry writes it under its lock in one atomic write."""
        by = viewer(self.app) or "?"
        how = {"text": text} if text is not None else {"side": side or OURS}
        try:
            self.archive.registry().resolve(conflict.id, by, resolve_time(self.app), **how)
        except ResolutionError:
            self.notify(t(self.lang, "sync.conflicts.gone"), severity="warning")
        except StoreError as exc:
            detail = exc.message(self.lang)
            self.notify(t(self.lang, "sync.conflicts.failed", detail=detail), severity="error")
        except OSError as exc:
            detail = exc.strerror or str(exc)
            self.notify(t(self.lang, "sync.conflicts.failed", detail=detail), severity="error")
        else:
            self.notify(t(self.lang, "sync.conflicts.resolved"))
        self.minutes_app.syncing.show_status()

    @property
    def minutes_app(self) -> AppHost:
        return cast("AppHost", self.app)  # only the MinutesApp pushes this screen

    def action_close(self) -> None:
        was_editing = self.editing is not None
        super().action_close()
        if not was_editing:
            self.minutes_app.syncing.show_status()
