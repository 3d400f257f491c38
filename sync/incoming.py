"""What a sync takes from the remote: only the files an archive consists of.

The archive is data, and the other side of a sync can commit anything into it: a
``sync/driver.py`` that a ``python -m`` started inside the archive would import, a
symlink out of the archive, a submodule, a ``.gitattributes`` that names another merge
driver or a filter, an 80 MB or ``'[' * 100000`` meeting. Before anything of an incoming
commit is merged or checked out, ``check_incoming`` lists its tree (``git ls-tree``:
mode, type, size, path; nothing is read yet) and refuses the commit with
``SyncError("refused_files")``, naming the paths, unless every file it brings is one of:

- ``meetings/<name>.json`` (a plain file, no deeper folder), ``archive.json``: within
  the size and nesting limits of model/store/limits.py;
- ``.gitignore`` and ``.gitattributes`` holding only lines we write ourselves
  (sync/repofiles.py ``GITIGNORE_LINES``, ``GITATTRIBUTES_LINES``), comments and blank lines;
- a path in ``EXTRA_ARCHIVE_FILES`` (plain files other areas add to an archive).

Only what the incoming commit changes against the common history is checked (every
file when there is none, as in a clone): a stray file both sides already had (an older
version of minutes committed whatever lay in the folder) is not brought by this
commit, and refusing it would block both sides for good. What is refused stays in git's
object store only; it is never written to the work tree.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from model.enums import Language
from model.error_texts import ERRORS
from model.store.limits import MAX_JSON_DEPTH, MAX_STORE_FILE_BYTES, json_depth
from model.texts import lookup
from sync.approval import SIGNERS_FILE
from sync.errors import SyncError
from sync.gitrun import Git

if TYPE_CHECKING:
    from sync.treemerge import Changes
from sync.repofiles import GITATTRIBUTES_LINES, GITIGNORE_LINES

MEETINGS_DIR = "meetings"
STORE_FILES = ("archive.json",)
#: Further plain files an archive may hold, by exact path; other areas add theirs here
#: (the approval's signers, e.g. ".minutes/allowed_signers"). Content is not checked
#: beyond the size limit: the area that reads such a file checks it.
EXTRA_ARCHIVE_FILES: tuple[str, ...] = (SIGNERS_FILE,)
#: The only lines (after stripping) a ``.gitignore``/``.gitattributes`` may hold, besides
#: comments and blank lines: anything else (another merge driver, a filter, ``diff=``, a
#: pattern that hides meetings from the sync) is refused.
KNOWN_LINES = {
    ".gitignore": frozenset(line.strip() for line in GITIGNORE_LINES),
    ".gitattributes": frozenset(line.strip() for line in GITATTRIBUTES_LINES),
}
#: Git file modes of plain files (with and without the executable bit).
FILE_MODES = ("100644", "100755")
#: A .gitignore or .gitattributes of ours is a few hundred bytes.
MAX_TEXT_BYTES = 64 * 1024
#: Refusals named in the sentence; the rest are counted.
SHOWN = 5

_MEETING_NAME = re.compile(r"\w[\w.-]{0,199}\.json")
# Names Windows gives to devices ("CON.json" opens the console there).
_WINDOWS_DEVICES = re.compile(r"(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    """One entry of ``git ls-tree -r -l``."""

    mode: str
    kind: str  # "blob", or "commit" for a submodule
    oid: str
    size: int | None  # None for a submodule
    path: str


#: Why a file is refused: a code of the errors' catalogue ("incoming.<code>") and its values.
Why = tuple[str, dict[str, object]]


@dataclass(frozen=True)
class Refusal:
    """A file of the incoming tree refused: its path and why, as a code and values."""

    path: str
    code: str
    values: tuple[tuple[str, object], ...] = ()

    def words(self, language: Language | str) -> str:
        """Why, in ``language`` (model/locale/errors: "incoming.<code>")."""
        return lookup(ERRORS, language, f"incoming.{self.code}", **dict(self.values))

    @property
    def reason(self) -> str:
        """Why, in English (logs and tests)."""
        return self.words(Language.EN)


def parse_tree(listing: bytes) -> dict[str, Entry]:
    """Entries of ``git ls-tree -r -l -z`` output, by path."""
    entries: dict[str, Entry] = {}
    for record in listing.split(b"\0"):
        if not record:
            continue
        meta, _, raw_path = record.partition(b"\t")
        mode, kind, oid, *rest = meta.decode("ascii").split()  # a size with -l only
        size = rest[0] if rest else "-"
        path = raw_path.decode("utf-8", "surrogateescape")
        entries[path] = Entry(mode, kind, oid, int(size) if size.isdigit() else None, path)
    return entries


def _path_reason(path: str) -> Why | None:
    """Why ``path`` is not a file of an archive, else None."""
    if path in STORE_FILES or path in KNOWN_LINES or path in EXTRA_ARCHIVE_FILES:
        return None
    folder, _, name = path.rpartition("/")
    if (
        folder == MEETINGS_DIR
        and _MEETING_NAME.fullmatch(name)
        and not _WINDOWS_DEVICES.fullmatch(name)
        and ".." not in name
    ):
        return None
    return ("not_archive_file", {})


def is_archive_path(path: str) -> bool:
    """Whether ``path`` (relative, with "/") is a file an archive consists of."""
    return _path_reason(path) is None


def _entry_reason(entry: Entry, read: Callable[[str], bytes]) -> Why | None:
    if entry.mode == "120000":
        return ("symlink", {})
    if entry.mode == "160000" or entry.kind == "commit":
        return ("submodule", {})
    if entry.kind != "blob" or entry.mode not in FILE_MODES:
        return ("git_mode", {"mode": entry.mode})
    reason = _path_reason(entry.path)
    if reason:
        return reason
    if entry.size is None:  # never read what git did not give a size for
        return ("no_size", {})
    size = entry.size
    if entry.path in KNOWN_LINES:
        if size > MAX_TEXT_BYTES:
            return ("not_our_content", {})
        return _text_reason(entry.path, read(entry.oid))
    if size > MAX_STORE_FILE_BYTES:  # the limit of model.store.limits.size_over
        megabytes = f"{size / 1_048_576:.1f}"
        return ("too_big", {"size": megabytes, "limit": MAX_STORE_FILE_BYTES // 1_048_576})
    if entry.path.endswith(".json") and json_depth(read(entry.oid)) > MAX_JSON_DEPTH:
        return ("too_deep", {"depth": MAX_JSON_DEPTH})
    return None


def _text_reason(path: str, data: bytes) -> Why | None:
    """A .gitignore/.gitattributes holding a line we do not write (a filter, a driver)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ("not_our_content", {})
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#") and line not in KNOWN_LINES[path]:
            return ("foreign_line", {"line": repr(line[:60])})
    return None


