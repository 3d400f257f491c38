"""Motions, votes and elections of an item in the document (see ``export.markdown``).

Under an item they come after its notes and before its decisions, as Swedish and
English minutes print them: the motions (yrkanden) with who moved and seconded them,
the chair's proposition order (propositionsordning) with its finding, the votes (a
roll call as a table of names), then the elections.
"""

from __future__ import annotations

from dataclasses import dataclass

from export import escape
from export.electorate import electorate_blocks
from export.gridtable import Cell, grid_table
from model.agenda import AgendaItem
from model.decisions import Decision
from model.document_words import document_word
from model.elections import Election, ElectionKind, Officer
from model.enums import DecisionMethod, Language
from model.meeting import Meeting
from model.motions import Motion, MotionOutcome
from model.people import Attendance
from model.presence import serving_for
from model.procedure import (
    Officers,
    competing,
    item_elections,
    item_motions,
    item_votes,
    meeting_officers,
    motion_votes,
)
from model.procedure_checks import MEMBER_ROLES, absent_members, electorate_of
from model.votes import Ballot, Vote, VoteMethod

PROCEDURE_HEADING = "Decision Heading"  # the style of the decision block's own heading
ROLL_CALL_TABLE = escape.NOTES_TABLE  # thin lines around every cell, in reference.docx
ROLL_CALL_WIDTHS = [40, 12, 12, 12, 16]
BALLOT_COLUMNS = (Ballot.YES, Ballot.NO, Ballot.ABSTAIN, Ballot.ABSENT)


def _heading(lang: Language, key: str) -> str:
    return "\n\n".join(
        [
            f'::: {{custom-style="{PROCEDURE_HEADING}"}}',
            escape.inline(document_word(lang, key)),
            ":::",
        ]
    )


def _genitive(lang: Language, name: str) -> str:
    """ "Anna Bergs" (Swedish adds -s, none after s, x, z); English is worded otherwise."""
    if lang is not Language.SV:
        return name
    base, party = name, ""
    if name.endswith(")") and " (" in name:  # "Eva Holm (S)": "Eva Holms (S)"
        base, _, rest = name.rpartition(" (")
        party = f" ({rest}"
    return (base if base[-1:].lower() in ("s", "x", "z") else f"{base}s") + party


def motion_name(lang: Language, motion: Motion, number: int) -> str:
    """How the proposition order names a motion: "Anna Bergs yrkande", "yrkande 2"."""
    if motion.moved_by_name:
        return document_word(
            lang, "procedure.motion.of", name=_genitive(lang, motion.moved_by_name)
        )
    return document_word(lang, "procedure.motion.numbered", number=number)


def _listed(lang: Language, parts: list[str]) -> str:
    if len(parts) < 2:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {document_word(lang, 'procedure.and')} {parts[-1]}"


def _motion_text(lang: Language, motion: Motion) -> str:
    text = motion.text.strip()
    if text[-1:].isalnum():
        text += "."
    if motion.moved_by_name:
        if text.split(" ", 1)[0] in ("Att", "That"):  # "yrkar att …", as minutes say it
            text = text[:1].lower() + text[1:]
        lowercase = text[:1].islower()
        key = "procedure.motion.moved" if lowercase else "procedure.motion.moved.colon"
        return document_word(lang, key, name=motion.moved_by_name, text=text)
    first, _, rest = text.partition(" ")
    if lang is Language.SV and first.casefold() == "att" and rest:
        return document_word(
            lang, "procedure.motion.att", text=rest
        )  # the att-sats form: "Att: ..."
    if lang is Language.EN and first.casefold() == "that" and rest:
        return document_word(lang, "procedure.motion.att", text=rest)
    return document_word(lang, "procedure.motion.plain", text=text)


def _outcome(lang: Language, motion: Motion) -> str:
    if motion.decision:
        return document_word(lang, "procedure.motion.decision", text=motion.decision)
    if motion.outcome is MotionOutcome.AMENDED and motion.amended_text:
        return document_word(lang, "procedure.motion.amended.text", text=motion.amended_text)
    if motion.outcome is MotionOutcome.PENDING:
        return ""
    return document_word(lang, f"procedure.motion.{motion.outcome.value}")


