"""The one look of a table in the help screen: a bold title on the left, no box, no
header, full width (the key tables, the attendance panel's keys, the notes markup)."""

from __future__ import annotations

from rich.table import Table


def help_table(title: str, caption: str | None = None) -> Table:
    return Table(
        title=title,
        title_justify="left",
        title_style="bold",
        caption=caption,
        caption_justify="left",
        expand=True,
        box=None,
        show_header=False,
        padding=(0, 1),
    )
