"""The OpenDocument file: the reference's styles defined (italic decision heading and
standing rule, red draft mark, bold approval line) and lists in named list styles."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

from export.exporter import export_meeting
from export.odt_styles import apply_odt_styles
from model.enums import MeetingState
from model.meeting import Meeting


def _parts(path: Path) -> tuple[str, str]:
    with zipfile.ZipFile(path) as odt:
        return odt.read("content.xml").decode("utf-8"), odt.read("styles.xml").decode("utf-8")


def _style(styles: str, name: str) -> str:
    match = re.search(rf'<style:style style:name="{name}".*?</style:style>', styles, re.S)
    assert match, name
    return match.group(0)


def test_custom_styles_are_defined_and_used(demo: Meeting, tmp_path: Path) -> None:
    content, styles = _parts(export_meeting(demo, "odt", tmp_path / "m.odt"))
    assert 'fo:font-style="italic"' in _style(styles, "Decision_20_Heading")
    assert 'fo:font-style="italic"' in _style(styles, "Standing_20_Rules")
    assert 'fo:color="#b01e1e"' in _style(styles, "Draft_20_Mark")
    assert 'text:style-name="Decision_20_Heading">Beslut<' in content
    assert 'text:style-name="Draft_20_Mark">UTKAST – ej justerat<' in content
    assert 'text:style-name="Decision Heading"' not in content  # no undefined name left


def test_lists_are_named_with_space_after_the_last(demo: Meeting, tmp_path: Path) -> None:
    content, styles = _parts(export_meeting(demo, "odt", tmp_path / "m.odt"))
    assert 'fo:margin-bottom="0in"' in _style(styles, "List_20_Bullet")
    assert 'fo:margin-bottom="0.083in"' in _style(styles, "List_20_Bullet_20_End")
    lists = re.findall(r"<text:list [^>]*>(.*?)</text:list>", content, re.S)
    assert lists
    for body in lists:
        names = re.findall(r'<text:p text:style-name="([^"]+)"', body)
        if not names or "List_20_Number_20_2" in names or "List_20_Bullet_20_2" in names:
            continue  # a nested list closes inside its parent
        assert names[-1].endswith("_20_End") or names[-1] == "List_20_Continue", names
        assert all(n.startswith("List_20_") for n in names), names
    assert not re.search(r'<text:p text:style-name="P\d+">', content)
    # item 3's sub-items: the bold lead-in is the item's line, the notes under it set off
    lead = content.index("Möte med Region Stockholm")
    notes = content.index("Vi har fått två förslag")
    between = content[lead:notes]
    assert 'text:style-name="List_20_Continue"' in between
    assert 'fo:margin-top="0.056in"' in _style(styles, "List_20_Continue")
    # item 1's AOB list: every item its own bullet line, the last with the space after
    aob = re.search(r"<text:list [^>]*>(.*?)</text:list>", content, re.S)
    assert aob is not None
    names = re.findall(r'<text:p text:style-name="([^"]+)"', aob.group(1))
    assert names == ["List_20_Bullet"] * 3 + ["List_20_Bullet_20_End"]


def test_page_and_font_of_the_reference(demo: Meeting, tmp_path: Path) -> None:
    _content, styles = _parts(export_meeting(demo, "odt", tmp_path / "m.odt"))
    assert 'fo:page-width="21cm"' in styles and 'fo:page-height="29.7cm"' in styles
    default = re.search(r'<style:default-style style:family="paragraph">.*?</', styles, re.S)
    assert default is not None and 'style:font-name="Arial"' in default.group(0)
    assert 'fo:text-align="start"' in _style(styles, "Title")


def test_the_approved_document_has_the_approval_line(demo: Meeting, tmp_path: Path) -> None:
    demo.header.state = MeetingState.APPROVED
    demo.header.approved_at = datetime(2022, 5, 10, 9, 0)
    demo.header.approved_by = "Magnus Gyllestad"
    content, styles = _parts(export_meeting(demo, "odt", tmp_path / "m.odt"))
    assert "UTKAST" not in content
    assert 'text:style-name="Approval_20_Line">Justerat 2022-05-10 av Magnus Gyllestad<' in (
        content
    )
    assert 'fo:font-weight="bold"' in _style(styles, "Approval_20_Line")


def test_not_an_odt_is_returned_unchanged() -> None:
    assert apply_odt_styles(b"not a zip") == b"not a zip"


def test_odt_headings_are_the_word_files_bold_upright_ones(demo: Meeting, tmp_path: Path) -> None:
    """LibreOffice's Heading 2 is italic 14 pt (bigger than it looks beside Heading 1):
    the sub-headings in item 8 ("Om uppdraget") are bold and upright as in the docx."""
    import re
    import zipfile

    from export.exporter import export_meeting

    path = export_meeting(demo, "odt", tmp_path / "h.odt")
    with zipfile.ZipFile(path) as odt:
        styles = odt.read("styles.xml").decode("utf-8")
        content = odt.read("content.xml").decode("utf-8")
    for level, size in ((1, "13pt"), (2, "11.5pt"), (3, "11pt")):
        (style,) = re.findall(rf'<style:style [^>]*"Heading_20_{level}".*?</style:style>', styles)
        assert 'fo:font-weight="bold"' in style and 'fo:font-style="normal"' in style
        assert f'fo:font-size="{size}"' in style and "italic" not in style
    assert re.search(r'"Heading_20_2" text:outline-level="2">(<[^>]*>)?Om uppdraget<', content)
