"""Sync failures. Each has a ``code`` the interface turns into a sentence (i18n keys
``sync.error.<code>``, sv and en) and the git detail for the curious."""

from __future__ import annotations


class SyncError(Exception):
    """A sync step failed. Nothing was lost: the message says what state things are in."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail

    @property
    def offline(self) -> bool:
        """The remote could not be reached: local work is committed, retry later."""
        return self.code in ("unreachable", "timeout")
