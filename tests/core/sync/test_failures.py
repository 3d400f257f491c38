"""Failures with real git: no identity, rejected push, unreachable remote, git daemon
stopped mid-sync, damaged incoming file, ext:: URLs, git pull with the same driver."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from model.demo import demo_meeting
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from sync.engine import sync
from sync.errors import SyncError
from sync.gitenv import check_remote_url
from sync.setup import clone, setup
from tests.core.sync.conftest import CHAIR, SECRETARY, Daemon, Pair, git
from tests.core.sync.helpers import edit, read


def head(path: Path) -> str:
    return git(path, "rev-parse", "HEAD").strip()


def test_machine_without_git_identity_commits_with_the_app_identity(pair: Pair) -> None:
    assert subprocess.run(["git", "config", "user.name"], cwd=pair.chair).returncode != 0
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "place", "Biblioteket"))
    assert pair.sync(pair.chair).pushed
    assert git(pair.chair, "log", "-1", "--format=%an <%ae>").strip() == (
        "Olle Ordförande <olle@example.se>"
    )


def test_sync_without_identity_is_refused_before_touching_anything(pair: Pair) -> None:
    from sync.gitenv import Identity

    with pytest.raises(SyncError) as info:
        sync(pair.chair, Identity("", ""))
    assert info.value.code == "no_identity"


def test_rejected_push_is_fetched_merged_and_pushed_again(pair: Pair, tmp_path: Path) -> None:
    # A third clone pushes behind the secretary's back between her fetch and her push:
    # simulated by pushing first, then the secretary syncs with a stale remote-tracking ref.
    other = clone(str(pair.remote), tmp_path / "other")
    edit(Archive(other).meeting_path(pair.meeting_id), lambda m: setattr(m.header, "place", "A"))
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "next_place", "B"))
    assert sync(other, CHAIR).pushed
    # make the secretary's push go first without fetching: plain git push is rejected
    subprocess.run(["git", "add", "-A"], cwd=pair.secretary, check=True)
    env_commit = ["git", "-c", "user.name=S", "-c", "user.email=s@x", "commit", "-qm", "x"]
    subprocess.run(env_commit, cwd=pair.secretary, check=True)
    rejected = subprocess.run(
        ["git", "push", "origin", "HEAD:main"], cwd=pair.secretary, capture_output=True
    )
    assert rejected.returncode != 0
    result = pair.sync(pair.secretary)
    assert result.pushed and result.merged
    meeting = read(pair.path(pair.secretary))
    assert (meeting.header.place, meeting.header.next_place) == ("A", "B")


def test_unreachable_remote_keeps_the_local_commit(pair: Pair) -> None:
    git(pair.chair, "remote", "set-url", "origin", "git://127.0.0.1:9/nothing.git")
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "place", "Offline"))
    result = pair.sync(pair.chair)
    assert result.committed and not result.pushed
    assert result.offline is not None and result.offline.code == "unreachable"
    assert git(pair.chair, "status", "--porcelain") == ""
    git(pair.chair, "remote", "set-url", "origin", str(pair.remote))
    assert pair.sync(pair.chair).pushed  # retried when the remote is back
    assert pair.sync(pair.secretary).merged
    assert read(pair.path(pair.secretary)).header.place == "Offline"


def test_network_path_through_git_daemon_and_daemon_stopped(daemon: Daemon, tmp_path: Path) -> None:
    secretary = tmp_path / "s"
    meeting = demo_meeting()
    Archive(secretary).create(meeting)
    setup(secretary, daemon.url)
    assert sync(secretary, SECRETARY).pushed
    chair = clone(daemon.url, tmp_path / "c")
    path = Archive(chair).meeting_path(meeting.id)
    edit(path, lambda m: setattr(m.header, "place", "Via nätet"))
    assert sync(chair, CHAIR).pushed
    daemon.stop()
    edit(path, lambda m: setattr(m.header, "next_place", "Utan nät"))
    before = head(chair)
    result = sync(chair, CHAIR)
    assert result.offline is not None and result.committed
    assert head(chair) != before  # committed locally, nothing lost
    assert read(path).header.next_place == "Utan nät"
    assert not (chair / ".git" / "MERGE_HEAD").exists()


def test_damaged_file_from_the_other_side_restores_the_state_before(pair: Pair) -> None:
    # the chair pushes a broken meeting file with plain git (as another tool might)
    path = pair.path(pair.chair)
    path.write_text('{"meeting": {', encoding="utf-8")
    git(pair.chair, "add", "-A")
    git(pair.chair, "-c", "user.name=X", "-c", "user.email=x@x", "commit", "-qm", "broken")
    git(pair.chair, "push", "-q", "origin", "HEAD:main")
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "place", "Mitt"))
    with pytest.raises(SyncError) as info:
        pair.sync(pair.secretary)
    assert info.value.code in ("merge_failed", "invalid_result")
    assert not (pair.secretary / ".git" / "MERGE_HEAD").exists()
    assert git(pair.secretary, "status", "--porcelain") == ""
    assert read(pair.path(pair.secretary)).header.place == "Mitt"
    assert git(pair.secretary, "log", "-1", "--format=%an").strip() == "Sara Sekreterare"


@pytest.mark.parametrize(
    "url",
    ["ext::sh -c touch% /tmp/x", "fd::17", "-uhttps://x", "foo::bar", "javascript://x"],
)
def test_dangerous_transports_are_refused(url: str) -> None:
    with pytest.raises(SyncError) as info:
        check_remote_url(url)
    assert info.value.code == "bad_url"


@pytest.mark.parametrize(
    "url",
    [
        "ssh://git@host/x.git",
        "git@github.com:org/x.git",
        "https://host/x.git",
        "git://h/x",
        "/srv/x.git",
    ],
)
def test_ordinary_transports_are_allowed(url: str) -> None:
    assert check_remote_url(url) == url


def test_git_pull_on_the_command_line_uses_the_same_driver(pair: Pair) -> None:
    def sec(m):  # type: ignore[no-untyped-def]
        m.agenda[3].notes = m.agenda[3].notes.replace("kort status", "kort status (S)")

    def chair(m):  # type: ignore[no-untyped-def]
        m.agenda[3].notes = m.agenda[3].notes.replace("kort status", "kort status (C)")

    edit(pair.path(pair.secretary), sec)
    edit(pair.path(pair.chair), chair)
    assert pair.sync(pair.secretary).pushed
    ident = ["-c", "user.name=Olle", "-c", "user.email=o@x"]
    git(pair.chair, *ident, "commit", "-qam", "chair edit")
    git(pair.chair, *ident, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
    raw = pair.path(pair.chair).read_bytes()
    assert b"<<<<<<<" not in raw
    data = json.loads(raw)
    (conflict,) = data["conflicts"].values()
    assert "(C)" in conflict["ours"] and "(S)" in conflict["theirs"]
    assert conflict["theirs_by"] == "Sara Sekreterare"


def test_cli_sync_postpones_merging_a_meeting_open_in_the_app(pair: Pair) -> None:
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "place", "Från sekreteraren"))
    assert pair.sync(pair.secretary).pushed
    with MeetingStore(pair.path(pair.chair)) as store:  # "the app" holds the meeting
        store.meeting.header.next_place = "Från ordföranden"
        store.save()
        before = pair.path(pair.chair).read_bytes()
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys;from sync.engine import sync;"
                "from tests.core.sync.conftest import CHAIR;"
                "r=sync(sys.argv[1], CHAIR);print(r.postponed, r.committed)",
                str(pair.chair),
            ],
            capture_output=True,
            text=True,
            cwd=Path(__file__).parents[3],
        )
        assert "meetings/" in result.stdout and "True" in result.stdout, result.stderr
        assert pair.path(pair.chair).read_bytes() == before
    result2 = pair.sync(pair.chair)  # closed now: merges
    assert result2.merged
    meeting = read(pair.path(pair.chair))
    assert (meeting.header.place, meeting.header.next_place) == (
        "Från sekreteraren",
        "Från ordföranden",
    )
