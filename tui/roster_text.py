"""How the roster's roles and refused lines are said (the CLI and the app share it)."""

from __future__ import annotations

from model.enums import Language, Role
from model.roles import ROLE_ORDER
from model.roster import RosterLineError
from tui.i18n import t


def role_label(lang: Language, role: Role) -> str:
    """How a role is named in a list ("vice ordförande", "member")."""
    return t(lang, f"role.label.{role.value}")


def role_labels(lang: Language) -> str:
    """Every role, in the order a list offers them, comma separated."""
    return ", ".join(role_label(lang, r) for r in ROLE_ORDER)


def refused_line(lang: Language, number: int, error: RosterLineError) -> str:
    """``Rad 3: okänd roll "kung" (välj: …)``."""
    reason = t(lang, f"roster.refused.{error.code}", value=error.value, roles=role_labels(lang))
    return t(lang, "roster.refused_line", line=number, reason=reason)
