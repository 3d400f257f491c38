"""Three-way line merge of one text field (the notes of an item, a decision's text ...).

Edits to different paragraphs combine; the same lines changed differently on both sides
are a conflict. The result always holds every clean edit of both sides; where a region
conflicts we compute two versions, one taking our lines and one taking theirs there, so
the user can pick either without losing the other side's clean edits elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from merge3 import Merge3


@dataclass(frozen=True)
class TextMerge:
    """The outcome of merging one text: ``with_ours`` is the value to keep."""

    with_ours: str
    with_theirs: str
    conflicted: bool


def _lines(text: str) -> list[str]:
    # A final line without "\n" would compare unequal to the same line with one, so a
    # line appended after it would look like an edit of it: merge with a newline added.
    if text and not text.endswith("\n"):
        text += "\n"
    return text.splitlines(keepends=True)


def merge_text(base: str, ours: str, theirs: str) -> TextMerge:
    """Merge ``ours`` and ``theirs`` against ``base`` line by line."""
    if ours == theirs:
        return TextMerge(ours, ours, False)
    if ours == base:
        return TextMerge(theirs, theirs, False)
    if theirs == base:
        return TextMerge(ours, ours, False)
    merger = Merge3(_lines(base), _lines(ours), _lines(theirs))
    with_ours: list[str] = []
    with_theirs: list[str] = []
    conflicted = False
    for group in merger.merge_groups():
        parts: tuple[Any, ...] = tuple(group)
        if parts[0] == "conflict":
            conflicted = True
            with_ours.extend(parts[2])
            with_theirs.extend(parts[3])
        else:
            with_ours.extend(parts[1])
            with_theirs.extend(parts[1])
    keep_newline = ours.endswith("\n") or theirs.endswith("\n")
    return TextMerge(
        _finish("".join(with_ours), keep_newline),
        _finish("".join(with_theirs), keep_newline),
        conflicted,
    )


def _finish(text: str, keep_newline: bool) -> str:
    if not keep_newline and text.endswith("\n"):
        return text[:-1]
    return text
