"""``minutes COMMAND --help`` follows the interface language: every command's text, every
option's help and every argument's word has Swedish and German beside the code's English
(tui/locale/*.json; the root's in tui/i18n_commands.py), none is left for a command or
option that is gone, and the help printed is the translation."""

from __future__ import annotations

import importlib
import inspect
import os
import re
import string
import subprocess
import sys
from collections.abc import Iterator

import click
import pytest
from click.testing import CliRunner

from model.enums import Language
from tests.conftest import REPO
from tui.cli import LAZY_COMMANDS, root
from tui.click_i18n import SV as CLICK_SV
from tui.click_i18n import install
from tui.help_i18n import (
    ARGUMENT_PREFIX,
    COMMAND_PREFIX,
    OPTION_PREFIX,
    ROOT,
    command_key,
    option_key,
)
from tui.i18n import CATALOGUES
from tui.i18n_commands import CATALOGUES as ROOT_CATALOGUES

PREFIXES = (COMMAND_PREFIX, OPTION_PREFIX, ARGUMENT_PREFIX)


def _tree() -> dict[str, click.Command]:
    """Every command of ``minutes`` by its dotted path, the lazy ones imported."""
    for module in set(LAZY_COMMANDS.values()):
        importlib.import_module(module)
    found: dict[str, click.Command] = {}

    def walk(command: click.Command, path: str) -> None:
        found[path] = command
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk(sub, f"{path}.{name}")

    walk(root, ROOT)
    return found


def _expected() -> dict[str, str]:
    """key -> the code's English, for every text the help shows."""
    expected: dict[str, str] = {}
    for path, command in _tree().items():
        if command.help:
            expected[command_key(path)] = inspect.cleandoc(command.help)
        for param in command.params:
            if isinstance(param, click.Option) and param.help and param.help not in CLICK_SV:
                expected[option_key(path, param.name or "")] = param.help
            elif isinstance(param, click.Argument) and param.metavar is None:
                word = (param.name or "").upper()
                if word in param.make_metavar(click.Context(command)):  # not a choice
                    expected[f"{ARGUMENT_PREFIX}{param.name}"] = word
    return expected


def test_the_tree_is_walked_whole() -> None:
    tree = _tree()
    assert {"minutes.sync.setup", "minutes.roster.import", "minutes.config.set"} <= set(tree)
    assert len(tree) >= 44
    expected = _expected()
    assert sum(key.startswith(OPTION_PREFIX) for key in expected) >= 66
    assert expected["help.opt.minutes.export.fmt"] == "Document format."


def test_every_help_text_has_every_language_and_its_english_is_the_codes() -> None:
    expected = _expected()
    english = CATALOGUES[Language.EN]
    assert {key: english.get(key) for key in expected} == expected  # not stale
    for language in (Language.SV, Language.DE):
        missing = sorted(key for key in expected if not CATALOGUES[language].get(key))
        assert missing == [], language
        untranslated = sorted(
            key
            for key in expected
            if key.startswith(COMMAND_PREFIX) and CATALOGUES[language][key] == expected[key]
        )
        assert untranslated == [], language


def test_no_help_text_is_left_for_what_is_gone() -> None:
    expected = set(_expected())
    for language in Language:
        left = sorted(
            k for k in CATALOGUES[language] if k.startswith(PREFIXES) and k not in expected
        )
        assert left == [], language


def test_the_roots_texts_are_in_the_light_module() -> None:
    # ``minutes --help`` reads tui/i18n_commands.py alone: the root's keys live there
    own = {command_key(ROOT), *(option_key(ROOT, p.name or "") for p in root.params)}
    root_keys = own & set(_expected())
    assert root_keys >= {"help.cmd.minutes", "help.opt.minutes.archive", "help.opt.minutes.lang"}
    for language in Language:
        assert root_keys <= set(ROOT_CATALOGUES[language.value]), language


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_translations_keep_placeholders_options_and_unwrapped_blocks() -> None:
    english = CATALOGUES[Language.EN]
    for key in _expected():
        for language in (Language.SV, Language.DE):
            text = CATALOGUES[language][key]
            assert _fields(text) == _fields(english[key]), (language, key)
            options = set(re.findall(r"--[a-z][\w-]*", text))
            assert options == set(re.findall(r"--[a-z][\w-]*", english[key])), (language, key)
            assert text.count("\b") == english[key].count("\b"), (language, key)


def _help(*args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8", "LANGUAGE": ""}
    done = subprocess.run(
        [sys.executable, "-m", "tui", *args, "--help"],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return " ".join(done.stdout.split())  # Click wraps the lines


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "sv",
            [
                "Användning: minutes export [FLAGGOR] MÖTE",
                "Exportera protokollet för MÖTE",
                "Ett möte som inte är justerat märks som utkast",
                "Exportera ett protokollsutdrag med bara de här punkterna",
                "Dokumentformat.",
            ],
        ),
        (
            "de",
            [
                "minutes export [OPTIONEN] SITZUNG",
                "Das Protokoll von SITZUNG exportieren",
                "Eine nicht genehmigte Sitzung wird als Entwurf gekennzeichnet",
                "Einen Protokollauszug nur dieser TOPs exportieren",
                "Dokumentformat.",
            ],
        ),
        ("en", ["minutes export [OPTIONS] MEETING", "A meeting that is not approved is marked"]),
    ],
)
def test_export_help_is_in_the_chosen_language(lang: str, words: list[str]) -> None:
    text = _help("--lang", lang, "export")
    assert [word for word in words if word not in text] == [], text
    if lang != "en":
        assert "A meeting that is not approved" not in text and "Document format." not in text


def test_a_groups_help_lists_its_commands_in_the_language() -> None:
    text = _help("--lang", "de", "sync")
    assert "minutes sync [OPTIONEN] [BEFEHL] [ARGUMENTE]..." in text
    assert "Das Archiv zu einem git-Repository machen" in text  # sync setup's line
    assert "Make the archive a git repository" not in text


def test_the_roots_own_help_is_translated_without_the_catalogue() -> None:
    probe = (
        "import sys\nsys.argv = ['minutes', '--lang', 'sv', '--help']\n"
        "from tui.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('LOADED=' + str('tui.i18n' in sys.modules), file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, encoding="utf-8", env=env
    )
    text = " ".join(done.stdout.split())
    assert "Skriv protokollet från ett möte medan det pågår" in text
    assert "Arkivmapp (standard: $MINUTES_ARCHIVE" in text and "LOADED=False" in done.stderr


@pytest.fixture
def english_click() -> Iterator[None]:
    yield
    install(Language.EN)  # root() installed the language of the last run: Click's own again


@pytest.mark.usefixtures("english_click")
def test_the_english_is_back_after_a_translated_help_and_a_changed_text_shows_itself() -> None:
    runner = CliRunner()
    swedish = runner.invoke(root, ["--lang", "sv", "export", "--help"])
    assert "Dokumentformat." in swedish.output
    english = runner.invoke(root, ["--lang", "en", "export", "--help"])
    assert "Document format." in english.output and "Dokumentformat." not in english.output
    export = _tree()["minutes.export"]
    fmt = next(p for p in export.params if p.name == "fmt")
    assert isinstance(fmt, click.Option)
    original = fmt.help
    fmt.help = "The document's format."  # a changed text: its translation would be stale
    try:
        changed = runner.invoke(root, ["--lang", "sv", "export", "--help"])
    finally:
        fmt.help = original
    assert "The document's format." in changed.output and "Dokumentformat." not in changed.output
