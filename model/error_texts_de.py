"""The German words of the model's, the store's and the export's errors."""

from __future__ import annotations

ERRORS_DE: dict[str, str] = {
    "error": "Etwas ist schiefgegangen ({detail}).",
    "store": "Unbekannter Fehler im Archiv.",
    "store.locked": (
        "Die Sitzung {path} ist bereits in einem anderen Fenster oder Programm zum Schreiben "
        "geöffnet. Schließen Sie sie dort, oder öffnen Sie die Sitzung schreibgeschützt."
    ),
    "store.read_only": (
        "Die Sitzung {path} ist schreibgeschützt geöffnet; die Änderung wurde nicht gespeichert."
    ),
    "store.damaged": (
        "Die Datei {path} ist beschädigt und kann nicht gelesen werden ({detail}). Sie wurde "
        "nicht verändert. Holen Sie eine frühere Fassung mit 'minutes sync' oder aus einer "
        "Sicherung."
    ),
    "store.newer": (
        "Die Datei {path} wurde von einer neueren Version von minutes geschrieben ({detail}). "
        "Aktualisieren Sie minutes, um sie zu öffnen; die Datei wurde nicht verändert."
    ),
    "store.not_minutes": (
        "Die Datei {path} ist keine minutes-Datei ({detail}); sie wurde nicht verändert."
    ),
    "store.save_failed": (
        "{path} konnte nicht gespeichert werden: {detail}. Die Änderung bleibt im Programm "
        "erhalten; bitte erneut versuchen."
    ),
    "store.save_failed.rescued": (
        " Eine Kopie der ungespeicherten Sitzung wurde nach {rescued} geschrieben."
    ),
    "store.save_failed.rescue_failed": (" Auch anderswo konnte keine Kopie geschrieben werden."),
    "store.not_found": (
        "Keine Sitzung passt zu {detail}. 'minutes list' zeigt die Sitzungen im Archiv."
    ),
    "store.ambiguous": "Mehrere Sitzungen passen zu {detail}. Geben Sie mehr Zeichen der Id an.",
    "store.recovered": (
        "Die Datei {path} war beschädigt ({problem}); wiederhergestellt aus {where}."
    ),
    "store.recovered.valid_part": "dem gültigen Teil",
    "store.recovered.last_good": "der letzten funktionierenden Kopie",
    "store.recovered.copy": " Die beschädigte Datei wurde als {copy} aufbewahrt.",
    "store.index_busy": (
        "Der Index des Archivs ({path}) wird von einem anderen Programm benutzt und wurde "
        "nicht frei. Versuchen Sie es gleich noch einmal."
    ),
    "agenda": (
        "Die Tagesordnung {path} konnte nicht gelesen werden: {detail}. Es wurde keine "
        "Sitzung angelegt."
    ),
    "agenda.unsupported": (
        "Der Dateityp von {path} wird nicht unterstützt ({detail}). Verwenden Sie .docx, "
        ".odt, .md, .txt oder .html. Es wurde keine Sitzung angelegt."
    ),
    "agenda.empty": (
        "In {path}{detail} wurden keine Tagesordnungspunkte gefunden. Es wurde keine Sitzung "
        "angelegt."
    ),
    "agenda.too_large": (
        "Die Datei {path} ist für eine Tagesordnung zu groß ({detail}, höchstens 5 MB). Es "
        "wurde keine Sitzung angelegt."
    ),
    "agenda.binary": (
        "Die Datei {path} ist keine Textdatei ({detail}). Es wurde keine Sitzung angelegt."
    ),
    "export": "Der Export ist fehlgeschlagen ({detail}).",
    "export.pandoc_missing": (
        "Pandoc wurde nicht gefunden, daher kann das Dokument nicht erstellt werden "
        "({detail}). Installieren Sie minutes neu (das Paket pypandoc_binary bringt pandoc "
        "mit) oder installieren Sie pandoc von https://pandoc.org/installing.html."
    ),
    "export.pandoc_failed": "Pandoc konnte das Dokument nicht erstellen: {detail}",
    "export.not_writable": (
        "{path} konnte nicht geschrieben werden ({detail}). Wählen Sie mit -o einen anderen "
        "Ordner, oder schließen Sie die Datei, wenn sie in Word geöffnet ist."
    ),
    "export.folder_missing": (
        "Der Ordner für {path} existiert nicht. Wählen Sie mit -o einen vorhandenen Ordner."
    ),
    "export.template_missing": "Die Vorlage {path} existiert nicht.",
    "export.bad_template": (
        "Die Vorlage {path} ist kein Word-Dokument (.docx) ({detail}). Geben Sie eine in Word "
        "oder LibreOffice gespeicherte .docx-Datei an."
    ),
    "export.bad_odt_template": (
        "Die Vorlage {path} ist kein OpenDocument-Textdokument (.odt) ({detail}). Geben Sie "
        "eine in LibreOffice oder Word gespeicherte .odt-Datei an."
    ),
    "export.template_other_kind": (
        "Die Vorlage {path} passt nicht zu {detail}: docx und pdf nehmen eine Word-Vorlage "
        "(.docx), odt eine OpenDocument-Vorlage (.odt). Legen Sie die Vorlage der anderen "
        "Art mit demselben Namen daneben oder wählen Sie eine andere Vorlage."
    ),
    "export.no_pdf_engine": (
        "Auf diesem Rechner wurde kein Programm gefunden, das PDF erstellen kann. "
        "Installieren Sie minutes neu (das Paket typst erstellt PDF ohne weiteres Programm) "
        "oder installieren Sie LibreOffice (https://www.libreoffice.org, unter "
        "Debian/Ubuntu: apt install libreoffice-writer) und versuchen Sie es erneut, oder "
        "exportieren Sie nach docx und speichern Sie in Word als PDF."
    ),
    "export.no_libreoffice": (
        "PDF über LibreOffice wurde gewählt, aber LibreOffice wurde nicht gefunden. "
        "Installieren Sie es (https://www.libreoffice.org) oder erstellen Sie das PDF mit "
        "Typst (--pdf-via typst)."
    ),
    "export.pdf_failed": "Das PDF konnte mit {detail} nicht erstellt werden.",
    "export.not_text": (
        "Das Format {detail} kann nicht ins Terminal geschrieben werden; geben Sie mit -o "
        "eine Datei an."
    ),
    "export.no_such_item": (
        "Die Sitzung hat keinen TOP {detail}; geben Sie Nummern an, z. B. --items 5 oder 5,7."
    ),
    "problem.folder": "ein Ordner, keine Datei",
    "problem.no_access": "keine Berechtigung, die Datei zu lesen",
    "problem.unreadable": "die Datei kann nicht gelesen werden ({detail})",
    "problem.empty": "die Datei ist leer",
    "problem.not_utf8": "kein UTF-8-Text bei Byte {at}",
    "problem.invalid_json": "kein gültiges JSON in Zeile {at}",
    "problem.too_deep": "tiefer als {depth} Ebenen verschachtelt",
    "problem.too_big": "größer als die {mb} MB, die eine minutes-Datei haben darf",
    "problem.not_minutes": "keine minutes-Datei",
    "problem.newer": "von einer neueren Version von minutes geschrieben",
    "problem.damaged": "{detail}",
    "problem.damaged_prefix": "beschädigt: {what}",
    "os.ENOSPC": "der Datenträger ist voll",
    "os.EACCES": "keine Berechtigung",
    "os.EPERM": "keine Berechtigung",
    "os.EROFS": "der Datenträger ist schreibgeschützt",
    "os.EISDIR": "das ist ein Ordner, keine Datei",
    "os.ENOENT": "Datei oder Ordner existiert nicht",
    "os.ENOTDIR": "ein Teil des Pfads ist kein Ordner",
    "os.EDQUOT": "das Speicherkontingent ist aufgebraucht",
    "timefmt.date": "kein Datum: {text} (schreiben Sie es als 2022-05-06 oder 6. Mai)",
    "timefmt.time": "keine Uhrzeit: {text} (schreiben Sie sie als 18.30 oder 18:30)",
}

