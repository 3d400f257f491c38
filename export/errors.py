"""Export errors, each with a code; the words are in ``model.error_texts``."""

from __future__ import annotations

from model.enums import Language
from model.errors import UserError
from model.store.problems import os_error_words


class ExportError(UserError):
    """Base class. ``message(language)`` gives the text to show the user."""

    code = "export"


class PandocMissing(ExportError):
    code = "export.pandoc_missing"


class PandocFailed(ExportError):
    code = "export.pandoc_failed"


class OutputNotWritable(ExportError):
    """Raised ``from`` the OSError: the message says what the disk said, in words."""

    code = "export.not_writable"

    def message(self, language: Language | str = Language.EN) -> str:
        if not isinstance(self.__cause__, OSError):
            return super().message(language)
        detail = os_error_words(self.__cause__, language)
        return self.words(language, path=self.path, detail=detail)


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
