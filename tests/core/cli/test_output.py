"""Tab-separated output: a cell never carries a tab or a line break, whatever was typed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.cli.output import plain_cell

WHITE = st.sampled_from([" ", "  ", "\t", "\n", "\r\n", "\xa0", "\u2028", "\x1c", "\x85"])
CELLS = st.lists(st.one_of(st.text(max_size=8), WHITE), max_size=12).map("".join)


@given(CELLS)
def test_plain_cell_is_the_text_with_whitespace_runs_made_single_spaces(value: str) -> None:
    # the fast path (a cell returned as it is) gives what the full rewrite would
    assert plain_cell(value) == " ".join(value.replace("\t", " ").split())
    assert "\t" not in plain_cell(value) and "\n" not in plain_cell(value)


def test_plain_cell_keeps_swedish_text_and_single_spaces() -> None:
    assert plain_cell("Budgetuppföljning för år 2024") == "Budgetuppföljning för år 2024"
    assert plain_cell(" två\tord\n") == "två ord"
