"""The one check of a store file's bytes: a merged file is whole before anything moves.

The sync checks every merged blob with it (sync/engine.py) and the repair of an
interrupted merge asks it which work-tree files are damaged (sync/recover.py); both
import it from here.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import partial
from pathlib import Path

from model.enums import Language
from model.error_texts import ERRORS
from model.store.errors import StoreError
from model.store.limits import size_over
from model.store.load import decode_store_bytes
from model.store.problems import FileProblem, problem_of
from model.store.schema import KIND_ARCHIVE, KIND_MEETING, check_shape, migrate
from model.texts import lookup
from sync.errors import SyncError
from sync.treemerge import is_store_file

MARKERS = (b"\n<<<<<<< ", b"\n>>>>>>> ")


def _kind(name: str) -> str | None:
    if name == "archive.json":
        return KIND_ARCHIVE
    return KIND_MEETING if is_store_file(name) else None


def _damage_words(name: str, exc: Exception, language: Language | str) -> str:
    """ "meetings/x.json: not valid JSON at line 3" in ``language``, as the store words
    the damage; a sentence the store has no code for yet stays English."""
    if isinstance(exc, StoreError):
        return f"{name}: {exc.message(language)}"
    problem = problem_of(exc)
    known = problem.code not in ("not_minutes", "damaged")
    return f"{name}: {problem.what(language) if known else exc}"


def _problem_words(name: str, problem: FileProblem, language: Language | str) -> str:
    return f"{name}: {problem.what(language)}"


def check_blob(name: str, data: bytes) -> None:
    """A merged file is whole: no conflict markers; a store file loads as it is (not
    only in part, not from this machine's good copy: that would hide damage that came
    from the other side). The bytes are checked as the store reads a file (size, depth,
    JSON, shape, schema), in memory: no temporary file per merged file."""
    if any(marker in b"\n" + data for marker in MARKERS):
        raise SyncError(
            "invalid_result",
            f"{name}: conflict markers",
            worded=lambda lang: f"{name}: {lookup(ERRORS, lang, 'incoming.conflict_markers')}",
        )
    kind = _kind(name)
    if kind is None:
        return
    path = Path(name)
    over = size_over(len(data))
    if over is not None:
        worded = partial(_damage_words, name, over)
        raise SyncError("invalid_result", f"{name}: {over}", worded=worded)
    try:
        value, problem = decode_store_bytes(data, path)
        if problem is None:
            migrate(check_shape(value, path), kind, path)
    except (StoreError, ValueError) as exc:
        worded = partial(_damage_words, name, exc)
        raise SyncError("invalid_result", f"{name}: {exc}", worded=worded) from exc
    if problem is not None:  # stray bytes after the data
        worded = partial(_problem_words, name, problem)
        raise SyncError("invalid_result", worded(Language.EN), worded=worded)


def check_files(root: Path, names: Collection[str]) -> None:
    """``check_blob`` for files in the work tree (missing ones are skipped)."""
    for name in names:
        path = root / name
        if path.is_file():
            check_blob(name, path.read_bytes())
