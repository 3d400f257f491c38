"""``minutes body set|show``: a body's document settings, and a new meeting that takes them."""

from __future__ import annotations

import json
from pathlib import Path

from model.demo import demo_agenda
from model.store.archive import Archive
from tests.core.cli.test_meetings_cli import minutes


def test_settings_are_kept_in_archive_json_and_given_to_the_next_meeting(tmp_path: Path) -> None:
    body = demo_agenda().header.body
    assert minutes("body", "set", body, "item-times", "on", archive=tmp_path).returncode == 0
    assert minutes("body", "set", body, "quorum", "min:4", archive=tmp_path).returncode == 0
    shown = minutes("body", "show", body, archive=tmp_path)
    assert shown.stdout.splitlines() == ["item-times = on", "quorum = min:4"]
    data = json.loads((tmp_path / "archive.json").read_text(encoding="utf-8"))
    (record,) = data["bodies"].values()
    assert (record["item_times"], record["quorum"]) == (True, "min:4")
    archive = Archive(tmp_path)
    path = archive.create(demo_agenda())  # remembers the body: the settings must stay
    with archive.open(str(path.stem), read_only=True) as store:
        assert store.meeting.header.item_times and store.meeting.header.quorum == "min:4"
    assert archive.registry().body_settings(body) == {"item_times": True, "quorum": "min:4"}


def test_a_bad_value_is_a_sentence_not_a_traceback(tmp_path: Path) -> None:
    result = minutes("body", "set", "Styrelsen", "quorum", "two thirds", archive=tmp_path)
    assert result.returncode == 2
    assert "min:5" in result.stderr and "Traceback" not in result.stderr
    result = minutes("body", "set", "Styrelsen", "item-times", "maybe", archive=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
