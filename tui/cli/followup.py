"""``minutes actions | decisions | search | attendance | done``: the registers, read
from the archive's index through ``model.registers`` and ``model.search`` (``minutes new
--agenda/--next`` is ``tui/cli/new_from.py``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sized
from datetime import date, datetime
from pathlib import Path

import click

from model.enums import ActionStatus, Language
from model.registers import (
    ActionRow,
    ArchiveIndex,
    action_page,
    action_register,
    find_action,
    load_index,
)
from model.search import DEFAULT_HITS
from tui.cli.base import Context, root
from tui.cli.output import day_cell, index_progress, print_rows, rich_console
from tui.i18n import live_words, t

#: Actions ``minutes actions`` shows without ``--limit`` or ``--every``: those of the
#: newest meetings (a 10,000-meeting archive has thousands open; ``--export`` writes all).
ACTIONS_PAGE = 50


def export_register(ctx: Context, markdown: Callable[[], str], path: Path | None) -> bool:
    """Write the register ``markdown()`` builds to ``path``, if given (else False)."""
    if path is None:
        return False
    from export.errors import ExportError
    from export.registers import write_register

    try:
        written = write_register(markdown(), path)
    except ExportError as exc:
        click.echo(exc.message(ctx.lang), err=True)
        sys.exit(2)
    click.echo(t(ctx.lang, "followup.exported", path=written))
    return True


def register_done(
    ctx: Context, rows: Sized, empty: str, markdown: Callable[[], str], path: Path | None
) -> bool:
    """Whether nothing is left to print: the register went to ``path`` (``--export``),
    or it has no ``rows`` (said with the catalogue's ``empty``)."""
    if export_register(ctx, markdown, path):
        return True
    if not rows:
        click.echo(t(ctx.lang, empty))
        return True
    return False


def register_dates(
    lang: Language, since: str | None, until: str | None
) -> tuple[date | None, date | None]:
    """``--since`` and ``--until`` as dates; one that cannot be read is the option's error."""
    from model.timefmt import parse_date, value_error_words  # its patterns: not for actions

    try:
        return (parse_date(since) if since else None, parse_date(until) if until else None)
    except ValueError as exc:
        raise click.BadParameter(value_error_words(exc, lang)) from exc


EXPORT_OPTION = click.option(
    "--export",
    "export_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the register to a file: .md (Markdown) or .docx (Word).",
)
BODY_OPTION = click.option("--body", default=None, help="Only this body's meetings.")


def register_index(ctx: Context) -> ArchiveIndex:
    """The archive's index, refreshed with a progress bar when many files are read."""
    with index_progress(ctx.lang) as progress:
        return load_index(ctx.archive, progress)


@root.command("actions")
@BODY_OPTION
@click.option("--owner", default=None, help="Only actions whose owner's name contains this.")
@click.option("--all", "all_actions", is_flag=True, help="Also actions done or cancelled.")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help=f"At most this many, those of the newest meetings (default {ACTIONS_PAGE}).",
)
@click.option("--every", is_flag=True, help="Every action, not only the newest page.")
@EXPORT_OPTION
@click.pass_obj
def actions_command(
    ctx: Context,
    body: str | None,
    owner: str | None,
    all_actions: bool,
    limit: int | None,
    every: bool,
    export_path: Path | None,
) -> None:
    """Open actions across the archive, by owner and due date.

    Those of the newest meetings are shown (--limit, default 50; --every shows all,
    --export writes all); how many more there are is said on stderr.
    """
    with register_index(ctx) as index:
        if every or export_path is not None:
            rows = action_register(index, body=body, owner=owner, include_closed=all_actions)
            total = len(rows)
        else:
            page = limit or ACTIONS_PAGE
            rows, total = action_page(
                index, page, body=body, owner=owner, include_closed=all_actions
            )
    if export_path is not None:
        from export.registers import actions_markdown

        markdown = lambda: actions_markdown(rows, ctx.lang, all_actions=all_actions)  # noqa: E731
        if export_register(ctx, markdown, export_path):
            return
    if not rows:
        click.echo(t(ctx.lang, "followup.no_actions"))
        return
    print_actions(ctx.lang, rows)
    if total > len(rows):  # on stderr: piped output stays a clean table
        click.echo(t(ctx.lang, "followup.actions_more", shown=len(rows), total=total), err=True)


def print_actions(lang: Language, rows: list[ActionRow]) -> None:
    """The action register as a table (tab-separated when piped)."""
    today = date.today()
    keys = ("owner", "due", "action", "status", "from", "item", "id")
    table: list[list[str]] = []
    words = {s: t(lang, f"followup.status.{s.value}") for s in ActionStatus}
    overdue = t(lang, "followup.overdue")
    for r in rows:  # thousands of rows in a large archive: each text looked up once
        status = words[r.status]
        if r.overdue(today):
            status = f"{status}, {overdue}"
        if r.done_in_meeting:
            status = f"{status} {day_cell(r.done_date)}"
        table.append(
            [
                ", ".join(r.owner_names) or "-",
                day_cell(r.due),
                r.text,
                status,
                f"{day_cell(r.meeting_date)} {r.body}",
                f"{r.item_number} {r.item_title}".strip(),
                r.id[:10],
            ]
        )
    print_rows(keys, [t(lang, f"followup.col.{key}") for key in keys], table)


