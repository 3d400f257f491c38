"""Which house template (the organisation's own reference .docx) a meeting's body uses.

The user's config names one per body (``[templates]``: body name -> path; ``"*"`` for
every other body). The body is matched without regard to case or surrounding spaces;
``~`` in a path is the home folder. Whether the file is a Word document is checked when
the export runs (``export.pandoc.check_template``), with a clear message.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

ANY_BODY = "*"


def house_template(templates: Mapping[str, str], body: str) -> Path | None:
    """The template configured for ``body`` (else the ``"*"`` one), or None."""
    wanted = body.strip().casefold()
    chosen = next(
        (path for name, path in templates.items() if name.strip().casefold() == wanted), None
    )
    if chosen is None:
        chosen = templates.get(ANY_BODY)
    if not chosen or not chosen.strip():
        return None
    return Path(chosen.strip()).expanduser()
