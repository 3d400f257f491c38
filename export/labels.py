"""The words of the exported document, in the meeting's document language.

Words about attendance and item status come from ``model.wording`` (shared with the
screen); this module adds the document's own labels: the header table, the decision
block, the signature block and the draft mark.
"""

from __future__ import annotations

from export.labels_de import LABELS_DE
from model.enums import DocumentKind, Language
from model.texts import lookup

LABELS: dict[Language, dict[str, str]] = {
    Language.SV: {
        "title.minnesanteckningar": "Minnesanteckningar från {body}",
        "title.protokoll": "Protokoll {body}",
        "title.minutes": "Protokoll {body}",
        "time": "Tid",
        "place": "Plats",
        "present": "Deltagare",
        "absent": "Ej närvarande",
        "unregistered": "Närvaro ej registrerad",
        "verifiers": "Justerare",
        "decision": "Beslut",
        "votes": "Omröstning: {f} för, {a} emot, {n} avstod.",
        "reservation": "{name} reserverar sig mot beslutet.",
        "reservation.text": "{name} reserverar sig mot beslutet: {text}",
        "protocol_note": "Protokollsanteckning från {name}: {text}",
        "protocol_note.plain": "{name} lämnar en protokollsanteckning.",
        "recused": "{names} deltog inte i beslutet på grund av jäv.",
        "action": "Uppdrag",
        "action.line": "{owner}: {text}",
        "action.due": "Senast {date}.",
        "action.and": "och",
        "action.nobody": "Ansvarig saknas",
        "aob.intro": "Till dagordningens punkt {item} läggs även följande:",
        "aob.item": "Övriga frågor",
        "carried": "Punkten bordlades vid ett tidigare möte.",
        "carried.numbered": "Punkten bordlades vid ett tidigare möte (punkt {number}).",
        "presenter": "Föredragande: {name}",
        "next": "Nästa möte",
        "next.sentence": "Nästa möte: {when}.",
        "next.sentence.place": "Nästa möte: {when}, {place}.",
        "signed.minnesanteckningar": "Vid anteckningarna",
        "signed.protokoll": "Vid protokollet",
        "signed.minutes": "Vid protokollet",
        "place_date": "",  # no "place, date" line above a Swedish signature
        "verified": "Justeras",
        "extract.title.minnesanteckningar": "Utdrag ur minnesanteckningar, {body}",
        "extract.title.protokoll": "Protokollsutdrag, {body}",
        "extract.title.minutes": "Protokollsutdrag, {body}",
        "extract.present": "Närvarande vid punkten",
        "extract.present.many": "Närvarande vid punkterna",
        "extract.certified": "Rätt utdraget intygar",
        "chair": "ordförande",
        "verifier": "justerare",
        "secretary": "sekreterare",
        "paragraphs": "Justerade paragrafer: {range}",
        "draft": "UTKAST – ej justerat",
        "conflicts": (
            "Observera: mötet har {count} olösta synkkonflikter. Dokumentet visar den egna "
            "versionen på dessa ställen:"
        ),
        "conflicts|one": (
            "Observera: mötet har en olöst synkkonflikt. Dokumentet visar den egna versionen "
            "på det stället:"
        ),
        "conflict.line": "{where}: {field} (ändrad av {ours} och {theirs})",
        "conflict.unknown": "okänd",
        "item": "punkt {label}",
        "heading.item": "{number}. {title}",
        "heading.sub": "{number} {title}",
        "meeting": "mötesuppgifterna",
        "approval.line": "Justerat {date} av {name}",
        "approval.line.unproven": (
            "Justerat {date} av {name} – kan inte styrkas, se varningen överst"
        ),
        "approval.unverified": (
            "VARNING: justeringen kan inte styrkas. Filen stämmer inte med det som justerades:"
        ),
        "approval.content_changed": "texten har ändrats efter justeringen",
        "approval.content_not_as_approved": "texten är inte den som justerades",
        "approval.approver_changed": "justerarens namn stämmer inte med det registrerade",
        "approval.time_changed": "tiden för justeringen stämmer inte med den registrerade",
        "approval.end_changed": "mötets sluttid stämmer inte med den registrerade",
        "approval.event_missing": "justeringen saknas i mötets logg",
        "approval.no_hash": "kontrollsumman för justeringen saknas",
        "approval.no_tag": "justeringen är inte registrerad i git",
        "approval.state_edited": "mötets status har ändrats utan att det öppnats för rättelse",
        "approval.reopened_not_approved": "mötet öppnades för rättelse och har inte justerats igen",
        "approval.signature": "justeringens märkning eller signatur går inte att styrka",
    },
    Language.EN: {
        "title.minnesanteckningar": "Notes from {body}",
        "title.protokoll": "Minutes of {body}",
        "title.minutes": "Minutes of {body}",
        "time": "Time",
        "place": "Place",
        "present": "Present",
        "absent": "Absent",
        "unregistered": "Attendance not recorded",
        "verifiers": "Verifiers",
        "decision": "Decision",
        "votes": "Vote: {f} for, {a} against, {n} abstained.",
        "reservation": "{name} recorded dissent.",
        "reservation.text": "{name} recorded dissent: {text}",
        "protocol_note": "Statement for the minutes by {name}: {text}",
        "protocol_note.plain": "{name} asked for a statement in the minutes.",
        "recused": "{names} did not take part (conflict of interest).",
        "action": "Action",
        "action.line": "{owner}: {text}",
        "action.due": "Due {date}.",
        "action.and": "and",
        "action.nobody": "No owner",
        "aob.intro": "The following was added under {item}:",
        "aob.item": "Any other business",
        "carried": "This item was tabled at an earlier meeting.",
        "carried.numbered": "This item was tabled at an earlier meeting (item {number}).",
        "presenter": "Presented by {name}",
        "next": "Next meeting",
        "next.sentence": "Next meeting: {when}.",
        "next.sentence.place": "Next meeting: {when}, {place}.",
        "signed.minnesanteckningar": "Minutes recorded by",
        "signed.protokoll": "Minutes recorded by",
        "signed.minutes": "Minutes recorded by",
        "place_date": "",  # nor above an English one
        "verified": "Approved by",
        "extract.title.minnesanteckningar": "Extract from the notes of {body}",
        "extract.title.protokoll": "Extract from the minutes of {body}",
        "extract.title.minutes": "Extract from the minutes of {body}",
        "extract.present": "Present at the item",
        "extract.present.many": "Present at the items",
        "extract.certified": "Certified a true extract",
        "chair": "chair",
        "verifier": "verifier",
        "secretary": "secretary",
        "paragraphs": "Sections verified: {range}",
        "draft": "DRAFT – not approved",
        "conflicts": (
            "Note: this meeting has {count} unresolved sync conflicts. The document shows "
            "this computer's version at these places:"
        ),
        "conflicts|one": (
            "Note: this meeting has one unresolved sync conflict. The document shows this "
            "computer's version at that place:"
        ),
        "conflict.line": "{where}: {field} (changed by {ours} and {theirs})",
        "conflict.unknown": "unknown",
        "item": "item {label}",
        "heading.item": "{number}. {title}",
        "heading.sub": "{number} {title}",
        "meeting": "the meeting details",
        "approval.line": "Approved {date} by {name}",
        "approval.line.unproven": (
            "Approved {date} by {name} – cannot be proven, see the warning at the top"
        ),
        "approval.unverified": (
            "WARNING: the approval cannot be proven. The file does not match what was approved:"
        ),
        "approval.content_changed": "the text was changed after the approval",
        "approval.content_not_as_approved": "the text is not the text that was approved",
        "approval.approver_changed": "the approver's name does not match the record",
        "approval.time_changed": "the approval time does not match the record",
        "approval.end_changed": "the meeting's end time does not match the record",
        "approval.event_missing": "the approval is missing from the meeting's log",
        "approval.no_hash": "the approval hash is missing",
        "approval.no_tag": "the approval is not recorded in git",
        "approval.state_edited": "the meeting's state was changed without a reopening",
        "approval.reopened_not_approved": "the meeting was reopened and not approved again",
        "approval.signature": "the approval's tag or signature cannot be verified",
    },
}


LABELS[Language.DE] = LABELS_DE


def label(language: Language, key: str, **values: object) -> str:
    """The document label ``key`` in ``language``, filled with ``values`` (an integer
    ``count`` picks the plural form, as ``model.texts.lookup``)."""
    return lookup(LABELS, language, key, **values)


def title(kind: DocumentKind, language: Language, body: str) -> str:
    """ "Minnesanteckningar från X", "Protokoll X", "Minutes of X"."""
    return label(language, f"title.{kind.value}", body=body)
