"""The parts of ``minutes new`` that import an agenda (``--agenda FILE``) or start from
the body's last meeting (``--next``): read, preview and confirm, then create."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from model.enums import ItemOrigin, Language
from model.store.archive import Archive, MeetingSummary
from tui.cli.base import Context, refuse_planned_times
from tui.cli.output import rich_console
from tui.i18n import t

if TYPE_CHECKING:  # imported where they are used (the agenda importer, the meeting model)
    from model.agenda_import import ImportedAgenda
    from model.meeting import Meeting

PREVIEW_SKIPPED = 8  # skipped parts shown before "... and N more"


def load_agenda(path: Path) -> ImportedAgenda:
    """Read an agenda file; ``AgendaError`` (a ``StoreError``) carries the user's message."""
    from export.readers import read_agenda

    return read_agenda(path)


def print_preview(agenda: ImportedAgenda, lang: Language) -> None:
    """What the import understood, and what it left out."""
    from rich.table import Table

    from model.agenda_import.facts import describe

    console = rich_console()
    console.print(t(lang, "followup.preview_title", count=len(agenda.top_level)))
    table = Table(box=None, pad_edge=False)
    for key in ("item", "presenter", "minutes", "kind"):
        table.add_column(t(lang, f"followup.col.{key}"))
    for item in agenda.items:
        indent = "    " if item.depth else ""
        label = f"{indent}{item.number} {item.title}".rstrip()
        table.add_row(
            label,
            item.presenter,
            str(item.planned_minutes or ""),
            "" if item.kind.value == "regular" else t(lang, f"followup.kind.{item.kind.value}"),
        )
    console.print(table)
    if agenda.facts:
        console.print(t(lang, "followup.facts", detail=describe(agenda.facts)), markup=False)
    if agenda.repairs:
        console.print(t(lang, "followup.repairs", detail="; ".join(agenda.repairs)))
    if agenda.skipped:
        console.print(t(lang, "followup.skipped", count=len(agenda.skipped)))
        for line in agenda.skipped[:PREVIEW_SKIPPED]:
            console.print(f"  - {line}", markup=False)
        if len(agenda.skipped) > PREVIEW_SKIPPED:
            more = len(agenda.skipped) - PREVIEW_SKIPPED
            console.print(t(lang, "followup.skipped_more", count=more))


def confirm_agenda(agenda: ImportedAgenda, lang: Language, assume_yes: bool) -> bool:
    """Show the preview; in a terminal ask before anything is created."""
    print_preview(agenda, lang)
    if assume_yes or not sys.stdin.isatty():
        return True
    return bool(click.confirm(t(lang, "followup.confirm"), default=True))


def body_for_next(archive: Archive, body: str | None, lang: Language) -> str:
    """The body to continue: the one given, else the body of the newest meeting."""
    if body:
        return body
    summaries = [s for s in archive.summaries() if not s.problem and s.body]
    if not summaries:
        raise click.UsageError(t(lang, "followup.no_meetings"))
    return summaries[0].body


def next_meeting(ctx: Context, body: str | None, skip_damaged: bool = False) -> Meeting:
    """The body's next meeting built from its last one (not yet saved).

    A file that could not be read may be the body's real last meeting: it is named, and
    in a terminal the user is asked; otherwise ``skip_damaged`` (``--skip-damaged``) must
    say to build from the last readable one, else nothing is created.
    """
    archive = ctx.archive
    body = body_for_next(archive, body, ctx.lang)
    previous, skipped = archive.last_readable_meeting(body)
    if previous is None:
        raise click.UsageError(t(ctx.lang, "followup.no_previous", body=body))
    if skipped:
        confirm_skipping(ctx.lang, skipped, str(previous.header.date or "-"), skip_damaged)
    click.echo(
        t(ctx.lang, "followup.next_from", date=previous.header.date or "-", id=previous.id),
        err=True,
    )
    from model.new_meeting import next_meeting_after

    return next_meeting_after(archive, previous)


