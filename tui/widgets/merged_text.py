"""Showing new text in an editor someone is typing in, without moving their cursor.

A sync brings the other side's words into the notes being typed; the editor then shows
the merged text with the cursor and the selection on the same characters as before
(mapped through the difference of old and new text), and the view scrolled as it was.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from textual.widgets import TextArea
from textual.widgets.text_area import Document, Selection


def map_offset(old: str, new: str, offset: int) -> int:
    """Where character ``offset`` of ``old`` is in ``new``: inside unchanged text the
    same character; inside changed text its start; text inserted right at the offset
    goes after it (the cursor stays before what came in)."""
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" and i1 <= offset < i2:
            return j1 + (offset - i1)
        if tag != "equal" and i1 <= offset < max(i2, i1 + 1):
            return j1 if tag == "insert" else min(j2, j1 + (offset - i1))
    return len(new) - (len(old) - offset) if offset <= len(old) else len(new)


def show_keeping_cursor(editor: TextArea, text: str) -> None:
    """Replace the editor's text with ``text``, the cursor and selection kept in place."""
    old = editor.text
    document = editor.document
    if not isinstance(document, Document):  # a custom document: no index arithmetic
        editor.load_text(text)
        return
    start = document.get_index_from_location(editor.selection.start)
    end = document.get_index_from_location(editor.selection.end)
    scroll = editor.scroll_offset
    editor.load_text(text)
    new_start, new_end = (max(0, min(len(text), map_offset(old, text, i))) for i in (start, end))
    document = editor.document
    assert isinstance(document, Document)
    editor.selection = Selection(
        document.get_location_from_index(new_start), document.get_location_from_index(new_end)
    )
    editor.scroll_to(scroll.x, scroll.y, animate=False, immediate=True)
