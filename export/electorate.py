"""The röstlängd at its item in the document: "Röstlängden fastställs till 42
röstberättigade." for the first of the meeting, "Röstlängden justeras till 43
röstberättigade." for a later one, with who came and who left (see ``model.electorate``)."""

from __future__ import annotations

from export import escape
from model.agenda import AgendaItem
from model.document_words import document_word
from model.electorate import is_adoption, item_electorates
from model.meeting import Meeting


def electorate_blocks(meeting: Meeting, scope: list[AgendaItem]) -> list[str]:
    """The röstlängd records of an item and its sub-items, one paragraph each."""
    lang = meeting.header.language
    blocks: list[str] = []
    for item in scope:
        for record in item_electorates(meeting, item.id):
            key = (
                "procedure.electorate.adopted"
                if is_adoption(meeting, record)
                else "procedure.electorate.adjusted"
            )
            lines = [document_word(lang, key, count=record.count)]
            if record.joined:
                lines.append(
                    document_word(
                        lang, "procedure.electorate.joined", names=", ".join(record.joined)
                    )
                )
            if record.left:
                lines.append(
                    document_word(lang, "procedure.electorate.left", names=", ".join(record.left))
                )
            blocks.append("  \n".join(escape.inline(line) for line in lines))
    return blocks
