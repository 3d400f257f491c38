"""The forms of motions, votes and elections (alt+p, alt+v, alt+y on the meeting screen).

Like ``meeting_forms``: each ``*record_form`` returns a ``FormScreen`` whose submit parses the
answers and runs one model operation (``model.procedure``) through ``run``, the meeting
screen's ``Session.apply`` wrapper; ``existing`` fills the form with a saved record and
saves an edit. A typo keeps the form open with everything typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from model.editing import find_people
from model.elections import ElectionKind, Officer
from model.enums import ItemKind, Language
from model.meeting import Meeting
from model.motions import MotionOutcome
from model.procedure import (
    ElectionInput,
    MotionInput,
    VoteInput,
    add_election,
    add_motion,
    add_vote,
    edit_election,
    edit_motion,
    edit_vote,
    election,
    item_elections,
    item_motions,
    motion,
    vote,
)
from model.procedure_settings import set_seconding, uses_seconding
from model.votes import Ballot, VoteMethod, is_unanimous_word, unanimous_word
from tui.i18n import t
from tui.messages import OpenOverMeeting
from tui.screens.form import Field, FormScreen

if TYPE_CHECKING:
    from tui.host import MeetingHost

from tui.screens.meeting_forms import FormError, Runner, Values, names, people_list, record_form

#: the words a form takes for a motion's outcome (Swedish, English, German; any case, prefixes)
OUTCOME_WORDS: dict[MotionOutcome, tuple[str, ...]] = {
    MotionOutcome.ADOPTED: ("bifall", "bifalles", "bifalls", "antaget", "adopted", "carried",
                            "angenommen"),
    MotionOutcome.REJECTED: ("avslag", "avslås", "avslaget", "rejected", "failed", "lost",
                             "abgelehnt"),
    MotionOutcome.AMENDED: ("ändrat", "ändring", "amended", "geändert"),
    MotionOutcome.WITHDRAWN: ("återtaget", "återtas", "återdraget", "withdrawn", "zurückgezogen"),
}  # fmt: skip
OUTCOME_SHOWN = {
    Language.SV: {
        MotionOutcome.ADOPTED: "bifall",
        MotionOutcome.REJECTED: "avslag",
        MotionOutcome.AMENDED: "ändrat",
        MotionOutcome.WITHDRAWN: "återtaget",
    },
    Language.EN: {
        MotionOutcome.ADOPTED: "carried",
        MotionOutcome.REJECTED: "failed",
        MotionOutcome.AMENDED: "amended",
        MotionOutcome.WITHDRAWN: "withdrawn",
    },
}
KIND_WORDS: dict[ElectionKind, tuple[str, ...]] = {
    ElectionKind.RE: ("omval", "re", "re-election", "re-elected", "wiederwahl"),
    ElectionKind.NEW: ("nyval", "new", "new election", "newly elected", "neuwahl"),
    ElectionKind.FILL: ("fyllnadsval", "fill", "by-election", "vacancy", "nachwahl"),
}
OFFICER_WORDS: dict[Officer, tuple[str, ...]] = {
    Officer.CHAIR: ("mötesordförande", "ordförande", "chair", "chairman", "chairperson",
                    "versammlungsleitung"),
    Officer.SECRETARY: ("mötessekreterare", "sekreterare", "secretary", "minute-taker",
                        "protokollführung"),
    Officer.VERIFIER: ("justerare", "justeringsperson", "verifier", "minute checker",
                       "protokollprüfung"),
    Officer.TELLER: ("rösträknare", "teller", "tellers", "scrutineer", "stimmzählung"),
}  # fmt: skip
#: the words the election form suggests, in the interface's language (omval, nyval,
#: fyllnadsval; then the officers of the meeting in OFFICER_WORDS' order)
KINDS_SHOWN = {
    Language.SV: ["omval", "nyval", "fyllnadsval"],
    Language.EN: ["re", "new", "fill"],
    Language.DE: ["wiederwahl", "neuwahl", "nachwahl"],
}
OFFICERS_SHOWN = {
    Language.SV: ["mötesordförande", "mötessekreterare", "justerare", "rösträknare"],
    Language.EN: ["chair", "secretary", "verifier", "teller"],
    Language.DE: ["versammlungsleitung", "protokollführung", "protokollprüfung", "stimmzählung"],
}
#: the German outcomes the motion form suggests (set apart from the table above, which
#: holds the two languages the form spoke first)
OUTCOME_SHOWN[Language.DE] = {
    MotionOutcome.ADOPTED: "angenommen",
    MotionOutcome.REJECTED: "abgelehnt",
    MotionOutcome.AMENDED: "geändert",
    MotionOutcome.WITHDRAWN: "zurückgezogen",
}
E = TypeVar("E")
YES = ("ja", "j", "yes", "y", "x")
NO = ("nej", "nein", "n", "no")


def _word(text: str) -> str:
    return " ".join(text.casefold().split())


def _lookup(words: Mapping[E, tuple[str, ...]], text: str) -> E | None:
    wanted = _word(text)
    for value, spellings in words.items():
        if wanted in spellings:
            return value
    starts = [v for v, spellings in words.items() if any(s.startswith(wanted) for s in spellings)]
    return starts[0] if len(starts) == 1 else None


def _typed(
    words: Mapping[E, tuple[str, ...]], text: str, empty: E, lang: Language, refusal: str
) -> E:
    """The value a typed word names (``empty`` when nothing is typed); a word that names
    none is refused with the text ``refusal`` (a catalogue key taking ``value``)."""
    if not text.strip():
        return empty
    found = _lookup(words, text)
    if found is None:
        raise FormError(t(lang, refusal, value=text.strip()))
    return found


def parse_outcome(text: str, lang: Language) -> MotionOutcome:
    return _typed(OUTCOME_WORDS, text, MotionOutcome.PENDING, lang, "form.bad_outcome")


def _outcome_of(outcome: str, decision: str, lang: Language) -> MotionOutcome:
    """The outcome typed; with none, the one the decision says ("Beslut: bifalles")."""
    if outcome.strip() or not decision.strip():
        return parse_outcome(outcome, lang)
    return _lookup(OUTCOME_WORDS, decision) or MotionOutcome.PENDING


def parse_yes_no(text: str, label: str, lang: Language) -> bool | None:
    wanted = _word(text)
    if not wanted:
        return None
    if wanted in YES:
        return True
    if wanted in NO:
        return False
    raise FormError(t(lang, "form.bad_yes_no", field=label))


def person_or_name(meeting: Meeting, text: str, lang: Language) -> tuple[str | None, str]:
    """A person of the meeting the letters point to, or the text as a name of its own
    (a mover may be a committee; a candidate need not be at the meeting)."""
    wanted = " ".join(text.split())
    if not wanted:
        return None, ""
    exact = [p for p in meeting.people if p.name.casefold() == wanted.casefold()]
    matches = exact or find_people(meeting, wanted)
    if len(matches) == 1:
        return matches[0].id, matches[0].name
    if len(matches) > 1:
        shown = ", ".join(p.name for p in matches[:4])
        raise FormError(t(lang, "app.ambiguous_person", name=wanted, names=shown))
    return None, wanted


def _split(text: str) -> list[str]:
    return [" ".join(part.split()) for part in text.split(",") if part.strip()]


def _names_typed(meeting: Meeting, text: str, lang: Language) -> tuple[str, ...]:
    """Names as typed, completed to the meeting's person where the letters point to one."""
    return tuple(person_or_name(meeting, part, lang)[1] for part in _split(text))


