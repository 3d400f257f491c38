"""Which house template (the organisation's own reference document) a meeting's body uses.

The user's config names one per body (``[templates]``: body name -> path; ``"*"`` for
every other body). The body is matched without regard to case or surrounding spaces;
``~`` in a path is the home folder. A template is a Word document (.docx, for docx and
the PDF LibreOffice makes from it) or an OpenDocument text (.odt / .ott, for odt); the
other kind is found beside it under the same name ("lg.docx" and "lg.odt"), so one
config entry serves both. Whether the file is what its name says is checked when the
export runs (``export.pandoc.check_template``), with a clear message.
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


#: the formats a house template shapes, and the file kind each takes
TEMPLATE_KIND = {"docx": "docx", "pdf": "docx", "odt": "odt"}
_SUFFIXES = {"docx": (".docx", ".dotx"), "odt": (".odt", ".ott")}


def template_kind(template: Path) -> str:
    """ "odt" for an OpenDocument template (by its name), else "docx"."""
    return "odt" if template.suffix.lower() in _SUFFIXES["odt"] else "docx"


def template_for(template: Path, fmt: str) -> Path | None:
    """The template to use for ``fmt``: ``template`` itself when it is of the kind the
    format takes, else the file of that kind beside it with the same name, else None
    (then the export says so: ``export.errors.TemplateOtherKind``)."""
    wanted = TEMPLATE_KIND.get(fmt)
    if wanted is None:
        return None
    if template_kind(template) == wanted:
        return template
    for suffix in _SUFFIXES[wanted]:
        sibling = template.with_suffix(suffix)
        if sibling.is_file():
            return sibling
    return None
