"""The words of the errors a user may see from the model, the store and the export.

An error carries a code ("store.locked") and its values (``path``, ``detail``);
``UserError.message(language)`` looks the sentence up here through ``model.texts``.
The model cannot import the interface's catalogues (tui), so its own errors' words live
beside it, one file per language, like the interface's.
"""

from __future__ import annotations

from model.enums import Language
from model.locale import LOCALE, read_catalogue

#: language -> error code -> sentence, read from model/locale/errors/<language>.json
ERRORS: dict[Language, dict[str, str]] = read_catalogue(LOCALE / "errors")
#: The sentences of ``minutes check`` (``model.validation``): language -> "check.<code>"
#: -> sentence, read from model/locale/checks/<language>.json
CHECKS: dict[Language, dict[str, str]] = read_catalogue(LOCALE / "checks")
