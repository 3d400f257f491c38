"""The minutes as pandoc Markdown, built from the model (never from the seed text).

This Markdown is the ``md`` export and the input for docx, odt, html and pdf. Every piece
of typed text goes through ``export.escape`` (see there for what notes may contain).
Styles are named with ``custom-style`` so the Word reference document can style them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from export import escape
from export.action_text import action_sentence
from export.attendance_blocks import (
    declared_here,
    declared_line,
    item_time_line,
    meeting_times,
    quorum_lines,
    recused_lines,
)
from export.gridtable import Cell, grid_table
from export.labels import LABELS, label, title
from export.procedure import decision_unanimous_lines, procedure_blocks, signers_of
from export.upcoming import upcoming_blocks, upcoming_heading
from model import notes_markup
from model.agenda import AgendaItem
from model.attendance import absentees, attendees, description, unregistered
from model.decisions import Decision
from model.enums import (
    ActionStatus,
    DocumentKind,
    ItemKind,
    ItemOrigin,
    ItemStatus,
    Language,
    MeetingState,
    StatementKind,
)
from model.meeting import Meeting
from model.people import Attendance
from model.sub_items import numbered_sub_items, sub_number
from model.timefmt import when
from model.wording import lack_of_time, status_sentence, word

HEADER_TABLE = "MinutesHeaderTable"
SIGNATURE_TABLE = "MinutesSignatureTable"
DRAFT_MARK = "Draft Mark"
CONFLICT_WARNING = "Conflict Warning"
STANDING_RULES = "Standing Rules"
DECISION_HEADING = "Decision Heading"
APPROVAL_LINE = "Approval Line"

HEADER_WIDTHS = [18, 24, 42]
SIGNATURE_WIDTHS = [50, 50]
SIGNATURE_RULE = "\\_" * 24
CLOSED = (ItemStatus.TABLED, ItemStatus.REFERRED_BACK, ItemStatus.WITHDRAWN)
LANG_TAGS = {Language.SV: "sv-SE", Language.EN: "en-GB", Language.DE: "de-DE"}


def _status(language: Language, item: AgendaItem) -> str:
    """The status sentence; the default reason (lack of time) follows the document language
    even when the item was tabled while the meeting was set to the other language."""
    if item.status_text.strip():  # the secretary's own sentence, printed as written
        return escape.inline(item.status_text.strip())
    reason = item.status_reason
    if reason in {lack_of_time(other) for other in Language}:
        reason = lack_of_time(language)
    return escape.inline(status_sentence(language, item.status, reason))


def _div(style: str, blocks: list[str]) -> str:
    return "\n\n".join([f'::: {{custom-style="{style}"}}', *blocks, ":::"])


def _indent(blocks: list[str], pad: int) -> str:
    """Blocks as the continuation of a list item (indented, blank lines between)."""
    text = "\n\n".join(blocks)
    return "\n".join((" " * pad + line) if line else "" for line in text.split("\n"))


def _bold(text: str) -> str:
    return f"**{escape.inline(text)}**" if text else ""


def _sentence_start(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def document_title(meeting: Meeting) -> str:
    header = meeting.header
    return title(header.kind, header.language, header.body)


def item_heading(meeting: Meeting, item: AgendaItem) -> str:
    """ "5. Nytt utvecklingsprogram", or "§ 167 Nytt utvecklingsprogram" in a protokoll."""
    if meeting.header.kind is DocumentKind.PROTOKOLL and item.paragraph:
        paragraph = item.paragraph if item.paragraph.startswith("§") else f"§ {item.paragraph}"
        return f"{paragraph} {item.title}"
    return f"{item.number}. {item.title}" if item.number else item.title


def _person_rows(group: str, people: list[Attendance], meeting: Meeting) -> list[list[Cell]]:
    lang = meeting.header.language
    return [
        [
            Cell(_bold(group) if index == 0 else ""),
            Cell(escape.inline(person.name)),
            Cell(escape.inline(description(meeting, person, lang))),
        ]
        for index, person in enumerate(people)
    ]


def header_table(
    meeting: Meeting, present: list[Attendance] | None = None, present_label: str = ""
) -> str:
    """Tid / Plats / Deltagare / Ej närvarande as a three-column table; an extract gives
    who was ``present`` at its items (under ``present_label``) instead."""
    header = meeting.header
    lang = header.language
    rows: list[list[Cell]] = []
    day = header.date or (header.actual_start.date() if header.actual_start else None)
    start, end = meeting_times(meeting)
    time_text = when(day, start, end, lang)
    if time_text:
        rows.append([Cell(_bold(label(lang, "time"))), Cell(escape.inline(time_text), span=2)])
    place = header.place
    if header.remote:
        place = f"{place} {word(lang, 'alt_remote', remote=header.remote)}".strip()
    if place:
        rows.append([Cell(_bold(label(lang, "place"))), Cell(escape.inline(place), span=2)])
    if present is not None:
        rows += _person_rows(present_label, present, meeting)
    else:
        rows += _person_rows(label(lang, "present"), attendees(meeting), meeting)
        rows += _person_rows(label(lang, "absent"), absentees(meeting), meeting)
        rows += _person_rows(label(lang, "unregistered"), unregistered(meeting), meeting)
    if header.kind is DocumentKind.PROTOKOLL:
        names = ", ".join(p.name for v in header.verifiers if (p := meeting.person(v)))
        names = ", ".join(signers_of(meeting).verifiers) or names  # elected by the meeting
        if names:
            rows.append([Cell(_bold(label(lang, "verifiers"))), Cell(escape.inline(names), span=2)])
    if not rows:
        return ""
    return grid_table(rows, HEADER_WIDTHS, f'custom-style="{HEADER_TABLE}"')


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
                    label(
                        lang,
                        "votes",
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
            extra.append(escape.inline(label(lang, "recused", count=len(recused), names=names)))
        for statement in meeting.decision_statements(decision.id):
            reservation = statement.kind is StatementKind.RESERVATION
            key = "reservation" if reservation else "protocol_note"
            if not statement.text.strip():
                key = "reservation" if reservation else "protocol_note.plain"
                extra.append(escape.inline(label(lang, key, name=statement.person_name)))
            else:
                key = "reservation.text" if reservation else "protocol_note"
                extra.append(
                    escape.lines(label(lang, key, name=statement.person_name, text=statement.text))
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
    heading = _div(DECISION_HEADING, [escape.inline(label(lang, "decision"))])
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
    return [_div(DECISION_HEADING, [escape.inline(label(lang, "action"))]), "\n".join(lines)]


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
        head = _bold(sub.title.strip()) if has_text else escape.lines(sub.title)
        if sub.presenter:
            head += f" – {escape.inline(sub.presenter)}"
    blocks: list[str] = []
    if sub.status in CLOSED:
        blocks.append(_status(lang, sub))
    blocks += escape.notes_blocks(sub.notes) if sub.notes.strip() else []
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
        blocks.append(escape.inline(label(lang, "presenter", name=item.presenter)))
    if item.origin is ItemOrigin.CARRIED_OVER:
        key = "carried.numbered" if item.carried_from_number else "carried"
        blocks.append(escape.inline(label(lang, key, number=item.carried_from_number)))
    if item.status in CLOSED:
        blocks.append(_status(lang, item))
    subs = meeting.sub_items(item.id)
    sections = numbered_sub_items(meeting, subs)
    if subs and not sections:
        blocks.append("\n".join(_sub_item(meeting, s) for s in subs))
    if item.kind is ItemKind.NEXT_MEETING:
        blocks += upcoming_blocks(meeting)  # one sentence, or the "Kommande möten" list
    raised = _aob_raised_during(meeting, item)
    aob: list[str] = []
    if raised:
        parent = meeting.item(raised[0].parent)
        name = parent.title if parent else label(lang, "aob.item")
        aob.append(escape.inline(label(lang, "aob.intro", item=name)))
        aob.append("\n".join(escape.bullet_item(_aob_line(i)) for i in raised))
    placed = notes_markup.has_aob_marker(item.notes)  # "[övriga frågor]" in the notes
    if item.notes.strip():
        blocks += escape.notes_blocks(item.notes, aob if placed else ())
    if rules_here and header.rules.strip():
        blocks.append(_div(STANDING_RULES, escape.notes_blocks(header.rules)))
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


def _sub_section(meeting: Meeting, sub: AgendaItem) -> str:
    """A sub-item as its own numbered section: heading, status, notes, decisions, actions."""
    lang = meeting.header.language
    head = escape.inline(sub.title.strip())
    if sub.origin is ItemOrigin.ANY_OTHER_BUSINESS and sub.raised_by:
        head += f" ({escape.inline(sub.raised_by)})"
    elif sub.presenter:
        head += f" – {escape.inline(sub.presenter)}"
    blocks = [f"## {escape.inline(sub_number(meeting, sub))} {head}"]
    if sub.status in CLOSED:
        blocks.append(_status(lang, sub))
    blocks += escape.notes_blocks(sub.notes) if sub.notes.strip() else []
    blocks += procedure_blocks(meeting, [sub])  # motions, votes, elections
    blocks += _decision_block(meeting, meeting.item_decisions(sub.id))
    blocks += _action_block(meeting, [sub])
    return "\n\n".join(blocks)


def paragraph_range(meeting: Meeting) -> str:
    """ "§ 163–184" when the items' § numbers run on, else the numbers listed."""
    labels = [i.paragraph for i in meeting.agenda if i.paragraph]
    if not labels:
        return ""
    numbers = [re.sub(r"[^0-9]", "", p) for p in labels]
    if all(numbers) and [int(n) for n in numbers] == list(
        range(int(numbers[0]), int(numbers[0]) + len(numbers))
    ):
        return f"§ {numbers[0]}–{numbers[-1]}" if len(numbers) > 1 else f"§ {numbers[0]}"
    return ", ".join(p if p.startswith("§") else f"§ {p}" for p in labels)