def refusals(
    entries: Iterable[Entry],
    unchanged: Callable[[Entry], bool],
    read: Callable[[str], bytes],
) -> list[Refusal]:
    """What is wrong with the entries of an incoming tree; ``unchanged`` entries (the
    same as in the common history) are not brought by the commit and pass."""
    found = []
    for entry in sorted(entries, key=lambda e: e.path):
        if unchanged(entry):
            continue
        why = _entry_reason(entry, read)
        if why is not None:
            found.append(Refusal(entry.path, why[0], tuple(why[1].items())))
    return found


def describe(found: list[Refusal], language: Language | str = Language.EN) -> str:
    """The refused paths for the sentence, the first ``SHOWN`` with their reason."""
    parts = [f"{r.path} ({r.words(language)})" for r in found[:SHOWN]]
    if len(found) > SHOWN:
        parts.append(f"+{len(found) - SHOWN}")
    return ", ".join(parts)


#: What ``git add -A`` never takes from an archive folder (sync/repofiles.py GITIGNORE_LINES).
_NEVER_ADDED_DIRS = frozenset({".git", ".local", ".sync"})


def _only_archive_files(root: Path) -> bool:
    """Every file in the folder is one an archive consists of, as it should be: no stray
    file, symlink or hand-edited ``.gitignore``. Then ``git add -A`` staged nothing
    foreign and ``unstage_foreign`` need not ask git. Anything unusual: False (git is
    asked; a file git ignores may well be here)."""
    pending = [(Path(root), "")]
    while pending:
        folder, prefix = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return False
        for entry in entries:
            name = prefix + entry.name
            if entry.is_symlink():
                return False
            if entry.is_dir(follow_symlinks=False):
                if entry.name not in _NEVER_ADDED_DIRS:
                    pending.append((Path(entry.path), name + "/"))
                continue
            if entry.name.startswith(".") and entry.name.endswith(".tmp"):
                continue  # an atomic write under way: ignored by .gitignore
            if not entry.is_file(follow_symlinks=False) or _path_reason(name):
                return False
            if name in KNOWN_LINES:
                try:
                    data = Path(entry.path).read_bytes()
                except OSError:
                    return False
                if len(data) > MAX_TEXT_BYTES or _text_reason(name, data):
                    return False
    return True


