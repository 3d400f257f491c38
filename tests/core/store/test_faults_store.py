"""Saving keeps what the user set up (mode, owner, a symlink), a failed save leaves a
copy where there is room, and a file that cannot be read is described in words."""

from __future__ import annotations

import json
import os
import shutil
import stat
import sys
from pathlib import Path

import pytest

from model.demo import demo_meeting
from model.enums import Language
from model.store.archive import Archive
from model.store.errors import DamagedFile, SaveFailed
from model.store.files import atomic_write
from model.store.meeting_store import MeetingStore
from model.store.problems import FileProblem, problem_of
from model.store.rescue import write_rescue_copy

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_a_private_meeting_file_stays_private_after_a_save(archive_path: Path) -> None:
    path = Archive(archive_path).create(demo_meeting())
    path.chmod(0o600)
    with MeetingStore(path) as store:
        store.meeting.items[0].notes = "Hemligt"
        assert store.save()
    assert mode(path) == 0o600
    path.chmod(0o640)  # and a group-readable one stays group-readable, not 0644
    with MeetingStore(path) as store:
        store.meeting.items[0].notes = "Igen"
        assert store.save()
    assert mode(path) == 0o640


@posix_only
def test_a_private_archive_json_stays_private_after_a_save(archive_path: Path) -> None:
    archive = Archive(archive_path)
    archive.create(demo_meeting())
    registry = archive.registry_path
    registry.chmod(0o600)
    archive.create(demo_meeting())  # remembers the body again: archive.json is written
    assert mode(registry) == 0o600


@posix_only
def test_the_owner_of_the_replaced_file_is_kept_where_we_may(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    target.write_bytes(b"{}")
    if os.geteuid() != 0:
        pytest.skip("only root can give a file to another user; as a user the owner is ours")
    os.chown(target, 4242, 4343)
    atomic_write(target, b'{"a": 1}')
    info = target.stat()
    assert (info.st_uid, info.st_gid) == (4242, 4343)


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_a_symlinked_meeting_file_is_written_through_to_its_target(
    archive_path: Path, tmp_path: Path
) -> None:
    """A meeting linked from elsewhere (a synced folder) gets the minutes where the link
    points; replacing the link by a regular file would leave the target behind."""
    path = Archive(archive_path).create(demo_meeting())
    elsewhere = tmp_path / "elsewhere" / path.name
    elsewhere.parent.mkdir()
    shutil.move(path, elsewhere)
    path.symlink_to(elsewhere)
    with MeetingStore(path) as store:
        store.meeting.items[0].notes = "Genom länken"
        assert store.save()
    assert path.is_symlink()
    with MeetingStore(elsewhere, read_only=True) as store:
        assert store.meeting.items[0].notes == "Genom länken"
    assert not list(elsewhere.parent.glob("*.tmp")) and not list(path.parent.glob(".*.tmp"))


def test_a_failed_save_writes_the_unsaved_meeting_to_the_first_place_with_room(
    archive_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk refuses (a folder stands where the file must be replaced); the first
    rescue place is unusable (a file where its folder should be), the second takes it."""
    blocked = tmp_path / "config"
    blocked.write_text("not a folder", encoding="utf-8")
    second = tmp_path / "data"
    monkeypatch.setattr(
        "model.store.rescue.rescue_places", lambda: [blocked / "rescued", second / "rescued"]
    )
    path = Archive(archive_path).create(demo_meeting())
    with MeetingStore(path) as store:
        store.meeting.items[0].notes = "Osparad text"
        shutil.move(path, tmp_path / "kept.json")
        path.mkdir()
        with pytest.raises(SaveFailed) as info:
            store.save()
        copy = info.value.rescued
        assert copy is not None and copy.parent == second / "rescued"
        assert str(copy) in info.value.message(Language.SV)
        assert "En kopia av det osparade mötet skrevs till" in info.value.message(Language.SV)
        with MeetingStore(copy, read_only=True) as kept:  # a whole meeting file
            assert kept.meeting.items[0].notes == "Osparad text"
            assert kept.meeting.people == store.meeting.people
        path.rmdir()
        shutil.move(tmp_path / "kept.json", path)


def test_no_place_with_room_is_said_too(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("x", encoding="utf-8")
    assert (
        write_rescue_copy(tmp_path / "m.json", b"{}", places=[blocked / "a", blocked / "b"]) is None
    )
    failure = SaveFailed(tmp_path / "m.json", "disk full")
    failure.rescue_failed = True
    assert "No copy could be written anywhere else either" in failure.message("en")


@pytest.mark.parametrize(
    ("content", "en", "sv"),
    [
        (
            b'{\n "meeting": {\n  x',
            "damaged: not valid JSON at line 3",
            "skadad: inte giltig JSON på rad 3",
        ),
        (
            b"[" * 100_000,
            "damaged: nested more than 64 levels deep",
            "skadad: nästlad djupare än 64 nivåer",
        ),
        (b"", "damaged: the file is empty", "skadad: filen är tom"),
        (
            b"\xff\xfe\x00garbage",
            "damaged: not UTF-8 text at byte 0",
            "skadad: inte UTF-8-text vid byte 0",
        ),
        (b'{"_default": {"1": {"x": 1}}}', "not a minutes file", "inte en minutes-fil"),
        (b"[1, 2, 3]", "not a minutes file", "inte en minutes-fil"),
        (None, "a folder, not a file", "en mapp, inte en fil"),
    ],
    ids=["json", "nested", "empty", "not-utf8", "tinydb", "list", "folder"],
)
def test_the_archive_list_says_in_words_what_is_wrong(
    archive_path: Path, content: bytes | None, en: str, sv: str
) -> None:
    archive = Archive(archive_path)
    good = archive.create(demo_meeting())
    bad = archive.meeting_path("damaged")
    if content is None:
        bad.mkdir()
    else:
        bad.write_bytes(content)
    summaries = archive.summaries()
    (problem,) = [s.problem for s in summaries if s.path == bad]
    assert problem is not None
    assert (problem.words("en"), problem.words("sv")) == (en, sv)
    assert [s.problem for s in summaries if s.path == good] == [None]
    assert "Error" not in problem.words("en")  # never a class name


def test_a_damaged_file_message_is_in_the_users_language(archive_path: Path) -> None:
    path = Archive(archive_path).create(demo_meeting())
    path.write_bytes(b'{\n "meeting": {\n  x')
    with pytest.raises(DamagedFile) as info:
        MeetingStore(path, read_only=True)
    assert "(inte giltig JSON på rad 3)" in info.value.message(Language.SV)
    assert "(not valid JSON at line 3)" in info.value.message(Language.EN)


def test_problems_round_trip_through_the_listing_index() -> None:
    problem = FileProblem("invalid_json", 7)
    assert FileProblem.from_json(json.loads(json.dumps(problem.to_json()))) == problem
    assert problem.to_json() == {"code": "invalid_json", "at": 7, "detail": ""}  # as before
    big = FileProblem("too_big", found=11_534_336, limit=10_485_760)
    assert FileProblem.from_json(json.loads(json.dumps(big.to_json()))) == big
    assert FileProblem.from_json({"code": "too_big"}) == FileProblem("too_big")  # kept before
    assert FileProblem("too_big").words("en") == "larger than the 10 MB a minutes file may have"
    assert FileProblem.from_json(None) is None
    assert problem_of(PermissionError(13, "Permission denied")).words("sv") == (
        "behörighet saknas för att läsa filen"
    )
