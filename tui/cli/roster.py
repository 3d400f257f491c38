"""``minutes roster list|add|edit|remove|import BODY ...``: the roster of a body.

The roster is kept in archive.json (``Registry.members``); a new meeting of the body
starts with it (``Archive.roster_for``). Roles are typed as people say them, Swedish or
English ("ledamot", "vice ordförande", "Vice Chair").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

import click

from model.enums import Language, Role
from model.ids import new_id
from model.roles import organisation_and_role, parse_role
from model.roster import RosterMember, parse_roster_file
from tui.cli.base import Context, refuse, root
from tui.i18n import t

if TYPE_CHECKING:  # filelock and TinyDB: only when a roster command runs
    from model.store.registry import Registry

from tui.roster_text import refused_line, role_label, role_labels


def _role(lang: Language, text: str | None) -> Role | None:
    if text is None:
        return None
    role = parse_role(text)
    if role is None:
        refuse(t(lang, "roster.bad_role", role=text, roles=role_labels(lang)))
    return role


def find_member(lang: Language, registry: Registry, body: str, wanted: str) -> RosterMember:
    """The one member an id or name (or the start of a name) points to."""
    members = registry.members(body)
    text = wanted.strip().casefold()
    exact = [m for m in members if m.id == wanted or m.name.casefold() == text]
    matches = exact or [
        m
        for m in members
        if m.name.casefold().startswith(text)
        or any(w.startswith(text) for w in m.name.casefold().split())
    ]
    if not matches:
        refuse(t(lang, "roster.no_such", body=body, name=wanted))
    if len(matches) > 1:
        names = ", ".join(m.name for m in matches[:5])
        refuse(t(lang, "roster.ambiguous", body=body, name=wanted, names=names))
    return matches[0]


@root.group("roster")
def roster_group() -> None:
    """The members of a body: list, add, edit, remove, import a pasted list."""


@roster_group.command("list")
@click.argument("body")
@click.pass_obj
def list_command(ctx: Context, body: str) -> None:
    """The body's roster: name, organisation, role, e-mail."""
    from rich.console import Console
    from rich.table import Table

    lang = ctx.lang
    members = ctx.archive.registry().members(body)
    if not members:
        click.echo(t(lang, "roster.empty", body=body))
        return
    table = Table(title=t(lang, "roster.heading", body=body, count=len(members)))
    for column in ("name", "organisation", "role", "email"):
        table.add_column(t(lang, f"roster.col.{column}"))
    for member in members:
        table.add_row(member.name, member.organisation, role_label(lang, member.role), member.email)
    Console(highlight=False, soft_wrap=False).print(table)


@roster_group.command("add")
@click.argument("body")
@click.argument("name")
@click.option("--organisation", "--org", default="", help="Municipality, association ...")
@click.option("--role", default=None, help="member/ledamot, chair/ordförande, vice chair, ...")
@click.option("--email", default="", help="E-mail (optional).")
@click.pass_obj
def add_command(
    ctx: Context, body: str, name: str, organisation: str, role: str | None, email: str
) -> None:
    """Add a person to the body's roster (last in the list)."""
    lang = ctx.lang
    if not name.strip():
        refuse(t(lang, "roster.no_name"))
    organisation, final = organisation_and_role(organisation, _role(lang, role))
    member = RosterMember(new_id(), name.strip(), organisation, final, email.strip())
    ctx.archive.ensure()
    ctx.archive.registry().save_members(body, [member])
    click.echo(t(lang, "roster.added", body=body, name=member.name))


@roster_group.command("edit")
@click.argument("body")
@click.argument("person")
@click.option("--name", default=None, help="The new name.")
@click.option("--organisation", "--org", default=None)
@click.option("--role", default=None)
@click.option("--email", default=None)
@click.pass_obj
def edit_command(
    ctx: Context,
    body: str,
    person: str,
    name: str | None,
    organisation: str | None,
    role: str | None,
    email: str | None,
) -> None:
    """Change a member (PERSON: the name, a unique start of it, or the id)."""
    lang = ctx.lang
    registry = ctx.archive.registry()
    member = find_member(lang, registry, body, person)
    if name is not None:
        if not name.strip():
            refuse(t(lang, "roster.no_name"))
        member.name = name.strip()
    new_role = _role(lang, role)
    if organisation is not None or new_role is not None:
        typed = member.organisation if organisation is None else organisation
        member.organisation, member.role = organisation_and_role(typed, new_role or member.role)
    if email is not None:
        member.email = email.strip()
    registry.save_members(body, [member])
    click.echo(t(lang, "roster.changed", name=member.name))


@roster_group.command("remove")
@click.argument("body")
@click.argument("person")
@click.pass_obj
def remove_command(ctx: Context, body: str, person: str) -> None:
    """Take a member off the roster (meetings already held keep them)."""
    lang = ctx.lang
    registry = ctx.archive.registry()
    member = find_member(lang, registry, body, person)
    registry.remove_member(body, member.id)
    click.echo(t(lang, "roster.removed", body=body, name=member.name))


@roster_group.command("import")
@click.argument("body")
@click.argument("source", type=click.File("r", encoding="utf-8-sig"), default="-")
@click.pass_obj
def import_command(ctx: Context, body: str, source: TextIO) -> None:
    """Add people from a list, one "Name, Organisation, role" per line (a file, a CSV
    export of a spreadsheet with or without a line of column names, or standard input).
    Nothing is added if a line is wrong: the lines are named."""
    lang = ctx.lang
    members, refused = parse_roster_file(source.read())
    if refused:
        refuse("\n".join(refused_line(lang, number, error) for number, error in refused))
    ctx.archive.ensure()
    ctx.archive.registry().save_members(body, members)
    click.echo(t(lang, "roster.imported", body=body, count=len(members)))
