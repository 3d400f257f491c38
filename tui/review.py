"""What a reviewer reads before approving, as lines of text (no Textual).

Shared by ``minutes diff`` (printed) and the approval screen (styled): the changes
grouped by where they are in the minutes, who made each and when, and the meeting's
approval history (approvals and reopens, from its event log).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import datetime

from model.enums import Language
from model.events import Event, EventKind
from model.meeting import Meeting
from sync.diff import Change, Place, change_lines, group_changes
from tui.i18n import CATALOGUES, t

#: line styles: a place heading, a changed field or record, a removed or an added line
HEADING, CHANGE, MINUS, PLUS, PLAIN = "heading", "change", "minus", "plus", ""


@dataclass(frozen=True)
class Line:
    text: str
    style: str = PLAIN


def when_text(value: str | datetime | None) -> str:
    """A commit or approval time as ``2024-05-08 09:00`` (an unreadable one as it is)."""
    if value is None or value == "":
        return ""
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    except ValueError:
        return str(value)
    return moment.strftime("%Y-%m-%d %H:%M")


def label(lang: Language, kind: str, name: str) -> str:
    """A table's or field's name in the interface language ("notes" -> "anteckningar");
    one without a translation is shown as it is stored."""
    key = f"review.{kind}.{name}"
    return t(lang, key) if key in CATALOGUES[lang] else name


def place_text(lang: Language, place: Place) -> str:
    if place.kind == "meeting":
        return t(lang, "review.place.meeting", label=place.label)
    if place.kind == "attendance":
        return t(lang, "review.place.attendance", label=place.label or "-")
    return place.label


def who_text(lang: Language, change: Change) -> str:
    """The author and time ("by Sara 2024-05-06 10:00"); uncommitted: the user's own."""
    if not change.by:
        return t(lang, "review.not_shared")
    return t(lang, "sync.diff.by", name=change.by, time=when_text(change.at)).strip()


_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def value_text(lang: Language, table: str, field: str, value: object) -> object:
    """A stored value as the reviewer reads it: a state or status in words ("done" ->
    "behandlad"), a moment as ``2024-05-08 09:00``; anything else as it is stored."""
    if not isinstance(value, str):
        return value
    key = f"review.value.{table}.{field}.{value}"
    if key in CATALOGUES[lang]:
        return t(lang, key)
    if _MOMENT.match(value):
        return when_text(value)
    return value


def worded(lang: Language, change: Change) -> Change:
    """``change`` with its old and new values worded (``value_text``)."""
    old = value_text(lang, change.table, change.field, change.old)
    new = value_text(lang, change.table, change.field, change.new)
    return dataclasses.replace(change, old=old, new=new)


def change_review(lang: Language, meeting: Meeting, changes: list[Change]) -> list[Line]:
    """Every change, under the item (or attendance, or header) it is in."""
    lines: list[Line] = []
    for place, group in group_changes(meeting, changes):
        if lines:
            lines.append(Line(""))
        lines.append(Line(place_text(lang, place), HEADING))
        for change in group:
            who = who_text(lang, change)
            if change.kind != "changed":
                what = label(lang, "table", change.table)
                lines.append(Line(f"  {what}: {t(lang, f'sync.diff.{change.kind}')} {who}", CHANGE))
                continue
            lines.append(Line(f"  {label(lang, 'field', change.field)}: {who}", CHANGE))
            for text in change_lines(worded(lang, change)):
                style = MINUS if text.startswith("-") else PLUS if text.startswith("+") else PLAIN
                lines.append(Line(f"    {text}", style))
    return lines


def _approval_events(meeting: Meeting) -> list[Event]:
    kinds = (EventKind.APPROVED, EventKind.REOPENED)
    return sorted((e for e in meeting.events if e.kind in kinds), key=lambda e: (e.at, e.id))


def approval_history(lang: Language, meeting: Meeting) -> list[str]:
    """The approvals and reopens ("Approved by X at T"), oldest first."""
    found: list[str] = []
    for event in _approval_events(meeting):
        when = when_text(event.at)
        if event.kind is EventKind.APPROVED:
            found.append(t(lang, "review.history.approved", name=event.detail, time=when))
        elif event.kind is EventKind.REOPENED:
            name = str(event.extra.get("by") or "?")
            found.append(
                t(lang, "review.history.reopened", name=name, time=when, reason=event.detail)
            )
    return found


def last_reopen(lang: Language, meeting: Meeting) -> str:
    """The latest reopen's line if the meeting is open for a correction now, else ""."""
    relevant = _approval_events(meeting)
    if not relevant or relevant[-1].kind is not EventKind.REOPENED:
        return ""
    return approval_history(lang, meeting)[-1]


def mode_banner(
    lang: Language, reason: str, meeting: Meeting, reopen_keys: str, approve_keys: str
) -> tuple[str, str]:
    """The meeting screen's banner and its kind ("readonly", "reopened" or "" for none)."""
    header = meeting.header
    if reason == "approved":
        text = t(
            lang,
            "app.readonly.approved",
            name=header.approved_by or "?",
            time=when_text(header.approved_at),
            keys=reopen_keys,
        )
        return text, "readonly"
    if reason:
        return t(lang, f"app.readonly.{reason}"), "readonly"
    reopened = last_reopen(lang, meeting)
    if reopened:
        return t(lang, "review.reopened_banner", line=reopened, keys=approve_keys), "reopened"
    return "", ""
