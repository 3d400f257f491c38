"""More failures with real git: login refused, history rewritten on the remote, disk
full, git missing, a push refused by the remote, a wrong address, and the app's sync key
when the remote refuses.

Each failure must give a clear sentence (app and command line), never hang, never leave
the repository half-merged, lose nothing, and a later sync must succeed.
"""

from __future__ import annotations

import json
from pathlib import Path

from model.store.load import load_tables
from tests.sync.conftest import Pair, git
from tests.sync.helpers import edit, read

IDENT = ("-c", "user.name=Olle", "-c", "user.email=olle@example.se")


def head(path: Path) -> str:
    return git(path, "rev-parse", "HEAD").strip()


def assert_clean(path: Path) -> None:
    """Nothing uncommitted, not mid-merge, every meeting file loads."""
    assert git(path, "status", "--porcelain") == ""
    assert not (path / ".git" / "MERGE_HEAD").exists()
    for name in (path / "meetings").glob("*.json"):
        load_tables(name, "meeting")
        assert b"<<<<<<<" not in name.read_bytes()


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
