"""The agenda template of a body, in the app (the archive screen's alt+t, or ``t``).

One item per line in a text area, the standing rules in a line above it (Tab moves
between them); Ctrl+S saves to
archive.json (``Registry.save_template``), Esc leaves without saving. A body without a
template starts from the usual standing agenda in its language. What ``minutes template``
does from the command line.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Label, Static, TextArea

from model.enums import Language
from model.store.errors import StoreError
from model.store.registry import Registry
from model.templates import BodyTemplate, TemplateError, default_template, item_lines, parse_items
from tui.commands import add_bindings
from tui.error_text import error_detail
from tui.i18n import t
from tui.screens.form import Field, FormScreen, Values


class TemplateScreen(ModalScreen[BodyTemplate | None]):
    """Dismisses with the template saved, or None (Esc)."""

    DEFAULT_CSS = """
    TemplateScreen { align: center middle; }
    TemplateScreen > Vertical {
        width: 90; max-width: 100%; height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    TemplateScreen TextArea { height: 1fr; min-height: 4; }
    TemplateScreen .hint { color: $text-muted; height: auto; }
    TemplateScreen #template-error { color: $error; text-style: bold; height: auto; }
    """

    def __init__(self, registry: Registry, template: BodyTemplate, lang: Language) -> None:
        super().__init__()
        self.registry = registry
        self.template = template
        self.lang = lang
        add_bindings(
            self,
            [
                Binding(
                    "ctrl+s", "save", t(lang, "key.save"), priority=True, id="template.save"
                ),
                Binding(
                    "escape", "cancel", t(lang, "key.agenda.close"), priority=True,
                    id="template.cancel",
                ),
            ],
        )  # fmt: skip

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = t(self.lang, "template.app.title", body=self.template.body)
            yield Static(t(self.lang, "template.app.hint"), classes="hint")
            yield Static(id="template-error")
            yield Label(t(self.lang, "template.app.rules"))
            yield Input(self.template.rules, id="template-rules")
            yield TextArea(item_lines(self.template), id="template-items")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        text = self.query_one(TextArea).text
        try:
            items = parse_items(text)
        except TemplateError as exc:
            self.query_one("#template-error", Static).update(
                t(self.lang, f"template.error.{exc.code}")
            )
            return
        rules = self.query_one("#template-rules", Input).value.strip()
        template = BodyTemplate(self.template.body, items, rules, self.template.name)
        try:
            self.registry.save_template(template)
        except (StoreError, OSError) as exc:
            detail = error_detail(self.lang, exc)
            self.query_one("#template-error", Static).update(
                t(self.lang, "app.error", detail=detail)
            )
            return
        self.notify(
            t(self.lang, "template.app.saved", body=template.body, count=len(items)), timeout=4
        )
        self.dismiss(template)

    def action_cancel(self) -> None:
        self.dismiss(None)


def template_for_editing(registry: Registry, body: str, lang: Language) -> BodyTemplate:
    """The body's template, else the usual one in the body's language (not yet saved)."""
    try:
        kept = registry.template(body)
    except (StoreError, OSError):
        kept = None
    return kept if kept is not None else default_template(body, lang)


def edit_template(host: Screen[Any], registry: Registry, lang: Language, body: str) -> None:
    """Open the template of ``body``; without a body, ask for it first."""
    app = host.app
    if body.strip():
        app.push_screen(TemplateScreen(registry, template_for_editing(registry, body, lang), lang))
        return

    def chosen(values: Values) -> str | None:
        return None if values["body"].strip() else t(lang, "form.required", field="body")

    def then(values: Values | None) -> None:
        if values is not None:
            edit_template(host, registry, lang, values["body"].strip())

    field = Field("body", t(lang, "form.new.body"), required=True)
    app.push_screen(FormScreen(t(lang, "template.app.ask_body"), [field], lang, chosen), then)
