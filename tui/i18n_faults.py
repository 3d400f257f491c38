# ruff: noqa: E501
"""Interface texts for faults the app survives (issue 12): a meeting that cannot be
saved when leaving, a full or read-only disk, damaged files. Swedish and English."""

from __future__ import annotations

SV: dict[str, str] = {
    "unsaved.title": "Osparade ändringar: {title}",
    "unsaved.why": "Den senaste ändringen kunde inte sparas i arkivet. {detail}",
    "unsaved.save_again": "1  Spara igen (när det finns plats eller åtkomst)",
    "unsaved.copy": "2  Spara en kopia i mappen nedan och avsluta",
    "unsaved.quit_lose": "3  Avsluta och förlora ändringarna som inte finns i arkivet",
    "unsaved.close_lose": "3  Stäng mötet och förlora ändringarna som inte finns i arkivet",
    "unsaved.folder": "Mapp för kopian (skriv en annan, t.ex. ett USB-minne; Enter sparar där):",
    "unsaved.hint": "Pilar och Enter, eller 1, 2, 3. Esc går tillbaka till mötet.",
    "unsaved.copy_failed": "Kopian kunde inte skrivas i {folder}.",
    "unsaved.copy_elsewhere": "Den skrevs i stället till {path}.",
    "unsaved.left_copy": "Mötet {title} är inte sparat i arkivet. Den osparade versionen finns i {path}; kopiera den över {file} när det finns plats.",
    "unsaved.left_lost": "Mötet {title} lämnades utan att den senaste ändringen sparades.",
    "app.readonly.unwritable": "Skrivskyddat: arkivet går inte att skriva i här. Mötet visas men kan inte ändras.",
    "app.open_readonly": "Arkivet går inte att skriva i ({detail}); mötet öppnades skrivskyddat.",
    "app.good_copy_failed": "Mötet öppnades, men ingen säkerhetskopia kunde sparas ({detail}). Sparningar kan misslyckas; frigör utrymme.",
    "app.open_failed": "Mötet {path} kunde inte öppnas: {detail}",
    "followup.damaged_newer": "Obs: {count} mötesfil(er) som kan vara nyare kunde inte läsas och hoppas över:",
    "followup.damaged_newer|one": (
        "Obs: 1 mötesfil som kan vara nyare kunde inte läsas och hoppas över:"
    ),
    "followup.damaged_line": "  {file}: {problem}",
    "followup.damaged_confirm": "Bygga nästa möte från mötet {date} ändå?",
    "followup.damaged_refused": "Inget möte skapades. Laga eller ta bort filen, eller kör igen med --skip-damaged för att bygga från mötet {date}.",
    "followup.app.next.damaged": "Obs: {files} kunde inte läsas och kan vara ett nyare möte; detta bygger från mötet {date}.",
    "search.unreadable": "{count} mötesfil(er) kunde inte sökas: {files}",
    "search.unreadable|one": "1 mötesfil kunde inte sökas: {files}",
}

EN: dict[str, str] = {
    "unsaved.title": "Unsaved changes: {title}",
    "unsaved.why": "The last change could not be saved in the archive. {detail}",
    "unsaved.save_again": "1  Save again (once there is room or access)",
    "unsaved.copy": "2  Keep a copy in the folder below and quit",
    "unsaved.quit_lose": "3  Quit and lose the changes that are not in the archive",
    "unsaved.close_lose": "3  Close the meeting and lose the changes that are not in the archive",
    "unsaved.folder": "Folder for the copy (type another, e.g. a USB stick; Enter keeps it there):",
    "unsaved.hint": "Arrows and Enter, or 1, 2, 3. Esc goes back to the meeting.",
    "unsaved.copy_failed": "The copy could not be written in {folder}.",
    "unsaved.copy_elsewhere": "It was written to {path} instead.",
    "unsaved.left_copy": "The meeting {title} is not saved in the archive. The unsaved version is in {path}; copy it over {file} when there is room.",
    "unsaved.left_lost": "The meeting {title} was left without its last change saved.",
    "app.readonly.unwritable": "Read-only: the archive cannot be written here. The meeting is shown but cannot be changed.",
    "app.open_readonly": "The archive cannot be written ({detail}); the meeting was opened read-only.",
    "app.good_copy_failed": "The meeting is open, but no safety copy could be kept ({detail}). Saving may fail; free some space.",
    "app.open_failed": "The meeting {path} could not be opened: {detail}",
    "followup.damaged_newer": "Note: {count} meeting file(s) that may be newer could not be read and are skipped:",
    "followup.damaged_newer|one": (
        "Note: 1 meeting file that may be newer could not be read and is skipped:"
    ),
    "followup.damaged_line": "  {file}: {problem}",
    "followup.damaged_confirm": "Build the next meeting from the meeting of {date} anyway?",
    "followup.damaged_refused": "No meeting was created. Repair or remove the file, or run again with --skip-damaged to build from the meeting of {date}.",
    "followup.app.next.damaged": "Note: {files} could not be read and may be a newer meeting; this builds from the meeting of {date}.",
    "search.unreadable": "{count} meeting file(s) could not be searched: {files}",
    "search.unreadable|one": "1 meeting file could not be searched: {files}",
}