#: The German of ``minutes check`` (``model.validation``), by the problem's code; Swedish
#: and English are still written beside each check. A check without an entry here reads
#: in English.
CHECKS_DE: dict[str, str] = {
    "check.end_before_start": "Das Ende {end} Uhr liegt nicht nach dem Beginn {start} Uhr.",
    "check.no_body": "Der Sitzung fehlt das Gremium (wer tagt).",
    "check.no_date": "Der Sitzung fehlt das Datum.",
    "check.bad_quorum_rule": (
        "Die Regel der Beschlussfähigkeit '{rule}' ist nicht lesbar (half oder min:5 schreiben)."
    ),
    "check.actual_end_before_start": "Die Sitzung wurde geschlossen, bevor sie eröffnet wurde.",
    "check.next_end_before_start": (
        "Nächste Sitzung: Das Ende {end} Uhr liegt nicht nach dem Beginn {start} Uhr."
    ),
    "check.next_before": "Die nächste Sitzung liegt vor oder am Tag dieser Sitzung.",
    "check.verifier_missing": "Eine Person der Protokollprüfung steht nicht auf der Liste.",
    "check.verifier_absent": "{name} (Protokollprüfung) war nicht anwesend.",
    "check.no_name": "Einer Person fehlt der Name.",
    "check.duplicate_name": "{name} steht zweimal auf der Liste.",
    "check.bad_from_item": "{name}: Der TOP in 'ab TOP' steht nicht auf der Tagesordnung.",
    "check.bad_until_item": "{name}: Der TOP in 'bis TOP' steht nicht auf der Tagesordnung.",
    "check.bad_interval_item": (
        "{name}: Ein TOP ihrer Anwesenheit steht nicht auf der Tagesordnung."
    ),
    "check.left_before_arrived": "{name} ging vor dem TOP, zu dem die Person kam.",
    "check.substitute_for_nobody": "{name} ist Vertretung, aber es steht nicht, für wen.",
    "check.substitute_and_member": (
        "Sowohl {member} als auch die Vertretung {name} sind anwesend."
    ),
    "check.no_people": (
        "Die Sitzung hat niemanden auf der Liste: Mitglieder hinzufügen (F2 n) oder minutes "
        "roster add."
    ),
    "check.no_chair": "Keine Versammlungsleitung angegeben.",
    "check.no_secretary": "Keine Protokollführung angegeben.",
    "check.two_chairs": "Mehr als eine Versammlungsleitung: {names}.",
    "check.two_secretarys": "Mehr als eine Protokollführung: {names}.",
    "check.no_items": "Die Tagesordnung ist leer (Alt+D fügt Punkte hinzu).",
    "check.two_next_meeting_items": (
        "Mehrere Punkte sind 'Nächste Sitzung' ({numbers}): Das Protokoll nennt die nächste "
        "Sitzung unter jedem. Ändern Sie den, der es nicht ist."
    ),
    "check.no_title": "TOP {number} hat keinen Titel.",
    "check.duplicate_number": "Die Nummer {number} ist zweimal vergeben.",
    "check.tabled_without_reason": "TOP {number} ist ohne Grund vertagt.",
    "check.decision_without_item": "Beschluss {number} gehört zu keinem TOP.",
    "check.empty_decision": "Beschluss {number} unter TOP {label} hat keinen Text.",
    "check.negative_votes": "Beschluss {number}: eine negative Stimmenzahl.",
    "check.more_votes_than_present": (
        "Beschluss {number}: {cast} Stimmen, aber nur {present} Anwesende."
    ),
    "check.empty_action": "Einer Aufgabe fehlt der Text.",
    "check.action_without_owner": "Die Aufgabe '{text}' hat niemanden, der zuständig ist.",
    "check.due_before_meeting": "Die Aufgabe '{text}' ist vor dem Sitzungstag fällig.",
}
