"""Store files over the size or nesting limit are damaged files: a sentence, never a
RecursionError or MemoryError, the rest of the archive unharmed, no byte lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from model.demo import demo_meeting
from model.enums import Language
from model.error_texts import ERRORS
from model.store.archive import Archive
from model.store.errors import DamagedFile
from model.store.limits import (
    MAX_JSON_DEPTH,
    MAX_STORE_FILE_BYTES,
    TOO_BIG,
    TOO_DEEP,
    OverLimit,
    json_depth,
    loads_limited,
    read_limited,
)
from model.store.load import backup_path, load_tables, local_dir
from model.store.meeting_store import MeetingStore
from model.store.problems import FileProblem, problem_of
from model.texts import lookup

REPO = Path(__file__).resolve().parents[3]


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def test_depth_counts_brackets_outside_strings_only() -> None:
    assert json_depth(b'{"a": [1, {"b": "[[[{{{"}]}') == 3
    assert json_depth(b'{"a": "quote \\" [[[ still text", "b": []}') == 2
    assert json_depth(b'"plain"') == 0
    assert json_depth(nested(100_000)) == 100_000


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='[]{}"\\ab,:'),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=20,
)


def true_depth(value: object) -> int:
    if isinstance(value, list):
        return 1 + max((true_depth(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((true_depth(v) for v in value.values()), default=0)
    return 0


@given(json_values)
def test_depth_scan_agrees_with_the_decoded_value(value: object) -> None:
    assert json_depth(json.dumps(value).encode()) == true_depth(value)
    assert json_depth(json.dumps(value, ensure_ascii=False).encode()) == true_depth(value)


def test_loads_limited_refuses_with_a_code_and_the_numbers() -> None:
    assert loads_limited(nested(MAX_JSON_DEPTH)) == json.loads(nested(MAX_JSON_DEPTH))
    with pytest.raises(OverLimit, match="nested more than 64 levels") as deep:
        loads_limited(nested(100_000))
    assert (deep.value.code, deep.value.found, deep.value.limit) == (TOO_DEEP, 100_000, 64)
    with pytest.raises(OverLimit, match="more than the 10 MB") as big:
        loads_limited(b" " * (MAX_STORE_FILE_BYTES + 1))
    assert (big.value.code, big.value.found) == (TOO_BIG, MAX_STORE_FILE_BYTES + 1)
    assert big.value.limit == MAX_STORE_FILE_BYTES
    # the problem is made from the code and the numbers, whatever the exception says
    big.value.args = ("something else entirely",)
    assert problem_of(big.value) == FileProblem(
        TOO_BIG, found=MAX_STORE_FILE_BYTES + 1, limit=MAX_STORE_FILE_BYTES
    )
    assert problem_of(deep.value).what(Language.DE) == "tiefer als 64 Ebenen verschachtelt"


#: what a file over each limit is, in each language (a file of 11 MiB)
OVER_LIMIT = {
    Language.SV: ("11.0 MB, mer än de 10 MB en minutes-fil får ha", "nästlad djupare än 64 nivåer"),
    Language.EN: (
        "11.0 MB, more than the 10 MB a minutes file may have",
        "nested more than 64 levels deep",
    ),
    Language.DE: (
        "11.0 MB, mehr als die 10 MB, die eine minutes-Datei haben darf",
        "tiefer als 64 Ebenen verschachtelt",
    ),
}
DAMAGED = {
    Language.SV: "Filen {path} är skadad och kan inte läsas ({what}).",
    Language.EN: "The file {path} is damaged and cannot be read ({what}).",
    Language.DE: "Die Datei {path} ist beschädigt und kann nicht gelesen werden ({what}).",
}
RECOVERED = {
    Language.SV: "Filen {path} var skadad ({what}); återställd från senaste fungerande kopia.",
    Language.EN: "The file {path} was damaged ({what}); recovered from the last good copy.",
    Language.DE: (
        "Die Datei {path} war beschädigt ({what}); wiederhergestellt aus der letzten "
        "funktionierenden Kopie."
    ),
}


@pytest.mark.parametrize("language", list(Language))
def test_a_file_over_a_limit_is_said_in_the_users_language(
    archive_path: Path, language: Language
) -> None:
    archive = Archive(archive_path)
    big, deep = archive.create(demo_meeting()), archive.create(demo_meeting())
    with MeetingStore(deep):  # leaves a last good copy of this one
        pass
    data = json.loads(big.read_bytes())
    data["padding"] = "x" * (MAX_STORE_FILE_BYTES + 1_048_576 - len(big.read_bytes()) - 16)
    big.write_bytes(json.dumps(data).encode().ljust(MAX_STORE_FILE_BYTES + 1_048_576))
    deep.write_bytes(nested(100_000))
    too_big, too_deep = OVER_LIMIT[language]
    with pytest.raises(DamagedFile) as info:
        MeetingStore(big, read_only=True)  # no good copy: refused
    assert info.value.message(language).startswith(DAMAGED[language].format(path=big, what=too_big))
    with MeetingStore(deep, read_only=True) as store:  # recovered from its good copy
        assert store.recovery is not None
        assert store.recovery.message(language) == RECOVERED[language].format(
            path=deep, what=too_deep
        )
    backup_path(deep).unlink()
    with pytest.raises(DamagedFile) as info:
        MeetingStore(deep, read_only=True)
    assert DAMAGED[language].format(path=deep, what=too_deep) in info.value.message(language)
    listed = {s.path: s.problem for s in archive.summaries()}
    assert [p.words(language) for p in (listed[big], listed[deep]) if p] == [
        too_big,
        lookup(ERRORS, language, "problem.damaged_prefix", what=too_deep),
    ]


def test_a_deep_meeting_is_a_damaged_file_and_the_others_still_work(
    archive_path: Path,
) -> None:
    archive = Archive(archive_path)
    good = archive.create(demo_meeting())
    deep = archive.meetings_dir / "01ZZZZDEEP000000000000000.json"
    deep.write_bytes(b"[" * 100_000)
    with pytest.raises(DamagedFile) as info:
        load_tables(deep, "meeting")
    assert "nested more than 64 levels deep" in info.value.message("en")
    with pytest.raises(DamagedFile):
        MeetingStore(deep, read_only=True)
    summaries = archive.summaries()
    assert {s.path for s in summaries} == {good, deep}
    assert next(s for s in summaries if s.path == deep).problem
    with MeetingStore(good, read_only=True) as store:
        assert store.meeting.id


def test_an_oversized_meeting_recovers_from_its_good_copy_and_is_kept_whole(
    archive_path: Path,
) -> None:
    path = Archive(archive_path).create(demo_meeting())
    with MeetingStore(path) as store:  # leaves a last good copy
        store.meeting.agenda[0].notes = "Före"
        store.save()
    data = json.loads(path.read_bytes())
    data["padding"] = {"p": {"n": "x" * (MAX_STORE_FILE_BYTES + 10)}}
    big = json.dumps(data).encode()
    path.write_bytes(big)
    with MeetingStore(path) as store:
        assert store.recovery is not None and store.recovery.source == "last good copy"
        assert "more than the 10 MB" in store.recovery.message("en")
        assert store.meeting.agenda[0].notes == "Före"
    (kept,) = sorted((local_dir(path) / "damaged").iterdir())
    assert kept.read_bytes() == big  # moved aside whole, not a truncated copy
    assert len(path.read_bytes()) < MAX_STORE_FILE_BYTES


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_meeting_linked_to_an_endless_device_reads_only_up_to_the_limit(
    archive_path: Path,
) -> None:
    meetings = Archive(archive_path).meetings_dir
    meetings.mkdir(parents=True, exist_ok=True)
    link = meetings / "01ZZZZZERO000000000000000.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(OverLimit):
        read_limited(link)
    with pytest.raises(DamagedFile):
        load_tables(link, "meeting")


@pytest.mark.parametrize("command", [["list"], ["show", "01ZZZZDEEP"], ["check", "01ZZZZ"]])
def test_commands_on_an_archive_with_a_deep_file_say_so_without_traceback(
    archive_path: Path, command: list[str]
) -> None:
    archive = Archive(archive_path)
    archive.create(demo_meeting())
    (archive.meetings_dir / "01ZZZZDEEP000000000000000.json").write_bytes(b"[" * 100_000)
    run = subprocess.run(
        [sys.executable, "-m", "tui", "--lang", "en", "--archive", str(archive_path), *command],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env={**os.environ, "COLUMNS": "200", "PYTHONIOENCODING": "utf-8"},
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    out = run.stdout + run.stderr
    assert "Traceback" not in out and "RecursionError" not in out
    if command == ["list"]:
        assert run.returncode == 0 and "2022-05-06" in out  # the good meeting is listed
    else:
        assert "nested more than 64 levels deep" in out
