"""Texts of the notes markup: the editor's hint and the help screen's table (issue 15)."""

from __future__ import annotations

SV: dict[str, str] = {
    "markup.hint": "*kursiv*  **fet**  - punkt  1. lista  ## rubrik  | tabell |  (F1)",
    "markup.title": "Anteckningar: markering",
    "markup.emph": "kursiv (stjärnorna tätt mot orden)",
    "markup.strong": "fet",
    "markup.bullet": "punkt i en punktlista",
    "markup.numbered": "numrerad lista",
    "markup.heading": "underrubrik i punkten (### en nivå under)",
    "markup.table": "tabell; en rad |---| under första raden gör den till rubrikrad",
    "markup.aob": "ensam på en rad: här står övriga frågor som togs upp under punkten",
    "markup.literal": "Allt annat står kvar som du skrev det: _ < > [ ] # $ och länkar blir text.",
}

EN: dict[str, str] = {
    "markup.hint": "*italic*  **bold**  - bullet  1. list  ## heading  | table |  (F1)",
    "markup.title": "Notes: markup",
    "markup.emph": "italic (asterisks close to the words)",
    "markup.strong": "bold",
    "markup.bullet": "a bullet point",
    "markup.numbered": "numbered list",
    "markup.heading": "sub-heading inside the item (### one level below)",
    "markup.table": "table; a |---| line under the first row makes it the header row",
    "markup.aob": "alone on a line ([aob] too): where the other business raised goes",
    "markup.literal": "Everything else stays as typed: _ < > [ ] # $ and links are text.",
}
