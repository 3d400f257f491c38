"""The minutes as pandoc Markdown, built from the model (never from the seed text).

This Markdown is the ``md`` export and the input for docx, odt, html and pdf. Every piece
of typed text goes through ``export.escape`` (see there for what notes may contain).
Styles are named with ``custom-style`` so the Word reference document can style them.
The parts: ``export.markdown_frame`` (header block, warnings, signatures) and
``export.markdown_items`` (each agenda item); this module puts them in order.
"""

from __future__ import annotations

from collections.abc import Sequence

from export import escape
from export.attendance_blocks import declared_here, declared_line
from export.markdown_frame import (
    APPROVAL_LINE,
    CONFLICT_WARNING,
    DECISION_HEADING,
    DRAFT_MARK,
    HEADER_TABLE,
    LANG_TAGS,
    SIGNATURE_TABLE,
    STANDING_RULES,
    approval_line,
    conflict_warning,
    div,
    document_title,
    header_table,
    opening_blocks,
    paragraph_range,
    signature_block,
)
from export.markdown_items import item_section
from export.upcoming import upcoming_blocks, upcoming_heading
from model.document_words import document_word
from model.enums import DocumentKind, ItemKind
from model.meeting import Meeting

__all__ = [
    "APPROVAL_LINE",
    "CONFLICT_WARNING",
    "DECISION_HEADING",
    "DRAFT_MARK",
    "HEADER_TABLE",
    "SIGNATURE_TABLE",
    "STANDING_RULES",
    "conflict_warning",
    "document_title",
    "header_table",
    "item_section",
    "meeting_markdown",
    "signature_block",
]


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
        blocks.append(div(STANDING_RULES, escape.notes_blocks(header.rules)))
    for item in agenda:
        blocks.append(item_section(meeting, item, rules_here=item is opening))
    has_next_item = any(i.kind is ItemKind.NEXT_MEETING for i in agenda)
    if not has_next_item and (upcoming := upcoming_blocks(meeting, under_heading=True)):
        blocks.append(f"# {escape.inline(upcoming_heading(meeting))}")
        blocks += upcoming
    if header.kind is DocumentKind.PROTOKOLL and (span := paragraph_range(meeting)):
        blocks.append(escape.inline(document_word(lang, "label.paragraphs", range=span)))
    blocks.append(signature_block(meeting))
    if line := approval_line(meeting, bool(unverified)):
        blocks.append(line)
    return "\n\n".join(blocks) + "\n"
