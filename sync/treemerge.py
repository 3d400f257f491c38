"""Merging two commits into a tree without touching the work tree or the real index.

Git's own ``merge`` writes the work tree and refuses to run when a file it would write
was changed meanwhile, which the app does every second while someone types. So the
sync merges in git's object store only: what each side changed since the merge base is
listed (one ``diff-tree --stdin`` for both sides),
every path is decided here (one side changed it: that side; both changed a store
file: the record merge of sync/merge.py, the same one the merge driver runs for a
plain ``git pull``; both changed another text file: a union of lines), the merged
blobs are written (as loose objects, sync/objects.py), and the tree is built in a temporary index
(``read-tree`` + ``update-index --index-info`` + ``write-tree``). Only plumbing that
every git in use has: no ``git merge-tree --write-tree`` (2.38+), whose support
for merge drivers depends on the version.

A path deleted on one side and changed on the other keeps the change (nothing anyone
wrote is dropped; store records are deleted with a flag, never by removing the file).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model.codec import Tables
from model.store.files import encode
from sync.errors import SyncError
from sync.gitrun import Git
from sync.merge import Side, merge_tables
from sync.objects import write_blob

EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
MERGE_INDEX = "minutes-merge-index"

Entry = tuple[str, str]  # (mode, blob id)
#: path -> (entry before, entry after): what one side changed since the merge base
Changes = dict[str, tuple[Entry | None, Entry | None]]


def is_store_file(name: str) -> bool:
    """Meeting files and archive.json: merged record by record."""
    return name == "archive.json" or (
        name.startswith("meetings/") and name.endswith(".json") and name.count("/") == 1
    )


@dataclass
class TreeMerge:
    """The merged tree and what it changed compared with ``ours``."""

    tree: str
    base: str  # the merge base commit, "" when the histories share nothing
    #: path -> (blob in ours or None, blob in the merged tree or None), changed paths only
    changed: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    conflicts: int = 0  # new conflict records the record merge created
    blobs: dict[str, bytes] = field(default_factory=dict)  # contents read or written
    index: Path | None = None  # a temporary index holding ``tree`` (None: none was built)


def tables_of(raw: bytes, name: str = "") -> Tables:
    """The tables of a store file's bytes (empty bytes: no tables). Raises SyncError."""
    if not raw.strip():
        return {}
    try:
        value: Any = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise SyncError("invalid_result", f"{name}: {exc}") from exc
    if not isinstance(value, dict) or not all(isinstance(t, dict) for t in value.values()):
        raise SyncError("invalid_result", f"{name}: not a minutes file")
    return value


def diff_trees(git: Git, old: str, new: str) -> dict[str, tuple[Entry | None, Entry | None]]:
    """The files that differ between two commits ("" for none): path -> (in old, in new)."""
    _status, out, _err = git.raw("diff-tree", "-r", "-z", "--no-renames", old or EMPTY_TREE, new)
    tokens = out.decode("utf-8", "surrogateescape").split("\0")
    changes: dict[str, tuple[Entry | None, Entry | None]] = {}
    for meta, path in zip(tokens[0::2], tokens[1::2], strict=False):
        if not meta.startswith(":"):
            continue
        old_mode, new_mode, old_sha, new_sha, _kind = meta[1:].split()
        changes[path] = (
            None if old_mode == "000000" else (old_mode, old_sha),
            None if new_mode == "000000" else (new_mode, new_sha),
        )
    return changes


def _parse_diff(tokens: list[str]) -> dict[str, dict[str, tuple[Entry | None, Entry | None]]]:
    """``diff-tree -r -z --stdin`` output: commit id -> its changes (a commit with none
    has no header)."""
    found: dict[str, dict[str, tuple[Entry | None, Entry | None]]] = {}
    current: dict[str, tuple[Entry | None, Entry | None]] = {}
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if not token.startswith(":"):  # the header: the commit the next lines are of
            current = found.setdefault(token, {}) if token else current
            at += 1
            continue
        old_mode, new_mode, old_sha, new_sha, _kind = token[1:].split()
        current[tokens[at + 1]] = (
            None if old_mode == "000000" else (old_mode, old_sha),
            None if new_mode == "000000" else (new_mode, new_sha),
        )
        at += 2
    return found


