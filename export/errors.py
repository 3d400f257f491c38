"""Export errors, each with a message a secretary understands, in Swedish and English."""

from __future__ import annotations

from model.errors import UserError


class ExportError(UserError):
    """Base class. ``message(language)`` gives the text to show the user."""

    sv = "Exporten misslyckades ({detail})."
    en = "The export failed ({detail})."


class PandocMissing(ExportError):
    sv = (
        "Pandoc hittades inte, så dokumentet kan inte skapas ({detail}). Installera om "
        "minutes (paketet pypandoc_binary har pandoc med sig) eller installera pandoc "
        "från https://pandoc.org/installing.html."
    )
    en = (
        "Pandoc was not found, so the document cannot be made ({detail}). Reinstall "
        "minutes (the pypandoc_binary package brings pandoc) or install pandoc from "
        "https://pandoc.org/installing.html."
    )


class PandocFailed(ExportError):
    sv = "Pandoc kunde inte skapa dokumentet: {detail}"
    en = "Pandoc could not make the document: {detail}"


class OutputNotWritable(ExportError):
    sv = (
        "Kunde inte skriva {path} ({detail}). Välj en annan mapp med -o, eller stäng "
        "filen om den är öppen i Word."
    )
    en = (
        "Could not write {path} ({detail}). Choose another folder with -o, or close the "
        "file if it is open in Word."
    )


class FolderMissing(OutputNotWritable):
    sv = "Mappen för {path} finns inte. Välj en befintlig mapp med -o."
    en = "The folder for {path} does not exist. Choose an existing folder with -o."


class TemplateMissing(ExportError):
    sv = "Mallen {path} finns inte."
    en = "The template {path} does not exist."


class BadTemplate(ExportError):
    sv = (
        "Mallen {path} är inte ett Word-dokument (.docx) ({detail}). Ange en .docx-fil "
        "som sparats i Word eller LibreOffice."
    )
    en = (
        "The template {path} is not a Word document (.docx) ({detail}). Give a .docx file "
        "saved from Word or LibreOffice."
    )


class NoPdfEngine(ExportError):
    sv = (
        "Det finns inget program som kan göra PDF på den här datorn. Installera om "
        "minutes (paketet typst gör PDF utan annat program) eller installera "
        "LibreOffice (https://www.libreoffice.org, på Debian/Ubuntu: apt install "
        "libreoffice-writer) och försök igen, eller exportera till docx och spara som PDF "
        "i Word."
    )
    en = (
        "No program that can make a PDF was found on this computer. Reinstall minutes "
        "(its typst package makes PDFs without any other program) or install LibreOffice "
        "(https://www.libreoffice.org, on Debian/Ubuntu: apt install libreoffice-writer) "
        "and try again, or export to docx and save it as PDF from Word."
    )


class NoLibreOffice(ExportError):
    sv = (
        "PDF via LibreOffice valdes, men LibreOffice hittades inte. Installera det "
        "(https://www.libreoffice.org) eller gör PDF:en med Typst (--pdf-via typst)."
    )
    en = (
        "PDF through LibreOffice was chosen, but LibreOffice was not found. Install it "
        "(https://www.libreoffice.org) or make the PDF with Typst (--pdf-via typst)."
    )


class PdfFailed(ExportError):
    sv = "PDF-filen kunde inte skapas med {detail}."
    en = "The PDF could not be made with {detail}."


class NotText(ExportError):
    sv = "Formatet {detail} kan inte skrivas till terminalen; ange en fil med -o."
    en = "The {detail} format cannot be written to the terminal; give a file with -o."


class NoSuchItem(ExportError):
    sv = "Mötet har ingen punkt {detail}; ange punkternas nummer, t.ex. --items 5 eller 5,7."
    en = "The meeting has no item {detail}; give item numbers, e.g. --items 5 or 5,7."
