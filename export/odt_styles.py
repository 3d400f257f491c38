"""The reference document's styles in the OpenDocument file, and named list styles.

pandoc's ODT writer names our custom styles ("Decision Heading", "Standing Rules", ...)
on the paragraphs but defines none of them, so LibreOffice shows them as plain body text:
the italic decision heading and standing rule, the red draft mark and the bold approval
line were lost. Its lists get automatic styles (``L1``, ``P1``) that a house template
cannot restyle. After pandoc, this module

- defines the custom paragraph styles in ``styles.xml`` with the look of
  ``export/reference.docx`` (italic, bold, red, spacing), its title (left, 18 pt bold),
  Arial 11 and an A4 page (pandoc's own: Times 12 on US Letter);
- gives every list paragraph the named style ``List Bullet`` / ``List Number`` (``… 2``
  one level down), no space between items, the last paragraph of a list the space after
  it (``List Bullet End`` / ``List Number End``) and an item's further paragraphs
  ``List Continue``, set off, as the Word file has.

pandoc's content.xml is regular (one element form per construct), so regular expressions
over it are enough; a file that does not look like pandoc's is returned unchanged.
"""

from __future__ import annotations

import io
import re
import zipfile

RED = "#b01e1e"
_ITALIC = 'fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"'
_BOLD = 'fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"'

#: custom style -> (paragraph properties, text properties), as in reference_build.py
CUSTOM: dict[str, tuple[str, str]] = {
    "Draft Mark": ('fo:margin-bottom="0.139in"', f'{_BOLD} fo:font-size="12pt" fo:color="{RED}"'),
    "Conflict Warning": ('fo:margin-bottom="0.083in"', f'{_BOLD} fo:color="{RED}"'),
    "Standing Rules": ('fo:margin-bottom="0.111in"', _ITALIC),
    "Decision Heading": ('fo:margin-top="0.083in" fo:keep-with-next="always"', _ITALIC),
    "Approval Line": ('fo:margin-top="0.139in"', _BOLD),
}
#: list paragraph styles: inside a list no space; the list's last paragraph 6 pt after
LISTS: dict[str, str] = {
    "List Bullet": 'fo:margin-top="0in" fo:margin-bottom="0in"',
    "List Number": 'fo:margin-top="0in" fo:margin-bottom="0in"',
    "List Bullet 2": 'fo:margin-top="0in" fo:margin-bottom="0in"',
    "List Number 2": 'fo:margin-top="0in" fo:margin-bottom="0in"',
    "List Bullet End": 'fo:margin-top="0in" fo:margin-bottom="0.083in"',
    "List Number End": 'fo:margin-top="0in" fo:margin-bottom="0.083in"',
    # an item's further paragraphs (a sub-item's notes under its lead-in): set off
    "List Continue": 'fo:margin-top="0.056in" fo:margin-bottom="0.083in"',
}

_AUTO_PARAGRAPH = re.compile(
    r'<style:style style:name="(P\d+)" style:family="paragraph" '
    r'style:parent-style-name="[^"]+" style:list-style-name="(L\d+)"'
)
_LIST_STYLE = re.compile(r'<text:list-style style:name="(L\d+)">(.*?)</text:list-style>', re.S)
_LIST_TOKEN = re.compile(
    r"(<text:list [^>]*>|<text:list>|</text:list>|<text:list-item>|<text:list-header>"
    r'|<text:p text:style-name="(P\d+)">)'
)


def encoded(name: str) -> str:
    """An ODF style name as LibreOffice writes it ("List Bullet" -> "List_20_Bullet")."""
    return name.replace(" ", "_20_")


def _style(name: str, paragraph: str, text: str = "") -> str:
    props = f"<style:paragraph-properties {paragraph} />"
    if text:
        props += f"<style:text-properties {text} />"
    return (
        f'<style:style style:name="{encoded(name)}" style:display-name="{name}" '
        f'style:family="paragraph" style:parent-style-name="Text_20_body">{props}</style:style>'
    )


_DEFAULT_STYLE = re.compile(
    r'(<style:default-style style:family="paragraph">.*?</style:default-style>)', re.S
)
_PAGE = re.compile(r"(<style:page-layout-properties [^>]*>)")
#: the reference document's page: A4, 2.5 cm left and right, 2 cm top and bottom
PAGE = {
    "fo:page-width": "21cm",
    "fo:page-height": "29.7cm",
    "fo:margin-left": "2.5cm",
    "fo:margin-right": "2.5cm",
    "fo:margin-top": "2cm",
    "fo:margin-bottom": "2cm",
}
TITLE = (
    '<style:style style:name="Title" style:display-name="Title" style:family="paragraph" '
    'style:parent-style-name="Heading" style:next-style-name="Text_20_body">'
    '<style:paragraph-properties fo:text-align="start" fo:margin-bottom="0.194in" />'
    f'<style:text-properties {_BOLD} fo:font-size="18pt" /></style:style>'
)


def _page_and_fonts(styles: str) -> str:
    """Arial 11 as the default font and an A4 page, as in the Word reference document."""

    def font(match: re.Match[str]) -> str:
        block = match.group(1).replace(
            'style:font-name="Times New Roman"', 'style:font-name="Arial"'
        )
        return block.replace('fo:font-size="12pt"', 'fo:font-size="11pt"')

    def page(match: re.Match[str]) -> str:
        tag = match.group(1)
        for name, value in PAGE.items():
            tag = re.sub(rf'{name}="[^"]*"', f'{name}="{value}"', tag)
        return tag

    return _PAGE.sub(page, _DEFAULT_STYLE.sub(font, styles, count=1))


