"""Leaving a meeting whose last change is not on disk: ask, never lose it silently.

A save can fail while the meeting is open (the disk is full, the archive became
read-only). The change then lives in the app, and a copy was already written elsewhere
(``model.store.rescue``). Quitting (Ctrl+Q, the palette's Quit) and closing the meeting
(Alt+C) first try to save once more; if that fails too, ``UnsavedScreen`` asks:

1. save again (after freeing room),
2. keep a copy in a folder (the one shown, or one the user types: a USB stick),
3. quit (or close) and lose the changes that are not in the archive.

Escape goes back to the meeting. Leaving with changes not in the archive ends the app
with exit code 1 and a message naming the copy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from model.enums import Language
from model.store.locations import rescue_places
from tui.i18n import t

if TYPE_CHECKING:
    from tui.host import MeetingHost

SAVE, COPY, LOSE = "save", "copy", "lose"


@dataclass(frozen=True)
class Choice:
    """What the user chose; ``folder`` for a copy."""

    action: str
    folder: str = ""


class UnsavedScreen(ModalScreen[Choice | None]):
    """The three ways out for a meeting that could not be saved; Escape goes back."""

    DEFAULT_CSS = """
    UnsavedScreen { align: center middle; }
    UnsavedScreen > Vertical {
        width: 84; max-width: 100%; height: auto; max-height: 100%;
        border: thick $error; background: $surface; padding: 0 1;
    }
    UnsavedScreen #unsaved-why { margin: 1 0; }
    UnsavedScreen OptionList { height: auto; margin: 0 0 1 0; }
    UnsavedScreen Input { border: none; height: 1; padding: 0 1; background: $boost; }
    UnsavedScreen Input:focus { border: none; background: $primary 30%; }
    UnsavedScreen #unsaved-error { color: $error; text-style: bold; height: auto; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", show=False, id="unsaved.back"),
        Binding("1", "choose('save')", show=False, id="unsaved.save"),
        Binding("2", "choose('copy')", show=False, id="unsaved.copy"),
        Binding("3", "choose('lose')", show=False, id="unsaved.lose"),
        Binding("tab", "app.focus_next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True),
    ]

    def __init__(
        self, lang: Language, title: str, why: str, folder: Path, *, quitting: bool, error: str = ""
    ) -> None:
        super().__init__()
        self.lang = lang
        self.title_text = title
        self.why = why
        self.folder = folder
        self.quitting = quitting
        self.error = error

    def compose(self) -> ComposeResult:
        lose = "unsaved.quit_lose" if self.quitting else "unsaved.close_lose"
        with Vertical() as box:
            box.border_title = t(self.lang, "unsaved.title", title=self.title_text)
            yield Static(self.why, id="unsaved-why")
            yield OptionList(
                Option(t(self.lang, "unsaved.save_again"), id=SAVE),
                Option(t(self.lang, "unsaved.copy"), id=COPY),
                Option(t(self.lang, lose), id=LOSE),
                id="unsaved-choices",
            )
            yield Label(t(self.lang, "unsaved.folder"))
            yield Input(str(self.folder), id="unsaved-folder")
            yield Static(self.error, id="unsaved-error")
            yield Label(t(self.lang, "unsaved.hint"))

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        choices.highlighted = 0
        choices.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # digits typed into the folder field are text, not choices
        return not (action == "choose" and isinstance(self.focused, Input))

    def action_choose(self, action: str) -> None:
        self.dismiss(Choice(action, self.query_one(Input).value.strip()))

    def action_back(self) -> None:
        self.dismiss(None)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_choose(str(event.option.id))

    @on(Input.Submitted)
    def _folder_given(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_choose(COPY)


def confirm_leaving(
    app: App[None],
    screens: Sequence[MeetingHost],
    lang: Language,
    leave: Callable[[str], None],
    *,
    quitting: bool,
    error: str = "",
    retry: bool = False,
) -> None:
    """Save the meetings of ``screens``; call ``leave(message)`` once none holds a change
    that is not on disk or the user chose how to leave. ``message`` is "" when all was
    saved, else a sentence naming what was not (and where its copy is)."""
    if not retry and isinstance(app.screen, UnsavedScreen):  # Ctrl+Q again while it asks
        return
    unsaved = [s for s in screens if not _saved(s)]
    if not unsaved:
        leave("")
        return
    screen = unsaved[0]
    store = screen.session.store
    failure = screen.session.last_error
    why = t(
        lang,
        "unsaved.why",
        detail=failure.message(lang) if failure is not None else "",
    )
    folder = store.rescued.parent if store.rescued is not None else rescue_places()[0]
    title = screen.meeting.header.title or screen.meeting.header.body

    def chosen(choice: Choice | None) -> None:
        if choice is None:
            return
        again = error_text = ""
        if choice.action == SAVE:
            again = "retry"
        elif choice.action == COPY:
            target = Path(choice.folder).expanduser() if choice.folder else None
            copy = store.keep_rescue_copy(folder=target)
            if copy is None or (target is not None and copy.parent != target):
                where = choice.folder or str(folder)
                error_text = t(lang, "unsaved.copy_failed", folder=where)
                if copy is not None:
                    error_text += " " + t(lang, "unsaved.copy_elsewhere", path=copy)
            else:
                _forget(screen)
                leave(t(lang, "unsaved.left_copy", title=title, path=copy, file=store.path))
                return
        elif choice.action == LOSE:
            _forget(screen)
            if store.rescued is not None:
                text = t(
                    lang, "unsaved.left_copy", title=title, path=store.rescued, file=store.path
                )
            else:
                text = t(lang, "unsaved.left_lost", title=title)
            leave(text)
            return
        if again or error_text:
            confirm_leaving(
                app, screens, lang, leave, quitting=quitting, error=error_text, retry=True
            )

    app.push_screen(UnsavedScreen(lang, title, why, folder, quitting=quitting, error=error), chosen)


def _saved(screen: MeetingHost) -> bool:
    """Save what is pending; True if nothing of this meeting is only in memory."""
    session = screen.session
    if session.read_only_reason:  # approved or held elsewhere: nothing can be pending
        return True
    screen.save()
    return not session.dirty


def _forget(screen: MeetingHost) -> None:
    """The user chose to leave without the change: closing must not ask again."""
    screen.session.discard_unsaved()
