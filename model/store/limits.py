"""How big and how deeply nested a store file may be: the one place for these limits.

Store files (``meetings/*.json``, ``archive.json``) come from this machine and from the
other side of a sync, so they are read as hostile input:

- ``MAX_STORE_FILE_BYTES``: a large real meeting (four hours, fifty items, long notes,
  its conflict records) is about 100 KB; archive.json with a few bodies, their rosters
  and agenda templates is smaller. 10 MiB is a hundred times that, so no real file comes
  near it, while what is beyond it (an 80 MB "meeting" made the app work for minutes
  and could exhaust memory) is refused.
- ``MAX_JSON_DEPTH``: our files nest about eight levels (tables, records, fields, a
  conflict record's versions of a field). 64 is plenty; Python's json decoder and the
  code that walks decoded values recurse per level and fail with ``RecursionError``
  near 1,000 (``'[' * 100000`` in a file broke every command).

Both are checked before ``json.loads`` (the size from the file's length or from git's
tree listing before anything is read; the depth by a linear scan at C speed, strings
skipped). The sync refuses incoming files over the limits (sync/incoming.py); the
loader treats a local file over them as damaged (model/store/load.py).
"""

from __future__ import annotations

import json
import operator
from itertools import accumulate, repeat
from pathlib import Path
from typing import Any

MAX_STORE_FILE_BYTES = 10 * 1024 * 1024
MAX_JSON_DEPTH = 64

# Opening brackets become 2 and closing ones 0, everything else is dropped, so that
# subtracting 1 from each gives the step of the nesting depth.
_STEPS = bytes.maketrans(b"[{]}", b"\x02\x02\x00\x00")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


class OverLimit(ValueError):
    """A store file beyond the size or depth limit (a damaged file, said in words)."""


def size_problem(size: int) -> str | None:
    """The sentence for a file of ``size`` bytes over the limit, else None."""
    if size <= MAX_STORE_FILE_BYTES:
        return None
    return (
        f"{size / 1_048_576:.1f} MB, more than the {MAX_STORE_FILE_BYTES // 1_048_576} MB "
        "a minutes file may have"
    )


def json_depth(data: bytes) -> int:
    """How deeply the arrays and objects of a JSON text nest (0 for a plain value)."""
    # Brackets inside strings ("[punkt 3]") nest nothing. Drop the escapes that could
    # hide a quote (escaped backslashes first: a string may end in one), then every
    # other piece between quotes is a string. Only C-speed bytes operations.
    unescaped = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    outside = b"".join(unescaped.split(b'"')[::2])
    brackets = outside.translate(_STEPS, _NOT_BRACKETS)
    return max(accumulate(map(operator.sub, brackets, repeat(1))), default=0)


def depth_problem(data: bytes) -> str | None:
    """The sentence for JSON nested deeper than the limit, else None."""
    if json_depth(data) <= MAX_JSON_DEPTH:
        return None
    return f"nested more than {MAX_JSON_DEPTH} levels deep"


def read_limited(path: Path) -> bytes:
    """The bytes of a store file; ``OverLimit`` when it has more than the limit (never
    more than the limit plus one byte is read: a symlink to /dev/zero ends too)."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_STORE_FILE_BYTES + 1)
    if len(data) > MAX_STORE_FILE_BYTES:
        try:
            size = max(path.stat().st_size, len(data))
        except OSError:
            size = len(data)
        raise OverLimit(size_problem(size) or "too large")
    return data


def loads_limited(data: bytes | str) -> Any:
    """``json.loads`` for store files: ``OverLimit`` (a ValueError) instead of reading
    something too big, or of ``RecursionError`` on something too deep."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    problem = size_problem(len(raw)) or depth_problem(raw)
    if problem:
        raise OverLimit(problem)
    if isinstance(data, bytes):
        return json.loads(data.decode("utf-8-sig"))
    return json.loads(data)
