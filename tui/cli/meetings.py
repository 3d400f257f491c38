"""``minutes new | list | show | demo | open``, and opening the app."""

from __future__ import annotations

import json
import sys
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from model.codec import meeting_to_tables
from model.doc_language import new_meeting_language
from model.enums import DocumentKind, Language, MeetingState
from model.meeting import Meeting
from model.store.archive import Archive, MeetingSummary, new_header
from model.store.schema import KIND_MEETING, with_meta
from model.timefmt import (
    parse_date,
    parse_time,
    swedish_clock,
    value_error_words,
)
from tui.cli.base import Context, root
from tui.cli.output import index_progress, print_rich_table, print_tsv, to_terminal
from tui.i18n import t

if TYPE_CHECKING:
    from rich.console import Console

    from model.store.meeting_store import MeetingStore

#: Meetings ``minutes list`` shows without ``--all`` or ``--limit``: the newest page.
LIST_PAGE = 40


def _console() -> Console:
    # Rich only for the commands that draw with it (not for ``list`` in a pipe)
    from rich.console import Console

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
    "--language",
    "doc_language",
    type=click.Choice([lang.value for lang in Language]),
    default=None,
    help="Document language (default: the body's, else the config's document_language, "
    "else by kind: minutes English, otherwise Swedish).",
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
    doc_language: str | None = None,
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
    from model.agenda_import import MeetingFacts
    from tui.cli import followup

    imported = followup.agenda_option(ctx, agenda, assume_yes)
    if from_last:
        followup.create_next(
            ctx, imported, body, skip_damaged, title=title, day=day, start=start, end=end,
            place=place, remote=remote, language=doc_language,
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
        raise click.UsageError(t(lang, "cli.body_required"))
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
        raise click.BadParameter(value_error_words(exc, ctx.lang)) from exc
    refuse_planned_times(lang, start_time, end_time)
    doc_kind = DocumentKind(kind) if kind else (last.header.kind if last else DocumentKind.NOTES)
    header = new_header(
        body=body,
        kind=doc_kind,
        language=new_meeting_language(
            archive,
            body,
            doc_kind,
            last,
            chosen=Language(doc_language) if doc_language else None,
            configured=ctx.document_language,
        ),
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
    from model.validation import planned_times_problem

    if (problem := planned_times_problem(start, end)) is not None:
        click.echo(problem.message(lang), err=True)
        sys.exit(2)


def _clock(value: time | None) -> str:
    return swedish_clock(value) if value else ""


@root.command("list")
@click.option("--all", "show_all", is_flag=True, help="Every meeting, not only the newest page.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many.")
@click.option("--body", default=None, help="Only this body's meetings (any case).")
@click.option("--since", default=None, help="Only meetings on or after this date (2022-01-01).")
@click.option(
    "--state",
    "states",
    multiple=True,
    type=click.Choice([s.value for s in MeetingState]),
    help="Only meetings in this state (may be repeated).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@click.pass_obj
def list_command(
    ctx: Context,
    show_all: bool,
    limit: int | None,
    body: str | None,
    since: str | None,
    states: tuple[str, ...],
    as_json: bool,
) -> None:
    """List the meetings, newest first, with their state (the newest page unless --all).

    Piped into another program or a file, the list is tab-separated text with a first
    line of column names: date, body, title, state, id, conflicts, problem, unverified
    (1: an approval that does not hold).
    """
    try:
        start = parse_date(since) if since else None
    except ValueError as exc:
        words = value_error_words(exc, ctx.lang)
        raise click.BadParameter(words, param_hint="--since") from exc
    archive = ctx.archive
    wanted = [MeetingState(s) for s in states]
    with index_progress(ctx.lang) as progress, archive.index(progress=progress):
        pass
    filters: dict[str, Any] = {"body": body, "since": start, "states": wanted, "refresh": False}
    page = None if show_all else (limit or LIST_PAGE)
    summaries = archive.summaries(limit=page, **filters)
    total = len(summaries) if page is None or len(summaries) < page else archive.count(**filters)
    unproven = _unproven(ctx) if summaries else set()
    if as_json:
        rows = [_as_json(ctx.lang, s, unproven) for s in summaries]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif not summaries:
        filtered = body or start or wanted
        message = t(ctx.lang, "cli.list.none_match") if filtered else None
        click.echo(message or t(ctx.lang, "cli.no_meetings", path=archive.root))
        return
    elif to_terminal():
        headers = [t(ctx.lang, f"list.{key}") for key in ("date", "body", "title", "state", "id")]
        print_rich_table(headers, [_list_row(ctx, s, unproven) for s in summaries])
    else:
        print_tsv(LIST_KEYS, [_plain_row(ctx.lang, s, unproven) for s in summaries])
    if total > len(summaries):
        # on stderr: piped output stays a clean table
        more = t(ctx.lang, "cli.list.more", count=total, shown=len(summaries), total=total)
        click.echo(more, err=True)


#: Column names of the piped list (stable across interface languages).
LIST_KEYS = ("date", "body", "title", "state", "id", "conflicts", "problem", "unverified")


def _list_row(ctx: Context, s: MeetingSummary, unproven: set[str]) -> list[str]:
    state = s.problem.words(ctx.lang) if s.problem else t(ctx.lang, f"state.{s.state.value}")
    if s.id in unproven:
        state = f"{state} {t(ctx.lang, 'verify.list_mark')}"
    if s.conflicts:
        state = f"{state} ⚠ {s.conflicts}"
    return [s.date.isoformat() if s.date else "-", s.body, s.title, state, s.id]


def _plain_row(lang: Language, s: MeetingSummary, unproven: set[str]) -> list[str]:
    day = s.date.isoformat() if s.date else ""
    problem = s.problem.words(lang) if s.problem else ""  # words for a reader; JSON has codes
    unverified = "1" if s.id in unproven else "0"
    return [day, s.body, s.title, s.state.value, s.id, str(s.conflicts), problem, unverified]


def _as_json(lang: Language, s: MeetingSummary, unproven: set[str]) -> dict[str, object]:
    return {
        "id": s.id,
        "date": s.date.isoformat() if s.date else None,
        "body": s.body,
        "title": s.title,
        "state": s.state.value,
        "conflicts": s.conflicts,
        "problem": s.problem.to_json() if s.problem else None,
        "problem_words": s.problem.words(lang) if s.problem else None,
        "unverified": s.id in unproven,
        "path": str(s.path),
    }


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
        from tui.cli.render import render_meeting

        _console().print(render_meeting(store.meeting))


@root.command("check")
@click.argument("meeting")
@click.pass_obj
def check_command(ctx: Context, meeting: str) -> None:
    """Check a meeting for missing or contradictory facts. Exit code 1 if there are errors."""
    from model.validation import Severity, validate

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
        from model.demo import demo_meeting

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