@root.command("done")
@click.argument("action")
@click.argument("meeting")
@click.option(
    "--status",
    type=click.Choice([s.value for s in ActionStatus]),
    default=ActionStatus.DONE.value,
    help="What was reported (default: done).",
)
@click.pass_obj
def done_command(ctx: Context, action: str, meeting: str, status: str) -> None:
    """Report ACTION done in MEETING (where it was reported); its origin stays linked."""
    with register_index(ctx) as index:
        row = find_action(index, action)
    if row is None:
        raise click.UsageError(t(ctx.lang, "followup.no_action", ref=action))
    from model.new_meeting import action_of
    from model.next_meeting import report_action
    from model.refusal import Refusal

    with ctx.archive.open(meeting) as store:
        try:
            report_action(store.meeting, action_of(row), datetime.now(), ActionStatus(status))
        except Refusal as exc:  # nothing changed: say why in the user's language
            raise click.UsageError(live_words(ctx.lang, exc)) from exc
        store.save()
        target = store.meeting.id
    click.echo(
        t(
            ctx.lang,
            "followup.action_done",
            id=row.id[:10],
            status=t(ctx.lang, f"followup.status.{status}"),
            meeting=target,
        )
    )


@root.command("decisions")
@BODY_OPTION
@click.option("--since", default=None, help="From this date (2022-01-01).")
@click.option("--until", default=None, help="Up to this date.")
@EXPORT_OPTION
@click.pass_obj
def decisions_command(
    ctx: Context, body: str | None, since: str | None, until: str | None, export_path: Path | None
) -> None:
    """The decision register, by body and date."""
    from model.registers import decision_register

    start, end = register_dates(ctx.lang, since, until)
    with register_index(ctx) as index:
        rows = decision_register(index, body=body, since=start, until=end)
    from export.registers import decisions_markdown

    if register_done(
        ctx, rows, "followup.no_decisions", lambda: decisions_markdown(rows, ctx.lang), export_path
    ):
        return
    keys = ("body", "date", "item", "decision")
    table = [
        [
            r.body,
            day_cell(r.meeting_date),
            f"{r.item_number} {r.item_title}".strip(),
            f"{r.paragraph or r.number}. {r.text}",
        ]
        for r in rows
    ]
    print_rows(keys, [t(ctx.lang, f"followup.col.{key}") for key in keys], table)


@root.command("search")
@click.argument("text", nargs=-1, required=True)
@BODY_OPTION
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help=f"At most this many hits (default {DEFAULT_HITS}).",
)
@click.option("--all", "all_hits", is_flag=True, help="Every hit.")
@EXPORT_OPTION
@click.pass_obj
def search_command(
    ctx: Context,
    text: tuple[str, ...],
    body: str | None,
    limit: int | None,
    all_hits: bool,
    export_path: Path | None,
) -> None:
    """Full-text search over all meetings, best hits first: the meeting and item of each.

    A word finds the words that begin with it, in any case ("budget" finds
    "Budgetuppföljning"); å, ä and ö are letters of their own ("a" does not find "ä").
    Files that cannot be read are named (they were not searched).
    """
    from model.registers import unreadable, unreadable_files
    from model.search import count_hits, search

    query = " ".join(text)
    wanted = None if all_hits or export_path is not None else (limit or DEFAULT_HITS)
    with register_index(ctx) as index:
        hits = search(index, query, body=body, limit=wanted)
        total = count_hits(index, query, body=body) if wanted and len(hits) == wanted else 0
        bad = unreadable(index, body)
        files = unreadable_files(index, ctx.lang, body) if bad else ""
    if bad:
        click.echo(t(ctx.lang, "search.unreadable", count=len(bad), files=files), err=True)
    if export_path is not None:
        from export.registers import search_markdown

        if export_register(ctx, lambda: search_markdown(hits, query, ctx.lang), export_path):
            return
    if not hits:
        click.echo(t(ctx.lang, "followup.no_hits", text=query))
        return
    keys = ("date", "body", "item", "where", "text")
    table = [
        [
            day_cell(h.meeting_date),
            h.body,
            f"{h.item_number} {h.item_title}".strip(),
            h.where,
            h.snippet,
        ]
        for h in hits
    ]
    print_rows(keys, [t(ctx.lang, f"followup.col.{key}") for key in keys], table)
    if total > len(hits):
        shown = t(ctx.lang, "followup.hits_shown", shown=len(hits), count=total, text=query)
        click.echo(shown, err=True)
    else:
        click.echo(t(ctx.lang, "followup.hits", count=len(hits), text=query), err=True)


@root.command("attendance")
@BODY_OPTION
@EXPORT_OPTION
@click.pass_obj
def attendance_command(ctx: Context, body: str | None, export_path: Path | None) -> None:
    """Attendance per person across meetings."""
    from model.registers import attendance_register

    with register_index(ctx) as index:
        rows = attendance_register(index, body=body)
    from export.registers import attendance_markdown

    if register_done(
        ctx, rows, "followup.no_people", lambda: attendance_markdown(rows, ctx.lang), export_path
    ):
        return
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    keys = ("name", "meetings", "present", "remote", "notice", "absent", "partly", "rate")
    for key in keys:
        table.add_column(t(ctx.lang, f"followup.col.{key}"))
    for p in rows:
        table.add_row(
            p.name,
            str(p.meetings),
            str(p.present),
            str(p.remote),
            str(p.with_notice),
            str(p.absent),
            str(p.partly),
            f"{p.rate:.0%}",
        )
    rich_console().print(table)
