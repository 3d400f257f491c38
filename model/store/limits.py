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

from model.enums import Language
from model.error_texts import ERRORS
from model.texts import lookup

MAX_STORE_FILE_BYTES = 10 * 1024 * 1024
MAX_JSON_DEPTH = 64

#: the codes of ``OverLimit`` (and of the ``FileProblem`` made from it)
TOO_BIG = "too_big"
TOO_DEEP = "too_deep"

# Opening brackets become 2 and closing ones 0, everything else is dropped, so that
# subtracting 1 from each gives the step of the nesting depth.
_STEPS = bytes.maketrans(b"[{]}", b"\x02\x02\x00\x00")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


class OverLimit(ValueError):
    """A store file beyond a limit: ``code`` says which (``TOO_BIG``: ``found`` bytes
    against ``limit``; ``TOO_DEEP``: nested ``found`` levels against ``limit``).

    The code and the numbers are what a reader of the exception uses
    (``model.store.problems.problem_of`` makes them a ``FileProblem``, worded from the
    error catalogues in the user's language); the exception's own text is the English
    sentence of that catalogue, for logs.
    """

    def __init__(self, code: str, found: int, limit: int) -> None:
        self.code, self.found, self.limit = code, found, limit
        key, values = limit_words(code, found, limit)
        super().__init__(lookup(ERRORS, Language.EN, key, **values))


def limit_words(code: str, found: int | None, limit: int | None) -> tuple[str, dict[str, Any]]:
    """The catalogue key (model/locale/errors) and values of a file over a limit: the
    size in MB with one decimal (when it is known) and the limit in whole MB, or the
    depth limit in levels."""
    if code == TOO_DEEP:
        return "problem.too_deep", {"depth": MAX_JSON_DEPTH if limit is None else limit}
    mb = (MAX_STORE_FILE_BYTES if limit is None else limit) // 1_048_576
    if found is None:  # a MemoryError, or a listing kept before sizes were known
        return "problem.too_big", {"mb": mb}
    return "problem.too_big.size", {"mb": mb, "size": f"{found / 1_048_576:.1f}"}


def size_over(size: int) -> OverLimit | None:
    """``OverLimit`` (to raise) for a file of ``size`` bytes over the limit, else None."""
    if size <= MAX_STORE_FILE_BYTES:
        return None
    return OverLimit(TOO_BIG, size, MAX_STORE_FILE_BYTES)


def json_depth(data: bytes) -> int:
    """How deeply the arrays and objects of a JSON text nest (0 for a plain value)."""
    # Brackets inside strings ("[punkt 3]") nest nothing. Drop the escapes that could
    # hide a quote (escaped backslashes first: a string may end in one), then every
    # other piece between quotes is a string. Only C-speed bytes operations.
    unescaped = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    outside = b"".join(unescaped.split(b'"')[::2])
    brackets = outside.translate(_STEPS, _NOT_BRACKETS)
    return max(accumulate(map(operator.sub, brackets, repeat(1))), default=0)


def depth_over(data: bytes) -> OverLimit | None:
    """``OverLimit`` (to raise) for JSON nested deeper than the limit, else None."""
    depth = json_depth(data)
    if depth <= MAX_JSON_DEPTH:
        return None
    return OverLimit(TOO_DEEP, depth, MAX_JSON_DEPTH)


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
        raise OverLimit(TOO_BIG, size, MAX_STORE_FILE_BYTES)
    return data


def loads_limited(data: bytes | str) -> Any:
    """``json.loads`` for store files: ``OverLimit`` (a ValueError) instead of reading
    something too big, or of ``RecursionError`` on something too deep."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    over = size_over(len(raw)) or depth_over(raw)
    if over is not None:
        raise over
    if isinstance(data, bytes):
        return json.loads(data.decode("utf-8-sig"))
    return json.loads(data)