# -- motions -----------------------------------------------------------------------------


def motion_form(
    meeting: Meeting, item_id: str, lang: Language, run: Runner, now: datetime,
    *, existing: str | None = None,
) -> FormScreen:  # fmt: skip
    record = motion(meeting, existing)
    seconding = uses_seconding(meeting) or bool(record and record.seconded_by_name)

    def work(v: Values) -> str | None:
        moved_by, moved_name = person_or_name(meeting, v["moved_by"], lang)
        seconded_by, seconded_name = person_or_name(meeting, v.get("seconded_by", ""), lang)
        data = MotionInput(
            v["text"], moved_by, moved_name, seconded_by, seconded_name,
            _outcome_of(v["outcome"], v["decision"], lang), v["decision"], v["amended_text"],
        )  # fmt: skip
        if record is not None:
            return run(lambda m: edit_motion(m, record.id, data, now))
        return run(lambda m: add_motion(m, item_id, data, now))

    everyone = names(meeting)
    shown = OUTCOME_SHOWN.get(lang, OUTCOME_SHOWN[Language.EN])
    outcome = shown.get(record.outcome, "") if record else ""
    fields = [
        Field("text", t(lang, "form.motion.text"), record.text if record else "", required=True),
        Field("moved_by", t(lang, "form.motion.moved_by"),
              record.moved_by_name if record else "", everyone),
    ]  # fmt: skip
    if seconding:
        fields.append(
            Field("seconded_by", t(lang, "form.motion.seconded_by"),
                  record.seconded_by_name if record else "", everyone)
        )  # fmt: skip
    fields += [
        Field("outcome", t(lang, "form.motion.outcome"), outcome, list(shown.values())),
        Field("decision", t(lang, "form.motion.decision"), record.decision if record else ""),
        Field("amended_text", t(lang, "form.motion.amended_text"),
              record.amended_text if record else ""),
    ]  # fmt: skip
    number = meeting.item_label(item_id)
    title = (
        t(lang, "form.motion_edit", motion=record.number, number=number)
        if record
        else t(lang, "form.motion", number=number)
    )
    return record_form(title, fields, lang, work)


