"""``minutes template show|set|rules|remove BODY``: the agenda template of a body.

The template is kept in archive.json (``Registry.template``): a new meeting of the body
starts with its items, and a next meeting built from the last takes its standing items
from it. Items are typed one per line; what each is for (opening, verifiers, any other
business, next meeting, ...) is read from its title.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from model.enums import Language
from model.templates import BodyTemplate, TemplateError, default_template, parse_items
from tui.cli.base import Context, refuse, root
from tui.i18n import t


def _kind_word(lang: Language, kind: str) -> str:
    return "" if kind == "regular" else t(lang, f"followup.kind.{kind}")


@root.group("template")
def template_group() -> None:
    """The standing agenda and rules of a body, for its new meetings."""


@template_group.command("show")
@click.argument("body")
@click.pass_obj
def show_command(ctx: Context, body: str) -> None:
    """The body's template: its items (and what each is for) and its standing rules."""
    lang = ctx.lang
    template = ctx.archive.registry().template(body)
    if template is None:
        click.echo(t(lang, "template.none", body=body))
        return
    click.echo(t(lang, "template.heading", body=template.body, count=len(template.items)))
    for number, item in enumerate(template.items, start=1):
        kind = _kind_word(lang, item.kind.value)
        click.echo(f"{number:>3}. {item.title}" + (f"  ({kind})" if kind else ""))
    if template.rules:
        click.echo(t(lang, "template.rules", rules=template.rules))


@template_group.command("set")
@click.argument("body")
@click.option(
    "--file",
    "source",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Read the items from this text file (one per line); without it, from stdin.",
)
@click.option("--default", "use_default", is_flag=True, help="The usual standing agenda.")
@click.option(
    "--language",
    "language",
    type=click.Choice([lang.value for lang in Language]),
    default=None,
    help="Language of --default's titles (default: the interface language).",
)
@click.pass_obj
def set_command(
    ctx: Context, body: str, source: Path | None, use_default: bool, language: str | None
) -> None:
    """Set the body's agenda: one item per line ("1. Mötets öppnande" or without number)."""
    lang = ctx.lang
    registry = ctx.archive.registry()
    old = registry.template(body)
    rules = old.rules if old is not None else ""
    if use_default:
        template = default_template(body, Language(language) if language else lang)
        template.rules = rules
    else:
        if source is not None:
            try:
                text = source.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                refuse(t(lang, "template.unreadable", path=source, detail=str(exc)))
        else:
            if sys.stdin.isatty():
                click.echo(t(lang, "template.type_items"), err=True)
            text = sys.stdin.read()
        try:
            template = BodyTemplate(body, parse_items(text), rules)
        except TemplateError as exc:
            refuse(t(lang, f"template.error.{exc.code}"))
    registry.save_template(template)
    click.echo(t(lang, "template.saved", body=body, count=len(template.items)))


@template_group.command("rules")
@click.argument("body")
@click.argument("text", nargs=-1)
@click.pass_obj
def rules_command(ctx: Context, body: str, text: tuple[str, ...]) -> None:
    """Set the standing rules text the body's minutes print (empty: none)."""
    lang = ctx.lang
    registry = ctx.archive.registry()
    template = registry.template(body) or BodyTemplate(body)
    template.rules = " ".join(text).strip()
    registry.save_template(template)
    key = "template.rules_saved" if template.rules else "template.rules_cleared"
    click.echo(t(lang, key, body=body))


@template_group.command("remove")
@click.argument("body")
@click.pass_obj
def remove_command(ctx: Context, body: str) -> None:
    """Remove the body's template (its new meetings start with an empty agenda)."""
    removed = ctx.archive.registry().remove_template(body)
    click.echo(t(ctx.lang, "template.removed" if removed else "template.none", body=body))
