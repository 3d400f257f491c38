"""Motions, votes and elections in the records list (tui/screens/records.py): their lines
and the forms that edit them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from model.enums import Language
from model.meeting import Meeting
from model.procedure import TABLES, election, item_elections, item_motions, item_votes, motion, vote
from model.votes import VoteMethod
from tui.i18n import t
from tui.screens import procedure_forms as forms
from tui.screens.form import FormScreen

if TYPE_CHECKING:
    from tui.screens.meeting import MeetingScreen

__all__ = ["TABLES", "procedure_edit_form", "procedure_lines"]


def _vote_summary(meeting: Meeting, vote_id: str) -> str:
    record = vote(meeting, vote_id)
    if record is None:
        return ""
    if record.method is VoteMethod.UNANIMOUS:
        return "="
    if record.method is VoteMethod.OPTIONS:
        pairs = zip(record.options, record.option_counts, strict=False)
        return ", ".join(f"{o} {c}" for o, c in pairs)
    tally = record.tally()
    return "-".join(str(n) for n in tally) if tally else ""


def procedure_lines(
    meeting: Meeting, item_id: str, label: str, lang: Language
) -> list[tuple[str, str, Text]]:
    """(table, record id, line) for each motion, vote and election of the item."""
    lines: list[tuple[str, str, Text]] = []
    for record in item_motions(meeting, item_id):
        line = Text(f"{label:<6}", style="dim")
        line.append(f"{t(lang, 'records.motion')} {record.number}: ", style="bold magenta")
        if record.moved_by_name:
            line.append(f"{record.moved_by_name}: ", style="bold")
        line.append(record.text)
        if record.outcome.decided:
            line.append(f" [{record.outcome.value}]", style="dim")
        lines.append(("motions", record.id, line))
    for counted in item_votes(meeting, item_id):
        line = Text(f"{label:<6}", style="dim")
        line.append(f"{t(lang, 'records.vote')}: ", style="bold magenta")
        line.append(f"{counted.method.value} {_vote_summary(meeting, counted.id)}".strip())
        on = motion(meeting, counted.motion)
        if on is not None:
            line.append(f" ({t(lang, 'records.motion')} {on.number})", style="dim")
        lines.append(("votes", counted.id, line))
    for chosen in item_elections(meeting, item_id):
        line = Text(f"{label:<6}", style="dim")
        line.append(f"{t(lang, 'records.election')}: ", style="bold magenta")
        office = chosen.office or chosen.officer.value
        line.append(f"{office}: {', '.join(chosen.elected) or '-'}")
        lines.append(("elections", chosen.id, line))
    return lines


def procedure_edit_form(host: MeetingScreen, table: str, record_id: str) -> FormScreen | None:
    """The form that added the motion, vote or election, filled in with it."""
    meeting, lang, run, now = host.meeting, host.lang, host._run, host.now()
    if table == "motions" and (found := motion(meeting, record_id)) is not None:
        return forms.motion_form(meeting, found.item, lang, run, now, existing=found.id)
    if table == "votes" and (counted := vote(meeting, record_id)) is not None:
        return forms.vote_form(meeting, counted.item, lang, run, now, existing=counted.id)
    if table == "elections" and (chosen := election(meeting, record_id)) is not None:
        return forms.election_form(meeting, chosen.item, lang, run, now, existing=chosen.id)
    return None