# -- votes -------------------------------------------------------------------------------


def parse_count(text: str, lang: Language) -> VoteInput | None:
    """ "enhälligt", "7-2-0" (for-against-abstain), "Anna 12, Bo 7"; None for empty."""
    wanted = _word(text)
    if not wanted:
        return None
    if is_unanimous_word(wanted):
        return VoteInput(VoteMethod.UNANIMOUS)
    numbers = [p for p in wanted.replace(",", "-").replace(" ", "-").split("-") if p]
    if numbers and len(numbers) <= 3 and all(p.isdigit() for p in numbers):
        f, a, n = ([int(p) for p in numbers] + [0, 0])[:3]
        return VoteInput(VoteMethod.COUNT, votes_for=f, votes_against=a, votes_abstain=n)
    options: list[str] = []
    counts: list[int] = []
    for part in _split(text):
        name, _, count = part.rpartition(" ")
        if not name.strip() or not count.isdigit():
            raise FormError(t(lang, "form.bad_count", value=text.strip()))
        options.append(name.strip())
        counts.append(int(count))
    return VoteInput(VoteMethod.OPTIONS, options=tuple(options), option_counts=tuple(counts))


def vote_form(
    meeting: Meeting, item_id: str, lang: Language, run: Runner, now: datetime,
    *, existing: str | None = None,
) -> FormScreen:  # fmt: skip
    record = vote(meeting, existing)
    motions = item_motions(meeting, item_id)
    elections = item_elections(meeting, item_id)

    def work(v: Values) -> str | None:
        motion_id = election_id = None
        if v["motion"].strip():
            wanted = v["motion"].strip()
            found = next((m for m in motions if str(m.number) == wanted), None)
            if found is None:
                raise FormError(t(lang, "form.no_such_motion", value=wanted))
            motion_id = found.id
        if v["election"].strip():
            wanted = _word(v["election"])
            chosen = [e for e in elections if _word(e.office).startswith(wanted)]
            if len(chosen) != 1:
                raise FormError(t(lang, "form.no_such_election", value=v["election"].strip()))
            election_id = chosen[0].id
        roll: list[tuple[str, str]] = []
        for key, ballot in (("yes", Ballot.YES), ("no", Ballot.NO), ("abstain", Ballot.ABSTAIN)):
            roll += [(p.id, ballot.value) for p in people_list(meeting, v[key], lang)]
        counted = parse_count(v["count"], lang)
        if counted is not None and roll:
            raise FormError(t(lang, "form.count_and_roll_call"))
        if counted is None and not roll:
            raise FormError(t(lang, "form.no_vote"))
        base = counted or VoteInput(VoteMethod.ROLL_CALL)
        typed = v["electorate"].strip()
        count = int(typed) if typed.isdigit() else None  # "42": a röstlängd as a number
        electorate = (
            () if count is not None else tuple(p.id for p in people_list(meeting, typed, lang))
        )
        secret = parse_yes_no(v["secret"], t(lang, "form.vote.secret"), lang) or False
        data = VoteInput(
            base.method, motion_id, election_id, base.votes_for, base.votes_against,
            base.votes_abstain, base.options, base.option_counts, tuple(roll), electorate,
            secret, v["result"], count,
        )  # fmt: skip
        if record is not None:
            return run(lambda m: edit_vote(m, record.id, data, now))
        return run(lambda m: add_vote(m, item_id, data, now))

    values = _vote_values(meeting, existing, lang)
    if not values and len(motions) == 1:
        values["motion"] = "1"  # one motion on the item: the vote is on it
    everyone = names(meeting)
    fields = [
        Field("count", t(lang, "form.vote.count"), values.get("count", ""),
              [unanimous_word(lang)]),
        Field("motion", t(lang, "form.vote.motion"), values.get("motion", ""),
              [str(m.number) for m in motions]),
        Field("election", t(lang, "form.vote.election"), values.get("election", ""),
              [e.office for e in elections if e.office]),
        Field("yes", t(lang, "form.vote.yes"), values.get("yes", ""), everyone),
        Field("no", t(lang, "form.vote.no"), values.get("no", ""), everyone),
        Field("abstain", t(lang, "form.vote.abstain"), values.get("abstain", ""), everyone),
        Field("electorate", t(lang, "form.vote.electorate"), values.get("electorate", ""),
              everyone),
        Field("secret", t(lang, "form.vote.secret"), values.get("secret", "")),
        Field("result", t(lang, "form.vote.result"), values.get("result", "")),
    ]  # fmt: skip
    key = "form.vote_edit" if record else "form.vote"
    return record_form(t(lang, key, number=meeting.item_label(item_id)), fields, lang, work)


