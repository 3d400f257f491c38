"""The parts of a list over a screen (the agenda, the roster, the records): a box in the
middle with a border title, an option list of rows and a muted hint line; the list is
filled again after every change, keeping the highlighted row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from rich.console import RenderableType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

Row = TypeVar("Row")


def list_box_css(screen: str, *, width: int = 90, hint: str = ".hint") -> str:
    """The layout of the list screen class ``screen``; ``hint`` selects its hint line."""
    return f"""
    {screen} {{ align: center middle; }}
    {screen} > Vertical {{
        width: {width}; max-width: 100%; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }}
    {screen} OptionList {{ height: auto; max-height: 30; border: none; }}
    {screen} {hint} {{ color: $text-muted; height: auto; }}
    """


def show_rows(
    options: OptionList,
    rows: Sequence[tuple[str, RenderableType]],
    empty: str,
    highlight: str | None = None,
) -> None:
    """List ``rows`` (id, line); highlight the row ``highlight`` (an id), else the row
    highlighted before (or the last); with no rows, the line ``empty`` (not selectable)."""
    keep = options.highlighted
    options.clear_options()
    if not rows:
        options.add_option(Option(empty, disabled=True))
        return
    options.add_options([Option(line, id=row_id) for row_id, line in rows])
    ids = [row_id for row_id, _line in rows]
    if highlight in ids:
        options.highlighted = ids.index(highlight)
    else:
        options.highlighted = min(keep or 0, len(ids) - 1)


def highlighted_row(options: OptionList, rows: Sequence[Row]) -> Row | None:
    """The row under the highlight, None with none (or the empty line)."""
    index = options.highlighted
    if index is None or index >= len(rows):
        return None
    return rows[index]
