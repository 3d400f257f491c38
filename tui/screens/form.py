"""A small modal form: a few labelled fields, Enter saves, Esc cancels.

The form stays open with everything typed when the input is wrong: ``submit`` returns an
error message to show, or None when it did its work. Nothing typed is lost to a typo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Static

from model.enums import Language
from tui.i18n import t

Values = dict[str, str]


@dataclass
class Field:
    """One input line. ``suggestions`` complete as you type (right arrow accepts)."""

    name: str
    label: str
    value: str = ""
    suggestions: list[str] = field(default_factory=list)
    required: bool = False


class FormScreen(ModalScreen[Values | None]):
    """Dismisses with the values once ``submit`` accepted them, or None on Esc."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", show=False)]

    DEFAULT_CSS = """
    FormScreen { align: center middle; }
    FormScreen > Vertical {
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    FormScreen Label { margin-top: 0; color: $text-muted; }
    FormScreen Input { margin: 0; border: none; height: 1; padding: 0 1; background: $boost; }
    FormScreen Input:focus { border: none; background: $primary 30%; }
    FormScreen #form-error { color: $error; text-style: bold; height: auto; }
    FormScreen #form-hint { color: $text-muted; height: 1; }
    FormScreen #form-notice { color: $warning; text-style: bold; height: auto; }
    """

    def __init__(
        self,
        title: str,
        fields: list[Field],
        lang: Language,
        submit: Callable[[Values], str | None],
        notice: str = "",
    ) -> None:
        super().__init__()
        self.notice = notice  # shown above the fields: what to know before Enter
        self.form_title = title
        self.fields = fields
        self.lang = lang
        self.submit = submit
        self.done = False

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = self.form_title
            if self.notice:
                yield Static(self.notice, id="form-notice")
            for item in self.fields:
                yield Label(item.label)
                yield Input(
                    value=item.value,
                    id=f"field-{item.name}",
                    suggester=SuggestFromList(item.suggestions, case_sensitive=False)
                    if item.suggestions
                    else None,
                )
            yield Static(id="form-error")
            yield Static(t(self.lang, "form.hint"), id="form-hint")

    def values(self) -> Values:
        return {f.name: self.query_one(f"#field-{f.name}", Input).value for f in self.fields}

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        event.stop()
        if self.done:
            return  # a form saves once, however it is dismissed
        values = self.values()
        for item in self.fields:
            if item.required and not values[item.name].strip():
                self._error(t(self.lang, "form.required", field=item.label))
                self.query_one(f"#field-{item.name}", Input).focus()
                return
        error = self.submit(values)
        if error:
            self._error(error)
            return
        self.done = True
        self.dismiss(values)

    def _error(self, message: str) -> None:
        self.query_one("#form-error", Static).update(message)
        self.app.bell()

    def action_cancel(self) -> None:
        if not self.done:
            self.done = True
            self.dismiss(None)
