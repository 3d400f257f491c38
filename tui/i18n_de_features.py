"""German texts of the body setup (agenda templates, members), attendance details
(Befangenheit, Vertretung, Beschlussfähigkeit), motions, votes and elections, and the
document options (house templates, extracts, sub-items). Part of ``tui.i18n_de.DE``."""

from __future__ import annotations

DE_FEATURES: dict[str, str] = {
    "cli.from_template": "Die Tagesordnung ist die Vorlage des Gremiums ({count} Punkte).",
    "cli.from_template|one": "Die Tagesordnung ist die Vorlage des Gremiums (1 Punkt).",
    "verify.review_mark": (
        "⚠ Die Genehmigung ist nicht nachweisbar: Die Datei stimmt nicht mit der "
        "Genehmigungsmarkierung in git überein. 'minutes verify' zeigt, was abweicht."
    ),
    # agenda templates
    "template.none": (
        "{body} hat keine Tagesordnungsvorlage. Anlegen: minutes template set {body} --default"
    ),
    "template.heading": "Tagesordnungsvorlage von {body} ({count} Punkte):",
    "template.heading|one": "Tagesordnungsvorlage von {body} (1 Punkt):",
    "template.rules": "Ständige Regeln: {rules}",
    "template.saved": "Die Vorlage von {body} ist gespeichert: {count} Punkte.",
    "template.saved|one": "Die Vorlage von {body} ist gespeichert: 1 Punkt.",
    "template.rules_saved": "Die ständigen Regeln von {body} sind gespeichert.",
    "template.rules_cleared": "{body} hat keine ständigen Regeln mehr.",
    "template.removed": "Die Vorlage von {body} ist entfernt.",
    "template.unreadable": "{path} konnte nicht gelesen werden: {detail}",
    "template.type_items": "Einen Punkt je Zeile eingeben, mit Strg+D abschließen:",
    "template.error.empty": "Die Vorlage hat keine Punkte: einen Punkt je Zeile eingeben.",
    "template.error.too_many": "Die Vorlage hat zu viele Punkte (höchstens 60).",
    "template.app.title": "Tagesordnungsvorlage von {body}",
    "template.app.hint": (
        "Ein Punkt je Zeile, in der Reihenfolge der Sitzung. Wofür ein Punkt steht "
        "(Eröffnung, Protokollprüfung, Sonstiges, nächste Sitzung …), wird aus dem Titel "
        "gelesen. Strg+S speichert, Esc bricht ab."
    ),
    "template.app.rules": "Ständige Regeln (kursiv im Protokoll; leer: keine)",
    "template.app.saved": (
        "Die Vorlage von {body} ist gespeichert ({count} Punkte). Neue Sitzungen beginnen damit."
    ),
    "template.app.saved|one": (
        "Die Vorlage von {body} ist gespeichert (1 Punkt). Neue Sitzungen beginnen damit."
    ),
    "template.app.ask_body": "Tagesordnungsvorlage: für welches Gremium?",
    "key.template": "Vorlage",
    "key.roster": "Mitglieder",
    "help.roster": "Die Mitglieder des Gremiums: hinzufügen, ändern, ordnen, entfernen, einlesen.",
    "help.template": ("Tagesordnungsvorlage und ständige Regeln des Gremiums, für neue Sitzungen."),
    "form.header.rules": "Ständige Regeln (kursiver Text im Protokoll, z. B. zu Beschlüssen)",
    # Sonstiges promoted to an item of its own
    "aob.promoted": "{title} ist jetzt TOP {number}.",
    "aob.not_aob": "Zuerst einen Punkt unter Sonstiges markieren.",
    "key.promote_aob": "Sonstiges zu TOP",
    "help.promote_aob": (
        "Macht den markierten Punkt unter Sonstiges zu einem eigenen Tagesordnungspunkt."
    ),
    # the members screen
    "rosterscreen.title": "Mitglieder von {body}",
    "rosterscreen.hint": (
        "n neu · Enter/e ändern · k/j verschieben · m Gast wird Mitglied · Entf entfernen · "
        "i einfügen/einlesen · Esc"
    ),
    "rosterscreen.empty": (
        "{body} hat noch keine Mitglieder. n fügt eines hinzu, i fügt eine Liste ein."
    ),
    "rosterscreen.import_title": "Mitglieder einlesen",
    "rosterscreen.import_file": "CSV-Datei (Name, Organisation, Funktion je Zeile) oder leer",
    "rosterscreen.import_text": "… oder einfügen: Name, Organisation, Funktion; Name, …",
    "rosterscreen.no_file": "Die Datei {path} existiert nicht.",
    # attendance: Befangenheit, Vertretung, Beschlussfähigkeit, settings of the body
    "key.att.recused": "Befangenheit",
    "key.att.serve_for": "Vertritt",
    "key.att.declare_quorum": "Beschlussfähig",
    "key.att.body_settings": "Einstellungen des Gremiums",
    "help.att.recused": (
        "Befangenheit beim aktuellen TOP (nochmals: entfernt); steht im Protokoll unter dem TOP."
    ),
    "help.att.serve_for": "Die Vertretung nimmt für ein Mitglied an einer Reihe von TOPs teil.",
    "help.att.declare_quorum": (
        "Die Beschlussfähigkeit wird festgestellt (nochmals: zurückgenommen)."
    ),
    "help.att.body_settings": "Uhrzeiten der TOPs im Protokoll, Regel der Beschlussfähigkeit.",
    "att.recused_on": "{name}: befangen bei TOP {item}.",
    "att.recused_off": "{name}: Befangenheit bei TOP {item} entfernt.",
    "att.quorum_declared": "Die Beschlussfähigkeit wird festgestellt.",
    "att.quorum_undeclared": "Die Beschlussfähigkeit ist nicht mehr festgestellt.",
    "att.quorum_warning": "⚠ nicht beschlussfähig {present}/{seats} ({needed} erforderlich)",
    "att.quorum_ok": "beschlussfähig {present}/{seats}",
    "form.serve": "Vertretung nimmt teil",
    "form.serve.for": "Für Mitglied",
    "form.serve.from": "Ab TOP (leer: von Beginn an)",
    "form.serve.until": "Bis TOP (leer: bis zum Schluss)",
    "form.body": "Einstellungen von {body}",
    "form.body.item_times": "Uhrzeit jedes TOPs im Protokoll (ja/nein)",
    "form.body.quorum": ("Beschlussfähigkeit (half = mehr als die Hälfte, min:5 = mindestens 5)"),
    "form.body.bad_yes_no": "Bitte ja oder nein schreiben.",
    "att.settings_saved": (
        "Die Einstellungen gelten für diese Sitzung und die nächsten Sitzungen des Gremiums."
    ),
    "review.table.presence": "Anwesenheit (Zeitraum)",
    "review.field.from_item": "ab TOP",
    "review.field.until_item": "bis TOP",
    "review.field.from_time": "ab Uhrzeit",
    "review.field.until_time": "bis Uhrzeit",
    "review.field.serves_for": "vertritt",
    "review.field.item_times": "Uhrzeiten der TOPs",
    "review.field.quorum": "Regel der Beschlussfähigkeit",
    "review.field.quorum_declared": "Beschlussfähigkeit festgestellt",
    # motions (Anträge), votes (Abstimmungen), elections (Wahlen)
    "key.add_motion": "Antrag",
    "key.add_vote": "Abstimmung",
    "key.add_election": "Wahl",
    "key.seconding": "Anträge unterstützen (an/aus)",
    "help.add_motion": (
        "Neuer Antrag: Vorschlag, wer ihn stellt (und unterstützt), Ergebnis, Beschluss."
    ),
    "help.add_vote": "Abstimmung: einstimmig, Stimmenzahlen, zwischen Kandidaten oder namentlich.",
    "help.add_election": (
        "Wahl: Amt, Gewählte, Wieder-/Neuwahl, Amtszeit, Kandidaten, Sitzungsfunktion."
    ),
    "help.seconding": (
        "Schaltet ein oder aus, dass Anträge dieses Gremiums unterstützt werden "
        "(gilt auch für die nächste Sitzung)."
    ),
    "form.motion": "Antrag zu TOP {number}",
    "form.motion_edit": "Antrag {motion} zu TOP {number} ändern",
    "form.motion.text": "Vorschlag (z. B. den Beitrag auf 30 € zu erhöhen)",
    "form.motion.moved_by": "Antrag von (ein Name oder z. B. der Vorstand)",
    "form.motion.seconded_by": "Unterstützt von",
    "form.motion.outcome": (
        "Ergebnis: angenommen, abgelehnt, geändert, zurückgezogen (leer: nicht entschieden)"
    ),
    "form.motion.decision": "Beschluss über den Antrag (z. B. angenommen)",
    "form.motion.amended_text": "Geänderter Wortlaut (bei Ergebnis geändert)",
    "form.vote": "Abstimmung zu TOP {number}",
    "form.vote_edit": "Abstimmung zu TOP {number} ändern",
    "form.vote.motion": "Über Antrag Nr. (leer: keinen)",
    "form.vote.election": "Bei der Wahl für (Amt; leer: keine)",
    "form.vote.count": "Ergebnis: einstimmig, 7-2-0 oder Anna 12, Bo 7",
    "form.vote.yes": "Namentlich – Ja (Namen, durch Komma getrennt)",
    "form.vote.no": "Namentlich – Nein",
    "form.vote.abstain": "Namentlich – Enthaltung",
    "form.vote.electorate": "Stimmberechtigt (Namen oder Anzahl; leer: anwesende Mitglieder)",
    "form.vote.secret": "Geheime Abstimmung (ja/nein)",
    "form.vote.result": "Ergebnis, wie die Versammlungsleitung es verkündet (frei)",
    "form.election": "Wahl zu TOP {number}",
    "form.election_edit": "Wahl zu TOP {number} ändern",
    "form.election.office": "Amt (z. B. Vorsitz, Kasse)",
    "form.election.elected": "Gewählt (Namen, durch Komma getrennt)",
    "form.election.kind": "Wiederwahl, Neuwahl oder Nachwahl (wieder/neu/nach)",
    "form.election.term": "Amtszeit (z. B. 2 Jahre)",
    "form.election.candidates": "Kandidaten (Namen; leer: keine angegeben)",
    "form.election.nominated_by": "Vorgeschlagen von (z. B. dem Wahlausschuss)",
    "form.election.seats": "Anzahl der Sitze (leer: nicht angegeben)",
    "form.election.accepted": "Die Gewählten haben angenommen (ja/nein; leer: nicht vermerkt)",
    "form.election.officer": (
        "Funktion in der Sitzung (z. B. Versammlungsleitung, Protokollprüfung, Stimmzählung)"
    ),
    "form.bad_outcome": (
        "Unbekanntes Ergebnis: {value}. Bitte angenommen, abgelehnt, geändert oder "
        "zurückgezogen schreiben."
    ),
    "form.bad_count": (
        "Unbekanntes Ergebnis: {value}. Bitte einstimmig, 7-2-0 oder Anna 12, Bo 7 schreiben."
    ),
    "form.bad_yes_no": "{field}: bitte ja oder nein schreiben.",
    "form.bad_number": "{field}: bitte eine ganze Zahl schreiben.",
    "form.bad_kind": "Unbekannte Wahlart: {value}. Bitte wieder, neu oder nach schreiben.",
    "form.bad_officer": "Unbekannte Funktion in der Sitzung: {value}.",
    "form.no_such_motion": "Der TOP hat keinen Antrag Nr. {value}.",
    "form.no_such_election": "Der TOP hat keine Wahl für {value}.",
    "form.count_and_roll_call": (
        "Bitte entweder das Ergebnis oder die namentliche Abstimmung angeben, nicht beides."
    ),
    "form.no_vote": "Bitte das Ergebnis oder die namentliche Abstimmung angeben.",
    "records.motion": "Antrag",
    "records.vote": "Abstimmung",
    "records.election": "Wahl",
    "app.seconding_on": (
        "Anträge dieses Gremiums werden jetzt unterstützt (das Feld Unterstützt von erscheint)."
    ),
    "app.seconding_off": "Anträge dieses Gremiums werden nicht mehr unterstützt.",
    "review.table.motions": "Antrag",
    "review.table.votes": "Abstimmung",
    "review.table.elections": "Wahl",
    "review.field.moved_by_name": "beantragt von",
    "review.field.seconded_by_name": "unterstützt von",
    "review.field.outcome": "Ergebnis",
    "review.field.decision": "Beschluss",
    "review.field.amended_text": "geänderter Wortlaut",
    "review.field.method": "Abstimmungsart",
    "review.field.roll_call": "namentliche Abstimmung",
    "review.field.electorate": "Stimmberechtigte",
    "review.field.options": "Alternativen",
    "review.field.option_counts": "Stimmen je Alternative",
    "review.field.result": "Ergebnis",
    "review.field.office": "Amt",
    "review.field.elected": "Gewählte",
    "review.field.candidates": "Kandidaten",
    "review.field.nominated_by": "vorgeschlagen von",
    "review.field.term": "Amtszeit",
    "review.field.seats": "Sitze",
    "review.field.accepted": "angenommen",
    "review.field.officer": "Funktion in der Sitzung",
    "register.no_motions": "Keine Anträge.",
    "register.no_elections": "Keine Wahlen.",
    "followup.app.where.motion": "Antrag",
    "followup.app.where.election": "Wahl",
    "records.outcome.adopted": "angenommen",
    "records.outcome.rejected": "abgelehnt",
    "records.outcome.amended": "mit Änderung angenommen",
    "records.outcome.withdrawn": "zurückgezogen",
    "records.method.count": "Stimmenzahlen",
    "records.method.unanimous": "einstimmig",
    "records.method.options": "zwischen Kandidaten",
    "records.method.roll_call": "namentlich",
    "records.officer.meeting_chair": "Versammlungsleitung",
    "records.officer.meeting_secretary": "Protokollführung",
    "records.officer.verifier": "Protokollprüfung",
    "records.officer.teller": "Stimmzählung",
    # document options: house templates, extracts, own sentences, sub-items
    "config.doc.templates": (
        'Hausvorlagen für Word: Gremium = "Pfad einer .docx" ("*" = alle anderen Gremien).'
    ),
    "export.template": "Hausvorlage (.docx oder .odt; leer: die eingebaute)",
    "export.items": "Nur diese TOPs (Auszug: 5 oder 5,7; leer: das ganze Protokoll)",
    "key.export_extract": "Protokollauszug: die gewählten TOPs (der angezeigte zuerst)",
    "form.sentence": "Eigener Satz im Protokoll (leer: der Standardsatz; → ergänzt)",
    "app.sub_focus": (
        "Unterpunkt {number} \u201e{title}\u201c: Notizen, Beschlüsse, Aufgaben und "
        "Vertagung gelten für ihn ({keys} {parent} führt zurück zum TOP)."
    ),
}
