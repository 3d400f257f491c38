"""Showing new text in an editor someone is typing in, without moving their cursor.

A sync brings the other side's words into the notes being typed. The rule, for a user
typing at full speed: his next key continues his own text. The cursor and the selection
stay on the same characters of his text (mapped through the difference of old and new
text); words that came in right at the cursor go after it, so nothing he types lands
inside the other person's words, and the view keeps his line where it was on screen.

An idle cursor at the very end (no key for ``FOLLOW_AFTER`` seconds: he is reading,
not typing) follows the end instead: the chair watching the secretary's draft sees
her newest words come in below, and what he types next goes after them, at the end of
the text as it is now.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from textual.widgets import TextArea
from textual.widgets.text_area import Document, Selection

#: Seconds without a key after which a cursor at the end follows the end.
FOLLOW_AFTER = 3.0


def _common(old: str, new: str) -> tuple[int, int]:
    """The lengths of the common start and (not overlapping it) common end."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return start, end


def map_offset(old: str, new: str, offset: int) -> int:
    """Where character ``offset`` of ``old`` is in ``new``: inside unchanged text the
    same character; inside changed text its start; text inserted right at the offset
    goes after it (the cursor stays before what came in).

    The unchanged start and end are taken first: a merge mostly adds words in one
    place, and a character diff alone may pair the user's last word with a like word
    of the other side's."""
    offset = max(0, min(len(old), offset))
    start, end = _common(old, new)
    if offset <= start:
        return offset
    if offset >= len(old) - end:
        return offset + len(new) - len(old)
    middle_old, middle_new = old[start : len(old) - end], new[start : len(new) - end]
    inner = offset - start
    matcher = SequenceMatcher(None, middle_old, middle_new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" and i1 <= inner < i2:
            return start + j1 + (inner - i1)
        if tag != "equal" and i1 <= inner < max(i2, i1 + 1):
            return start + (j1 if tag == "insert" else min(j2, j1 + (inner - i1)))
    return start + len(middle_new)


def show_keeping_cursor(editor: TextArea, text: str, *, follow_end: bool = False) -> None:
    """Replace the editor's text with ``text``, the cursor and selection kept in place
    (``follow_end``: the user is idle; a cursor at the end moves to the new end)."""
    old = editor.text
    document = editor.document
    if not isinstance(document, Document):  # a custom document: no index arithmetic
        editor.load_text(text)
        return
    selection = editor.selection
    start = document.get_index_from_location(selection.start)
    end = document.get_index_from_location(selection.end)
    scroll = editor.scroll_offset
    at_end = start == end == len(old)
    old_row = _screen_row(editor, selection.end)
    shown = scroll.y <= old_row < scroll.y + max(1, editor.size.height)
    editor.load_text(text)
    if follow_end and at_end:
        new_start = new_end = len(text)
    else:
        new_start, new_end = (map_offset(old, text, i) for i in (start, end))
    document = editor.document
    assert isinstance(document, Document)
    editor.selection = Selection(
        document.get_location_from_index(new_start), document.get_location_from_index(new_end)
    )
    if follow_end and at_end and shown:  # the view follows the end with the cursor
        editor.scroll_cursor_visible(animate=False)
        return
    if follow_end and at_end:  # he scrolled up to read: the view stays where he is
        editor.scroll_to(scroll.x, scroll.y, animate=False, immediate=True)
        return
    # lines that came in above the cursor scroll the view by as much: his line stays put
    moved = _screen_row(editor, editor.selection.end) - old_row
    editor.scroll_to(scroll.x, max(0, scroll.y + moved), animate=False, immediate=True)


def _screen_row(editor: TextArea, location: tuple[int, int]) -> int:
    """The row of ``location`` in the editor's wrapped lines (what scrolling counts)."""
    return editor.wrapped_document.location_to_offset(location).y
