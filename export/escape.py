"""Text typed by the secretary, made safe for pandoc Markdown.

Decision: notes are plain text with exactly two conventions, because that is what people
type in a meeting and what the demo meeting uses:

- a blank line starts a new paragraph (a single line break is kept as a line break);
- a line starting with ``- `` (or ``• ``) is a bullet; consecutive bullets form a list.

Everything else comes out as typed: ``*``, ``_``, ``#``, ``<b>``, ``&``, ``[x]``, ``$``,
``@``, a line starting with ``1.``, ``a)``, ``>`` or ``-`` without a space. Every character
pandoc could read as markup is backslash-escaped, and the Markdown reader runs without
``smart`` so quotes, ``--`` and ``...`` are not retyped either.
"""

from __future__ import annotations

import re

# Characters that start inline markup anywhere in a line (pandoc Markdown).
_INLINE = re.compile(r"([\\`*_{}\[\]<>#~^$|&@])")
# What makes a line start a block (list, quote, heading underline, table, div...).
_LIST_NUMBER = re.compile(r"^(\(?)([0-9]+|[A-Za-z]|[ivxlcdmIVXLCDM]+)([.)])(\s|$)")
_BLOCK_START = "-+*:=>%~|!"
BULLETS = ("- ", "• ")


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


def is_bullet(line: str) -> bool:
    stripped = line.lstrip()
    return stripped.startswith(BULLETS) and bool(stripped[2:].strip())


def notes_blocks(text: str) -> list[str]:
    """Notes as Markdown blocks (paragraphs and bullet lists), each ready to join with a
    blank line. Bullet text is escaped like any other text."""
    blocks: list[str] = []
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        paragraph: list[str] = []
        bullets: list[list[str]] = []
        for raw in chunk.split("\n"):
            if not raw.strip():
                continue
            if is_bullet(raw):
                if paragraph:
                    blocks.append(lines("\n".join(paragraph)))
                    paragraph = []
                bullets.append([raw.lstrip()[2:]])
            elif bullets:
                bullets[-1].append(raw)  # a continuation line of the bullet above
            else:
                paragraph.append(raw)
        if paragraph:
            blocks.append(lines("\n".join(paragraph)))
        if bullets:
            blocks.append("\n".join(bullet_item(lines("\n".join(b))) for b in bullets))
    return [b for b in blocks if b]


def bullet_item(markdown: str, indent: int = 2) -> str:
    """``markdown`` (already escaped) as one bullet, continuation lines indented."""
    pad = " " * indent
    return "- " + markdown.replace("\n", "\n" + pad)


def yaml_string(text: str) -> str:
    """A single-quoted YAML scalar holding Markdown-escaped ``text`` (for metadata)."""
    return "'" + inline(text).replace("'", "''") + "'"
