"""Word's own list styles on the lists pandoc writes.

pandoc gives every list paragraph its ``Compact`` (tight) or ``Body Text`` (loose) style
and its own numbering; a house template then cannot restyle lists, and nothing tells a
list's last paragraph from the next one. After pandoc, each list paragraph gets
``List Bullet`` / ``List Number`` (``… 2`` one level down), the names Word's own lists
and every house template use; an item's further paragraphs (no marker) get
``List Continue``, with space around them, as the reference's sub-item notes have.
pandoc's numbering stays on the paragraph, so each list still restarts at its own first
number. Paragraphs of our own styles (a red warning's
bullets) keep theirs.

pandoc's document.xml is regular (one element form per construct), so a regular
expression over it is enough; a document that does not look like pandoc's is returned
unchanged.
"""

from __future__ import annotations

import io
import re
import zipfile

PANDOC_STYLES = ("Compact", "BodyText", "FirstParagraph")
# A list paragraph: pandoc's style (none for the first paragraph of a loose item), then
# its numbering.
_LIST_PARAGRAPH = re.compile(
    r'<w:pPr>(?:<w:pStyle w:val="(?P<style>[^"]+)" />)?'
    r'(?P<num><w:numPr><w:ilvl w:val="(?P<level>\d+)" /><w:numId w:val="(?P<id>\d+)" /></w:numPr>)'
)
_NUM = re.compile(r'<w:num w:numId="(\d+)"><w:abstractNumId w:val="(\d+)" /></w:num>')
_ABSTRACT = re.compile(r'<w:abstractNum w:abstractNumId="(\d+)">(.*?)</w:abstractNum>', re.S)
_FIRST_LEVEL_FORMAT = re.compile(r'<w:lvl w:ilvl="0">.*?<w:numFmt w:val="([^"]+)"', re.S)


def list_style(bullet: bool, level: int) -> str:
    """The style id of a list paragraph: ``ListBullet``, ``ListNumber2`` ..."""
    name = "ListBullet" if bullet else "ListNumber"
    return name if level == 0 else f"{name}{min(level, 2) + 1}"


def _bullet_numbers(numbering: str) -> set[str]:
    """The numIds whose lists are bullets."""
    bullets = {
        abstract
        for abstract, body in _ABSTRACT.findall(numbering)
        if (match := _FIRST_LEVEL_FORMAT.search(body)) and match.group(1) == "bullet"
    }
    return {num for num, abstract in _NUM.findall(numbering) if abstract in bullets}


_LEVEL_TEXT = re.compile(r'<w:lvl w:ilvl="0">.*?<w:lvlText w:val="([^"]*)"', re.S)


def _continue_numbers(numbering: str) -> set[str]:
    """The numIds pandoc gives the further paragraphs of a list item (a blank marker)."""
    blank = {
        abstract
        for abstract, body in _ABSTRACT.findall(numbering)
        if (match := _LEVEL_TEXT.search(body)) and not match.group(1).strip()
    }
    return {num for num, abstract in _NUM.findall(numbering) if abstract in blank}


def continue_style(level: int) -> str:
    return "ListContinue" if level == 0 else f"ListContinue{min(level, 2) + 1}"


def apply_list_styles(docx: bytes) -> bytes:
    """``docx`` (pandoc's output) with list paragraphs in Word's list styles."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    names = source.namelist()
    if "word/document.xml" not in names or "word/numbering.xml" not in names:
        return docx
    numbering = source.read("word/numbering.xml").decode("utf-8")
    bullets = _bullet_numbers(numbering)
    further = _continue_numbers(numbering)

    def restyle(match: re.Match[str]) -> str:
        if match.group("style") not in (None, *PANDOC_STYLES):
            return match.group(0)
        level = int(match.group("level"))
        if match.group("id") in further:  # no marker: set off, not tight like the items
            style = continue_style(level)
        else:
            style = list_style(match.group("id") in bullets, level)
        return f'<w:pPr><w:pStyle w:val="{style}" />{match.group("num")}'

    document = _LIST_PARAGRAPH.sub(restyle, source.read("word/document.xml").decode("utf-8"))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = document.encode("utf-8")
            target.writestr(info, data)
    return out.getvalue()
