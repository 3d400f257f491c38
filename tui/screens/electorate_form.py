"""The röstlängd form (alt+shift+v, or the command palette): the number entitled to vote
from the shown item on, and who came and who left; the records list (alt+l) edits or
deletes it. The first of the meeting adopts the röstlängd, later ones adjust it."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from model.electorate import (
    ElectorateInput,
    add_electorate,
    edit_electorate,
    electorate_at,
    electorates,
)
from model.enums import Language
from model.meeting import Meeting
from tui.i18n import t
from tui.messages import OpenOverMeeting
from tui.screens.form import Field, FormScreen, Values
from tui.screens.meeting_forms import FormError, Runner, names, record_form
from tui.screens.procedure_forms import person_or_name

if TYPE_CHECKING:
    from tui.host import MeetingHost


def _names(meeting: Meeting, text: str, lang: Language) -> tuple[str, ...]:
    """Names as typed, completed to the meeting's person where the letters point to one."""
    parts = [" ".join(p.split()) for p in text.split(",") if p.strip()]
    return tuple(person_or_name(meeting, part, lang)[1] for part in parts)


def electorate_form(
    meeting: Meeting, item_id: str, lang: Language, run: Runner, now: datetime,
    *, existing: str | None = None,
) -> FormScreen:  # fmt: skip
    """A röstlängd at the item, or (``existing``: its id) that one's form filled in."""
    record = next((r for r in electorates(meeting) if r.id == existing), None)

    def work(v: Values) -> str | None:
        text = v["count"].strip()
        if not text.isdigit():
            raise FormError(t(lang, "form.electorate.bad_count", value=text))
        data = ElectorateInput(
            int(text), _names(meeting, v["joined"], lang), _names(meeting, v["left"], lang)
        )
        if record is not None:
            return run(lambda m: edit_electorate(m, record.id, data, now))
        return run(lambda m: add_electorate(m, item_id, data, now))

    everyone = names(meeting)
    fields = [
        Field("count", t(lang, "form.electorate.count"), str(record.count) if record else "",
              required=True),
        Field("joined", t(lang, "form.electorate.joined"),
              ", ".join(record.joined) if record else "", everyone),
        Field("left", t(lang, "form.electorate.left"), ", ".join(record.left) if record else "",
              everyone),
    ]  # fmt: skip
    current = electorate_at(meeting, item_id)
    notice = t(lang, "form.electorate.current", count=current.count) if current else ""
    number = meeting.item_label(item_id)
    key = "form.electorate_edit" if record else "form.electorate"
    return record_form(t(lang, key, number=number), fields, lang, work, notice)


def open_electorate_form(host: MeetingHost) -> None:
    """alt+shift+v: the röstlängd adopted or adjusted at the shown item."""
    item = host.shown_item()
    if item is not None:
        form = electorate_form(host.meeting, item.id, host.lang, host.change, host.now())
        host.post_message(OpenOverMeeting(form))