def _vote_values(meeting: Meeting, vote_id: str | None, lang: Language) -> Values:
    record = vote(meeting, vote_id)
    if record is None:
        return {}

    def who(person_id: str) -> str:
        person = meeting.person(person_id)
        return person.name if person else person_id

    count = ""
    if record.method is VoteMethod.UNANIMOUS:
        count = unanimous_word(lang)
    elif record.method is VoteMethod.COUNT and (tally := record.tally()) is not None:
        count = "-".join(str(n) for n in tally)
    elif record.method is VoteMethod.OPTIONS:
        count = ", ".join(
            f"{o} {c}" for o, c in zip(record.options, record.option_counts, strict=False)
        )
    ballots = record.ballots()
    chosen_motion = motion(meeting, record.motion)
    chosen_election = election(meeting, record.election)
    return {
        "count": count,
        "motion": str(chosen_motion.number) if chosen_motion else "",
        "election": chosen_election.office if chosen_election else "",
        "yes": ", ".join(who(p) for p, b in ballots.items() if b is Ballot.YES),
        "no": ", ".join(who(p) for p, b in ballots.items() if b is Ballot.NO),
        "abstain": ", ".join(who(p) for p, b in ballots.items() if b is Ballot.ABSTAIN),
        "electorate": str(record.electorate_count)
        if record.electorate_count is not None
        else ", ".join(who(p) for p in record.electorate),
        "secret": ("ja" if lang is Language.SV else "yes") if record.secret else "",
        "result": record.result,
    }


# -- elections ---------------------------------------------------------------------------


