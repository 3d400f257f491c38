"""Three-way line merge of one text field (the notes of an item, a decision's text ...).

Edits to different paragraphs combine, and so do additions next to a change (a paragraph
added after the one the other side corrected), additions at the same place (both are
kept) and edits to different words of the same line (the chair corrects the start of
the paragraph the secretary is typing the end of); the same words changed differently
on both sides are a conflict. The result
always holds every clean edit of both sides; where a region conflicts we compute two
versions, one taking our lines and one taking theirs there, so the user can pick either
without losing the other side's clean edits elsewhere.
"""

from __future__ import annotations

import re
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


def merge_text(base: str, ours: str, theirs: str, *, known_base: bool = True) -> TextMerge:
    """Merge ``ours`` and ``theirs`` against ``base`` line by line. Without a known base
    (two histories that share nothing) lines are never combined: who added what cannot
    be told, so every difference is a conflict."""
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
            combined = None
            if known_base:
                combined = _combine(parts[1], parts[2], parts[3])
                if combined is None:
                    combined = _merge_words(parts[1], parts[2], parts[3])
            if combined is not None:
                with_ours.extend(combined)
                with_theirs.extend(combined)
                continue
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


def _combine(base: list[str], ours: list[str], theirs: list[str]) -> list[str] | None:
    """Both sides' lines for a region ``merge3`` calls a conflict only because the edits
    touch, not because they change the same lines; None for a real conflict.

    - Both only added lines at the same place (the secretary's new paragraph and the
      chair's remark at the end of the notes): both are kept, in an order that does not
      depend on who merges (so two machines merging the same edits agree).
    - One side only added lines before or after the lines the other side changed (a
      paragraph added after the one the chair corrected): the change plus the addition.
    """
    if not base:
        first, second = sorted((ours, theirs), key=lambda lines: "".join(lines))
        return first + second
    for added, changed in ((ours, theirs), (theirs, ours)):
        if len(added) > len(base):
            if added[: len(base)] == base:
                return changed + added[len(base) :]
            if added[-len(base) :] == base:
                return added[: -len(base)] + changed
    return None


_TOKEN = re.compile(r"\s+|[^\s]+")


def _merge_words(base: list[str], ours: list[str], theirs: list[str]) -> list[str] | None:
    """The lines of a region both sides changed, merged word by word: the chair corrects
    the start of the paragraph the secretary is still typing at the end. None when the
    same words were changed differently (a real conflict)."""
    words_base, words_ours, words_theirs = (
        _TOKEN.findall("".join(lines)) for lines in (base, ours, theirs)
    )
    merger = Merge3(words_base, words_ours, words_theirs)
    merged: list[str] = []
    for group in merger.merge_groups():
        parts: tuple[Any, ...] = tuple(group)
        if parts[0] == "conflict":
            return None
        merged.extend(parts[1])
    return "".join(merged).splitlines(keepends=True)


def _finish(text: str, keep_newline: bool) -> str:
    if not keep_newline and text.endswith("\n"):
        return text[:-1]
    return text
