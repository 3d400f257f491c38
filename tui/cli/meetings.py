"""``minutes new | list | show | demo | open``, and opening the app."""

from __future__ import annotations

import json
import sys
from datetime import date, time
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from model.agenda_import import MeetingFacts
from model.codec import meeting_to_tables
from model.demo import demo_meeting
from model.enums import DocumentKind, Language
from model.meeting import Meeting
from model.store.archive import Archive, new_header
from model.store.meeting_store import MeetingStore
from model.store.schema import KIND_MEETING, with_meta
from model.timefmt import parse_date, parse_time, swedish_clock
from model.validation import Severity, planned_times_problem, validate
from model.wording import KIND_LANGUAGE
from tui.cli.base import Context, root
from tui.cli.render import render_meeting
from tui.i18n import t


def _console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def _bad(value: str, exc: ValueError) -> click.BadParameter:
    return click.BadParameter(str(exc), param_hint=value)


@root.command("new")
@click.option("--body", help="The body that meets (board, leadership group, ...).")
@click.option("--title", help="Title of the meeting.")
@click.option("--date", "day", help="Date: 2022-05-06 (default: today).")
@click.option("--start", help="Planned start: 8.30.")
@click.option("--end", help="Planned end: 11.00.")
@click.option("--place", help="Where the meeting is held.")
@click.option("--remote", help='Remote option, e.g. "Teams".')
@click.option(
    "--kind",
    type=click.Choice([k.value for k in DocumentKind]),
    default=None,
    help="Document kind (default: as the body's last meeting, else minnesanteckningar).",
)
@click.option(
    "--agenda",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Import the agenda from a .docx, .odt, .md, .txt or .html file.",
)
@click.option("--next", "from_last", is_flag=True, help="Start from the body's last meeting.")
@click.option("--yes", "-y", "assume_yes", is_flag=True, help="Do not ask to confirm the agenda.")
@click.option(
    "--skip-damaged",
    is_flag=True,
    help="With --next: build from the last readable meeting even if a file that may be "
    "newer cannot be read (without it a script is refused; a terminal asks).",
)
@click.pass_obj
def new_command(
    ctx: Context,
    body: str | None,
    title: str | None,
    day: str | None,
    start: str | None,
    end: str | None,
    place: str | None,
    remote: str | None,
    kind: str | None,
    agenda: Path | None = None,
    from_last: bool = False,
    assume_yes: bool = False,
    skip_damaged: bool = False,
) -> None:
    """Create a meeting; its roster comes from the body's last meeting.

    Asks for what is not given when run in a terminal. Prints the new id last.
    --agenda imports the agenda (with a preview); --next builds the meeting from the
    body's last one (tabled items, open actions, next date/time/place).
    """
    from tui.cli import followup

    imported = followup.agenda_option(ctx, agenda, assume_yes)
    if from_last:
        followup.create_next(
            ctx, imported, body, skip_damaged, title=title, day=day, start=start, end=end,
            place=place, remote=remote,
        )  # fmt: skip
        return
    interactive = sys.stdin.isatty()
    lang = ctx.lang

    def ask(value: str | None, key: str, default: str = "") -> str:
        if value is not None:
            return value
        if interactive:
            return str(click.prompt(t(lang, key), default=default, show_default=bool(default)))
        return default

    body = ask(body, "prompt.body").strip()
    if not body:
        raise click.UsageError("--body is required (the body that meets)")
    archive = ctx.archive
    last = archive.last_meeting_of(body)
    facts = imported.facts if imported is not None else MeetingFacts()  # the agenda's own
    try:
        meeting_day = parse_date(ask(day, "prompt.date", str(facts.date or date.today())))
        start_time = (
            parse_time(s) if (s := ask(start, "prompt.start", _clock(facts.start))) else None
        )
        end_time = parse_time(e) if (e := ask(end, "prompt.end", _clock(facts.end))) else None
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    refuse_planned_times(lang, start_time, end_time)
    doc_kind = DocumentKind(kind) if kind else (last.header.kind if last else DocumentKind.NOTES)
    header = new_header(
        body=body,
        kind=doc_kind,
        language=last.header.language if last and not kind else KIND_LANGUAGE[doc_kind],
        title=ask(title, "prompt.title", last.header.title if last else body),
        date=meeting_day,
        planned_start=start_time,
        planned_end=end_time,
        place=ask(place, "prompt.place", facts.place or (last.header.place if last else "")),
        remote=remote if remote is not None else (last.header.remote if last else ""),
        rules=last.header.rules if last else "",
    )
    meeting = Meeting(header=header, attendance=archive.roster_for(body))
    if imported is not None:
        followup.apply_agenda(meeting, imported)
    archive.create(meeting)
    click.echo(t(lang, "cli.created", title=header.title, date=header.date))
    click.echo(meeting.id)