def election_form(
    meeting: Meeting, item_id: str, lang: Language, run: Runner, now: datetime,
    *, existing: str | None = None,
) -> FormScreen:  # fmt: skip
    record = election(meeting, existing)

    def work(v: Values) -> str | None:
        kind = _typed(KIND_WORDS, v["kind"], ElectionKind.UNSPECIFIED, lang, "form.bad_kind")
        officer = _typed(OFFICER_WORDS, v["officer"], Officer.NONE, lang, "form.bad_officer")
        seats = None
        if v["seats"].strip():
            if not v["seats"].strip().isdigit():
                raise FormError(t(lang, "form.bad_number", field=t(lang, "form.election.seats")))
            seats = int(v["seats"].strip())
        data = ElectionInput(
            v["office"], _names_typed(meeting, v["elected"], lang),
            _names_typed(meeting, v["candidates"], lang), v["nominated_by"], kind, v["term"],
            seats, parse_yes_no(v["accepted"], t(lang, "form.election.accepted"), lang), officer,
        )  # fmt: skip
        if record is not None:
            return run(lambda m: edit_election(m, record.id, data, now))
        return run(lambda m: add_election(m, item_id, data, now))

    kinds = KINDS_SHOWN.get(lang, KINDS_SHOWN[Language.EN])
    officers = OFFICERS_SHOWN.get(lang, OFFICERS_SHOWN[Language.EN])
    officer_default = ""
    item = meeting.item(item_id)
    if record is None and item is not None and item.kind is ItemKind.VERIFIERS:
        officer_default = officers[2]
    kind_shown = (
        kinds[[ElectionKind.RE, ElectionKind.NEW, ElectionKind.FILL].index(record.kind)]
        if (record and record.kind is not ElectionKind.UNSPECIFIED)
        else ""
    )
    officer_shown = officer_default
    if record and record.officer is not Officer.NONE:
        officer_shown = officers[list(OFFICER_WORDS).index(record.officer)]
    accepted = ""
    if record and record.accepted is not None:
        accepted = (
            ("ja" if record.accepted else "nej")
            if lang is Language.SV
            else ("yes" if record.accepted else "no")
        )
    everyone = names(meeting)
    fields = [
        Field("office", t(lang, "form.election.office"), record.office if record else ""),
        Field("elected", t(lang, "form.election.elected"),
              ", ".join(record.elected) if record else "", everyone),
        Field("kind", t(lang, "form.election.kind"), kind_shown, kinds),
        Field("term", t(lang, "form.election.term"), record.term if record else ""),
        Field("candidates", t(lang, "form.election.candidates"),
              ", ".join(record.candidates) if record else "", everyone),
        Field("nominated_by", t(lang, "form.election.nominated_by"),
              record.nominated_by if record else ""),
        Field("seats", t(lang, "form.election.seats"),
              str(record.seats) if record and record.seats is not None else ""),
        Field("accepted", t(lang, "form.election.accepted"), accepted),
        Field("officer", t(lang, "form.election.officer"), officer_shown, officers),
    ]  # fmt: skip
    key = "form.election_edit" if record else "form.election"
    return record_form(t(lang, key, number=meeting.item_label(item_id)), fields, lang, work)


# -- the meeting screen's keys -------------------------------------------------------------

FORMS = {"motion": motion_form, "vote": vote_form, "election": election_form}


def open_procedure_form(host: MeetingHost, kind: str) -> None:
    """alt+p / alt+v / alt+y: a new motion, vote or election under the shown item."""
    item = host.shown_item()
    if item is not None:
        host.post_message(
            OpenOverMeeting(FORMS[kind](host.meeting, item.id, host.lang, host.change, host.now()))
        )


def toggle_seconding(host: MeetingHost) -> None:
    """alt+shift+p: the body seconds its motions, or no longer (kept for its next meeting)."""
    on = not uses_seconding(host.meeting)
    key = "app.seconding_on" if on else "app.seconding_off"
    host.change(lambda m: set_seconding(m, on), t(host.lang, key))
