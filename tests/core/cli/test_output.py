"""Tab-separated output: a cell never carries a tab or a line break, whatever was typed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.cli.output import plain_cell, plain_line

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


@given(st.lists(CELLS, min_size=1, max_size=7))
def test_plain_line_is_its_plain_cells_joined_by_tabs(row: list[str]) -> None:
    # the line's one check gives what every cell's own would
    assert plain_line(row) == "\t".join(plain_cell(cell) for cell in row)
    assert plain_line(row).count("\t") == len(row) - 1 and "\n" not in plain_line(row)


def test_plain_line_of_clean_cells_is_the_cells_joined() -> None:
    assert plain_line(["Anna Andersson", "-", "", "öppet"]) == "Anna Andersson\t-\t\töppet"
    assert plain_line(["a ", " b"]) == "a\tb"
