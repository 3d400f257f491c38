"""The record of a röstlängd adopted or adjusted at an item (``model.electorate`` has the
operations and the rule of which one is in force)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from model.tracked import Tracked


@dataclass
class ElectorateRecord(Tracked):
    """ "Röstlängden justeras till 43 röstberättigade" at an item: the number entitled to
    vote from this item on, and (optionally) who came and who left since the last one.
    The first in agenda order adopts the röstlängd (fastställs); later ones adjust it."""

    id: str
    item: str  # agenda item id
    count: int = 0
    joined: list[str] = field(default_factory=list)  # names, as printed
    left: list[str] = field(default_factory=list)
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # a file another tool wrote may hold null or odd entries: read as none
        self.joined = [str(n) for n in self.joined or [] if n]
        self.left = [str(n) for n in self.left or [] if n]
