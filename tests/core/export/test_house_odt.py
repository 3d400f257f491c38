"""A house template for the OpenDocument export: a real .odt made here from pandoc's
own reference document with the house's font, size and a style of its own."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pypandoc
import pytest
from click.testing import CliRunner

from export.errors import BadOdtTemplate, TemplateOtherKind
from export.exporter import export_meeting
from export.house import template_for
from model.enums import Language
from model.meeting import Meeting
from model.store.archive import Archive
from tui.cli import root

HOUSE_COLOUR = "#123456"


def _house_odt(folder: Path, name: str = "lg.odt") -> Path:
    """pandoc's reference.odt with Courier New 13 pt as the default and the house's own
    "Decision Heading" (a colour of its own), rezipped as LibreOffice would keep it."""
    pandoc = pypandoc.get_pandoc_path()
    raw = subprocess.run(
        [pandoc, "--print-default-data-file", "reference.odt"], capture_output=True, check=True
    ).stdout
    source = folder / "pandoc-reference.odt"
    source.write_bytes(raw)
    target = folder / name
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "styles.xml":
                styles = data.decode("utf-8")
                styles = styles.replace(
                    'style:font-name="Times New Roman"', 'style:font-name="Courier New"'
                ).replace('fo:font-size="12pt"', 'fo:font-size="13pt"')
                own = (
                    '<style:style style:name="Decision_20_Heading" '
                    'style:display-name="Decision Heading" style:family="paragraph">'
                    f'<style:text-properties fo:color="{HOUSE_COLOUR}"/></style:style>'
                )
                styles = styles.replace("</office:styles>", own + "</office:styles>", 1)
                data = styles.encode("utf-8")
            zout.writestr(info, data, compress_type=info.compress_type)
    return target


def _styles(path: Path) -> str:
    with zipfile.ZipFile(path) as odt:
        return odt.read("styles.xml").decode("utf-8")


def _content(path: Path) -> str:
    with zipfile.ZipFile(path) as odt:
        return odt.read("content.xml").decode("utf-8")


def test_the_house_odt_shapes_the_odt_export(demo: Meeting, tmp_path: Path) -> None:
    house = _house_odt(tmp_path)
    plain = export_meeting(demo, "odt", tmp_path / "plain.odt")
    styled = export_meeting(demo, "odt", tmp_path / "house.odt", house)
    assert "Courier New" not in re.findall(r'style:font-name="([^"]+)"', _styles(plain))[:1]
    styles = _styles(styled)
    assert 'style:font-name="Courier New"' in styles and 'fo:font-size="13pt"' in styles
    # the house's own decision heading is kept, not replaced by ours
    assert styles.count('style:name="Decision_20_Heading"') == 1
    assert HOUSE_COLOUR in styles
    # the styles the house lacks are still there: the draft mark, the list styles
    assert 'style:name="Draft_20_Mark"' in styles
    assert 'style:name="List_20_Bullet"' in styles
    content = _content(styled)
    assert "Punkten bordläggs på grund av tidsbrist." in content
    assert 'text:style-name="Decision_20_Heading"' in content


def test_one_config_entry_serves_docx_and_odt(demo: Meeting, tmp_path: Path) -> None:
    """The config names lg.docx; the .odt of the same name beside it shapes the odt."""
    house = _house_odt(tmp_path)
    docx = tmp_path / "lg.docx"
    assert template_for(docx, "odt") == house
    assert template_for(house, "docx") is None  # no lg.docx beside it (yet)
    assert template_for(house, "html") is None
    with pytest.raises(TemplateOtherKind) as raised:
        export_meeting(demo, "docx", tmp_path / "x.docx", house)
    message = raised.value.message(Language.SV)
    assert "lg.odt" in message and "docx" in message and "(.docx)" in message
    assert not (tmp_path / "x.docx").exists()
    out = export_meeting(demo, "odt", tmp_path / "y.odt", docx)
    assert HOUSE_COLOUR in _styles(out)


def test_a_file_that_is_no_odt_text_is_refused_clearly(demo: Meeting, tmp_path: Path) -> None:
    sheet = tmp_path / "budget.odt"
    with zipfile.ZipFile(sheet, "w") as archive:  # a spreadsheet under an .odt name
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("styles.xml", "<x/>")
    broken = tmp_path / "broken.odt"
    broken.write_text("not a zip", encoding="utf-8")
    for bad in (sheet, broken):
        with pytest.raises(BadOdtTemplate) as raised:
            export_meeting(demo, "odt", tmp_path / "z.odt", bad)
        for lang in Language:
            assert bad.name in raised.value.message(lang)
        assert "OpenDocument" in raised.value.message(Language.EN)
    assert not (tmp_path / "z.odt").exists()


def test_the_cli_takes_the_bodys_odt_from_the_config(
    demo: Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _house_odt(tmp_path)
    archive = tmp_path / "archive"
    Archive(archive).create(demo)
    config = tmp_path / "config" / "config.toml"  # MINUTES_CONFIG names the folder
    config.parent.mkdir()
    body = demo.header.body
    config.write_text(f'[templates]\n"{body}" = "{(tmp_path / "lg.docx").as_posix()}"\n', "utf-8")
    monkeypatch.setenv("MINUTES_CONFIG", str(config.parent))
    runner = CliRunner()
    out = tmp_path / "cli.odt"
    args = ["--archive", str(archive), "--lang", "en", "export", "2022-05-06", "--to", "odt"]
    result = runner.invoke(root, [*args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert HOUSE_COLOUR in _styles(out)
    # docx: lg.docx does not exist; the config's template is said to be missing
    result = runner.invoke(root, [*args[:-1], "docx", "-o", str(tmp_path / "cli.docx")])
    assert result.exit_code == 2
    assert "lg.docx" in result.output and "Traceback" not in result.output


def test_a_configured_docx_only_is_said_for_odt_and_the_odt_still_made(
    demo: Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "archive"
    Archive(archive).create(demo)
    word = tmp_path / "only.docx"
    word.write_bytes((Path(__file__).parents[3] / "export" / "reference.docx").read_bytes())
    config = tmp_path / "config" / "config.toml"
    config.parent.mkdir()
    config.write_text(f'[templates]\n"*" = "{word.as_posix()}"\n', "utf-8")
    monkeypatch.setenv("MINUTES_CONFIG", str(config.parent))
    out = tmp_path / "made.odt"
    result = CliRunner().invoke(
        root,
        ["--archive", str(archive), "--lang", "en", "export", "2022-05-06", "--to", "odt",
         "-o", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "does not fit odt" in result.output
    assert "Punkten bordlades" in _content(out)
