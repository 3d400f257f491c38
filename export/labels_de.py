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
    "action.due": "Bis zum {date}.",
    "action.and": "und",
    "action.nobody": "Zuständigkeit offen",
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
    "verified": "Genehmigt",
    # German minutes only: the line each signer fills in above the signature
    "place_date": "Ort, Datum",
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
    "heading.item": "TOP {number}: {title}",
    "heading.sub": "TOP {number}: {title}",
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
    "where.motion": "Antrag",
    "where.election": "Wahl",
    "made": "Zusammengestellt am {date}.",
}

#: Motions, votes and elections (beside ``export.procedure_labels``): Antrag, unterstützt,
#: angenommen/abgelehnt, namentliche Abstimmung, Wiederwahl/Neuwahl/Nachwahl. A motion is
#: named without article ("Antrag von Anna Berg"), so it reads after "gemäß" and in a list.
PROCEDURE_LABELS_DE: dict[str, str] = {
    "motions": "Anträge",
    "votes": "Abstimmung",
    "elections": "Wahlen",
    "motion.moved": "{name} beantragt {text}",
    "motion.moved.colon": "{name} beantragt: {text}",
    "motion.att": "Antrag: {text}",
    "motion.plain": "Antrag: {text}",
    "motion.seconded": "Der Antrag wird von {name} unterstützt.",
    "motion.adopted": "Der Antrag wird angenommen.",
    "motion.rejected": "Der Antrag wird abgelehnt.",
    "motion.amended": "Der Antrag wird mit Änderung angenommen.",
    "motion.amended.text": "Der Antrag wird mit Änderung angenommen: {text}",
    "motion.withdrawn": "Der Antrag wird zurückgezogen.",
    "motion.decision": "Beschluss: {text}",
    "motion.of": "Antrag von {name}",
    "motion.numbered": "Antrag {number}",
    "proposition": "Die Versammlungsleitung stellt zur Abstimmung: {motions}",
    "proposition.found": "Die Versammlungsleitung stellt zur Abstimmung: {motions}. Sie stellt "
    "fest: {body} beschließt gemäß {adopted}.",
    "proposition.rejected": "Die Versammlungsleitung stellt zur Abstimmung: {motions}. Sie "
    "stellt fest, dass die Anträge abgelehnt sind.",
    "and": "und",
    "the_meeting": "Die Versammlung",
    "vote.unanimous": "Einstimmig angenommen.",
    "vote.count": "Abstimmung: Ja {f}, Nein {a}, Enthaltung {n}.",
    "vote.options": "Abstimmung: {options}.",
    "vote.secret": "Geheime Abstimmung: {options}.",
    "vote.secret.count": "Geheime Abstimmung: Ja {f}, Nein {a}, Enthaltung {n}.",
    "vote.option": "{name} {count}",
    "vote.on": "Abstimmung über {motion}:",
    "vote.roll_call": "Namentliche Abstimmung wird verlangt und durchgeführt.",
    "vote.roll_call.result": "Abstimmungsergebnis: Ja {f}, Nein {a}, Enthaltung {n}.",
    "vote.electorate": "Stimmberechtigt: {count}.",
    "vote.result": "Ergebnis: {text}",
    "roll.name": "Mitglied",
    "roll.yes": "Ja",
    "roll.no": "Nein",
    "roll.abstain": "Enthaltung",
    "roll.absent": "Abwesend",
    "roll.total": "Summe",
    "roll.mark": "X",
    "roll.serving": "{name}, Stellvertretung für {member}",
    "election.line": "{office}: {names}",
    "election.none": "{office}: niemand gewählt",
    "election.term": "Amtszeit {term}",
    "election.kind.new": "Neuwahl",
    "election.kind.re": "Wiederwahl",
    "election.kind.fill": "Nachwahl",
    "election.candidates": "Zur Wahl standen: {names}.",
    "election.nominated": "Vorgeschlagen von {by}.",
    "election.nominated.candidates": "Wahlvorschlag von {by}: {names}.",
    "election.vacant": "Unbesetzt gebliebene Sitze: {count}.",
    "election.accepted": "Die Gewählten nehmen die Wahl an.",
    "election.accepted.one": "Die gewählte Person nimmt die Wahl an.",
    "election.declined": "Die Wahl wurde nicht angenommen.",
    "officer.meeting_chair": "Versammlungsleitung",
    "officer.meeting_secretary": "Protokollführung",
    "officer.verifier": "Protokollprüfung",
    "officer.teller": "Stimmzählung",
    "sign.meeting_chair": "Versammlungsleitung",
    "sign.meeting_secretary": "Protokollführung",
}

#: The registers of motions and of elections (beside ``export.procedure_registers``).
PROCEDURE_REGISTER_WORDS_DE: dict[str, str] = {
    "motions": "Antragsregister",
    "elections": "Wahlregister",
    "body": "Gremium",
    "date": "Datum",
    "item": "TOP",
    "motion": "Antrag",
    "moved_by": "Beantragt von",
    "seconded_by": "Unterstützt von",
    "outcome": "Ergebnis",
    "office": "Amt",
    "elected": "Gewählt",
    "kind": "Wahlart",
    "term": "Amtszeit",
    "none": "Keine.",
    "outcome.pending": "nicht entschieden",
    "outcome.adopted": "angenommen",
    "outcome.rejected": "abgelehnt",
    "outcome.amended": "mit Änderung angenommen",
    "outcome.withdrawn": "zurückgezogen",
}
