"""German interface texts: the command line, the archive and meeting screens.

The German of a Verein's or a Gemeinderat's Schriftführer: Sitzung, Tagesordnungspunkt
(TOP), Beschluss, Aufgabe, Sonstiges, vertagt, Protokoll genehmigen. The other parts of
the app are in ``tui/i18n_de_sync.py`` and ``tui/i18n_de_more.py``; ``DE`` holds them all.
"""

from __future__ import annotations

from tui.i18n_de_features import DE_FEATURES
from tui.i18n_de_more import DE_MORE
from tui.i18n_de_sync import DE_SYNC

DE: dict[str, str] = {
    "cli.created": "Die Sitzung {title} ({date}) wurde angelegt.",
    "cli.no_meetings": (
        "Das Archiv {path} enthält noch keine Sitzungen. Legen Sie eine mit 'minutes new' an."
    ),
    "cli.demo_written": "Die Demo-Sitzung wurde nach {path} geschrieben.",
    "cli.check_ok": "Keine Probleme gefunden.",
    "cli.body_required": "--body ist anzugeben (das Gremium, das tagt)",
    "cli.recovered": "Warnung: {detail}",
    "state.draft": "Entwurf",
    "state.in_progress": "läuft",
    "state.awaiting_approval": "wartet auf Genehmigung",
    "state.approved": "genehmigt",
    "list.date": "Datum",
    "list.body": "Gremium",
    "list.title": "Titel",
    "list.state": "Status",
    "list.id": "Id",
    "prompt.body": "Gremium (z. B. Vorstand oder Ausschuss)",
    "prompt.title": "Titel",
    "prompt.date": "Datum (JJJJ-MM-TT)",
    "prompt.start": "Beginn (z. B. 18.30)",
    "prompt.end": "Ende (z. B. 20.00)",
    "prompt.place": "Ort",
    "export.written": "{path} geschrieben",
    "export.draft_note": (
        "Hinweis: Die Sitzung ist nicht genehmigt; das Dokument ist als Entwurf gekennzeichnet."
    ),
    "export.conflicts_note": (
        "Warnung: Die Sitzung hat {count} ungelöste Synchronisationskonflikte; sie stehen "
        "oben im Dokument."
    ),
    "export.conflicts_note|one": (
        "Warnung: Die Sitzung hat einen ungelösten Synchronisationskonflikt; er steht oben "
        "im Dokument."
    ),
    "export.template_ignored": (
        "Die Vorlage gilt nur für docx, odt und pdf; für {fmt} wird sie nicht verwendet."
    ),
    "export.title": "Protokoll exportieren",
    "export.choose": "Format wählen (Pfeil hoch/runter, Enter):",
    "export.format.docx": "Word (.docx)",
    "export.format.odt": "OpenDocument (.odt)",
    "export.format.html": "Webseite (.html)",
    "export.format.md": "Markdown (.md)",
    "export.format.pdf": "PDF (.pdf)",
    "export.open_after": "Datei danach öffnen",
    "export.cancel": "Abbrechen",
    "export.working": "Export nach {fmt} …",
    "export.open_failed": "{path} konnte nicht geöffnet werden: {detail}",
    "export.language": "Dokumentsprache: {language} (l wechselt)",
    "language.sv": "Schwedisch",
    "language.en": "Englisch",
    "language.de": "Deutsch",
    "form.header.language": "Dokumentsprache (sv, en, de)",
    "form.bad_language": "Dokumentsprache: {value} ist keine von sv, en, de.",
    "review.field.language": "Dokumentsprache",
    "live.a_decision_needs_a_text": "ein Beschluss braucht einen Text",
    "live.a_person_needs_a_name": "eine Person braucht einen Namen",
    "live.already_at_the_meeting": "ist schon in der Sitzung",
    "live.an_action_needs_a_text": "eine Aufgabe braucht einen Text",
    "live.an_item_needs_a_title": "ein Punkt braucht einen Titel",
    "live.no_current_item": "kein aktueller TOP",
    "live.no_such_action": "diese Aufgabe gibt es nicht",
    "live.no_such_decision": "diesen Beschluss gibt es nicht",
    "live.no_such_item": "diesen Punkt gibt es nicht",
    "live.no_such_member_to_substitute_for": "das zu vertretende Mitglied gibt es nicht",
    "live.no_such_person": "diese Person gibt es nicht",
    "live.no_such_sub_item": "diesen Unterpunkt gibt es nicht",
    "live.not_an_action_follow_up_of_this_meeting": (
        "keine Nachverfolgung einer Aufgabe dieser Sitzung"
    ),
    "live.the_meeting_has_started_withdraw_the_item_instead": (
        "die Sitzung ist eröffnet: setzen Sie den Punkt stattdessen ab"
    ),
    "live.this_record_cannot_be_deleted": "dieser Eintrag kann nicht gelöscht werden",
    # refusals of motions, votes, elections, presence and edits (model.refusal)
    "live.a_counted_vote_needs_its_numbers_for_against_abstain": (
        "eine ausgezählte Abstimmung braucht ihre Zahlen (Ja-Nein-Enthaltung)"
    ),
    "live.a_motion_cannot_be_seconded_by_its_mover": (
        "wer den Antrag stellt, kann ihn nicht selbst unterstützen"
    ),
    "live.a_motion_needs_its_proposal_text": "ein Antrag braucht seinen Vorschlag",
    "live.a_person_cannot_serve_for_themselves": "niemand kann sich selbst vertreten",
    "live.a_roll_call_vote_needs_who_voted_yes_no_or_abstained": (
        "eine namentliche Abstimmung braucht, wer mit Ja, Nein oder Enthaltung gestimmt hat"
    ),
    "live.a_secret_ballot_has_no_roll_call": "eine geheime Abstimmung ist nicht namentlich",
    "live.a_vote_among_options_needs_each_option_with_its_count": (
        "eine Abstimmung über Optionen braucht jede Option mit ihrer Stimmenzahl"
    ),
    "live.a_vote_count_cannot_be_negative": "eine Stimmenzahl kann nicht negativ sein",
    "live.an_amended_text_needs_the_outcome_amended": (
        "ein geänderter Wortlaut braucht das Ergebnis 'geändert'"
    ),
    "live.an_election_needs_the_office": "eine Wahl braucht das Amt",
    "live.an_electorate_has_at_least_one_voter": (
        "es gibt mindestens eine stimmberechtigte Person"
    ),
    "live.an_office_has_at_least_one_seat": "ein Amt hat mindestens einen Sitz",
    "live.an_option_of_the_vote_has_no_name": "eine Option der Abstimmung hat keinen Namen",
    "live.arrives_before_an_earlier_interval_ends": ("kommt, bevor eine frühere Anwesenheit endet"),
    "live.elected_but_not_among_the_candidates": (
        "gewählt, aber nicht unter den Kandidaten: {names}"
    ),
    "live.elected_to_seats|one": "{elected} gewählt für {count} Sitz",
    "live.elected_to_seats": "{elected} gewählt für {count} Sitze",
    "live.give_the_electorate_as_names_or_as_a_number_not_both": (
        "die Stimmberechtigten als Namen oder als Anzahl angeben, nicht beides"
    ),
    "live.is_a_member_only_a_substitute_serves_for_one": (
        "{name} ist Mitglied: nur eine Vertretung vertritt ein Mitglied"
    ),
    "live.is_not_a_member_a_substitute_serves_for_a_member": (
        "{name} ist kein Mitglied: eine Vertretung vertritt ein Mitglied"
    ),
    "live.leaves_before_arriving": "geht, bevor die Person gekommen ist",
    "live.no_such_election": "diese Wahl gibt es nicht",
    "live.no_such_motion": "diesen Antrag gibt es nicht",
    "live.no_such_vote": "diese Abstimmung gibt es nicht",
    "live.not_an_aob_matter": "kein Punkt unter Sonstiges",
    "live.not_present_at_this_item_so_not_in_its_electorate": (
        "bei diesem Punkt nicht anwesend, also nicht stimmberechtigt: {names}"
    ),
    "live.the_meeting_has_one_chair_and_one_secretary": (
        "die Sitzung hat eine Sitzungsleitung und eine Protokollführung"
    ),
    "live.the_motion_voted_on_is_not_one_of_this_item_s_motions": (
        "der abgestimmte Antrag gehört nicht zu diesem Punkt"
    ),
    "live.the_range_ends_before_it_starts": "der Bereich endet, bevor er beginnt",
    "live.voted_but_not_in_the_electorate_of_this_vote": (
        "abgestimmt, aber bei dieser Abstimmung nicht stimmberechtigt: {names}"
    ),
    "live.votes_cast_but_the_electorate_has_only_voters|one": (
        "{cast} Stimmen abgegeben, aber nur {count} Person ist stimmberechtigt"
    ),
    "live.votes_cast_but_the_electorate_has_only_voters": (
        "{cast} Stimmen abgegeben, aber nur {count} Personen sind stimmberechtigt"
    ),
    "live.not_a_quorum_rule": (
        "keine Regel für die Beschlussfähigkeit: {rule} (half oder min:5 für mindestens 5)"
    ),
    # the app
    "key.palette": "Befehle",
    "key.next_item": "Nächster TOP",
    "key.previous_item": "Voriger TOP",
    "key.go_to_item": "Zu TOP springen",
    "key.table_item": "Vertagen",
    "key.refer_back": "Zurückverweisen",
    "key.withdraw_item": "Absetzen",
    "key.start_meeting": "Sitzung eröffnen",
    "key.end_meeting": "Sitzung schließen",
    "key.notes": "Notizen",
    "key.add_decision": "Beschluss",
    "key.add_action": "Aufgabe",
    "key.add_aob": "Sonstiges",
    "key.add_sub_item": "Unterpunkt",
    "key.records": "Einträge ändern/löschen",
    "key.attendance": "Anwesenheit",
    "key.add_guest": "Gast hinzufügen",
    "key.add_substitute": "Vertretung hinzufügen",
    "key.undo": "Rückgängig",
    "key.redo": "Wiederholen",
    "key.save": "Jetzt speichern",
    "key.edit_header": "Sitzungsangaben",
    "key.next_meeting": "Nächste Sitzung",
    "key.close_meeting": "Sitzung verlassen",
    "key.new_meeting": "Neue Sitzung",
    "key.open_meeting": "Öffnen",
    "key.help": "Hilfe",
    "key.quit": "Beenden",
    "key.att.present": "Anwesend",
    "key.att.remote": "Zugeschaltet",
    "key.att.absent": "Abwesend",
    "key.att.notice": "Entschuldigt",
    "key.att.late": "Später gekommen",
    "key.att.left": "Früher gegangen",
    "key.att.all_present": "Übrige anwesend",
    "key.att.find": "Person suchen",
    "key.att.guest": "Gast",
    "key.att.substitute": "Vertretung",
    "key.att.back": "Zurück zu den Notizen",
    "help.next_item": (
        "Schließt den TOP und geht zum nächsten; beim ersten Mal wird die Sitzung eröffnet."
    ),
    "help.previous_item": "Geht zum vorigen TOP zurück (seine Zeit läuft weiter).",
    "help.go_to_item": "Springt über die Nummer zu einem TOP.",
    "help.table_item": (
        "Vertagt den TOP (Grund: Zeitmangel, änderbar); er kommt in der nächsten Sitzung wieder."
    ),
    "help.refer_back": "Verweist die Sache mit Begründung zurück.",
    "help.withdraw_item": "Setzt den TOP mit Begründung ab.",
    "help.start_meeting": "Hält den Beginn der Sitzung fest.",
    "help.end_meeting": "Hält das Ende fest; danach wartet das Protokoll auf Genehmigung.",
    "help.notes": "Setzt den Cursor in die Notizen des TOP.",
    "help.add_decision": (
        "Neuer Beschluss: Text, wahlweise Abstimmungsergebnis, Widersprüche, Protokollerklärung."
    ),
    "help.add_action": "Neue Aufgabe: was, wer (ein paar Buchstaben tippen), bis wann.",
    "help.add_aob": (
        "Neuer Punkt unter Sonstiges und wer ihn einbrachte; nummeriert unter Sonstiges."
    ),
    "help.add_sub_item": "Neuer Unterpunkt zum aktuellen TOP.",
    "help.records": (
        "Alle Beschlüsse, Aufgaben, Unterpunkte, Punkte unter Sonstiges: ändern (Enter), "
        "löschen (Entf)."
    ),
    "help.attendance": "Zeigt die Anwesenheitsliste und springt hinein; nochmals blendet sie aus.",
    "help.add_guest": "Fügt einen Gast oder eine Verwaltungsperson hinzu.",
    "help.add_substitute": "Fügt eine Vertretung für ein Mitglied hinzu.",
    "help.undo": (
        "Macht die letzte Änderung rückgängig (auch Anwesenheitstasten und einen Schwung Text)."
    ),
    "help.redo": "Stellt Rückgängiggemachtes wieder her.",
    "help.save": "Speichert die Notizen sofort (sonst binnen einer Sekunde).",
    "help.edit_header": "Ort, Zuschaltung, Zeiten, Sitzungsleitung, Protokollführung, Prüfer.",
    "help.next_meeting": "Kommende Sitzung hinzufügen: Datum, Uhrzeit, Ort, vorläufig.",
    "help.close_meeting": "Speichert und geht zurück zum Archiv.",
    "help.new_meeting": (
        "Legt eine Sitzung an; die Personen kommen aus der letzten Sitzung des Gremiums."
    ),
    "help.open_meeting": "Öffnet die markierte Sitzung.",
    "help.help": "Zeigt diese Hilfe.",
    "help.quit": "Speichert und beendet.",
    "help.att.present": "Markierte Person: anwesend; die nächste Person wird markiert.",
    "help.att.remote": "Markierte Person: zugeschaltet.",
    "help.att.absent": "Markierte Person: abwesend.",
    "help.att.notice": "Markierte Person: entschuldigt.",
    "help.att.late": (
        "Später gekommen: anwesend ab dem aktuellen TOP, die Uhrzeit wird festgehalten."
    ),
    "help.att.left": (
        "Früher gegangen: anwesend bis zum aktuellen TOP, die Uhrzeit wird festgehalten."
    ),
    "help.att.all_present": "Alle noch nicht Erfassten werden anwesend.",
    "help.att.find": "Ein paar Buchstaben des Namens tippen, Enter springt hin.",
    "help.att.guest": "Fügt einen Gast hinzu.",
    "help.att.substitute": "Fügt eine Vertretung für ein Mitglied hinzu.",
    "help.att.back": "Zurück zu den Notizen.",
    "group.agenda": "Die Tagesordnung",
    "group.record": "Protokollieren",
    "group.attendance": "Anwesenheit",
    "group.panel": "In der Anwesenheitsliste (eine Taste)",
    "group.meeting": "Die Sitzung",
    "group.app": "Das Programm",
    "app.archive": "Archiv",
    "app.archive.empty": (
        "Noch keine Sitzungen. {roster} erfasst die Mitglieder eines Gremiums, {template} "
        "seine Tagesordnungsvorlage, {keys} legt eine Sitzung an."
    ),
    "app.archive.loading": "Archiv wird gelesen …",
    "app.archive.hint": "Enter öffnet · {new} neue Sitzung · {help} Hilfe",
    "app.col.date": "Datum",
    "app.col.body": "Gremium",
    "app.col.title": "Titel",
    "app.col.state": "Status",
    "app.agenda": "Tagesordnung",
    "app.attendance": "Anwesenheit",
    "app.notes": "Notizen",
    "app.decisions": "Beschlüsse",
    "app.actions": "Aufgaben",
    "app.presenter": "Berichterstattung: {name}",
    "app.not_started": "Die Sitzung ist nicht eröffnet. {keys} eröffnet sie mit TOP 1.",
    "app.needs_running_item": (
        "Kein TOP läuft (die Sitzung ist beendet): {command} erfasst unter einem laufenden TOP."
    ),
    "app.item_status.tabled": "Vertagt: {reason}",
    "app.item_status.referred_back": "Zurückverwiesen: {reason}",
    "app.item_status.withdrawn": "Abgesetzt: {reason}",
    "app.clock": "Sitzung {time}",
    "app.item_timer": "TOP {used}/{planned} Min.",
    "app.item_timer.open": "TOP {used}",
    "app.projected": "Ende ~{time} (Plan {planned})",
    "app.projected.over": "Ende ~{time} (Plan {planned}, +{over} Min.)",
    "app.saved": "Gespeichert",
    "app.unsaved": "Nicht gespeichert",
    "app.saving": "Speichert …",
    "app.readonly": "SCHREIBGESCHÜTZT",
    "app.readonly.locked": (
        "Schreibgeschützt: Die Sitzung ist in einem anderen Fenster zum Schreiben geöffnet."
    ),
    "app.readonly.approved": (
        "Genehmigt von {name} um {time} — schreibgeschützt. {keys} öffnet sie für eine "
        "Berichtigung."
    ),
    "app.conflicts": "{count} ungelöste Konflikte",
    "app.conflicts|one": "1 ungelöster Konflikt",
    "app.save_failed": (
        "SPEICHERN FEHLGESCHLAGEN: {detail} Nichts geht verloren; das Programm versucht es weiter."
    ),
    "app.save_ok_again": "Wieder gespeichert.",
    "app.nothing_to_undo": "Nichts rückgängig zu machen.",
    "app.nothing_to_redo": "Nichts zu wiederholen.",
    "app.undone": "Rückgängig gemacht.",
    "app.redone": "Wiederhergestellt.",
    "app.no_current_item": "Kein aktueller TOP. Eröffnen Sie zuerst die Sitzung ({keys}).",
    "app.no_person": "Keine Person markiert.",
    "app.no_such_person": "Niemand heißt {name}.",
    "app.ambiguous_person": "Mehrere Personen passen zu {name}: {names}.",
    "app.no_such_item": "Es gibt keinen TOP {number}.",
    "app.end_of_agenda": "Letzter TOP. {keys} schließt die Sitzung.",
    "app.meeting_ended": "Die Sitzung wurde um {time} Uhr geschlossen.",
    "app.meeting_started": "Die Sitzung wurde um {time} Uhr eröffnet.",
    "app.operation_failed": "Nicht möglich: {detail}",
    "app.created": "Die Sitzung wurde angelegt.",
    "app.error": "Etwas ist schiefgegangen: {detail}",
    "app.find.placeholder": "Person suchen …",
    "app.count": ("{present} anwesend · {remote} zugeschaltet · {absent} abwesend · {unknown} ?"),
    "app.help.title": "Tasten",
    "app.help.close": "Esc oder F1 schließt",
    "app.help.keymap": "Eigene Tasten: [keymap] in {path}",
    "app.help.palette": "Strg+P: Befehlspalette mit allem, was jetzt möglich ist",
    "app.col.keys": "Taste",
    "app.col.letter": "Außerhalb von Text",
    "app.col.what": "Bewirkt",
    "app.vote": "{for}–{against}, {abstain} Enthaltungen",
    "app.reservation": "Widerspruch: {name}",
    "app.protocol_note": "Protokollerklärung ({name}): {text}",
    "app.due": "bis {date}",
    "app.state.draft": "Entwurf",
    "app.state.in_progress": "läuft",
    "app.state.awaiting_approval": "wartet auf Genehmigung",
    "app.state.approved": "genehmigt",
    "app.status.unknown": "?",
    "app.status.present": "anw",
    "app.status.remote": "zug",
    "app.status.absent": "abw",
    "app.status.absent_with_notice": "ent",
    "form.hint": "Enter speichert · Tab nächstes Feld · Esc bricht ab",
    "form.decision": "Neuer Beschluss zu TOP {number}",
    "form.decision_edit": "Beschluss {decision} ändern (TOP {number})",
    "form.action_edit": "Aufgabe ändern",
    "form.aob_edit": "Punkt unter Sonstiges ändern",
    "form.sub_item_edit": "Unterpunkt zu TOP {number} ändern",
    "form.decision.text": "Beschluss",
    "form.decision.votes": "Ja-Nein-Enthaltung (z. B. 7-2-0) oder einstimmig; leer: ohne",
    "form.decision.reservations": "Widerspruch von (Namen, durch Komma getrennt)",
    "form.decision.note_by": "Protokollerklärung von (Name)",
    "form.decision.note_text": "Text der Protokollerklärung",
    "form.action": "Neue Aufgabe",
    "form.action.text": "Aufgabe (was)",
    "form.action.owner": "Wer (ein paar Buchstaben tippen)",
    "form.action.due": "Bis (z. B. 2026-06-15), optional",
    "form.aob": "Neuer Punkt unter Sonstiges",
    "form.aob.title": "Angelegenheit",
    "form.aob.raised_by": "Eingebracht von (ein paar Buchstaben tippen)",
    "form.sub_item": "Neuer Unterpunkt zu TOP {number}",
    "form.sub_item.title": "Titel",
    "records.title": "Beschlüsse, Aufgaben, Unterpunkte und Sonstiges",
    "records.hint": "Enter/e ändert · Entf/x löscht · Esc schließt",
    "records.none": "Noch nichts festgehalten.",
    "records.close": "Schließen",
    "records.edit": "Ändern",
    "records.delete": "Löschen",
    "records.deleted": "Gelöscht. {keys} macht es rückgängig.",
    "records.aob": "Sonstiges:",
    "records.sub_item": "Unterpunkt:",
    "form.guest": "Gast hinzufügen",
    "form.substitute": "Vertretung hinzufügen",
    "form.person.name": "Name",
    "form.person.organisation": "Organisation",
    "form.person.substitute_for": "Vertritt (Mitglied)",
    "form.table": "TOP {number} vertagen",
    "form.refer_back": "TOP {number} zurückverweisen",
    "form.withdraw": "TOP {number} absetzen",
    "form.reason": "Grund",
    "form.go_to": "Zu TOP springen",
    "form.go_to.number": "Nummer des TOP",
    "form.header": "Sitzungsangaben",
    "form.header.place": "Ort",
    "form.header.remote": "Zuschaltung (z. B. Teams)",
    "form.header.start": "Geplanter Beginn (z. B. 18.30)",
    "form.header.end": "Geplantes Ende (z. B. 20.00)",
    "form.header.chair": "Versammlungsleitung",
    "form.header.secretary": "Protokollführung",
    "form.header.verifiers": "Protokollprüfer (Namen, durch Komma getrennt)",
    "form.next": "Neue kommende Sitzung",
    "form.next.date": "Datum (z. B. 2026-06-17)",
    "form.next.start": "Beginn (z. B. 18.30)",
    "form.next.end": "Ende (z. B. 20.00)",
    "form.next.place": "Ort",
    "form.new": "Neue Sitzung",
    "form.new.body": "Gremium",
    "form.new.title": "Titel",
    "form.new.date": "Datum (JJJJ-MM-TT)",
    "form.new.start": "Beginn (z. B. 18.30)",
    "form.new.end": "Ende (z. B. 20.00)",
    "form.new.place": "Ort",
    "form.required": "{field} muss ausgefüllt sein.",
    "form.bad_votes": "Abstimmung als Ja-Nein-Enthaltung, z. B. 7-2-0.",
    "form.bad_date": "{field}: Datum bitte als 2026-05-06 schreiben.",
    "form.bad_time": "{field}: Uhrzeit bitte als 18.30 schreiben.",
    **DE_SYNC,
    **DE_MORE,
    **DE_FEATURES,
}
