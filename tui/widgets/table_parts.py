"""The parts of a screen that is a list of rows (the archive, the search): a bold title
line, a muted hint line under it, and a row table with one cursor row and stripes."""

from __future__ import annotations

from collections.abc import Iterable

from textual.widgets import DataTable, Static


class TitleLine(Static):
    DEFAULT_CSS = "TitleLine { height: 1; padding: 0 1; background: $panel; text-style: bold; }"


class HintLine(Static):
    DEFAULT_CSS = "HintLine { height: 1; padding: 0 1; color: $text-muted; }"


def row_table(columns: Iterable[tuple[str, str]], *, id: str) -> DataTable[str]:
    """A table of rows with (key, heading) columns; the screen gives it ``height: 1fr``."""
    table: DataTable[str] = DataTable(cursor_type="row", zebra_stripes=True, id=id)
    for key, heading in columns:
        table.add_column(heading, key=key)
    return table
