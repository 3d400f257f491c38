"""``minutes COMMAND --help`` in the interface language: the command's text, each
option's help and the arguments' words in the usage line.

The texts are keyed by the command's path: ``help.cmd.minutes.sync.setup`` for the text
of ``minutes sync setup``, ``help.opt.minutes.export.fmt`` for the help of the option
whose parameter is ``fmt``, ``help.arg.meeting`` for the argument ``MEETING`` (by name,
whichever command takes it; an argument of choices shows them). The English entry is the
code's own text (docstring, cleaned as Click shows it; ``help=``): a translation is shown
only while its English still equals the code's, so a changed docstring shows its new
English until it is translated again (tests/core/cli/test_help_i18n.py fails until then).
The root's own texts are in ``tui/i18n_commands.py``, which ``minutes --help`` reads
alone; every other command's are in the interface catalogue ``tui/locale/<language>.json``,
read only when that help is shown.
Click's own option helps ("Show the version and exit.") are ``tui.click_i18n``'s.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import click

from model.enums import Language

#: the prefixes of the help keys in the catalogues
COMMAND_PREFIX = "help.cmd."
OPTION_PREFIX = "help.opt."
#: an argument's word in the usage line, by its name: ``help.arg.meeting`` = "MÖTE"
ARGUMENT_PREFIX = "help.arg."
#: the path of the root command (its name in the keys, whatever the program is called)
ROOT = "minutes"


def command_key(path: str) -> str:
    """``help.cmd.minutes.sync.setup`` for the path ``minutes.sync.setup``."""
    return f"{COMMAND_PREFIX}{path}"


def option_key(path: str, name: str) -> str:
    """``help.opt.minutes.export.fmt`` for parameter ``fmt`` of ``minutes.export``."""
    return f"{OPTION_PREFIX}{path}.{name}"


def help_path(ctx: click.Context) -> str:
    """The dotted path of the context's command: ``minutes.sync.setup``."""
    names: list[str] = []
    current: click.Context | None = ctx
    while current is not None:
        names.append(ROOT if current.parent is None else current.info_name or "")
        current = current.parent
    return ".".join(reversed(names))


def _catalogues(path: str) -> Mapping[Language, Mapping[str, str]]:
    if path == ROOT:  # ``minutes --help``: the light module, not every text of the app
        from tui.i18n_commands import CATALOGUES as COMMANDS

        return {Language(lang): texts for lang, texts in COMMANDS.items()}
    from tui.i18n import CATALOGUES

    return CATALOGUES


def translation(
    catalogues: Mapping[Language, Mapping[str, str]], lang: Language, key: str, text: str | None
) -> str | None:
    """``text`` in ``lang``: the catalogue's entry for ``key`` while its English is still
    ``text`` (cleaned as Click shows it), else ``text`` itself."""
    if not text or lang is Language.EN:
        return text
    english = catalogues.get(Language.EN, {}).get(key)
    if english is None or english != inspect.cleandoc(text):
        return text
    return catalogues.get(lang, {}).get(key, text)


def interface_language(ctx: click.Context) -> Language:
    """The language ``root()`` chose (``--lang``, the config, the computer), else the one
    ``main()`` installed for Click's messages."""
    from tui.cli.context import Context
    from tui.click_i18n import current

    obj = ctx.find_root().obj
    return obj.lang if isinstance(obj, Context) else current[0]


@contextmanager
def translated_help(command: click.Command, ctx: click.Context) -> Iterator[None]:
    """While the help of ``command`` is formatted: its text, its options' helps, its usage
    line's words and (a group) its subcommands' lines in the interface language; the
    English afterwards (the command objects are shared: a test runs many languages)."""
    lang = interface_language(ctx)
    if lang is Language.EN:
        yield
        return
    path = help_path(ctx)
    catalogues = _catalogues(path)
    saved: list[tuple[object, str, str | None]] = []

    def swap(target: click.Command | click.Option, key: str) -> None:
        original = target.help
        saved.append((target, "help", original))
        target.help = translation(catalogues, lang, key, original)

    swap(command, command_key(path))
    usage = {  # the usage line's "[OPTIONS]", "[COMMAND] [ARGS]..." by their keys
        "options_metavar": ("help.options_metavar",),
        "subcommand_metavar": ("help.subcommand_metavar", "help.subcommand_metavar_optional"),
    }
    for attribute, keys in usage.items():
        english = getattr(command, attribute, None)
        for key in keys:
            if english is not None and catalogues.get(Language.EN, {}).get(key) == english:
                saved.append((command, attribute, english))
                setattr(command, attribute, catalogues.get(lang, {}).get(key, english))
    for param in command.params:
        if isinstance(param, click.Option):
            swap(param, option_key(path, param.name or ""))
        elif isinstance(param, click.Argument) and param.metavar is None:
            shown = param.make_metavar(ctx)  # "[PATH]", "TEXT...": the name, upper case
            word = param.name.upper() if param.name else ""
            key = f"{ARGUMENT_PREFIX}{param.name}"
            if catalogues.get(Language.EN, {}).get(key) == word and word in shown:
                saved.append((param, "metavar", None))
                param.metavar = shown.replace(word, catalogues.get(lang, {}).get(key, word), 1)
    if isinstance(command, click.Group) and path != ROOT:  # the root lists its own way
        for name, sub in command.commands.items():
            if sub.short_help is None:
                swap(sub, command_key(f"{path}.{name}"))
    try:
        yield
    finally:
        for target, attribute, value in reversed(saved):
            setattr(target, attribute, value)


def _word_argument(error: click.UsageError, ctx: click.Context) -> None:
    """Word the argument a usage error names ("Argument saknas 'MÖTE'") now, while the
    arguments' words are swapped: Click words it only when the error is shown."""
    if (
        isinstance(error, click.BadParameter)  # MissingParameter too
        and error.param_hint is None
        and isinstance(error.param, click.Argument)
        and error.ctx in (None, ctx)
    ):
        error.param_hint = error.param.get_error_hint(ctx)


class HelpCommand(click.Command):
    """A command whose ``--help`` and usage errors (the usage line, the argument they
    name) follow the interface language."""

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with translated_help(self, ctx):
            super().format_help(ctx, formatter)

    def get_usage(self, ctx: click.Context) -> str:
        """The usage line a usage error prints above its sentence."""
        with translated_help(self, ctx):
            return super().get_usage(ctx)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as error:
            with translated_help(self, ctx):
                _word_argument(error, ctx)
            raise


class HelpGroup(HelpCommand, click.Group):
    """A command group whose ``--help`` (its text, options, subcommands) and usage errors
    follow the interface language; its commands and groups are of these classes too."""

    command_class = HelpCommand
    group_class: type[click.Group | type] | None = type
