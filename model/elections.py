"""Elections (val): office, candidates, who nominated them, who was elected, the term.

Also the elections of the meeting's own officers (mötesfunktionärer: mötesordförande,
mötessekreterare, justerare, rösträknare), recorded under their items; the export signs
with them (``model.procedure.meeting_officers``). Operations are in ``model.procedure``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from model.tracked import Tracked


class ElectionKind(StrEnum):
    """Re-election, new election or election to fill a vacancy; the first is "not said"."""

    UNSPECIFIED = ""
    NEW = "new"  # nyval
    RE = "re"  # omval
    FILL = "fill"  # fyllnadsval


class Officer(StrEnum):
    """An officer of the meeting itself; the first is "not an officer of the meeting"."""

    NONE = ""
    CHAIR = "meeting_chair"  # mötesordförande
    SECRETARY = "meeting_secretary"  # mötessekreterare
    VERIFIER = "verifier"  # justerare
    TELLER = "teller"  # rösträknare


@dataclass
class Election(Tracked):
    """One election to one office. Names are kept as printed (a candidate need not be at
    the meeting); ``seats`` is how many are to be elected (None: not said)."""

    id: str
    item: str  # agenda item id
    office: str
    elected: list[str] = field(default_factory=list)  # names
    candidates: list[str] = field(default_factory=list)  # names; may be empty
    nominated_by: str = ""  # "valberedningen", a person's name
    kind: ElectionKind = ElectionKind.UNSPECIFIED
    term: str = ""  # "2 år", "2025-2026", "until the next annual meeting"
    seats: int | None = None
    accepted: bool | None = None  # the elected accepted (None: not recorded)
    officer: Officer = Officer.NONE
    number: int = 0  # order among the item's elections
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # a file another tool wrote may hold null entries: read as none
        self.elected = [str(n) for n in self.elected or [] if n is not None]
        self.candidates = [str(n) for n in self.candidates or [] if n is not None]

    @property
    def vacancies(self) -> int:
        """Seats left unfilled (0 when the number of seats is not said)."""
        return max(0, self.seats - len(self.elected)) if self.seats is not None else 0
