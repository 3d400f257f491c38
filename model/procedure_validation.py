"""What ``minutes check`` finds in motions, votes and elections: mostly a vote that no
longer fits the attendance, corrected after the vote was recorded.

Each finding is ``(code, record id, wording, values)``, a warning: ``model.validation``
makes them problems, worded from the checks' catalogue by ``check.<wording or code>``
(this module does not import it, so there is no import circle).
"""

from __future__ import annotations

from model.electorate import electorate_at
from model.meeting import Meeting
from model.procedure_checks import (
    ballots_needed,
    electorate_of,
    present_ids,
    rostlangd_problem,
)
from model.votes import Ballot

Finding = tuple[str, str, str, dict[str, object]]


def procedure_findings(meeting: Meeting) -> list[Finding]:
    out: list[Finding] = []
    motions = {m.id: m for m in meeting.motions}
    for vote in meeting.votes:
        if vote.deleted:
            continue
        label = meeting.item_label(vote.item)
        here = present_ids(meeting, vote.item)
        away = [p for p in vote.electorate if p not in here]
        if away:
            names = ", ".join(_name(meeting, p) for p in away)
            out.append(("electorate_not_present", vote.id, "", {"label": label, "names": names}))
        if (broken := rostlangd_problem(meeting, vote)) is not None:
            wording = (
                "vote_outside_rostlangd_own"
                if "own" in broken.values
                else "vote_outside_rostlangd_cast"
            )
            values = {"label": label, **broken.values}
            out.append(("vote_outside_rostlangd", vote.id, wording, values))
        if vote.electorate_count is not None or electorate_at(meeting, vote.item) is not None:
            continue  # a röstlängd given as a number is not a list of who is here
        electorate = set(electorate_of(meeting, vote))
        voted = [p for p, b in vote.ballots().items() if b is not Ballot.ABSENT]
        outside = [p for p in voted if p not in electorate]
        if outside:
            names = ", ".join(_name(meeting, p) for p in outside)
            out.append(("voted_outside_electorate", vote.id, "", {"label": label, "names": names}))
        needed = ballots_needed(vote)
        if electorate and needed > len(electorate):
            values = {"label": label, "needed": needed, "size": len(electorate)}
            out.append(("more_votes_than_electorate", vote.id, "", values))
        motion = motions.get(vote.motion or "")
        if motion is not None and motion.deleted:
            out.append(("vote_on_deleted_motion", vote.id, "", {"label": label}))
    return out


def _name(meeting: Meeting, person_id: str) -> str:
    person = meeting.person(person_id)
    return person.name if person else person_id
