"""Finding the programs we start (git, LibreOffice, PDF engines, the file opener) without
ever taking one from the current folder or the archive.

The archive is data that the other side of a sync can write. A relative entry in PATH
("." or an empty entry) is looked up from the current folder, and git runs its merge
driver inside the archive; Windows even searches the current folder before PATH. So
every program is found through ``search_path()`` (absolute PATH entries only) and, on
Windows, with ``NoDefaultCurrentDirectoryInExePath`` set, which stops that search.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: Windows: set (to anything) stops CreateProcess and the shell looking in the current
#: folder for a program named without a path.
NO_CWD_SEARCH = "NoDefaultCurrentDirectoryInExePath"


def search_path(path: str | None = None) -> str:
    """PATH (or ``path``) without relative and empty entries."""
    value = os.environ.get("PATH", "") if path is None else path
    # Windows PATH entries may be quoted ("C:\\Program Files\\Git\\cmd")
    entries = (entry.strip('"') for entry in value.split(os.pathsep))
    return os.pathsep.join(entry for entry in entries if entry and os.path.isabs(entry))


def program_env() -> dict[str, str]:
    """Environment entries for starting a program: the cleaned PATH, and on Windows the
    switch that stops the search in the current folder."""
    env = {"PATH": search_path()}
    if sys.platform == "win32":
        env[NO_CWD_SEARCH] = "1"
    return env


def find_program(name: str) -> str | None:
    """The absolute path of the program ``name`` on the cleaned PATH, else None.

    Unlike ``shutil.which`` on Windows (Python 3.11), never the current folder.
    """
    if os.path.dirname(name):
        return name if os.path.isabs(name) and os.access(name, os.X_OK) else None
    extensions = [""]
    if sys.platform == "win32" and not Path(name).suffix:
        extensions = [e for e in os.environ.get("PATHEXT", ".COM;.EXE;.BAT;.CMD").split(";") if e]
    for folder in search_path().split(os.pathsep):
        if not folder:
            continue
        for extension in extensions:
            candidate = Path(folder) / f"{name}{extension}"
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return str(candidate)
    return None