def signature_block(meeting: Meeting) -> str:
    """ "Vid anteckningarna" / "Justeras" with lines to sign and the names under them."""
    header = meeting.header
    lang = header.language
    secretary = meeting.secretary
    signers: list[tuple[str, str]] = []  # (name, role) on the right-hand side
    chair = meeting.chair
    verifiers = [p for v in header.verifiers if (p := meeting.person(v))]
    # the officers the meeting elected for itself sign in place of the body's own
    chair, secretary, verifiers = signers_of(meeting).apply(chair, secretary, verifiers)
    if header.kind is DocumentKind.PROTOKOLL and chair is not None:
        signers.append((chair.name, label(lang, "chair")))
    for person in verifiers:
        if not any(name == person.name for name, _role in signers):
            role = label(lang, "verifier") if header.kind is DocumentKind.PROTOKOLL else ""
            signers.append((person.name, role))
    if not signers and chair is not None:
        signers.append((chair.name, ""))
    blank = "\\ \\\n\\ "  # two non-breaking spaces on two lines: room to sign
    rows = [
        [
            Cell(_bold(label(lang, f"signed.{header.kind.value}"))),
            Cell(_bold(label(lang, "verified"))),
        ]
    ]
    left = [(secretary.name, "")] if secretary else [("", "")]
    for index in range(max(len(left), len(signers))):
        name_left, _ = left[index] if index < len(left) else ("", "")
        name_right, role_right = signers[index] if index < len(signers) else ("", "")
        rows.append([Cell(blank), Cell(blank)])
        rows.append(
            [
                Cell(SIGNATURE_RULE if index < len(left) else ""),
                Cell(SIGNATURE_RULE if name_right else ""),
            ]
        )
        right = name_right + (f", {role_right}" if role_right and name_right else "")
        rows.append([Cell(escape.inline(name_left)), Cell(escape.inline(right))])
    return grid_table(rows, SIGNATURE_WIDTHS, f'custom-style="{SIGNATURE_TABLE}"')


