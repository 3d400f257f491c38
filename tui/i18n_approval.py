"""Texts of approval (justering) in the app and of the identity form (issue 4)."""

from __future__ import annotations

SV: dict[str, str] = {}

EN: dict[str, str] = {}
