"""The one-line descriptions of the commands in ``minutes --help``, in Swedish,
English and German, and the root's own help (``help.cmd.minutes``, its options'
``help.opt.minutes.*``: ``tui.help_i18n``). The English is each command's own first
docstring line; every other command's full ``--help`` is in ``tui/locale/*.json``.
``minutes --help`` reads this module alone (not ``tui.i18n``, which holds every text of
the app): see ``command_line``."""

from __future__ import annotations

SV: dict[str, str] = {
    "help.subcommand_metavar_optional": "[KOMMANDO] [ARGUMENT]...",
    "help.options_metavar": "[FLAGGOR]",
    "help.subcommand_metavar": "KOMMANDO [ARGUMENT]...",
    "help.cmd.minutes": (
        "Skriv protokollet från ett möte medan det pågår, synka det via git, exportera det"
        " till Word.\n\nUtan kommando öppnas appen på arkivet."
    ),
    "help.opt.minutes.archive": (
        "Arkivmapp (standard: $MINUTES_ARCHIVE, annars användarens datamapp)."
    ),
    "help.opt.minutes.lang": "Gränssnittets språk.",
    "cmd.actions": "Öppna uppdrag i hela arkivet, per ansvarig och datum.",
    "cmd.approve": "Justera MÖTE: det blir slutligt och skrivskyddat, märkt i git.",
    "cmd.attendance": "Närvaro per person över mötena.",
    "cmd.check": "Kontrollera ett möte: saknade eller motstridiga uppgifter.",
    "cmd.config": "Visa eller ändra inställningarna (namn, e-post, språk, tema, tangenter, synk).",
    "cmd.decisions": "Beslutsregistret, per organ och datum.",
    "cmd.demo": "Öppna appen på ett tillfälligt arkiv med demomötet.",
    "cmd.diff": "Visa vad som ändrats i MÖTE, per punkt, av vem och när.",
    "cmd.done": "Avrapportera UPPDRAG i MÖTE; dess ursprung förblir länkat.",
    "cmd.export": "Exportera protokollet för MÖTE (id, början av id, datum eller sökväg).",
    "cmd.list": "Lista mötena, nyaste först, med status.",
    "cmd.new": "Skapa ett möte; deltagarna kommer från organets senaste möte.",
    "cmd.open": "Öppna ett möte i appen (skrivskyddat om ett annat program skriver i det).",
    "cmd.reopen": "Öppna ett justerat MÖTE för rättelse (registreras; justeras igen).",
    "cmd.roster": "Ett organs ledamöter: lista, lägg till, ändra, ta bort, klistra in en lista.",
    "cmd.search": "Fritextsökning i alla möten, bästa träffarna först.",
    "cmd.show": "Visa ett möte.",
    "cmd.sync": "Dela arkivet via git: synka nu, eller sätt upp, klona, visa status.",
    "cmd.upcoming": "Kommande möten för alla organ, så som protokollen planerar dem.",
    "cmd.verify": "Styrk justeringen av MÖTE mot kontrollsumma, logg och git-märkning.",
}

EN: dict[str, str] = {
    "help.subcommand_metavar_optional": "[COMMAND] [ARGS]...",
    "help.options_metavar": "[OPTIONS]",
    "help.subcommand_metavar": "COMMAND [ARGS]...",
    "help.cmd.minutes": (
        "Take the minutes of a meeting live, sync them through git, export them to Word."
        "\n\nWithout a command, opens the app on the archive."
    ),
    "help.opt.minutes.archive": (
        "Archive folder (default: $MINUTES_ARCHIVE, else the user data folder)."
    ),
    "help.opt.minutes.lang": "Interface language.",
    "cmd.actions": "Open actions across the archive, by owner and due date.",
    "cmd.approve": "Approve MEETING (justering): it becomes final and read-only, tagged in git.",
    "cmd.attendance": "Attendance per person across meetings.",
    "cmd.check": "Check a meeting for missing or contradictory facts.",
    "cmd.config": "Show or change the settings (name, e-mail, language, theme, keys, sync).",
    "cmd.decisions": "The decision register, by body and date.",
    "cmd.demo": "Open the app on a temporary archive holding the demo meeting.",
    "cmd.diff": "Show what changed in MEETING, per item, by whom and when.",
    "cmd.done": "Report ACTION done in MEETING (where it was reported); its origin stays linked.",
    "cmd.export": "Export the minutes of MEETING (id, id prefix, date or file path).",
    "cmd.list": "List the meetings, newest first, with their state.",
    "cmd.new": "Create a meeting; its roster comes from the body's last meeting.",
    "cmd.open": "Open a meeting in the app (read-only if another program is writing it).",
    "cmd.reopen": "Reopen an approved MEETING for a correction (recorded; needs approval again).",
    "cmd.roster": "The members of a body: list, add, edit, remove, import a pasted list.",
    "cmd.search": "Full-text search over all meetings, best hits first.",
    "cmd.show": "Show a meeting.",
    "cmd.sync": "Share the archive through git: sync now, or set up, clone, show status.",
    "cmd.upcoming": "The meetings to come, of every body, as their minutes plan them.",
    "cmd.verify": "Prove MEETING's approval against its hash, its log and its git tag.",
}