def unstage_foreign(git: Git, root: Path | None = None) -> list[str]:
    """After ``git add -A``: take back every staged change the other side would refuse
    (a PDF dropped into the archive folder, a symlinked meeting, a line added by hand to
    ``.gitattributes``), so that our own commits never block the other side's sync. The
    files stay on disk as they are; deleting a stray file is still shared. Returns the
    paths taken back. With ``root`` (the work tree), git is asked only when the folder
    holds something that is not plainly an archive file."""
    if root is not None and _only_archive_files(root):
        return []
    raw = _git(
        git,
        *("diff", "--cached", "--raw", "-z", "--no-abbrev", "--no-renames"),
        "--diff-filter=AMT",
    )
    fields = raw.split(b"\0")
    foreign = []
    for meta, name in zip(fields[::2], fields[1::2], strict=False):
        # ":<old mode> <new mode> <old oid> <new oid> <status>"
        parts = meta.decode("ascii").lstrip(":").split()
        mode, oid = (parts[1], parts[3]) if len(parts) >= 4 else ("", "")
        path = name.decode("utf-8", "surrogateescape")
        if (
            mode not in FILE_MODES
            or _path_reason(path)
            or (path in KNOWN_LINES and _text_reason(path, _blob(git, oid)))
        ):
            foreign.append(path)
    if foreign:
        _git(git, "reset", "-q", "--", *foreign)
    return foreign


def _blob(git: Git, oid: str) -> bytes:
    return _git(git, "cat-file", "blob", oid)


def _git(git: Git, *args: str, check: bool = True) -> bytes:
    status, out, err = git.raw(*args, check=False)
    if check and status != 0:
        raise SyncError("git_failed", err or str(status))
    return out if status == 0 else b""


def tree_of(git: Git, commit: str, sizes: bool = True) -> dict[str, Entry]:
    """Every file of ``commit``'s tree (nothing is read but the listing)."""
    size = ["-l"] if sizes else []
    return parse_tree(_git(git, "ls-tree", "-r", *size, "-z", "--full-tree", commit))


def _wanted(entry: Entry) -> bool:
    """Whether ``_entry_reason`` will read the entry's content (only after its size)."""
    if entry.kind != "blob" or entry.mode not in FILE_MODES or _path_reason(entry.path):
        return False
    if entry.size is None:
        return False
    if entry.path in KNOWN_LINES:
        return entry.size <= MAX_TEXT_BYTES
    return entry.path.endswith(".json") and entry.size <= MAX_STORE_FILE_BYTES


def check_incoming(
    git: Git,
    theirs: str,
    ours: str | None = "HEAD",
    cache: dict[str, bytes] | None = None,
    diffs: list[Changes] | None = None,
) -> list[str]:
    """Refuse ``theirs`` (a commit about to be merged into ``ours``, or checked out by a
    clone when ``ours`` is None) with ``SyncError("refused_files", paths)`` if it brings
    any file an archive does not consist of. Reads only the listing of the trees, the
    small .gitignore/.gitattributes and the meeting files it changes (for their depth),
    these with one process, into ``cache`` (the merge reads them from there). Returns
    the merge bases of ``ours`` and ``theirs`` (git's own choice first; none: no common
    history).

    With ``diffs`` (a list to fill) and one merge base, what each side changed since it
    is listed with one ``diff-tree`` (put into ``diffs``: the merge takes it from there)
    instead of the base's whole tree, and the blobs the merge reads are read in the same
    batch as the checked ones."""
    from sync.treemerge import diff_both, merge_wanted, read_blobs

    bases: list[dict[str, Entry]] = []
    base_ids: list[str] = []
    extra: list[str] = []
    changed: Changes | None = None
    if ours is not None:
        out = _git(git, "merge-base", "--all", ours, theirs, check=False)
        base_ids = out.decode("ascii").split()
        if diffs is not None and len(base_ids) == 1:
            mine, changed = diff_both(git, base_ids[0], ours, theirs)
            diffs[:] = [mine, changed]
            extra = merge_wanted(mine, changed)
        else:
            bases = [tree_of(git, b, sizes=False) for b in base_ids]

    def unchanged(entry: Entry) -> bool:
        if changed is not None:  # what diff-tree does not list is the base's entry
            return entry.path not in changed
        return bool(bases) and all(
            (old := base.get(entry.path)) is not None
            and (old.mode, old.oid) == (entry.mode, entry.oid)
            for base in bases
        )

    entries = tree_of(git, theirs).values()
    blobs: dict[str, bytes] = {} if cache is None else cache
    checked = [e.oid for e in entries if not unchanged(e) and _wanted(e)]
    # of their new blobs only those the check reads (their size allowed it) come along:
    # the others are read by the merge, after the check
    theirs_new = {after[1] for _before, after in (changed or {}).values() if after}
    extra = [sha for sha in extra if sha not in theirs_new or sha in set(checked)]
    read_blobs(git, checked + extra, blobs)
    found = refusals(entries, unchanged, lambda o: blobs[o] if o in blobs else _blob(git, o))
    if found:
        raise SyncError("refused_files", describe(found), worded=partial(describe, found))
    return base_ids
