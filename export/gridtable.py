"""pandoc grid tables: the only Markdown table that has no header row, can span columns
and lets us set the column widths (pandoc takes them from the dashes)."""

from __future__ import annotations

import textwrap
import unicodedata
from dataclasses import dataclass


@dataclass
class Cell:
    """One cell: escaped Markdown text; ``span`` columns wide."""

    text: str = ""
    span: int = 1


def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospaced layout, as pandoc counts them."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _wrap(text: str, width: int) -> list[str]:
    # Only break at spaces: a broken word or escape (\*) would change the text.
    lines: list[str] = []
    for hard in text.split("\n"):
        lines.extend(
            textwrap.wrap(hard, width, break_long_words=False, break_on_hyphens=False) or [""]
        )
    return lines


def grid_table(rows: list[list[Cell]], widths: list[int], attributes: str = "") -> str:
    """A headerless grid table. ``widths`` are the relative column widths in characters;
    a column is widened when a single word is longer (so no word is ever split).
    ``attributes`` (e.g. ``custom-style="X"``) go on the table through its caption."""
    widths = list(widths)
    for spanning in (False, True):  # single cells first, then spans widen their last column
        for row in rows:
            column = 0
            for cell in row:
                if (cell.span > 1) is spanning:
                    longest = max((display_width(w) for w in cell.text.split()), default=0)
                    last = column + cell.span - 1
                    inner = sum(widths[column : last + 1]) + cell.span - 1
                    widths[last] += max(0, longest + 2 - inner)
                column += cell.span
    border = "+" + "+".join("-" * w for w in widths) + "+"
    out = [border]
    for row in rows:
        column = 0
        cells: list[tuple[int, list[str]]] = []
        for cell in row:
            inner = sum(widths[column : column + cell.span]) + cell.span - 1
            cells.append((inner, _wrap(cell.text, inner - 2)))
            column += cell.span
        height = max(len(lines) for _inner, lines in cells)
        for index in range(height):
            parts = []
            for inner, lines in cells:
                text = lines[index] if index < len(lines) else ""
                parts.append(" " + text + " " * (inner - 1 - display_width(text)))
            out.append("|" + "|".join(parts) + "|")
        out.append(border)
    if attributes:
        out.extend(["", f": {{{attributes}}}"])
    return "\n".join(out)
