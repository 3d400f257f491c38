"""Exporting from the app: a small modal to choose the format, pandoc in a thread worker,
a message saying where the file went, and (if asked) the file opened in the system viewer.

Wiring on a screen that shows a meeting (``start_export(self, self.meeting, self.lang)``
from an ``action_export``) is all a screen needs; see docs/export.md, "In the app".
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Checkbox, Input, Label, OptionList
from textual.widgets.option_list import Option

from export.errors import ExportError, TemplateOtherKind
from export.exporter import default_filename, export_meeting
from export.formats import FORMATS
from export.house import house_template, template_for
from model.enums import Language
from model.meeting import Meeting
from model.programs import find_program
from tui.i18n import t


@dataclass(frozen=True)
class ExportChoice:
    fmt: str
    open_after: bool
    template: str = ""  # a house .docx for docx and pdf ("" = the built-in one)
    items: str = ""  # "5" or "5,7": an extract (protokollsutdrag) of those items
    #: the document language to write in (None: the meeting's own)
    language: Language | None = None


class ExportScreen(ModalScreen[ExportChoice | None]):
    """Choose a format (arrows, Enter), optionally "open afterwards", the house template
    (filled in from the config for the meeting's body) and, for an extract, the items
    (Tab goes to the fields); Escape cancels."""

    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > Vertical {
        width: 64; max-width: 100%; height: auto; border: round $accent; background: $surface;
        padding: 0 1;
    }
    ExportScreen OptionList { height: auto; max-height: 8; margin: 1 0; }
    ExportScreen Input { margin: 0; border: none; height: 1; padding: 0 1; background: $boost; }
    ExportScreen Input:focus { border: none; background: $primary 30%; }
    ExportScreen Label { color: $text-muted; }
    """
    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("escape", "cancel", show=False, id="export.cancel"),
        Binding("space", "toggle_open", show=False, id="export.toggle_open"),
        Binding("l", "next_language", show=False, id="export.language"),
    ]

    def __init__(
        self,
        lang: Language,
        fmt: str = "docx",
        open_after: bool = False,
        *,
        template: str = "",
        items: str | None = None,
        document_language: Language | None = None,
    ) -> None:
        super().__init__()
        self.lang = lang
        self.initial = fmt
        self.open_after = open_after
        self.template = template
        self.items = items  # None: no extract field (the whole minutes)
        self.meeting_language = document_language
        self.document_language = document_language

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = t(self.lang, "export.title")
            yield Label(t(self.lang, "export.choose"))
            yield OptionList(
                *(Option(t(self.lang, f"export.format.{fmt}"), id=fmt) for fmt in FORMATS),
                id="formats",
            )
            yield Checkbox(t(self.lang, "export.open_after"), self.open_after, id="open_after")
            yield Label(t(self.lang, "export.template"))
            yield Input(self.template, id="template")
            if self.items is not None:
                yield Label(t(self.lang, "export.items"))
                yield Input(self.items, id="items")
            if self.document_language is not None:
                yield Label(self._language_text(), id="doc_language")

    def _language_text(self) -> str:
        name = t(self.lang, f"language.{self.document_language}")
        return t(self.lang, "export.language", language=name)

    def action_next_language(self) -> None:
        """The next document language (l): the meeting is not changed, only the file."""
        if self.document_language is None:
            return
        languages = list(Language)
        self.document_language = languages[
            (languages.index(self.document_language) + 1) % len(languages)
        ]
        self.query_one("#doc_language", Label).update(self._language_text())

    def on_mount(self) -> None:
        formats = self.query_one("#formats", OptionList)
        formats.highlighted = FORMATS.index(self.initial) if self.initial in FORMATS else 0
        formats.focus()

    def _choice(self, fmt: str) -> ExportChoice:
        open_after = self.query_one("#open_after", Checkbox).value
        items = self.query("#items").results(Input)
        return ExportChoice(
            fmt,
            open_after,
            self.query_one("#template", Input).value.strip(),
            next((i.value.strip() for i in items), ""),
            self.document_language if self.document_language != self.meeting_language else None,
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._choice(str(event.option.id)))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a field exports in the highlighted format."""
        event.stop()
        formats = self.query_one("#formats", OptionList)
        index = formats.highlighted or 0
        self.dismiss(self._choice(FORMATS[index]))

    def action_toggle_open(self) -> None:
        box = self.query_one("#open_after", Checkbox)
        box.value = not box.value

    def action_cancel(self) -> None:
        self.dismiss(None)


def default_folder() -> Path:
    """Where the app puts exported files: the user's Documents folder, else home."""
    try:
        from platformdirs import user_documents_dir

        folder = Path(user_documents_dir())
    except Exception:  # platformdirs can fail on odd systems; home always exists
        folder = Path.home()
    return folder if folder.is_dir() else Path.home()


