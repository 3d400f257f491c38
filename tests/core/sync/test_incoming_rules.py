"""The rules of what a sync takes from the remote (sync/incoming.py), file by file, and
finding programs only on absolute PATH entries (model/programs.py)."""

from __future__ import annotations

import os
import sys
from functools import partial
from pathlib import Path

import pytest

from model.programs import find_program, search_path
from model.store.limits import MAX_STORE_FILE_BYTES
from sync.incoming import Entry, describe, parse_tree, refusals
from sync.repofiles import GITATTRIBUTES_LINES, GITIGNORE_LINES

OURS_ATTRIBUTES = ("\n".join(GITATTRIBUTES_LINES) + "\n").encode()
OURS_IGNORE = ("\n".join(GITIGNORE_LINES) + "\n").encode()


def check(path: str, mode: str = "100644", size: int = 10, content: bytes = b"{}") -> str | None:
    kind = "commit" if mode == "160000" else "blob"
    entry = Entry(mode, kind, "0" * 40, size, path)
    found = refusals([entry], lambda _e: False, lambda _oid: content)
    return found[0].reason if found else None


@pytest.mark.parametrize(
    "path",
    [
        "archive.json",
        "meetings/01M8SSG7VH2SWWXQQ7NA7NFKF4.json",
        "meetings/2024-05-06_styrelsemöte.json",
    ],
)
def test_archive_files_pass(path: str) -> None:
    assert check(path) is None


@pytest.mark.parametrize(
    "path",
    [
        "sync/driver.py",
        "sitecustomize.py",
        "meetings/sub/x.json",
        "meetings/x.txt",
        "meetings/.x.json",
        "meetings/..json",
        "meetings/CON.json",
        "Meetings/x.json",
        "ARCHIVE.JSON",
        ".GITATTRIBUTES",
        ".gitmodules",
        "meetings/.gitattributes",
        "meetings/.local/locks/x.json.lock",
        "x.json",
    ],
)
def test_other_paths_are_refused(path: str) -> None:
    assert check(path) == "not a file of an archive"


def test_modes_other_than_plain_files_are_refused() -> None:
    assert check("meetings/x.json", "120000") == "a symbolic link"
    assert check("meetings/x.json", "160000") == "a submodule"
    assert check("meetings/x.json", "100755") is None  # an executable bit harms nothing


def test_size_and_depth_limits() -> None:
    assert "more than the 10 MB" in str(check("archive.json", size=MAX_STORE_FILE_BYTES + 1))
    assert check("archive.json", size=MAX_STORE_FILE_BYTES) is None
    assert "nested more than" in str(check("meetings/x.json", content=b"[" * 1000))


def test_our_gitattributes_and_gitignore_pass_in_any_order_with_comments() -> None:
    assert check(".gitattributes", content=OURS_ATTRIBUTES) is None
    assert check(".gitignore", content=OURS_IGNORE) is None
    shuffled = b"\r\n".join(reversed(OURS_IGNORE.splitlines())) + b"\r\n\n# mine\n"
    assert check(".gitignore", content=shuffled) is None
    assert check(".gitattributes", content=b"") is None


@pytest.mark.parametrize(
    "line",
    [
        b"*.json filter=lfs",
        b"meetings/*.json merge=union",
        b"archive.json diff=exif",
        b"* text eol=crlf",
        b"meetings/*.json merge=minutes -text working-tree-encoding=UTF-16",
    ],
)
def test_other_gitattributes_lines_are_refused(line: bytes) -> None:
    reason = check(".gitattributes", content=OURS_ATTRIBUTES + line + b"\n")
    assert reason is not None and "is not one minutes writes" in reason


def test_a_gitignore_that_hides_meetings_is_refused() -> None:
    assert check(".gitignore", content=OURS_IGNORE + b"meetings/\n") is not None
    assert check(".gitignore", content=b"\xff\xfe binary") is not None


