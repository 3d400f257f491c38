"""The document's words for upcoming meetings, unanimous decisions and the röstlängd, in
the three document languages (merged into ``export.procedure_labels``)."""

from __future__ import annotations

RECORDS_LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "decision.unanimous": "Beslutet är enhälligt.",
        "upcoming.heading": "Kommande möten",
        "upcoming.tentative": "preliminärt",
        "electorate.adopted": "Röstlängden fastställs till {count} röstberättigade.",
        "electorate.adjusted": "Röstlängden justeras till {count} röstberättigade.",
        "electorate.joined": "Tillkommer: {names}.",
        "electorate.left": "Utgår: {names}.",
    },
    "en": {
        "decision.unanimous": "The decision was unanimous.",
        "upcoming.heading": "Future meetings",
        "upcoming.tentative": "tentative",
        "electorate.adopted": "The roll of voters was adopted with {count} entitled to vote.",
        "electorate.adjusted": "The roll of voters was adjusted to {count} entitled to vote.",
        "electorate.joined": "Joined: {names}.",
        "electorate.left": "Left: {names}.",
    },
    "de": {
        "decision.unanimous": "Der Beschluss wurde einstimmig gefasst.",
        "upcoming.heading": "Kommende Sitzungen",
        "upcoming.tentative": "vorläufig",
        "electorate.adopted": "Die Stimmliste wird mit {count} Stimmberechtigten festgestellt.",
        "electorate.adjusted": "Die Stimmliste wird auf {count} Stimmberechtigte berichtigt.",
        "electorate.joined": "Hinzugekommen: {names}.",
        "electorate.left": "Gegangen: {names}.",
    },
}
