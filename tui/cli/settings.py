"""``minutes config [show|get|set|unset|path]``: the config file from scripts.

Values are checked by the same table as the file (tui/config.py) and written with
tomlkit into the user's own file, so comments and everything else in it stay.
"""

from __future__ import annotations

import sys
from typing import Any, NoReturn

import click

from model.enums import Language
from model.store.locations import config_file
from tui.cli.base import Context, refuse, root
from tui.config import (
    Config,
    ConfigNotSaved,
    default_of,
    load_config,
    save_setting,
    setting_named,
    settings,
)
from tui.config_checks import BadValue, shown
from tui.i18n import t


def _bad(lang: Language, key: str, bad: BadValue) -> NoReturn:
    values: dict[str, object] = {"known": ", ".join(f.name for f in settings()), **bad.values}
    refuse(t(lang, f"config.bad.{bad.code}", setting=key, **values))


def _save(lang: Language, key: str, value: Any) -> Config:
    """Write one setting (None removes it); a bad value or a file that cannot be written
    ends the command with the sentence that says so."""
    try:
        return save_setting(key, value)
    except BadValue as bad:
        _bad(lang, key, bad)
    except ConfigNotSaved as exc:
        refuse(exc.message(lang))


def _typed(key: str, value: str) -> Any:
    """A number for a setting that holds one (the command line only has text)."""
    item = setting_named(key.partition(".")[0])
    if item is not None and isinstance(default_of(item), int):
        number = value.strip()
        if number.lstrip("-").isdigit():
            return int(number)
    return value


def _source(lang: Language, config: Config, key: str) -> str:
    if key in config.from_env:
        return t(lang, "config.source.env", var=config.from_env[key])
    item = setting_named(key)
    if item is not None and getattr(config, key) != default_of(item):
        return t(lang, "config.source.file")
    return t(lang, "config.source.default")


@root.group("config", invoke_without_command=True)
@click.pass_context
def config_group(click_ctx: click.Context) -> None:
    """Show or change the settings (name, e-mail, language, theme, keys, sync)."""
    if click_ctx.invoked_subcommand is None:
        click_ctx.invoke(show_command)


@config_group.command("show")
@click.pass_obj
def show_command(ctx: Context) -> None:
    """Every setting with its value and where it comes from (printed as TOML)."""
    lang = ctx.lang
    config = load_config()
    click.echo(f"# {config_file()}")
    for item in settings():
        value = getattr(config, item.name)
        doc = t(lang, f"config.doc.{item.name}")  # the field's doc, translated
        click.echo(f"\n# {doc} ({_source(lang, config, item.name)})")
        if item.name in ("keymap", "templates"):
            click.echo(f"[{item.name}]")
            for binding_id, keys in value.items():
                click.echo(f"{shown(binding_id)} = {shown(keys)}")
        else:
            click.echo(f"{item.name} = {shown(value)}")


@config_group.command("get")
@click.argument("key")
@click.pass_obj
def get_command(ctx: Context, key: str) -> None:
    """Print the value of KEY as the app uses it (keymap.<id> for one key id)."""
    config = load_config()
    name, _, entry = key.partition(".")
    item = setting_named(name)
    if item is None or (entry and name != "keymap"):
        _bad(ctx.lang, key, BadValue("unknown_setting"))
    value = getattr(config, name)
    if entry:
        if entry not in value:
            click.echo(t(ctx.lang, "config.not_set", setting=key, value='""'))
            sys.exit(1)
        value = value[entry]
    if isinstance(value, dict):
        value = "\n".join(f"{k} = {v}" for k, v in value.items())
    click.echo(value)


@config_group.command("set")
@click.argument("key")
@click.argument("value")
@click.pass_obj
def set_command(ctx: Context, key: str, value: str) -> None:
    """Set KEY to VALUE in the config file, checked like the file's values.

    \b
    minutes config set name "Anna Andersson"
    minutes config set keymap.next_item.letter j
    """
    lang = ctx.lang
    typed = _typed(key, value)
    if key == "theme" and value:
        from textual.theme import BUILTIN_THEMES  # the app's themes; only this command pays

        if value not in BUILTIN_THEMES:
            _bad(lang, key, BadValue("theme", theme=value))
    config = _save(lang, key, typed)
    click.echo(t(lang, "config.set_done", setting=key, value=shown(typed), file=config.path))
    if key in config.from_env:
        click.echo(t(lang, "config.env_wins", var=config.from_env[key]), err=True)


@config_group.command("unset")
@click.argument("key")
@click.pass_obj
def unset_command(ctx: Context, key: str) -> None:
    """Remove KEY from the config file, so its default applies again."""
    lang = ctx.lang
    config = _save(lang, key, None)
    click.echo(t(lang, "config.unset_done", setting=key, file=config.path))


@config_group.command("path")
def path_command() -> None:
    """Print where the config file is (MINUTES_CONFIG moves its folder)."""
    click.echo(config_file())
