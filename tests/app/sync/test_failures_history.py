"""Failures of the shared history, with real git: history rewritten on the remote, a push
refused by the remote, a full disk, a merge that could not be undone, a damaged file.

Each failure must give a clear sentence, never leave the repository half-merged, lose
nothing, and a later sync must succeed.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from model.demo import demo_meeting
from model.store.archive import Archive
from sync.engine import MERGING_FILE
from sync.engine import sync as sync_engine
from sync.errors import SyncError
from sync.setup import clone, setup
from tests.app.sync.failures import IDENT, assert_clean, head, minutes_cli, sentence
from tests.core.sync.conftest import CHAIR, SECRETARY, Pair, git
from tests.core.sync.helpers import edit, read
from tests.small_disk import fill, run_on_small_disk

# -- history rewritten on the remote ---------------------------------------------------


def rewrite_remote(pair: Pair, change: str) -> str:
    """The chair drops the last shared commit, commits ``change`` as next_place and
    force-pushes. Returns the commit the force-push dropped."""
    dropped = head(pair.chair)
    git(pair.chair, "reset", "-q", "--hard", "HEAD~1")
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "next_place", change))
    git(pair.chair, "add", "-A")
    git(pair.chair, *IDENT, "commit", "-qm", "rewritten")
    git(pair.chair, "push", "-q", "--force", "origin", "HEAD:main")
    return dropped


def test_rewritten_remote_history_keeps_everything_both_sides_wrote(pair: Pair) -> None:
    # a commit both had: the secretary's place, shared and synced by the chair
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "place", "Delad plats"))
    assert pair.sync(pair.secretary).pushed
    assert pair.sync(pair.chair).merged
    dropped = rewrite_remote(pair, "Ordförandens nya")
    # the secretary's unshared edit, made on the old history
    edit(pair.path(pair.secretary), lambda m: setattr(m.agenda[0], "notes", "Sekreterarens"))
    result = pair.sync(pair.secretary)
    assert result.pushed and result.merged and result.committed
    meeting = read(pair.path(pair.secretary))
    # nothing lost: her edit, the chair's new commit, and the dropped shared commit,
    # which her merge brings back (a force-push is not a way to delete minutes)
    assert meeting.agenda[0].notes == "Sekreterarens"
    assert meeting.header.next_place == "Ordförandens nya"
    assert meeting.header.place == "Delad plats"
    assert meeting.open_conflicts() == []
    assert_clean(pair.secretary)
    assert git(pair.secretary, "merge-base", "--is-ancestor", dropped, "HEAD") == ""
    # the remote has it all: the chair gets it back with a plain sync
    assert pair.sync(pair.chair).merged
    chair = read(pair.path(pair.chair))
    assert (chair.header.place, chair.header.next_place, chair.agenda[0].notes) == (
        "Delad plats",
        "Ordförandens nya",
        "Sekreterarens",
    )
    assert_clean(pair.chair)


def test_rewritten_remote_history_without_local_changes(pair: Pair) -> None:
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "place", "Delad plats"))
    assert pair.sync(pair.secretary).pushed
    assert pair.sync(pair.chair).merged
    rewrite_remote(pair, "Ordförandens nya")
    before = head(pair.secretary)
    result = pair.sync(pair.secretary)
    assert result.pushed and result.merged and not result.committed
    meeting = read(pair.path(pair.secretary))
    assert meeting.header.next_place == "Ordförandens nya"  # the remote's content
    assert meeting.header.place == "Delad plats"  # plus nothing lost
    assert_clean(pair.secretary)
    assert head(pair.secretary) != before
    assert git(pair.remote, "rev-parse", "main").strip() == head(pair.secretary)


def test_remote_replaced_by_an_unrelated_history(pair: Pair) -> None:
    """The chair starts the history again from her files (a new root commit pushed with
    --force). Without a common base git cannot tell who changed what: every field the
    two sides hold differently keeps ours and a conflict record keeps theirs. Nothing
    is lost, no record is duplicated, and the user is told there are conflicts."""
    edit(pair.path(pair.secretary), lambda m: setattr(m.agenda[1], "notes", "Sekreterarens"))
    git(pair.chair, "checkout", "-q", "--orphan", "fresh")
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "next_place", "Ny historia"))
    git(pair.chair, "add", "-A")
    git(pair.chair, *IDENT, "commit", "-qm", "start again")
    git(pair.chair, "push", "-q", "--force", "origin", "fresh:main")
    result = pair.sync(pair.secretary)
    assert result.pushed and result.merged
    assert result.conflicts == 2
    meeting = read(pair.path(pair.secretary))
    assert meeting.agenda[1].notes == "Sekreterarens"
    kept = {(c.field, c.theirs) for c in meeting.open_conflicts()}
    assert ("next_place", "Ny historia") in kept
    relative = pair.path(pair.chair).relative_to(pair.chair).as_posix()
    theirs = json.loads(git(pair.chair, "show", f"fresh:{relative}"))
    data = json.loads(pair.path(pair.secretary).read_bytes())
    for table in ("items", "attendance", "decisions", "actions"):
        assert set(data.get(table, {})) == set(theirs.get(table, {})), table
    assert_clean(pair.secretary)


# -- the remote refuses the push -------------------------------------------------------


def protect(remote: Path) -> Path:
    """A pre-receive hook that refuses every push, as a protected branch does. Each
    refusal is counted in a file beside the repository."""
    counter = remote.parent / "refusals"
    hook = remote / "hooks" / "pre-receive"
    hook.write_text(
        "#!/bin/sh\n"
        f"echo x >> '{counter.as_posix()}'\n"
        "echo 'protected branch: main takes no pushes today' >&2\n"
        "exit 1\n",
        encoding="utf-8",
    )
    hook.chmod(0o755)
    return counter


def test_push_refused_by_the_remote_is_not_taken_for_a_race(pair: Pair) -> None:
    counter = protect(pair.remote)
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "place", "Sekreterarens"))
    with pytest.raises(SyncError) as info:
        pair.sync(pair.secretary)
    assert info.value.code == "push_refused"
    assert "protected branch: main takes no pushes today" in info.value.detail
    assert "pre-receive hook declined" in info.value.detail
    assert counter.read_text(encoding="utf-8").count("x") == 1  # refused once, not retried
    message = sentence("sync.error.push_refused", detail=info.value.detail)
    assert "refused" in message and "protected branch" in message and "nothing was lost" in message
    assert_clean(pair.secretary)
    assert git(pair.secretary, "log", "-1", "--format=%an").strip() == SECRETARY.name
    (pair.remote / "hooks" / "pre-receive").unlink()
    assert pair.sync(pair.secretary).pushed
    assert pair.sync(pair.chair).merged
    assert read(pair.path(pair.chair)).header.place == "Sekreterarens"


def test_cli_prints_the_remotes_refusal(pair: Pair, tmp_path: Path) -> None:
    protect(pair.remote)
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "place", "Sekreterarens"))
    run = minutes_cli(tmp_path, "--archive", str(pair.secretary), "sync")
    assert run.returncode == 2
    assert "The remote refused to take your changes: protected branch" in run.stderr
    assert "Someone else synced" not in run.stderr and "Traceback" not in run.stderr


# -- disk full -------------------------------------------------------------------------


def disk_full_scenario(base: str, mount: str, stage: str) -> None:
    """Run inside the namespace (the tmpfs at ``mount`` exists only there): the
    secretary's clone lives on the small disk, the remote and the chair beside it.
    Prints what happened as JSON for the test to check."""
    remote = Path(base) / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    chair = Path(base) / "chair"
    meeting = demo_meeting()
    Archive(chair).create(meeting)
    setup(chair, str(remote))
    assert sync_engine(chair, CHAIR).pushed
    secretary = clone(str(remote), Path(mount) / "secretary")
    path = Archive(secretary).meeting_path(meeting.id)
    # the chair adds a long text: merging it needs room for several copies of the file
    big = "\n".join(f"Rad {n}: " + os.urandom(48).hex() for n in range(2500))
    edit(Archive(chair).meeting_path(meeting.id), lambda m: setattr(m.agenda[2], "notes", big))
    assert sync_engine(chair, CHAIR).pushed
    edit(path, lambda m: setattr(m.header, "place", "Sekreterarens"))
    name = path.relative_to(secretary).as_posix()
    if stage == "commit":  # not even the local commit fits
        leave = 0
    else:  # committed and fetched already: the merge itself runs out of room
        ident = ("-c", "user.name=Sara", "-c", "user.email=sara@example.se")
        git(secretary, "add", "-A")
        git(secretary, *ident, "commit", "-qm", "local")
        git(secretary, "fetch", "-q", "origin")
        size = int(git(secretary, "cat-file", "-s", f"origin/main:{name}"))
        leave = size * 3 // 2  # git's copy of their file fits, the merged one does not
    before = path.read_bytes()
    head_before = head(secretary)
    filler = fill(Path(mount), leave)
    report: dict[str, Any] = {"head_before": head_before}
    try:
        sync_engine(secretary, SECRETARY)
        report["code"] = ""
    except SyncError as exc:
        report["code"], report["detail"] = exc.code, exc.detail
    report["head_after"] = head(secretary)
    report["merge_head"] = (secretary / ".git" / "MERGE_HEAD").exists()
    report["file_unchanged"] = path.read_bytes() == before
    filler.unlink()  # space freed: the next sync must do it all
    report["status"] = git(secretary, "status", "--porcelain")
    result = sync_engine(secretary, SECRETARY)
    report["retry"] = {"pushed": result.pushed, "merged": result.merged}
    merged = read(path)
    report["kept"] = merged.header.place == "Sekreterarens" and merged.agenda[2].notes == big
    report["remote_has_it"] = git(remote, "rev-parse", "main").strip() == head(secretary)
    print(json.dumps(report))


@pytest.mark.parametrize("stage", ["commit", "merge"])
def test_disk_full_fails_cleanly_and_the_next_sync_does_it_all(tmp_path: Path, stage: str) -> None:
    mount = tmp_path / "small-disk"
    mount.mkdir()
    scenario = "tests.app.sync.test_failures_history"
    code = f"from {scenario} import disk_full_scenario as run;run(*sys.argv[1:])"
    run = run_on_small_disk(mount, code, str(tmp_path), str(mount), stage)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["code"] == "disk_full", report
    assert sentence("sync.error.disk_full").startswith("The disk is full")
    assert not report["merge_head"]  # never left half-merged
    assert report["file_unchanged"]
    # the commit did not fit: HEAD as before; the merge did not: HEAD is the local commit
    assert report["head_after"] == report["head_before"]
    if stage == "commit":  # the edit waits, uncommitted, for the next sync
        assert report["status"].startswith(" M meetings/"), report
    else:  # the merge is where the room ran out (in git's objects): nothing else moved
        assert report["status"] == "", report
    assert report["retry"] == {"pushed": True, "merged": True}
    assert report["kept"] and report["remote_has_it"]


def test_a_merge_that_could_not_be_undone_is_repaired_by_the_next_sync(
    pair: Pair, tmp_path: Path
) -> None:
    """A merge failed and even putting the work tree back failed (a full disk): the
    mark stays and git may have left files half-written. The next sync keeps every
    whole file, restores or drops the half-written ones, and then syncs as usual."""
    second = demo_meeting()
    Archive(pair.secretary).create(second)
    assert pair.sync(pair.secretary).pushed
    assert pair.sync(pair.chair).merged
    third = demo_meeting()
    Archive(pair.chair).create(third)  # a new meeting on the chair's side
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "place", "Ordförandens"))
    assert pair.sync(pair.chair).pushed
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "next_place", "Hennes"))
    git(pair.secretary, "add", "-A")
    git(pair.secretary, *IDENT, "commit", "-qm", "local")
    git(pair.secretary, "fetch", "-q", "origin")
    ours, theirs = head(pair.secretary), git(pair.secretary, "rev-parse", "origin/main").strip()
    # what the failed merge left: the mark, a half-written meeting, a half-written new
    # file of theirs; and an edit the user saved afterwards (a whole file)
    (pair.secretary / ".git" / MERGING_FILE).write_text(f"{ours} {theirs}\n", encoding="utf-8")
    half = pair.path(pair.secretary).read_bytes()
    pair.path(pair.secretary).write_bytes(half[: len(half) // 2])
    new_file = Archive(pair.secretary).meeting_path(third.id)
    new_file.write_bytes(Archive(pair.chair).meeting_path(third.id).read_bytes()[:100])
    edit(
        Archive(pair.secretary).meeting_path(second.id), lambda m: setattr(m.header, "place", "Sen")
    )
    result = pair.sync(pair.secretary)
    assert result.pushed and result.merged
    assert not (pair.secretary / ".git" / MERGING_FILE).exists()
    assert_clean(pair.secretary)
    first = read(pair.path(pair.secretary))
    assert (first.header.place, first.header.next_place) == ("Ordförandens", "Hennes")
    assert read(Archive(pair.secretary).meeting_path(second.id)).header.place == "Sen"
    assert read(new_file).id == third.id


def test_damaged_file_in_a_meeting_only_the_other_side_changed(pair: Pair) -> None:
    """Stray bytes after the data (a crashed writer): the store could read the valid
    part, but a sync must not take a damaged file in (and push it on) as if whole."""
    path = pair.path(pair.chair)
    path.write_bytes(path.read_bytes() + b'"place": "stray"}\n')
    git(pair.chair, "add", "-A")
    git(pair.chair, *IDENT, "commit", "-qm", "damaged")
    git(pair.chair, "push", "-q", "origin", "HEAD:main")
    before = pair.path(pair.secretary).read_bytes()
    with pytest.raises(SyncError) as info:
        pair.sync(pair.secretary)
    assert info.value.code == "invalid_result"
    assert "stray bytes" in info.value.detail
    assert pair.path(pair.secretary).read_bytes() == before
    assert_clean(pair.secretary)
    assert not (pair.secretary / ".git" / MERGING_FILE).exists()
    message = sentence("sync.error.invalid_result", detail=info.value.detail)
    assert "damaged" in message and "nothing was lost" in message
