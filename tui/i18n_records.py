"""Interface texts of the upcoming meetings, the unanimous decision and the röstlängd."""

from __future__ import annotations

SV: dict[str, str] = {
    "upcoming.heading": "Kommande möten",
    "review.table.upcoming": "kommande möte",
    "review.table.electorates": "röstlängd",
    "review.field.day": "datum",
    "review.field.tentative": "preliminärt",
    "review.field.joined": "tillkommer",
    "review.field.left": "utgår",
    "live.the_electorate_of_the_vote_differs_from_the_roll_of_voters_at_this_item_not|one": (
        "omröstningens röstlängd skiljer sig från röstlängden vid punkten: {own}, inte {count}"
    ),
    "live.votes_cast_but_the_roll_of_voters_at_this_item_has|one": (
        "{cast} röster avgivna, men röstlängden vid punkten har {count} röstberättigad"
    ),
    "form.electorate.current|one": "Röstlängd nu: {count} röstberättigad.",
    "live.the_electorate_of_the_vote_differs_from_the_roll_of_voters_at_this_item_not": (
        "omröstningens röstlängd skiljer sig från röstlängden vid punkten: {own}, inte {count}"
    ),
    "live.votes_cast_but_the_roll_of_voters_at_this_item_has": (
        "{cast} röster avgivna, men röstlängden vid punkten har {count} röstberättigade"
    ),
    "live.joined_and_left_at_once": "både tillkommer och utgår: {names}",
    "live.no_such_electorate": "röstlängden finns inte",
    "key.electorate": "Röstlängd",
    "help.electorate": (
        "Röstlängden fastställs eller justeras vid punkten: antal, vem som kom och gick."
    ),
    "form.electorate": "Röstlängd vid punkt {number}",
    "form.electorate_edit": "Ändra röstlängd vid punkt {number}",
    "form.electorate.count": "Antal röstberättigade (t.ex. 43)",
    "form.electorate.joined": "Tillkommer (namn, komma emellan)",
    "form.electorate.left": "Utgår (namn, komma emellan)",
    "form.electorate.bad_count": "Antal röstberättigade: {value} är inget heltal.",
    "form.electorate.current": "Röstlängd nu: {count} röstberättigade.",
    "records.electorate": "Röstlängd:",
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
    "upcoming.heading": "Meetings to come",
    "review.table.upcoming": "meeting to come",
    "review.table.electorates": "roll of voters",
    "review.field.day": "date",
    "review.field.tentative": "tentative",
    "review.field.joined": "joined",
    "review.field.left": "left",
    "live.the_electorate_of_the_vote_differs_from_the_roll_of_voters_at_this_item_not|one": (
        "the electorate of the vote differs from the roll of voters at this item: {own}, "
        "not {count}"
    ),
    "live.votes_cast_but_the_roll_of_voters_at_this_item_has|one": (
        "{cast} votes cast, but the roll of voters at this item has {count}"
    ),
    "form.electorate.current|one": "Roll of voters now: {count} entitled to vote.",
    "live.the_electorate_of_the_vote_differs_from_the_roll_of_voters_at_this_item_not": (
        "the electorate of the vote differs from the roll of voters at this item: {own}, "
        "not {count}"
    ),
    "live.votes_cast_but_the_roll_of_voters_at_this_item_has": (
        "{cast} votes cast, but the roll of voters at this item has {count}"
    ),
    "live.joined_and_left_at_once": "joined and left at once: {names}",
    "live.no_such_electorate": "no such roll of voters",
    "key.electorate": "Roll of voters",
    "help.electorate": (
        "The roll of voters adopted or adjusted at this item: count, who came, who left."
    ),
    "form.electorate": "Roll of voters at item {number}",
    "form.electorate_edit": "Edit the roll of voters at item {number}",
    "form.electorate.count": "Entitled to vote (e.g. 43)",
    "form.electorate.joined": "Joined (names, comma separated)",
    "form.electorate.left": "Left (names, comma separated)",
    "form.electorate.bad_count": "Entitled to vote: {value} is not a whole number.",
    "form.electorate.current": "Roll of voters now: {count} entitled to vote.",
    "records.electorate": "Roll of voters:",
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
    "upcoming.heading": "Kommende Sitzungen",
    "review.table.upcoming": "kommende Sitzung",
    "review.table.electorates": "Stimmliste",
    "review.field.day": "Datum",
    "review.field.tentative": "vorläufig",
    "review.field.joined": "hinzugekommen",
    "review.field.left": "gegangen",
    "live.the_electorate_of_the_vote_differs_from_the_roll_of_voters_at_this_item_not|one": (
        "die Stimmberechtigten der Abstimmung weichen von der Stimmliste zu diesem TOP ab: "
        "{own}, nicht {count}"
    ),
    "live.votes_cast_but_the_roll_of_voters_at_this_item_has|one": (
        "{cast} Stimmen abgegeben, aber die Stimmliste zu diesem TOP hat {count}"
    ),
    "form.electorate.current|one": "Stimmliste jetzt: {count} Stimmberechtigter.",
    "live.the_electorate_of_the_vote_differs_from_the_roll_of_voters_at_this_item_not": (
        "die Stimmberechtigten der Abstimmung weichen von der Stimmliste zu diesem TOP ab: "
        "{own}, nicht {count}"
    ),
    "live.votes_cast_but_the_roll_of_voters_at_this_item_has": (
        "{cast} Stimmen abgegeben, aber die Stimmliste zu diesem TOP hat {count}"
    ),
    "live.joined_and_left_at_once": "zugleich hinzugekommen und gegangen: {names}",
    "live.no_such_electorate": "diese Stimmliste gibt es nicht",
    "key.electorate": "Stimmliste",
    "help.electorate": (
        "Stimmliste zu diesem TOP festgestellt oder berichtigt: Zahl, wer kam, wer ging."
    ),
    "form.electorate": "Stimmliste zu TOP {number}",
    "form.electorate_edit": "Stimmliste zu TOP {number} ändern",
    "form.electorate.count": "Stimmberechtigte (z. B. 43)",
    "form.electorate.joined": "Hinzugekommen (Namen, durch Komma getrennt)",
    "form.electorate.left": "Gegangen (Namen, durch Komma getrennt)",
    "form.electorate.bad_count": "Stimmberechtigte: {value} ist keine ganze Zahl.",
    "form.electorate.current": "Stimmliste jetzt: {count} Stimmberechtigte.",
    "records.electorate": "Stimmliste:",
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
