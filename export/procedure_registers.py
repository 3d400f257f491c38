"""The registers of motions and of elections as documents (see ``export.registers``)."""

from __future__ import annotations

from export.registers import day_text, item_heading, markdown_table, register_document
from model.document_words import document_word
from model.elections import ElectionKind, Officer
from model.enums import Language
from model.procedure_registers import ElectionRow, MotionRow


def motions_markdown(rows: list[MotionRow], language: Language) -> str:
    outcome_text = [
        f"{document_word(language, f'procedure_register.outcome.{r.outcome.value}')}"
        + (f": {r.decision}" if r.decision else "")
        for r in rows
    ]
    body = markdown_table(
        [document_word(language, f"procedure_register.{k}") if k != "#" else k
         for k in ("body", "date", "item", "#", "motion", "moved_by", "seconded_by", "outcome")],
        [
            [r.body, day_text(r.meeting_date), item_heading(r.item_number, r.item_title),
             r.number, r.text, r.moved_by or "-", r.seconded_by or "-", outcome]
            for r, outcome in zip(rows, outcome_text, strict=True)
        ],
    )  # fmt: skip
    return register_document(
        document_word(language, "procedure_register.motions"),
        body if rows else document_word(language, "procedure_register.none"),
        language,
    )


def election_office(row: ElectionRow, language: Language) -> str:
    if row.office:
        return row.office
    return (
        document_word(language, f"procedure.officer.{row.officer.value}")
        if row.officer is not Officer.NONE
        else ""
    )


def election_kind(row: ElectionRow, language: Language) -> str:
    if row.kind is ElectionKind.UNSPECIFIED:
        return ""
    return document_word(language, f"procedure.election.kind.{row.kind.value}")


def elections_markdown(rows: list[ElectionRow], language: Language) -> str:
    body = markdown_table(
        [document_word(language, f"procedure_register.{k}")
         for k in ("body", "date", "item", "office", "elected", "kind", "term")],
        [
            [r.body, day_text(r.meeting_date), item_heading(r.item_number, r.item_title),
             election_office(r, language), ", ".join(r.elected) or "-",
             election_kind(r, language) or "-", r.term or "-"]
            for r in rows
        ],
    )  # fmt: skip
    return register_document(
        document_word(language, "procedure_register.elections"),
        body if rows else document_word(language, "procedure_register.none"),
        language,
    )
