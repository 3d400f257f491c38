"""How a failed read or write of the archive is said in the interface.

A store error carries its own sentence in the user's language (``exc.message``); any
other exception (an ``OSError`` from the disk, a worker's crash) says its own text.
Every screen that catches one of them words it here, so the rule stands in one place.
"""

from __future__ import annotations

from model.enums import Language
from model.store.errors import StoreError
from tui.i18n import t


def error_detail(lang: Language, exc: BaseException | None) -> str:
    """What went wrong, in ``lang`` where the error knows the words."""
    return exc.message(lang) if isinstance(exc, StoreError) else str(exc)


def error_line(lang: Language, exc: BaseException | None) -> str:
    """ "Something went wrong: …" for a notification."""
    return t(lang, "app.error", detail=error_detail(lang, exc))
