"""The agenda template of a body: its standing agenda and its standing rules text.

Kept in ``archive.json`` (table ``templates``, one record per body, id the body's name in
lower case). A new meeting of a body without a previous meeting starts from it; the
next meeting after one takes its standing items from it. Typed as one item per line
("Mötets öppnande", "Val av justerare", ...): what each standing item is for is read from
its title, as the agenda import reads it, so the later meetings and the export find it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from model.agenda import AgendaItem
from model.enums import ItemKind, ItemOrigin, Language
from model.ids import new_id
from model.next_meeting import StandingItem

#: Longest template the user may keep: a standing agenda, not a document.
MAX_ITEMS = 60
MAX_TITLE = 200

DEFAULT_AGENDA: dict[Language, list[str]] = {
    Language.SV: [
        "Mötets öppnande",
        "Val av justerare",
        "Fastställande av dagordning",
        "Föregående mötes anteckningar",
        "Övriga frågor",
        "Nästa möte",
        "Mötets avslutande",
    ],
    Language.EN: [
        "Opening of the meeting",
        "Election of a person to check the minutes",
        "Approval of the agenda",
        "Approval of the previous minutes",
        "Any other business",
        "Next meeting",
        "Closing of the meeting",
    ],
}


@dataclass
class BodyTemplate:
    """A body's standing agenda and standing rules (the rules text its minutes print)."""

    body: str
    items: list[StandingItem] = field(default_factory=list)
    rules: str = ""
    name: str = "standard"

    @property
    def id(self) -> str:
        return template_id(self.body)


class TemplateError(ValueError):
    """A template the user typed that cannot be kept: ``code`` "empty", "too_many"."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def template_id(body: str) -> str:
    return body.strip().casefold()


def standing(title: str) -> StandingItem:
    """A standing item from its title, its purpose read from the words."""
    # the agenda reader only when a template is typed (archive.json is read at --help)
    from model.agenda_import.parse import item_kind

    text = title.strip()[:MAX_TITLE]
    return StandingItem(text, item_kind(text))


def default_template(body: str, language: Language) -> BodyTemplate:
    """The usual standing agenda (opening, verifier, agenda, previous minutes, AOB, next
    meeting, closing) in the body's language."""
    titles = DEFAULT_AGENDA.get(language, DEFAULT_AGENDA[Language.EN])
    return BodyTemplate(body, [standing(t) for t in titles])


def parse_items(text: str) -> list[StandingItem]:
    """One item per line; numbers typed before a title ("1.", "§ 2") and bullets are
    dropped (the meeting numbers its items), empty lines ignored. Raises
    ``TemplateError`` for nothing at all or more than ``MAX_ITEMS`` items."""
    items: list[StandingItem] = []
    for line in text.splitlines():
        title = _without_number(line)
        if title:
            items.append(standing(title))
    if not items:
        raise TemplateError("empty")
    if len(items) > MAX_ITEMS:
        raise TemplateError("too_many")
    return items


def _without_number(line: str) -> str:
    text = line.strip().lstrip("-*•").strip()
    if text.startswith("§"):
        text = text.lstrip("§").strip()
    head, _, rest = text.partition(" ")
    if rest and head.rstrip(".)").isdigit():
        return rest.strip()
    return text


def item_lines(template: BodyTemplate) -> str:
    """The items as the user edits them: one title per line."""
    return "\n".join(item.title for item in template.items)


def agenda_from(template: BodyTemplate) -> list[AgendaItem]:
    """The template's items as a new meeting's agenda, numbered 1, 2, 3."""
    return [
        AgendaItem(
            id=new_id(),
            number=str(index),
            title=item.title,
            kind=item.kind,
            presenter=item.presenter,
            planned_minutes=item.planned_minutes,
            position=index * 10,
            origin=ItemOrigin.AGENDA,
        )
        for index, item in enumerate(template.items, start=1)
    ]


def to_record(template: BodyTemplate) -> dict[str, Any]:
    return {
        "body": template.body,
        "name": template.name,
        "rules": template.rules,
        "items": [
            {
                "title": i.title,
                "kind": i.kind.value,
                "presenter": i.presenter,
                "planned_minutes": i.planned_minutes,
            }
            for i in template.items
        ],
        "deleted": False,
    }


def from_record(record: dict[str, Any]) -> BodyTemplate | None:
    """A template from archive.json; None for a removed one. Unknown kinds are regular
    items and bad entries are skipped: a hand-edited file never stops a new meeting."""
    if record.get("deleted"):
        return None
    items: list[StandingItem] = []
    for raw in record.get("items") or []:
        if not isinstance(raw, dict) or not str(raw.get("title") or "").strip():
            continue
        try:
            kind = ItemKind(str(raw.get("kind") or "regular"))
        except ValueError:
            kind = ItemKind.REGULAR
        minutes = raw.get("planned_minutes")
        items.append(
            StandingItem(
                str(raw["title"]).strip()[:MAX_TITLE],
                kind,
                str(raw.get("presenter") or ""),
                minutes if isinstance(minutes, int) and not isinstance(minutes, bool) else None,
            )
        )
    return BodyTemplate(
        body=str(record.get("body") or ""),
        items=items,
        rules=str(record.get("rules") or ""),
        name=str(record.get("name") or "standard"),
    )
