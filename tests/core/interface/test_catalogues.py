"""Every text exists in every language (German too), with the same placeholders; every
key the code looks up exists; no key is left unused; plural forms are complete."""

from __future__ import annotations

import ast
import string
from collections.abc import Mapping

import pytest

from model.enums import Language
from model.error_texts import CHECKS, ERRORS
from model.locale import document
from model.texts import FORM, PLURAL_FORMS, lookup, plural_form
from tests.core.interface.catalogue_scan import Uses, code_files
from tui.i18n import CATALOGUES

Catalogues = Mapping[Language, Mapping[str, str]]

ALL: dict[str, Catalogues] = {
    "interface (tui/i18n*.py)": CATALOGUES,
    "the document's words (model/locale/document)": document(),
    "errors (model/error_texts*.py)": ERRORS,
    "minutes check (model/locale/checks)": CHECKS,
}


def _fields(template: str) -> set[str]:
    return {name.split("!")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("name", list(ALL))
def test_every_language_has_every_key(name: str) -> None:
    catalogues = ALL[name]
    assert set(catalogues) == set(Language), name

    def bases(language: Language) -> set[str]:  # plural forms follow each language's rule
        return {key.split(FORM, 1)[0] for key in catalogues[language]}

    for language in Language:
        missing = bases(Language.EN) - bases(language)
        assert sorted(missing) == [], (name, language)
        assert sorted(bases(language) - bases(Language.EN)) == [], (name, language)


@pytest.mark.parametrize("name", list(ALL))
def test_placeholders_match_in_every_language(name: str) -> None:
    catalogues = ALL[name]
    english = catalogues[Language.EN]
    different = {
        (language.value, key): (_fields(english[key]), _fields(text))
        for language in Language
        for key, text in catalogues[language].items()
        if key in english
        # a singular may say "one" where the count stands
        and _fields(text) - {"count"} != _fields(english[key]) - {"count"}
    }
    assert different == {}


@pytest.mark.parametrize("name", list(ALL))
def test_plural_forms_are_complete(name: str) -> None:
    """A count-aware key has its base (the "other" form) and every other form the
    language's plural rule has."""
    for language, catalogue in ALL[name].items():
        for key in catalogue:
            if FORM not in key:
                continue
            base, form = key.split(FORM, 1)
            assert base in catalogue, (language, key)
            assert form in PLURAL_FORMS[language], (language, key)
            for needed in PLURAL_FORMS[language]:
                assert needed == "other" or f"{base}{FORM}{needed}" in catalogue, (language, key)


def test_the_plural_rule_picks_the_singular_for_one_only() -> None:
    assert [plural_form(Language.DE, n) for n in (0, 1, 2, 21)] == ["other", "one"] + ["other"] * 2
    for language in Language:
        one = lookup(CATALOGUES, language, "followup.hits", count=1, text="x")
        many = lookup(CATALOGUES, language, "followup.hits", count=3, text="x")
        assert one != many and "1" in one and "3" in many
    assert lookup(CATALOGUES, Language.SV, "followup.hits", count=1, text="x") == "1 träff för x."
    assert lookup(CATALOGUES, Language.EN, "followup.hits", count=1, text="x") == "1 hit for x."
    assert (
        lookup(CATALOGUES, Language.SV, "followup.app.created", count=1)
        == "Mötet skapades med 1 punkt."
    )


def test_no_count_message_says_a_plural_for_one() -> None:
    """Every interface text with a {count} reads right for 1: it has its own singular, or
    its count is not of things ("{count} more" after a list, "item {number}")."""
    not_of_things = {"followup.skipped_more", "followup.open_actions", "sync.conflicts.state_more"}
    not_of_things |= {"followup.app.preview.skipped", "sync.approval.open_conflicts"}
    english = CATALOGUES[Language.EN]
    missing = [
        key
        for key, text in english.items()
        if FORM not in key
        and "count" in _fields(text)
        and f"{key}{FORM}one" not in english
        and key not in not_of_things
    ]
    assert missing == []


def _literal_keys(function: str, *folders: str) -> set[str]:
    """The keys the code passes as a literal to ``function(lang, "key", ...)``."""
    found: set[str] = set()
    for path in code_files(*folders):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            key = node.args[1]
            if name == function and isinstance(key, ast.Constant) and isinstance(key.value, str):
                found.add(key.value)
    return found


@pytest.mark.parametrize(
    ("function", "folders", "catalogues"),
    [
        ("t", ("tui", "sync"), CATALOGUES),
        ("document_word", ("model", "export", "tui"), document()),
    ],
)
def test_every_key_used_in_code_exists(
    function: str, folders: tuple[str, ...], catalogues: Catalogues
) -> None:
    used = _literal_keys(function, *folders)
    keys = set(catalogues[Language.EN])
    assert used, function
    assert sorted(used - keys) == []


def test_every_error_code_has_words() -> None:
    from export import errors as export_errors
    from model.agenda_import import AgendaError
    from model.errors import UserError
    from model.store import errors as store_errors

    assert AgendaError and export_errors and store_errors  # imported: their classes exist

    def subclasses(cls: type[UserError]) -> list[type[UserError]]:
        return [cls, *(s for sub in cls.__subclasses__() for s in subclasses(sub))]

    codes = {cls.code for cls in subclasses(UserError)}
    # one way to word an error: its code; no class holds sentences of its own
    assert [c for c in subclasses(UserError) if {"sv", "en", "de"} & set(vars(c))] == []
    assert len(codes) > 20
    assert sorted(codes - set(ERRORS[Language.EN])) == []


@pytest.mark.parametrize("name", list(ALL))
def test_no_key_is_unused(name: str) -> None:
    uses = Uses()
    # the help texts of the commands are keyed by the command's path: checked against the
    # command tree by tests/core/cli/test_help_i18n.py
    help_texts = ("help.cmd.", "help.opt.", "help.arg.")
    english = ALL[name][Language.EN]
    unused = [key for key in english if not key.startswith(help_texts) and not uses.uses(key)]
    assert unused == []


def test_every_check_has_words_with_the_values_it_gets() -> None:
    """``minutes check``'s problems: each code (or its wording, when a code has more than
    one sentence) has a sentence in every language, and the sentence names only values
    the check passes."""
    import re

    from tests.conftest import REPO

    source = "".join(
        (REPO / "model" / name).read_text(encoding="utf-8")
        for name in ("validation.py", "procedure_validation.py")
    )
    codes = set(re.findall(r'_(?:err|warn)\(\s*"([a-z_]+)"', source))
    codes |= set(re.findall(r'\("([a-z_]+)", vote\.id', source))  # procedure findings
    codes |= set(re.findall(r'"((?:bad|two|vote)_[a-z_]+)"', source))  # wordings, by role
    # these two codes have a sentence per wording ("bad_from_item", "bad_until_item")
    keys = {f"check.{code}" for code in codes - {"bad_interval_item", "vote_outside_rostlangd"}}
    assert len(codes) > 30
    assert sorted(keys ^ set(CHECKS[Language.EN])) == []
    for language in Language:
        assert sorted(keys - set(CHECKS[language])) == [], language


def test_german_check_messages_name_the_record() -> None:
    from datetime import time

    from model.demo import demo_meeting
    from model.validation import planned_times_problem, validate

    problem = planned_times_problem(time(20), time(18, 30))
    assert problem is not None
    assert (
        problem.message(Language.DE) == "Das Ende 18:30 Uhr liegt nicht nach dem Beginn 20:00 Uhr."
    )
    assert problem.message(Language.SV).startswith("Sluttiden 18.30")
    meeting = demo_meeting()
    meeting.people[1].name = meeting.people[0].name
    messages = [p.message(Language.DE) for p in validate(meeting)]
    assert f"{meeting.people[0].name} steht zweimal auf der Liste." in messages
