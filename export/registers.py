"""The follow-up registers as documents: Markdown, and Word through the export pipeline.

The registers themselves come from ``model.registers`` (search hits from
``model.search``); this module words them in the document language (Swedish or English)
as Markdown tables, and writes .md directly or .docx through ``export.pandoc.convert``
with the project's reference document.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from export.errors import ExportError
from export.escape import inline
from export.exporter import write
from export.pandoc import convert
from model.document_words import document_word, has_document_word
from model.enums import Language
from model.registers import ActionRow, DecisionRow, PersonAttendance
from model.search import Hit


def _cell(text: object) -> str:
    return inline(str(text).replace("\n", " "))


def markdown_table(headers: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def day_text(value: date | None) -> str:
    return value.isoformat() if value else "-"


def item_heading(number: str, title: str) -> str:
    return f"{number} {title}".strip()


def actions_markdown(rows: list[ActionRow], language: Language, *, all_actions: bool) -> str:
    title = (
        document_word(language, "register.actions")
        if all_actions
        else document_word(language, "register.actions.open")
    )
    body = markdown_table(
        [
            document_word(language, "register.owner"),
            document_word(language, "register.due"),
            document_word(language, "register.task"),
            document_word(language, "register.status"),
            document_word(language, "register.from"),
            document_word(language, "register.item"),
            document_word(language, "register.done_in"),
        ],
        [
            [
                ", ".join(r.owner_names) or "-",
                day_text(r.due),
                r.text,
                document_word(language, f"register.status.{r.status.value}"),
                f"{day_text(r.meeting_date)} {r.body}",
                item_heading(r.item_number, r.item_title),
                day_text(r.done_date) if r.done_in_meeting else "",
            ]
            for r in rows
        ],
    )
    return register_document(
        title, body if rows else document_word(language, "register.none"), language
    )


def decisions_markdown(rows: list[DecisionRow], language: Language) -> str:
    body = markdown_table(
        [
            document_word(language, "register.body"),
            document_word(language, "register.date"),
            document_word(language, "register.item"),
            "#",
            document_word(language, "register.decision"),
        ],
        [
            [
                r.body,
                day_text(r.meeting_date),
                item_heading(r.item_number, r.item_title),
                r.paragraph or r.number,
                r.text,
            ]
            for r in rows
        ],
    )
    return register_document(
        document_word(language, "register.decisions"),
        body if rows else document_word(language, "register.none"),
        language,
    )


def search_markdown(hits: list[Hit], text: str, language: Language) -> str:
    body = markdown_table(
        [
            document_word(language, "register.date"),
            document_word(language, "register.body"),
            document_word(language, "register.item"),
            document_word(language, "register.where"),
            document_word(language, "register.text"),
        ],
        [
            [
                day_text(h.meeting_date),
                h.body,
                item_heading(h.item_number, h.item_title),
                (
                    document_word(language, f"register.where.{h.where}")
                    if has_document_word(language, f"register.where.{h.where}")
                    else h.where
                ),
                h.snippet,
            ]
            for h in hits
        ],
    )
    return register_document(
        document_word(language, "register.search", text=text),
        body if hits else document_word(language, "register.none"),
        language,
    )


def attendance_markdown(rows: list[PersonAttendance], language: Language) -> str:
    keys = ["meetings", "present", "remote", "with_notice", "absent", "partly", "rate"]
    body = markdown_table(
        [document_word(language, "register.name")]
        + [document_word(language, f"register.{k}") for k in keys],
        [
            [
                p.name,
                p.meetings,
                p.present,
                p.remote,
                p.with_notice,
                p.absent,
                p.partly,
                f"{p.rate:.0%}",
            ]
            for p in rows
        ],
    )
    return register_document(
        document_word(language, "register.attendance"),
        body if rows else document_word(language, "register.none"),
        language,
    )


def register_document(title: str, body: str, language: Language) -> str:
    made = document_word(language, "register.made", date=date.today().isoformat())
    return f"# {inline(title)}\n\n{body}\n\n{made}\n"


def write_register(markdown: str, path: Path) -> Path:
    """Write a register as .md (as is) or .docx (through pandoc); other types refused."""
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown", ".txt"):
        return write(path, markdown.encode("utf-8"))
    if suffix == ".docx":
        return write(path, convert(markdown, "docx"))
    raise ExportError(path, reason="reason.register_type", suffix=suffix or "(none)")
