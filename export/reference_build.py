"""Build ``export/reference.docx``, the Word styles every exported document gets.

Run ``python -m export.reference_build`` after changing a style here; the result is
committed so users never need python-docx. The base is pandoc's own reference document
(so every style pandoc uses exists); on top of it: one clear font, sober headings, A4
with Swedish margins, page numbers, and the styles the minutes use by name:

- table styles ``MinutesHeaderTable`` (Tid / Plats / Deltagare) and
  ``MinutesSignatureTable`` (the signature block), both without grid lines, as
  hand-written minutes are (pandoc writes a table style by its id: no spaces in the name);
- list styles ``List Bullet``, ``List Bullet 2/3``, ``List Number``, ``List Number 2/3``
  (and ``List Continue`` for the further paragraphs of an item)
  (``export.docx_lists`` puts every list paragraph in one): no space between the items,
  a clear space after the list (Word's "don't add space between paragraphs of the same
  style"), so a house template can restyle every list by these names;
- table style ``MinutesNotesTable`` for tables typed in notes: thin lines, bold header row;
- paragraph styles ``Draft Mark``, ``Conflict Warning`` (also an approval that cannot
  be proven), ``Standing Rules``, ``Decision Heading``, ``Approval Line`` ("Justerat
  2022-05-10 av …" under the signatures).

An organisation's own template (``--template``) replaces this file entirely: any of these
styles it lacks fall back to Word's defaults, nothing fails.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypandoc
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

# the style names the Markdown asks for: one list, in export/markdown_frame.py
from export.markdown_frame import (
    APPROVAL_LINE,
    CONFLICT_WARNING,
    DECISION_HEADING,
    DRAFT_MARK,
    HEADER_TABLE,
    SIGNATURE_TABLE,
    STANDING_RULES,
)

FONT = "Arial"  # on every Windows and macOS; LibreOffice maps it to Liberation Sans
BODY_SIZE = Pt(11)
INK = RGBColor(0x1A, 0x1A, 0x1A)
TARGET = Path(__file__).with_name("reference.docx")

NOTES_TABLE = "MinutesNotesTable"
LIST_STYLES = ("List Bullet", "List Number")
LIST_SPACE_AFTER = Pt(6)


def pandoc_default_reference() -> bytes:
    """pandoc's built-in reference.docx, from the bundled pandoc."""
    return subprocess.run(
        [pypandoc.get_pandoc_path(), "--print-default-data-file", "reference.docx"],
        check=True,
        capture_output=True,
    ).stdout


def _set_fonts(rpr: Any, font: str) -> None:
    """Replace theme fonts by ``font`` so Word and LibreOffice show the same face."""
    for old in rpr.findall(qn("w:rFonts")):
        rpr.remove(old)
    fonts = OxmlElement("w:rFonts")
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    rpr.insert(0, fonts)


def _table_style(document: Any, name: str, cell_margin_twips: int) -> None:
    """A table style without borders and with modest cell padding."""
    style = document.styles.add_style(name, WD_STYLE_TYPE.TABLE)
    style.base_style = document.styles["Table"]
    element = style.element
    tblpr = OxmlElement("w:tblPr")
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        border = OxmlElement(f"w:{side}")
        border.set(qn("w:val"), "nil")
        borders.append(border)
    tblpr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for side, width in (("left", 0), ("right", cell_margin_twips)):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(width))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    tblpr.append(margins)
    element.append(tblpr)


def _list_styles(document: Any) -> None:
    """``List Bullet`` ... ``List Number 3``: tight inside, space after the list."""
    for base in LIST_STYLES:
        for level in (1, 2, 3):
            name = base if level == 1 else f"{base} {level}"
            style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = document.styles["Body Text"]
            style.quick_style = level == 1
            fmt = style.paragraph_format
            fmt.space_before = Pt(2)
            fmt.space_after = LIST_SPACE_AFTER
            ppr = style.element.get_or_add_pPr()
            ppr.append(OxmlElement("w:contextualSpacing"))


def _list_continue_styles(document: Any) -> None:
    """``List Continue`` (``… 2``, ``… 3``): a further paragraph of a list item (a
    sub-item's notes under its bold lead-in), set off from the lines around it."""
    for level in (1, 2, 3):
        name = "List Continue" if level == 1 else f"List Continue {level}"
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Body Text"]
        fmt = style.paragraph_format
        fmt.space_before = Pt(4)
        fmt.space_after = LIST_SPACE_AFTER


