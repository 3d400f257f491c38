"""The `minutes` command as a user runs it: a real subprocess of the installed entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

SEED_FACTS = [
    "Södertörnskommunernas ledningsgrupp",
    "Fredagen den 6 maj 2022 kl 8.30-11.00",
    "Huddinge kommunhus lokal Valhall alt Teams",
    "Haninge, ordförande",
    "Nykvarn, via Teams, fr o m punkt 2",
    "Södertälje, via Teams, fr o m punkt 4",
    "Södertörns kommunerna, sekreterare",
    "Ej närvarande",
    "Leif Eriksson",
    "Mats Bergström",
    "Elin Waltersson",
    "Punkten bordlades på grund av tidsbrist.",
    "Fördelningstal. (Carolina Pettersson)",
    "Budget och uppdrag Södertörns Brandförsvarsförbund. (Magnus Gyllestad)",
    "Beslut 1: Ledningsgruppen beslutade att lämna förslaget Fokuserad samverkan",
    "Nästa möte: Fredagen den 17 juni 2022 kl 8.30-11.00",
    "Vid anteckningarna",
    "Justeras",
    "Om man inte deltar på mötet",
]
TITLES = [
    "1. Välkommen", "2. Utestående ärenden och föregående möten", "3. Kommande möten",
    "4. Verksamhetsplan och budget", "5. Nytt utvecklingsprogram", "6. Aktuella remisser",
    "7. Södertörnskonferensen", "8. Tvärförbindelse Södertörn", "9. Aktuellt från nätverken",
    "10. Övriga frågor", "11. Nästa möte",
]  # fmt: skip


def minutes(
    *args: str, archive: Path | None = None, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-m",
        "tui",
        *(["--archive", str(archive)] if archive else []),
        *args,
    ]
    env = {**os.environ, "COLUMNS": "200", "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        command, capture_output=True, text=True, timeout=60, env=env, input=input, encoding="utf-8"
    )


def demo_into(archive: Path) -> str:
    result = minutes("demo", "--into", str(archive))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_demo_into_then_show_prints_every_fact_of_the_seed(archive_path: Path) -> None:
    meeting_id = demo_into(archive_path)
    assert len(meeting_id) == 26
    result = minutes("show", meeting_id, archive=archive_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for fact in SEED_FACTS + TITLES:
        assert fact in out, fact
    # item 8 the standard sentence, item 9 the reference's own ("bordläggs")
    assert out.count("Punkten bordlades på grund av tidsbrist.") == 1
    assert out.count("Punkten bordläggs på grund av tidsbrist.") == 1
    assert (
        out.index("8. Tvärförbindelse") < out.index("Punkten bordlades") < out.index("9. Aktuellt")
    )
    for n in (1, 2, 3):
        assert f"Beslut {n}:" in out


def test_show_json_is_the_documented_file_format(archive_path: Path) -> None:
    meeting_id = demo_into(archive_path)
    result = minutes("show", meeting_id[:12], "--json", archive=archive_path)
    data = json.loads(result.stdout)
    assert data["meta"]["schema"] == {"kind": "meeting", "version": 2}
    assert {"meeting", "attendance", "presence", "items", "decisions", "actions", "events"} <= set(
        data
    )
    assert data == json.loads(
        (archive_path / "meetings" / f"{meeting_id}.json").read_text(encoding="utf-8")
    )


def test_new_from_options_takes_the_roster_and_prints_the_id_last(archive_path: Path) -> None:
    demo_into(archive_path)
    result = minutes(
        "new", "--body", "Södertörnskommunernas ledningsgrupp", "--date", "2022-06-17",
        "--start", "8.30", "--end", "11.00", "--place", "Huddinge kommunhus", archive=archive_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    new_id = result.stdout.strip().splitlines()[-1]
    shown = minutes("show", new_id, archive=archive_path).stdout
    assert "Fredagen den 17 juni 2022 kl 8.30-11.00" in shown
    assert "Magnus Gyllestad" in shown and "Elin Waltersson" in shown
    listing = minutes("list", archive=archive_path).stdout
    assert listing.index("2022-06-17") < listing.index("2022-05-06")


def test_new_without_a_body_outside_a_terminal_is_a_usage_error(archive_path: Path) -> None:
    # not a terminal: nothing to ask, so a missing body is a clear usage error
    result = minutes("new", archive=archive_path, input="")
    assert result.returncode == 2
    assert "--body is required" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "nothing-like-this"], "No meeting matches"),
        (["new", "--body", "X", "--date", "2022-13-45"], "not a date"),
        (["new", "--body", "X", "--start", "25.00"], "not a time"),
        (["show", "2021-01-01"], "No meeting matches"),
    ],
)
def test_bad_input_gets_a_clear_message_and_no_traceback(
    archive_path: Path, args: list[str], message: str
) -> None:
    demo_into(archive_path)
    result = minutes(*args, archive=archive_path)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_ambiguous_reference_lists_the_candidates(archive_path: Path) -> None:
    demo_into(archive_path)
    demo_into(archive_path)
    result = minutes("show", "2022-05-06", archive=archive_path)
    assert result.returncode == 2
    assert "Several meetings match" in result.stderr


def test_swedish_interface_messages(archive_path: Path) -> None:
    result = minutes("--lang", "sv", "show", "finns-inte", archive=archive_path)
    assert "Hittar inget möte" in result.stderr


def test_damaged_meeting_file_is_named_and_nothing_is_overwritten(archive_path: Path) -> None:
    meeting_id = demo_into(archive_path)
    path = archive_path / "meetings" / f"{meeting_id}.json"
    path.write_bytes(b'{"meeting": ')
    result = minutes("show", meeting_id, archive=archive_path)
    assert result.returncode == 2
    assert str(path) in result.stderr and "damaged" in result.stderr
    assert path.read_bytes() == b'{"meeting": '


def test_archive_environment_variable_is_used(
    archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_into(archive_path)
    monkeypatch.setenv("MINUTES_ARCHIVE", str(archive_path))
    assert "2022-05-06" in minutes("list").stdout


@pytest.mark.parametrize(
    "command", [[], ["new"], ["list"], ["show"], ["check"], ["demo"], ["open"]]
)
def test_every_command_has_help(command: list[str]) -> None:
    result = minutes(*command, "--help")
    assert result.returncode == 0
    assert "Usage:" in result.stdout


def test_check_reports_problems_in_plain_words(archive_path: Path) -> None:
    meeting_id = demo_into(archive_path)
    assert "No problems found." in minutes("check", meeting_id, archive=archive_path).stdout
    path = archive_path / "meetings" / f"{meeting_id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    decision = next(iter(data["decisions"].values()))
    decision["text"] = ""
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = minutes("--lang", "sv", "check", meeting_id, archive=archive_path)
    assert result.returncode == 1
    assert "under punkt 5 saknar text" in result.stdout