def _conflict_place(meeting: Meeting, table: str, record: str) -> str:
    lang = meeting.header.language
    if table == "items":
        return label(lang, "item", label=meeting.item_label(record))
    if table == "decisions":
        decision = meeting.decision(record)
        return label(lang, "item", label=meeting.item_label(decision.item if decision else None))
    if table in ("motions", "votes", "elections"):
        holder = next((r for r in getattr(meeting, table) if r.id == record), None)
        return label(lang, "item", label=meeting.item_label(getattr(holder, "item", None)))
    if table == "meeting":
        return label(lang, "meeting")
    if table == "presence":  # an attendance interval: the person's name
        span = next((p for p in meeting.presence if p.id == record), None)
        person = meeting.person(span.person if span else None)
        return person.name if person else table
    return table


def conflict_warning(meeting: Meeting) -> str:
    """The visible warning a document with unresolved sync conflicts carries."""
    conflicts = meeting.open_conflicts()
    if not conflicts:
        return ""
    lang = meeting.header.language
    unknown = label(lang, "conflict.unknown")
    lines = [
        escape.bullet_item(
            escape.inline(
                label(
                    lang,
                    "conflict.line",
                    where=_conflict_place(meeting, c.table, c.record),
                    field=c.field or "-",
                    ours=c.ours_by or unknown,
                    theirs=c.theirs_by or unknown,
                )
            )
        )
        for c in conflicts
    ]
    intro = escape.inline(label(lang, "conflicts", count=len(conflicts)))
    return _div(CONFLICT_WARNING, [intro, "\n".join(lines)])