def _grid_table_style(document: Any, name: str) -> None:
    """Thin lines around every cell, a bold first row: a budget table in the notes."""
    style = document.styles.add_style(name, WD_STYLE_TYPE.TABLE)
    style.base_style = document.styles["Table"]
    tblpr = OxmlElement("w:tblPr")
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        border = OxmlElement(f"w:{side}")
        border.set(qn("w:val"), "single")
        border.set(qn("w:sz"), "4")
        border.set(qn("w:space"), "0")
        border.set(qn("w:color"), "808080")
        borders.append(border)
    tblpr.append(borders)
    style.element.append(tblpr)
    first_row = OxmlElement("w:tblStylePr")
    first_row.set(qn("w:type"), "firstRow")
    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:b"))
    first_row.append(rpr)
    style.element.append(first_row)


def _paragraph_style(
    document: Any,
    name: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: Pt | None = None,
    color: RGBColor | None = None,
    space_before: Pt | None = None,
    space_after: Pt | None = None,
    keep_with_next: bool = False,
) -> Any:
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Body Text"]
    style.quick_style = True
    style.font.bold = bold
    style.font.italic = italic
    if size is not None:
        style.font.size = size
    if color is not None:
        style.font.color.rgb = color
    fmt = style.paragraph_format
    if space_before is not None:
        fmt.space_before = space_before
    if space_after is not None:
        fmt.space_after = space_after
    fmt.keep_with_next = keep_with_next
    return style


def _page_number_footer(section: Any) -> None:
    """A centred page number (a PAGE field) in the footer."""
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = 1  # centre
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            run._r.append(field)
        else:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {text} "
            run._r.append(instr)
    run.font.size = Pt(9)


def build(target: Path = TARGET) -> Path:
    """Write the reference document to ``target`` and return the path."""
    document = Document(io.BytesIO(pandoc_default_reference()))
    styles = document.styles

    # One font everywhere: the document defaults, then every style that names a theme font.
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr, FONT)
    for size_tag in ("w:sz", "w:szCs"):
        node = rpr.find(qn(size_tag))
        if node is not None:
            node.set(qn("w:val"), str(int(BODY_SIZE.pt * 2)))
    for style in styles:
        style_rpr = style.element.find(qn("w:rPr"))
        if style_rpr is not None and style_rpr.find(qn("w:rFonts")) is not None:
            _set_fonts(style_rpr, FONT)

    body = styles["Body Text"]
    # Space before as well as after, so a paragraph after a tight list stands apart.
    body.paragraph_format.space_before = Pt(5)
    body.paragraph_format.space_after = Pt(5)
    first = styles["First Paragraph"]
    first.paragraph_format.space_before = Pt(0)
    compact = styles["Compact"]
    compact.paragraph_format.space_before = Pt(1)
    compact.paragraph_format.space_after = Pt(1)

    title = styles["Title"]
    title.font.size = Pt(18)
    title.font.bold = True
    title.font.color.rgb = INK
    title.paragraph_format.alignment = 0  # left, as minutes are
    title.paragraph_format.space_after = Pt(14)
    subtitle = styles["Subtitle"]
    subtitle.font.size = Pt(12)
    subtitle.paragraph_format.alignment = 0

    for level, size, before in ((1, 13, 16), (2, 11.5, 12), (3, 11, 10)):
        heading = styles[f"Heading {level}"]
        heading.font.size = Pt(size)
        heading.font.bold = True
        heading.font.italic = False
        heading.font.color.rgb = INK
        heading.paragraph_format.space_before = Pt(before)
        heading.paragraph_format.space_after = Pt(4)
        heading.paragraph_format.keep_with_next = True

    _table_style(document, HEADER_TABLE, cell_margin_twips=113)
    _table_style(document, SIGNATURE_TABLE, cell_margin_twips=283)
    _grid_table_style(document, NOTES_TABLE)
    _list_styles(document)
    _list_continue_styles(document)
    _paragraph_style(
        document,
        DRAFT_MARK,
        bold=True,
        size=Pt(12),
        color=RGBColor(0xB0, 0x1E, 0x1E),
        space_after=Pt(10),
    )
    _paragraph_style(
        document, CONFLICT_WARNING, bold=True, color=RGBColor(0xB0, 0x1E, 0x1E), space_after=Pt(6)
    )
    _paragraph_style(document, STANDING_RULES, italic=True, space_after=Pt(8))
    _paragraph_style(
        document, DECISION_HEADING, italic=True, space_before=Pt(6), keep_with_next=True
    )
    _paragraph_style(document, APPROVAL_LINE, bold=True, space_before=Pt(10))

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)  # A4
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    _page_number_footer(section)

    # pandoc's reference body text is sample content; keep only the section properties.
    body_element = document.element.body
    for child in list(body_element):
        if child.tag != qn("w:sectPr"):
            body_element.remove(child)
    document.core_properties.title = ""
    document.core_properties.author = "minutes"
    document.save(str(target))
    return target


def main() -> None:
    path = build(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
    print(path)


if __name__ == "__main__":
    main()
