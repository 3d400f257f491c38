"""The small markup a secretary may type in notes, parsed once for every export and the editor.

Notes are stored exactly as typed (so a sync merges plain text); this module says what
the typing means. The rules, chosen to be fast to type and never to surprise:

- a blank line starts a new paragraph; a single line break is kept as a line break;
- ``*words*`` is emphasis (italic), ``**words**`` is strong (bold). The asterisks must
  hug the words (``* 3 *`` and ``5*3*2`` stay as typed) and markup never spans lines.
  Underscores are always literal (file names, ``e_post``);
- a line starting with ``- `` or ``• `` is a bullet, one starting with ``1. `` ... ``99. ``
  a numbered item; a following line without a marker continues the item;
- ``## Om uppdraget`` is a sub-heading inside the item (``### `` one level below). Not
  "a line ending with a colon": that is how a sentence introducing a list ends;
- lines starting with ``|`` form a table, cells split at ``|``; a line of dashes
  (``|---|---|``) under the first row makes it the header row;
- a line that is only ``[övriga frågor]`` (or ``[öf]``, ``[aob]``, ``[any other
  business]``, any case) marks where the list of other business raised during this item
  is printed ("Till dagordningens punkt Övriga frågor läggs även följande:"); without it
  the list follows the notes. Brackets around a keyword alone on a line: nobody types
  that in a sentence.

Everything else is text: ``_x_``, ``<b>``, ``[a](b)``, ``# x``, ``2) x``, ``$x$``, ``>``.
The exporters turn the blocks into escaped pandoc Markdown (``export.escape``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

InlineKind = Literal["text", "emph", "strong"]
BULLETS = ("- ", "• ")
HEADINGS = {"## ": 2, "### ": 3}
AOB_MARKERS = ("[övriga frågor]", "[öf]", "[aob]", "[any other business]")

_STRONG = r"(?<![\w*])\*\*(?=[^\s*])([^*]*?[^\s*])\*\*(?![\w*])"
_EMPH = r"(?<![\w*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\w*])"
_INLINE_MARKUP = re.compile(f"{_STRONG}|{_EMPH}")
_NUMBERED = re.compile(r"^([0-9]{1,2})\. (?=\S)")
_TABLE_RULE = re.compile(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


@dataclass(frozen=True)
class Inline:
    """A run of one line: plain text, emphasis or strong (the text without asterisks)."""

    kind: InlineKind
    text: str


Line = list[Inline]


@dataclass
class Paragraph:
    lines: list[Line]


@dataclass
class ListBlock:
    """Bullets (``start`` is None) or a numbered list starting at ``start``; each item is
    its lines."""

    start: int | None
    items: list[list[Line]] = field(default_factory=list)


@dataclass
class Heading:
    level: int
    text: Line


@dataclass
class Table:
    header: list[Line] | None
    rows: list[list[Line]]


@dataclass
class AobMarker:
    """Where the other business raised during the item goes."""


Block = Paragraph | ListBlock | Heading | Table | AobMarker


def is_aob_marker(line: str) -> bool:
    return line.strip().casefold() in AOB_MARKERS


def has_aob_marker(text: str) -> bool:
    """Whether ``text`` (notes) says where the other business goes."""
    return any(is_aob_marker(line) for line in text.splitlines())


def inlines(line: str) -> Line:
    """One line's runs of text, emphasis and strong."""
    runs: Line = []
    position = 0
    for match in _INLINE_MARKUP.finditer(line):
        if match.start() > position:
            runs.append(Inline("text", line[position : match.start()]))
        if match.group(1) is not None:
            runs.append(Inline("strong", match.group(1)))
        else:
            runs.append(Inline("emph", match.group(2)))
        position = match.end()
    if position < len(line):
        runs.append(Inline("text", line[position:]))
    return runs


def inline_spans(line: str) -> list[tuple[int, int, InlineKind]]:
    """Where emphasis and strong are in ``line`` (start, end, kind), asterisks included:
    what the editor highlights."""
    return [
        (m.start(), m.end(), "strong" if m.group(1) is not None else "emph")
        for m in _INLINE_MARKUP.finditer(line)
    ]


def bullet_text(line: str) -> str | None:
    """The text after a bullet marker, or None when ``line`` is no bullet."""
    stripped = line.strip()
    if stripped.startswith(BULLETS) and stripped[2:].strip():
        return stripped[2:].strip()
    return None


def numbered(line: str) -> tuple[int, str] | None:
    """(number, text) of a numbered line ("3. Beslut"), else None."""
    match = _NUMBERED.match(line.strip())
    return (int(match.group(1)), line.strip()[match.end() :]) if match else None


def heading(line: str) -> tuple[int, str] | None:
    """(level, text) of a sub-heading line ("## Om uppdraget"), else None."""
    stripped = line.strip()
    for marker, level in HEADINGS.items():
        if stripped.startswith(marker) and stripped[len(marker) :].strip():
            return level, stripped[len(marker) :].strip()
    return None


def is_table_line(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("|") and len(stripped) > 1


def table_cells(line: str) -> list[str]:
    """The cells of a table line: split at ``|``, the outer bars dropped."""
    inner = line.strip()[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [cell.strip() for cell in inner.split("|")]


def is_table_rule(line: str) -> bool:
    return bool(_TABLE_RULE.match(line.strip())) and "-" in line


def _table(lines: list[str]) -> Table | Paragraph:
    header: list[Line] | None = None
    rows: list[list[Line]] = []
    for index, raw in enumerate(lines):
        if is_table_rule(raw):
            if index == 1 and rows and header is None:
                header = rows.pop()
            continue  # a rule elsewhere only draws a line in the editor
        rows.append([inlines(cell) for cell in table_cells(raw)])
    if not rows and header is None:
        return Paragraph([inlines(line) for line in lines])  # only rules: no table in it
    width = max([len(r) for r in rows] + [len(header) if header else 0])
    rows = [r + [[] for _ in range(width - len(r))] for r in rows]
    if header is not None:
        header += [[] for _ in range(width - len(header))]
    return Table(header, rows)


def _list_marker(line: str) -> tuple[int | None, str] | None:
    """(number or None for a bullet, text) of a list line, else None."""
    bullet = bullet_text(line)
    if bullet is not None:
        return None, bullet
    return numbered(line)


def parse(text: str) -> list[Block]:
    """Notes as blocks: paragraphs, lists, sub-headings and tables."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        paragraph: list[Line] = []
        current: ListBlock | None = None
        table: list[str] = []

        def flush() -> None:
            nonlocal paragraph, current, table
            if paragraph:
                blocks.append(Paragraph(paragraph))
            if current is not None:
                blocks.append(current)
            if table:
                blocks.append(_table(table))
            paragraph, current, table = [], None, []

        for raw in chunk.split("\n"):
            line = raw.strip()
            if not line:
                continue
            if is_table_line(line):
                if not table:
                    flush()
                table.append(line)
                continue
            if table:
                flush()
            if is_aob_marker(line):
                flush()
                blocks.append(AobMarker())
                continue
            if (head := heading(line)) is not None:
                flush()
                blocks.append(Heading(head[0], inlines(head[1])))
                continue
            marked = _list_marker(line)
            if marked is not None:
                start, item_text = marked
                if current is None or (current.start is None) != (start is None):
                    flush()
                    current = ListBlock(start)
                current.items.append([inlines(item_text)])
            elif current is not None:
                current.items[-1].append(inlines(line))  # continues the item above
            else:
                paragraph.append(inlines(line))
        flush()
    return blocks