def diff_both(git: Git, base: str, ours: str, theirs: str) -> tuple[Changes, Changes]:
    """What ours and theirs each changed since ``base``, with one process."""
    if not base or ours == theirs:
        return diff_trees(git, base, ours), diff_trees(git, base, theirs)
    # "<commit> <parent>": the parent is the old side
    _status, out, _err = git.raw(
        "diff-tree", "-r", "-z", "--no-renames", "--stdin",
        stdin=f"{ours} {base}\n{theirs} {base}\n".encode("ascii"),
    )  # fmt: skip
    found = _parse_diff(out.decode("utf-8", "surrogateescape").split("\0"))
    return found.get(ours, {}), found.get(theirs, {})


def merge_wanted(mine: Changes, theirs: Changes) -> list[str]:
    """The blobs a merge of these changes reads (and the bring-in after it)."""
    wanted: list[str] = []
    for path in set(mine) & set(theirs):  # both changed: base, ours, theirs
        wanted += [e[1] for e in (*mine[path], theirs[path][1]) if e]
    for path in set(theirs) - set(mine):  # theirs only: ours (= base) and theirs
        wanted += [e[1] for e in theirs[path] if e]
    return [sha for sha in wanted if sha]


def blob(git: Git, sha: str | None, cache: dict[str, bytes] | None = None) -> bytes:
    """A blob's bytes (b"" for none)."""
    if sha is None:
        return b""
    if cache is not None and sha in cache:
        return cache[sha]
    return git.raw("cat-file", "blob", sha)[1]


def read_blobs(git: Git, shas: Collection[str], cache: dict[str, bytes]) -> None:
    """Read many blobs with one process (``cat-file --batch``) into ``cache``."""
    wanted = sorted({s for s in shas if s not in cache})
    if not wanted:
        return
    _status, out, _err = git.raw(
        "cat-file", "--batch", stdin="".join(f"{s}\n" for s in wanted).encode()
    )
    at = 0
    for sha in wanted:
        end = out.index(b"\n", at)
        header = out[at:end].split()
        if len(header) < 3 or header[1] != b"blob":
            raise SyncError("git_failed", f"cat-file: {sha} is not a blob")
        size = int(header[2])
        cache[sha] = out[end + 1 : end + 1 + size]
        at = end + 1 + size + 1


def side_of(git: Git, commit: str, path: str) -> Side:
    """Who last changed ``path`` in ``commit``'s history, and when."""
    code, out = git.try_("log", "-1", "--format=%an%x09%aI", commit, "--", path)
    name, _, at = out.strip().partition("\t") if code == 0 else ("", "", "")
    return Side(name, at)


def merge_store_file(
    git: Git, path: str, raw: tuple[bytes, bytes, bytes], commits: tuple[str, str]
) -> tuple[bytes, int]:
    """The record merge of one store file's base, our and their bytes: the merged bytes
    and the number of new conflict records (each names both authors and times)."""
    base, ours, theirs = (tables_of(r, path) for r in raw)
    merged, report = merge_tables(base, ours, theirs)
    if report.conflicts:  # only then is it worth asking git who wrote what
        sides = side_of(git, commits[0], path), side_of(git, commits[1], path)
        merged, report = merge_tables(base, ours, theirs, *sides)
    return encode(merged), len(report.conflicts)


def _union(git: Git, path: str, raw: tuple[bytes, bytes, bytes]) -> bytes:
    """Both sides' lines of a plain text file (.gitignore, .gitattributes)."""
    if any(b"\0" in r for r in raw):
        raise SyncError("merge_failed", f"{path}: changed on both sides")
    with tempfile.TemporaryDirectory(prefix="minutes-merge-") as folder:
        names = []
        for label, data in zip(("base", "ours", "theirs"), raw, strict=True):
            target = Path(folder) / label
            target.write_bytes(data)
            names.append(str(target))
        base, ours, theirs = names  # git merge-file takes <current> <base> <other>
        _code, out, _err = git.raw("merge-file", "-p", "--union", ours, base, theirs, check=False)
    return out


