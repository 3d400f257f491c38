"""Interface texts of the upcoming meetings, the unanimous decision and the röstlängd."""

from __future__ import annotations

SV: dict[str, str] = {
    "form.decision.vote_notice": "Under punkten finns: {votes}",
    "live.a_unanimous_decision_has_no_vote_count": "ett enhälligt beslut har inga röstsiffror",
    "app.unanimous": "enhälligt",
    "upcoming.tentative": "preliminärt",
    "form.next_edit": "Ändra kommande möte",
    "form.next.tentative": "Preliminärt (ja/nej; tomt: nej)",
    "form.next.listed": "Kommande möten: {listed}. Ändra eller ta bort dem i posterna ({keys}).",
    "records.upcoming": "Kommande möte:",
    "live.an_upcoming_meeting_needs_its_date": "ett kommande möte behöver sitt datum",
    "live.an_upcoming_meeting_cannot_end_before_it_starts": (
        "ett kommande möte kan inte sluta innan det börjar"
    ),
    "live.an_upcoming_meeting_comes_after_this_meeting": (
        "ett kommande möte ligger efter detta mötes datum"
    ),
    "live.no_such_upcoming_meeting": "det kommande mötet finns inte",
    "live.that_meeting_to_come_is_already_listed": (
        "det kommande mötet finns redan; ändra det i posterna"
    ),
}

EN: dict[str, str] = {
    "form.decision.vote_notice": "Recorded under this item: {votes}",
    "live.a_unanimous_decision_has_no_vote_count": "a unanimous decision has no vote count",
    "app.unanimous": "unanimous",
    "upcoming.tentative": "tentative",
    "form.next_edit": "Edit meeting to come",
    "form.next.tentative": "Tentative (yes/no; empty: no)",
    "form.next.listed": "Meetings to come: {listed}. Edit or delete them in the records ({keys}).",
    "records.upcoming": "Meeting to come:",
    "live.an_upcoming_meeting_needs_its_date": "a meeting to come needs its date",
    "live.an_upcoming_meeting_cannot_end_before_it_starts": (
        "a meeting to come cannot end before it starts"
    ),
    "live.an_upcoming_meeting_comes_after_this_meeting": (
        "a meeting to come is after this meeting's date"
    ),
    "live.no_such_upcoming_meeting": "no such meeting to come",
    "live.that_meeting_to_come_is_already_listed": (
        "that meeting to come is already listed; edit it in the records"
    ),
}

DE: dict[str, str] = {
    "form.decision.vote_notice": "Zu diesem TOP erfasst: {votes}",
    "live.a_unanimous_decision_has_no_vote_count": (
        "ein einstimmiger Beschluss hat keine Stimmenzahlen"
    ),
    "app.unanimous": "einstimmig",
    "upcoming.tentative": "vorläufig",
    "form.next_edit": "Kommende Sitzung ändern",
    "form.next.tentative": "Vorläufig (ja/nein; leer: nein)",
    "form.next.listed": (
        "Kommende Sitzungen: {listed}. Ändern oder löschen in den Einträgen ({keys})."
    ),
    "records.upcoming": "Kommende Sitzung:",
    "live.an_upcoming_meeting_needs_its_date": "eine kommende Sitzung braucht ihr Datum",
    "live.an_upcoming_meeting_cannot_end_before_it_starts": (
        "eine kommende Sitzung kann nicht vor ihrem Beginn enden"
    ),
    "live.an_upcoming_meeting_comes_after_this_meeting": (
        "eine kommende Sitzung liegt nach dem Datum dieser Sitzung"
    ),
    "live.no_such_upcoming_meeting": "diese kommende Sitzung gibt es nicht",
    "live.that_meeting_to_come_is_already_listed": (
        "diese kommende Sitzung ist schon eingetragen; in den Einträgen ändern"
    ),
}
