"""The demo meetings of formal procedure, one per kind of real minutes, replayed through
the live operations (invented people and bodies): ``minutes demo --kind KIND``.

- ``municipal``: a Swedish nämnd's protokoll (§§, a substitute for §§ 4-9, a roll call);
- ``association``: a Swedish association's årsmöte (officers, röstlängd, competing
  proposals, elections);
- ``verein``: a German e.V.'s Mitgliederversammlung (departures and returns with clock
  times, a vote among candidates);
- ``committee``: an English committee (motions moved and seconded, item times).

``unminuted(kind)`` is the same meeting before anyone minuted it: agenda, roster and the
body's settings only, ready to be minuted live (``minutes demo --kind KIND --unminuted``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from model.demo import demo_agenda
from model.meeting import Meeting

from .association import association_annual_meeting
from .committee import english_committee
from .municipal import municipal_committee
from .verein import verein_general_meeting

#: ``minutes demo --kind``: the demo meetings of formal procedure.
DEMO_KINDS: dict[str, Callable[[], Meeting]] = {
    "municipal": municipal_committee,
    "association": association_annual_meeting,
    "verein": verein_general_meeting,
    "committee": english_committee,
}


def unminuted(kind: str, on: datetime | None = None) -> Meeting:
    """The demo meeting of ``kind`` with nothing recorded yet (``on``: moved to that day)."""
    return demo_agenda(DEMO_KINDS[kind](), on=on)


__all__ = [
    "DEMO_KINDS",
    "association_annual_meeting",
    "english_committee",
    "municipal_committee",
    "unminuted",
    "verein_general_meeting",
]
