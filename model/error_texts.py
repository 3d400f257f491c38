"""The words of the errors a user may see from the model, the store and the export.

An error carries a code ("store.locked") and its values (``path``, ``detail``);
``UserError.message(language)`` looks the sentence up here through ``model.texts``.
The model cannot import the interface's catalogues (tui), so its own errors' words live
beside it, one dict per language, like the interface's.
"""

from __future__ import annotations

from model.enums import Language
from model.error_texts_de import ERRORS_DE

SV: dict[str, str] = {
    "error": "Något gick fel ({detail}).",
    "store": "Okänt fel i arkivet.",
    "store.locked": (
        "Mötet {path} är redan öppet för skrivning i ett annat fönster eller program. "
        "Stäng det där, eller öppna mötet skrivskyddat."
    ),
    "store.read_only": "Mötet {path} är öppnat skrivskyddat; ändringen sparades inte.",
    "store.damaged": (
        "Filen {path} är skadad och kan inte läsas ({detail}). Den har lämnats orörd. "
        "Hämta en tidigare version med 'minutes sync' eller från en säkerhetskopia."
    ),
    "store.newer": (
        "Filen {path} är skapad av en nyare version av minutes ({detail}). "
        "Uppdatera minutes för att öppna den; filen har inte ändrats."
    ),
    "store.not_minutes": "Filen {path} är inte en minutes-fil ({detail}); den har inte ändrats.",
    "store.save_failed": (
        "Kunde inte spara {path}: {detail}. Ändringen finns kvar i programmet; försök igen."
    ),
    "store.save_failed.rescued": " En kopia av det osparade mötet skrevs till {rescued}.",
    "store.save_failed.rescue_failed": " Ingen kopia kunde heller skrivas någon annanstans.",
    "store.not_found": "Hittar inget möte som heter {detail}. 'minutes list' visar arkivets möten.",
    "store.ambiguous": "Flera möten matchar {detail}. Ange fler tecken av id:t.",
    "store.recovered": "Filen {path} var skadad ({problem}); återställd från {where}.",
    "store.recovered.valid_part": "den giltiga delen",
    "store.recovered.last_good": "senaste fungerande kopia",
    "store.recovered.copy": " Den skadade filen sparades som {copy}.",
    "store.index_busy": (
        "Arkivets index ({path}) används av ett annat program och blev inte ledigt. "
        "Försök igen om en stund."
    ),
    "agenda": "Dagordningen {path} kunde inte läsas: {detail}. Inget möte skapades.",
    "agenda.unsupported": (
        "Filtypen för {path} stöds inte ({detail}). Använd .docx, .odt, .md, .txt eller .html. "
        "Inget möte skapades."
    ),
    "agenda.empty": "Hittade inga dagordningspunkter i {path}{detail}. Inget möte skapades.",
    "agenda.too_large": (
        "Filen {path} är för stor för en dagordning ({detail}, högst 5 MB). Inget möte skapades."
    ),
    "agenda.binary": "Filen {path} är ingen textfil ({detail}). Inget möte skapades.",
    "export": "Exporten misslyckades ({detail}).",
    "export.pandoc_missing": (
        "Pandoc hittades inte, så dokumentet kan inte skapas ({detail}). Installera om "
        "minutes (paketet pypandoc_binary har pandoc med sig) eller installera pandoc "
        "från https://pandoc.org/installing.html."
    ),
    "export.pandoc_failed": "Pandoc kunde inte skapa dokumentet: {detail}",
    "export.not_writable": (
        "Kunde inte skriva {path} ({detail}). Välj en annan mapp med -o, eller stäng "
        "filen om den är öppen i Word."
    ),
    "export.folder_missing": "Mappen för {path} finns inte. Välj en befintlig mapp med -o.",
    "export.template_missing": "Mallen {path} finns inte.",
    "export.bad_template": (
        "Mallen {path} är inte ett Word-dokument (.docx) ({detail}). Ange en .docx-fil "
        "som sparats i Word eller LibreOffice."
    ),
    "export.bad_odt_template": (
        "Mallen {path} är inte ett OpenDocument-textdokument (.odt) ({detail}). Ange en "
        ".odt-fil som sparats i LibreOffice eller Word."
    ),
    "export.template_other_kind": (
        "Mallen {path} passar inte för {detail}: docx och pdf tar en Word-mall (.docx), odt "
        "en OpenDocument-mall (.odt). Lägg mallen av det andra slaget med samma namn bredvid "
        "den, eller välj en annan mall."
    ),
    "export.no_pdf_engine": (
        "Det finns inget program som kan göra PDF på den här datorn. Installera om "
        "minutes (paketet typst gör PDF utan annat program) eller installera "
        "LibreOffice (https://www.libreoffice.org, på Debian/Ubuntu: apt install "
        "libreoffice-writer) och försök igen, eller exportera till docx och spara som PDF "
        "i Word."
    ),
    "export.no_libreoffice": (
        "PDF via LibreOffice valdes, men LibreOffice hittades inte. Installera det "
        "(https://www.libreoffice.org) eller gör PDF:en med Typst (--pdf-via typst)."
    ),
    "export.pdf_failed": "PDF-filen kunde inte skapas med {detail}.",
    "export.not_text": "Formatet {detail} kan inte skrivas till terminalen; ange en fil med -o.",
    "export.no_such_item": (
        "Mötet har ingen punkt {detail}; ange punkternas nummer, t.ex. --items 5 eller 5,7."
    ),
    # what is wrong with a file (model.store.problems)
    "problem.folder": "en mapp, inte en fil",
    "problem.no_access": "behörighet saknas för att läsa filen",
    "problem.unreadable": "filen kan inte läsas ({detail})",
    "problem.empty": "filen är tom",
    "problem.not_utf8": "inte UTF-8-text vid byte {at}",
    "problem.invalid_json": "inte giltig JSON på rad {at}",
    "problem.too_deep": "nästlad djupare än {depth} nivåer",
    "problem.too_big": "större än de {mb} MB en minutes-fil får ha",
    "problem.not_minutes": "inte en minutes-fil",
    "problem.newer": "skriven av en nyare version av minutes",
    "problem.damaged": "{detail}",
    "problem.damaged_prefix": "skadad: {what}",
    # what the operating system said (model.store.problems.os_error_words)
    "os.ENOSPC": "disken är full",
    "os.EACCES": "behörighet saknas",
    "os.EPERM": "behörighet saknas",
    "os.EROFS": "disken är skrivskyddad",
    "os.EISDIR": "det är en mapp, inte en fil",
    "os.ENOENT": "filen eller mappen finns inte",
    "os.ENOTDIR": "en del av sökvägen är ingen mapp",
    "os.EDQUOT": "diskkvoten är slut",
    "timefmt.date": "inte ett datum: {text} (skriv det som 2022-05-06 eller 6 maj)",
    "timefmt.time": "inte en tid: {text} (skriv den som 8.30 eller 08:30)",
}

