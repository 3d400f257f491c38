"""The user's cursor after merged words: his next key continues his own text, an idle
cursor at the end follows the end (tui/widgets/merged_text.py). Property tests on the
mapping through the real line merge, and Pilot tests with real git (a bare remote, two
archives)."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.textmerge import merge_text
from tests.app.screens.helpers import burst, settle
from tests.app.sync.apps import chair_app, notes_editor, share_notes, sync_now
from tests.core.sync.conftest import Pair
from tui.widgets.merged_text import map_offset

WORDS = st.sampled_from(["möte", "beslut", "att", "och", "Styrelsen", "§", "3", "ja", "nej"])
LINES = st.lists(st.lists(WORDS, min_size=1, max_size=5).map(" ".join), min_size=1, max_size=5)


@st.composite
def two_sides(draw: st.DrawFn) -> tuple[str, str, str, int, str]:
    """A base text; ours: the user typed ``typed`` at one place (his cursor after it);
    theirs: the other side added a line somewhere, or words at the end of a line."""
    lines = draw(LINES)
    base = "\n".join(lines)
    at = draw(st.integers(0, len(base)))
    typed = " " + draw(st.lists(WORDS, min_size=1, max_size=3).map(" ".join))
    ours = base[:at] + typed + base[at:]
    added = "Sekreteraren: " + draw(st.lists(WORDS, min_size=1, max_size=4).map(" ".join))
    where = draw(st.integers(0, len(lines)))
    if draw(st.booleans()):
        their_lines = [*lines[:where], added, *lines[where:]]
    else:
        line = min(where, len(lines) - 1)
        their_lines = [*lines[:line], lines[line] + " " + added, *lines[line + 1 :]]
    return base, ours, "\n".join(their_lines), at + len(typed), typed


@settings(max_examples=300, deadline=None)
@given(two_sides())
def test_the_next_key_continues_the_users_own_text(sides: tuple[str, str, str, int, str]) -> None:
    base, ours, theirs, cursor, typed = sides
    merged = merge_text(base, ours, theirs)
    if merged.conflicted:
        return  # the same words changed on both sides: a conflict record, not this rule
    text = merged.with_ours
    new = map_offset(ours, text, cursor)
    # no word either side typed is lost
    assert typed.strip() in text and "Sekreteraren: " in text
    # what the user types next lands right after what he typed, not inside their words
    assert text[:new].endswith(typed) or text[:new].rstrip("\n").endswith(typed.rstrip())
    assert "Sekreteraren" not in text[new - len(typed) : new]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40), st.text(max_size=40), st.integers(0, 40))
def test_the_cursor_stays_in_the_text(before: str, came: str, after: str, offset: int) -> None:
    old = before + after
    new_text = before + came + after
    mapped = map_offset(old, new_text, offset)
    assert 0 <= mapped <= len(new_text)
    if offset <= len(before):  # before or at the place the words came in: unmoved
        assert mapped == min(offset, len(old))


@pytest.mark.asyncio
async def test_the_chair_typing_at_the_end_goes_on_before_the_merged_words(
    live_pair: Pair,
) -> None:
    """He types at the end while the secretary's words arrive: they go after his
    cursor, and his next keys continue his sentence."""
    pair = live_pair
    app = chair_app(pair)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        editor = notes_editor(app)
        burst(app, "Ordföranden öppnar mötet")
        await settle(pilot)
        await asyncio.to_thread(share_notes, pair, "Närvaro.")
        await sync_now(app, pilot)
        assert "Närvaro." in editor.text and "Ordföranden öppnar mötet" in editor.text
        burst(app, " kl. 10")
        await settle(pilot)
        assert "Ordföranden öppnar mötet kl. 10" in editor.text
        assert "Närvaro." in editor.text
        screen = app.meeting_screens()[-1]
        await app.workers.wait_for_complete()
        screen.close_session()


@pytest.mark.asyncio
async def test_an_idle_cursor_at_the_end_follows_the_merged_words(live_pair: Pair) -> None:
    """He is reading, not typing: the secretary's new words come in above his cursor,
    which stays at the end, and what he types next goes after them."""
    pair = live_pair
    share_notes(pair, "Första raden.")
    app = chair_app(pair)
    async with app.run_test(size=(120, 40)) as pilot:
        await sync_now(app, pilot)
        editor = notes_editor(app)
        assert editor.text == "Första raden."
        editor.move_cursor(editor.document.end)
        screen = app.meeting_screens()[-1]
        screen._typed_at = -1e9  # no key for long: idle (no waiting in a test)
        await asyncio.to_thread(share_notes, pair, "Första raden.\nAndra.")
        await sync_now(app, pilot)
        assert editor.text == "Första raden.\nAndra."
        assert editor.cursor_location == editor.document.end
        burst(app, " Ordf.")
        await settle(pilot)
        assert editor.text == "Första raden.\nAndra. Ordf."
        await app.workers.wait_for_complete()
        screen.close_session()


@pytest.mark.asyncio
async def test_lines_merged_in_above_keep_the_users_line_where_it_is_on_screen(
    live_pair: Pair,
) -> None:
    pair = live_pair
    lines = [f"Rad {n}." for n in range(60)]
    share_notes(pair, "\n".join(lines))
    app = chair_app(pair)
    async with app.run_test(size=(120, 40)) as pilot:
        await sync_now(app, pilot)
        editor = notes_editor(app)
        editor.move_cursor((40, 3))
        await pilot.pause()
        row_on_screen = 40 - editor.scroll_offset.y
        assert editor.scroll_offset.y > 0  # the list is longer than the view
        new = [f"Ny rad {n}." for n in range(10)] + lines
        await asyncio.to_thread(share_notes, pair, "\n".join(new))
        await sync_now(app, pilot)
        assert editor.cursor_location == (50, 3)  # on the same character of "Rad 40."
        assert 50 - editor.scroll_offset.y == row_on_screen
        screen = app.meeting_screens()[-1]
        await app.workers.wait_for_complete()
        screen.close_session()
