"""The registers of motions and of elections as documents (see ``export.registers``)."""

from __future__ import annotations

from export.procedure_labels import plabel
from export.registers import day_text, item_heading, markdown_table, register_document
from model.elections import ElectionKind, Officer
from model.enums import Language
from model.locale import document_section
from model.procedure_registers import ElectionRow, MotionRow

WORDS: dict[str, dict[str, str]] = {
    lang.value: words for lang, words in document_section("procedure_register").items()
}


def words(language: Language | str) -> dict[str, str]:
    """The register words of ``language`` (English for a language without its own)."""
    return WORDS.get(str(language)) or WORDS["en"]


def motions_markdown(rows: list[MotionRow], language: Language) -> str:
    w = words(language)
    outcome_text = [
        f"{w[f'outcome.{r.outcome.value}']}" + (f": {r.decision}" if r.decision else "")
        for r in rows
    ]
    body = markdown_table(
        [w["body"], w["date"], w["item"], "#", w["motion"], w["moved_by"], w["seconded_by"],
         w["outcome"]],
        [
            [r.body, day_text(r.meeting_date), item_heading(r.item_number, r.item_title),
             r.number, r.text, r.moved_by or "-", r.seconded_by or "-", outcome]
            for r, outcome in zip(rows, outcome_text, strict=True)
        ],
    )  # fmt: skip
    return register_document(w["motions"], body if rows else w["none"], language)


def election_office(row: ElectionRow, language: Language) -> str:
    if row.office:
        return row.office
    return (
        plabel(language, f"officer.{row.officer.value}") if row.officer is not Officer.NONE else ""
    )


def election_kind(row: ElectionRow, language: Language) -> str:
    if row.kind is ElectionKind.UNSPECIFIED:
        return ""
    return plabel(language, f"election.kind.{row.kind.value}")


def elections_markdown(rows: list[ElectionRow], language: Language) -> str:
    w = words(language)
    body = markdown_table(
        [w["body"], w["date"], w["item"], w["office"], w["elected"], w["kind"], w["term"]],
        [
            [r.body, day_text(r.meeting_date), item_heading(r.item_number, r.item_title),
             election_office(r, language), ", ".join(r.elected) or "-",
             election_kind(r, language) or "-", r.term or "-"]
            for r in rows
        ],
    )  # fmt: skip
    return register_document(w["elections"], body if rows else w["none"], language)
