"""A meeting file whose procedure records another tool wrote badly: read, exported,
checked, never a traceback."""

from __future__ import annotations

from pathlib import Path

from export.exporter import export_meeting
from export.markdown import meeting_markdown
from model.codec import meeting_to_tables, tables_to_meeting
from model.validation import validate
from tests.core.procedure.scenario import procedure_meeting


def test_odd_values_in_the_procedure_tables_do_not_break_the_document(tmp_path: Path) -> None:
    tables = meeting_to_tables(procedure_meeting())
    item = next(iter(tables["items"]))
    tables["motions"]["m-odd"] = {"item": item, "text": "**x** <script>", "number": "7",
                                  "outcome": "exploded", "moved_by": "nobody"}  # fmt: skip
    tables["votes"]["v-odd"] = {"item": item, "method": "telepathy", "roll_call": ["x"],
                                "options": ["A", None], "option_counts": [3],
                                "electorate": None, "motion": "m-gone"}  # fmt: skip
    tables["votes"]["v-roll"] = {"item": item, "method": "roll_call",
                                 "roll_call": {"ghost": "yes", "x": "maybe"}}  # fmt: skip
    tables["elections"]["e-odd"] = {"item": "no-such-item", "office": "",
                                    "elected": [None, "Ann"], "seats": 0,
                                    "officer": "emperor"}  # fmt: skip
    meeting = tables_to_meeting(tables)
    text = meeting_markdown(meeting)
    assert "\\*\\*x\\*\\*" in text and "<script>" not in text.replace("\\<script\\>", "")
    assert "ghost" in text  # an unknown voter is shown by what the file says
    export_meeting(meeting, "docx", tmp_path / "odd.docx")
    validate(meeting)  # findings, not a crash
