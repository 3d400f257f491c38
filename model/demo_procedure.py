"""The demo meetings of formal procedure: kept under this name for the code that imports
them from here; they live in ``model/demo_kinds/``, one module per kind."""

from __future__ import annotations

from model.demo_kinds import (
    DEMO_KINDS,
    association_annual_meeting,
    english_committee,
    municipal_committee,
    unminuted,
    verein_general_meeting,
)

__all__ = [
    "DEMO_KINDS",
    "association_annual_meeting",
    "english_committee",
    "municipal_committee",
    "unminuted",
    "verein_general_meeting",
]
