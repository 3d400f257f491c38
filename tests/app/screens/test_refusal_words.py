"""Every refusal of the model is worded in Swedish, English and German, with its names and
numbers filled in; the app and the CLI show it in the user's language."""

from __future__ import annotations

import ast
import pickle
import string
from pathlib import Path

import pytest

from model.enums import Language
from model.live import LiveError
from model.presence import PresenceError
from model.quorum import QuorumRuleError, parse_rule
from model.refusal import Refusal, sentence_code
from model.store.meeting_store import MeetingStore
from tests.app.screens.helpers import burst, demo_archive, make_app, settle
from tui.i18n import CATALOGUES, live_words
from tui.screens.form import FormScreen

REPO = Path(__file__).resolve().parents[3]
REFUSALS = ("LiveError", "PresenceError", "QuorumRuleError")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _raised() -> list[tuple[str, str, set[str], str]]:
    """(where, code, keyword values, template) of every ``raise LiveError(...)``,
    ``raise PresenceError(...)`` and ``raise QuorumRuleError(...)`` in model/."""
    found = []
    for path in sorted((REPO / "model").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            call = node.exc
            if getattr(call.func, "id", getattr(call.func, "attr", "")) not in REFUSALS:
                continue
            where = f"{path.relative_to(REPO)}:{node.lineno}"
            first = call.args[0] if call.args else None
            # an f-string would put names into the code: a template with values instead
            assert isinstance(first, ast.Constant) and isinstance(first.value, str), where
            keywords = {k.arg: k.value for k in call.keywords if k.arg}
            explicit = keywords.pop("code", None)
            code = sentence_code(first.value)
            if explicit is not None:
                assert isinstance(explicit, ast.Constant), where
                code = str(explicit.value)
            found.append((where, code, set(keywords), first.value))
    return found


RAISED = _raised()


def test_the_scan_finds_the_refusals() -> None:
    codes = {code for _, code, _, _ in RAISED}
    assert len(RAISED) > 60 and len(codes) > 40
    assert {"an_amended_text_needs_the_outcome_amended", "elected_to_seats"} <= codes
    assert "is_a_member_only_a_substitute_serves_for_one" in codes  # PresenceError's too
    assert "not_a_quorum_rule" in codes  # an explicit code


def test_a_bad_quorum_rule_is_refused_in_the_users_language() -> None:
    with pytest.raises(QuorumRuleError) as caught:
        parse_rule("lots")
    assert str(caught.value) == "not a quorum rule: 'lots' (write half, or min:5 for at least 5)"
    assert live_words(Language.SV, caught.value).startswith("ingen regel för beslutförhet: 'lots'")
    assert live_words(Language.DE, caught.value).startswith("keine Regel")


def _id(value: object) -> str:
    """A test id that is the same in every process (a set's order is not: pytest-xdist
    workers must collect the same ids)."""
    return str(sorted(value)) if isinstance(value, set) else str(value)


@pytest.mark.parametrize(("where", "code", "values", "template"), RAISED, ids=_id)
def test_every_refusal_has_words_in_every_language(
    where: str, code: str, values: set[str], template: str
) -> None:
    assert _fields(template) == values, where  # each placeholder gets its value
    for lang in (Language.SV, Language.EN, Language.DE):
        catalogue = CATALOGUES[lang]
        key = f"live.{code}"
        assert key in catalogue, (where, lang, key)
        forms = [k for k in catalogue if k == key or k.startswith(f"{key}|")]
        for form in forms:
            assert _fields(catalogue[form]) == values, (where, lang, form)


def test_the_english_sentence_stays_the_message_and_the_values_fill_each_language() -> None:
    exc = LiveError("{elected} elected to {count} seats", elected=2, count=1)
    assert str(exc) == "2 elected to 1 seats"
    assert exc.code == "elected_to_seats"
    assert live_words(Language.SV, exc) == "2 valda till 1 plats"
    assert live_words(Language.EN, exc) == "2 elected to 1 seat"
    assert live_words(Language.DE, exc) == "2 gewählt für 1 Sitz"
    many = LiveError("{elected} elected to {count} seats", elected=4, count=3)
    assert live_words(Language.SV, many) == "4 valda till 3 platser"


def test_a_typed_name_with_braces_is_never_read_as_a_template() -> None:
    exc = PresenceError("{name} is a member: only a substitute serves for one", name="A {b}")
    assert isinstance(exc, Refusal) and isinstance(exc, ValueError)
    assert str(exc) == "A {b} is a member: only a substitute serves for one"
    assert live_words(Language.SV, exc).startswith("A {b} är ledamot")


def test_an_explicit_code_a_copy_and_an_unknown_code() -> None:
    exc = LiveError("no such motion here", code="no_such_motion")
    assert exc.code == "no_such_motion"
    assert live_words(Language.DE, exc) == "diesen Antrag gibt es nicht"
    again = pickle.loads(pickle.dumps(LiveError("voted: {names}", names="Bo")))
    assert (str(again), again.values) == ("voted: Bo", {"names": "Bo"})
    assert live_words(Language.SV, LiveError("something new")) == "something new"


@pytest.mark.asyncio
async def test_the_motion_forms_refusal_reads_swedish_in_a_swedish_app(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        # an amended wording with the outcome carried (bifall), not amended (ändrat)
        burst(app, "<ctrl+n>", "<alt+p>", "bifall till förslaget", "<tab>", "Camilla",
              "<tab>", "bifall", "<tab>", "<tab>", "med en ändrad lydelse", "<enter>")  # fmt: skip
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        error = str(form.query_one("#form-error").render())
        assert "en ändrad lydelse kräver utfallet 'ändrat'" in error
        assert "amended" not in error
        assert form.values()["amended_text"] == "med en ändrad lydelse"
    with MeetingStore(path, read_only=True) as store:
        assert store.meeting.motions == []


def test_the_command_line_refuses_a_quorum_rule_in_swedish(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from tui.cli import root

    args = ["--archive", str(tmp_path), "--lang", "sv", "body", "set", "Styrelsen", "quorum", "2/3"]
    result = CliRunner().invoke(root, args)
    assert result.exit_code == 2
    assert "ingen regel för beslutförhet: '2/3'" in result.output
    assert "not a quorum rule" not in result.output
