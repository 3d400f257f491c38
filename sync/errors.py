"""Sync failures. Each has a ``code`` the interface turns into a sentence (i18n keys
``sync.error.<code>``) and the detail: git's words for the curious, or the project's
own (``detail_in(language)``: the refused files and why, model/locale/errors)."""

from __future__ import annotations

from collections.abc import Callable

from model.enums import Language
from model.texts import as_language


class SyncError(Exception):
    """A sync step failed. Nothing was lost: the message says what state things are in."""

    def __init__(
        self,
        code: str,
        detail: str = "",
        *,
        worded: Callable[[Language | str], str] | None = None,
    ) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        #: the detail in a language, where it is the project's words and not git's
        #: (the refused files and why); ``detail`` is then its English
        self.worded = worded

    def detail_in(self, language: Language | str) -> str:
        """The detail for the sentence ``sync.error.<code>``: in ``language`` where the
        words are the project's, else as git said it (English: ``detail`` itself)."""
        if self.worded is None or as_language(language) is Language.EN:
            return self.detail
        return self.worded(language)

    @property
    def offline(self) -> bool:
        """The remote could not be reached: local work is committed, retry later."""
        return self.code in ("unreachable", "timeout")
