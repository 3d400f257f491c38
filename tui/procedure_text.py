"""The one-line descriptions of motions, votes and elections: the item view shows them
under the notes, the records list (alt+l) lists them to edit or delete."""

from __future__ import annotations

from rich.text import Text

from model.electorate import TABLE as ELECTORATE_TABLE
from model.electorate import item_electorates
from model.electorate_record import ElectorateRecord
from model.enums import Language
from model.meeting import Meeting
from model.procedure import item_elections, item_motions, item_votes, motion, vote
from model.votes import VoteMethod
from tui.i18n import t


def electorate_summary(record: ElectorateRecord) -> str:
    """ "43 (+ Anna Berg; - Bo Ek)": the count and who came and left."""
    moves = [f"+ {', '.join(record.joined)}"] if record.joined else []
    moves += [f"- {', '.join(record.left)}"] if record.left else []
    return f"{record.count} ({'; '.join(moves)})" if moves else str(record.count)


def _start(label: str | None) -> Text:
    return Text(f"{label:<6}", style="dim") if label is not None else Text()


def _vote_summary(meeting: Meeting, vote_id: str) -> str:
    record = vote(meeting, vote_id)
    if record is None:
        return ""
    if record.method is VoteMethod.UNANIMOUS:
        return ""
    if record.method is VoteMethod.OPTIONS:
        pairs = zip(record.options, record.option_counts, strict=False)
        return ", ".join(f"{o} {c}" for o, c in pairs)
    tally = record.tally()
    return "-".join(str(n) for n in tally) if tally else ""


def procedure_lines(
    meeting: Meeting, item_id: str, label: str | None, lang: Language
) -> list[tuple[str, str, Text]]:
    """(table, record id, line) for each motion, vote and election of the item; each line
    starts with the item's ``label`` in a column of its own, unless it is None."""
    lines: list[tuple[str, str, Text]] = []
    for rostlangd in item_electorates(meeting, item_id):  # röstlängd: before the votes
        line = _start(label)
        line.append(f"{t(lang, 'records.electorate')} ", style="bold magenta")
        line.append(electorate_summary(rostlangd))
        lines.append((ELECTORATE_TABLE, rostlangd.id, line))
    for record in item_motions(meeting, item_id):
        line = _start(label)
        line.append(f"{t(lang, 'records.motion')} {record.number}: ", style="bold magenta")
        if record.moved_by_name:
            line.append(f"{record.moved_by_name}: ", style="bold")
        line.append(record.text)
        if record.outcome.decided:
            line.append(f" [{t(lang, f'records.outcome.{record.outcome.value}')}]", style="dim")
        lines.append(("motions", record.id, line))
    for counted in item_votes(meeting, item_id):
        line = _start(label)
        line.append(f"{t(lang, 'records.vote')}: ", style="bold magenta")
        method = t(lang, f"records.method.{counted.method.value}")
        line.append(f"{method} {_vote_summary(meeting, counted.id)}".strip())
        on = motion(meeting, counted.motion)
        if on is not None:
            line.append(f" ({t(lang, 'records.motion')} {on.number})", style="dim")
        lines.append(("votes", counted.id, line))
    for chosen in item_elections(meeting, item_id):
        line = _start(label)
        line.append(f"{t(lang, 'records.election')}: ", style="bold magenta")
        office = chosen.office or t(lang, f"records.officer.{chosen.officer.value}")
        line.append(f"{office}: {', '.join(chosen.elected) or '-'}")
        lines.append(("elections", chosen.id, line))
    return lines
