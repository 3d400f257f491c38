"""Writing a blob into the object store without starting git.

A sync writes the blobs its merge made (one per file both sides changed). ``git
hash-object -w`` is a process of its own for each; a loose object is simple enough to
write here: ``zlib("blob <size>\\0" + data)`` at ``objects/<2 hex>/<38 hex>``, named by the
SHA-1 of the uncompressed bytes, written to a temporary file and renamed into place
(what git does; an object already there is left as it is). Only for a repository of
SHA-1 objects whose object folder is the plain one: a SHA-256 repository, or an object
folder moved by the environment, gets ``git hash-object -w`` as before.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import zlib
from pathlib import Path

from sync.gitrun import Git


def _plain_sha1(git_dir: Path) -> bool:
    if os.environ.get("GIT_OBJECT_DIRECTORY"):
        return False
    try:
        config = (git_dir / "config").read_text(encoding="utf-8", errors="replace").lower()
    except OSError:
        return False
    return "objectformat" not in config.replace(" ", "") and (git_dir / "objects").is_dir()


def write_blob(git: Git, git_dir: Path, data: bytes) -> str:
    """Store ``data`` as a blob; returns its id."""
    if not _plain_sha1(git_dir):
        return git.run("hash-object", "-w", "--stdin", stdin=data)
    raw = b"blob %d\0" % len(data) + data
    sha = hashlib.sha1(raw, usedforsecurity=False).hexdigest()
    folder = git_dir / "objects" / sha[:2]
    target = folder / sha[2:]
    if target.exists():
        return sha
    folder.mkdir(exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix="tmp_obj_", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(zlib.compress(raw))
        os.chmod(temp, 0o444)  # git's objects are read-only
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return sha
