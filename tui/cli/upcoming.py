"""``minutes upcoming``: the meetings to come across the archive (``model.planned``)."""

from __future__ import annotations

from datetime import date

import click

from tui.cli.base import Context, root
from tui.cli.output import day_cell, print_rows
from tui.i18n import t

#: Meetings to come shown without ``--limit`` or ``--all``: the nearest.
UPCOMING_PAGE = 50


@root.command("upcoming")
@click.option("--body", default=None, help="Only this body's meetings.")
@click.option("--from", "start", default=None, help="From this date (default: today).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many.")
@click.option("--all", "show_all", is_flag=True, help="Every one, not only the first page.")
@click.pass_obj
def upcoming_command(
    ctx: Context, body: str | None, start: str | None, limit: int | None, show_all: bool
) -> None:
    """The meetings to come, of every body, as their minutes plan them.

    The first 50 are shown (--limit, --all); how many more there are is said on stderr.
    """
    from model.planned import planned_meetings
    from model.timefmt import parse_date, time_range, value_error_words

    try:
        today = parse_date(start) if start else date.today()
    except ValueError as exc:
        raise click.BadParameter(value_error_words(exc, ctx.lang)) from exc
    page = None if show_all else (limit or UPCOMING_PAGE)
    rows, total = planned_meetings(ctx.archive, today=today, body=body, limit=page)
    if not rows:
        click.echo(t(ctx.lang, "upcoming.none"))
        return
    keys = ("date", "time", "body", "place", "status")
    table = [
        [
            day_cell(p.day),
            time_range(p.start, p.end, ctx.lang),
            p.body,
            p.place,
            ", ".join(
                t(ctx.lang, key)
                for key, on in (
                    ("upcoming.created", p.created),
                    ("upcoming.tentative", p.tentative),
                )
                if on
            ),
        ]
        for p in rows
    ]
    print_rows(keys, [t(ctx.lang, f"followup.col.{key}") for key in keys], table)
    if total > len(rows):  # on stderr: piped output stays a clean table
        click.echo(t(ctx.lang, "upcoming.more", shown=len(rows), total=total), err=True)
