"""Protokollsutdrag: an extract of one item or several, to send to a case file or the
person concerned: the header (time, place, who was present at those items), the items
as in the full document (notes, decisions, votes, reservations), "Rätt utdraget intygar"
with a line to sign, and the approval line once the minutes are approved."""

from __future__ import annotations

import re
from collections.abc import Sequence

from export import escape
from export.errors import NoSuchItem
from export.gridtable import Cell, grid_table
from export.markdown_frame import (
    LANG_TAGS,
    SIGNATURE_RULE,
    SIGNATURE_TABLE,
    SIGNATURE_WIDTHS,
    approval_line,
    bold,
    header_table,
    opening_blocks,
)
from export.markdown_items import item_section
from model.agenda import AgendaItem
from model.attendance import present_at
from model.document_words import document_word
from model.meeting import Meeting
from model.people import Attendance


def _digits(text: str) -> str:
    return re.sub(r"[^0-9]", "", text)


def select_items(meeting: Meeting, selectors: str) -> list[AgendaItem]:
    """The agenda items ``selectors`` names ("5", "5,7", "§ 167"), in agenda order: by
    item number, or by § number in a protokoll."""
    wanted: list[AgendaItem] = []
    for raw in selectors.split(","):
        selector = raw.strip()
        if not selector:
            continue
        found = next(
            (
                i
                for i in meeting.agenda
                if i.number == selector
                or (i.paragraph and _digits(i.paragraph) == _digits(selector) and _digits(selector))
            ),
            None,
        )
        if found is None:
            raise NoSuchItem(detail=selector)
        if found not in wanted:
            wanted.append(found)
    if not wanted:
        raise NoSuchItem(detail=repr(selectors))
    order = {item.id: index for index, item in enumerate(meeting.agenda)}
    return sorted(wanted, key=lambda i: order[i.id])


def _present(meeting: Meeting, items: list[AgendaItem]) -> list[Attendance]:
    """Who was present at any of ``items``, in roster order."""
    ids = {p.id for item in items for p in present_at(meeting, item.id)}
    return [p for p in meeting.people if p.id in ids]


def certification(meeting: Meeting) -> str:
    """ "Rätt utdraget intygar", room to sign, the line and the secretary's name."""
    lang = meeting.header.language
    secretary = meeting.secretary
    blank = "\\ \\\n\\ "
    rows = [
        [Cell(bold(document_word(lang, "label.extract.certified"))), Cell("")],
        [Cell(blank), Cell("")],
        [Cell(SIGNATURE_RULE), Cell("")],
        [Cell(escape.inline(secretary.name if secretary else "")), Cell("")],
    ]
    return grid_table(rows, SIGNATURE_WIDTHS, f'custom-style="{SIGNATURE_TABLE}"')


def extract_markdown(meeting: Meeting, selectors: str, unverified: Sequence[str] = ()) -> str:
    """The extract of the items ``selectors`` names, as pandoc Markdown."""
    header = meeting.header
    lang = header.language
    items = select_items(meeting, selectors)
    title = document_word(lang, f"label.extract.title.{header.kind.value}", body=header.body)
    meta = ["---", f"title: {escape.yaml_string(title)}", f"lang: {LANG_TAGS[lang]}", "---"]
    blocks = opening_blocks(meeting, meta, unverified)
    key = "label.extract.present" if len(items) == 1 else "label.extract.present.many"
    if table := header_table(meeting, _present(meeting, items), document_word(lang, key)):
        blocks.append(table)
    blocks += [item_section(meeting, item, rules_here=False) for item in items]
    blocks.append(certification(meeting))
    if line := approval_line(meeting, bool(unverified)):
        blocks.append(line)
    return "\n\n".join(blocks) + "\n"
