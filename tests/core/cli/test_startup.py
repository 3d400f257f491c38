"""``minutes --help`` and ``minutes list`` import only what they need, and ``list`` output
is made for the reader: a page on the terminal, parseable text in a pipe."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from model.store.archive import Archive
from tests.conftest import REPO
from tests.core.followup.archive_gen import generate

#: Modules a listing never needs: the app, pandoc, git, the agenda importer.
HEAVY = ["textual", "pypandoc", "git", "model.agenda_import", "export.readers"]

PROBE = """
import sys
sys.argv = ["minutes", *sys.argv[1:]]
from tui.cli import main
try:
    main()
except SystemExit:
    pass
heavy = [name for name in {heavy!r} if name in sys.modules]
print("HEAVY=" + ",".join(heavy), file=sys.stderr)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}


def _imported(*args: str) -> list[str]:
    probe = PROBE.format(heavy=HEAVY)
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, env=_env()
    )
    line = next(x for x in done.stderr.splitlines() if x.startswith("HEAVY="))
    return [name for name in line.removeprefix("HEAVY=").split(",") if name]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    return generate(tmp_path_factory.mktemp("startup") / "archive", 45, seed=2)


@pytest.mark.parametrize(
    "args",
    [["--help"], ["list"], ["list", "--all", "--json"], ["actions"], ["search", "prognosen"]],
)
def test_help_and_list_import_no_heavy_module(archive: Archive, args: list[str]) -> None:
    assert _imported("--archive", str(archive.root), *args) == []


def test_the_probe_sees_heavy_imports(archive: Archive) -> None:
    # the check above could pass by not looking: a command that exports does import pandoc
    target = archive.root / "out.md"
    first = archive.meeting_paths()[0].stem
    imported = _imported("--archive", str(archive.root), "export", first, "--to", "docx", "-o",
                         str(target.with_suffix(".docx")))  # fmt: skip
    assert "pypandoc" in imported


def _minutes(archive: Archive, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", "--archive", str(archive.root), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(),
        timeout=120,
    )


def test_piped_list_is_tab_separated_with_column_names(archive: Archive) -> None:
    done = _minutes(archive, "list")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout), delimiter="\t"))
    newest = archive.summaries(limit=40)
    assert [r["id"] for r in rows] == [s.id for s in newest]  # the newest page
    assert rows[0]["date"] == newest[0].date.isoformat()  # type: ignore[union-attr]
    assert rows[0]["body"] == newest[0].body and rows[0]["state"] == newest[0].state.value
    assert "40" in done.stderr and "45" in done.stderr  # "showing the newest 40 of 45"


def test_list_filters_and_all(archive: Archive) -> None:
    everything = _minutes(archive, "list", "--all")
    assert len(everything.stdout.splitlines()) == 46 and everything.stderr == ""
    body = archive.summaries()[0].body
    of_body = _minutes(archive, "list", "--all", "--body", body.upper(), "--json")
    listed = json.loads(of_body.stdout)
    assert listed and all(m["body"] == body for m in listed)
    assert len(listed) == len(archive.summaries(body=body))
    since = _minutes(archive, "list", "--all", "--since", "2020-02-01", "--json")
    assert all(m["date"] >= "2020-02-01" for m in json.loads(since.stdout))
    states = {m["state"] for m in json.loads(_minutes(archive, "list", "--json", "--all").stdout)}
    for state in states:
        chosen = json.loads(_minutes(archive, "list", "--state", state, "--json", "--all").stdout)
        assert chosen and {m["state"] for m in chosen} == {state}
    bad = _minutes(archive, "list", "--since", "not a date")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_search_limit_and_all(archive: Archive) -> None:
    limited = _minutes(archive, "search", "prognosen", "--limit", "3")
    rows = list(csv.DictReader(io.StringIO(limited.stdout), delimiter="\t"))
    assert len(rows) == 3 and all("prognosen" in r["text"].lower() for r in rows)
    every = _minutes(archive, "search", "prognosen", "--all")
    count = len(every.stdout.splitlines()) - 1
    assert count > 3 and f"3 of {count}" in limited.stderr


def test_an_empty_folder_lists_nothing_without_a_traceback(tmp_path: Path) -> None:
    done = _minutes(Archive(tmp_path / "nothing"), "list")
    assert done.returncode == 0 and "minutes new" in done.stdout


def test_help_lists_every_command_as_its_own_help_says() -> None:
    # ``minutes --help`` lists each command from its help in the catalogue, without
    # importing its module: in English that is the command's own text (shortened alike)
    import click

    from tui.cli import HIDDEN_COMMANDS, LAZY_COMMANDS, root
    from tui.i18n_commands import command_help

    ctx = click.Context(root)
    for name in LAZY_COMMANDS:
        real = root.get_command(ctx, name)
        assert real is not None
        assert real.hidden == (name in HIDDEN_COMMANDS), name
        if real.hidden:
            continue  # not listed
        stub = click.Command(name, help=command_help("en", name))
        for limit in (30, 45, 70, 200):
            assert stub.get_short_help_str(limit) == real.get_short_help_str(limit), name