def refuse_planned_times(lang: Language, start: time | None, end: time | None) -> None:
    """Exit with the model's sentence when the planned end is not after the start."""
    if (problem := planned_times_problem(start, end)) is not None:
        click.echo(problem.message(lang), err=True)
        sys.exit(2)


def _clock(value: time | None) -> str:
    return swedish_clock(value) if value else ""


@root.command("list")
@click.pass_obj
def list_command(ctx: Context) -> None:
    """List the meetings, newest first, with their state."""
    summaries = ctx.archive.summaries()
    if not summaries:
        click.echo(t(ctx.lang, "cli.no_meetings", path=ctx.archive.root))
        return
    table = Table(box=None, pad_edge=False)
    for key in ("list.date", "list.body", "list.title", "list.state", "list.id"):
        table.add_column(t(ctx.lang, key))
    unproven = _unproven(ctx)
    for s in summaries:
        state = s.problem.words(ctx.lang) if s.problem else t(ctx.lang, f"state.{s.state.value}")
        if s.id in unproven:
            state = f"{state} {t(ctx.lang, 'verify.list_mark')}"
        table.add_row(s.date.isoformat() if s.date else "-", s.body, s.title, state, s.id)
    _console().print(table)


def _unproven(ctx: Context) -> set[str]:
    """Meetings whose approval does not hold (sync/approval_check.py; cached)."""
    from sync.approval_check import archive_unverified
    from sync.errors import SyncError

    try:
        return {c.meeting_id for c in archive_unverified(ctx.archive_path)}
    except SyncError:
        return set()


def _open_for_reading(ctx: Context, ref: str) -> MeetingStore:
    store = ctx.archive.open(ref, read_only=True)
    if store.recovery is not None:
        click.echo(
            t(ctx.lang, "cli.recovered", detail=store.recovery.message(ctx.lang.value)), err=True
        )
    return store


@root.command("show")
@click.argument("meeting")
@click.option(
    "--json", "as_json", is_flag=True, help="Print the meeting in the file format (docs/format.md)."
)
@click.pass_obj
def show_command(ctx: Context, meeting: str, as_json: bool) -> None:
    """Show a meeting. MEETING is an id, an id prefix, a date or a file path."""
    with _open_for_reading(ctx, meeting) as store:
        if as_json:
            data = with_meta(meeting_to_tables(store.meeting), KIND_MEETING)
            click.echo(json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False))
            return
        _console().print(render_meeting(store.meeting))


@root.command("check")
@click.argument("meeting")
@click.pass_obj
def check_command(ctx: Context, meeting: str) -> None:
    """Check a meeting for missing or contradictory facts. Exit code 1 if there are errors."""
    with _open_for_reading(ctx, meeting) as store:
        problems = validate(store.meeting)
    for problem in problems:
        mark = "!" if problem.severity is Severity.ERROR else "-"
        click.echo(f"{mark} {problem.message(ctx.lang)}")
    if not problems:
        click.echo(t(ctx.lang, "cli.check_ok"))
    if any(p.severity is Severity.ERROR for p in problems):
        sys.exit(1)


@root.command("demo")
@click.option(
    "--into",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write the demo meeting into this archive, print its id and exit.",
)
@click.pass_obj
def demo_command(ctx: Context, into: Path | None) -> None:
    """Open the app on a temporary archive holding the demo meeting."""
    if into is not None:
        archive = Archive(into)
        meeting = demo_meeting()
        path = archive.create(meeting)
        click.echo(t(ctx.lang, "cli.demo_written", path=path))
        click.echo(meeting.id)
        return
    from tui.launch import demo_archive, temporary_archive

    demo_archive(Context(archive_path=temporary_archive(), lang=ctx.lang))


@root.command("open")
@click.argument("meeting")
@click.pass_obj
def open_command(ctx: Context, meeting: str) -> None:
    """Open a meeting in the app (read-only if another program is writing it)."""
    path = ctx.archive.resolve(meeting)
    from tui.launch import open_meeting

    open_meeting(ctx, path)


def open_archive(ctx: Context) -> None:
    from tui.launch import open_archive as launch

    launch(ctx)
