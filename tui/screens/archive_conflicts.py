"""alt+k in the archive list: every unresolved sync conflict of the archive.

Meeting conflicts are listed with where they are (date, meeting, item, field); choosing
one (Enter, or 1/2/e) opens the meeting and its conflicts screen there. Conflicts of
archive.json (bodies, rosters, agenda templates: no meeting to open) are resolved here:
1 takes mine, 2 takes theirs, e edits the text (ctrl+s saves), each side shown with who
wrote it. The registry writes the resolution under its lock in one atomic write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from model.conflict_resolution import ResolutionError, mine, other
from model.enums import Language
from model.store.archive import Archive
from model.store.errors import StoreError
from model.store.registry import RegistryConflict
from sync.status import OpenConflict, open_conflicts
from tui.commands import add_bindings
from tui.conflict_text import where
from tui.i18n import t
from tui.screens.conflicts import (
    conflict_bindings,
    conflicts_css,
    push_meeting_conflicts,
    resolve_time,
    sides_text,
    start_editing,
    viewer,
)

if TYPE_CHECKING:
    from tui.app import MinutesApp


def _option_id(conflict: OpenConflict) -> str:
    return f"{conflict.meeting_id or 'archive'}:{conflict.id}"


class ArchiveConflictsScreen(Screen[None]):
    DEFAULT_CSS = conflicts_css("ArchiveConflictsScreen")

    def __init__(self, archive: Archive, lang: Language) -> None:
        super().__init__()
        self.archive = archive
        self.lang = lang
        self.conflicts: list[OpenConflict] = []
        self.in_registry: dict[str, RegistryConflict] = {}
        self.editing: RegistryConflict | None = None
        add_bindings(self, conflict_bindings(lang))

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(t(self.lang, "sync.conflicts.all_title"), id="conflicts-title")
            yield OptionList(id="conflicts-list")
            yield Static(id="conflicts-hint")
            yield Static(id="conflict-ours")
            yield Static(id="conflict-theirs")
            yield TextArea(id="conflict-editor", soft_wrap=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#conflict-editor").display = False
        self._fill()

    # -- the list --------------------------------------------------------------------

    def _read(self) -> None:
        try:
            self.conflicts = open_conflicts(self.archive.root)
            registry = self.archive.registry().open_conflicts()
        except (StoreError, OSError) as exc:
            detail = exc.message(self.lang) if isinstance(exc, StoreError) else str(exc)
            self.notify(t(self.lang, "app.error", detail=detail), severity="error")
            registry = []
        self.in_registry = {c.conflict.id: c for c in registry}

    def _fill(self, keep: int | None = None) -> None:
        self._read()
        options = self.query_one(OptionList)
        options.clear_options()
        if not self.conflicts:
            options.add_option(Option(t(self.lang, "sync.conflicts.none"), disabled=True))
            self._show(None)
            return
        for conflict in self.conflicts:
            options.add_option(Option(where(self.lang, conflict), id=_option_id(conflict)))
        options.highlighted = min(keep or 0, len(self.conflicts) - 1)
        self._show(self.selected())

    def selected(self) -> OpenConflict | None:
        options = self.query_one(OptionList)
        if options.highlighted is None or not self.conflicts:
            return None
        option_id = options.get_option_at_index(options.highlighted).id
        return next((c for c in self.conflicts if _option_id(c) == option_id), None)

    def _show(self, conflict: OpenConflict | None) -> None:
        hint = self.query_one("#conflicts-hint", Static)
        ours = self.query_one("#conflict-ours", Static)
        theirs = self.query_one("#conflict-theirs", Static)
        stored = self.in_registry.get(conflict.id) if conflict and conflict.in_archive else None
        if stored is not None:
            hint.update("")
            mine_text, theirs_text = sides_text(self.lang, stored.conflict, viewer(self.app))
            ours.update(mine_text)
            theirs.update(theirs_text)
            return
        hint.update(t(self.lang, "sync.conflicts.open_hint") if conflict is not None else "")
        ours.update("")
        theirs.update("")

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show(self.selected())

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        conflict = self.selected()
        if conflict is not None and not conflict.in_archive:
            self._open_meeting(conflict)

    # -- meeting conflicts: resolved in their meeting --------------------------------

    def _open_meeting(self, conflict: OpenConflict) -> None:
        app: MinutesApp = self.app  # type: ignore[assignment]
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

    # -- archive.json conflicts: resolved here ---------------------------------------

    def _archive_conflict(self) -> RegistryConflict | None:
        """The highlighted archive.json conflict; a meeting's conflict opens its meeting."""
        conflict = self.selected()
        if conflict is None:
            return None
        if not conflict.in_archive:
            self._open_meeting(conflict)
            return None
        return self.in_registry.get(conflict.id)

    def action_take_mine(self) -> None:
        stored = self._archive_conflict()
        if stored is not None:
            self._resolve(stored, side=mine(stored.conflict, viewer(self.app)))

    def action_take_theirs(self) -> None:
        stored = self._archive_conflict()
        if stored is not None:
            self._resolve(stored, side=other(mine(stored.conflict, viewer(self.app))))

    def action_edit(self) -> None:
        stored = self._archive_conflict()
        if stored is None:
            return
        conflict = stored.conflict
        if not conflict.field or conflict.kind == "deleted_edited":
            return
        self.editing = stored
        start_editing(self.query_one("#conflict-editor", TextArea), conflict, viewer(self.app))

    def action_save_text(self) -> None:
        self._save_text()  # the letters typed before ctrl+s are in it (tui/input_path.py)

    def _save_text(self) -> None:
        stored = self.editing
        if stored is None:
            return
        text = self.query_one("#conflict-editor", TextArea).text
        self._close_editor()
        self._resolve(stored, text=text)

    def _resolve(self, stored: RegistryConflict, **how: Any) -> None:
        keep = self.query_one(OptionList).highlighted
        by = viewer(self.app) or "?"
        try:
            self.archive.registry().resolve(stored.conflict.id, by, resolve_time(self.app), **how)
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
        self._fill(keep)
        syncing = getattr(self.app, "syncing", None)
        if syncing is not None:
            syncing.show_status()

    def _close_editor(self) -> None:
        self.editing = None
        self.query_one("#conflict-editor").display = False
        self.query_one(OptionList).focus()

    def action_close(self) -> None:
        if self.editing is not None:
            self._close_editor()
            return
        self.dismiss(None)
        syncing = getattr(self.app, "syncing", None)
        if syncing is not None:
            syncing.show_status()
