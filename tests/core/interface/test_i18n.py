"""Every interface text exists in Swedish and English, with the same placeholders."""

from __future__ import annotations

import string

from tui.i18n import EN, SV


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_have_every_key() -> None:
    assert sorted(set(SV) - set(EN)) == []
    assert sorted(set(EN) - set(SV)) == []


def test_placeholders_match() -> None:
    different = {key: (_fields(SV[key]), _fields(EN[key])) for key in SV if key in EN}
    assert {k: v for k, v in different.items() if v[0] != v[1]} == {}
