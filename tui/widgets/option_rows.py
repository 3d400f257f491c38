"""Lists of rows in an option list, filled again after every change keeping the highlight.

The screens over a screen (the agenda, the roster, the records) are a box in the middle
with a border title, the list and a muted hint line (``list_box_css``, ``show_rows``,
``highlighted_row``); the meeting screen's agenda and people lists refresh their rows in
place while the same rows are there (``refresh_rows``)."""

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


def refresh_rows(
    options: OptionList,
    rows: Sequence[tuple[str, RenderableType]],
    *,
    first_if_none: bool = False,
) -> None:
    """Rows (id, line) shown again: in place while the ids are the same (the highlight
    and the scroll stay), else rebuilt keeping the highlighted row number (the first row
    when none was highlighted, with ``first_if_none``)."""
    ids = [row_id for row_id, _line in rows]
    if [options.get_option_at_index(i).id for i in range(options.option_count)] == ids:
        for index, (_row_id, line) in enumerate(rows):
            options.replace_option_prompt_at_index(index, line)
        return
    highlighted = options.highlighted
    options.clear_options()
    options.add_options([Option(line, id=row_id) for row_id, line in rows])
    if options.option_count and (highlighted is not None or first_if_none):
        options.highlighted = min(highlighted or 0, options.option_count - 1)
