"""``minutes template ...`` and ``minutes new`` of a body that has a template."""

from __future__ import annotations

import json
from pathlib import Path

from model.enums import ItemKind
from model.store.archive import Archive
from tests.cli.test_meetings_cli import minutes


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