def _motion_entry(meeting: Meeting, motion: Motion, competing_ids: set[str]) -> str:
    lang = meeting.header.language
    parts = [escape.lines(_motion_text(lang, motion))]
    if motion.seconded_by_name:
        parts.append(
            escape.inline(
                document_word(lang, "procedure.motion.seconded", name=motion.seconded_by_name)
            )
        )
    # a competing motion's fate is the chair's finding, said once below; its own decision
    # and amendment still print here
    own = bool(motion.id not in competing_ids or motion.decision or motion.amended_text)
    unanimous = any(v.method is VoteMethod.UNANIMOUS for v in motion_votes(meeting, motion.id))
    if unanimous and motion.outcome is MotionOutcome.ADOPTED and not motion.decision:
        own = False  # "Carried unanimously." says it once
    if own and (outcome := _outcome(lang, motion)):
        parts.append(escape.lines(outcome))
    return "  \n".join(parts)


def proposition_sentence(meeting: Meeting, item_id: str) -> str:
    """ "Ordföranden ställer proposition på A:s yrkande och B:s yrkande och finner att ..."
    for an item with competing motions ("" for none)."""
    lang = meeting.header.language
    motions = competing(meeting, item_id)
    if not motions:
        return ""
    numbers = {m.id: n for n, m in enumerate(item_motions(meeting, item_id), start=1)}
    names = _listed(lang, [motion_name(lang, m, numbers[m.id]) for m in motions])
    won = [m for m in motions if m.outcome in (MotionOutcome.ADOPTED, MotionOutcome.AMENDED)]
    if won:
        adopted = _listed(lang, [motion_name(lang, m, numbers[m.id]) for m in won])
        body = meeting.header.body.strip() or document_word(lang, "procedure.the_meeting")
        return document_word(
            lang, "procedure.proposition.found", motions=names, body=body, adopted=adopted
        )
    if all(m.outcome is MotionOutcome.REJECTED for m in motions):
        return document_word(lang, "procedure.proposition.rejected", motions=names)
    return document_word(lang, "procedure.proposition", motions=names) + "."


def _name_of(meeting: Meeting, person_id: str) -> str:
    person = meeting.person(person_id)
    return person.name if person else person_id


def _seats_served(meeting: Meeting, vote: Vote) -> set[str]:
    """The members whose substitute serves for them at the vote's item: not absent."""
    top = meeting.top_item(vote.item)
    index = meeting.item_index(top.id) if top else None
    if index is None:
        return set()
    return {m for p in meeting.people if (m := serving_for(meeting, p.id, index)) is not None}


def _voter_name(meeting: Meeting, vote: Vote, person_id: str) -> str:
    """The voter's name; a substitute serving at the vote's item names the member:
    "Kim Nordin (C), ersättare för Tove Ling (C)"."""
    name = _name_of(meeting, person_id)
    top = meeting.top_item(vote.item)
    index = meeting.item_index(top.id) if top else None
    member = serving_for(meeting, person_id, index) if index is not None else None
    if member is None:
        return name
    lang = meeting.header.language
    return document_word(
        lang, "procedure.roll.serving", name=name, member=_name_of(meeting, member)
    )


def roll_call_table(meeting: Meeting, vote: Vote) -> str:
    """Each voter with an X under Ja / Nej / Avstår / Frånvarande, and the sums; a
    substitute's row says for whom she serves."""
    lang = meeting.header.language
    ballots = vote.ballots()
    away = {p.id for p in absent_members(meeting, vote.item)} - _seats_served(meeting, vote)
    # a row per seat: who voted, the members away, and the voters holding a seat (a
    # secretary or an official entitled to vote but giving no ballot is no row)
    seats = {p.id for p in meeting.people if p.role in MEMBER_ROLES or p.substitute_for}
    people = [
        p
        for p in dict.fromkeys([*electorate_of(meeting, vote), *ballots, *away])
        if p in ballots or p in away or p in seats
    ]
    order = {p.id: p.position for p in meeting.people}
    people.sort(key=lambda p: (order.get(p, len(order)), _name_of(meeting, p).casefold()))
    mark = document_word(lang, "procedure.roll.mark")
    header = [Cell(f"**{escape.inline(document_word(lang, 'procedure.roll.name'))}**")]
    header += [
        Cell(f"**{escape.inline(document_word(lang, f'procedure.roll.{b.value}'))}**")
        for b in BALLOT_COLUMNS
    ]
    rows = [header]
    totals = dict.fromkeys(BALLOT_COLUMNS, 0)
    for person_id in people:
        # a member not at the item is absent; a voter who gave no ballot gets no mark
        ballot = ballots.get(person_id) or (Ballot.ABSENT if person_id in away else None)
        if ballot is not None:
            totals[ballot] += 1
        row = [Cell(escape.inline(_voter_name(meeting, vote, person_id)))]
        row += [Cell(mark if ballot is b else "") for b in BALLOT_COLUMNS]
        rows.append(row)
    total = [Cell(f"**{escape.inline(document_word(lang, 'procedure.roll.total'))}**")]
    total += [Cell(str(totals[b])) for b in BALLOT_COLUMNS]
    rows.append(total)
    return grid_table(rows, ROLL_CALL_WIDTHS, f'custom-style="{ROLL_CALL_TABLE}"')


