"""What is wrong with a file, in words a secretary understands (Swedish and English).

The archive list, ``check``, ``search`` and ``new --next`` name a file they could not
read; an exception's class name ("JSONDecodeError") tells a secretary nothing. A
``FileProblem`` is a code (stable: it is kept in the per-machine listing index) with the
line or byte where it applies; ``words(language)`` is the sentence part.
"""

from __future__ import annotations

import errno
import json
from dataclasses import dataclass
from typing import Any

from model.enums import Language
from model.store.limits import MAX_JSON_DEPTH, MAX_STORE_FILE_BYTES, OverLimit

_WORDS: dict[str, tuple[str, str]] = {
    # code: (Swedish, English)
    "folder": ("en mapp, inte en fil", "a folder, not a file"),
    "no_access": ("behörighet saknas för att läsa filen", "no permission to read the file"),
    "unreadable": ("filen kan inte läsas ({detail})", "the file cannot be read ({detail})"),
    "empty": ("filen är tom", "the file is empty"),
    "not_utf8": ("inte UTF-8-text vid byte {at}", "not UTF-8 text at byte {at}"),
    "invalid_json": ("inte giltig JSON på rad {at}", "not valid JSON at line {at}"),
    "too_deep": ("nästlad djupare än {depth} nivåer", "nested more than {depth} levels deep"),
    "too_big": (
        "större än de {mb} MB en minutes-fil får ha",
        "larger than the {mb} MB a minutes file may have",
    ),
    "not_minutes": ("inte en minutes-fil", "not a minutes file"),
    "newer": ("skriven av en nyare version av minutes", "written by a newer version of minutes"),
    "damaged": ("{detail}", "{detail}"),
}
#: codes that mean the bytes are damaged: the listing says "damaged: ..."
DAMAGE = {"empty", "not_utf8", "invalid_json", "too_deep", "damaged"}

_OS_WORDS: dict[int, tuple[str, str]] = {
    errno.ENOSPC: ("disken är full", "the disk is full"),
    errno.EACCES: ("behörighet saknas", "permission denied"),
    errno.EPERM: ("behörighet saknas", "permission denied"),
    errno.EROFS: ("disken är skrivskyddad", "the disk is read-only"),
    errno.EISDIR: ("det är en mapp, inte en fil", "it is a folder, not a file"),
    errno.ENOENT: ("filen eller mappen finns inte", "no such file or folder"),
    errno.ENOTDIR: ("en del av sökvägen är ingen mapp", "part of the path is not a folder"),
}
if hasattr(errno, "EDQUOT"):
    _OS_WORDS[errno.EDQUOT] = ("diskkvoten är slut", "the disk quota is used up")


def os_error_words(exc: OSError, language: Language | str = Language.EN) -> str:
    """An operating-system error as words ("the disk is full"), else its own text."""
    words = _OS_WORDS.get(exc.errno or 0)
    if words is None:
        return exc.strerror or str(exc)
    return words[0] if str(language) == Language.SV.value else words[1]


@dataclass(frozen=True)
class FileProblem:
    """Why a file could not be read. ``at``: the line or byte it applies to."""

    code: str
    at: int | None = None
    detail: str = ""

    def words(self, language: Language | str = Language.EN) -> str:
        """What is wrong, for a list: "damaged: not valid JSON at line 3"."""
        what = self.what(language)
        if self.code not in DAMAGE:
            return what
        return f"skadad: {what}" if str(language) == Language.SV.value else f"damaged: {what}"

    def what(self, language: Language | str = Language.EN) -> str:
        """The words without "damaged:", for a sentence that says so already."""
        sv, en = _WORDS.get(self.code, _WORDS["damaged"])
        template = sv if str(language) == Language.SV.value else en
        return template.format(
            at=self.at if self.at is not None else "?",
            detail=self.detail,
            depth=MAX_JSON_DEPTH,
            mb=MAX_STORE_FILE_BYTES // 1_048_576,
        )

    def to_json(self) -> dict[str, Any]:
        """For the listing index (a per-machine cache)."""
        return {"code": self.code, "at": self.at, "detail": self.detail}

    @classmethod
    def from_json(cls, value: object) -> FileProblem | None:
        if not isinstance(value, dict) or not isinstance(value.get("code"), str):
            return None if not value else cls("damaged", detail=str(value))
        at = value.get("at")
        return cls(value["code"], at if isinstance(at, int) else None, str(value.get("detail", "")))


def problem_of(exc: BaseException) -> FileProblem:
    """Classify what went wrong reading a file (the exception or its cause)."""
    cause = exc
    seen = 0
    while seen < 5:  # the real reason may sit below a DamagedFile
        if isinstance(cause, (RecursionError, json.JSONDecodeError, UnicodeDecodeError, OverLimit)):
            break
        below = cause.__cause__ or cause.__context__
        if below is None:
            break
        cause = below
        seen += 1
    if isinstance(cause, RecursionError):
        return FileProblem("too_deep")
    if isinstance(cause, OverLimit):  # its sentence says which limit
        return _damaged(str(cause))
    if isinstance(cause, json.JSONDecodeError):
        return FileProblem("invalid_json", cause.lineno)
    if isinstance(cause, UnicodeDecodeError):
        return FileProblem("not_utf8", cause.start)
    if isinstance(exc, MemoryError):
        return FileProblem("too_big")
    if isinstance(exc, IsADirectoryError):
        return FileProblem("folder")
    if isinstance(exc, PermissionError):
        return FileProblem("no_access")
    if isinstance(exc, OSError):
        return FileProblem("unreadable", detail=os_error_words(exc))
    code = getattr(exc, "problem_code", None)  # a StoreError says what kind it is
    if code == "damaged":
        return _damaged(str(getattr(exc, "detail", "")))
    if isinstance(code, str):
        return FileProblem(code)
    if isinstance(exc, (KeyError, TypeError, AttributeError, ValueError)):
        return FileProblem("not_minutes")
    return FileProblem("damaged", detail=str(exc))


def _damaged(detail: str) -> FileProblem:
    """A ``DamagedFile`` raised without a cause we know: its English detail, classified."""
    lowered = detail.lower()
    if "empty" in lowered:
        return FileProblem("empty")
    if "nested" in lowered or "deep" in lowered:
        return FileProblem("too_deep")
    if "too big" in lowered or "too large" in lowered or " mb" in lowered:
        return FileProblem("too_big")
    return FileProblem("damaged", detail=detail)
