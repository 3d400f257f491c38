"""The shortcuts that spare a sync git processes must never skip a check that matters:
the approval check's pre-filter, the folder walk before ``unstage_foreign``, the cached
``.git/config`` read, the merge index copied from ``.git/index``."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from sync.approval_check import _may_be_approved
from sync.engine import _configure
from sync.gitenv import git_env
from sync.gitrun import Git
from sync.incoming import _only_archive_files, unstage_foreign
from sync.setup import setup


def _meeting(root: Path, body: bytes, name: str = "m1") -> Path:
    path = root / "meetings" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body)
    return path


@pytest.mark.parametrize(
    "body",
    [
        b'{"meeting": {"m1": {"state": "approved"}}}',
        b'{"meeting": {"m1": {"state":"approved"}}}',
        b'{"meeting": {"m1": {"state" :\n "approved"}}}',
        b'{"meeting": {"m1": {"state": "\\u0061pproved"}}}',  # an escape spells it
        b'{"meeting": {"m1": {"st\\u0061te": "approved"}}}',
    ],
)
def test_a_file_that_may_claim_approval_is_always_checked(tmp_path: Path, body: bytes) -> None:
    assert _may_be_approved(tmp_path, _meeting(tmp_path, body))


def test_a_draft_without_tags_is_skipped_but_a_tagged_one_is_not(tmp_path: Path) -> None:
    path = _meeting(tmp_path, b'{"meeting": {"m1": {"state": "draft", "approved_by": ""}}}')
    assert not _may_be_approved(tmp_path, path)
    loose = tmp_path / ".git" / "refs" / "tags" / "approved" / "m1"
    loose.mkdir(parents=True)
    assert _may_be_approved(tmp_path, path)  # state edited to draft: the tag says approved
    loose.rmdir()
    packed = tmp_path / ".git" / "packed-refs"
    packed.write_text(f"{'0' * 40} refs/tags/approved/m1/abc\n", encoding="utf-8")
    assert _may_be_approved(tmp_path, path)
    packed.write_text(f"{'0' * 40} refs/tags/approved/m10/abc\n", encoding="utf-8")
    assert not _may_be_approved(tmp_path, path)  # another meeting's tag


def _repo(tmp_path: Path) -> tuple[Path, Git]:
    root = tmp_path / "archive"
    setup(root, None)
    _meeting(root, b"{}\n")
    return root, Git(root, git_env())


def test_a_plain_archive_needs_no_git_to_know_nothing_foreign_is_staged(tmp_path: Path) -> None:
    root, _git = _repo(tmp_path)
    (root / "meetings" / ".local").mkdir(exist_ok=True)
    (root / "meetings" / ".local" / "index.db").write_bytes(b"x")
    (root / "meetings" / ".m1.json.1234.tmp").write_bytes(b"half")
    assert _only_archive_files(root)


@pytest.mark.parametrize("case", ["stray", "symlink", "nested", "gitattributes"])
def test_anything_unusual_in_the_folder_asks_git_and_is_unstaged(tmp_path: Path, case: str) -> None:
    root, git = _repo(tmp_path)
    if case == "stray":
        (root / "minutes.pdf").write_bytes(b"%PDF")
        expected = "minutes.pdf"
    elif case == "symlink":
        if os.name != "posix":
            pytest.skip("symlinks")
        (root / "meetings" / "link.json").symlink_to(root / "meetings" / "m1.json")
        expected = "meetings/link.json"
    elif case == "nested":
        _meeting(root / "meetings", b"{}\n", "deeper")
        expected = "meetings/meetings/deeper.json"
    else:
        with (root / ".gitattributes").open("a", encoding="utf-8") as out:
            out.write("*.json filter=evil\n")
        expected = ".gitattributes"
    assert not _only_archive_files(root)
    git.run("add", "-A", ".")
    assert expected in unstage_foreign(git, root)
    staged = git.run("diff", "--cached", "--name-only").split()
    assert expected not in staged


def test_a_changed_remote_is_seen_though_the_config_read_is_cached(tmp_path: Path) -> None:
    root, git = _repo(tmp_path)
    assert not _configure(git, root / ".git")
    assert not _configure(git, root / ".git")  # cached
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    git.run("remote", "add", "origin", str(remote))
    assert _configure(git, root / ".git")