def confirm_skipping(
    lang: Language, skipped: list[MeetingSummary], previous_date: str, skip_damaged: bool
) -> None:
    """Name the unreadable files a next meeting skips; ask, or exit 1 without a yes."""
    click.echo(t(lang, "followup.damaged_newer", count=len(skipped)), err=True)
    for summary in skipped:
        problem = summary.problem.words(lang) if summary.problem else ""
        click.echo(t(lang, "followup.damaged_line", file=summary.path, problem=problem), err=True)
    if skip_damaged:
        return
    question = t(lang, "followup.damaged_confirm", date=previous_date)
    if sys.stdin.isatty() and click.confirm(question, default=False):
        return
    click.echo(t(lang, "followup.damaged_refused", date=previous_date), err=True)
    sys.exit(1)


def describe_next(meeting: Meeting, lang: Language) -> None:
    """Say what came over from the last meeting."""
    from model.next_meeting import follow_ups

    returning = [i for i in meeting.agenda if i.origin is ItemOrigin.CARRIED_OVER]
    if returning:
        names = ", ".join(f"{i.number} {i.title}" for i in returning)
        click.echo(t(lang, "followup.returning", items=names))
    subs = follow_ups(meeting)
    if subs:
        parent = meeting.item(subs[0].parent)
        number = parent.number if parent else "?"
        click.echo(t(lang, "followup.open_actions", number=number, count=len(subs)))


# -- registers -------------------------------------------------------------------------


def agenda_option(ctx: Context, path: Path | None, assume_yes: bool) -> ImportedAgenda | None:
    """``--agenda FILE`` of ``minutes new``: read, preview and confirm before creating."""
    if path is None:
        return None
    agenda = load_agenda(path)
    if not confirm_agenda(agenda, ctx.lang, assume_yes):
        click.echo(t(ctx.lang, "followup.cancelled"))
        sys.exit(1)
    return agenda


def create_next(
    ctx: Context,
    agenda: ImportedAgenda | None,
    body: str | None,
    skip_damaged: bool = False,
    **overrides: str | None,
) -> None:
    """``minutes new --next``: the body's next meeting from its last, saved; prints the id."""
    from model.agenda_import.facts import fill_header  # the agenda importer: only here
    from model.new_meeting import apply_agenda, place_and_remote
    from model.timefmt import parse_date, parse_time, value_error_words
    from model.upcoming import keep_after_date

    meeting = next_meeting(ctx, body, skip_damaged)
    header = meeting.header
    if agenda is not None:
        fill_header(header, agenda.facts)  # the agenda's date/time/place beat last time's plan
    try:
        if overrides.get("day"):
            header.date = parse_date(str(overrides["day"]))
        if overrides.get("start"):
            header.planned_start = parse_time(str(overrides["start"]))
        if overrides.get("end"):
            header.planned_end = parse_time(str(overrides["end"]))
    except ValueError as exc:
        raise click.BadParameter(value_error_words(exc, ctx.lang)) from exc
    if overrides.get("start") or overrides.get("end"):
        refuse_planned_times(ctx.lang, header.planned_start, header.planned_end)
    header.date = header.date or date.today()
    keep_after_date(meeting)  # upcoming meetings the chosen date has passed are dropped
    if overrides.get("language"):  # the carried items keep the words they had
        header.language = Language(str(overrides["language"]))
    for field_name in ("title", "place", "remote"):
        value = overrides.get(field_name)
        if value is not None:
            setattr(header, field_name, value)
    header.place, header.remote = place_and_remote(header.place, header.remote)
    if agenda is not None:
        apply_agenda(meeting, agenda)
    ctx.archive.create(meeting)
    click.echo(t(ctx.lang, "cli.created", title=header.title, date=header.date))
    describe_next(meeting, ctx.lang)
    click.echo(meeting.id)
