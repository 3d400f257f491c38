"""Motions, votes and elections in the records list (tui/screens/records.py): their lines
and the forms that edit them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.procedure import TABLES, election, motion, vote
from tui.procedure_text import procedure_lines
from tui.screens import procedure_forms as forms
from tui.screens.form import FormScreen

if TYPE_CHECKING:
    from tui.host import MeetingHost

__all__ = ["TABLES", "procedure_edit_form", "procedure_lines"]


def procedure_edit_form(host: MeetingHost, table: str, record_id: str) -> FormScreen | None:
    """The form that added the motion, vote or election, filled in with it."""
    meeting, lang, run, now = host.meeting, host.lang, host.change, host.now()
    if table == "motions" and (found := motion(meeting, record_id)) is not None:
        return forms.motion_form(meeting, found.item, lang, run, now, existing=found.id)
    if table == "votes" and (counted := vote(meeting, record_id)) is not None:
        return forms.vote_form(meeting, counted.item, lang, run, now, existing=counted.id)
    if table == "elections" and (chosen := election(meeting, record_id)) is not None:
        return forms.election_form(meeting, chosen.item, lang, run, now, existing=chosen.id)
    return None