def approval_warning(meeting: Meeting, unverified: Sequence[str]) -> str:
    """The visible warning of a document whose approval does not hold: ``unverified``
    are the codes of what the approval check found (sync/approval_check.py)."""
    if not unverified:
        return ""
    lang = meeting.header.language
    lines: list[str] = []
    for code in unverified:
        key = f"approval.{code}"
        text = label(lang, key if key in LABELS[lang] else "approval.signature")
        if text not in lines:
            lines.append(text)
    intro = escape.inline(label(lang, "approval.unverified"))
    bullets = "\n".join(escape.bullet_item(escape.inline(line)) for line in lines)
    return _div(CONFLICT_WARNING, [intro, bullets])


def approval_line(meeting: Meeting, unproven: bool = False) -> str:
    """ "Justerat 2022-05-10 av Olle Ordförande" under the signatures of approved minutes
    (never stated as fact when the approval does not hold)."""
    header = meeting.header
    if header.state is not MeetingState.APPROVED or header.approved_at is None:
        return ""
    day = header.approved_at.date().isoformat()
    key = "approval.line.unproven" if unproven else "approval.line"
    text = label(header.language, key, date=day, name=header.approved_by or "?")
    return _div(APPROVAL_LINE, [escape.inline(text)])


def opening_blocks(meeting: Meeting, meta: list[str], unverified: Sequence[str]) -> list[str]:
    """How every document begins: the metadata block (``meta``, its lines), then the
    draft mark, the warning that the approval does not hold, the one of open conflicts."""
    lang = meeting.header.language
    blocks = ["\n".join(meta)]
    if meeting.header.state is not MeetingState.APPROVED:
        blocks.append(_div(DRAFT_MARK, [escape.inline(label(lang, "draft"))]))
    if warning := approval_warning(meeting, unverified):
        blocks.append(warning)
    if warning := conflict_warning(meeting):
        blocks.append(warning)
    return blocks


def meeting_markdown(meeting: Meeting, unverified: Sequence[str] = ()) -> str:
    """The whole document as pandoc Markdown (with a YAML metadata block). ``unverified``:
    what the approval check found wrong; the document then carries a warning."""
    header = meeting.header
    lang = header.language
    doc_title = document_title(meeting)
    meta = ["---", f"title: {escape.yaml_string(doc_title)}"]
    if header.title.strip() and header.title.strip() not in (doc_title, header.body):
        meta.append(f"subtitle: {escape.yaml_string(header.title.strip())}")
    meta += [f"lang: {LANG_TAGS[lang]}", "---"]
    blocks = opening_blocks(meeting, meta, unverified)
    if table := header_table(meeting):
        blocks.append(table)
    if header.quorum_declared and not any(declared_here(meeting, i) for i in meeting.agenda):
        blocks.append(declared_line(meeting))
    agenda = meeting.agenda
    opening = next((i for i in agenda if i.kind is ItemKind.OPENING), None)
    if header.rules.strip() and opening is None:
        blocks.append(_div(STANDING_RULES, escape.notes_blocks(header.rules)))
    for item in agenda:
        blocks.append(item_section(meeting, item, rules_here=item is opening))
    has_next_item = any(i.kind is ItemKind.NEXT_MEETING for i in agenda)
    if not has_next_item and (upcoming := upcoming_blocks(meeting, under_heading=True)):
        blocks.append(f"# {escape.inline(upcoming_heading(meeting))}")
        blocks += upcoming
    if header.kind is DocumentKind.PROTOKOLL and (span := paragraph_range(meeting)):
        blocks.append(escape.inline(label(lang, "paragraphs", range=span)))
    blocks.append(signature_block(meeting))
    if line := approval_line(meeting, bool(unverified)):
        blocks.append(line)
    return "\n\n".join(blocks) + "\n"
