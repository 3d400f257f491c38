"""The document's words for motions, votes and elections, in the document language.

A language without its own words here (one being added) gets the English ones, never
an error: the document is still written.
"""

from __future__ import annotations

from export.labels_de import PROCEDURE_LABELS_DE
from export.records_labels import RECORDS_LABELS
from model.enums import Language

PROCEDURE_LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "motions": "Yrkanden",
        "votes": "Omröstning",
        "elections": "Val",
        "motion.moved": "{name} yrkar {text}",
        "motion.moved.colon": "{name} yrkar: {text}",
        "motion.att": "Att: {text}",
        "motion.plain": "Förslag: {text}",
        "motion.seconded": "Yrkandet biträds av {name}.",
        "motion.adopted": "Yrkandet bifalls.",
        "motion.rejected": "Yrkandet avslås.",
        "motion.amended": "Yrkandet bifalls med ändring.",
        "motion.amended.text": "Yrkandet bifalls med ändring: {text}",
        "motion.withdrawn": "Yrkandet återtas.",
        "motion.decision": "Beslut: {text}",
        "motion.of": "{name} yrkande",
        "motion.numbered": "yrkande {number}",
        "proposition": "Ordföranden ställer proposition på {motions}",
        "proposition.found": "Ordföranden ställer proposition på {motions} och finner att "
        "{body} beslutar enligt {adopted}.",
        "proposition.rejected": "Ordföranden ställer proposition på {motions} och finner att "
        "yrkandena avslås.",
        "and": "och",
        "the_meeting": "mötet",
        "vote.unanimous": "Beslutet är enhälligt.",
        "vote.count": "Omröstning: {f} ja, {a} nej, {n} avstår.",
        "vote.options": "Omröstning: {options}.",
        "vote.secret": "Sluten omröstning: {options}.",
        "vote.secret.count": "Sluten omröstning: {f} ja, {a} nej, {n} avstår.",
        "vote.option": "{name} {count}",
        "vote.on": "Omröstning om {motion}:",
        "vote.roll_call": "Votering begärs och genomförs med namnupprop.",
        "vote.roll_call.result": "Omröstningsresultat: {f} ja, {a} nej, {n} avstår.",
        "vote.electorate": "Röstlängd: {count} röstberättigade.",
        "vote.result": "Resultat: {text}",
        "roll.name": "Ledamot",
        "roll.yes": "Ja",
        "roll.no": "Nej",
        "roll.abstain": "Avstår",
        "roll.absent": "Frånvarande",
        "roll.total": "Summa",
        "roll.mark": "X",
        "roll.serving": "{name}, ersättare för {member}",
        "election.line": "{office}: {names}",
        "election.none": "{office}: ingen vald",
        "election.term": "mandattid {term}",
        "election.kind.new": "nyval",
        "election.kind.re": "omval",
        "election.kind.fill": "fyllnadsval",
        "election.candidates": "Kandidater: {names}.",
        "election.nominated": "Nominerade av {by}.",
        "election.nominated.candidates": "Kandidater, nominerade av {by}: {names}.",
        "election.vacant": "Vakanta platser: {count}.",
        "election.accepted": "De valda har accepterat valet.",
        "election.accepted.one": "Den valda har accepterat valet.",
        "election.declined": "Valet har inte accepterats.",
        "officer.meeting_chair": "Mötesordförande",
        "officer.meeting_secretary": "Mötessekreterare",
        "officer.verifier": "Justerare",
        "officer.teller": "Rösträknare",
        "sign.meeting_chair": "mötesordförande",
        "sign.meeting_secretary": "mötessekreterare",
    },
    "en": {
        "motions": "Motions",
        "votes": "Vote",
        "elections": "Elections",
        "motion.moved": "{name} moved {text}",
        "motion.moved.colon": "{name} moved: {text}",
        "motion.att": "That: {text}",
        "motion.plain": "Proposal: {text}",
        "motion.seconded": "Seconded by {name}.",
        "motion.adopted": "Carried.",
        "motion.rejected": "Not carried.",
        "motion.amended": "Carried as amended.",
        "motion.amended.text": "Carried as amended: {text}",
        "motion.withdrawn": "Withdrawn.",
        "motion.decision": "Decision: {text}",
        "motion.of": "the motion of {name}",
        "motion.numbered": "motion {number}",
        "proposition": "The chair put {motions} to the meeting",
        "proposition.found": "The chair put {motions} to the meeting and found that {body} "
        "resolved in accordance with {adopted}.",
        "proposition.rejected": "The chair put {motions} to the meeting and found that the "
        "motions were not carried.",
        "and": "and",
        "the_meeting": "the meeting",
        "vote.unanimous": "Carried unanimously.",
        "vote.count": "Vote: {f} for, {a} against, {n} abstentions.",
        "vote.options": "Vote: {options}.",
        "vote.secret": "Secret ballot: {options}.",
        "vote.secret.count": "Secret ballot: {f} for, {a} against, {n} abstentions.",
        "vote.option": "{name} {count}",
        "vote.on": "Vote on {motion}:",
        "vote.roll_call": "A recorded vote was taken by roll call.",
        "vote.roll_call.result": "Result: {f} for, {a} against, {n} abstentions.",
        "vote.electorate": "Entitled to vote: {count}.",
        "vote.result": "Result: {text}",
        "roll.name": "Member",
        "roll.yes": "For",
        "roll.no": "Against",
        "roll.abstain": "Abstain",
        "roll.absent": "Absent",
        "roll.total": "Total",
        "roll.mark": "X",
        "roll.serving": "{name}, substitute for {member}",
        "election.line": "{office}: {names}",
        "election.none": "{office}: no one elected",
        "election.term": "term {term}",
        "election.kind.new": "newly elected",
        "election.kind.re": "re-elected",
        "election.kind.fill": "to fill a vacancy",
        "election.candidates": "Candidates: {names}.",
        "election.nominated": "Nominated by {by}.",
        "election.nominated.candidates": "Candidates nominated by {by}: {names}.",
        "election.vacant": "Seats left vacant: {count}.",
        "election.accepted": "Those elected accepted.",
        "election.accepted.one": "The person elected accepted.",
        "election.declined": "The election was not accepted.",
        "officer.meeting_chair": "Chair of the meeting",
        "officer.meeting_secretary": "Secretary of the meeting",
        "officer.verifier": "Verifiers",
        "officer.teller": "Tellers",
        "sign.meeting_chair": "chair of the meeting",
        "sign.meeting_secretary": "secretary of the meeting",
    },
}

PROCEDURE_LABELS["de"] = PROCEDURE_LABELS_DE
for _language, _words in RECORDS_LABELS.items():
    PROCEDURE_LABELS[_language].update(_words)


def plabel(language: Language | str, key: str, **values: object) -> str:
    """The procedure label ``key`` in ``language`` (English if the language has none)."""
    words = PROCEDURE_LABELS.get(str(language)) or PROCEDURE_LABELS["en"]
    text = words.get(key) or PROCEDURE_LABELS["en"][key]
    return text.format(**values) if values else text
