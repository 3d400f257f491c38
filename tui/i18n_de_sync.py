"""German texts of sync, conflicts, approval (Genehmigung) and verification."""

from __future__ import annotations

DE_SYNC: dict[str, str] = {
    "sync.setup_done": (
        "Das Archiv {path} wird jetzt über {remote} geteilt. 'minutes sync' gleicht ab."
    ),
    "sync.setup_local": "Das Archiv {path} ist jetzt ein Git-Archiv (noch ohne Gegenstelle).",
    "sync.setup_unreached": (
        "Die Gegenstelle {remote} ist eingetragen, aber gerade nicht erreichbar; noch ist "
        "nichts geteilt. Starten Sie 'minutes sync', sobald sie erreichbar ist."
    ),
    "sync.cloned": "Das geteilte Archiv wurde nach {path} kopiert.",
    "sync.clone_hint": "Verwenden mit: minutes --archive {path}",
    "sync.committed": "Ihre Änderungen wurden lokal gesichert.",
    "sync.merged": "Änderungen empfangen: {files}.",
    "sync.pushed": "Abgeglichen {time}.",
    "sync.conflicts": (
        "{count} Konflikte zu lösen: siehe 'minutes sync status' oder Alt+K im Programm."
    ),
    "sync.conflicts|one": (
        "1 Konflikt zu lösen: siehe 'minutes sync status' oder Alt+K im Programm."
    ),
    "sync.postponed": (
        "Die Sitzung {files} ist im Programm geöffnet; eingehende Änderungen werden beim "
        "Abgleich des Programms zusammengeführt."
    ),
    "sync.offline": (
        "Die Gegenstelle war nicht erreichbar ({detail}). Ihre Änderungen sind lokal "
        "gespeichert und werden beim nächsten Abgleich geteilt."
    ),
    "sync.no_remote": (
        "Keine Gegenstelle eingetragen: Die Änderungen wurden lokal gesichert. Eintragen mit "
        "'minutes sync setup ADRESSE'."
    ),
    "sync.status.not_repo": (
        "Das Archiv wird noch nicht geteilt. Beginnen Sie mit 'minutes sync setup ADRESSE'."
    ),
    "sync.status.remote": "Gegenstelle: {remote}",
    "sync.status.unshared": "{count} Änderungen noch nicht geteilt.",
    "sync.status.unshared|one": "1 Änderung noch nicht geteilt.",
    "sync.status.all_shared": "Alles ist geteilt.",
    "sync.status.last_sync": "Letzter Abgleich: {time}",
    "sync.status.never": "Letzter Abgleich: noch nie",
    "sync.status.last_error": "Der letzte Versuch schlug fehl: {error}",
    "sync.status.conflict": "Konflikt in {meeting}, TOP {item}: Feld {field}",
    "sync.status.no_conflicts": "Keine ungelösten Konflikte.",
    "sync.state.unshared": "{count} Änderungen nicht geteilt",
    "sync.state.unshared|one": "1 Änderung nicht geteilt",
    "sync.state.synced": "abgeglichen {time}",
    "sync.state.conflict": "Konflikt in TOP {item}",
    "sync.state.syncing": "gleicht ab …",
    "sync.state.offline": "offline, lokal gespeichert",
    "sync.state.failed": "Abgleich fehlgeschlagen",
    "sync.ask_name": "Ihr Name (erscheint als Autor der Änderungen)",
    "sync.ask_email": "Ihre E-Mail-Adresse",
    "sync.error.no_identity": (
        "Zum Abgleichen werden Ihr Name und Ihre E-Mail-Adresse gebraucht. Starten Sie "
        "'minutes sync' im Terminal oder drücken Sie einmal F12 im Programm, dann wird gefragt."
    ),
    "sync.error.git_missing": (
        "Das Programm git fehlt, daher konnte nichts geteilt werden. Installieren Sie git "
        "und versuchen Sie es erneut; Ihre Arbeit ist gespeichert."
    ),
    "sync.error.not_a_repo": (
        "Das Archiv wird noch nicht geteilt. Zuerst 'minutes sync setup ADRESSE' ausführen."
    ),
    "sync.error.bad_url": (
        "Die Adresse {detail} ist nicht verwendbar. Erlaubt sind ssh, https, git, file und "
        "Ordnerpfade."
    ),
    "sync.error.unreachable": (
        "Die Gegenstelle war nicht erreichbar. Ihre Änderungen bleiben lokal erhalten; "
        "versuchen Sie es später erneut."
    ),
    "sync.error.timeout": (
        "Die Gegenstelle hat nicht rechtzeitig geantwortet ({detail}). Nichts ging verloren "
        "und nichts Halbfertiges blieb zurück; prüfen Sie die Adresse und versuchen Sie es "
        "erneut, oder erhöhen Sie git_timeout in der Konfigurationsdatei."
    ),
    "sync.error.busy": (
        "Ein anderer Git-Vorgang im Archiv läuft noch. Nichts ging verloren; versuchen Sie "
        "es gleich noch einmal."
    ),
    "sync.error.cancelled": (
        "Der Abgleich wurde abgebrochen. Nichts ging verloren; der nächste Abgleich vollendet ihn."
    ),
    "sync.error.auth": (
        "Die Gegenstelle hat die Anmeldung abgelehnt. Prüfen Sie Ihren SSH-Schlüssel oder "
        "die bei git gespeicherte Anmeldung; Ihre Änderungen bleiben lokal, nichts ging "
        "verloren."
    ),
    "sync.error.not_found": (
        "Unter dieser Adresse gibt es kein geteiltes Archiv. Prüfen Sie die Adresse "
        "('minutes sync setup ADRESSE' ändert sie); nichts ging verloren."
    ),
    "sync.error.rejected": (
        "Jemand anderes hat mehrmals hintereinander gleichzeitig abgeglichen. Nichts ging "
        "verloren; versuchen Sie es gleich noch einmal."
    ),
    "sync.error.push_refused": (
        "Die Gegenstelle hat Ihre Änderungen abgelehnt: {detail}. Sie sind lokal gespeichert "
        "und nichts ging verloren; fragen Sie die Betreuung der Gegenstelle und gleichen "
        "Sie danach erneut ab."
    ),
    "sync.error.merge_failed": (
        "Die Änderungen ließen sich nicht zusammenführen ({detail}). Ihr Archiv ist wie vor "
        "dem Abgleich, nichts ging verloren. Bitten Sie die andere Person, erneut "
        "abzugleichen, oder wenden Sie sich an den Support."
    ),
    "sync.error.invalid_result": (
        "Eine Datei der Gegenseite ist beschädigt ({detail}). Ihr Archiv ist wie vor dem "
        "Abgleich, nichts ging verloren."
    ),
    "sync.error.detached": (
        "Das Git-Archiv ist auf keinem Branch. Führen Sie im Archivordner 'git checkout main' aus."
    ),
    "sync.error.target_not_empty": (
        "Der Ordner {detail} existiert und ist nicht leer. Wählen Sie einen neuen Ordner."
    ),
    "sync.error.disk_full": (
        "Der Datenträger ist voll. Schaffen Sie Platz und gleichen Sie erneut ab; nichts "
        "ging verloren."
    ),
    "sync.error.git_failed": (
        "Git ist fehlgeschlagen: {detail}. Nichts ging verloren; bitte erneut versuchen."
    ),
    "sync.error.refused_files": (
        "Das geteilte Archiv enthält Dateien, die nicht in ein Protokollarchiv gehören, "
        "daher wurde nichts von den Änderungen der Gegenseite übernommen: {detail}. Ihre "
        "eigene Arbeit ist hier gespeichert, aber nicht geteilt. Bitten Sie, wer diese "
        "Dateien abgelegt hat, sie aus dem geteilten Archiv zu entfernen, und gleichen Sie "
        "dann erneut ab."
    ),
    "sync.error.sign_failed": (
        "Die Genehmigung konnte nicht mit Ihrem Schlüssel signiert werden: {detail} Prüfen "
        "Sie signing_key in der Konfigurationsdatei (ein Schlüssel mit Passphrase muss im "
        "ssh-agent sein) und führen Sie 'minutes approve' erneut aus."
    ),
    "sync.diff.since": "Änderungen in {title} {ref}:",
    "sync.diff.since_ref": "seit {ref}",
    "sync.diff.none": "Keine Änderungen {ref}.",
    "sync.diff.by": "von {name} {time}",
    "sync.diff.added": "neu",
    "sync.diff.deleted": "gelöscht",
    "sync.diff.meeting": "Die Sitzung",
    "sync.approved": "Die Sitzung ist genehmigt von {name} {time}. Prüfsumme {hash}.",
    "sync.approved_tag": "In git als {tag} markiert; wird beim nächsten Abgleich geteilt.",
    "sync.reopened": (
        "Die Sitzung wurde von {name} für eine Berichtigung wieder geöffnet. Sie muss erneut "
        "genehmigt werden."
    ),
    "sync.verify.not_approved": "Die Sitzung ist nicht genehmigt.",
    "sync.verify.reopened": (
        "Die Sitzung wurde von {name} {time} genehmigt, aber für eine Berichtigung wieder geöffnet."
    ),
    "sync.approval.already_approved": "Die Sitzung ist bereits genehmigt (von {detail}).",
    "sync.approval.open_conflicts": (
        "Die Sitzung hat {detail} ungelöste Konflikte; lösen Sie sie vor der Genehmigung."
    ),
    "sync.approval.no_name": "Für die Genehmigung wird Ihr Name gebraucht.",
    "sync.approval.not_approved": (
        "Die Sitzung ist nicht genehmigt; es gibt nichts wieder zu öffnen."
    ),
    "sync.conflicts.title": "Konflikte",
    "sync.conflicts.none": "Keine ungelösten Konflikte.",
    "sync.conflicts.where": "{table} {label}, Feld {field}",
    "sync.conflicts.ours": "Ihre Fassung ({name})",
    "sync.conflicts.theirs": "Die andere Fassung ({name})",
    "sync.conflicts.drops_mine": (
        "Die andere Fassung lässt weg, was Sie geschrieben haben: „{words}“. Drücken Sie "
        "{press} noch einmal, um sie trotzdem zu nehmen, oder e, um den Text aus beiden zu "
        "schreiben."
    ),
    "sync.conflicts.drops_theirs": (
        "Ihre Fassung lässt weg, was {name} geschrieben hat: „{words}“. Drücken Sie {press} "
        "noch einmal, um sie trotzdem zu nehmen, oder e, um den Text aus beiden zu schreiben."
    ),
    "sync.conflicts.take_ours": "Meine nehmen",
    "sync.conflicts.take_theirs": "Die andere nehmen",
    "sync.conflicts.edit": "Bearbeiten",
    "sync.conflicts.save": "Zusammengeführten Text speichern",
    "sync.conflicts.close": "Schließen",
    "sync.conflicts.deleted": "gelöscht",
    "sync.conflicts.edited": "bearbeitet",
    "sync.conflicts.notice": "{count} Konflikte zu lösen: {shortcut} zeigt sie.",
    "sync.conflicts.notice|one": "1 Konflikt zu lösen: {shortcut} zeigt ihn.",
    "sync.conflicts.all_title": "Ungelöste Konflikte im Archiv",
    "sync.conflicts.in_item": "{date} {meeting}, TOP {item}: Feld {field}",
    "sync.conflicts.in_meeting": "{date} {meeting}: {table}, Feld {field}",
    "sync.conflicts.archive": "Archiv: {table} {label}: Feld {field}",
    "sync.conflicts.status_archive": "Konflikt in {where}",
    "sync.conflicts.state_archive": "Konflikt in {where}",
    "sync.conflicts.state_more": "{state} (+{count})",
    "sync.conflicts.table.bodies": "Gremium",
    "sync.conflicts.table.roster": "Mitgliederliste",
    "sync.conflicts.table.templates": "Tagesordnungsvorlage",
    "sync.conflicts.open_hint": "Enter öffnet die Sitzung; dort wird der Konflikt gelöst.",
    "sync.conflicts.elsewhere": (
        "{count} weitere ungelöste Konflikte in anderen Sitzungen oder im Archiv: Sitzung "
        "verlassen und in der Archivliste {shortcut} drücken."
    ),
    "sync.conflicts.elsewhere|one": (
        "1 weiterer ungelöster Konflikt in einer anderen Sitzung oder im Archiv: Sitzung "
        "verlassen und in der Archivliste {shortcut} drücken."
    ),
    "sync.conflicts.resolved": "Der Konflikt ist gelöst.",
    "sync.conflicts.failed": "Der Konflikt konnte nicht gelöst werden: {detail}",
    "sync.conflicts.hint": "⚠ {count} ungelöste Konflikte: {shortcut} zeigt sie.",
    "sync.conflicts.hint|one": "⚠ 1 ungelöster Konflikt: {shortcut} zeigt ihn.",
    "sync.conflicts.gone": (
        "Der Konflikt ist schon gelöst oder weg (vielleicht durch einen Abgleich); die Liste "
        "ist aktualisiert."
    ),
    "key.sync": "Abgleichen",
    "help.sync": "Änderungen jetzt teilen (commit, fetch, merge, push)",
    "key.conflicts": "Konflikte",
    "help.conflicts": (
        "Synchronisationskonflikte zeigen und lösen: die der Sitzung, oder aus der "
        "Archivliste die des ganzen Archivs"
    ),
    # approval in the app and the identity form
    "identity.title": "Ihr Name und Ihre E-Mail-Adresse (einmalig gefragt)",
    "identity.bad_email": "Bitte eine E-Mail-Adresse eingeben, z. B. name@gemeinde.de.",
    "identity.saved": "Gespeichert: {name} <{email}>. Änderbar in der Konfigurationsdatei.",
    "identity.not_saved": (
        "Die Konfigurationsdatei konnte nicht gespeichert werden ({detail}); der Name gilt, "
        "bis Sie das Programm schließen."
    ),
    "identity.cancelled.sync": (
        "Nichts wurde abgeglichen: Zum Teilen werden Ihr Name und Ihre E-Mail-Adresse "
        "gebraucht. Ihre Arbeit ist auf diesem Rechner gespeichert; F12 versucht es erneut."
    ),
    "identity.cancelled.approve": (
        "Die Sitzung ist nicht genehmigt: Für die Genehmigung wird Ihr Name gebraucht."
    ),
    "identity.cancelled.reopen": (
        "Die Sitzung wurde nicht wieder geöffnet: Dafür wird Ihr Name gebraucht."
    ),
    "key.approve": "Genehmigen",
    "help.approve": (
        "Prüfen, was sich seit Ihrem letzten Blick geändert hat, und die Sitzung genehmigen "
        "(sie wird schreibgeschützt)"
    ),
    "key.reopen": "Für Berichtigung öffnen",
    "help.reopen": (
        "Eine genehmigte Sitzung für eine Berichtigung wieder öffnen (ein Grund ist nötig "
        "und wird festgehalten)"
    ),
    "review.title": "Genehmigung: {title} {date}",
    "review.state": "Status: {state}",
    "review.approved": "Genehmigt von {name} um {time} · Prüfsumme {hash}",
    "review.history.approved": "Genehmigt von {name} um {time}",
    "review.history.reopened": "Wieder geöffnet von {name} um {time}: {reason}",
    "review.reopened_banner": "{line} — erneut genehmigen mit {keys}.",
    "review.locked": (
        "Die Sitzung ist in einem anderen Fenster zum Schreiben geöffnet; genehmigen Sie sie dort."
    ),
    "review.can_reopen": (
        "Die Sitzung ist genehmigt und schreibgeschützt. r öffnet sie für eine Berichtigung "
        "(ein Grund ist nötig und wird festgehalten)."
    ),
    "review.blocked": (
        "{count} ungelöste Konflikte verhindern die Genehmigung. Lösen Sie sie zuerst mit "
        "{keys}, dann genehmigen."
    ),
    "review.blocked|one": (
        "Ein ungelöster Konflikt verhindert die Genehmigung. Lösen Sie ihn zuerst mit "
        "{keys}, dann genehmigen."
    ),
    "review.ready": (
        "Keine ungelösten Konflikte. j genehmigt als {name}: Die Sitzung wird endgültig "
        "und schreibgeschützt."
    ),
    "review.you": "Sie (Ihr Name wird gefragt)",
    "review.changes": "Änderungen",
    "review.loading": "Änderungen werden gelesen …",
    "review.not_git": (
        "Das Archiv wird nicht über git geteilt, daher kann nicht gezeigt werden, was sich "
        "wann und durch wen geändert hat. Oben: der Status der Sitzung."
    ),
    "review.since_seen": "seit Ihrem letzten Blick ({ref})",
    "review.since_first": "seit die Sitzung zuerst geteilt wurde",
    "review.changes_since": "Änderungen {since}:",
    "review.no_changes": "Keine Änderungen {since}.",
    "review.diff_failed": "Die Änderungen konnten nicht gelesen werden: {detail}",
    "review.not_shared": "Ihre Änderung, noch nicht geteilt",
    "review.place.meeting": "Die Sitzung: {label}",
    "review.place.attendance": "Anwesenheit: {label}",
    "review.key.approve": "Genehmigen",
    "review.key.reopen": "Für Berichtigung öffnen",
    "review.key.close": "Schließen",
    "review.sync_running": "Gerade läuft ein Abgleich; drücken Sie die Taste gleich noch einmal.",
    "review.not_saved": (
        "Die Sitzung ist NICHT genehmigt: Die Genehmigung konnte nicht gespeichert werden "
        "({detail}). Nichts ging verloren; bitte erneut versuchen."
    ),
    "review.tag_failed": (
        "Die Genehmigung ist gespeichert, aber die Git-Markierung schlug fehl: {detail} Die "
        "Genehmigung ist erst mit der Markierung nachweisbar: Beheben Sie die Ursache und "
        "führen Sie 'minutes approve' für die Sitzung aus (es setzt nur die Markierung)."
    ),
    "review.locked_by_sync": (
        "Die Sitzung wurde am anderen Rechner von {name} um {time} genehmigt: Sie ist jetzt "
        "schreibgeschützt."
    ),
    "review.unlocked_by_sync": (
        "Die Sitzung wurde am anderen Rechner für eine Berichtigung geöffnet: Sie kann wieder "
        "bearbeitet werden."
    ),
    "review.reopen.title": "Genehmigte Sitzung für eine Berichtigung öffnen",
    "review.reopen.reason": "Grund (wird festgehalten und gezeigt)",
    "review.reopen_cancelled": "Die Sitzung ist weiterhin genehmigt; nichts wurde geändert.",
    "review.table.meeting": "Sitzung",
    "review.table.items": "TOP",
    "review.table.decisions": "Beschluss",
    "review.table.actions": "Aufgabe",
    "review.table.statements": "Widerspruch/Erklärung",
    "review.table.attendance": "Anwesenheit",
    "review.table.conflicts": "Konflikt",
    "review.field.title": "Titel",
    "review.field.number": "Nummer",
    "review.field.presenter": "Berichterstattung",
    "review.field.planned_minutes": "geplante Minuten",
    "review.field.notes": "Notizen",
    "review.field.status": "Status",
    "review.field.status_reason": "Grund",
    "review.field.text": "Text",
    "review.field.votes_for": "Ja-Stimmen",
    "review.field.votes_against": "Nein-Stimmen",
    "review.field.votes_abstain": "Enthaltungen",
    "review.field.owner_name": "zuständig",
    "review.field.due": "bis",
    "review.field.name": "Name",
    "review.field.role": "Funktion",
    "review.field.organisation": "Organisation",
    "review.field.remark": "Bemerkung",
    "review.field.body": "Gremium",
    "review.field.date": "Datum",
    "review.field.place": "Ort",
    "review.field.verifiers": "Protokollprüfer",
    "review.field.rules": "Regeln",
    "review.field.next_date": "Datum der nächsten Sitzung",
    "review.field.next_place": "Ort der nächsten Sitzung",
    "review.field.deleted": "gelöscht",
    "review.field.state": "Status der Sitzung",
    "review.field.actual_start": "tatsächlicher Beginn",
    "review.field.actual_end": "tatsächliches Ende",
    "verify.ok.signed": (
        "Die Genehmigung hält: genehmigt von {name} {time}, seitdem unverändert, signiert "
        "von {signer} (Schlüssel {fingerprint}, im Archiv vertrauenswürdig)."
    ),
    "verify.ok.hashed": (
        "Die Genehmigung hält: genehmigt von {name} {time}, laut Git-Markierung {tag} "
        "seitdem unverändert (mit Prüfsumme, nicht signiert: kein Signierschlüssel "
        "eingerichtet)."
    ),
    "verify.ok.local": (
        "Unverändert seit der Genehmigung durch {name} {time}, laut der Prüfsumme in der "
        "Datei (das Archiv wird nicht über git geteilt, es gibt keine Markierung zum "
        "Vergleich)."
    ),
    "verify.failed": (
        "DIE GENEHMIGUNG HÄLT NICHT (NICHT NACHGEWIESEN): Laut Datei genehmigt von {name} "
        "{time}, aber"
    ),
    "verify.failed.state": (
        "DIE DATEI PASST NICHT ZU IHRER GENEHMIGUNG (NICHT NACHGEWIESEN): Die Sitzung ist "
        "als {state} markiert, aber"
    ),
    "verify.content_changed": (
        "der Text wurde nach der Genehmigung geändert (er passt nicht zur Prüfsumme)."
    ),
    "verify.content_not_as_approved": (
        "der Text ist nicht der genehmigte: Er weicht vom in der Markierung {tag} "
        "festgehaltenen Inhalt ab (die Prüfsumme in der Datei wurde neu berechnet)."
    ),
    "verify.approver_changed": (
        "die genehmigende Person in der Datei ({file}) ist nicht die festgehaltene ({recorded})."
    ),
    "verify.time_changed": (
        "der Genehmigungszeitpunkt in der Datei ({file}) ist nicht der festgehaltene ({recorded})."
    ),
    "verify.end_changed": (
        "das Sitzungsende in der Datei ({file}) ist nicht das bei der Genehmigung "
        "festgehaltene ({recorded})."
    ),
    "verify.event_missing": "der Genehmigungseintrag wurde aus dem Verlauf der Sitzung entfernt.",
    "verify.no_hash": "die Datei ist als genehmigt markiert, hat aber keine Prüfsumme.",
    "verify.no_tag": (
        "es gibt keine Genehmigungsmarkierung in git: Die Sitzung wurde in der Datei als "
        "genehmigt markiert, nicht mit minutes genehmigt."
    ),
    "verify.state_edited": (
        "sie wurde von {name} {time} genehmigt (Markierung {tag}) und nie wieder geöffnet, "
        "doch die Datei sagt {state}."
    ),
    "verify.reopened_not_approved": (
        "sie wurde {time} für eine Berichtigung geöffnet und nicht erneut genehmigt, doch "
        "die Datei sagt genehmigt."
    ),
    "verify.tag_mismatch": "die Markierung {tag} zeigt nicht auf den genehmigten Inhalt.",
    "verify.bad_signature": (
        "die Signatur der Markierung {tag} passt nicht: Die Markierung wurde verändert oder "
        "gefälscht."
    ),
    "verify.unknown_key": (
        "die Markierung ist mit einem Schlüssel ({fingerprint}) signiert, dem das Archiv "
        "nicht vertraut (.minutes/allowed_signers)."
    ),
    "verify.wrong_signer": (
        "die Markierung ist von {signer} signiert, nicht von der genehmigenden Person ({email})."
    ),
    "verify.unsigned_but_key_listed": (
        "die Markierung ist nicht signiert, obwohl die genehmigende Person ({email}) einen "
        "Signierschlüssel im Archiv hat: Sie wurde vielleicht ersetzt."
    ),
    "verify.list_mark": "⚠ Genehmigung nicht nachgewiesen",
    "verify.header_mark": "⚠ die Genehmigung ist nicht nachweisbar (minutes verify)",
    "verify.sync_notice": (
        "Warnung: Die Genehmigung hält nicht für {meetings}. 'minutes verify' sagt, warum."
    ),
    "verify.status_line": "Die Genehmigung hält nicht: {meeting}: {reason}",
    "verify.export_note": (
        "Warnung: Die Genehmigung ist nicht nachweisbar; das Dokument sagt es oben."
    ),
    "verify.retagged": "Die Sitzung war schon genehmigt; die Git-Markierung wird jetzt gesetzt.",
}
