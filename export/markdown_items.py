"""One agenda item of the minutes in pandoc Markdown: heading, status, sub-items, notes,
decisions, actions, and the other business raised under it.

Every piece of typed text goes through ``export.escape`` (see there for what notes may
contain); the frame around the items is ``export.markdown_frame``.
"""

from __future__ import annotations

from export import escape
from export.action_text import action_sentence
from export.attendance_blocks import (
    declared_here,
    declared_line,
    item_time_line,
    quorum_lines,
    recused_lines,
)
from export.markdown_frame import DECISION_HEADING, STANDING_RULES, bold, div
from export.procedure import decision_unanimous_lines, procedure_blocks
from export.upcoming import upcoming_blocks
from model import notes_markup
from model.agenda import AgendaItem
from model.decisions import Decision
from model.document_words import document_word
from model.enums import (
    ActionStatus,
    DocumentKind,
    ItemKind,
    ItemOrigin,
    ItemStatus,
    Language,
    StatementKind,
)
from model.meeting import Meeting
from model.sub_items import numbered_sub_items, sub_number
from model.wording import lack_of_time, status_in, status_sentence

CLOSED = (ItemStatus.TABLED, ItemStatus.REFERRED_BACK, ItemStatus.WITHDRAWN)


def _status(language: Language, item: AgendaItem) -> str:
    """The status sentence; the default reason (lack of time) follows the document language
    even when the item was tabled while the meeting was set to the other language."""
    if item.status_text.strip():  # the secretary's own sentence (a ready one translated)
        return escape.inline(status_in(language, item.status, item.status_text))
    reason = item.status_reason
    if reason in {lack_of_time(other) for other in Language}:
        reason = lack_of_time(language)
    return escape.inline(status_sentence(language, item.status, reason))


def _status_and_notes(language: Language, item: AgendaItem) -> list[str]:
    """A closed item's status sentence and its notes: the sentence opens the first
    paragraph when the notes begin with prose (as the reference minutes' item 8)."""
    status = _status(language, item) if item.status in CLOSED else ""
    if not item.notes.strip():
        return [status] if status else []
    return escape.notes_blocks(item.notes, lead=status)


def _indent(blocks: list[str], pad: int) -> str:
    """Blocks as the continuation of a list item (indented, blank lines between)."""
    text = "\n\n".join(blocks)
    return "\n".join((" " * pad + line) if line else "" for line in text.split("\n"))


