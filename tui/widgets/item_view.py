"""The current item: title, presenter, sub-items, the notes editor, decisions, actions."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static, TextArea

from model.agenda import AgendaItem
from model.enums import DecisionMethod, ItemStatus, Language, StatementKind
from model.meeting import Meeting
from model.sub_items import CLOSED, item_number, sub_number
from tui.i18n import t
from tui.procedure_text import procedure_lines
from tui.widgets.agenda_list import MARKS
from tui.widgets.notes_markup import style_line


def title_text(meeting: Meeting, item: AgendaItem | None, lang: Language, start_key: str) -> Text:
    """``5 Nytt utvecklingsprogram`` with presenter and status; before the meeting starts,
    the not-started hint above it (typing then goes into that item's notes)."""
    hint = Text(t(lang, "app.not_started", keys=start_key), style="italic")
    if item is None:
        return hint
    text = Text(no_wrap=False)
    if meeting.header.actual_start is None:
        text.append_text(hint)
        text.append("\n")
    text.append(f"{item_number(meeting, item.id)}  {item.title}", style="bold")
    if item.presenter:
        text.append(f"   {t(lang, 'app.presenter', name=item.presenter)}", style="dim")
    if item.status in (ItemStatus.TABLED, ItemStatus.REFERRED_BACK, ItemStatus.WITHDRAWN):
        text.append("\n")
        said = t(lang, f"app.item_status.{item.status.value}", reason=item.status_reason)
        if item.status_text:  # the secretary's own sentence for the minutes
            said += f" – {item.status_text}"
        text.append(said, style="bold yellow")
    return text


def sub_items_text(meeting: Meeting, item: AgendaItem | None) -> Text:
    """Sub-items (and AOB matters with who raised them), one line each."""
    text = Text(no_wrap=True, overflow="ellipsis")
    if item is None:
        return text
    for index, sub in enumerate(meeting.sub_items(item.id)):
        if index:
            text.append("\n")
        label = sub_number(meeting, sub) or "•"  # "5.2": the number Ctrl+G takes
        mark = MARKS[sub.status] if sub.status in CLOSED else ""
        text.append(f" {label}{' ' + mark if mark else ''} {sub.title}")
        if sub.raised_by:
            text.append(f" ({sub.raised_by})", style="dim")
    return text


def records_text(meeting: Meeting, item: AgendaItem | None, lang: Language) -> Text:
    """Decisions with votes and statements, then actions with owner and due date."""
    text = Text()
    if item is None:
        return text
    item_ids = {item.id, *(s.id for s in meeting.sub_items(item.id))}
    decisions = [d for d in meeting.live_decisions() if d.item in item_ids]
    actions = [a for a in meeting.live_actions() if a.item in item_ids]
    lines: list[Text] = []
    for scope_id in (item.id, *(s.id for s in meeting.sub_items(item.id))):
        lines += [line for _t, _r, line in procedure_lines(meeting, scope_id, None, lang)]
    for decision in decisions:
        line = Text()
        line.append(f"{t(lang, 'app.decisions')} {decision.number}: ", style="bold green")
        line.append(decision.text)
        if decision.votes_for is not None:
            line.append(
                "  "
                + t(
                    lang,
                    "app.vote",
                    **{
                        "for": decision.votes_for,
                        "against": decision.votes_against or 0,
                        "abstain": decision.votes_abstain or 0,
                    },
                ),
                style="dim",
            )
        elif decision.method is DecisionMethod.UNANIMOUS:
            line.append(f"  {t(lang, 'app.unanimous')}", style="dim")
        for statement in meeting.decision_statements(decision.id):
            if statement.kind is StatementKind.RESERVATION:
                extra = t(lang, "app.reservation", name=statement.person_name)
            else:
                extra = t(
                    lang, "app.protocol_note", name=statement.person_name, text=statement.text
                )
            line.append(f"\n   {extra}", style="italic")
        lines.append(line)
    for action in actions:
        line = Text()
        line.append(f"{t(lang, 'app.actions')}: ", style="bold cyan")
        if action.owner_names:
            line.append(f"{', '.join(action.owner_names)}: ", style="bold")
        line.append(action.text)
        if action.due:
            line.append(f"  ({t(lang, 'app.due', date=action.due.isoformat())})", style="dim")
        lines.append(line)
    for index, line in enumerate(lines):
        if index:
            text.append("\n")
        text.append_text(line)
    return text


class NotesEditor(TextArea):
    """The notes of the shown item: soft-wrapped, cursor kept in view."""

    DEFAULT_CSS = """
    NotesEditor { height: 1fr; min-height: 4; border: round $primary-darken-2; }
    NotesEditor:focus { border: round $accent; }
    """

    async def _on_key(self, event: events.Key) -> None:
        if self.read_only and event.is_printable:
            # Typing into read-only notes (an approved meeting, or one a sync just locked
            # while the secretary typed) must not fall through to the one-letter commands:
            # "j" would open the approval review, then "r" a reopen form.
            event.stop()
            event.prevent_default()
            return
        await super()._on_key(event)  # arrows, Backspace ... in typing order

    def get_line(self, line_index: int) -> Text:
        return style_line(super().get_line(line_index))  # the notes markup, as typed


class ItemView(Vertical):
    """Everything about the shown item. The screen owns the data; this only displays it."""

    DEFAULT_CSS = """
    ItemView { width: 1fr; height: 1fr; }
    ItemView #item-title { height: auto; max-height: 3; padding: 0 1; }
    ItemView .item-box { height: auto; padding: 0 1; }
    ItemView .item-box:focus { background: $boost; }
    ItemView #item-subs-box { max-height: 6; }
    ItemView #item-subs { color: $text-muted; }
    ItemView #item-records-box { max-height: 8; }
    """

    def __init__(
        self,
        lang: Language,
        *,
        cursor_blink: bool = True,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.lang = lang
        self.cursor_blink = cursor_blink
        self._shown: dict[str, str] = {}  # what each box shows, to scroll to new lines

    def compose(self) -> ComposeResult:
        yield Static(id="item-title")
        # sub-items, AOB matters, decisions and actions can outgrow their box: they scroll
        # (mouse wheel, or Tab there and the arrows)
        with VerticalScroll(id="item-subs-box", classes="item-box"):
            yield Static(id="item-subs")
        editor = NotesEditor(
            soft_wrap=True, show_line_numbers=False, tab_behavior="focus", id="notes"
        )
        editor.cursor_blink = self.cursor_blink
        editor.border_title = t(self.lang, "app.notes")
        editor.border_subtitle = t(self.lang, "markup.hint")
        yield editor
        with VerticalScroll(id="item-records-box", classes="item-box"):
            yield Static(id="item-records")

    def on_mount(self) -> None:
        for box in self.query(".item-box").results(VerticalScroll):
            box.anchor()  # stays at the end as lines come, until scrolled back by hand

    @property
    def editor(self) -> NotesEditor:
        return self.query_one(NotesEditor)

    def show(
        self, meeting: Meeting, item: AgendaItem | None, start_key: str, read_only: bool
    ) -> None:
        self.query_one("#item-title", Static).update(
            title_text(meeting, item, self.lang, start_key)
        )
        self._fill("#item-subs", sub_items_text(meeting, item))
        self._fill("#item-records", records_text(meeting, item, self.lang))
        self.editor.read_only = read_only or item is None

    def _fill(self, selector: str, text: Text) -> None:
        """Show ``text`` in its scrolling box (hidden when empty); new lines come into view."""
        widget = self.query_one(selector, Static)
        box = self.query_one(f"{selector}-box", VerticalScroll)
        grew = len(text.plain) > len(self._shown.get(selector, ""))
        self._shown[selector] = text.plain
        widget.update(text)
        box.display = bool(text.plain)
        if grew:  # the newest line in view (the box is anchored at its end: see on_mount)
            box.scroll_end(animate=False)