def unanimous_line(lang: Language, *, decision: bool) -> str:
    """ "Beslutet är enhälligt.": a unanimous vote ("Carried unanimously.") or a decision
    marked unanimous ("The decision was unanimous."), as one rule for both."""
    return escape.inline(
        document_word(
            lang, "procedure.decision.unanimous" if decision else "procedure.vote.unanimous"
        )
    )


def decision_unanimous_lines(meeting: Meeting, decision: Decision) -> list[str]:
    """The line a decision marked unanimous prints, unless a unanimous vote of its item
    (one on no motion or election) already says so in the lines above it."""
    if decision.method is not DecisionMethod.UNANIMOUS:
        return []
    said = any(
        v.method is VoteMethod.UNANIMOUS and not v.motion and not v.election
        for v in item_votes(meeting, decision.item)
    )
    return [] if said else [unanimous_line(meeting.header.language, decision=True)]


def vote_blocks(meeting: Meeting, vote: Vote) -> list[str]:
    """The vote as the minutes print it: "enhälligt", the count, or the roll-call table."""
    lang = meeting.header.language
    blocks: list[str] = []
    if vote.method is VoteMethod.UNANIMOUS:
        blocks.append(unanimous_line(lang, decision=False))
    elif vote.method is VoteMethod.OPTIONS:
        options = ", ".join(
            document_word(lang, "procedure.vote.option", name=name, count=count)
            for name, count in zip(vote.options, vote.option_counts, strict=False)
        )
        key = "procedure.vote.secret" if vote.secret else "procedure.vote.options"
        blocks.append(escape.inline(document_word(lang, key, options=options)))
    elif vote.method is VoteMethod.ROLL_CALL:
        f, a, n = vote.tally() or (0, 0, 0)
        blocks.append(escape.inline(document_word(lang, "procedure.vote.roll_call")))
        blocks.append(roll_call_table(meeting, vote))
        blocks.append(
            escape.inline(document_word(lang, "procedure.vote.roll_call.result", f=f, a=a, n=n))
        )
    elif (tally := vote.tally()) is not None:
        key = "procedure.vote.secret.count" if vote.secret else "procedure.vote.count"
        blocks.append(escape.inline(document_word(lang, key, f=tally[0], a=tally[1], n=tally[2])))
    if vote.electorate or vote.electorate_count:
        count = vote.electorate_count or len(vote.electorate)
        blocks.append(escape.inline(document_word(lang, "procedure.vote.electorate", count=count)))
    if vote.result:
        blocks.append(escape.lines(document_word(lang, "procedure.vote.result", text=vote.result)))
    return blocks


def _kind_word(lang: Language, kind: ElectionKind) -> str:
    return (
        document_word(lang, f"procedure.election.kind.{kind.value}")
        if kind is not ElectionKind.UNSPECIFIED
        else ""
    )


def election_office(lang: Language, record: Election) -> str:
    if record.office:
        return record.office
    return (
        document_word(lang, f"procedure.officer.{record.officer.value}")
        if record.officer is not Officer.NONE
        else ""
    )


