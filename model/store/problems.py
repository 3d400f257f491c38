"""What is wrong with a file, in words a secretary understands (words: model.error_texts).

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
from model.error_texts import ERRORS
from model.store.limits import MAX_JSON_DEPTH, MAX_STORE_FILE_BYTES, OverLimit
from model.texts import lookup

#: codes that mean the bytes are damaged: the listing says "damaged: ..."
DAMAGE = {"empty", "not_utf8", "invalid_json", "too_deep", "damaged"}

#: the operating-system errors said in words ("os.ENOSPC" in ``model.error_texts``)
WORDED_ERRNOS = ("ENOSPC", "EACCES", "EPERM", "EROFS", "EISDIR", "ENOENT", "ENOTDIR", "EDQUOT")


def os_error_words(exc: OSError, language: Language | str = Language.EN) -> str:
    """An operating-system error as words ("the disk is full"), else its own text."""
    name = errno.errorcode.get(exc.errno or 0, "")
    if name not in WORDED_ERRNOS:
        return exc.strerror or str(exc)
    return lookup(ERRORS, language, f"os.{name}")


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
        return lookup(ERRORS, language, "problem.damaged_prefix", what=what)

    def what(self, language: Language | str = Language.EN) -> str:
        """The words without "damaged:", for a sentence that says so already."""
        code = self.code if f"problem.{self.code}" in ERRORS[Language.EN] else "damaged"
        return lookup(
            ERRORS,
            language,
            f"problem.{code}",
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
