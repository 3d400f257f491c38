"""The tabling sentence in the document: a ready sentence follows the document language,
the secretary's own stays as written, and it opens the notes' first paragraph."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from export import escape
from export.exporter import export_meeting
from export.markdown import meeting_markdown
from model import live
from model.demo import demo_meeting
from model.enums import ItemStatus, Language
from model.wording import status_choices, status_in, status_sentence
from tests.core.export.conftest import blocks

KINDS = {ItemStatus.TABLED: "table", ItemStatus.REFERRED_BACK: "refer_back",
         ItemStatus.WITHDRAWN: "withdraw"}  # fmt: skip


@pytest.mark.parametrize("status", list(KINDS))
def test_every_ready_sentence_has_one_in_each_language(status: ItemStatus) -> None:
    counts = {len(status_choices(lang, KINDS[status])) for lang in Language}
    assert len(counts) == 1
    for source in Language:
        for index, sentence in enumerate(status_choices(source, KINDS[status])):
            for target in Language:
                assert (
                    status_in(target, status, sentence)
                    == (status_choices(target, KINDS[status])[index])
                )


@given(st.text(min_size=1, max_size=60))
def test_an_own_sentence_stays_as_written(text: str) -> None:
    ready = {s for lang in Language for s in status_choices(lang, "table")}
    if text.strip() in ready:
        return
    assert status_in(Language.DE, ItemStatus.TABLED, text) == text.strip()


def test_the_status_opens_a_prose_paragraph_but_not_a_list_or_emphasis() -> None:
    assert escape.notes_blocks("Vidare info.", lead="Punkten bordlades.") == [
        "Punkten bordlades. Vidare info."
    ]
    assert escape.notes_blocks("- en punkt", lead="Punkten bordlades.") == [
        "Punkten bordlades.",
        "- en punkt",
    ]
    assert escape.notes_blocks("*Ordet lämnas fritt.*", lead="Punkten bordlades.") == [
        "Punkten bordlades.",
        "*Ordet lämnas fritt.*",
    ]
    assert escape.notes_blocks("## Rubrik", lead="X.")[0] == "X."


def test_demo_items_8_and_9_say_what_the_reference_says(tmp_path: Path) -> None:
    path = export_meeting(demo_meeting(), "docx", tmp_path / "demo.docx")
    body = blocks(path)
    texts = [b.text for b in body]
    eight = texts.index("8. Tvärförbindelse Södertörn")
    assert texts[eight + 1] == (
        "Punkten bordlades på grund av tidsbrist. Istället delges nedanstående information "
        "via dessa minnesanteckningar:"
    )
    assert texts[eight + 2] == "Om uppdraget"
    assert body[eight + 2].style == "Heading 2"
    nine = texts.index("9. Aktuellt från nätverken")
    assert texts[nine + 1] == "Punkten bordläggs på grund av tidsbrist."
    assert texts[nine + 2] == "10. Övriga frågor"


def test_a_tabled_item_with_sub_items_keeps_the_status_above_them() -> None:
    meeting = demo_meeting()
    item = next(i for i in meeting.agenda if i.number == "3")
    live.table_item(meeting, item.id, datetime(2022, 5, 6, 9, 0))
    text = meeting_markdown(meeting)
    section = text[text.index("# 3. Kommande möten") : text.index("# 4.")]
    assert section.index("Punkten bordlades på grund av tidsbrist.") < section.index(
        "- **Möte med Region Stockholm**"
    )


@pytest.mark.parametrize(
    ("lang", "status", "reason", "sentence"),
    [
        (Language.SV, ItemStatus.REFERRED_BACK, "för att utreda kostnaden.",
         "Ärendet återremitterades för att utreda kostnaden."),
        (Language.SV, ItemStatus.REFERRED_BACK, "kostnaden är inte utredd",
         "Ärendet återremitterades: kostnaden är inte utredd."),
        (Language.SV, ItemStatus.WITHDRAWN, "då handlingarna saknas",
         "Punkten utgick då handlingarna saknas."),
        (Language.EN, ItemStatus.REFERRED_BACK, "for a costing",
         "The matter was referred back for a costing."),
        (Language.DE, ItemStatus.REFERRED_BACK, "zur weiteren Prüfung",
         "Die Angelegenheit wurde zur weiteren Prüfung zurückverwiesen."),
        (Language.DE, ItemStatus.WITHDRAWN, "wegen fehlender Unterlagen",
         "Der Punkt wurde wegen fehlender Unterlagen abgesetzt."),
    ],
)  # fmt: skip
def test_a_reason_that_is_a_phrase_runs_on_without_a_colon(
    lang: Language, status: ItemStatus, reason: str, sentence: str
) -> None:
    """The municipal demo printed "Ärendet återremitterades: för att utreda kostnaden …"
    (the reason pasted after a colon); a reason that is a phrase of its own runs on, as
    the tabling sentence does; a bare reason keeps the colon."""
    assert status_sentence(lang, status, reason) == sentence