def _election_entry(meeting: Meeting, record: Election) -> str:
    lang = meeting.header.language
    office = election_office(lang, record)
    kind = _kind_word(lang, record.kind)
    if record.elected:
        names = ", ".join(record.elected)
        extras = [
            w
            for w in (
                kind,
                document_word(lang, "procedure.election.term", term=record.term)
                if record.term
                else "",
            )
            if w
        ]
        if extras:
            names += f" ({', '.join(extras)})"
        lines = [document_word(lang, "procedure.election.line", office=office, names=names)]
    else:
        lines = [document_word(lang, "procedure.election.none", office=office)]
    others = [c for c in record.candidates if c not in record.elected] or record.candidates
    if record.candidates and record.nominated_by:
        lines.append(
            document_word(lang, "procedure.election.nominated.candidates", by=record.nominated_by,
                   names=", ".join(record.candidates))
        )  # fmt: skip
    elif record.candidates and others != record.elected:
        lines.append(
            document_word(lang, "procedure.election.candidates", names=", ".join(record.candidates))
        )
    elif record.nominated_by:
        lines.append(document_word(lang, "procedure.election.nominated", by=record.nominated_by))
    if record.vacancies:
        lines.append(document_word(lang, "procedure.election.vacant", count=record.vacancies))
    if record.accepted is True and record.elected:
        key = (
            "procedure.election.accepted.one"
            if len(record.elected) == 1
            else "procedure.election.accepted"
        )
        lines.append(document_word(lang, key))
    elif record.accepted is False:
        lines.append(document_word(lang, "procedure.election.declined"))
    entry = "  \n".join(escape.inline(line) for line in lines)
    blocks = [entry]
    for counted in (v for v in meeting.votes if not v.deleted and v.election == record.id):
        blocks += vote_blocks(meeting, counted)
    return "\n\n".join(blocks)


def procedure_blocks(meeting: Meeting, scope: list[AgendaItem]) -> list[str]:
    """The motions, proposition order, votes and elections of an item and its sub-items."""
    lang = meeting.header.language
    blocks: list[str] = electorate_blocks(meeting, scope)  # röstlängd first: votes follow it
    motion_entries: list[str] = []
    for item in scope:
        motions = item_motions(meeting, item.id)
        ids = {m.id for m in competing(meeting, item.id)}
        motion_entries += [_motion_entry(meeting, m, ids) for m in motions]
        if sentence := proposition_sentence(meeting, item.id):
            motion_entries.append(escape.lines(sentence))
        for voted in motions:  # votering follows the proposition order
            for counted in motion_votes(meeting, voted.id):
                motion_entries += vote_blocks(meeting, counted)
    if motion_entries:
        blocks += [_heading(lang, "procedure.motions"), *motion_entries]
    loose = [
        v for item in scope for v in item_votes(meeting, item.id) if not v.motion and not v.election
    ]
    if loose:
        blocks.append(_heading(lang, "procedure.votes"))
        for counted in loose:
            blocks += vote_blocks(meeting, counted)
    elections = [e for item in scope for e in item_elections(meeting, item.id)]
    if elections:
        blocks += [
            _heading(lang, "procedure.elections"),
            *(_election_entry(meeting, e) for e in elections),
        ]
    return blocks


@dataclass(frozen=True)
class Signers:
    """The officers the meeting elected for itself, for the signature block."""

    meeting: Meeting
    officers: Officers

    @property
    def verifiers(self) -> tuple[str, ...]:
        return self.officers.verifiers

    @property
    def chair(self) -> str:
        """The chair the meeting elected for itself (mötesordförande), or ""."""
        return self.officers.chair

    def _person(self, name: str) -> Attendance | None:
        if not name:
            return None
        wanted = name.casefold()
        found = next((p for p in self.meeting.people if p.name.casefold() == wanted), None)
        return found or Attendance(id="", name=name)  # elected, though not on the list

    def apply(
        self, chair: Attendance | None, secretary: Attendance | None, verifiers: list[Attendance]
    ) -> tuple[Attendance | None, Attendance | None, list[Attendance]]:
        """Chair, secretary and verifiers: the elected ones where the meeting elected them."""
        elected = [p for n in self.officers.verifiers if (p := self._person(n)) is not None]
        return (
            self._person(self.officers.chair) or chair,
            self._person(self.officers.secretary) or secretary,
            elected or verifiers,
        )


def signers_of(meeting: Meeting) -> Signers:
    return Signers(meeting, meeting_officers(meeting))