DE: dict[str, str] = {
    "help.subcommand_metavar_optional": "[BEFEHL] [ARGUMENTE]...",
    "help.options_metavar": "[OPTIONEN]",
    "help.subcommand_metavar": "BEFEHL [ARGUMENTE]...",
    "help.cmd.minutes": (
        "Das Protokoll einer Sitzung live führen, über git abgleichen, nach Word exportieren."
        "\n\nOhne Befehl öffnet sich das Programm mit dem Archiv."
    ),
    "help.opt.minutes.archive": (
        "Archivordner (Standard: $MINUTES_ARCHIVE, sonst der Datenordner des Benutzers)."
    ),
    "help.opt.minutes.lang": "Sprache der Oberfläche.",
    "cmd.actions": "Offene Aufgaben im ganzen Archiv, nach Zuständigen und Fälligkeit.",
    "cmd.approve": "SITZUNG genehmigen: Sie wird endgültig und schreibgeschützt, in git markiert.",
    "cmd.attendance": "Anwesenheit je Person über die Sitzungen.",
    "cmd.check": "Eine Sitzung auf fehlende oder widersprüchliche Angaben prüfen.",
    "cmd.config": (
        "Einstellungen zeigen oder ändern (Name, E-Mail, Sprache, Farben, Tasten, Abgleich)."
    ),
    "cmd.decisions": "Das Beschlussregister, nach Gremium und Datum.",
    "cmd.demo": "Das Programm mit der Demo-Sitzung in einem vorläufigen Archiv öffnen.",
    "cmd.diff": "Zeigen, was sich in SITZUNG geändert hat, je TOP, durch wen und wann.",
    "cmd.done": "AUFGABE in SITZUNG als erledigt berichten; ihr Ursprung bleibt verknüpft.",
    "cmd.export": "Das Protokoll von SITZUNG exportieren (Id, Anfang der Id, Datum oder Pfad).",
    "cmd.list": "Die Sitzungen auflisten, die neueste zuerst, mit Status.",
    "cmd.new": "Eine Sitzung anlegen; die Personen kommen aus der letzten Sitzung des Gremiums.",
    "cmd.open": "Eine Sitzung im Programm öffnen (schreibgeschützt, wenn ein anderes schreibt).",
    "cmd.reopen": "Eine genehmigte SITZUNG zur Berichtigung öffnen (festgehalten; neu genehmigen).",
    "cmd.roster": (
        "Die Mitglieder eines Gremiums: auflisten, hinzufügen, ändern, entfernen, einfügen."
    ),
    "cmd.search": "Volltextsuche in allen Sitzungen, beste Treffer zuerst.",
    "cmd.show": "Eine Sitzung zeigen.",
    "cmd.sync": "Das Archiv über git teilen: jetzt abgleichen, einrichten, klonen, Status zeigen.",
    "cmd.upcoming": "Die kommenden Sitzungen aller Gremien, wie ihre Protokolle sie planen.",
    "cmd.verify": "Die Genehmigung von SITZUNG prüfen: Prüfsumme, Verlauf und Git-Markierung.",
}

CATALOGUES = {"sv": SV, "en": EN, "de": DE}


def command_line(lang: str, name: str) -> str | None:
    """The line of command ``name`` in ``minutes --help`` in ``lang`` ("sv", "en", "de";
    a ``Language`` is one), None where the catalogue has none (the command's own then)."""
    return CATALOGUES.get(str(lang), {}).get(f"cmd.{name}")
