"""The German words of the exported document and of the registers (beside the Swedish
and English in ``export.labels`` and ``export.registers``).

Notes of a meeting (minnesanteckningar) are an "Ergebnisprotokoll", formal minutes a
"Protokoll"; the signatures are the Protokollführung's and the Versammlungsleitung's.
"""

from __future__ import annotations

LABELS_DE: dict[str, str] = {
    "title.minnesanteckningar": "Ergebnisprotokoll – {body}",
    "title.protokoll": "Protokoll – {body}",
    "title.minutes": "Protokoll – {body}",
    "time": "Zeit",
    "place": "Ort",
    "present": "Anwesend",
    "absent": "Abwesend",
    "unregistered": "Anwesenheit nicht erfasst",
    "verifiers": "Protokollprüfung",
    "decision": "Beschluss",
    "votes": "Abstimmung: Ja {f}, Nein {a}, Enthaltung {n}.",
    "reservation": "{name} widerspricht dem Beschluss.",
    "reservation.text": "{name} widerspricht dem Beschluss: {text}",
    "protocol_note": "Protokollerklärung von {name}: {text}",
    "protocol_note.plain": "{name} gibt eine Protokollerklärung ab.",
    "recused": (
        "{names} nahmen wegen Befangenheit nicht an der Beratung und Beschlussfassung teil."
    ),
    "recused|one": (
        "{names} nahm wegen Befangenheit nicht an der Beratung und Beschlussfassung teil."
    ),
    "action": "Aufgabe",
    "action.line": "{owner}: {text}",
    "action.line.noowner": "{text}",
    "action.due": "Bis {date}.",
    "aob.intro": "Unter dem Tagesordnungspunkt {item} wird zusätzlich aufgenommen:",
    "aob.item": "Sonstiges",
    "carried": "Der Punkt wurde in einer früheren Sitzung vertagt.",
    "carried.numbered": "Der Punkt wurde in einer früheren Sitzung vertagt (TOP {number}).",
    "presenter": "Berichterstattung: {name}",
    "next": "Nächste Sitzung",
    "next.sentence": "Nächste Sitzung: {when}.",
    "next.sentence.place": "Nächste Sitzung: {when}, {place}.",
    "signed.minnesanteckningar": "Protokollführung",
    "signed.protokoll": "Protokollführung",
    "signed.minutes": "Protokollführung",
    "verified": "Versammlungsleitung",
    "extract.title.minnesanteckningar": "Auszug aus dem Ergebnisprotokoll – {body}",
    "extract.title.protokoll": "Protokollauszug – {body}",
    "extract.title.minutes": "Protokollauszug – {body}",
    "extract.present": "Anwesend bei diesem Punkt",
    "extract.present.many": "Anwesend bei diesen Punkten",
    "extract.certified": "Für die Richtigkeit des Auszugs",
    "chair": "Versammlungsleitung",
    "verifier": "Protokollprüfung",
    "secretary": "Protokollführung",
    "paragraphs": "Geprüfte Paragrafen: {range}",
    "draft": "ENTWURF – nicht genehmigt",
    "conflicts": (
        "Achtung: Die Sitzung hat {count} ungelöste Synchronisationskonflikte. Das Dokument "
        "zeigt an diesen Stellen die eigene Fassung:"
    ),
    "conflicts|one": (
        "Achtung: Die Sitzung hat einen ungelösten Synchronisationskonflikt. Das Dokument "
        "zeigt an dieser Stelle die eigene Fassung:"
    ),
    "conflict.line": "{where}: {field} (geändert von {ours} und {theirs})",
    "conflict.unknown": "unbekannt",
    "item": "TOP {label}",
    "meeting": "die Sitzungsangaben",
    "approval.line": "Genehmigt am {date} von {name}",
    "approval.line.unproven": (
        "Genehmigt am {date} von {name} – nicht nachweisbar, siehe die Warnung oben"
    ),
    "approval.unverified": (
        "WARNUNG: Die Genehmigung ist nicht nachweisbar. Die Datei stimmt nicht mit dem "
        "Genehmigten überein:"
    ),
    "approval.content_changed": "der Text wurde nach der Genehmigung geändert",
    "approval.content_not_as_approved": "der Text ist nicht der genehmigte",
    "approval.approver_changed": "der Name der genehmigenden Person stimmt nicht mit dem erfassten",
    "approval.time_changed": "der Zeitpunkt der Genehmigung stimmt nicht mit dem erfassten",
    "approval.end_changed": "das Sitzungsende stimmt nicht mit dem erfassten",
    "approval.event_missing": "die Genehmigung fehlt im Verlauf der Sitzung",
    "approval.no_hash": "die Prüfsumme der Genehmigung fehlt",
    "approval.no_tag": "die Genehmigung ist nicht in git erfasst",
    "approval.state_edited": (
        "der Status der Sitzung wurde geändert, ohne dass sie zur Berichtigung geöffnet wurde"
    ),
    "approval.reopened_not_approved": (
        "die Sitzung wurde zur Berichtigung geöffnet und nicht erneut genehmigt"
    ),
    "approval.signature": "Markierung oder Signatur der Genehmigung sind nicht nachweisbar",
}

REGISTER_WORDS_DE: dict[str, str] = {
    "actions": "Aufgaben",
    "actions.open": "Offene Aufgaben",
    "decisions": "Beschlussregister",
    "search": "Suchtreffer für \u201e{text}\u201c",
    "attendance": "Anwesenheit je Person",
    "owner": "Zuständig",
    "due": "Bis",
    "task": "Aufgabe",
    "status": "Status",
    "from": "Aus Sitzung",
    "item": "TOP",
    "done_in": "Berichtet",
    "body": "Gremium",
    "date": "Datum",
    "decision": "Beschluss",
    "where": "Wo",
    "text": "Text",
    "name": "Name",
    "meetings": "Sitzungen",
    "present": "Anwesend",
    "remote": "Zugeschaltet",
    "absent": "Abwesend",
    "with_notice": "Entschuldigt",
    "partly": "Teilweise",
    "rate": "Anwesenheit",
    "none": "Keine.",
    "status.open": "offen",
    "status.done": "erledigt",
    "status.cancelled": "entfallen",
    "where.title": "Titel",
    "where.notes": "Notizen",
    "where.decision": "Beschluss",
    "where.action": "Aufgabe",
    "made": "Zusammengestellt am {date}.",
}