@pytest.mark.parametrize("lang", ["sv", "de"])
def test_help_lists_every_command_in_the_interface_language(lang: str) -> None:
    # each line is the start of the command's own help in that language, never the
    # English (body, elections, motions and template were listed in English before)
    from tui.cli import HIDDEN_COMMANDS, LAZY_COMMANDS
    from tui.i18n_commands import command_help

    done = subprocess.run(
        [sys.executable, "-m", "tui", "--lang", lang, "--help"],
        capture_output=True, text=True, env=_env(), cwd=REPO, encoding="utf-8",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    heading = max(n for n, line in enumerate(lines) if line.endswith(":") and line[:1] != " ")
    listed = dict(line.split(maxsplit=1) for line in lines[heading + 1 :] if line.strip())
    assert set(listed) == set(LAZY_COMMANDS) - HIDDEN_COMMANDS
    for name, shown in listed.items():
        own, english = command_help(lang, name), command_help("en", name)
        assert own is not None and english is not None and own != english, name
        assert " ".join(own.split()).startswith(shown.removesuffix("...")), (name, shown)


def test_help_imports_no_command_module(archive: Archive) -> None:
    probe = PROBE.format(heavy=["tui.cli.meetings", "tui.cli.followup", "tui.cli.sync"])
    done = subprocess.run(
        [sys.executable, "-c", probe, "--archive", str(archive.root), "--help"],
        capture_output=True, text=True, env=_env(),
    )  # fmt: skip
    assert "HEAVY=\n" in done.stderr + "\n" and "list " in done.stdout and "sync " in done.stdout


def _help_in(tmp_path: Path, config: str, *args: str) -> tuple[str, list[str]]:
    """``minutes --help`` with ``config`` as the config file: its text, and which of the
    app's whole config and catalogues it imported."""
    (tmp_path / "config.toml").write_text(config, encoding="utf-8")
    probe = PROBE.format(heavy=["tui.config", "tui.i18n", *HEAVY])
    env = {**_env(), "MINUTES_CONFIG": str(tmp_path), "LANG": "C.UTF-8", "LANGUAGE": ""}
    done = subprocess.run(
        [sys.executable, "-c", probe, *args, "--help"],
        capture_output=True, text=True, encoding="utf-8", env=env,
    )  # fmt: skip
    line = next(x for x in done.stderr.splitlines() if x.startswith("HEAVY="))
    return done.stdout, [name for name in line.removeprefix("HEAVY=").split(",") if name]


@pytest.mark.parametrize(
    ("config", "words"),
    [
        ('language = "de"\n', ["Volltextsuche in allen Sitzungen", "Optionen"]),
        ('name = "Eva"\nlanguage = "Svenska"\n', ["Fritextsökning i alla möten", "Flaggor"]),
        ("", ["Full-text search over all meetings", "Options"]),
        ('language = "klingon"\n', ["Full-text search over all meetings"]),  # bad: none
    ],
)
def test_help_is_in_the_configured_language_without_the_whole_config(
    tmp_path: Path, config: str, words: list[str]
) -> None:
    text, imported = _help_in(tmp_path, config)
    assert all(word in text for word in words), text
    assert imported == []  # the one key read (tui/config_language.py), one catalogue


def test_help_of_a_config_that_is_not_toml_keeps_its_language(tmp_path: Path) -> None:
    # load_config keeps the lines it can read; the light reader leaves such a file to it
    text, imported = _help_in(tmp_path, 'language = "sv"\nthis is not toml\n')
    assert "Fritextsökning i alla möten" in text and "tui.config" in imported


def test_help_with_lang_is_in_that_language(tmp_path: Path) -> None:
    text, imported = _help_in(tmp_path, 'language = "sv"\n', "--lang", "de")
    assert "Die Sitzungen auflisten" in text and imported == []


@pytest.mark.parametrize("args", [["actions"], ["search", "prognosen"]])
def test_the_registers_import_no_meeting_model(archive: Archive, args: list[str]) -> None:
    # answered from an index that is up to date (building it reads the meeting files):
    # the meeting model and the next meeting's rules stay out
    with archive.index():
        pass
    probe = PROBE.format(heavy=["model.meeting", "model.new_meeting", "model.next_meeting"])
    done = subprocess.run(
        [sys.executable, "-c", probe, "--archive", str(archive.root), *args],
        capture_output=True, text=True, env=_env(),
    )  # fmt: skip
    assert "HEAVY=\n" in done.stderr + "\n", done.stderr[-300:]