def test_unchanged_entries_pass_and_the_sentence_names_the_first_five() -> None:
    entries = [Entry("100644", "blob", "0" * 40, 1, f"junk{i}.txt") for i in range(7)]
    assert refusals(entries, lambda _e: True, lambda _o: b"") == []
    found = refusals(entries, lambda _e: False, lambda _o: b"")
    text = describe(found)
    assert "junk0.txt (not a file of an archive)" in text and text.endswith("+2")


def test_the_refused_files_are_said_in_the_interface_language() -> None:
    """Why a file is refused is a code and values (model/locale/errors "incoming.<code>"):
    the sentence around it is the interface's, and so are the reasons, never English
    inside a Swedish sentence; the English stays as it was."""
    from sync.errors import SyncError

    entries = [
        Entry("120000", "blob", "0" * 40, 1, "meetings/link.json"),
        Entry("100644", "blob", "1" * 40, 30_000_000, "meetings/big.json"),
        Entry("100755", "tree", "2" * 40, 1, "meetings/odd.json"),
    ]
    found = refusals(entries, lambda _e: False, lambda _o: b"{}")
    assert {r.code for r in found} == {"symlink", "too_big", "git_mode"}
    error = SyncError("refused_files", describe(found), worded=partial(describe, found))
    assert "meetings/big.json (28.6 MB, more than the 10 MB a minutes file may have)" in (
        error.detail_in("en")
    )
    assert error.detail_in("en") == error.detail
    swedish = error.detail_in("sv")
    assert "meetings/link.json (en symbolisk länk)" in swedish
    assert "meetings/big.json (28.6 MB, mer än de 10 MB en minutes-fil får ha)" in swedish
    assert "git-läge 100755" in swedish
    assert "ein symbolischer Link" in error.detail_in("de")
    assert SyncError("git_failed", "fatal: x").detail_in("sv") == "fatal: x"  # git's own


def test_tree_listing_is_parsed_with_odd_names() -> None:
    listing = (
        b"100644 blob " + b"a" * 40 + b"     12\tmeetings/a b\tc.json\0"
        b"160000 commit " + b"b" * 40 + b"       -\tevil\0"
    )
    entries = parse_tree(listing)
    assert entries["meetings/a b\tc.json"].size == 12
    assert entries["evil"].size is None and entries["evil"].kind == "commit"


def test_programs_are_never_found_in_relative_path_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / ("git.exe" if sys.platform == "win32" else "git")
    fake.write_text("#!/bin/sh\necho evil\n")
    fake.chmod(0o755)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PATH", os.pathsep.join([".", "", "bin", str(tmp_path / "none")]))
    assert search_path() == str(tmp_path / "none")
    assert find_program("git") is None
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_program("git") == str(fake)


@pytest.mark.parametrize(
    ("data", "swedish"),
    [
        (b"[" * 100_000, "meetings/a.json: nästlad djupare än 64 nivåer"),
        (b"\xff\xfe", "meetings/a.json: inte UTF-8-text vid byte 0"),
        (b"a\n<<<<<<< ours\n", "meetings/a.json: konfliktmarkeringar"),
        (b"", "meetings/a.json: filen är tom"),
        (b"{}xyz", "meetings/a.json: 3 överblivna byte efter datan"),
        (b"{}x", "meetings/a.json: 1 överbliven byte efter datan"),
        (
            b" " * (MAX_STORE_FILE_BYTES + 1),
            "meetings/a.json: 10.0 MB, mer än de 10 MB en minutes-fil får ha",
        ),
    ],
    ids=["deep", "not-utf8", "markers", "empty", "stray", "one-stray", "big"],
)
def test_a_damaged_merged_file_is_said_in_the_interface_language(data: bytes, swedish: str) -> None:
    from sync.errors import SyncError
    from sync.filecheck import check_blob

    with pytest.raises(SyncError) as info:
        check_blob("meetings/a.json", data)
    assert info.value.detail_in("sv") == swedish
    assert info.value.detail_in("en") == info.value.detail  # the English as it was
