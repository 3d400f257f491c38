"""The frame of the minutes in pandoc Markdown: what stands before and after the items.

The header block (Tid / Plats / Deltagare / Ej närvarande), the draft mark and the
warnings a document opens with, and the closing: § range, signatures and approval line.
The style names here are the ones ``export/reference_build.py`` defines in the Word
reference document and the ODT, HTML and Typst styles copy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from export import escape
from export.attendance_blocks import meeting_times
from export.gridtable import Cell, grid_table
from export.labels import title
from export.procedure import signers_of
from model.attendance import absentees, attendees, description, unregistered
from model.document_words import document_word, has_document_word
from model.enums import DocumentKind, Language, MeetingState
from model.meeting import Meeting
from model.people import Attendance
from model.timefmt import when

HEADER_TABLE = "MinutesHeaderTable"
SIGNATURE_TABLE = "MinutesSignatureTable"
DRAFT_MARK = "Draft Mark"
CONFLICT_WARNING = "Conflict Warning"
STANDING_RULES = "Standing Rules"
DECISION_HEADING = "Decision Heading"
APPROVAL_LINE = "Approval Line"

# the third column holds "Södertälje, via Teams, fr o m punkt 4 (kl 9.10)" on one line
HEADER_WIDTHS = [18, 22, 48]
SIGNATURE_WIDTHS = [50, 50]
SIGNATURE_RULE = "\\_" * 24
LANG_TAGS = {Language.SV: "sv-SE", Language.EN: "en-GB", Language.DE: "de-DE"}


def div(style: str, blocks: list[str]) -> str:
    return "\n\n".join([f'::: {{custom-style="{style}"}}', *blocks, ":::"])


def bold(text: str) -> str:
    return f"**{escape.inline(text)}**" if text else ""


def document_title(meeting: Meeting) -> str:
    header = meeting.header
    return title(header.kind, header.language, header.body)


def _person_rows(group: str, people: list[Attendance], meeting: Meeting) -> list[list[Cell]]:
    lang = meeting.header.language
    return [
        [
            Cell(bold(group) if index == 0 else ""),
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
        rows.append(
            [Cell(bold(document_word(lang, "label.time"))), Cell(escape.inline(time_text), span=2)]
        )
    place = header.place
    if header.remote:
        place = f"{place} {document_word(lang, 'word.alt_remote', remote=header.remote)}".strip()
    if place:
        rows.append(
            [Cell(bold(document_word(lang, "label.place"))), Cell(escape.inline(place), span=2)]
        )
    if present is not None:
        rows += _person_rows(present_label, present, meeting)
    else:
        rows += _person_rows(document_word(lang, "label.present"), attendees(meeting), meeting)
        rows += _person_rows(document_word(lang, "label.absent"), absentees(meeting), meeting)
        rows += _person_rows(
            document_word(lang, "label.unregistered"), unregistered(meeting), meeting
        )
    if header.kind is DocumentKind.PROTOKOLL:
        names = ", ".join(p.name for v in header.verifiers if (p := meeting.person(v)))
        names = ", ".join(signers_of(meeting).verifiers) or names  # elected by the meeting
        if names:
            rows.append(
                [
                    Cell(bold(document_word(lang, "label.verifiers"))),
                    Cell(escape.inline(names), span=2),
                ]
            )
    if not rows:
        return ""
    return grid_table(rows, HEADER_WIDTHS, f'custom-style="{HEADER_TABLE}"')


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
    """ "Vid anteckningarna" / "Justeras" with lines to sign and the names under them.

    German minutes give each signer an "Ort, Datum" line to fill in above the signing
    line (the label ``place_date``; where it is empty there is no such line). A chair
    the meeting elected for itself signs as "mötesordförande" / "Versammlungsleitung"."""
    header = meeting.header
    lang = header.language
    secretary = meeting.secretary
    signers: list[tuple[str, str]] = []  # (name, role) on the right-hand side
    chair = meeting.chair
    verifiers = [p for v in header.verifiers if (p := meeting.person(v))]
    # the officers the meeting elected for itself sign in place of the body's own
    elected = signers_of(meeting)
    chair, secretary, verifiers = elected.apply(chair, secretary, verifiers)
    if header.kind is DocumentKind.PROTOKOLL and chair is not None:
        role = (
            document_word(lang, "procedure.sign.meeting_chair")
            if elected.chair
            else document_word(lang, "label.chair")
        )
        signers.append((chair.name, role))
    for person in verifiers:
        if not any(name == person.name for name, _role in signers):
            role = (
                document_word(lang, "label.verifier")
                if header.kind is DocumentKind.PROTOKOLL
                else ""
            )
            signers.append((person.name, role))
    if not signers and chair is not None:
        signers.append((chair.name, ""))
    blank = "\\ \\\n\\ "  # two non-breaking spaces on two lines: room to sign
    place_date = escape.inline(document_word(lang, "label.place_date"))
    rows = [
        [
            Cell(bold(document_word(lang, f"label.signed.{header.kind.value}"))),
            Cell(bold(document_word(lang, "label.verified"))),
        ]
    ]
    left = [(secretary.name, "")] if secretary else [("", "")]
    for index in range(max(len(left), len(signers))):
        name_left, _ = left[index] if index < len(left) else ("", "")
        name_right, role_right = signers[index] if index < len(signers) else ("", "")
        signs = (index < len(left), bool(name_right))  # who signs in each column
        if place_date:
            rows.append([Cell(blank), Cell(blank)])
            rows.append([Cell(SIGNATURE_RULE if s else "") for s in signs])
            rows.append([Cell(place_date if s else "") for s in signs])
        rows.append([Cell(blank), Cell(blank)])
        rows.append([Cell(SIGNATURE_RULE if s else "") for s in signs])
        right = name_right + (f", {role_right}" if role_right and name_right else "")
        rows.append([Cell(escape.inline(name_left)), Cell(escape.inline(right))])
    return grid_table(rows, SIGNATURE_WIDTHS, f'custom-style="{SIGNATURE_TABLE}"')


def _conflict_place(meeting: Meeting, table: str, record: str) -> str:
    lang = meeting.header.language
    if table == "items":
        return document_word(lang, "label.item", label=meeting.item_label(record))
    if table == "decisions":
        decision = meeting.decision(record)
        return document_word(
            lang, "label.item", label=meeting.item_label(decision.item if decision else None)
        )
    if table in ("motions", "votes", "elections"):
        holder = next((r for r in getattr(meeting, table) if r.id == record), None)
        return document_word(
            lang, "label.item", label=meeting.item_label(getattr(holder, "item", None))
        )
    if table == "meeting":
        return document_word(lang, "label.meeting")
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
    unknown = document_word(lang, "label.conflict.unknown")
    lines = [
        escape.bullet_item(
            escape.inline(
                document_word(
                    lang,
                    "label.conflict.line",
                    where=_conflict_place(meeting, c.table, c.record),
                    field=c.field or "-",
                    ours=c.ours_by or unknown,
                    theirs=c.theirs_by or unknown,
                )
            )
        )
        for c in conflicts
    ]
    intro = escape.inline(document_word(lang, "label.conflicts", count=len(conflicts)))
    return div(CONFLICT_WARNING, [intro, "\n".join(lines)])


def approval_warning(meeting: Meeting, unverified: Sequence[str]) -> str:
    """The visible warning of a document whose approval does not hold: ``unverified``
    are the codes of what the approval check found (sync/approval_check.py)."""
    if not unverified:
        return ""
    lang = meeting.header.language
    lines: list[str] = []
    for code in unverified:
        key = f"label.approval.{code}"
        text = document_word(
            lang, key if has_document_word(lang, key) else "label.approval.signature"
        )
        if text not in lines:
            lines.append(text)
    intro = escape.inline(document_word(lang, "label.approval.unverified"))
    bullets = "\n".join(escape.bullet_item(escape.inline(line)) for line in lines)
    return div(CONFLICT_WARNING, [intro, bullets])


def approval_line(meeting: Meeting, unproven: bool = False) -> str:
    """ "Justerat 2022-05-10 av Olle Ordförande" under the signatures of approved minutes
    (never stated as fact when the approval does not hold)."""
    header = meeting.header
    if header.state is not MeetingState.APPROVED or header.approved_at is None:
        return ""
    day = header.approved_at.date().isoformat()
    key = "label.approval.line.unproven" if unproven else "label.approval.line"
    text = document_word(header.language, key, date=day, name=header.approved_by or "?")
    return div(APPROVAL_LINE, [escape.inline(text)])


def opening_blocks(meeting: Meeting, meta: list[str], unverified: Sequence[str]) -> list[str]:
    """How every document begins: the metadata block (``meta``, its lines), then the
    draft mark, the warning that the approval does not hold, the one of open conflicts."""
    lang = meeting.header.language
    blocks = ["\n".join(meta)]
    if meeting.header.state is not MeetingState.APPROVED:
        blocks.append(div(DRAFT_MARK, [escape.inline(document_word(lang, "label.draft"))]))
    if warning := approval_warning(meeting, unverified):
        blocks.append(warning)
    if warning := conflict_warning(meeting):
        blocks.append(warning)
    return blocks
