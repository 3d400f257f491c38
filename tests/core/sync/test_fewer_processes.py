"""The sync's cheaper paths give what git itself gives: a blob written by Python is the
blob ``git hash-object -w`` writes, one ``diff-tree --stdin`` lists what two do, and a
sync with a merge into an open meeting starts no more than 14 git processes (3 when only
our own words are new)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.engine import sync
from sync.gitenv import git_env
from sync.gitrun import Git
from sync.objects import write_blob
from sync.treemerge import diff_both, diff_trees
from tests.core.sync.conftest import CHAIR, SECRETARY, Pair, git
from tests.core.sync.helpers import edit
from tui.session import Session


def _repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    return root


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=3000))
def test_a_blob_written_in_python_is_gits_blob(tmp_path: Path, data: bytes) -> None:
    root = tmp_path / "blobs"
    if not root.exists():
        subprocess.run(["git", "init", "-q", str(root)], check=True)
    runner = Git(root, git_env())
    sha = write_blob(runner, root / ".git", data)
    expected = (
        subprocess.run(
            ["git", "hash-object", "--stdin"], cwd=root, input=data, capture_output=True, check=True
        )
        .stdout.decode()
        .strip()
    )
    assert sha == expected
    stored = subprocess.run(
        ["git", "cat-file", "blob", sha], cwd=root, capture_output=True, check=True
    ).stdout
    assert stored == data
    assert write_blob(runner, root / ".git", data) == sha  # already there: the same


def test_blobs_written_in_python_pass_fsck(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    runner = Git(root, git_env())
    for n in range(5):
        write_blob(runner, root / ".git", f"blob {n}\n".encode() * n)
    done = subprocess.run(
        ["git", "fsck", "--strict", "--unreachable"], cwd=root, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(" blob ") == 5  # each one found, whole (dangling: no tree)


def _commit(root: Path, files: dict[str, str | None], message: str) -> str:
    for name, text in files.items():
        path = root / name
        if text is None:
            path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    git(root, "add", "-A")
    ident = ["-c", "user.name=T", "-c", "user.email=t@example.se"]
    git(root, *ident, "commit", "-q", "--allow-empty", "-m", message)
    return git(root, "rev-parse", "HEAD").strip()


def test_one_diff_tree_lists_what_two_do(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    hexname = "0123456789abcdef0123456789abcdef01234567"  # a path that looks like an id
    base = _commit(root, {"a.txt": "a", "meetings/m 1.json": "{}", hexname: "x"}, "base")
    ours = _commit(root, {"a.txt": "ours", "ny fil ö.txt": "ny", hexname: None}, "ours")
    git(root, "checkout", "-q", base)
    theirs = _commit(root, {"meetings/m 1.json": '{"t": {}}', "b.txt": "b"}, "theirs")
    runner = Git(root, git_env())
    assert diff_both(runner, base, ours, theirs) == (
        diff_trees(runner, base, ours),
        diff_trees(runner, base, theirs),
    )
    same = _commit(root, {}, "nothing changed")  # a side with no change has no header
    assert diff_both(runner, theirs, ours, same) == (diff_trees(runner, theirs, ours), {})


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """The git commands the runner starts (real git runs; only counted)."""
    calls: list[tuple[str, ...]] = []
    real = Git.raw

    def raw(self: Git, *args: str, **kw: Any) -> tuple[int, bytes, str]:
        calls.append(args)
        return real(self, *args, **kw)

    monkeypatch.setattr(Git, "raw", raw)
    return calls


def test_a_sync_merging_into_an_open_meeting_starts_14_git_processes(
    pair: Pair, counted: list[tuple[str, ...]]
) -> None:
    chair_path, sec_path = pair.path(pair.chair), pair.path(pair.secretary)
    assert sync(pair.secretary, SECRETARY).pushed  # warm: the config is read once
    edit(chair_path, lambda m: setattr(m.agenda[1], "notes", "Ordförandens rad.\n"))
    assert sync(pair.chair, CHAIR).pushed
    session = Session.open(sec_path)
    try:
        session.apply(lambda m: setattr(m.agenda[0], "notes", m.agenda[0].notes + " skrivet"))
        counted.clear()

        def bring_in(incoming: Any) -> int:
            return session.merge_from_disk(
                incoming.merged, incoming.base, incoming.mine, incoming.theirs
            )

        result = sync(pair.secretary, SECRETARY, open_here=[sec_path], bring_in=bring_in)
        assert result.merged and result.pushed and result.conflicts == 0
        assert "Ordförandens rad." in session.meeting.agenda[1].notes
        assert "skrivet" in session.meeting.agenda[0].notes
    finally:
        session.close()
    commands = [c[0] for c in counted]
    # level with the remote before, so the push is tried first and refused (the chair
    # pushed meanwhile): then fetch, merge, push as before, 13 processes
    assert commands[:3] == ["add", "commit", "push"], commands
    assert len(commands) <= 14, commands
    assert "hash-object" not in commands and commands.count("diff-tree") == 1
    assert git(pair.remote, "rev-parse", "main") == git(pair.secretary, "rev-parse", "HEAD")
    # that sync merged the chair's work: both write, so the next one fetches first
    edit(chair_path, lambda m: setattr(m.agenda[1], "notes", "Ordförandens andra rad.\n"))
    assert sync(pair.chair, CHAIR).pushed
    edit(sec_path, lambda m: setattr(m.agenda[0], "notes", "Sekreterarens nya rad.\n"))
    counted.clear()
    result = sync(pair.secretary, SECRETARY)
    assert result.merged and result.pushed
    commands = [c[0] for c in counted]
    assert commands[:3] == ["add", "commit", "fetch"] and len(commands) <= 13, commands


def test_a_sync_with_only_our_new_words_is_add_commit_push(
    pair: Pair, counted: list[tuple[str, ...]]
) -> None:
    """The typing side's sync during a meeting: nothing came in since the last sync, so
    the commit is pushed straight away (a fast-forward of the remote)."""
    sec_path = pair.path(pair.secretary)
    assert sync(pair.secretary, SECRETARY).pushed  # level with the remote
    edit(sec_path, lambda m: setattr(m.agenda[0], "notes", "Nya ord.\n"))
    counted.clear()
    result = sync(pair.secretary, SECRETARY)
    assert result.committed and result.pushed and not result.merged
    assert [c[0] for c in counted] == ["add", "commit", "push"]
    assert git(pair.remote, "rev-parse", "main") == git(pair.secretary, "rev-parse", "HEAD")
    assert sync(pair.chair, CHAIR).merged  # and the other side gets it
    assert "Nya ord." in pair.path(pair.chair).read_text("utf-8")