def _decide(
    git: Git,
    git_dir: Path,
    path: str,
    entries: tuple[Entry | None, Entry | None, Entry | None],
    commits: tuple[str, str],
    cache: dict[str, bytes],
) -> tuple[Entry | None, int]:
    """The merged entry of one path (None: deleted) and its new conflict count."""
    b, o, t = entries
    if o == t or t == b:
        return o, 0
    if o == b:
        return t, 0
    if o is None or t is None:  # deleted on one side, changed on the other: keep it
        return (o or t), 0
    read_blobs(git, [e[1] for e in (b, o, t) if e], cache)
    raw = (blob(git, b[1] if b else None, cache), blob(git, o[1], cache), blob(git, t[1], cache))
    if is_store_file(path):
        data, conflicts = merge_store_file(git, path, raw, commits)
    else:
        data, conflicts = _union(git, path, raw), 0
    sha = write_blob(git, git_dir, data)
    cache[sha] = data
    return (o[0], sha), conflicts


def merge_commits(
    git: Git,
    git_dir: Path,
    ours: str,
    theirs: str,
    base: str,
    blobs: dict[str, bytes] | None = None,
    head_index: Path | None = None,
    diffs: tuple[Changes, Changes] | None = None,
) -> TreeMerge:
    """Merge commit ``theirs`` into ``ours`` (``base``: their merge base, "" for none):
    the merged tree, written to the object store only. Nothing else changes (no ref, no
    index, no work tree). When ``ours`` is the base the result is ``theirs`` itself
    (``tree`` is then "": no tree to build). ``blobs``: contents already read. Every
    blob the merge and the bring-in need is read with one process. ``head_index``: an
    index file holding exactly ``ours``'s tree (the real one right after the sync's
    commit), copied instead of a ``read-tree``. ``diffs``: what ours and theirs changed
    since ``base`` (``diff_both``), if the incoming check listed them already."""
    result = TreeMerge(tree="", base=base, blobs={} if blobs is None else blobs)
    if base == ours:  # fast-forward
        for path, (o, t) in (diffs[1] if diffs else diff_trees(git, ours, theirs)).items():
            result.changed[path] = (o[1] if o else None, t[1] if t else None)
        return result
    mine, theirs_changes = diffs or diff_both(git, base, ours, theirs)
    read_blobs(git, merge_wanted(mine, theirs_changes), result.blobs)
    updates: list[str] = []
    for path in sorted(set(mine) | set(theirs_changes)):
        if path in mine and path in theirs_changes:
            b, o = mine[path]
            t = theirs_changes[path][1]
        elif path in mine:
            b, o = mine[path]
            t = b
        else:
            b, t = theirs_changes[path]
            o = b
        entry, conflicts = _decide(git, git_dir, path, (b, o, t), (ours, theirs), result.blobs)
        result.conflicts += conflicts
        if entry == o:
            continue
        result.changed[path] = (o[1] if o else None, entry[1] if entry else None)
        if entry is None:
            updates.append(f"0 {'0' * 40}\t{path}")
        else:
            updates.append(f"{entry[0]} {entry[1]}\t{path}")
    if not updates:
        result.tree = git.run("rev-parse", f"{ours}^{{tree}}")
        return result
    index = git_dir / MERGE_INDEX
    env = {"GIT_INDEX_FILE": str(index)}
    try:
        if head_index is not None and head_index.is_file():
            shutil.copyfile(head_index, index)
        else:
            git.raw("read-tree", ours, env=env)
        payload = "".join(line + "\0" for line in updates).encode("utf-8", "surrogateescape")
        git.raw("update-index", "-z", "--index-info", stdin=payload, env=env)
        written = git.raw("write-tree", env=env)[1]
    except BaseException:
        index.unlink(missing_ok=True)
        raise
    result.tree = written.decode("ascii").strip()
    result.index = index  # the merged tree's index: becomes the real one once it is HEAD
    return result
