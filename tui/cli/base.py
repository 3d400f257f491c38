"""The root command, shared options and the error handling every command gets."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from model.enums import Language
from model.errors import UserError
from model.programs import program_env
from tui.cli.context import Context
from tui.help_i18n import HelpCommand, HelpGroup

if TYPE_CHECKING:  # imported when a command runs
    from datetime import time

    from tui.config import Config


def interface_language(option: str | None, configured: str = "") -> Language:
    """``--lang`` wins, then the config file (checked: "sv", "en" or "de"), then the
    computer's language (``tui.detect_language``); English otherwise."""
    if option:
        return Language(option)
    if configured:
        return Language(configured)
    from tui.detect_language import detect_language

    return detect_language()


class MinutesGroup(HelpGroup):
    """Turns every expected failure into a clear message and exit code, never a traceback.
    Its ``--help`` and every command's follow the interface language (``tui.help_i18n``).

    Commands can be registered lazily (``lazy``: command name -> module that defines it
    with ``@root.command``): the module is imported only when the command runs or help
    lists it, so ``minutes list`` does not pay for the imports of ``minutes export``.
    """

    command_class = HelpCommand
    group_class = HelpGroup  # the subgroups: help in the interface language, no lazy table
    lazy: dict[str, str] = {}  # noqa: RUF012 (set once, by tui.cli)
    #: The lazy commands ``--help`` does not list (``merge-driver``, which git runs).
    unlisted: frozenset[str] = frozenset()
    #: while ``--help`` lists the commands: the language it lists them in
    _listing: Language | None = None

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self.commands) | set(self.lazy))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if self._listing is not None and cmd_name in self.lazy:
            # ``--help`` lists the command from its text in the catalogue (the English
            # entry is its docstring): its module is not imported
            if cmd_name in self.unlisted:
                return click.Command(cmd_name, hidden=True)
            from tui.i18n_commands import command_help  # not tui.i18n: every text of the app

            text = command_help(self._listing, cmd_name)
            if text is not None:
                return click.Command(cmd_name, help=text)
        if cmd_name not in self.commands and cmd_name in self.lazy:
            importlib.import_module(self.lazy[cmd_name])
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of ``--help``, each command's line in the interface language,
        from the catalogue: the lazy commands' modules are not imported."""
        from tui.click_i18n import current

        self._listing = ctx.obj.lang if isinstance(ctx.obj, Context) else current[0]
        try:
            super().format_commands(ctx, formatter)
        finally:
            self._listing = None

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except UserError as exc:
            lang = ctx.obj.lang if isinstance(ctx.obj, Context) else Language.EN
            click.echo(exc.message(lang), err=True)
            sys.exit(2)
        except OSError as exc:  # a full or read-only disk, a folder named like a file
            from model.store.problems import os_error_words

            lang = ctx.obj.lang if isinstance(ctx.obj, Context) else Language.EN
            words = os_error_words(exc, lang)
            click.echo(f"{words}: {exc.filename or ''}".strip(": "), err=True)
            sys.exit(2)


@click.group(
    cls=MinutesGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--archive",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Archive folder (default: $MINUTES_ARCHIVE, else the user data folder).",
)
@click.option(
    "--lang",
    type=click.Choice([lang.value for lang in Language]),
    default=None,
    help="Interface language.",
)
@click.version_option(package_name="minutes")
@click.pass_context
def root(ctx: click.Context, archive: Path | None, lang: str | None) -> None:
    """Take the minutes of a meeting live, sync them through git, export them to Word.

    Without a command, opens the app on the archive.
    """
    from model.doc_language import chosen_language
    from model.store.locations import default_archive
    from tui.click_i18n import install as install_click_language
    from tui.config import load_config

    config = _started.pop() if _started else load_config()
    ctx.obj = Context(
        archive_path=archive or default_archive(),
        lang=interface_language(lang, config.language),
        document_language=chosen_language(config.document_language),
    )
    install_click_language(ctx.obj.lang)
    # the app shows them as notices itself; git runs the merge driver and its stderr is git's
    if ctx.invoked_subcommand not in (None, "open", "merge-driver"):
        for problem in config.problems:  # the command still runs, with defaults for those keys
            click.echo(problem.message(ctx.obj.lang), err=True)
    if ctx.invoked_subcommand is None:
        from tui.launch import open_archive

        open_archive(ctx.obj)


def main() -> None:
    # Every program this process starts (git through GitPython, pandoc, LibreOffice, the
    # merge driver git starts) is then found on absolute PATH entries only, never in the
    # current folder or the archive (model/programs.py).
    os.environ.update(program_env())
    from tui.click_i18n import install, translate_option_help

    _started.clear()
    early = early_language(sys.argv[1:])  # reads the config: root() takes it from _started
    install(early)  # --help and root usage errors come before root()
    translate_option_help(root, early)
    try:
        root(prog_name="minutes")
    except Exception as error:  # the last resort: a sentence and a log, no traceback
        from tui.crash import report

        sys.exit(report(error, early.value))


def refuse(text: str) -> NoReturn:
    """Print one sentence on stderr and exit 2: a command refused, never a traceback."""
    click.echo(text, err=True)
    sys.exit(2)


def refuse_planned_times(lang: Language, start: time | None, end: time | None) -> None:
    """Exit with the model's sentence when the planned end is not after the start."""
    from model.validation import planned_times_problem

    if (problem := planned_times_problem(start, end)) is not None:
        refuse(problem.message(lang))


#: The config ``early_language`` read for ``main``, taken by ``root`` (empty when ``root``
#: runs without ``main``, as in tests: it then reads the config itself).
_started: list[Config] = []


def early_language(argv: list[str]) -> Language:
    """The interface language before Click has parsed anything: ``--lang X`` among the
    arguments, else the config file's (``tui.config_language``: not the whole config,
    which ``root()`` reads when a command runs), else the computer's."""
    values = [lang.value for lang in Language]
    for index, arg in enumerate(argv):
        value = argv[index + 1] if arg == "--lang" and index + 1 < len(argv) else ""
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value in values:
            return Language(value)
    from tui.config_language import configured_language

    configured = configured_language()  # the one key: ``--help`` needs no more
    if configured is not None:
        return interface_language(None, configured)
    from tui.config import load_config  # not TOML throughout: it reads the lines it can

    try:
        config = load_config()
    except Exception:  # an unreadable config is reported by root(); here it only has no say
        return interface_language(None, "")
    _started[:] = [config]  # the same file, read once per process: root() takes it
    return interface_language(None, config.language)
