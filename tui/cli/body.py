"""``minutes body show|set BODY ...``: the document settings a body keeps in archive.json.

``item-times on|off`` prints each item's clock times in the document; ``quorum half``
(more than half of the members) or ``quorum min:5`` (at least five) is the rule the
live screen checks. A new meeting of the body takes them; the app sets them too
(the attendance panel, key o).
"""

from __future__ import annotations

import sys

import click

from model.quorum import QuorumRuleError, parse_rule
from model.store.errors import StoreError
from tui.cli.base import Context, root
from tui.i18n import live_words

ON = {"on", "yes", "ja", "true", "1"}
OFF = {"off", "no", "nej", "false", "0"}


@root.group("body")
def body_group() -> None:
    """Document settings of a body: item clock times, the quorum rule."""


@body_group.command("show")
@click.argument("body")
@click.pass_obj
def show_command(ctx: Context, body: str) -> None:
    """Print the settings of BODY."""
    settings = ctx.archive.registry().body_settings(body)
    item_times = "on" if settings.get("item_times") else "off"
    click.echo(f"item-times = {item_times}")
    click.echo(f"quorum = {settings.get('quorum') or 'half'}")


@body_group.command("set")
@click.argument("body")
@click.argument("setting", type=click.Choice(["item-times", "quorum"]))
@click.argument("value")
@click.pass_obj
def set_command(ctx: Context, body: str, setting: str, value: str) -> None:
    """Set item-times (on/off) or quorum (half, min:N) of BODY."""
    try:
        if setting == "item-times":
            answer = value.strip().casefold()
            if answer not in ON | OFF:
                raise click.UsageError(f"item-times is on or off, not {value!r}")
            ctx.archive.ensure()
            ctx.archive.registry().set_body_settings(body, item_times=answer in ON)
        else:
            rule = parse_rule(value).text
            ctx.archive.ensure()
            ctx.archive.registry().set_body_settings(body, quorum=rule)
    except QuorumRuleError as exc:
        click.echo(live_words(ctx.lang, exc), err=True)
        sys.exit(2)
    except StoreError as exc:
        click.echo(exc.message(ctx.lang), err=True)
        sys.exit(1)
    click.echo(f"{body}: {setting} = {value}")
