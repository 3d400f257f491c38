"""``minutes template ...`` and ``minutes new`` of a body that has a template."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from model.enums import ItemKind
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from tests.conftest import REPO
from tests.core.cli.test_meetings_cli import minutes


def test_a_template_set_shown_and_used_by_a_new_meeting(tmp_path: Path) -> None:
    done = minutes("--lang", "sv", "template", "set", "Styrelsen", "--default", archive=tmp_path)
    assert done.returncode == 0, done.stderr
    shown = minutes("--lang", "sv", "template", "show", "Styrelsen", archive=tmp_path)
    assert "1. Mötets öppnande  (öppnande)" in shown.stdout
    assert "7. Mötets avslutande  (avslutning)" in shown.stdout
    english = minutes("template", "set", "Board", "--default", archive=tmp_path)
    assert english.returncode == 0
    assert "Opening of the meeting" in minutes("template", "show", "Board", archive=tmp_path).stdout

    lines = "1. Välkommen\n2. Kommande möten\n\n- Övriga frågor\nNästa möte\n"
    done = minutes("template", "set", "Styrelsen", archive=tmp_path, input=lines)
    assert done.returncode == 0 and "4 items" in done.stdout, done.stderr
    rules = "Om man inte deltar på mötet står man bakom besluten."
    assert minutes("template", "rules", "Styrelsen", rules, archive=tmp_path).returncode == 0
    template = Archive(tmp_path).registry().template("styrelsen")
    assert template is not None and template.rules == rules
    assert [i.kind for i in template.items] == [
        ItemKind.OPENING,
        ItemKind.REGULAR,  # "Kommande möten" is a discussion, not the next meeting
        ItemKind.ANY_OTHER_BUSINESS,
        ItemKind.NEXT_MEETING,
    ]

    made = minutes(
        "new", "--body", "Styrelsen", "--date", "17 juni", "--place", "Valhall alt Teams",
        "--remote", "Teams", archive=tmp_path,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "template (4 items)" in made.stdout
    meeting_id = made.stdout.strip().splitlines()[-1]
    data = json.loads(minutes("show", meeting_id, "--json", archive=tmp_path).stdout)
    (header,) = data["meeting"].values()
    assert header["date"].endswith("-06-17")
    assert (header["place"], header["remote"]) == ("Valhall", "Teams")
    assert header["rules"] == rules
    titles = sorted((i["position"], i["title"]) for i in data["items"].values())
    assert [t for _p, t in titles] == ["Välkommen", "Kommande möten", "Övriga frågor", "Nästa möte"]


def test_bad_template_input_is_a_sentence(tmp_path: Path) -> None:
    empty = minutes("template", "set", "Styrelsen", archive=tmp_path, input="\n \n")
    assert empty.returncode == 2 and "no items" in empty.stderr
    assert "Traceback" not in empty.stderr
    missing = minutes(
        "template", "set", "Styrelsen", "--file", str(tmp_path / "nope.txt"), archive=tmp_path
    )
    assert missing.returncode == 2 and "Could not read" in missing.stderr
    assert "Traceback" not in missing.stderr
    none = minutes("template", "show", "Styrelsen", archive=tmp_path)
    assert "no agenda template" in none.stdout
    assert "no agenda template" in minutes("template", "remove", "X", archive=tmp_path).stdout


def test_a_date_without_a_year_is_a_date_of_this_year(tmp_path: Path) -> None:
    made = minutes("new", "--body", "Styrelsen", "--date", "32 juni", archive=tmp_path)
    assert made.returncode == 2 and "not a date" in made.stderr
    assert "Traceback" not in made.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal (POSIX)")
def test_minutes_new_asks_only_what_the_agenda_did_not_say(tmp_path: Path) -> None:
    import os
    import pty

    agenda = tmp_path / "dagordning.md"
    agenda.write_text(
        "Tid: Fredagen den 6 maj 2022 kl 8.30-11.00\n"
        "Plats: Huddinge kommunhus lokal Valhall alt Teams\n\n"
        "1. Välkommen\n2. Kommande möten\n3. Övriga frågor\n4. Nästa möte\n",
        encoding="utf-8",
    )
    master, slave = pty.openpty()
    command = [sys.executable, "-m", "tui", "--archive", str(tmp_path / "a"), "--lang", "sv"]
    command += ["new", "--agenda", str(agenda), "--remote", "Teams"]
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    os.write(master, b"y\nLedningsgruppen\n\n")  # confirm, body, Enter for the title
    output = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    assert process.wait(timeout=60) == 0, output.decode(errors="replace")
    os.close(master)
    text = output.decode("utf-8", errors="replace")
    assert "Organ: styrelsen, nämnden eller gruppen" in text
    assert "Rubrik: mötets namn i arkivlistan" in text
    for not_asked in ("Datum för mötet", "Planerad starttid", "Plats, visas"):
        assert not_asked not in text  # the agenda said it
    (summary,) = Archive(tmp_path / "a").summaries()
    assert str(summary.date) == "2022-05-06"
    with MeetingStore(summary.path, read_only=True) as store:
        header = store.meeting.header
    assert (header.place, header.remote) == ("Huddinge kommunhus lokal Valhall", "Teams")
    assert [i.kind for i in store.meeting.agenda].count(ItemKind.NEXT_MEETING) == 1
