"""The interface language from the computer: locale variables, Windows' and macOS's
own names, --lang and the config file on top."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from model.enums import Language
from tui.cli.base import early_language, interface_language
from tui.detect_language import detect_language, from_environment, language_of_tag

TAGS = [
    ("sv_SE.UTF-8", Language.SV),
    ("sv_FI", Language.SV),
    ("sv-SE", Language.SV),
    ("Swedish_Sweden.1252", Language.SV),  # Windows' locale.getlocale()
    ("Swedish_Finland", Language.SV),
    ("de_DE.UTF-8", Language.DE),
    ("de_AT@euro", Language.DE),
    ("de-CH", Language.DE),
    ("German_Germany.1252", Language.DE),
    ("en_GB.UTF-8", Language.EN),
    ("English_United States", Language.EN),
    ("en", Language.EN),
    ("C", None),
    ("POSIX", None),
    ("C.UTF-8", None),
    ("", None),
    ("fr_FR.UTF-8", None),
    ("nb_NO.UTF-8", None),  # Norwegian is not Swedish
    ("fi_FI", None),
]


@pytest.mark.parametrize(("tag", "expected"), TAGS)
def test_locale_names_map_to_languages(tag: str, expected: Language | None) -> None:
    assert language_of_tag(tag) is expected


def test_gettext_order_language_then_lc_all_then_lc_messages_then_lang() -> None:
    env = {"LANG": "en_US.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"}
    assert from_environment(env) == (Language.DE, True)
    assert from_environment({**env, "LC_ALL": "sv_SE.UTF-8"}) == (Language.SV, True)
    # LANGUAGE is a preference list: the first one we speak wins
    assert from_environment({**env, "LANGUAGE": "fr:sv:en"}) == (Language.SV, True)
    # a set variable naming another language decides: English, not a guess from the system
    assert from_environment({"LANG": "fr_FR.UTF-8"}) == (None, True)
    assert from_environment({"LANG": ""}) == (None, False)


def test_detect_uses_the_variables_before_the_system() -> None:
    assert detect_language({"LANG": "sv_SE.UTF-8"}, platform="win32") is Language.SV
    assert detect_language({"LC_ALL": "de_DE.UTF-8"}, platform="darwin") is Language.DE
    assert detect_language({"LANG": "fr_FR"}, platform="linux") is Language.EN


def test_windows_without_variables_asks_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.detect_language as detect

    monkeypatch.setattr(detect, "windows_language", lambda: Language.SV)
    assert detect_language({}, platform="win32") is Language.SV
    monkeypatch.setattr(detect, "windows_language", lambda: None)
    assert detect_language({}, platform="win32") is Language.EN


def test_windows_locale_name_is_read_when_the_ui_language_is_unknown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import locale

    import tui.detect_language as detect

    monkeypatch.setattr(locale, "getlocale", lambda *_: ("Swedish_Sweden", "1252"))
    assert detect.windows_language() is Language.SV  # no ctypes.windll here: the name decides


def test_macos_apple_languages_are_not_run_under_test_environments() -> None:
    assert detect_language({}, platform="darwin") is Language.EN  # run=False with an environ


def test_option_then_config_then_computer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    assert interface_language("sv", "en") is Language.SV
    assert interface_language(None, "en") is Language.EN
    assert interface_language(None, "") is Language.DE
    assert early_language(["--lang", "sv", "list"]) is Language.SV
    assert early_language(["--lang=en", "list"]) is Language.EN


@given(st.text(max_size=30))
def test_any_tag_gives_a_language_or_none_never_an_error(tag: str) -> None:
    assert language_of_tag(tag) in (None, *Language)
