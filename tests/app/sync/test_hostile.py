"""A hostile collaborator pushes code and traps into the shared archive (real git, a bare
remote). Nothing of it runs, nothing outside the archive is touched, nothing of it is
checked out, the user is told which files, and once the remote drops them the sync goes
on as before.

Mallory is a third clone of the remote worked with plain git, so her commits hold what
our own sync would never commit. Every payload, if it ever ran, would write a marker
file outside the archive.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from model.store.limits import MAX_JSON_DEPTH, MAX_STORE_FILE_BYTES
from model.store.load import load_tables
from sync.errors import SyncError
from sync.gitenv import DRIVER_NAME, driver_command
from sync.setup import clone
from sync.status import status
from tests.app.sync.apps import chair_app
from tests.app.sync.failures import minutes_cli, sentence
from tests.core.sync.conftest import Pair, git
from tests.core.sync.helpers import edit, read
from tests.notices import run_test
from tests.notices import shown as notices_of

IDENT = ("-c", "user.name=Mallory", "-c", "user.email=mallory@example.se")

#: Named like our packages, like the libraries we import, and like what Python runs at
#: start-up: with the archive on the import path each would replace the real one.
OUR_PACKAGES = [
    "sync/__init__.py",
    "sync/driver.py",
    "model/__init__.py",
    "export/__init__.py",
    "tui/__init__.py",
]
LIBRARIES = [
    "git/__init__.py",
    "tinydb/__init__.py",
    "filelock.py",
    "merge3.py",
    "ulid/__init__.py",
]
START_UP = [
    "sitecustomize.py",
    "usercustomize.py",
    "json.py",
    "click/__init__.py",
    "platformdirs/__init__.py",
]


def symlink(target: Path, link: Path) -> None:
    try:
        os.symlink(target, link)
    except OSError as exc:  # Windows without the right to make symlinks
        pytest.skip(f"cannot make symlinks here: {exc}")


def payload(marker: Path) -> bytes:
    """Python that leaves ``marker`` behind if it is ever run or imported."""
    return f"import pathlib\npathlib.Path({str(marker)!r}).write_text('ran')\n".encode()


def mallory(pair: Pair, tmp_path: Path) -> Path:
    """A plain git clone of the shared remote."""
    path = tmp_path / "mallory"
    subprocess.run(["git", "clone", "-q", "-b", "main", str(pair.remote), str(path)], check=True)
    return path


def push(path: Path, message: str) -> None:
    git(path, "add", "-A")
    git(path, *IDENT, "commit", "-qm", message)
    git(path, "push", "-q", "origin", "HEAD:main")


def write(root: Path, name: str, data: bytes) -> None:
    target = root / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def meeting_json(pair: Pair, **extra: object) -> dict[str, object]:
    data: dict[str, object] = json.loads(pair.path(pair.secretary).read_bytes())
    data.update(extra)
    return data


# Each case: files Mallory commits (written into her clone by a function of the test's
# folder), the paths the refusal must name.
Case = Callable[[Pair, Path, Path], list[str]]


def python_files(names: list[str]) -> Case:
    def make(pair: Pair, clone_path: Path, marker: Path) -> list[str]:
        for name in names:
            write(clone_path, name, payload(marker))
        return names

    return make


def filter_attributes(pair: Pair, clone_path: Path, marker: Path) -> list[str]:
    # A filter the user has set up for another program (as git-lfs does): a
    # .gitattributes from the remote would make git run it on every checkout.
    git_config_global("filter.helper.smudge", f"touch {marker}; cat")
    git_config_global("filter.helper.clean", "cat")
    attributes = clone_path / ".gitattributes"
    attributes.write_text(attributes.read_text() + "*.json filter=helper\n")
    write(clone_path, "meetings/01HOSTILEFILTER00000000000.json", json.dumps({}).encode())
    return [".gitattributes"]


def other_driver(pair: Pair, clone_path: Path, marker: Path) -> list[str]:
    git_config_global("merge.helper.driver", f"touch {marker}; false")
    attributes = clone_path / ".gitattributes"
    lines = attributes.read_text().replace(f"merge={DRIVER_NAME}", "merge=helper")
    attributes.write_text(lines + "archive.json diff=helper\n")
    return [".gitattributes"]


def submodule(pair: Pair, clone_path: Path, marker: Path) -> list[str]:
    inner = clone_path / "evil"  # a repository inside: "git add" makes it a gitlink
    subprocess.run(["git", "init", "-q", str(inner)], check=True)
    write(inner, "hook.py", payload(marker))
    git(inner, "add", "-A")
    git(inner, *IDENT, "commit", "-qm", "inner")
    (clone_path / ".gitmodules").write_text(
        f'[submodule "evil"]\n\tpath = evil\n\turl = {pair.remote}\n'
    )
    return [".gitmodules", "evil"]


def symlinks(pair: Pair, clone_path: Path, marker: Path) -> list[str]:
    outside = marker.parent / "outside.json"
    outside.write_bytes(pair.path(pair.secretary).read_bytes())
    symlink(outside, clone_path / "meetings" / "01HOSTILELINK0000000000000.json")
    symlink(marker.parent, clone_path / "meetings" / "elsewhere")
    return ["meetings/01HOSTILELINK0000000000000.json", "meetings/elsewhere"]


def wrong_places(pair: Pair, clone_path: Path, marker: Path) -> list[str]:
    names = ["meetings/sub/01HOSTILENESTED00000000000.json", "meetings/notes.txt", "run.sh"]
    for name in names:
        write(clone_path, name, b"{}")
    return names


def oversized(pair: Pair, clone_path: Path, marker: Path) -> list[str]:
    name = "meetings/01HOSTILEBIG000000000000000.json"
    notes = "x" * (MAX_STORE_FILE_BYTES + 1000)
    write(clone_path, name, json.dumps(meeting_json(pair, padding={"p": {"n": notes}})).encode())
    return [name]


def deeply_nested(pair: Pair, clone_path: Path, marker: Path) -> list[str]:
    name = "meetings/01HOSTILEDEEP00000000000000.json"
    write(clone_path, name, b"[" * 100_000)
    return [name]


CASES: dict[str, Case] = {
    "our-packages": python_files(OUR_PACKAGES),
    "libraries": python_files(LIBRARIES),
    "start-up": python_files(START_UP),
    "filter": filter_attributes,
    "other-driver": other_driver,
    "submodule": submodule,
    "symlinks": symlinks,
    "wrong-places": wrong_places,
    "oversized": oversized,
    "deeply-nested": deeply_nested,
}


def git_config_global(key: str, value: str) -> None:
    # HOME is a temp folder in these tests (conftest.py): this is the test user's config
    subprocess.run(["git", "config", "--global", key, value], check=True)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` (not following links) and its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_hostile_push_is_refused_and_nothing_runs(pair: Pair, tmp_path: Path, case: str) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    marker = outside / "ran"
    bad = mallory(pair, tmp_path)
    names = CASES[case](pair, bad, marker)
    push(bad, f"hostile: {case}")
    before_outside = snapshot(outside)
    # the secretary edits the same meeting too, so a merge driver would run
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "place", "Sekreterarens"))
    head_before = git(pair.secretary, "rev-parse", "HEAD").strip()

    with pytest.raises(SyncError) as info:
        pair.sync(pair.secretary)

    error = info.value
    assert error.code == "refused_files"
    for name in names:
        assert name in error.detail
    sentence_text = sentence("sync.error.refused_files", detail=error.detail)
    assert all(name in sentence_text for name in names)
    assert not marker.exists()
    assert snapshot(outside) == before_outside  # nothing outside the archive touched
    assert_not_checked_out(pair.secretary, names)
    assert not (pair.secretary / ".git" / "MERGE_HEAD").exists()
    assert git(pair.secretary, "status", "--porcelain") == ""
    # her work is committed locally (not merged with the hostile commit, not pushed)
    assert git(pair.secretary, "rev-parse", "HEAD~1").strip() == head_before
    assert read(pair.path(pair.secretary)).header.place == "Sekreterarens"
    assert (
        git(pair.secretary, "rev-parse", "HEAD").strip()
        != git(pair.remote, "rev-parse", "main").strip()
    )

    # the remote drops the hostile commit; an honest change comes after it
    git(bad, *IDENT, "revert", "--no-edit", "HEAD")
    git(bad, "push", "-q", "origin", "HEAD:main")
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "next_place", "Honest"))
    chair_result = pair.sync(pair.chair)
    assert chair_result.pushed
    result = pair.sync(pair.secretary)
    assert result.merged and result.pushed
    meeting = read(pair.path(pair.secretary))
    assert meeting.header.next_place == "Honest"
    assert meeting.header.place == "Sekreterarens"
    assert not marker.exists()
    assert_not_checked_out(pair.secretary, names)


def assert_not_checked_out(root: Path, names: list[str]) -> None:
    """None of the refused files is in the work tree (ours stay as we wrote them)."""
    for name in names:
        if name == ".gitattributes":
            text = (root / name).read_text(encoding="utf-8")
            assert "helper" not in text and text.count(f"merge={DRIVER_NAME}") == 2
        else:
            assert not os.path.lexists(root / name)


def test_hostile_push_is_refused_by_the_installed_command(pair: Pair, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    bad = mallory(pair, tmp_path)
    names = ["sync/__init__.py", "sync/driver.py", "sitecustomize.py"]
    for name in names:
        write(bad, name, payload(marker))
    data = meeting_json(pair)
    header = next(iter(data["meeting"].values()))  # type: ignore[attr-defined]
    header["place"] = "Mallorys"
    write(
        bad,
        pair.path(pair.secretary).relative_to(pair.secretary).as_posix(),
        json.dumps(data).encode(),
    )
    push(bad, "hostile")
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "place", "Sekreterarens"))

    run = minutes_cli(tmp_path, "--archive", str(pair.secretary), "sync")

    assert run.returncode == 2, run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    assert "do not belong in a minutes archive" in run.stderr
    for name in names:
        assert name in run.stderr
        assert not (pair.secretary / name).exists()
    assert not marker.exists()
    status = minutes_cli(tmp_path, "--archive", str(pair.secretary), "sync", "status")
    assert "do not belong in a minutes archive" in status.stdout  # the last failure


def test_clone_of_a_hostile_archive_checks_out_nothing(pair: Pair, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    bad = mallory(pair, tmp_path)
    write(bad, "sync/driver.py", payload(marker))
    symlink(tmp_path, bad / "meetings" / "escape")
    push(bad, "hostile")
    target = tmp_path / "new-clone"

    with pytest.raises(SyncError) as info:
        clone(str(pair.remote), target)

    assert info.value.code == "refused_files"
    assert "sync/driver.py" in info.value.detail and "meetings/escape" in info.value.detail
    assert not target.exists()  # nothing half-made: the clone can simply be retried
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(SyncError):
        clone(str(pair.remote), empty)
    assert empty.is_dir() and not any(empty.iterdir())
    assert not marker.exists()
    git(bad, *IDENT, "revert", "--no-edit", "HEAD")
    git(bad, "push", "-q", "origin", "HEAD:main")
    clone(str(pair.remote), target)
    assert read(pair.path(target)).id == pair.meeting_id


def test_merge_driver_never_imports_code_from_the_archive(pair: Pair, tmp_path: Path) -> None:
    """Both edit one meeting, so git runs the merge driver inside the secretary's archive,
    where a ``sync`` package lies (untracked, as a plain pull or a hand copy leaves it):
    the real driver merges, the payload never runs, and our sync does not share it."""
    marker = tmp_path / "ran"
    for name in ["sync/__init__.py", "sync/driver.py", "model/__init__.py", "sitecustomize.py"]:
        write(pair.secretary, name, payload(marker))
    edit(pair.path(pair.chair), lambda m: setattr(m.agenda[0], "notes", "Ordförandens"))
    assert pair.sync(pair.chair).pushed
    edit(pair.path(pair.secretary), lambda m: setattr(m.agenda[1], "notes", "Sekreterarens"))

    result = pair.sync(pair.secretary)

    assert not marker.exists()
    assert result.merged and result.pushed
    merged = read(pair.path(pair.secretary))
    assert merged.agenda[0].notes == "Ordförandens"  # both sides: the driver merged
    assert merged.agenda[1].notes == "Sekreterarens"
    assert "sync/driver.py" not in git(pair.remote, "ls-tree", "-r", "--name-only", "main")

    # a plain git pull on the chair's side, with the same payload beside her meeting
    for name in ["sync/__init__.py", "sync/driver.py"]:
        write(pair.chair, name, payload(marker))
    edit(pair.path(pair.chair), lambda m: setattr(m.agenda[2], "notes", "Ordförande igen"))
    git(pair.chair, "add", "meetings")
    git(pair.chair, *IDENT, "commit", "-qm", "chair")
    edit(pair.path(pair.secretary), lambda m: setattr(m.agenda[3], "notes", "Sekreterare igen"))
    assert pair.sync(pair.secretary).pushed
    git(pair.chair, *IDENT, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
    pulled = read(pair.path(pair.chair))
    assert pulled.agenda[2].notes == "Ordförande igen"
    assert pulled.agenda[3].notes == "Sekreterare igen"
    assert not marker.exists()


def test_an_old_driver_line_is_replaced_at_the_next_sync(pair: Pair) -> None:
    old = '"python" -m sync.driver %O %A %B %P'
    git(pair.secretary, "config", f"merge.{DRIVER_NAME}.driver", old)
    pair.sync(pair.secretary)
    line = git(pair.secretary, "config", f"merge.{DRIVER_NAME}.driver").strip()
    assert line == driver_command() and " -I -m sync.driver " in line


def test_own_commits_share_only_archive_files(pair: Pair) -> None:
    """A PDF or a script dropped into the archive folder stays here: committed, it would
    make the other side refuse the sync."""
    write(pair.secretary, "agenda.pdf", b"%PDF-1.4")
    write(pair.secretary, "meetings/notes.txt", b"notes")
    symlink(pair.secretary / "agenda.pdf", pair.secretary / "meetings" / "link.json")
    attributes = pair.secretary / ".gitattributes"
    attributes.write_text(attributes.read_text() + "*.pdf diff=pdf\n")
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "place", "Delas"))
    assert pair.sync(pair.secretary).pushed
    assert "diff=pdf" not in git(pair.remote, "show", "main:.gitattributes")
    shared = git(pair.remote, "ls-tree", "-r", "--name-only", "main").split()
    assert "agenda.pdf" not in shared and "meetings/notes.txt" not in shared
    assert "meetings/link.json" not in shared
    assert (pair.secretary / "agenda.pdf").exists()  # left on disk, only not shared
    # a stray file is not counted as waiting to be shared; the hand-edited line is
    assert status(pair.secretary).changed_files == [".gitattributes"]
    assert pair.sync(pair.chair).merged
    assert read(pair.path(pair.chair)).header.place == "Delas"


def test_limits_are_generous_for_real_minutes(pair: Pair) -> None:
    data = pair.path(pair.secretary).read_bytes()
    assert len(data) * 50 < MAX_STORE_FILE_BYTES
    from model.store.limits import json_depth

    assert json_depth(data) * 4 < MAX_JSON_DEPTH
    load_tables(pair.path(pair.secretary), "meeting")


@pytest.mark.asyncio
async def test_app_start_replaces_an_old_driver_line_and_tells_of_a_refusal(
    pair: Pair, tmp_path: Path
) -> None:
    old = '"python" -m sync.driver %O %A %B %P'
    git(pair.chair, "config", f"merge.{DRIVER_NAME}.driver", old)
    bad = mallory(pair, tmp_path)
    write(bad, "sync/driver.py", payload(tmp_path / "ran"))
    push(bad, "hostile")
    app = chair_app(pair)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        line = git(pair.chair, "config", f"merge.{DRIVER_NAME}.driver").strip()
        assert line == driver_command()
        await pilot.press("f12")
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = [n.message for n in notices_of(app)]
        assert any("do not belong" in m and "sync/driver.py" in m for m in shown), shown
        assert "sync failed" in app.sub_title
    assert not (pair.chair / "sync").exists() and not (tmp_path / "ran").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script stands in for git")
def test_a_program_named_git_in_the_archive_never_runs(pair: Pair, tmp_path: Path) -> None:
    """The installed command run from inside the archive, with "." in PATH (as some
    shells set up): git, and what git starts, come from absolute PATH entries only."""
    marker = tmp_path / "ran"
    for name in ("git", "ssh", "python"):
        fake = pair.secretary / name
        fake.write_text(f"#!/bin/sh\ntouch {marker}\nexit 1\n")
        fake.chmod(0o755)
    edit(pair.path(pair.chair), lambda m: setattr(m.agenda[0], "notes", "Ordförandens"))
    assert pair.sync(pair.chair).pushed
    edit(pair.path(pair.secretary), lambda m: setattr(m.agenda[1], "notes", "Sekreterarens"))
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text('name = "Sara"\nemail = "sara@example.se"\n')
    env = {**os.environ, "MINUTES_CONFIG": str(config), "PATH": f".:{os.environ['PATH']}"}
    env.pop("GIT_PYTHON_GIT_EXECUTABLE", None)
    command = Path(sys.executable).with_name("minutes")
    run = subprocess.run(
        [str(command), "--lang", "en", "--archive", ".", "sync"],
        cwd=pair.secretary,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert not marker.exists()
    assert run.returncode == 0, run.stdout + run.stderr
    merged = read(pair.path(pair.secretary))
    assert merged.agenda[0].notes == "Ordförandens"  # the real driver merged
    assert merged.agenda[1].notes == "Sekreterarens"
    assert "git" not in git(pair.remote, "ls-tree", "-r", "--name-only", "main").split()