EN: dict[str, str] = {
    "error": "Something went wrong ({detail}).",
    "store": "Unknown error in the archive.",
    "store.locked": (
        "The meeting {path} is already open for writing in another window or program. "
        "Close it there, or open the meeting read-only."
    ),
    "store.read_only": "The meeting {path} is open read-only; the change was not saved.",
    "store.damaged": (
        "The file {path} is damaged and cannot be read ({detail}). It has been left "
        "untouched. Get an earlier version with 'minutes sync' or from a backup."
    ),
    "store.newer": (
        "The file {path} was written by a newer version of minutes ({detail}). "
        "Update minutes to open it; the file has not been changed."
    ),
    "store.not_minutes": (
        "The file {path} is not a minutes file ({detail}); it has not been changed."
    ),
    "store.save_failed": (
        "Could not save {path}: {detail}. The change is kept in the app; try again."
    ),
    "store.save_failed.rescued": " A copy of the unsaved meeting was written to {rescued}.",
    "store.save_failed.rescue_failed": " No copy could be written anywhere else either.",
    "store.not_found": (
        "No meeting matches {detail}. 'minutes list' shows the meetings in the archive."
    ),
    "store.ambiguous": "Several meetings match {detail}. Give more characters of the id.",
    "store.recovered": "The file {path} was damaged ({problem}); recovered from the {where}.",
    "store.recovered.valid_part": "valid part",
    "store.recovered.last_good": "last good copy",
    "store.recovered.copy": " The damaged file was kept as {copy}.",
    "store.index_busy": (
        "The archive's index ({path}) is in use by another program and did not become "
        "free. Try again in a moment."
    ),
    "agenda": "The agenda {path} could not be read: {detail}. No meeting was created.",
    "agenda.unsupported": (
        "The file type of {path} is not supported ({detail}). Use .docx, .odt, .md, .txt or "
        ".html. No meeting was created."
    ),
    "agenda.empty": "Found no agenda items in {path}{detail}. No meeting was created.",
    "agenda.too_large": (
        "The file {path} is too large for an agenda ({detail}, at most 5 MB). "
        "No meeting was created."
    ),
    "agenda.binary": "The file {path} is not a text file ({detail}). No meeting was created.",
    "export": "The export failed ({detail}).",
    "export.pandoc_missing": (
        "Pandoc was not found, so the document cannot be made ({detail}). Reinstall "
        "minutes (the pypandoc_binary package brings pandoc) or install pandoc from "
        "https://pandoc.org/installing.html."
    ),
    "export.pandoc_failed": "Pandoc could not make the document: {detail}",
    "export.not_writable": (
        "Could not write {path} ({detail}). Choose another folder with -o, or close the "
        "file if it is open in Word."
    ),
    "export.folder_missing": (
        "The folder for {path} does not exist. Choose an existing folder with -o."
    ),
    "export.template_missing": "The template {path} does not exist.",
    "export.bad_template": (
        "The template {path} is not a Word document (.docx) ({detail}). Give a .docx file "
        "saved from Word or LibreOffice."
    ),
    "export.bad_odt_template": (
        "The template {path} is not an OpenDocument text (.odt) ({detail}). Give an .odt "
        "file saved from LibreOffice or Word."
    ),
    "export.template_other_kind": (
        "The template {path} does not fit {detail}: docx and pdf take a Word template "
        "(.docx), odt an OpenDocument template (.odt). Put the template of the other kind "
        "with the same name beside it, or choose another template."
    ),
    "export.no_pdf_engine": (
        "No program that can make a PDF was found on this computer. Reinstall minutes "
        "(its typst package makes PDFs without any other program) or install LibreOffice "
        "(https://www.libreoffice.org, on Debian/Ubuntu: apt install libreoffice-writer) "
        "and try again, or export to docx and save it as PDF from Word."
    ),
    "export.no_libreoffice": (
        "PDF through LibreOffice was chosen, but LibreOffice was not found. Install it "
        "(https://www.libreoffice.org) or make the PDF with Typst (--pdf-via typst)."
    ),
    "export.pdf_failed": "The PDF could not be made with {detail}.",
    "export.not_text": (
        "The {detail} format cannot be written to the terminal; give a file with -o."
    ),
    "export.no_such_item": (
        "The meeting has no item {detail}; give item numbers, e.g. --items 5 or 5,7."
    ),
    "problem.folder": "a folder, not a file",
    "problem.no_access": "no permission to read the file",
    "problem.unreadable": "the file cannot be read ({detail})",
    "problem.empty": "the file is empty",
    "problem.not_utf8": "not UTF-8 text at byte {at}",
    "problem.invalid_json": "not valid JSON at line {at}",
    "problem.too_deep": "nested more than {depth} levels deep",
    "problem.too_big": "larger than the {mb} MB a minutes file may have",
    "problem.not_minutes": "not a minutes file",
    "problem.newer": "written by a newer version of minutes",
    "problem.damaged": "{detail}",
    "problem.damaged_prefix": "damaged: {what}",
    "os.ENOSPC": "the disk is full",
    "os.EACCES": "permission denied",
    "os.EPERM": "permission denied",
    "os.EROFS": "the disk is read-only",
    "os.EISDIR": "it is a folder, not a file",
    "os.ENOENT": "no such file or folder",
    "os.ENOTDIR": "part of the path is not a folder",
    "os.EDQUOT": "the disk quota is used up",
    "timefmt.date": "not a date: {text} (write it as 2022-05-06 or 6 May)",
    "timefmt.time": "not a time: {text} (write it as 8.30 or 08:30)",
}

ERRORS: dict[Language, dict[str, str]] = {Language.SV: SV, Language.EN: EN, Language.DE: ERRORS_DE}
