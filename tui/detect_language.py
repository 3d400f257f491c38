"""Which interface language the user's computer speaks, when neither --lang nor the
config file says.

The order is the one gettext uses: LANGUAGE (a colon list), LC_ALL, LC_MESSAGES, LANG.
Then the system's own setting: on Windows the user's UI language (``locale.getlocale()``
gives "Swedish_Sweden" there, which ``startswith("sv")`` misses), on macOS the first of
``AppleLanguages`` (a Terminal started from the Finder often has no LANG). English when
nothing known is found.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from model.enums import Language

#: Windows' English names of languages and countries, as ``locale.getlocale()`` and
#: ``setlocale`` give them there ("Swedish_Sweden.1252", "German_Austria").
WINDOWS_NAMES: dict[str, Language] = {
    "swedish": Language.SV,
    "english": Language.EN,
    "german": Language.DE,
    "deutsch": Language.DE,
    "svenska": Language.SV,
}

#: Windows language ids (the low 10 bits of a LANGID) of the languages we speak.
WINDOWS_PRIMARY: dict[int, Language] = {0x1D: Language.SV, 0x09: Language.EN, 0x07: Language.DE}

_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def language_of_tag(tag: str) -> Language | None:
    """ "sv_SE.UTF-8", "de-AT", "Swedish_Sweden.1252", "fi_FI@euro" -> the language, if
    it is one the app speaks; None for "C", "POSIX", "" and other languages."""
    text = tag.strip().split(".")[0].split("@")[0].strip()
    if not text or text.upper() in ("C", "POSIX"):
        return None
    head = text.replace("-", "_").split("_")[0].lower()
    if head in WINDOWS_NAMES:
        return WINDOWS_NAMES[head]
    if head in ("nb", "nn", "no", "da", "fi"):
        return None  # a Nordic neighbour is not Swedish; English is the safer guess
    try:
        return Language(head)
    except ValueError:
        return None


def from_environment(environ: Mapping[str, str]) -> tuple[Language | None, bool]:
    """The language the locale variables name, and whether any of them was set at all
    (a set variable naming another language, "fr_FR", means English, not a system look)."""
    for name in _VARIABLES:
        value = environ.get(name, "").strip()
        if not value:
            continue
        for part in value.split(":") if name == "LANGUAGE" else [value]:
            found = language_of_tag(part)
            if found is not None:
                return found, True
        if name != "LANGUAGE":  # LANGUAGE is only a preference list; the others decide
            return None, True
    return None, False


def windows_language() -> Language | None:
    """The Windows user's interface language, from the system itself."""
    try:
        import ctypes

        windll = ctypes.windll  # type: ignore[attr-defined]  # present on Windows only
        langid = int(windll.kernel32.GetUserDefaultUILanguage())
        if (found := WINDOWS_PRIMARY.get(langid & 0x3FF)) is not None:
            return found
    except (AttributeError, OSError, ValueError):
        pass
    return language_of_tag(_system_locale())


def apple_languages(run: bool = True) -> Language | None:
    """The first preferred language of a macOS user (``defaults read -g AppleLanguages``:
    a quick read of the user's own preferences, no network, one second at most)."""
    if not run:
        return None
    import subprocess  # macOS only: ``minutes --help`` elsewhere does not pay for it

    try:
        done = subprocess.run(
            ["/usr/bin/defaults", "read", "-g", "AppleLanguages"],
            capture_output=True,
            text=True,
            timeout=1,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    for line in done.stdout.splitlines():
        entry = line.strip().strip('(),"').strip()
        if entry:
            return language_of_tag(entry)
    return None


def detect_language(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> Language:
    """The interface language of this computer's user; English if none we speak."""
    env = os.environ if environ is None else environ
    found, any_set = from_environment(env)
    if found is not None:
        return found
    if any_set:
        return Language.EN
    system = sys.platform if platform is None else platform
    if system == "win32":
        return windows_language() or Language.EN
    if system == "darwin":
        return apple_languages(run=environ is None) or Language.EN
    return language_of_tag(_system_locale()) or Language.EN


def _system_locale() -> str:
    import locale  # only when no locale variable decided (most shells set LANG)

    return locale.getlocale()[0] or ""
