"""The git merge driver for store files: ``python -I -m sync.driver %O %A %B %P``.

Registered in the clone's ``.git/config`` (sync/setup.py) and named in ``.gitattributes``
for ``meetings/*.json`` and ``archive.json``, so ``minutes sync`` and a plain ``git pull``
merge the same way. Git runs it from the top of the work tree with the base, our and
their versions in temp files; the result goes into the ``%A`` file. Exit 0 means merged
(never with conflict markers: conflicts become records in the file); exit 1 means a side
could not be read, and git reports a conflict on that file without touching it.

Who wrote each side comes from ``MINUTES_OURS``/``MINUTES_THEIRS`` (set by ``minutes
sync``, "name\\tISO time"), else from ``git log`` on HEAD and on the merged commit.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from model.codec import Tables
from model.programs import find_program, program_env
from model.store.files import atomic_write, encode
from model.store.limits import loads_limited, read_limited
from sync.merge import Side, merge_tables

#: Environment variables naming the two sides (set by the sync engine).
OURS_ENV = "MINUTES_OURS"
THEIRS_ENV = "MINUTES_THEIRS"
THEIRS_REF_ENV = "MINUTES_THEIRS_REF"


class Unreadable(Exception):
    pass


def read_tables(path: Path) -> Tables:
    """A side of the merge; an empty file (no base: added on both sides) is no tables."""
    try:
        raw = read_limited(path)
        if not raw.strip():
            return {}
        value: Any = loads_limited(raw)
    except (UnicodeDecodeError, ValueError) as exc:  # also OverLimit (size, depth)
        raise Unreadable(f"{path}: {exc}") from exc
    if not isinstance(value, dict) or not all(isinstance(t, dict) for t in value.values()):
        raise Unreadable(f"{path}: not a minutes file")
    return value


def _git_side(ref: str, path: str) -> Side:
    try:
        out = subprocess.run(
            # git by absolute path: this runs inside the archive (model/programs.py)
            [find_program("git") or "git", "log", "-1", "--format=%an%x09%aI", ref, "--", path],
            env={**os.environ, **program_env()},
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return Side()
    name, _, at = out.partition("\t")
    return Side(name, at)


def _env_side(variable: str) -> Side | None:
    value = os.environ.get(variable)
    if not value:
        return None
    name, _, at = value.partition("\t")
    return Side(name, at)


def _their_ref() -> str | None:
    ref = os.environ.get(THEIRS_REF_ENV)
    if ref:
        return ref
    git_dir = Path(os.environ.get("GIT_DIR", ".git"))
    for name in ("MERGE_HEAD", "FETCH_HEAD"):
        try:
            line = (git_dir / name).read_text(encoding="utf-8").split("\n", 1)[0]
        except OSError:
            continue
        if line[:40].strip():
            return line[:40]
    return None


def sides(path: str) -> tuple[Side, Side]:
    """Who wrote our and their version of ``path``."""
    ours = _env_side(OURS_ENV) or _git_side("HEAD", path)
    theirs = _env_side(THEIRS_ENV)
    if theirs is None:
        ref = _their_ref()
        theirs = _git_side(ref, path) if ref else Side()
    return ours, theirs


def merge_files(base: Path, ours: Path, theirs: Path, name: str) -> int:
    """Merge the three files into ``ours``; returns the number of new conflict records."""
    tables_base, tables_ours, tables_theirs = (read_tables(p) for p in (base, ours, theirs))
    merged, report = merge_tables(tables_base, tables_ours, tables_theirs)
    if report.conflicts:  # only then is it worth asking git who wrote what
        ours_side, theirs_side = sides(name)
        merged, report = merge_tables(
            tables_base, tables_ours, tables_theirs, ours_side, theirs_side
        )
    atomic_write(ours, encode(merged))
    return len(report.conflicts)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 3:
        print("usage: python -I -m sync.driver BASE OURS THEIRS [PATH]", file=sys.stderr)
        return 2
    name = args[3] if len(args) > 3 else args[1]
    try:
        count = merge_files(Path(args[0]), Path(args[1]), Path(args[2]), name)
    except Unreadable as exc:
        print(f"minutes: cannot merge {name}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"minutes: cannot merge {name}: {exc}", file=sys.stderr)
        return 1
    if count:
        print(f"minutes: {name}: {count} conflict(s) kept for review", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