def open_with_system_viewer(path: Path) -> None:
    """Open ``path`` in the program the system uses for it, without waiting for it."""
    if sys.platform == "win32":
        os.startfile(str(path))  # type: ignore[attr-defined]  # Windows only
        return
    opener = find_program("open" if sys.platform == "darwin" else "xdg-open")
    if opener is None:
        raise FileNotFoundError("xdg-open")
    command = [opener, str(path)]
    subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _takes_template(fmt: str) -> bool:
    """Word takes the house template; a PDF only where LibreOffice makes it from Word
    (without it the PDF comes from Typst, in the built-in look, rather than failing)."""
    if fmt == "pdf":
        from export.pdf import find_soffice

        return find_soffice() is not None
    return fmt in ("docx", "odt")


def run_export(
    host: Screen[Any],
    meeting: Meeting,
    lang: Language,
    choice: ExportChoice,
    folder: Path | None = None,
) -> None:
    """Export in a thread worker; report the file (or the error) with a notification.

    The meeting is copied first, on the UI thread, so typing during the export cannot
    change it under pandoc's feet.
    """
    snapshot = copy.deepcopy(meeting)
    if choice.language is not None:  # the copy only: the meeting keeps its language
        snapshot.header.language = choice.language
    target = folder or default_folder()
    app = host.app
    archive = getattr(app, "archive", None)

    def work() -> None:
        from tui.approval_text import unverified_codes

        unverified: list[str] = []
        if archive is not None and archive.meeting_path(snapshot.id).is_file():
            unverified = unverified_codes(archive.root, archive.meeting_path(snapshot.id))
        try:
            template = Path(choice.template).expanduser() if choice.template else None
            if template is not None and template_for(template, choice.fmt) is None:
                # a .docx for odt (or the other way) with none beside it: said, not failed
                message = TemplateOtherKind(template, detail=choice.fmt).message(lang)
                app.call_from_thread(app.notify, message, severity="warning", timeout=10)
                template = None
            path = export_meeting(
                snapshot,
                choice.fmt,
                target / default_filename(snapshot, choice.fmt, choice.items or None),
                template if _takes_template(choice.fmt) else None,
                unverified=unverified,
                items=choice.items or None,
            )
        except ExportError as exc:
            app.call_from_thread(app.notify, exc.message(lang), severity="error", timeout=10)
            return
        app.call_from_thread(app.notify, t(lang, "export.written", path=path), timeout=8)
        if choice.open_after:
            try:
                open_with_system_viewer(path)
            except OSError as exc:
                message = t(lang, "export.open_failed", path=path, detail=exc.strerror or exc)
                app.call_from_thread(app.notify, message, severity="warning")

    app.notify(t(lang, "export.working", fmt=choice.fmt), timeout=2)
    host.run_worker(work, thread=True, exclusive=True, group="export", exit_on_error=False)


def start_export(
    host: Screen[Any],
    meeting: Meeting,
    lang: Language,
    folder: Path | None = None,
    *,
    items: str | None = None,
) -> None:
    """Ask for the format, then export: what a screen's ``action_export`` calls.
    ``items`` (the current item's number, say) asks for an extract of those items."""

    def chosen(choice: ExportChoice | None) -> None:
        if choice is not None:
            run_export(host, meeting, lang, choice, folder)

    config = getattr(host.app, "config", None)
    templates = getattr(config, "templates", None) or {}
    house = house_template(templates, meeting.header.body)
    screen = ExportScreen(
        lang,
        template=str(house) if house else "",
        items=items,
        document_language=meeting.header.language,
    )
    host.app.push_screen(screen, chosen)
