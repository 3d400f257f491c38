"""The preview's edits on what was read: delete, indent, outdent, renumbering."""

from __future__ import annotations

from model.agenda_import import parse_agenda
from tui.screens.agenda_preview import delete_item, indent, outdent, renumber


def _shape(text: str) -> list[tuple[str, str, int]]:
    return [(i.number, i.title, i.depth) for i in parse_agenda(text).items]


def test_delete_an_item_takes_its_sub_items_along() -> None:
    items = parse_agenda("1. A\n2. B\n   a) B1\n   b) B2\n3. C\n").items
    assert [i.depth for i in items] == [0, 0, 1, 1, 0]
    delete_item(items, 1)
    renumber(items)
    assert [(i.number, i.title) for i in items] == [("1", "A"), ("2", "C")]


def test_indent_and_outdent_renumber_plain_numbers() -> None:
    items = parse_agenda("1. A\n2. B\n3. C\n").items
    assert not indent(items, 0)  # the first item has nothing above it
    assert indent(items, 1)
    renumber(items)
    assert [(i.number, i.depth) for i in items] == [("1", 0), ("", 1), ("2", 0)]
    assert outdent(items, 1) and not outdent(items, 1)
    renumber(items)
    assert [(i.number, i.depth) for i in items] == [("1", 0), ("2", 0), ("3", 0)]


def test_paragraph_numbers_are_kept_as_typed() -> None:
    items = parse_agenda("§ 163 Val av justerare\n§ 164 Budget\n§ 165 Avslutning\n").items
    before = [(i.number, i.paragraph) for i in items]
    delete_item(items, 1)
    renumber(items)
    assert [(i.number, i.paragraph) for i in items] == [before[0], before[2]]


def test_paragraph_item_keeps_its_number_through_indent_and_outdent() -> None:
    items = parse_agenda("§ 163 Val av justerare\n§ 164 Budget\n§ 165 Avslutning\n").items
    number = items[1].number
    assert indent(items, 1) and outdent(items, 1)
    renumber(items)
    assert items[1].number == number and items[1].paragraph
