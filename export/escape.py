"""Text typed by the secretary, made safe for pandoc Markdown.

Notes may use the small markup of ``model.notes_markup`` (emphasis, strong, bullets,
numbered items, sub-headings, pipe tables); this module writes those blocks as pandoc
Markdown and nothing else. Every other character comes out as typed: ``_``, ``#``,
``<b>``, ``&``, ``[x]``, ``$``, ``@``, a line starting with ``2)``, ``a.``, ``>`` or ``-``
without a space. Every character pandoc could read as markup is backslash-escaped, and
the Markdown reader runs without ``smart`` so quotes, ``--`` and ``...`` are not retyped
either. Decision texts, titles and names use ``inline``/``lines``: no markup at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from model import notes_markup as markup

# Characters that start inline markup anywhere in a line (pandoc Markdown).
_INLINE = re.compile(r"([\\`*_{}\[\]<>#~^$|&@])")
# What makes a line start a block (list, quote, heading underline, table, div...).
_LIST_NUMBER = re.compile(r"^(\(?)([0-9]+|[A-Za-z]|[ivxlcdmIVXLCDM]+)([.)])(\s|$)")
_BLOCK_START = "-+*:=>%~|!"
MARKS = {"emph": "*", "strong": "**"}
NOTES_TABLE = "MinutesNotesTable"


def inline(text: str) -> str:
    """Escape ``text`` for use inside a line (a heading, a table cell, a list item)."""
    return _INLINE.sub(r"\\\1", text.replace("\r", "").replace("\t", " "))


def _line(text: str) -> str:
    """Escape one line of a paragraph: inline markup plus what a line may start with."""
    text = text.strip()
    escaped = inline(text)
    if not escaped:
        return escaped
    match = _LIST_NUMBER.match(escaped)
    if match:
        # "1." / "a)" / "(iv)" would start an ordered list: escape the delimiter.
        opening, label, delimiter, _rest = match.groups()
        prefix = ("\\(" if opening else "") + label + "\\" + delimiter
        return prefix + escaped[match.end(3) :]
    if escaped[0] in _BLOCK_START:
        return "\\" + escaped
    return escaped


def lines(text: str) -> str:
    """Several typed lines as one Markdown paragraph, keeping the line breaks."""
    parts = [_line(line) for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    return "\\\n".join(parts)


def _runs(line: markup.Line) -> str:
    """One parsed line as Markdown; the text of each run escaped."""
    out = []
    for run in line:
        text = inline(run.text)
        out.append(text if run.kind == "text" else MARKS[run.kind] + text + MARKS[run.kind])
    return "".join(out)


def _markup_line(line: markup.Line) -> str:
    """A parsed line that may start a Markdown line: its opening escaped like ``_line``."""
    if line and line[0].kind == "text":
        first = line[0].text
        head = _line(first)
        if first.endswith(" ") and head:
            head += " "  # _line strips; the space before the emphasis that follows stays
        return head + _runs(line[1:])
    return _runs(line)


def _markup_lines(lines: list[markup.Line]) -> str:
    return "\\\n".join(_markup_line(line) for line in lines)


def _table(table: markup.Table) -> str:
    header = table.header or [[] for _ in table.rows[0]]
    rows = [header, *table.rows]
    cells = [[_runs(cell) for cell in row] for row in rows]
    widths = [max(3, *(len(row[c]) for row in cells)) for c in range(len(header))]
    lines = [
        "| " + " | ".join(row[c].ljust(widths[c]) for c in range(len(widths))) + " |"
        for row in cells
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join([*lines, "", f': {{custom-style="{NOTES_TABLE}"}}'])


def _block(block: markup.Block) -> str:
    if isinstance(block, markup.Heading):
        return "#" * block.level + " " + _runs(block.text)
    if isinstance(block, markup.Table):
        return _table(block)
    if isinstance(block, markup.ListBlock):
        entries = []
        for index, item in enumerate(block.items):
            marker = "- " if block.start is None else f"{block.start + index}. "
            entries.append(bullet_item(_markup_lines(item), len(marker), marker))
        return "\n".join(entries)
    if isinstance(block, markup.AobMarker):
        return ""  # notes_blocks puts the other business there
    return _markup_lines(block.lines)


def _opens_with_prose(block: markup.Block) -> bool:
    """Whether ``block`` is a paragraph that starts with plain text (not emphasis)."""
    if not isinstance(block, markup.Paragraph) or not block.lines or not block.lines[0]:
        return False
    return block.lines[0][0].kind == "text"


def notes_blocks(text: str, aob: Sequence[str] = (), lead: str = "") -> list[str]:
    """Notes as Markdown blocks (paragraphs, lists, sub-headings, tables), each ready to
    join with a blank line; see ``model.notes_markup`` for what the typing means.
    ``aob`` (Markdown blocks) stands at the first other-business marker line. ``lead``
    (Markdown, a sentence) opens the first paragraph when the notes begin with prose, as
    minutes run "Punkten bordlades på grund av tidsbrist. Istället delges …" on; else it
    is a paragraph of its own before them."""
    out: list[str] = []
    blocks = markup.parse(text)
    if lead:
        if blocks and _opens_with_prose(blocks[0]):
            out.append(lead + " " + _block(blocks.pop(0)))
        else:
            out.append(lead)
    for block in blocks:
        if isinstance(block, markup.AobMarker):
            out.extend(aob)
            aob = ()  # a second marker prints nothing
        elif md := _block(block):
            out.append(md)
    return out


def bullet_item(markdown: str, indent: int = 2, marker: str = "- ") -> str:
    """``markdown`` (already escaped) as one list item, continuation lines indented."""
    pad = " " * indent
    return marker + markdown.replace("\n", "\n" + pad)


def yaml_string(text: str) -> str:
    """A single-quoted YAML scalar holding Markdown-escaped ``text`` (for metadata)."""
    return "'" + inline(text).replace("'", "''") + "'"
