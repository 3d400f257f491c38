"""Export errors, each with a code; the words are in ``model.error_texts``."""

from __future__ import annotations

from model.errors import UserError


class ExportError(UserError):
    """Base class. ``message(language)`` gives the text to show the user."""

    code = "export"


class PandocMissing(ExportError):
    code = "export.pandoc_missing"


class PandocFailed(ExportError):
    code = "export.pandoc_failed"


class OutputNotWritable(ExportError):
    code = "export.not_writable"


class FolderMissing(OutputNotWritable):
    code = "export.folder_missing"


class TemplateMissing(ExportError):
    code = "export.template_missing"


class BadTemplate(ExportError):
    code = "export.bad_template"


class BadOdtTemplate(BadTemplate):
    code = "export.bad_odt_template"


class TemplateOtherKind(ExportError):
    """A template of the other kind (a .docx for odt, an .odt for docx) and none of the
    wanted kind beside it."""

    code = "export.template_other_kind"


class NoPdfEngine(ExportError):
    code = "export.no_pdf_engine"


class NoLibreOffice(ExportError):
    code = "export.no_libreoffice"


class PdfFailed(ExportError):
    code = "export.pdf_failed"


class NotText(ExportError):
    code = "export.not_text"


class NoSuchItem(ExportError):
    code = "export.no_such_item"
