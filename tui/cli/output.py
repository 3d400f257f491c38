"""Tables on the terminal, and plain tab-separated text when the output is piped.

A terminal gets a Rich table (Rich measures every cell, so callers hand it a page, not
10,000 rows). A pipe or a file gets one line per row, cells separated by tabs, with a
first line of stable column names: ``cut``, ``awk``, a spreadsheet or
``csv.DictReader(delimiter="\\t")`` read it, whatever the interface language.
Rich is imported only for the terminal.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import click

from model.enums import Language
from model.store.index_db import PROGRESS_FROM
from tui.i18n import t

if TYPE_CHECKING:
    from rich.console import Console


def to_terminal() -> bool:
    """Whether standard output is a terminal (else: a pipe or a file)."""
    return sys.stdout.isatty()


def day_cell(value: date | None) -> str:
    """A date in a table: ISO, or "-" when there is none."""
    return value.isoformat() if value else "-"


def plain_cell(value: str) -> str:
    """One cell of tab-separated output: tabs and line breaks become spaces (runs of
    whitespace one space, none at the ends)."""
    # Most cells need nothing: a printable text (no whitespace but the space, Python's
    # meaning) with no double space and none at the ends is returned as it is.
    if value.isprintable() and "  " not in value and value[:1] != " " and value[-1:] != " ":
        return value
    return " ".join(value.replace("\t", " ").split())


def plain_line(row: Sequence[str]) -> str:
    """One row of tab-separated output: its ``plain_cell`` cells joined by tabs."""
    # Checked once for the whole line (thousands of rows): no cell holds a tab (the
    # line has one tab per cell boundary), all of it is printable, and no cell has a
    # double space or a space at an end. Then every cell is its own plain cell.
    line = "\t".join(row)
    if (
        line.count("\t") == len(row) - 1
        and "".join(row).isprintable()
        and "  " not in line
        and " \t" not in line
        and "\t " not in line
        and line[:1] != " "
        and line[-1:] != " "
    ):
        return line
    return "\t".join(plain_cell(cell) for cell in row)


def print_tsv(keys: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """A header line of ``keys``, then every row; written in one go."""
    lines = ["\t".join(keys)]
    lines.extend(plain_line(row) for row in rows)
    click.echo("\n".join(lines))


def print_rich_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """A borderless Rich table for the terminal (markup in cells is not interpreted)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False)
    for header in headers:
        table.add_column(header)
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    Console(highlight=False, soft_wrap=False).print(table)


#: More rows than this are printed as tab-separated text on a terminal too: Rich measures
#: every cell of a table before it prints the first line (seconds at 9,000 actions).
RICH_ROWS = 1000


def print_rows(keys: Sequence[str], headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """``rows`` as a Rich table in a terminal (up to ``RICH_ROWS``), as tab-separated
    text otherwise."""
    if to_terminal() and len(rows) <= RICH_ROWS:
        print_rich_table(headers, rows)
    else:
        print_tsv(keys, rows)


@contextlib.contextmanager
def index_progress(lang: Language) -> Iterator[Callable[[int, int], None]]:
    """A progress callback for ``Archive.index``: a Rich bar on a terminal's stderr while
    many files are read (a first run, or after a large sync); nothing otherwise."""
    bar: Any = None
    task: Any = None

    def report(done: int, total: int) -> None:
        nonlocal bar, task
        if bar is None:
            if total < PROGRESS_FROM or not sys.stderr.isatty():
                return
            from rich.console import Console
            from rich.progress import Progress

            bar = Progress(console=Console(stderr=True), transient=True)
            bar.start()
            task = bar.add_task(t(lang, "cli.index.building"), total=total)
        bar.update(task, completed=done)

    try:
        yield report
    finally:
        if bar is not None:
            bar.stop()


def rich_console() -> Console:
    """A Rich console for a table on standard output (imported only then)."""
    from rich.console import Console  # only for the terminal

    # piped output (files, scripts, tests) gets full lines instead of 80-column wrapping
    width = None if sys.stdout.isatty() else 200
    return Console(highlight=False, soft_wrap=False, width=width)
