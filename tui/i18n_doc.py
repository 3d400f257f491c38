"""Texts of sub-items gone to by number, tabling sentences, several owners and extracts."""

from __future__ import annotations

SV: dict[str, str] = {
    "config.doc.templates": (
        'Husmallar för Word: organ = "sökväg till .docx" ("*" = alla andra organ).'
    ),
    "export.template": "Husmall (.docx eller .odt; tomt: den inbyggda)",
    "export.items": "Bara punkterna (utdrag: 5 eller 5,7; tomt: hela protokollet)",
    "key.export_extract": "Protokollsutdrag: de valda punkterna (den visade först)",
    "form.sentence": "Egen mening i protokollet (tomt: standardmeningen; → fyller i)",
    "app.sub_focus": (
        "Underpunkt {number} ”{title}”: anteckningar, beslut, uppdrag och bordläggning gäller "
        "den ({keys} {parent} går tillbaka till punkten)."
    ),
}

EN: dict[str, str] = {
    "config.doc.templates": (
        'House Word templates: body = "path of a .docx" ("*" = every other body).'
    ),
    "export.template": "House template (.docx or .odt; empty: the built-in one)",
    "export.items": "Only these items (extract: 5 or 5,7; empty: the whole minutes)",
    "key.export_extract": "Extract of chosen items (the shown one first)",
    "form.sentence": "Own sentence for the minutes (empty: the standard one; → completes)",
    "app.sub_focus": (
        'Sub-item {number} "{title}": notes, decisions, actions and tabling apply to it '
        "({keys} {parent} goes back to the item)."
    ),
}
