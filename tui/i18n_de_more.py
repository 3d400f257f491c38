"""German texts of agenda import, follow-up, search, the config file, faults, the notes
markup and the roster."""

from __future__ import annotations

DE_MORE: dict[str, str] = {
    "followup.preview_title": "Die Tagesordnung, wie sie gelesen wurde ({count} Punkte):",
    "followup.preview_title|one": "Die Tagesordnung, wie sie gelesen wurde (1 Punkt):",
    "followup.facts": "Die Tagesordnung nennt: {detail}",
    "followup.app.import.date": "Datum (leer: das der Tagesordnung, sonst heute)",
    "followup.repairs": "Repariert: {detail}",
    "followup.skipped": "Keine Punkte ({count} Zeilen/Teile), darunter:",
    "followup.skipped|one": "Keine Punkte (1 Zeile/Teil), nämlich:",
    "followup.skipped_more": "… und {count} weitere.",
    "followup.confirm": "Die Sitzung mit diesen Punkten anlegen?",
    "followup.cancelled": "Es wurde keine Sitzung angelegt.",
    "followup.no_previous": (
        "Das Gremium {body} hat keine frühere Sitzung im Archiv, von der aus begonnen werden kann."
    ),
    "followup.no_meetings": (
        "Das Archiv hat keine Sitzungen, von denen aus begonnen werden kann. --body angeben."
    ),
    "followup.next_from": "Ausgehend von der Sitzung vom {date} ({id}).",
    "followup.returning": "Wieder auf der Tagesordnung (vertagt): {items}",
    "followup.open_actions": "Offene Aufgaben unter TOP {number}: {count}",
    "followup.no_actions": "Keine offenen Aufgaben.",
    "followup.no_decisions": "Keine Beschlüsse.",
    "followup.no_hits": "Keine Treffer für {text}.",
    "followup.no_people": "Keine Anwesenheit erfasst.",
    "followup.hits": "{count} Treffer für {text}.",
    "followup.hits|one": "1 Treffer für {text}.",
    "followup.exported": "{path} geschrieben.",
    "followup.action_done": ("Aufgabe {id} wurde in der Sitzung {meeting} als {status} berichtet."),
    "followup.no_action": (
        "Keine Aufgabe {ref} gefunden (ihre Id oder einen eindeutigen Anfang davon angeben)."
    ),
    "followup.col.owner": "Zuständig",
    "followup.col.due": "Bis",
    "followup.col.action": "Aufgabe",
    "followup.col.status": "Status",
    "followup.col.from": "Aus Sitzung",
    "followup.col.item": "TOP",
    "followup.col.id": "Id",
    "followup.col.body": "Gremium",
    "followup.col.date": "Datum",
    "followup.col.decision": "Beschluss",
    "followup.col.where": "Wo",
    "followup.col.text": "Text",
    "followup.col.name": "Name",
    "followup.col.meetings": "Sitzungen",
    "followup.col.present": "Anwesend",
    "followup.col.remote": "Zugeschaltet",
    "followup.col.notice": "Entschuldigt",
    "followup.col.absent": "Abwesend",
    "followup.col.partly": "Teilweise",
    "followup.col.rate": "Quote",
    "followup.col.kind": "Art",
    "followup.col.presenter": "Berichterstattung",
    "followup.col.minutes": "Min.",
    "followup.overdue": "überfällig",
    "followup.status.open": "offen",
    "followup.status.done": "erledigt",
    "followup.status.cancelled": "entfallen",
    "followup.kind.opening": "Eröffnung",
    "followup.kind.officers": "Versammlungsleitung und Protokollführung",
    "followup.kind.verifiers": "Protokollprüfer",
    "followup.kind.agenda_approval": "Tagesordnung",
    "followup.kind.previous_minutes": "letztes Protokoll",
    "followup.kind.outstanding": "Offene Punkte",
    "followup.kind.any_other_business": "Sonstiges",
    "followup.kind.next_meeting": "nächste Sitzung",
    "followup.kind.closing": "Schließung",
    "key.export": "Exportieren",
    "help.export": "Exportiert das Protokoll nach Word, ODT, HTML, Markdown oder PDF.",
    "key.import_agenda": "Aus Tagesordnung",
    "help.import_agenda": (
        "Neue Sitzung aus einer Tagesordnungsdatei (.docx, .odt, .md, .txt, .html), mit Vorschau."
    ),
    "key.new_next": "Nächste Sitzung",
    "help.new_next": (
        "Neue Sitzung für das Gremium der markierten Sitzung: vertagte Punkte und offene "
        "Aufgaben kommen mit."
    ),
    "key.search": "Suchen",
    "help.search": (
        "Alle Sitzungen durchsuchen; Enter auf einem Treffer öffnet die Sitzung beim TOP."
    ),
    "followup.app.import.title": "Neue Sitzung aus einer Tagesordnung",
    "followup.app.import.file": "Datei mit der Tagesordnung (.docx, .odt, .md, .txt, .html)",
    "followup.app.import.no_file": "Die Datei {path} existiert nicht.",
    "followup.app.import.reading": "Lese {path} …",
    "followup.app.preview.title": (
        "Die Tagesordnung, wie sie gelesen wurde: {count} Punkte. Korrigieren Sie sie, bevor "
        "die Sitzung angelegt wird."
    ),
    "followup.app.preview.title|one": (
        "Die Tagesordnung, wie sie gelesen wurde: 1 Punkt. Korrigieren Sie sie, bevor die "
        "Sitzung angelegt wird."
    ),
    "followup.app.preview.hint": (
        "e/Enter Titel ändern · Entf entfernen · → Unterpunkt · ← Hauptpunkt · Strg+S "
        "Sitzung anlegen · Esc abbrechen"
    ),
    "followup.app.preview.skipped": "Keine Punkte ({count}): {detail}",
    "followup.app.preview.none_left": "Keine Punkte übrig. Es wurde keine Sitzung angelegt.",
    "followup.app.preview.cancelled": "Es wurde keine Sitzung angelegt.",
    "followup.app.preview.no_parent": "Der erste Punkt kann kein Unterpunkt sein.",
    "followup.app.preview.deleted": "{item} entfernt.",
    "followup.app.preview.edit": "Titel ändern",
    "followup.app.col.number": "Nr.",
    "followup.app.col.title": "Titel",
    "followup.app.col.level": "Ebene",
    "followup.app.level.item": "Punkt",
    "followup.app.level.sub": "Unterpunkt",
    "followup.app.key.edit": "Ändern",
    "followup.app.key.delete": "Entfernen",
    "followup.app.key.indent": "Unterpunkt",
    "followup.app.key.outdent": "Hauptpunkt",
    "followup.app.key.create": "Sitzung anlegen",
    "followup.app.key.cancel": "Abbrechen",
    "followup.app.created": "Die Sitzung wurde mit {count} Punkten angelegt.",
    "followup.app.created|one": "Die Sitzung wurde mit 1 Punkt angelegt.",
    "followup.app.next.confirm": "Nächste Sitzung von {body}, ausgehend von der Sitzung vom {date}",
    "followup.app.next.date": "Datum der neuen Sitzung (Enter legt sie an, Esc bricht ab)",
    "followup.app.next.select": (
        "Markieren Sie eine Sitzung im Archiv; die nächste Sitzung folgt ihrem Gremium."
    ),
    "followup.app.next.created": (
        "Die nächste Sitzung von {body} wurde aus der Sitzung vom {date} angelegt: "
        "{returning} wiederkehrende Punkte, {actions} offene Aufgaben."
    ),
    "followup.app.search.title": "Alle Sitzungen durchsuchen",
    "followup.app.search.placeholder": "Suchwörter eingeben (alle Wörter müssen vorkommen)",
    "followup.app.search.searching": "Suche …",
    "followup.app.search.hint": "↓ zu den Treffern · Enter öffnet die Sitzung · Esc schließt",
    "followup.app.search.hits": "{count} Treffer für {text}.",
    "followup.app.search.hits|one": "1 Treffer für {text}.",
    "followup.app.search.shown": "TOP {item} ist in der Tagesordnung markiert.",
    "followup.app.where.title": "Titel",
    "followup.app.where.notes": "Notizen",
    "followup.app.where.decision": "Beschluss",
    "followup.app.where.action": "Aufgabe",
    # the paged listing, the index build and search limits
    "cli.list.more": (
        "Gezeigt werden die neuesten {shown} von {total} Sitzungen; --all zeigt alle."
    ),
    "cli.list.none_match": "Keine Sitzung passt.",
    "cli.index.building": "Archivindex wird aufgebaut",
    "followup.hits_shown": "{shown} von {count} Treffern für {text}; --all zeigt alle.",
    "followup.hits_shown|one": "{shown} von 1 Treffer für {text}; --all zeigt alle.",
    "app.archive.indexing": "Archiv wird gelesen: {done} von {total} Sitzungen …",
    "app.archive.indexing|one": "Archiv wird gelesen: {done} von 1 Sitzung …",
    # the config file
    "config.doc.name": ("Ihr Name: Autor abgeglichener Änderungen und wer genehmigt hat."),
    "config.doc.email": "Ihre E-Mail-Adresse: Autor abgeglichener Änderungen.",
    "config.doc.language": (
        'Sprache der Oberfläche: "sv", "en" oder "de"; "" folgt der Einstellung des Rechners.'
    ),
    "config.doc.document_language": (
        'Dokumentsprache der Protokolle eines neuen Gremiums: "sv", "en" oder "de"; "" folgt '
        "der Dokumentart (minutes: Englisch, sonst Schwedisch)."
    ),
    "config.doc.theme": 'Farbschema (Strg+P, "theme"); "" ist das Standardschema.',
    "config.doc.sync_interval": (
        "Sekunden zwischen Abgleichen im Hintergrund während einer laufenden Sitzung (sonst "
        "einmal pro Minute); 0 = aus."
    ),
    "config.doc.sync_after_save": (
        "Während einer laufenden Sitzung wird kurz nach dem Speichern abgeglichen, "
        "höchstens einmal in so vielen Sekunden (die andere Seite sieht ein Wort innerhalb "
        "eines Intervalls); 0 = nur alle sync_interval."
    ),
    "config.doc.sync_check_interval": (
        "Sekunden zwischen schnellen Prüfungen, ob die Gegenstelle etwas Neues hat, "
        "zwischen Abgleichen während einer laufenden Sitzung (je eine Verbindung, siehe "
        "docs/sync.md); 0 = aus."
    ),
    "config.doc.git_timeout": "Sekunden, die ein Git-Netzbefehl (fetch, push) dauern darf.",
    "config.doc.signing_key": (
        "Ein SSH-Schlüssel, der Ihre Genehmigungen signiert (der Schlüssel, oder seine .pub, "
        'wenn er im ssh-agent ist); "" = gits eigener user.signingkey, sonst werden '
        "Genehmigungen nur mit Prüfsumme versehen, nicht signiert."
    ),
    "config.doc.keymap": 'Eigene Tasten: id = "Tasten", z. B. next_item = "f10,ctrl+n".',
    "config.where.line": "{file}, Zeile {line}",
    "config.where.file": "{file}",
    "config.where.env": "Die Umgebungsvariable {var}",
    "config.problem": "{where}: {what}",
    "config.bad.syntax": (
        "die Zeile {setting} ist kein gültiges TOML ({detail}); sie wird übersprungen, bis "
        "Sie sie berichtigen, und das Programm überschreibt die Datei nicht."
    ),
    "config.bad.syntax_quote": (
        "die Zeile {setting} ist kein gültiges TOML ({detail}): Eine Tasten-Id mit Punkt muss "
        'in Anführungszeichen stehen, etwa "next_item.letter" = "j"; die Zeile wird '
        "übersprungen, bis Sie sie berichtigen, und das Programm überschreibt die Datei nicht."
    ),
    "config.bad.syntax_line": (
        "die Zeile {text} ist kein gültiges TOML ({detail}); sie wird übersprungen, bis Sie "
        "sie berichtigen, und das Programm überschreibt die Datei nicht."
    ),
    "config.bad.syntax_all": (
        "die Datei ist kein gültiges TOML ({detail}); es gelten die Standardeinstellungen, "
        "und das Programm überschreibt die Datei nicht."
    ),
    "config.bad.not_utf8": (
        "die Datei ist kein UTF-8-Text; es gelten die Standardeinstellungen, und das Programm "
        "überschreibt die Datei nicht."
    ),
    "config.bad.unreadable": (
        "die Datei kann nicht gelesen werden ({detail}); es gelten die Standardeinstellungen, "
        "und das Programm überschreibt die Datei nicht."
    ),
    "config.bad.text": (
        "{setting} = {value} muss Text in Anführungszeichen sein; der Standardwert gilt."
    ),
    "config.bad.control": "{setting} = {value} enthält Steuerzeichen; der Standardwert gilt.",
    "config.bad.email": (
        "{setting} = {value} ist keine E-Mail-Adresse (name@beispiel.de); sie wird nicht verwendet."
    ),
    "config.bad.language": (
        '{setting} = {value} ist keine Sprache des Programms: "sv", "en", "de" oder "" '
        "(Einstellung des Rechners) schreiben; bis dahin gilt die Einstellung des Rechners."
    ),
    "config.bad.seconds": (
        "{setting} = {value} muss eine ganze Zahl von Sekunden sein, mindestens {minimum}; "
        "der Standardwert gilt."
    ),
    "config.bad.seconds_quoted": (
        "{setting} = {value} ist ohne Anführungszeichen zu schreiben, {setting} = {number}; "
        "bis dahin gilt der Standardwert."
    ),
    "config.bad.table": (
        '{setting} = {value} muss eine Tabelle sein ([keymap] mit id = "Tasten"); es gelten '
        "keine eigenen Tasten."
    ),
    "config.bad.unknown_binding": (
        'die Tasten-Id "{id}" gibt es im Programm nicht (die Hilfe, F1, zeigt die Ids); sie '
        "wird nicht verwendet."
    ),
    "config.bad.keys": (
        '"{id}" = {value} müssen Tasten in Anführungszeichen sein, z. B. "ctrl+n,f8"; es gelten '
        "die Standardtasten."
    ),
    "config.bad.theme": (
        'es gibt kein Farbschema "{theme}" (Auswahl mit Strg+P, "theme"); das Standardschema gilt.'
    ),
    "config.bad.unknown_setting": "{setting} ist keine Einstellung; es gibt: {known}.",
    "config.not_saved.syntax": (
        "Die Einstellungen wurden nicht gespeichert: {file} hat einen Fehler in Zeile {line}, "
        "und das Programm überschreibt keine Datei, die es nicht lesen konnte; berichtigen "
        "Sie die Zeile (oder nutzen Sie danach 'minutes config set')."
    ),
    "config.not_saved.not_utf8": (
        "Die Einstellungen wurden nicht gespeichert: {file} ist kein UTF-8-Text, und das "
        "Programm überschreibt keine Datei, die es nicht lesen konnte."
    ),
    "config.not_saved.unreadable": (
        "Die Einstellungen wurden nicht gespeichert: {file} kann nicht gelesen werden "
        "({detail}), und das Programm überschreibt keine Datei, die es nicht lesen konnte."
    ),
    "config.theme_not_saved": "Das Farbschema wurde nicht gespeichert: {detail}",
    "config.identity_this_session": (
        "Name und E-Mail-Adresse gelten, bis Sie das Programm schließen."
    ),
    "config.set_done": "{setting} = {value} in {file} gespeichert.",
    "config.unset_done": "{setting} aus {file} entfernt; der Standardwert gilt.",
    "config.env_wins": "Hinweis: {var} ist gesetzt und geht in diesem Terminal der Datei vor.",
    "config.not_set": "{setting} ist nicht gesetzt (Standard: {value}).",
    "config.source.file": "aus der Datei",
    "config.source.env": "aus {var}",
    "config.source.default": "Standard",
    "config.no_identity_approve": (
        "Zum Genehmigen werden Ihr Name und Ihre E-Mail-Adresse gebraucht: Der Name steht im "
        "Protokoll als genehmigende Person, beide kennzeichnen die Git-Markierung. Angeben "
        'mit minutes config set name "Anna Schmidt" und minutes config set email '
        "anna@example.org (oder MINUTES_NAME und MINUTES_EMAIL), oder den Befehl im "
        "Terminal ausführen, dann wird gefragt."
    ),
    "config.no_identity_reopen": (
        "Zum Wiederöffnen eines genehmigten Protokolls werden Ihr Name und Ihre "
        "E-Mail-Adresse gebraucht: Der Name steht im Protokoll als die Person, die es "
        'geöffnet hat. Angeben mit minutes config set name "Anna Schmidt" und minutes '
        "config set email anna@example.org (oder MINUTES_NAME und MINUTES_EMAIL), oder den "
        "Befehl im Terminal ausführen, dann wird gefragt."
    ),
    # faults the app survives
    "unsaved.title": "Ungespeicherte Änderungen: {title}",
    "unsaved.why": "Die letzte Änderung konnte nicht im Archiv gespeichert werden. {detail}",
    "unsaved.save_again": "1  Erneut speichern (sobald Platz oder Zugriff da ist)",
    "unsaved.copy": "2  Eine Kopie im Ordner unten ablegen und beenden",
    "unsaved.quit_lose": "3  Beenden und die Änderungen verlieren, die nicht im Archiv sind",
    "unsaved.close_lose": (
        "3  Sitzung schließen und die Änderungen verlieren, die nicht im Archiv sind"
    ),
    "unsaved.folder": (
        "Ordner für die Kopie (einen anderen eintippen, z. B. einen USB-Stick; Enter behält ihn):"
    ),
    "unsaved.hint": "Pfeiltasten und Enter, oder 1, 2, 3. Esc geht zurück zur Sitzung.",
    "unsaved.copy_failed": "Die Kopie konnte nicht in {folder} geschrieben werden.",
    "unsaved.copy_elsewhere": "Sie wurde stattdessen nach {path} geschrieben.",
    "unsaved.left_copy": (
        "Die Sitzung {title} ist nicht im Archiv gespeichert. Die ungespeicherte Fassung liegt "
        "in {path}; kopieren Sie sie über {file}, sobald Platz ist."
    ),
    "unsaved.left_lost": (
        "Die Sitzung {title} wurde verlassen, ohne dass ihre letzte Änderung gespeichert ist."
    ),
    "app.readonly.unwritable": (
        "Schreibgeschützt: Das Archiv kann hier nicht beschrieben werden. Die Sitzung wird "
        "gezeigt, kann aber nicht geändert werden."
    ),
    "app.open_readonly": (
        "Das Archiv kann nicht beschrieben werden ({detail}); die Sitzung wurde "
        "schreibgeschützt geöffnet."
    ),
    "app.good_copy_failed": (
        "Die Sitzung ist geöffnet, aber es konnte keine Sicherheitskopie angelegt werden "
        "({detail}). Das Speichern kann fehlschlagen; schaffen Sie etwas Platz."
    ),
    "app.open_failed": "Die Sitzung {path} konnte nicht geöffnet werden: {detail}",
    "followup.damaged_newer": (
        "Hinweis: {count} Sitzungsdateien, die neuer sein können, waren nicht lesbar und "
        "werden übersprungen:"
    ),
    "followup.damaged_newer|one": (
        "Hinweis: 1 Sitzungsdatei, die neuer sein kann, war nicht lesbar und wird übersprungen:"
    ),
    "followup.damaged_line": "  {file}: {problem}",
    "followup.damaged_confirm": (
        "Die nächste Sitzung trotzdem aus der Sitzung vom {date} aufbauen?"
    ),
    "followup.damaged_refused": (
        "Es wurde keine Sitzung angelegt. Reparieren oder entfernen Sie die Datei, oder "
        "starten Sie erneut mit --skip-damaged, um aus der Sitzung vom {date} aufzubauen."
    ),
    "followup.app.next.damaged": (
        "Hinweis: {files} war nicht lesbar und kann eine neuere Sitzung sein; aufgebaut wird "
        "aus der Sitzung vom {date}."
    ),
    "search.unreadable": "{count} Sitzungsdateien konnten nicht durchsucht werden: {files}",
    "search.unreadable|one": "1 Sitzungsdatei konnte nicht durchsucht werden: {files}",
    # the notes markup
    "markup.hint": "*kursiv*  **fett**  - Aufzählung  1. Liste  ## Überschrift  | Tabelle |  (F1)",
    "markup.title": "Notizen: Auszeichnung",
    "markup.emph": "kursiv (Sternchen dicht an den Wörtern)",
    "markup.strong": "fett",
    "markup.bullet": "ein Aufzählungspunkt",
    "markup.numbered": "nummerierte Liste",
    "markup.heading": "Zwischenüberschrift im TOP (### eine Ebene tiefer)",
    "markup.table": "Tabelle; eine Zeile |---| unter der ersten Zeile macht sie zur Kopfzeile",
    "markup.aob": (
        "allein auf einer Zeile (auch [aob]): hierhin kommt das unter Sonstiges Eingebrachte"
    ),
    "markup.literal": "Alles andere bleibt wie getippt: _ < > [ ] # $ und Links sind Text.",
    # the roster of a body
    "role.label.member": "Mitglied",
    "role.label.chair": "Vorsitz",
    "role.label.vice_chair": "stellv. Vorsitz",
    "role.label.secretary": "Schriftführung",
    "role.label.substitute": "Vertretung",
    "role.label.adjunct": "beratend",
    "role.label.official": "Verwaltung",
    "role.label.guest": "Gast",
    "role.label.auditor": "Kassenprüfung",
    "roster.empty": (
        "{body} hat noch keine Mitgliederliste. Personen hinzufügen: minutes roster add"
    ),
    "roster.heading": "{body}: {count} Personen",
    "roster.heading|one": "{body}: 1 Person",
    "roster.added": "Zu {body} hinzugefügt: {name}",
    "roster.changed": "Geändert: {name}",
    "roster.removed": "Aus {body} entfernt: {name}",
    "roster.imported": "{count} Personen zu {body} hinzugefügt.",
    "roster.imported|one": "1 Person zu {body} hinzugefügt.",
    "roster.refused_line": "Zeile {line}: {reason}",
    "roster.refused.no_name": "kein Name am Anfang der Zeile",
    "roster.refused.unknown_role": 'unbekannte Funktion "{value}" (zur Wahl: {roles})',
    "roster.no_such": "Niemand in {body} heißt {name}.",
    "roster.ambiguous": (
        "Mehrere Personen in {body} passen zu {name}: {names}. Geben Sie den vollen Namen ein."
    ),
    "roster.bad_role": "Unbekannte Funktion: {role}. Zur Wahl: {roles}",
    "roster.no_name": "Der Name darf nicht leer sein.",
    "roster.col.name": "Name",
    "roster.col.organisation": "Organisation",
    "roster.col.role": "Funktion",
    "roster.col.email": "E-Mail",
    "form.member": "Neues Mitglied von {body}",
    "form.member_edit": "{name} ändern",
    "form.member.name": "Name",
    "form.member.organisation": "Organisation (Gemeinde, Verein …), optional",
    "form.member.role": "Funktion (Mitglied, Vorsitz, stellv. Vorsitz, Vertretung, …)",
    "form.member.email": "E-Mail, optional",
    "form.roster_import": "Eine Liste in {body} einfügen",
    "form.roster_import.lines": (
        "Zeilen: Name, Organisation, Funktion (eine pro Zeile; | trennt Zeilen)"
    ),
    "app.member_made": "{name} ist jetzt Mitglied von {body}.",
    "app.person_removed": "{name} ist von der Liste. {keys} macht es in der Sitzung rückgängig.",
    "app.roster_not_saved": (
        "Die Sitzung wurde geändert, aber die Mitgliederliste konnte nicht gespeichert "
        "werden: {detail}"
    ),
    "key.att.new_member": "Neues Mitglied",
    "key.att.edit_person": "Person ändern",
    "key.att.make_member": "Zum Mitglied machen",
    "key.att.remove_person": "Von der Liste nehmen",
    "key.att.import_roster": "Liste einfügen",
    "key.edit_agenda": "Tagesordnung bearbeiten",
    "app.agenda_empty": "Die Tagesordnung ist leer: {keys} fügt Punkte hinzu.",
    "help.edit_agenda": (
        "Punkte und Unterpunkte hinzufügen, verschieben, umbenennen, absetzen oder löschen."
    ),
    "key.agenda.close": "Schließen",
    "key.agenda.add_after": "Neuer Punkt danach",
    "key.agenda.add_end": "Neuer Punkt am Ende",
    "key.agenda.add_sub": "Neuer Unterpunkt",
    "key.agenda.rename": "Umbenennen",
    "key.agenda.up": "Nach oben",
    "key.agenda.down": "Nach unten",
    "key.agenda.withdraw": "Absetzen",
    "key.agenda.delete": "Löschen",
    "agenda_edit.title": "Die Tagesordnung",
    "agenda_edit.hint": (
        "n neu danach · N neu am Ende · i Unterpunkt · Enter/e umbenennen · k/j verschieben "
        "· w absetzen · Entf/x löschen · Esc"
    ),
    "agenda_edit.numbers_follow": (
        "Die Sitzung ist nicht eröffnet: Die Punkte werden nach jeder Änderung neu nummeriert."
    ),
    "agenda_edit.numbers_kept": (
        "Die Sitzung ist eröffnet: Die Nummern bleiben (ein neuer Punkt nach 3 ist 3 a)."
    ),
    "agenda_edit.empty": "Die Tagesordnung ist leer. n fügt einen Punkt hinzu.",
    "agenda_edit.new": "Neuer Punkt",
    "agenda_edit.new_sub": "Neuer Unterpunkt",
    "agenda_edit.rename": "Punkt umbenennen",
    "agenda_edit.item_title": "Titel (wie in der Tagesordnung)",
    "agenda_edit.no_delete_started": (
        "Die Sitzung ist eröffnet: Der Punkt kann nicht gelöscht werden; setzen Sie ihn ab (w)."
    ),
}
