"""``minutes sync [setup|clone|status]``, ``diff``, ``approve``, ``reopen``, ``verify``,
and ``merge-driver`` (what git runs to merge meeting files; see sync/driver.py)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import NoReturn

import click

from model.approval import ApprovalError, approve, reopen
from model.enums import Language, MeetingState
from sync.errors import SyncError
from sync.gitenv import Identity, git_headline
from tui.cli.base import Context, root
from tui.config import ConfigNotSaved, load_config, save_config
from tui.config_checks import valid_email
from tui.i18n import t


def fail(lang: Language, exc: SyncError | ApprovalError) -> NoReturn:
    """Print the sentence for a sync or approval error and exit 2 (never a traceback)."""
    prefix = "sync.error." if isinstance(exc, SyncError) else "sync.approval."
    detail = git_headline(exc.detail_in(lang))[:200] if isinstance(exc, SyncError) else exc.detail
    sentence = t(lang, prefix + exc.code, detail=detail)
    click.echo(sentence, err=True)
    if isinstance(exc, SyncError) and detail and detail not in sentence:
        click.echo(f"  (git: {detail})", err=True)
    sys.exit(2)


def _email(lang: Language) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not valid_email(value):
            raise click.BadParameter(t(lang, "identity.bad_email"))
        return value.strip()

    return check


def identity(lang: Language, *, ask: bool = True, purpose: str = "sync") -> Identity:
    """The author from the config (or MINUTES_NAME / MINUTES_EMAIL); asked once (and
    saved) when missing and interactive. ``purpose`` ("sync", "approve", "reopen") picks
    the sentence when it is missing and cannot be asked."""
    config = load_config()
    if (not config.name or not config.email) and ask and sys.stdin.isatty():
        config.name = config.name or click.prompt(t(lang, "sync.ask_name")).strip()
        config.email = config.email or click.prompt(
            t(lang, "sync.ask_email"), value_proc=_email(lang)
        )
        try:
            save_config(config)  # only the two keys; the rest of the file stays as written
        except ConfigNotSaved as exc:  # used for this run all the same
            click.echo(exc.message(lang), err=True)
        except OSError as exc:
            click.echo(t(lang, "identity.not_saved", detail=exc.strerror or str(exc)), err=True)
    if not config.name or not config.email:
        if purpose != "sync":
            click.echo(t(lang, f"config.no_identity_{purpose}"), err=True)
            sys.exit(2)
        fail(lang, SyncError("no_identity"))
    return Identity(config.name, config.email)


def _time(iso: str) -> str:
    from tui.review import when_text

    return when_text(iso)


@root.group("sync", invoke_without_command=True)
@click.pass_context
def sync_group(click_ctx: click.Context) -> None:
    """Share the archive through git: sync now, or set up, clone, show status."""
    if click_ctx.invoked_subcommand is not None:
        return
    ctx: Context = click_ctx.obj
    from sync.engine import sync

    lang = ctx.lang
    who = identity(lang)
    try:
        result = sync(ctx.archive_path, who, network_timeout=load_config().git_timeout)
    except SyncError as exc:
        fail(lang, exc)
    if result.committed:
        click.echo(t(lang, "sync.committed"))
    if result.merged and result.changed:
        click.echo(t(lang, "sync.merged", files=", ".join(result.changed)))
    if result.postponed:
        click.echo(t(lang, "sync.postponed", files=", ".join(result.postponed)))
    if result.conflicts:
        click.echo(t(lang, "sync.conflicts", count=result.conflicts))
    if result.unverified:
        from tui.approval_text import status_line, sync_notice

        click.echo(sync_notice(lang, result.unverified), err=True)
        for check in result.unverified:
            click.echo(f"  {status_line(lang, check)}", err=True)
    if result.no_remote:
        click.echo(t(lang, "sync.no_remote"))
    elif result.offline is not None:
        click.echo(t(lang, "sync.offline", detail=git_headline(result.offline.detail)[:160]))
        sys.exit(1)
    elif result.pushed:
        click.echo(t(lang, "sync.pushed", time=_time(result.at)))


@sync_group.command("setup")
@click.argument("remote", required=False)
@click.pass_obj
def setup_command(ctx: Context, remote: str | None) -> None:
    """Make the archive a git repository and set its REMOTE (URL or folder)."""
    from sync.setup import setup_remote

    try:
        path, reachable = setup_remote(ctx.archive_path, remote, load_config().git_timeout)
    except SyncError as exc:
        fail(ctx.lang, exc)
    key = "sync.setup_local"
    if remote:  # "shared" only once the remote has answered
        key = "sync.setup_done" if reachable else "sync.setup_unreached"
    click.echo(t(ctx.lang, key, path=path, remote=remote or ""))


@sync_group.command("clone")
@click.argument("remote")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.pass_obj
def clone_command(ctx: Context, remote: str, path: Path | None) -> None:
    """Copy a shared archive from REMOTE to PATH (default: the archive folder)."""
    from sync.setup import clone

    try:
        target = clone(remote, path or ctx.archive_path, load_config().git_timeout)
    except SyncError as exc:
        fail(ctx.lang, exc)
    click.echo(t(ctx.lang, "sync.cloned", path=target))
    if path is not None:
        click.echo(t(ctx.lang, "sync.clone_hint", path=target))


@sync_group.command("status")
@click.pass_obj
def status_command(ctx: Context) -> None:
    """What is not yet shared, the last sync, unresolved conflicts."""
    from sync.status import status

    lang = ctx.lang
    try:
        state = status(ctx.archive_path)
    except SyncError as exc:
        fail(lang, exc)
    if not state.is_repo:
        click.echo(t(lang, "sync.status.not_repo"))
    else:
        if state.remote:
            click.echo(t(lang, "sync.status.remote", remote=state.remote))
        if state.unshared:
            click.echo(t(lang, "sync.status.unshared", count=state.unshared))
        else:
            click.echo(t(lang, "sync.status.all_shared"))
        if state.last_sync:
            click.echo(t(lang, "sync.status.last_sync", time=_time(state.last_sync)))
        else:
            click.echo(t(lang, "sync.status.never"))
        if state.last_error:
            error = t(lang, f"sync.error.{state.last_error}", detail=state.last_detail)
            click.echo(t(lang, "sync.status.last_error", error=error))
    from tui.conflict_text import status_line

    for c in state.conflicts:
        click.echo(status_line(lang, c))
    if not state.conflicts:
        click.echo(t(lang, "sync.status.no_conflicts"))
    from tui.approval_text import status_line as approval_line

    for check in state.unverified:
        click.echo(approval_line(lang, check))


@root.command("diff")
@click.argument("meeting")
@click.option(
    "--since", default=None, help="A git ref (commit, tag); default: since you last looked."
)
@click.pass_obj
def diff_command(ctx: Context, meeting: str, since: str | None) -> None:
    """Show what changed in MEETING, per item, by whom and when."""
    from sync.diff import mark_seen, meeting_changes
    from tui.review import change_review

    lang = ctx.lang
    path = ctx.archive.resolve(meeting)
    from model.store.meeting_store import MeetingStore  # filelock, TinyDB: not for --help

    with MeetingStore(path, read_only=True) as store:
        current = store.meeting
    try:
        ref, changes = meeting_changes(ctx.archive_path, path, since)
    except SyncError as exc:
        fail(lang, exc)
    if since:
        ref_label = t(lang, "sync.diff.since_ref", ref=since)
    elif ref:
        ref_label = t(lang, "review.since_seen", ref=ref[:12])
    else:
        ref_label = t(lang, "review.since_first")
    if not changes:
        click.echo(t(lang, "sync.diff.none", ref=ref_label))
        return
    click.echo(
        t(lang, "sync.diff.since", title=current.header.title or current.header.body, ref=ref_label)
    )
    click.echo("")
    for line in change_review(lang, current, changes):
        click.echo(line.text)
    mark_seen(ctx.archive_path, current.id)


def _tag(ctx: Context, path: Path, meeting_id: str, digest: str, who: Identity) -> None:
    from sync.approval import tag_approval

    try:
        key = load_config().signing_key
        tag = tag_approval(ctx.archive_path, path, meeting_id, digest, who, key)
    except SyncError as exc:
        fail(ctx.lang, exc)
    if tag:
        click.echo(t(ctx.lang, "sync.approved_tag", tag=tag))


def _needs_tag_only(
    ctx: Context, path: Path, state: MeetingState, approved_by: str, who: Identity
) -> bool:
    """Approved by this user here, but the tag is missing (its signing failed, or git
    was not set up yet) and nothing else is wrong: ``approve`` again makes the tag."""
    from sync.approval_check import check_approval

    if state is not MeetingState.APPROVED or approved_by != who.name:
        return False
    if not (ctx.archive_path / ".git").exists():
        return False
    return check_approval(ctx.archive_path, path).codes() == ["no_tag"]


@root.command("approve")
@click.argument("meeting")
@click.pass_obj
def approve_command(ctx: Context, meeting: str) -> None:
    """Approve MEETING (justering): it becomes final and read-only, tagged in git."""
    lang = ctx.lang
    who = identity(lang, purpose="approve")
    path = ctx.archive.resolve(meeting)
    from model.store.meeting_store import MeetingStore

    with MeetingStore(path) as store:
        header = store.meeting.header
        if _needs_tag_only(ctx, path, header.state, header.approved_by, who):
            click.echo(t(lang, "verify.retagged"))
            _tag(ctx, path, header.id, header.approved_hash, who)
            return
        try:
            digest = approve(store.meeting, who.name, datetime.now())
        except ApprovalError as exc:
            fail(lang, exc)
        store.save()
        header = store.meeting.header
    click.echo(
        t(
            lang,
            "sync.approved",
            name=header.approved_by,
            time=_time(header.approved_at.isoformat() if header.approved_at else ""),
            hash=digest[:19],
        )
    )
    _tag(ctx, path, header.id, digest, who)


@root.command("reopen")
@click.argument("meeting")
@click.option("--reason", default="", help="Why the approved minutes need a correction.")
@click.pass_obj
def reopen_command(ctx: Context, meeting: str, reason: str) -> None:
    """Reopen an approved MEETING for a correction (recorded; needs approval again)."""
    lang = ctx.lang
    who = identity(lang, purpose="reopen")
    path = ctx.archive.resolve(meeting)
    from model.store.meeting_store import MeetingStore

    with MeetingStore(path) as store:
        try:
            reopen(store.meeting, who.name, datetime.now(), reason)
        except ApprovalError as exc:
            fail(lang, exc)
        store.save()
    click.echo(t(lang, "sync.reopened", name=who.name))


@root.command("verify")
@click.argument("meeting")
@click.pass_obj
def verify_command(ctx: Context, meeting: str) -> None:
    """Prove MEETING's approval: the file against its hash, its approval event, the git
    tag's record and signature (exit 1 if it does not hold or is not approved)."""
    from sync.approval_check import check_approval
    from tui.approval_text import verdict

    lang = ctx.lang
    path = ctx.archive.resolve(meeting)
    try:
        check = check_approval(ctx.archive_path, path)
    except SyncError as exc:
        fail(lang, exc)
    if check.ok and not check.approved:
        if check.approved_by:
            when = _time(check.approved_at)
            click.echo(t(lang, "sync.verify.reopened", name=check.approved_by, time=when))
        else:
            click.echo(t(lang, "sync.verify.not_approved"))
        sys.exit(1)
    for line in verdict(lang, check):
        click.echo(line)
    if not check.ok:
        sys.exit(1)


@root.command("merge-driver", hidden=True)
@click.argument("base", type=click.Path(path_type=Path))
@click.argument("ours", type=click.Path(path_type=Path))
@click.argument("theirs", type=click.Path(path_type=Path))
@click.argument("name", required=False, default="")
def merge_driver_command(base: Path, ours: Path, theirs: Path, name: str) -> None:
    """The git merge driver (same as ``python -m sync.driver``)."""
    from sync.driver import main

    sys.exit(main([str(base), str(ours), str(theirs), name or str(ours)]))