#: headings as in reference.docx: bold, upright, 13 / 11.5 / 11 pt, space before (pt)
HEADINGS = {1: ("13pt", "0.222in"), 2: ("11.5pt", "0.167in"), 3: ("11pt", "0.139in")}
_HEADING = re.compile(
    r'<style:style [^>]*style:name="Heading_20_([123])"[^>]*>.*?</style:style>', re.S
)


def _heading(match: re.Match[str]) -> str:
    """pandoc's heading style (LibreOffice's: level 2 italic 14 pt, larger than level 1
    looks) restyled as the Word reference document's: bold and upright."""
    level = int(match.group(1))
    size, before = HEADINGS[level]
    return (
        f'<style:style style:name="Heading_20_{level}" style:display-name="Heading {level}" '
        'style:family="paragraph" style:parent-style-name="Heading" '
        f'style:next-style-name="Text_20_body" style:default-outline-level="{level}">'
        f'<style:paragraph-properties fo:margin-top="{before}" fo:margin-bottom="0.056in" '
        'fo:keep-with-next="always" />'
        f'<style:text-properties {_BOLD} fo:font-style="normal" style:font-style-asian="normal" '
        f'style:font-style-complex="normal" fo:font-size="{size}" '
        f'style:font-size-asian="{size}" style:font-size-complex="{size}" />'
        "</style:style>"
    )


def _styles_xml(styles: str, house: bool = False) -> str:
    if "</office:styles>" not in styles:
        return styles
    if not house:  # a house template keeps its own page, fonts, title and headings
        styles = _HEADING.sub(_heading, _page_and_fonts(styles))
    known = set(re.findall(r'style:name="([^"]+)"', styles))
    added = [
        _style(name, paragraph, text)
        for name, (paragraph, text) in CUSTOM.items()
        if encoded(name) not in known
    ]
    added += [_style(name, p) for name, p in LISTS.items() if encoded(name) not in known]
    if "Title" not in known and not house:  # else LibreOffice's own: centred, 28 pt
        added.append(TITLE)
    return styles.replace("</office:styles>", "".join(added) + "</office:styles>", 1)


def _content_xml(content: str) -> str:
    for name in CUSTOM:  # pandoc writes the display name where a style name belongs
        content = content.replace(f'text:style-name="{name}"', f'text:style-name="{encoded(name)}"')
    bullets = {
        name: "<text:list-level-style-bullet" in body.split("</text:list-level-style", 1)[0]
        for name, body in _LIST_STYLE.findall(content)
    }
    list_of = dict(_AUTO_PARAGRAPH.findall(content))  # P1 -> L1
    if not list_of:
        return content
    out: list[str] = []
    depth = 0
    kinds: list[bool] = []  # per open list: bullet?
    last_outer: tuple[int, str] | None = None  # (index in ``out``, style) of a list's last
    position = 0
    first = True
    for match in _LIST_TOKEN.finditer(content):
        out.append(content[position : match.start()])
        position = match.end()
        token = match.group(1)
        if token.startswith("<text:list") and not token.startswith("<text:list-"):
            depth += 1
            found = re.search(r'text:style-name="(L\d+)"', token)
            kinds.append(bullets.get(found.group(1), True) if found else True)
            out.append(token)
        elif token in ("<text:list-item>", "<text:list-header>"):
            first = True  # the next paragraph is the item's own line
            out.append(token)
        elif token == "</text:list>":
            depth -= 1
            if kinds:
                kinds.pop()
            if depth == 0 and last_outer is not None:
                index, base = last_outer
                if base != "List Continue":  # it has the space after already
                    out[index] = f'<text:p text:style-name="{encoded(base + " End")}">'
                last_outer = None
            out.append(token)
        else:
            auto = match.group(2)
            if auto not in list_of or depth == 0:
                out.append(token)
                continue
            bullet = bullets.get(list_of[auto], kinds[-1] if kinds else True)
            base = "List Bullet" if bullet else "List Number"
            name = base if depth == 1 else f"{base} 2"
            if not first:
                name = base = "List Continue"
            first = False
            out.append(f'<text:p text:style-name="{encoded(name)}">')
            if depth == 1:
                last_outer = (len(out) - 1, base)
    out.append(content[position:])
    return "".join(out)


def apply_odt_styles(data: bytes, house: bool = False) -> bytes:
    """``data`` (an .odt from pandoc) with the styles defined and lists named. ``house``:
    made with a house template, whose page, fonts and styles stay; only the styles it
    lacks are added."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        names = source.namelist()
        if "content.xml" not in names or "styles.xml" not in names:
            return data
        target = io.BytesIO()
        with zipfile.ZipFile(target, "w") as out:
            for info in source.infolist():
                raw = source.read(info.filename)
                if info.filename == "content.xml":
                    raw = _content_xml(raw.decode("utf-8")).encode("utf-8")
                elif info.filename == "styles.xml":
                    raw = _styles_xml(raw.decode("utf-8"), house).encode("utf-8")
                # the mimetype entry stays first and stored, as ODF requires
                out.writestr(info, raw, compress_type=info.compress_type)
        return target.getvalue()
    except (zipfile.BadZipFile, UnicodeDecodeError, KeyError):
        return data
