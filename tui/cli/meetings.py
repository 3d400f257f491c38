"""``minutes new | list | show | demo | open``, and opening the app."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from model.enums import DocumentKind, Language, MeetingState
from model.store.archive import Archive, MeetingSummary
from model.timefmt import parse_date, parse_time, value_error_words
from tui.cli.base import Context, refuse_planned_times, root
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
    """Create a meeting: the body's roster, its template's agenda (or --agenda's), the
    kind, place and rules of its last meeting.

    In a terminal, asks for what neither the options nor the agenda say. Prints the new
    id last.
    --agenda imports the agenda (with a preview); --next builds the meeting from the
    body's last one (tabled items, open actions, next date/time/place).
    """
    # the agenda importer only for ``new`` (``list`` imports this module too)
    from model.agenda_import.facts import MeetingFacts
    from model.new_meeting import build_meeting, defaults_for
    from tui.cli import new_from

    imported = new_from.agenda_option(ctx, agenda, assume_yes)
    if from_last:
        new_from.create_next(
            ctx, imported, body, skip_damaged, title=title, day=day, start=start, end=end,
            place=place, remote=remote, language=doc_language,
        )  # fmt: skip
        return
    interactive = sys.stdin.isatty()
    lang = ctx.lang

    def ask(value: str | None, key: str, default: str = "", said: bool = False) -> str | None:
        """What was given; else, in a terminal and if the agenda did not say it, asked
        (Enter keeps the default); else None (the default)."""
        if value is not None:
            return value
        if interactive and not said:
            answer = click.prompt(t(lang, key), default=default, show_default=bool(default))
            return str(answer)
        return None

    body = (ask(body, "prompt.body") or "").strip()
    if not body:
        raise click.UsageError(t(lang, "cli.body_required"))
    archive = ctx.archive
    doc_kind = DocumentKind(kind) if kind else None
    defaults = defaults_for(archive, body, doc_kind)
    facts = imported.facts if imported is not None else MeetingFacts()  # the agenda's own
    try:
        typed_day = ask(day, "prompt.date", str(date.today()), said=facts.date is not None)
        meeting_day = parse_date(typed_day) if typed_day else None
        said_time = facts.start is not None
        typed_start = ask(start, "prompt.start", said=said_time)
        typed_end = ask(end, "prompt.end", said=said_time)
        start_time = parse_time(typed_start) if typed_start else None
        end_time = parse_time(typed_end) if typed_end else None
    except ValueError as exc:
        raise click.BadParameter(value_error_words(exc, ctx.lang)) from exc
    if start_time is None and end_time is None:
        start_time, end_time = facts.start, facts.end
    refuse_planned_times(lang, start_time, end_time)
    meeting = build_meeting(
        archive,
        body,
        title=ask(title, "prompt.title", defaults.title),
        day=meeting_day,
        start=start_time,
        end=end_time,
        place=ask(place, "prompt.place", defaults.place, said=bool(facts.place)),
        remote=remote,
        kind=doc_kind,
        language=Language(doc_language) if doc_language else None,
        configured_language=ctx.document_language,
        agenda=imported,
    )
    archive.create(meeting)
    header = meeting.header
    click.echo(t(lang, "cli.created", title=header.title, date=header.date))
    if imported is None and defaults.template is not None:
        click.echo(t(lang, "cli.from_template", count=len(meeting.items)))
    click.echo(meeting.id)


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
    unproven = _unproven(ctx, summaries) if summaries else set()
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


def _unproven(ctx: Context, summaries: list[MeetingSummary]) -> set[str]:
    """Those of the listed meetings whose approval does not hold (sync/approval_check.py;
    cached). Only approved meetings and, in a git archive, tagged ones are checked: with
    neither, not even the checker is imported."""
    if not (ctx.archive_path / ".git").exists() and all(
        s.state is not MeetingState.APPROVED for s in summaries
    ):
        return set()
    from sync.approval_check import unverified_among
    from sync.errors import SyncError

    try:
        return {c.meeting_id for c in unverified_among(ctx.archive_path, summaries)}
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
            from model.codec import meeting_to_tables
            from model.store.schema import KIND_MEETING, with_meta

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


#: ``minutes demo --kind``: model/demo_kinds' DEMO_KINDS, named here so that the command
#: line starts without building them (tests/demos check the two agree)
DEMO_KIND_NAMES = ("municipal", "association", "verein", "committee")


@root.command("demo")
@click.option(
    "--into",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write the demo meeting into this archive, print its id and exit.",
)
@click.option(
    "--kind",
    type=click.Choice(["seed", *DEMO_KIND_NAMES]),
    default="seed",
    help="Which demo meeting: the reference notes (seed), a municipal committee (roll call,"
    " a substitute for §§ 4-9), an association's annual meeting (elections, röstlängd,"
    " competing proposals), a German e.V. general meeting (verein: departures and returns,"
    " a candidate vote), an English committee (motions seconded, item times).",
)
@click.option(
    "--unminuted",
    is_flag=True,
    help="The meeting before it is minuted: agenda, roster and settings only, moved to today"
    " (with --into: only that meeting is written; without: the app opens on it).",
)
@click.pass_obj
def demo_command(ctx: Context, into: Path | None, kind: str, unminuted: bool) -> None:
    """Open the app on a temporary archive holding the demo meeting.

    --kind picks one of four formal meetings instead of the reference notes (a municipal
    committee, an association's annual meeting, a German e.V.'s general meeting, an
    English committee); --unminuted gives the meeting waiting to be minuted
    (docs/demos.md)."""
    if kind != "seed":  # the demo meetings of formal procedure (model/demo_kinds/)
        _procedure_demo(ctx, into, kind, unminuted)
        return
    if into is not None:
        from model.demo import demo_agenda, demo_meeting

        archive = Archive(into)
        meeting = demo_agenda(on=datetime.now()) if unminuted else demo_meeting()
        path = archive.create(meeting)
        click.echo(t(ctx.lang, "cli.demo_written", path=path))
        click.echo(meeting.id)
        return
    from tui.launch import demo_archive, temporary_archive

    demo_archive(Context(archive_path=temporary_archive(), lang=ctx.lang))


def _procedure_demo(ctx: Context, into: Path | None, kind: str, unminuted: bool) -> None:
    """A demo of formal procedure: finished, or (``unminuted``) waiting to be minuted; the
    app opens on it unless ``into`` names an archive to write it to."""
    from model.demo import demo_agenda
    from model.demo_kinds import DEMO_KINDS

    finished = DEMO_KINDS[kind]()
    built = demo_agenda(finished, on=datetime.now()) if unminuted else finished
    if into is not None:
        click.echo(t(ctx.lang, "cli.demo_written", path=Archive(into).create(built)))
        click.echo(built.id)
        return
    from tui.launch import open_meeting, temporary_archive

    target = Context(archive_path=temporary_archive(), lang=ctx.lang)
    if unminuted:  # the finished one beside it, to compare with
        target.archive.create(finished)
    open_meeting(target, target.archive.create(built))


@root.command("open")
@click.argument("meeting")
@click.pass_obj
def open_command(ctx: Context, meeting: str) -> None:
    """Open a meeting in the app (read-only if another program is writing it)."""
    path = ctx.archive.resolve(meeting)
    from tui.launch import open_meeting

    open_meeting(ctx, path)
