"""What is wrong with a file, in words a secretary understands (words: model.error_texts).

The archive list, ``check``, ``search`` and ``new --next`` name a file they could not
read; an exception's class name ("JSONDecodeError") tells a secretary nothing. A
``FileProblem`` is a code (stable: it is kept in the per-machine listing index) with the
line or byte where it applies and the numbers its sentence names; ``words(language)`` is
the sentence part. An exception is classified by its type, or by the ``FileProblem`` it
carries as ``problem`` (``BadBytes``, ``DamagedFile``), never by its English text.
"""

from __future__ import annotations

import errno
import json
from dataclasses import dataclass
from typing import Any

from model.enums import Language
from model.error_texts import ERRORS
from model.store.limits import TOO_BIG, TOO_DEEP, OverLimit, limit_words
from model.texts import lookup

#: codes that mean the bytes are damaged: the listing says "damaged: ..."
DAMAGE = {"empty", "not_utf8", "invalid_json", "stray_bytes", TOO_DEEP, "damaged"}

#: the operating-system errors said in words ("os.ENOSPC" in ``model.error_texts``)
WORDED_ERRNOS = (
    *("ENOSPC", "EACCES", "EPERM", "EROFS", "EISDIR", "ENOENT", "ENOTDIR", "EDQUOT"),
    "ENAMETOOLONG",
)


def os_error_words(exc: OSError, language: Language | str = Language.EN) -> str:
    """An operating-system error as words ("the disk is full"), else its own text."""
    name = errno.errorcode.get(exc.errno or 0, "")
    if name not in WORDED_ERRNOS:
        return exc.strerror or str(exc)
    return lookup(ERRORS, language, f"os.{name}")


@dataclass(frozen=True)
class FileProblem:
    """Why a file could not be read. ``at``: the line or byte it applies to; ``found``
    and ``limit``: the numbers of a file over a limit (its size or depth, and the limit:
    ``model.store.limits``) or of the stray bytes after the data (``found``)."""

    code: str
    at: int | None = None
    detail: str = ""
    found: int | None = None
    limit: int | None = None

    def words(self, language: Language | str = Language.EN) -> str:
        """What is wrong, for a list: "damaged: not valid JSON at line 3"."""
        what = self.what(language)
        if self.code not in DAMAGE:
            return what
        return lookup(ERRORS, language, "problem.damaged_prefix", what=what)

    def what(self, language: Language | str = Language.EN) -> str:
        """The words without "damaged:", for a sentence that says so already."""
        if self.code in (TOO_BIG, TOO_DEEP):
            key, values = limit_words(self.code, self.found, self.limit)
            return lookup(ERRORS, language, key, **values)
        if self.code == "stray_bytes":
            count = self.found if self.found is not None else 0
            return lookup(ERRORS, language, "problem.stray_bytes", count=count)
        code = self.code if f"problem.{self.code}" in ERRORS[Language.EN] else "damaged"
        at = self.at if self.at is not None else "?"
        return lookup(ERRORS, language, f"problem.{code}", at=at, detail=self.detail)

    def to_json(self) -> dict[str, Any]:
        """For the listing index (a per-machine cache); the numbers only when known, so
        an entry written before they were kept reads the same."""
        numbers = {"found": self.found, "limit": self.limit}
        known = {name: value for name, value in numbers.items() if value is not None}
        return {"code": self.code, "at": self.at, "detail": self.detail, **known}

    @classmethod
    def from_json(cls, value: object) -> FileProblem | None:
        if not isinstance(value, dict) or not isinstance(value.get("code"), str):
            return None if not value else cls("damaged", detail=str(value))
        at, found, limit = (value.get(name) for name in ("at", "found", "limit"))
        return cls(
            value["code"],
            at if _whole(at) else None,
            str(value.get("detail", "")),
            found if _whole(found) else None,
            limit if _whole(limit) else None,
        )


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class BadBytes(ValueError):
    """A store file's bytes are no data (empty, not UTF-8, not JSON): ``problem`` says
    how; the text is its English words, for logs."""

    def __init__(self, problem: FileProblem) -> None:
        self.problem = problem
        super().__init__(problem.what(Language.EN))


def problem_of(exc: BaseException) -> FileProblem:
    """Classify what went wrong reading a file (the exception or its cause)."""
    cause = exc
    for _ in range(6):  # the real reason may sit below another error
        carried = getattr(cause, "problem", None)  # BadBytes, DamagedFile: what is wrong
        if isinstance(carried, FileProblem):
            return carried
        if isinstance(cause, (RecursionError, json.JSONDecodeError, UnicodeDecodeError, OverLimit)):
            break
        below = cause.__cause__ or cause.__context__
        if below is None:
            break
        cause = below
    if isinstance(cause, RecursionError):
        return FileProblem(TOO_DEEP)
    if isinstance(cause, OverLimit):  # its code says which limit, with the numbers
        return FileProblem(cause.code, found=cause.found, limit=cause.limit)
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
    if isinstance(code, str):
        return FileProblem(code)
    if isinstance(exc, (KeyError, TypeError, AttributeError, ValueError)):
        return FileProblem("not_minutes")
    return FileProblem("damaged", detail=str(exc))