def _sentence_start(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def item_heading(meeting: Meeting, item: AgendaItem) -> str:
    """ "5. Nytt utvecklingsprogram", "TOP 5: Neues Programm" in German, or "§ 167 Nytt
    utvecklingsprogram" in a protokoll with §§."""
    if meeting.header.kind is DocumentKind.PROTOKOLL and item.paragraph:
        paragraph = item.paragraph if item.paragraph.startswith("§") else f"§ {item.paragraph}"
        return f"{paragraph} {item.title}"
    if not item.number:
        return item.title
    return document_word(
        meeting.header.language, "label.heading.item", number=item.number, title=item.title
    )


def _decision_block(meeting: Meeting, decisions: list[Decision]) -> list[str]:
    lang = meeting.header.language
    if not decisions:
        return []
    entries = []
    for decision in decisions:
        text = escape.lines(decision.text)
        if decision.paragraph:
            text = f"{escape.inline(decision.paragraph)} {text}"
        extra: list[str] = []
        if decision.votes_for is not None:
            extra.append(
                escape.inline(
                    document_word(
                        lang,
                        "label.votes",
                        f=decision.votes_for,
                        a=decision.votes_against or 0,
                        n=decision.votes_abstain or 0,
                    )
                )
            )
        extra += decision_unanimous_lines(meeting, decision)  # "Beslutet är enhälligt."
        recused = [p.name for r in decision.recused if (p := meeting.person(r))]
        if recused:
            names = ", ".join(recused)
            extra.append(
                escape.inline(document_word(lang, "label.recused", count=len(recused), names=names))
            )
        for statement in meeting.decision_statements(decision.id):
            reservation = statement.kind is StatementKind.RESERVATION
            key = "label.reservation" if reservation else "label.protocol_note"
            if not statement.text.strip():
                key = "label.reservation" if reservation else "label.protocol_note.plain"
                extra.append(escape.inline(document_word(lang, key, name=statement.person_name)))
            else:
                key = "label.reservation.text" if reservation else "label.protocol_note"
                extra.append(
                    escape.lines(
                        document_word(lang, key, name=statement.person_name, text=statement.text)
                    )
                )
        if meeting.header.kind is not DocumentKind.PROTOKOLL:
            # Minnesanteckningar state decisions as paragraphs under "Beslut", as the
            # reference minutes do; a protokoll numbers them.
            entries.append("\n\n".join([text, *extra]))
            continue
        marker = f"{decision.number}. "
        entry = marker + text.replace("\n", "\n    ")
        if extra:
            entry += "\n\n" + _indent(extra, 4)
        entries.append(entry)
    heading = div(DECISION_HEADING, [escape.inline(document_word(lang, "label.decision"))])
    return [heading, "\n\n".join(entries)]


def _action_block(meeting: Meeting, items: list[AgendaItem]) -> list[str]:
    lang = meeting.header.language
    lines = []
    for item in items:
        for action in meeting.item_actions(item.id):
            if action.status is ActionStatus.CANCELLED:
                continue
            text = action_sentence(lang, action)
            lines.append(escape.bullet_item(escape.lines(text)))
    if not lines:
        return []
    return [
        div(DECISION_HEADING, [escape.inline(document_word(lang, "label.action"))]),
        "\n".join(lines),
    ]


def _aob_line(item: AgendaItem) -> str:
    text = escape.lines(item.title)
    if item.raised_by:
        text += f" ({escape.inline(item.raised_by)})"
    return text


def _sub_item(meeting: Meeting, sub: AgendaItem) -> str:
    lang = meeting.header.language
    if sub.origin is ItemOrigin.ANY_OTHER_BUSINESS:
        head = _aob_line(sub)
    else:
        # A sub-item with its own text gets a bold lead-in, as the seed's item 3 does.
        has_text = bool(sub.notes.strip()) or sub.status in CLOSED
        head = bold(sub.title.strip()) if has_text else escape.lines(sub.title)
        if sub.presenter:
            head += f" – {escape.inline(sub.presenter)}"
    blocks = _status_and_notes(lang, sub)
    entry = "- " + head.replace("\n", "\n  ")
    if blocks:
        entry += "\n\n" + _indent(blocks, 2)
    return entry


def _aob_raised_during(meeting: Meeting, item: AgendaItem) -> list[AgendaItem]:
    """AOB items raised while ``item`` (or one of its sub-items) was current."""
    if item.kind is ItemKind.ANY_OTHER_BUSINESS:
        return []
    scope = {item.id, *(s.id for s in meeting.sub_items(item.id))}
    raised = [
        i
        for i in meeting.items
        if not i.deleted
        and i.origin is ItemOrigin.ANY_OTHER_BUSINESS
        and i.raised_during in scope
        and i.parent != item.id
    ]
    return sorted(raised, key=lambda i: (meeting.item_index(i.parent) or 0, i.position))


def item_section(meeting: Meeting, item: AgendaItem, *, rules_here: bool) -> str:
    """One agenda item: heading, status, sub-items, notes, decisions, actions."""
    header = meeting.header
    lang = header.language
    blocks = [f"# {escape.inline(item_heading(meeting, item))}"]
    if line := item_time_line(meeting, item):
        blocks.append(line)
    if declared_here(meeting, item):
        blocks.append(declared_line(meeting))
    blocks += recused_lines(meeting, item)
    if header.kind is DocumentKind.PROTOKOLL and item.presenter:
        blocks.append(escape.inline(document_word(lang, "label.presenter", name=item.presenter)))
    if item.origin is ItemOrigin.CARRIED_OVER:
        key = "label.carried.numbered" if item.carried_from_number else "label.carried"
        blocks.append(escape.inline(document_word(lang, key, number=item.carried_from_number)))
    status = _status(lang, item) if item.status in CLOSED else ""
    subs = meeting.sub_items(item.id)
    sections = numbered_sub_items(meeting, subs)
    if subs and not sections:
        # the status stands above the sub-items it closes; else it opens the notes
        blocks += [status] if status else []
        status = ""
        blocks.append("\n".join(_sub_item(meeting, s) for s in subs))
    if item.kind is ItemKind.NEXT_MEETING and (upcoming := upcoming_blocks(meeting)):
        blocks += [status] if status else []
        status = ""
        blocks += upcoming  # one sentence, or the "Kommande möten" list
    raised = _aob_raised_during(meeting, item)
    aob: list[str] = []
    if raised:
        parent = meeting.item(raised[0].parent)
        name = parent.title if parent else document_word(lang, "label.aob.item")
        aob.append(escape.inline(document_word(lang, "label.aob.intro", item=name)))
        aob.append("\n".join(escape.bullet_item(_aob_line(i)) for i in raised))
    placed = notes_markup.has_aob_marker(item.notes)  # "[övriga frågor]" in the notes
    if item.notes.strip():
        blocks += escape.notes_blocks(item.notes, aob if placed else (), lead=status)
    elif status:
        blocks.append(status)
    if rules_here and header.rules.strip():
        blocks.append(div(STANDING_RULES, escape.notes_blocks(header.rules)))
    if not placed:
        blocks += aob
    scope = [item] if sections else [item, *subs]
    decisions = [d for s in scope for d in meeting.item_decisions(s.id)]
    blocks += quorum_lines(meeting, item, bool(decisions))
    blocks += procedure_blocks(meeting, scope)  # motions, votes, elections
    blocks += _decision_block(meeting, sorted(decisions, key=lambda d: d.number))
    blocks += _action_block(meeting, scope)
    if sections:
        blocks += [_sub_section(meeting, s) for s in subs]
    return "\n\n".join(blocks)


def sub_label(meeting: Meeting, sub: AgendaItem) -> str:
    """A sub-item's number in the document: "5.2"; in a protokoll whose item has a §,
    "§ 167.2". A sub-item takes no § of its own: the §§ run through the year and are
    fixed when the agenda goes out, one per matter (the corpus' protokoll letter their
    sub-points under one point, never number them apart); so it is the item's § and its
    place, as the document's other sub-items are the item's number and their place."""
    number = sub_number(meeting, sub)
    top = sub
    while top.parent is not None and (parent := meeting.item(top.parent)) is not None:
        top = parent
    if meeting.header.kind is not DocumentKind.PROTOKOLL or not top.paragraph or top is sub:
        return number
    paragraph = top.paragraph if top.paragraph.startswith("§") else f"§ {top.paragraph}"
    prefix = f"{top.number}."
    return paragraph + number[len(top.number) :] if number.startswith(prefix) else number


def _sub_section(meeting: Meeting, sub: AgendaItem) -> str:
    """A sub-item as its own numbered section: heading, status, notes, decisions, actions."""
    lang = meeting.header.language
    head = escape.inline(sub.title.strip())
    if sub.origin is ItemOrigin.ANY_OTHER_BUSINESS and sub.raised_by:
        head += f" ({escape.inline(sub.raised_by)})"
    elif sub.presenter:
        head += f" – {escape.inline(sub.presenter)}"
    number = escape.inline(sub_label(meeting, sub))
    blocks = ["## " + document_word(lang, "label.heading.sub", number=number, title=head)]
    blocks += _status_and_notes(lang, sub)
    blocks += procedure_blocks(meeting, [sub])  # motions, votes, elections
    blocks += _decision_block(meeting, meeting.item_decisions(sub.id))
    blocks += _action_block(meeting, [sub])
    return "\n\n".join(blocks)
