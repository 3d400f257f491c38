"""Roles as people type them, Swedish or English ("ledamot", "vice ordförande", "Vice
Chair", "tjänsteperson"). A role typed in the organisation field is taken as the role, so
it is never printed as an organisation (the one place for that rule).
"""

from __future__ import annotations

from model.enums import Role

#: what people type for each role (compared casefolded, dots and extra spaces ignored)
ROLE_WORDS: dict[Role, tuple[str, ...]] = {
    Role.CHAIR: ("chair", "ordförande", "ordf", "chairman", "chairperson", "mötesordförande"),
    Role.VICE_CHAIR: ("vice chair", "vice ordförande", "vice ordf", "vice_chair", "v ordf"),
    Role.SECRETARY: ("secretary", "sekreterare", "sekr", "mötessekreterare"),
    Role.MEMBER: ("member", "ledamot", "ordinarie ledamot", "styrelseledamot"),
    Role.SUBSTITUTE: ("substitute", "ersättare", "suppleant", "deputy"),
    Role.ADJUNCT: ("adjunct", "adjungerad", "co-opted", "adjungerad ledamot"),
    Role.OFFICIAL: ("official", "tjänsteperson", "tjänsteman", "tjänstemän", "staff", "officer"),
    Role.GUEST: ("guest", "gäst", "inbjuden"),
    Role.AUDITOR: ("auditor", "revisor", "lekmannarevisor"),
}


#: roles in the order a list offers them
ROLE_ORDER = tuple(ROLE_WORDS)


def _folded(text: str) -> str:
    return " ".join(text.replace(".", " ").replace("-", " ").casefold().split())


_BY_WORD = {_folded(w): role for role, words in ROLE_WORDS.items() for w in words}


def parse_role(text: str) -> Role | None:
    """The role a typed word names ("Vice ordförande", "ledamot", "auditor"), or None."""
    return _BY_WORD.get(_folded(text)) if text.strip() else None


def organisation_and_role(organisation: str, role: Role | None) -> tuple[str, Role]:
    """A role typed in the organisation field becomes the role (organisation empty)."""
    as_role = parse_role(organisation)
    if as_role is not None and role in (None, Role.MEMBER, as_role):
        return "", as_role
    return organisation.strip(), role or Role.MEMBER


__all__ = ["ROLE_ORDER", "ROLE_WORDS", "organisation_and_role", "parse_role"]
