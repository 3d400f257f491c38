"""The notes markup shown in the editor: what will be italic, bold, a list, a heading or a
table looks so while it is typed (the parser is ``model.notes_markup``, the same one the
export uses), plus the help screen's table of it.

A ``get_line`` override, the hook Textual's ``TextArea`` documents for styling lines, is
used rather than a tree-sitter grammar: the markup is line-based, so styling one line
needs only that line, and nothing extra must be installed.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from model import notes_markup
from model.enums import Language
from tui.help_table import help_table
from tui.i18n import t

MARK = "dim"  # the asterisks, bullets, numbers, hashes and bars themselves
STYLES = {"emph": "italic", "strong": "bold"}
HEADING = "bold underline"
AOB_MARKER = "bold reverse"  # a place holder, not text: it must stand out


def _marker(line: Text, plain: str, length: int) -> None:
    indent = len(plain) - len(plain.lstrip())
    line.stylize(MARK, indent, indent + length)


def style_line(line: Text) -> Text:
    """``line`` (one line of notes) with the markup's styles applied, in place."""
    plain = line.plain
    stripped = plain.strip()
    if notes_markup.is_aob_marker(plain):
        line.stylize(AOB_MARKER, len(plain) - len(plain.lstrip()), len(plain.rstrip()))
        return line
    if (head := notes_markup.heading(plain)) is not None:
        indent = len(plain) - len(plain.lstrip())
        line.stylize(HEADING, indent + head[0] + 1)
        _marker(line, plain, head[0] + 1)  # "## " is level 2
    elif notes_markup.is_table_line(plain):
        rule = notes_markup.is_table_rule(plain)
        bars = [i for i, char in enumerate(plain) if char == "|"]
        for index, char in enumerate(plain):
            if char == "|" or (rule and char in "-:"):
                line.stylize(MARK, index, index + 1)
        # Markup never crosses a bar: each cell is styled on its own, as it is parsed.
        for left, right in zip(bars, [*bars[1:], len(plain)], strict=True):
            _inline(line, plain[left + 1 : right], left + 1)
        return line
    elif notes_markup.bullet_text(plain) is not None:
        _marker(line, plain, 2)
    elif (number := notes_markup.numbered(plain)) is not None:
        _marker(line, plain, len(stripped) - len(number[1]))
    _inline(line, plain, 0)
    return line


def _inline(line: Text, part: str, offset: int) -> None:
    for start, end, kind in notes_markup.inline_spans(part):
        width = 2 if kind == "strong" else 1
        start, end = start + offset, end + offset
        line.stylize(STYLES[kind], start + width, end - width)
        line.stylize(MARK, start, start + width)
        line.stylize(MARK, end - width, end)


def markup_help(lang: Language) -> Table:
    """The markup as a table for the help screen."""
    table = help_table(t(lang, "markup.title"), caption=t(lang, "markup.literal"))
    table.add_column(style="bold cyan", no_wrap=True, width=20)
    table.add_column(ratio=1)
    for typed, key in (
        ("*ord*", "emph"),
        ("**ord**", "strong"),
        ("- ", "bullet"),
        ("1. ", "numbered"),
        ("## ", "heading"),
        ("| a | b |", "table"),
        ("[övriga frågor]", "aob"),
    ):
        table.add_row(Text(typed), t(lang, f"markup.{key}"))
    return table
