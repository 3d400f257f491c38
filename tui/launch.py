"""Opening the Textual app. Imported lazily by the CLI so plain commands stay fast.

Placeholder until the live screen exists (issue 3): lists the archive.
"""

from __future__ import annotations

from pathlib import Path

import click

from model.demo import demo_meeting
from tui.cli.base import Context


def open_archive(ctx: Context) -> None:
    from tui.cli.meetings import list_command

    click.get_current_context().invoke(list_command)


def open_meeting(ctx: Context, path: Path) -> None:
    click.echo(str(path))


def demo_archive(ctx: Context) -> None:
    ctx.archive.create(demo_meeting())
    open_archive(ctx)
