"""Click's own messages in Swedish and German: the catalogue still matches the installed
Click, and installing it reaches the modules Click words its messages in."""

from __future__ import annotations

import importlib
import string
from pathlib import Path

import click
import pytest

from model.enums import Language
from tui.click_i18n import CLICK_MODULES, DE, SV, install


def _click_source() -> str:
    folder = Path(click.__file__).parent
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.py")))


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_is_still_one_of_clicks() -> None:
    source = _click_source()
    assert sorted(key for key in SV if key not in source) == []
    assert set(SV) == set(DE)


def test_placeholders_are_kept() -> None:
    for catalogue in (SV, DE):
        different = {k: v for k, v in catalogue.items() if _fields(k) != _fields(v)}
        assert different == {}


@pytest.fixture
def english_afterwards():  # type: ignore[no-untyped-def]
    yield
    install(Language.EN)


@pytest.mark.usefixtures("english_afterwards")
def test_install_reaches_clicks_modules() -> None:
    install(Language.DE)
    core = importlib.import_module("click.core")
    assert core._("Usage:") == "Aufruf:"  # type: ignore[attr-defined]
    assert core.ngettext("Got unexpected extra argument ({args})",  # type: ignore[attr-defined]
                         "Got unexpected extra arguments ({args})", 2) == (
        "Unerwartete zusätzliche Argumente ({args})"
    )  # fmt: skip
    for name in CLICK_MODULES:
        module = importlib.import_module(name)
        assert hasattr(module, "_") or hasattr(module, "ngettext"), name
    install(Language.EN)
    assert core._("Usage:") == "Usage:"  # type: ignore[attr-defined]


@pytest.mark.usefixtures("english_afterwards")
def test_a_usage_error_in_swedish() -> None:
    from click.testing import CliRunner

    from tui.cli import root

    result = CliRunner().invoke(root, ["--lang", "sv", "--archive", "/nonexistent/x", "export"])
    assert result.exit_code == 2
    assert "Fel: Argument saknas 'MÖTE'." in result.output
    assert "export [FLAGGOR] MÖTE" in result.output
    # the command objects are shared: English afterwards is Click's own again
    result = CliRunner().invoke(root, ["--lang", "en", "--archive", "/nonexistent/x", "export"])
    assert "Error: Missing argument 'MEETING'." in result.output
    assert "export [OPTIONS] MEETING" in result.output
