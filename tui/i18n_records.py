"""Interface texts of the upcoming meetings, the unanimous decision and the röstlängd."""

from __future__ import annotations

SV: dict[str, str] = {
    "form.decision.vote_notice": "Under punkten finns: {votes}",
    "live.a_unanimous_decision_has_no_vote_count": "ett enhälligt beslut har inga röstsiffror",
    "app.unanimous": "enhälligt",
}

EN: dict[str, str] = {
    "form.decision.vote_notice": "Recorded under this item: {votes}",
    "live.a_unanimous_decision_has_no_vote_count": "a unanimous decision has no vote count",
    "app.unanimous": "unanimous",
}

DE: dict[str, str] = {
    "form.decision.vote_notice": "Zu diesem TOP erfasst: {votes}",
    "live.a_unanimous_decision_has_no_vote_count": (
        "ein einstimmiger Beschluss hat keine Stimmenzahlen"
    ),
    "app.unanimous": "einstimmig",
}
