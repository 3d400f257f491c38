"""What ``minutes check`` finds in motions, votes and elections: mostly a vote that no
longer fits the attendance, corrected after the vote was recorded.

Each finding is ``(code, swedish, english, record id)``, a warning; ``model.validation``
makes them problems (this module does not import it, so there is no import circle).
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

Finding = tuple[str, str, str, str]


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
            out.append((
                "electorate_not_present",
                f"Omröstningen under punkt {label}: i röstlängden men inte närvarande: {names}.",
                f"The vote under item {label}: in the electorate but not present: {names}.",
                vote.id,
            ))  # fmt: skip
        if (broken := rostlangd_problem(meeting, vote)) is not None:
            values = broken.values
            sv = (
                f"Omröstningen under punkt {label}: röstlängd {values['own']}, men "
                f"röstlängden vid punkten är {values['count']}."
                if "own" in values
                else f"Omröstningen under punkt {label}: {values['cast']} röster, men "
                f"röstlängden vid punkten har {values['count']}."
            )
            en = f"The vote under item {label}: {broken}."
            out.append(("vote_outside_rostlangd", sv, en, vote.id))
        if vote.electorate_count is not None or electorate_at(meeting, vote.item) is not None:
            continue  # a röstlängd given as a number is not a list of who is here
        electorate = set(electorate_of(meeting, vote))
        voted = [p for p, b in vote.ballots().items() if b is not Ballot.ABSENT]
        outside = [p for p in voted if p not in electorate]
        if outside:
            names = ", ".join(_name(meeting, p) for p in outside)
            out.append((
                "voted_outside_electorate",
                f"Omröstningen under punkt {label}: röstade utan att vara röstberättigad: {names}.",
                f"The vote under item {label}: voted without being entitled to: {names}.",
                vote.id,
            ))  # fmt: skip
        needed = ballots_needed(vote)
        if electorate and needed > len(electorate):
            out.append((
                "more_votes_than_electorate",
                f"Omröstningen under punkt {label}: {needed} röster men röstlängden har "
                f"{len(electorate)}.",
                f"The vote under item {label}: {needed} votes but the electorate has "
                f"{len(electorate)}.",
                vote.id,
            ))  # fmt: skip
        motion = motions.get(vote.motion or "")
        if motion is not None and motion.deleted:
            out.append((
                "vote_on_deleted_motion",
                f"Omröstningen under punkt {label} gäller ett borttaget yrkande.",
                f"The vote under item {label} is on a deleted motion.",
                vote.id,
            ))  # fmt: skip
    return out


def _name(meeting: Meeting, person_id: str) -> str:
    person = meeting.person(person_id)
    return person.name if person else person_id
