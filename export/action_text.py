"""The sentence an action gets in the document: owners, text, due date.

"Helene Olofsson och Magnus Gyllestad: Ta fram ett underlag. Senast 10 juni 2022." The
text gets a full stop before the due date when the secretary typed none, and an action
nobody owns says so ("Ansvarig saknas: …"), as the validation warns.
"""

from __future__ import annotations

from model.actions import Action
from model.document_words import document_word
from model.enums import Language
from model.timefmt import long_date

_ENDINGS = (".", "!", "?", "…", ":", ";")


def owners_text(language: Language, names: list[str]) -> str:
    """ "A", "A och B", "A, B och C" ("and" in English)."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {document_word(language, 'label.action.and')} {names[-1]}"


def with_full_stop(text: str) -> str:
    """The text ending in a full stop (or the mark it already ends with: "…?", "(a.)")."""
    text = text.rstrip()
    if not text or text.rstrip("\")”»'").endswith(_ENDINGS):
        return text
    return text + "."


def action_sentence(language: Language, action: Action) -> str:
    """The action as one line of the document (plain text, not yet escaped)."""
    text = action.text.strip()
    names = action.owner_names
    if action.due:
        due = long_date(action.due, language, weekday=False)
        text = f"{with_full_stop(text)} {document_word(language, 'label.action.due', date=due)}"
    owner = (
        owners_text(language, names) if names else document_word(language, "label.action.nobody")
    )
    return document_word(language, "label.action.line", owner=owner, text=text)
