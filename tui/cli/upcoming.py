"""``minutes upcoming``: the meetings to come across the archive (``model.planned``)."""

from __future__ import annotations

from datetime import date

import click

from tui.cli.base import Context, root
from tui.cli.output import print_rows
from tui.i18n import t


@root.command("upcoming")
@click.option("--body", default=None, help="Only this body's meetings.")
@click.option("--from", "start", default=None, help="From this date (default: today).")
@click.pass_obj
def upcoming_command(ctx: Context, body: str | None, start: str | None) -> None:
    """The meetings to come, of every body, as their minutes plan them."""
    from model.planned import planned_meetings
    from model.timefmt import parse_date, time_range, value_error_words

    try:
        today = parse_date(start) if start else date.today()
    except ValueError as exc:
        raise click.BadParameter(value_error_words(exc, ctx.lang)) from exc
    rows = planned_meetings(ctx.archive, today=today, body=body)
    if not rows:
        click.echo(t(ctx.lang, "upcoming.none"))
        return
    keys = ("date", "time", "body", "place", "status")
    table = [
        [
            p.day.isoformat() if p.day else "-",
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
