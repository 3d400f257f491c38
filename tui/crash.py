"""The last resort: an exception nobody expected, in the app or a command.

The user gets one sentence in their language naming a log file, the log file gets the
traceback, and the process exits with ``EXIT_CRASH`` (70, ``EX_SOFTWARE``): no
traceback reaches the terminal. The log folder is ``MINUTES_LOG_DIR`` if set, else
``platformdirs.user_log_dir("minutes")``, else the system's temp folder.

The sentences live here and not in the catalogues: this runs when something is already
broken, so it imports nothing of ours that could be the broken part. Expected faults
(a store error, a refused command, a sync that fails) never come here: they have their
own sentences where they happen.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import traceback
from datetime import datetime
from pathlib import Path

#: the exit code of a crash (sysexits.h ``EX_SOFTWARE``: an internal software error)
EXIT_CRASH = 70

_SENTENCE = {
    "sv": "minutes stötte på ett oväntat fel och avslutades. Detaljerna finns i {path}; "
    "skicka gärna filen till den som underhåller programmet.",
    "en": "minutes hit an unexpected error and stopped. The details are in {path}; "
    "please send that file to whoever maintains the program.",
    "de": "minutes ist auf einen unerwarteten Fehler gestoßen und wurde beendet. Die "
    "Einzelheiten stehen in {path}; bitte senden Sie die Datei an die Betreuer des Programms.",
}
_NO_LOG = {
    "sv": "minutes stötte på ett oväntat fel och avslutades ({error}); felet kunde inte "
    "skrivas till någon loggfil.",
    "en": "minutes hit an unexpected error and stopped ({error}); it could not be written "
    "to any log file.",
    "de": "minutes ist auf einen unerwarteten Fehler gestoßen und wurde beendet ({error}); "
    "er konnte in keine Protokolldatei geschrieben werden.",
}


def log_folders() -> list[Path]:
    """Where a crash log may go, in order of preference."""
    folders: list[Path] = []
    if os.environ.get("MINUTES_LOG_DIR"):
        folders.append(Path(os.environ["MINUTES_LOG_DIR"]))
    with contextlib.suppress(Exception):  # platformdirs can fail on odd systems
        import platformdirs

        folders.append(Path(platformdirs.user_log_dir("minutes", appauthor=False)))
    folders.append(Path(tempfile.gettempdir()) / "minutes-logs")
    return folders


def write_log(error: BaseException) -> Path | None:
    """Write the traceback of ``error`` to a new file in the first folder that takes it."""
    moment = datetime.now()
    text = (
        f"minutes crashed at {moment.isoformat(timespec='seconds')}\n"
        f"python {sys.version.split()[0]} on {sys.platform}\n"
        f"argv: {sys.argv!r}\n\n"
        + "".join(traceback.format_exception(type(error), error, error.__traceback__))
    )
    name = f"crash-{moment:%Y%m%d-%H%M%S}-{os.getpid()}.log"
    for folder in log_folders():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            path.write_bytes(text.encode("utf-8"))
        except OSError:
            continue
        return path
    return None


def sentence(lang: str, path: Path | None, error: BaseException) -> str:
    """The one sentence the user sees; ``lang`` is a language code (sv, en, de)."""
    code = lang if lang in _SENTENCE else "en"
    if path is None:
        return _NO_LOG[code].format(error=type(error).__name__)
    return _SENTENCE[code].format(path=path)


def report(error: BaseException, lang: str) -> int:
    """Log ``error``, tell the user in one sentence on stderr, return ``EXIT_CRASH``."""
    path = write_log(error)
    with contextlib.suppress(Exception):  # a closed or broken stderr: the log is enough
        print(sentence(lang, path, error), file=sys.stderr)
    return EXIT_CRASH
