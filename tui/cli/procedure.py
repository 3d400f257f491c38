"""``minutes motions`` and ``minutes elections``: the registers of motions and elections."""

from __future__ import annotations

from pathlib import Path

import click

from model.document_words import document_word
from model.motions import MotionOutcome
from tui.cli.base import Context, root
from tui.cli.followup import (
    BODY_OPTION,
    EXPORT_OPTION,
    register_dates,
    register_done,
    register_index,
)
from tui.cli.output import day_cell, print_rows


@root.command("motions")
@BODY_OPTION
@click.option("--since", default=None, help="From this date (2022-01-01).")
@click.option("--until", default=None, help="Up to this date.")
@click.option(
    "--outcome",
    type=click.Choice([o.value for o in MotionOutcome]),
    default=None,
    help="Only motions with this outcome.",
)
@EXPORT_OPTION
@click.pass_obj
def motions_command(
    ctx: Context,
    body: str | None,
    since: str | None,
    until: str | None,
    outcome: str | None,
    export_path: Path | None,
) -> None:
    """The register of motions (yrkanden): who moved what, and what became of it."""
    from export.procedure_registers import motions_markdown
    from model.procedure_registers import motion_register

    start, end = register_dates(ctx.lang, since, until)
    with register_index(ctx) as index:
        rows = motion_register(
            index, body=body, since=start, until=end,
            outcome=MotionOutcome(outcome) if outcome else None,
        )  # fmt: skip
    if register_done(
        ctx, rows, "register.no_motions", lambda: motions_markdown(rows, ctx.lang), export_path
    ):
        return
    keys = ("body", "date", "item", "motion", "moved_by", "outcome")
    table = [
        [
            r.body, day_cell(r.meeting_date), f"{r.item_number} {r.item_title}".strip(),
            f"{r.number}. {r.text}", r.moved_by or "-",
            document_word(ctx.lang, f"procedure_register.outcome.{r.outcome.value}")
            + (f": {r.decision}" if r.decision else ""),
        ]
        for r in rows
    ]  # fmt: skip
    print_rows(keys, [document_word(ctx.lang, f"procedure_register.{k}") for k in keys], table)


@root.command("elections")
@BODY_OPTION
@click.option("--since", default=None, help="From this date (2022-01-01).")
@click.option("--until", default=None, help="Up to this date.")
@click.option("--name", default=None, help="Only elections of people whose name contains this.")
@click.option("--officers", is_flag=True, help="Also the meetings' own officers.")
@EXPORT_OPTION
@click.pass_obj
def elections_command(
    ctx: Context,
    body: str | None,
    since: str | None,
    until: str | None,
    name: str | None,
    officers: bool,
    export_path: Path | None,
) -> None:
    """The register of elections: who was elected to which office, when, for how long."""
    from export.procedure_registers import (
        election_kind,
        election_office,
        elections_markdown,
    )
    from model.procedure_registers import election_register

    start, end = register_dates(ctx.lang, since, until)
    with register_index(ctx) as index:
        rows = election_register(
            index, body=body, since=start, until=end,
            name=name, with_officers=officers,
        )  # fmt: skip
    if register_done(
        ctx, rows, "register.no_elections", lambda: elections_markdown(rows, ctx.lang), export_path
    ):
        return
    keys = ("body", "date", "office", "elected", "kind", "term")
    table = [
        [
            r.body, day_cell(r.meeting_date), election_office(r, ctx.lang),
            ", ".join(r.elected) or "-", election_kind(r, ctx.lang) or "-", r.term or "-",
        ]
        for r in rows
    ]  # fmt: skip
    print_rows(keys, [document_word(ctx.lang, f"procedure_register.{k}") for k in keys], table)
