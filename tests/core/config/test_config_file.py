"""The config file on disk: read, checked and written back without losing the user's file."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.enums import Language
from model.store.locations import config_file
from tests.core.config.helpers import LEGACY_CLASH, readme_config, readme_keymap_block, write_config
from tui.commands import binding_ids
from tui.config import Config, ConfigNotSaved, load_config, save_config, save_setting

README_KEYMAP = {
    "next_item": "f10,ctrl+n",
    "table_item": "ctrl+b",
    "next_item.letter": "j",
    "attendance.present": "n",
}


def sentences(config: Config, lang: Language = Language.EN) -> list[str]:
    return [p.message(lang) for p in config.problems]


def test_the_readme_keymap_is_read_as_written() -> None:
    write_config(readme_config())
    config = load_config()
    assert config.problems == []
    assert config.keymap == README_KEYMAP
    assert (config.name, config.email, config.language) == (
        "Anna Andersson",
        "anna@example.se",
        "sv",
    )
    assert config.sync_interval == 120


def test_a_save_keeps_comments_order_unknown_keys_and_quotes_ids_with_dots() -> None:
    original = readme_config(identity=False)
    path = write_config(original)
    config = load_config()
    config.name, config.email = "Anna Andersson", "anna@example.se"
    save_config(config)
    text = path.read_text(encoding="utf-8")
    # everything the user wrote is still there, line for line and in order
    lines = [line for line in original.splitlines() if line.strip()]
    positions = [text.splitlines().index(line) for line in lines]
    assert positions == sorted(positions)
    assert 'future_setting = "kept"' in text and "# the single-letter key of a command" in text
    assert '"next_item.letter" = "j"' in text and '"attendance.present" = "n"' in text
    data = tomllib.loads(text)  # still a valid TOML file
    assert data["keymap"] == README_KEYMAP
    again = load_config()
    assert again.problems == []
    assert (again.name, again.email, again.keymap) == (
        "Anna Andersson",
        "anna@example.se",
        README_KEYMAP,
    )


def test_a_save_that_changes_nothing_leaves_the_file_byte_identical() -> None:
    path = write_config(readme_config())
    before = path.read_bytes()
    save_config(load_config())
    assert path.read_bytes() == before


def test_a_changed_key_binding_is_written_as_a_quoted_id_and_read_back() -> None:
    path = write_config(readme_config())
    config = load_config()
    config.keymap["undo.letter"] = "z"
    del config.keymap["table_item"]
    save_config(config)
    text = path.read_text(encoding="utf-8")
    assert '"undo.letter" = "z"' in text and "table_item" not in text
    assert "# the single-letter key of a command" in text
    expected = {**README_KEYMAP, "undo.letter": "z"}
    del expected["table_item"]
    assert load_config().keymap == expected


def test_the_old_unquoted_ids_beside_their_command_are_reported_and_the_rest_is_kept() -> None:
    """What the old save_config wrote from the README keymap: the file no longer parsed and
    every setting silently went back to its default."""
    path = write_config(LEGACY_CLASH)
    config = load_config()
    assert (config.name, config.email, config.language) == (
        "Anna Andersson",
        "anna@example.se",
        "sv",
    )
    assert config.keymap == {
        "attendance.present": "n",
        "next_item": "f10,ctrl+n",
        "table_item": "ctrl+b",
    }
    [message] = sentences(config)
    assert f"{path}, line 9" in message and "next_item.letter" in message
    assert '"next_item.letter" = "j"' in message  # says how to write it
    # the file it could not read is never replaced
    before = path.read_bytes()
    config.theme = "nord"
    with pytest.raises(ConfigNotSaved) as refused:
        save_config(config)
    assert "line 9" in refused.value.message(Language.EN)
    assert path.read_bytes() == before


def test_ids_an_old_version_wrote_as_nested_tables_are_read_as_ids() -> None:
    path = write_config('[keymap]\nnext_item.letter = "j"\nattendance.present = "n"\n')
    config = load_config()
    assert config.problems == []
    assert config.keymap == {"next_item.letter": "j", "attendance.present": "n"}
    config.keymap["next_item.letter"] = "k"
    save_config(config)
    assert load_config().keymap == {"next_item.letter": "k", "attendance.present": "n"}
    assert "attendance.present" in path.read_text(encoding="utf-8")


GOOD = (
    'name = "Anna Andersson"\n'
    'email = "anna@example.se"\n'
    'language = "en"\n'
    'theme = "nord"\n'
    "sync_interval = 120\n"
    "git_timeout = 45\n"
    "[keymap]\n"
    'next_item = "f10,ctrl+n"\n'
    '"next_item.letter" = "j"\n'
)
GOOD_VALUES = {
    "name": "Anna Andersson",
    "email": "anna@example.se",
    "language": "en",
    "theme": "nord",
    "sync_interval": 120,
    "git_timeout": 45,
    "keymap": {"next_item": "f10,ctrl+n", "next_item.letter": "j"},
}

# (the line to put in, the key named, what the key becomes, words of the sentence)
BAD_VALUES = [
    ('language = "klingon"', "language", "", '"klingon"'),
    ('language = "sv_XX_nonsense!"', "language", "sv", None),  # a locale form: understood
    ("language = 5", "language", "", "5"),
    ('sync_interval = "30"', "sync_interval", 5, "sync_interval = 30"),
    ("sync_interval = -5", "sync_interval", 5, "at least 0"),
    ("sync_interval = true", "sync_interval", 5, "whole number"),
    ("sync_interval = 2.5", "sync_interval", 5, "whole number"),
    ("git_timeout = 0", "git_timeout", 30, "at least 1"),
    ('git_timeout = "soon"', "git_timeout", 30, "whole number"),
    ("name = 42", "name", "", "text in quotes"),
    ('name = "Anna\\u0007"', "name", "", "control characters"),
    ('email = "anna at home"', "email", "", "e-mail address"),
    ("email = []", "email", "", "text in quotes"),
    ("theme = 1", "theme", "", "text in quotes"),
]


@pytest.mark.parametrize(("line", "key", "default", "words"), BAD_VALUES)
def test_a_bad_value_gets_one_sentence_and_only_that_key_its_default(
    line: str, key: str, default: object, words: str | None
) -> None:
    lines = GOOD.splitlines()
    index = next(i for i, text in enumerate(lines) if text.startswith(key + " "))
    lines[index] = line
    path = write_config("\n".join(lines) + "\n")
    before = path.read_bytes()
    config = load_config()
    assert getattr(config, key) == default
    for other, value in GOOD_VALUES.items():
        if other != key:
            assert getattr(config, other) == value, other
    if words is None:  # accepted as what the user meant
        assert config.problems == []
        return
    [message] = sentences(config)
    assert f"{path}, line {index + 1}: " in message and key in message and words in message
    assert message.count(". ") == 0 and message.endswith(".")  # one sentence
    assert path.read_bytes() == before
    # saving another key keeps the user's text of the bad one as it is
    config.email = "ny@example.se" if key != "email" else config.email
    config.name = "Ny Person" if key != "name" else config.name
    save_config(config)
    text = path.read_text(encoding="utf-8")
    assert line in text.splitlines()
    again = load_config()
    assert [p.key for p in again.problems] == [key]
    assert again.keymap == GOOD_VALUES["keymap"]


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ('nxet_item = "f10"', 'key id "nxet_item" is not one of'),
        ('"next_item.letter" = 5', "must be keys in quotes"),
        ('table_item = "ctrl+b,,"', "must be keys in quotes"),
    ],
)
def test_a_bad_keymap_entry_is_left_out_and_the_other_keys_are_used(entry: str, words: str) -> None:
    path = write_config(GOOD.replace('"next_item.letter" = "j"', entry))
    config = load_config()
    assert config.keymap["next_item"] == "f10,ctrl+n"
    [message] = sentences(config)
    assert f"{path}, line 9: " in message and words in message
    assert config.name == "Anna Andersson"


def test_a_keymap_that_is_not_a_table_is_reported() -> None:
    path = write_config('name = "Anna"\nkeymap = "ctrl+n"\n')
    config = load_config()
    assert config.keymap == {} and config.name == "Anna"
    [message] = sentences(config)
    assert f"{path}, line 2: keymap" in message


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('name = "Anna\nemail = "anna@example.se"\n', 1),
        ('name = "Anna"\nthis is not toml\nemail = "anna@example.se"\n', 2),
        ('name = "Anna"\nemail = "anna@example.se"\nname = "Berit"\n', 3),
    ],
)
def test_a_syntax_error_names_the_line_keeps_the_rest_and_the_file_is_never_overwritten(
    text: str, line: int
) -> None:
    path = write_config(text)
    before = path.read_bytes()
    config = load_config()
    assert config.email == "anna@example.se"
    assert any(f"{path}, line {line}: " in m and "TOML" in m for m in sentences(config))
    for attempt in (lambda: save_config(config), lambda: save_setting("theme", "nord")):
        with pytest.raises(ConfigNotSaved) as refused:
            attempt()
        assert f"line {line}" in refused.value.message(Language.EN)
        assert str(path) in refused.value.message(Language.SV)
    assert path.read_bytes() == before


def test_a_file_that_is_not_utf8_or_not_readable_is_reported_and_never_replaced() -> None:
    path = write_config("")
    path.write_bytes(b'name = "\xe5sa"\n')
    config = load_config()
    assert config.name == ""
    assert "UTF-8" in sentences(config)[0]
    with pytest.raises(ConfigNotSaved):
        save_config(Config(name="Åsa"))
    assert path.read_bytes() == b'name = "\xe5sa"\n'
    path.unlink()
    path.mkdir()  # a folder where the file should be: cannot be read (even by root)
    assert "cannot be read" in sentences(load_config())[0]
    with pytest.raises(ConfigNotSaved):
        save_config(Config(name="Åsa"))
    assert path.is_dir()


def test_a_missing_file_gives_the_defaults_and_the_first_save_creates_it() -> None:
    assert not config_file().exists()
    config = load_config()
    assert config == Config() and config.problems == []
    config.name = "Anna"
    save_config(config)
    assert tomllib.loads(config_file().read_text(encoding="utf-8")) == {"name": "Anna"}


def test_environment_variables_win_for_the_run_and_are_never_written() -> None:
    path = write_config(GOOD)
    env = {"MINUTES_NAME": "Skript Användare", "MINUTES_EMAIL": "skript@example.se"}
    config = load_config(environ=env)
    assert (config.name, config.email) == ("Skript Användare", "skript@example.se")
    assert config.from_env == {"name": "MINUTES_NAME", "email": "MINUTES_EMAIL"}
    config.theme = "gruvbox"
    save_config(config)
    text = path.read_text(encoding="utf-8")
    assert "Skript" not in text and 'name = "Anna Andersson"' in text
    assert 'theme = "gruvbox"' in text


def test_a_bad_environment_variable_is_reported_and_the_file_value_used() -> None:
    write_config(GOOD)
    config = load_config(environ={"MINUTES_EMAIL": "not an address"})
    assert config.email == "anna@example.se"
    [message] = sentences(config)
    assert message.startswith("The environment variable MINUTES_EMAIL: email")
    assert sentences(config, Language.SV)[0].startswith("Miljövariabeln MINUTES_EMAIL")


def test_every_setting_is_documented_in_both_languages() -> None:
    from tui.config import settings
    from tui.i18n import EN, SV

    for item in settings():
        assert item.metadata["doc"], item.name
        assert f"config.doc.{item.name}" in SV and f"config.doc.{item.name}" in EN


def test_the_readme_example_names_only_ids_the_app_has() -> None:
    data = tomllib.loads(readme_keymap_block())
    assert set(data["keymap"]) <= binding_ids()


# -- properties ------------------------------------------------------------------------

_ANY_TEXT = st.text(min_size=1, max_size=20)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(keymap=st.dictionaries(_ANY_TEXT, _ANY_TEXT, max_size=6))
def test_any_keymap_is_written_as_valid_toml_with_the_ids_as_they_are(
    tmp_path: Path, keymap: dict[str, str]
) -> None:
    """Ids with dots, quotes, backslashes or any Unicode come back as the same flat ids."""
    path = tmp_path / "config.toml"
    path.unlink(missing_ok=True)
    write_config('# mine\nname = "Anna"\n', path)
    save_config(Config(keymap=keymap), path)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data.get("keymap", {}) == keymap
    assert data["name"] == "Anna"


_IDS = st.sampled_from(sorted(binding_ids()))
_KEYS = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters=","),
    min_size=1,
    max_size=12,
).filter(str.strip)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=st.dictionaries(_IDS, _KEYS, max_size=8), second=st.dictionaries(_IDS, _KEYS))
def test_keymaps_saved_over_each_other_load_back_exactly(
    tmp_path: Path, first: dict[str, str], second: dict[str, str]
) -> None:
    path = tmp_path / "config.toml"
    write_config("# mine\n[keymap]\n# my keys\n", path)
    config = load_config(path, environ={})
    config.keymap = dict(first)
    save_config(config)
    config.keymap = dict(second)
    save_config(config)
    again = load_config(path, environ={})
    assert again.problems == []
    assert again.keymap == second
    assert "# my keys" in path.read_text(encoding="utf-8")


def test_the_readme_settings_example_is_read_without_a_problem() -> None:
    import re

    from tests.conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = next(
        b
        for b in re.findall(r"```toml\n(.*?)```", readme, re.S)
        if "[keymap]" in b and "theme" in b
    )
    write_config(block)
    config = load_config()
    assert config.problems == []
    assert (config.language, config.theme, config.git_timeout) == ("sv", "nord", 30)
    assert config.keymap == {"next_item": "f10,ctrl+n", "next_item.letter": "j"}


def test_a_file_broken_to_its_end_is_one_sentence_and_all_defaults() -> None:
    path = write_config('name = "Anna"\nlist = [\n  1,\n')
    before = path.read_bytes()
    config = load_config()
    assert config == Config()
    [message] = sentences(config)
    assert message.startswith(f"{path}") and "cannot be read as TOML" in message
    with pytest.raises(ConfigNotSaved):
        save_config(Config(name="Anna"))
    assert path.read_bytes() == before


def test_a_line_that_is_no_key_is_quoted_in_the_sentence() -> None:
    path = write_config('name = "Anna"\n[keymap\nnext_item = "f10"\n')
    [message] = sentences(load_config())
    assert message.startswith(f"{path}, line 2: the line [keymap cannot be read as TOML")
