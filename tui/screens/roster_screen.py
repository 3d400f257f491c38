"""The roster of a body, in the app without a meeting open (the archive screen's alt+r,
or ``r``): add, edit, order, remove members, make a guest a member, import a CSV file or
a pasted list. Every change is written to archive.json at once (``Registry``); the
body's next new meeting starts with these people. In a meeting the attendance panel's
keys (n c m Del i) change the roster too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import OptionList, Static

from model.enums import Language, Role
from model.ids import new_id
from model.roles import organisation_and_role, parse_role
from model.roster import RosterMember, parse_roster_file
from model.store.errors import StoreError
from model.store.registry import Registry
from tui.commands import add_bindings
from tui.error_text import error_detail, error_line
from tui.i18n import t
from tui.roster_text import refused_line, role_label, role_labels
from tui.screens.form import Field, FormScreen, Values
from tui.screens.roster_forms import member_fields, member_title
from tui.widgets.option_rows import highlighted_row, list_box_css, show_rows


def member_line(lang: Language, member: RosterMember) -> Text:
    line = Text(member.name, style="bold")
    details = [d for d in (member.organisation, role_label(lang, member.role)) if d]
    line.append("  " + ", ".join(details), style="dim" if member.role is not Role.GUEST else "")
    if member.email:
        line.append(f"  <{member.email}>", style="dim")
    return line


class RosterScreen(ModalScreen[None]):
    """The members of one body, in their order."""

    DEFAULT_CSS = list_box_css("RosterScreen")

    def __init__(self, registry: Registry, body: str, lang: Language) -> None:
        super().__init__()
        self.registry = registry
        self.body = body
        self.lang = lang
        self.members: list[RosterMember] = []
        add_bindings(
            self,
            [
                Binding("escape", "close", t(lang, "key.agenda.close"), id="roster.close"),
                Binding("n,plus", "new", t(lang, "key.att.new_member"), id="roster.new"),
                Binding("e", "edit", t(lang, "key.att.edit_person"), id="roster.edit"),
                Binding("shift+up,k", "move(-1)", t(lang, "key.agenda.up"), id="roster.up"),
                Binding("shift+down,j", "move(1)", t(lang, "key.agenda.down"), id="roster.down"),
                Binding("m", "make_member", t(lang, "key.att.make_member"), id="roster.member"),
                Binding("delete,x", "remove", t(lang, "key.att.remove_person"), id="roster.remove"),
                Binding("i", "import", t(lang, "key.att.import_roster"), id="roster.import"),
            ],
        )

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = t(self.lang, "rosterscreen.title", body=self.body)
            yield OptionList(id="roster-members")
            yield Static(t(self.lang, "rosterscreen.hint"), classes="hint")

    def on_mount(self) -> None:
        self.fill()
        self.query_one(OptionList).focus()

    def fill(self, highlight: str | None = None) -> None:
        try:
            self.members = self.registry.members(self.body)
        except (StoreError, OSError) as exc:
            self._failed(exc)
            self.members = []
        lines = [(m.id, member_line(self.lang, m)) for m in self.members]
        empty = t(self.lang, "rosterscreen.empty", body=self.body)
        show_rows(self.query_one(OptionList), lines, empty, highlight)

    def chosen(self) -> RosterMember | None:
        return highlighted_row(self.query_one(OptionList), self.members)

    def _failed(self, exc: Exception) -> None:
        self.notify(error_line(self.lang, exc), severity="error", timeout=10)

    def _write(self, change: Callable[[], object], highlight: str | None = None) -> bool:
        try:
            change()
        except (StoreError, OSError) as exc:
            self._failed(exc)
            return False
        self.fill(highlight)
        return True

    # -- keys ----------------------------------------------------------------------

    def action_new(self) -> None:
        self.app.push_screen(self._member_form(None))

    def action_edit(self) -> None:
        member = self.chosen()
        if member is not None:
            self.app.push_screen(self._member_form(member))

    @on(OptionList.OptionSelected, "#roster-members")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit()

    def action_move(self, step: int) -> None:
        member = self.chosen()
        if member is None:
            return
        ids = [m.id for m in self.members]
        index = ids.index(member.id)
        other = index + (1 if step > 0 else -1)
        if not 0 <= other < len(ids):
            return
        ids[index], ids[other] = ids[other], ids[index]
        self._write(lambda: self.registry.reorder(self.body, ids), member.id)

    def action_make_member(self) -> None:
        """m: a guest (or a substitute) becomes a member of the body."""
        member = self.chosen()
        if member is None:
            return
        member.role = Role.MEMBER
        if self._write(lambda: self.registry.save_members(self.body, [member]), member.id):
            self.notify(t(self.lang, "app.member_made", name=member.name, body=self.body))

    def action_remove(self) -> None:
        member = self.chosen()
        if member is None:
            return
        if self._write(lambda: self.registry.remove_member(self.body, member.id)):
            self.notify(t(self.lang, "roster.removed", body=self.body, name=member.name))

    def action_import(self) -> None:
        self.app.push_screen(self._import_form())

    def action_close(self) -> None:
        self.dismiss(None)

    # -- forms ---------------------------------------------------------------------

    def _member_form(self, member: RosterMember | None) -> FormScreen:
        lang = self.lang

        def submit(v: Values) -> str | None:
            name = v["name"].strip()
            role = parse_role(v["role"]) if v["role"].strip() else Role.MEMBER
            if role is None:
                return t(lang, "roster.bad_role", role=v["role"].strip(), roles=role_labels(lang))
            organisation, final = organisation_and_role(v["organisation"].strip(), role)
            target = member or RosterMember(new_id(), name)
            target.name, target.organisation, target.role = name, organisation, final
            target.email = v["email"].strip()
            try:
                self.registry.save_members(self.body, [target])
            except (StoreError, OSError) as exc:
                return error_detail(lang, exc)
            self.fill(target.id)
            return None

        if member is None:
            fields = member_fields(lang)
        else:
            fields = member_fields(
                lang, member.name, member.organisation, member.role, member.email
            )
        title = member_title(lang, member.name if member else None, self.body)
        return FormScreen(title, fields, lang, submit)

    def _import_form(self) -> FormScreen:
        """A CSV file, or a pasted list ("Name, Organisation, role"; ``|`` or a newline
        between people). Nothing is added while a line is wrong: the lines are named."""
        lang = self.lang

        def submit(v: Values) -> str | None:
            typed = v["file"].strip().strip("'\"")
            if typed:
                path = Path(typed).expanduser()
                try:
                    text = path.read_text(encoding="utf-8-sig")
                except FileNotFoundError:
                    return t(lang, "rosterscreen.no_file", path=path)
                except (OSError, UnicodeDecodeError) as exc:
                    return t(lang, "template.unreadable", path=path, detail=str(exc))
            else:
                text = v["lines"].replace("|", "\n")
            members, refused = parse_roster_file(text)
            if refused:
                return "\n".join(refused_line(lang, number, error) for number, error in refused)
            if not members:
                return t(lang, "form.required", field=t(lang, "rosterscreen.import_text"))
            try:
                self.registry.save_members(self.body, members)
            except (StoreError, OSError) as exc:
                return error_detail(lang, exc)
            self.notify(t(lang, "roster.imported", body=self.body, count=len(members)))
            self.fill(members[-1].id)
            return None

        fields = [
            Field("file", t(lang, "rosterscreen.import_file")),
            Field("lines", t(lang, "rosterscreen.import_text")),
        ]
        return FormScreen(t(lang, "rosterscreen.import_title"), fields, lang, submit)


def edit_roster(host: Screen[Any], registry: Registry, lang: Language, body: str) -> None:
    """Open the roster of ``body``; without a body, ask for it first."""
    app = host.app
    if body.strip():
        app.push_screen(RosterScreen(registry, body.strip(), lang))
        return

    def chosen(values: Values) -> str | None:
        return None

    def then(values: Values | None) -> None:
        if values is not None and values["body"].strip():
            edit_roster(host, registry, lang, values["body"].strip())

    field = Field("body", t(lang, "form.new.body"), required=True)
    app.push_screen(
        FormScreen(t(lang, "rosterscreen.title", body="…"), [field], lang, chosen), then
    )
