"""PDF without an office suite: the minutes' Markdown through pandoc's Typst writer and
the Typst compiler of the ``typst`` package (a wheel for Windows, macOS and Linux that
carries its own compiler and fonts).

pandoc's Typst writer ignores ``custom-style``; so before writing, every styled div and
table is wrapped in ``#minutes-style("Name")[ … ]`` (defined in ``typst/minutes.typ``,
the template, with the look of ``reference.docx``). Those wrappers are the only raw Typst
in the document and we write them: the style names are ours, never typed text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from export import pandoc
from export.errors import PandocFailed, PdfFailed

TEMPLATE = Path(__file__).parent / "typst" / "minutes.typ"
STYLE_KEY = "custom-style"


def available() -> bool:
    """Whether the ``typst`` package (the compiler) is installed."""
    try:
        import typst  # noqa: F401
    except ImportError:
        return False
    return True


def _raw(text: str) -> dict[str, Any]:
    return {"t": "RawBlock", "c": ["typst", text]}


def _style_name(block: dict[str, Any]) -> str | None:
    """The custom style of a Div or Table block, else None."""
    if block.get("t") not in ("Div", "Table"):
        return None
    attributes = block["c"][0][2]
    name = next((v for k, v in attributes if k == STYLE_KEY), None)
    # Our own style names only: letters, digits and spaces (never a quote or bracket).
    if name is None or not all(c.isalnum() or c == " " for c in name):
        return None
    return str(name)


def _wrap(blocks: list[Any]) -> list[Any]:
    """``blocks`` with each styled Div/Table wrapped for the template, recursively."""
    out: list[Any] = []
    for block in blocks:
        if isinstance(block, dict):
            block = _descend(block)
            name = _style_name(block)
            if name is not None:
                inner = block["c"][1] if block["t"] == "Div" else [block]
                out += [_raw(f'#minutes-style("{name}")['), *inner, _raw("]")]
                continue
        out.append(block)
    return out


def _descend(block: dict[str, Any]) -> dict[str, Any]:
    """Wrap styled blocks inside lists and divs too (a warning's list, nested notes)."""
    kind = block.get("t")
    if kind == "Div":
        block["c"][1] = _wrap(block["c"][1])
    elif kind == "BulletList":
        block["c"] = [_wrap(item) for item in block["c"]]
    elif kind == "OrderedList":
        block["c"][1] = [_wrap(item) for item in block["c"][1]]
    return block


def typst_source(markdown: str) -> str:
    """The minutes as a Typst document (what the PDF is compiled from)."""
    import pypandoc  # only when exporting, not for every ``minutes`` command

    pandoc.pandoc_path()
    try:
        document = json.loads(pypandoc.convert_text(markdown, "json", format=pandoc.MARKDOWN))
        document["blocks"] = _wrap(document["blocks"])
        return str(
            pypandoc.convert_text(
                json.dumps(document),
                "typst",
                format="json",
                extra_args=["--standalone", "--template", str(TEMPLATE)],
            )
        )
    except RuntimeError as exc:
        raise PandocFailed(detail=str(exc).strip().splitlines()[-1][:300]) from exc


def typst_pdf(markdown: str) -> bytes:
    """The PDF of the minutes, compiled by Typst."""
    source = typst_source(markdown)
    import typst

    try:
        return bytes(typst.compile(source.encode("utf-8")))
    except Exception as exc:  # typst raises its own error types (TypstError and others)
        detail = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
        raise PdfFailed(detail=f"Typst ({detail})") from exc


def typst_png(markdown: str, page: int = 1, ppi: int = 80) -> bytes:
    """One page of the PDF as a PNG (the look test's snapshot)."""
    import typst

    pages = typst.compile(typst_source(markdown).encode("utf-8"), format="png", ppi=ppi)
    if isinstance(pages, list):
        return bytes(pages[page - 1])
    return bytes(pages)
