"""``minutes export`` as a user runs it, and every bad input it must survive."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from export.errors import (
    BadTemplate,
    FolderMissing,
    OutputNotWritable,
    PandocFailed,
    TemplateMissing,
)
from export.exporter import export_meeting
from model.meeting import Meeting
from model.store.archive import Archive
from tui.cli import root

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def archive(tmp_path: Path, demo: Meeting) -> Path:
    folder = tmp_path / "archive"
    Archive(folder).create(demo)
    return folder


def _run(archive: Path, *args: str, lang: str = "en") -> object:
    return CliRunner().invoke(root, ["--archive", str(archive), "--lang", lang, "export", *args])


def test_default_file_name_in_current_folder(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = _run(archive, "2022-05-06")
    assert result.exit_code == 0, result.output
    path = work / "2022-05-06 Södertörnskommunernas ledningsgrupp.docx"
    assert f"Wrote {path}" in result.output
    assert "marked as a draft" in result.output
    assert Document(str(path)).paragraphs[0].text.startswith("Minnesanteckningar från")


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_stdout(archive: Path, fmt: str) -> None:
    result = _run(archive, "2022-05-06", "--to", fmt, "-o", "-")
    assert result.exit_code == 0
    assert "Fredagen den 6 maj 2022 kl 8.30-11.00" in result.stdout
    if fmt == "html":
        assert "<table" in result.stdout and "Minnesanteckningar" in result.stdout


@pytest.mark.parametrize("fmt", ["odt", "html", "md"])
def test_other_formats_into_a_folder(archive: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = _run(archive, "2022-05-06", "--to", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    written = out / f"2022-05-06 Södertörnskommunernas ledningsgrupp.{fmt}"
    data = written.read_bytes()
    if fmt == "odt":
        with zipfile.ZipFile(written) as odt:
            assert "Punkten bordlades" in odt.read("content.xml").decode("utf-8")
    else:
        assert "Punkten bordlades på grund av tidsbrist." in data.decode("utf-8")


def test_binary_format_refuses_stdout(archive: Path) -> None:
    result = _run(archive, "2022-05-06", "--to", "docx", "-o", "-", lang="sv")
    assert result.exit_code == 2
    assert "kan inte skrivas till terminalen" in result.output
    assert "Traceback" not in result.output


def test_template_not_a_docx(archive: Path, tmp_path: Path) -> None:
    bad = tmp_path / "house.docx"
    bad.write_text("not a word file", encoding="utf-8")
    for lang, words in (("sv", "är inte ett Word-dokument"), ("en", "is not a Word document")):
        result = _run(
            archive, "2022-05-06", "--template", str(bad), "-o", str(tmp_path / "x.docx"), lang=lang
        )
        assert result.exit_code == 2
        assert words in result.output
    assert not (tmp_path / "x.docx").exists()


def test_template_errors_in_the_api(demo: Meeting, tmp_path: Path) -> None:
    with pytest.raises(TemplateMissing):
        export_meeting(demo, "docx", tmp_path / "a.docx", tmp_path / "missing.docx")
    odt_like = tmp_path / "house.docx"
    with zipfile.ZipFile(odt_like, "w") as z:
        z.writestr("content.xml", "<x/>")
    with pytest.raises(BadTemplate):
        export_meeting(demo, "docx", tmp_path / "a.docx", odt_like)


def test_pandoc_failing_on_a_broken_template(demo: Meeting, tmp_path: Path) -> None:
    """A zip that claims to be Word but has broken styles: the real pandoc fails, we say so."""
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken, "w") as z:
        z.writestr("word/document.xml", "<w:document")
        z.writestr("word/styles.xml", "not xml at all <<<")
    target = tmp_path / "minutes.docx"
    with pytest.raises(PandocFailed) as caught:
        export_meeting(demo, "docx", target, broken)
    assert caught.value.message("sv").startswith("Pandoc kunde inte skapa dokumentet:")
    assert not target.exists()


def test_unwritable_output(demo: Meeting, tmp_path: Path, archive: Path) -> None:
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(FolderMissing):
        export_meeting(demo, "md", a_file / "minutes.md")
    long_name = tmp_path / ("x" * 300 + ".md")
    with pytest.raises(OutputNotWritable) as info:
        export_meeting(demo, "md", long_name)  # name too long everywhere
    # what the system said, in the user's language (not its English "File name too long")
    assert info.value.message("sv").startswith(
        f"Kunde inte skriva {long_name} (filnamnet är för långt)."
    )
    assert f"{long_name} konnte nicht geschrieben werden (der Dateiname ist zu lang)" in (
        info.value.message("de")
    )
    assert "(the file name is too long)" in info.value.message("en")
    result = _run(archive, "2022-05-06", "-o", str(tmp_path / "no" / "such" / "m.docx"), lang="sv")
    assert result.exit_code == 2 and "finns inte" in result.output


def test_existing_file_is_replaced_whole(demo: Meeting, tmp_path: Path) -> None:
    target = tmp_path / "m.md"
    target.write_text("old text", encoding="utf-8")
    export_meeting(demo, "md", target)
    assert target.read_text(encoding="utf-8").startswith("---\ntitle:")
    assert [p.name for p in tmp_path.iterdir()] == ["m.md"]  # no temp files left


def _python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``code`` in a fresh Python at the checkout, with ``env``, as a user's shell runs it."""
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )


def test_pandoc_missing(archive: Path, tmp_path: Path) -> None:
    env = dict(os.environ, PYPANDOC_PANDOC=str(tmp_path / "no-pandoc-here"))
    code = (
        "from tui.cli import main; import sys; sys.argv=['minutes','--archive',"
        f"{str(archive)!r},'--lang','sv','export','2022-05-06','-o',"
        f"{str(tmp_path / 'm.docx')!r}]; main()"
    )
    result = _python(code, env)
    assert result.returncode == 2
    assert "Pandoc hittades inte" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "m.docx").exists()


@pytest.mark.parametrize("with_typst", [True, False])
def test_pdf_without_an_office_suite(archive: Path, tmp_path: Path, with_typst: bool) -> None:
    """No LibreOffice and no PDF engine on the PATH: Typst (a Python package) still makes
    the PDF; without it too, a message saying what to install."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    env = dict(os.environ, PATH=str(empty))
    hide = "" if with_typst else "sys.modules['typst'] = None; "  # as if not installed
    code = (
        f"import sys; {hide}from tui.cli import main; sys.argv=['minutes','--archive',"
        f"{str(archive)!r},'--lang','en','export','2022-05-06','--to','pdf','-o',"
        f"{str(tmp_path / 'm.pdf')!r}]; main()"
    )
    if sys.platform in ("win32", "darwin"):
        pytest.skip("LibreOffice is also looked for in its install folder there")
    result = _python(code, env)
    if with_typst:
        assert result.returncode == 0, result.stderr
        assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
        return
    assert result.returncode == 2, result.stderr
    assert "Reinstall minutes" in result.stderr and "LibreOffice" in result.stderr
    assert "Traceback" not in result.stderr


def read_only_export(mount: str) -> None:
    """Inside a private mount namespace (tests/small_disk.py): export to a read-only disk
    and print what the user is told in each language."""
    import json

    from model.demo import demo_meeting
    from tests.small_disk import remount_read_only

    remount_read_only(Path(mount))
    try:
        export_meeting(demo_meeting(), "docx", Path(mount) / "minutes.docx")
    except OutputNotWritable as exc:
        print(json.dumps({lang: exc.message(lang) for lang in ("sv", "en", "de")}))


def test_an_export_to_a_read_only_disk_says_so_in_the_users_language(tmp_path: Path) -> None:
    import json

    from tests.small_disk import run_on_small_disk

    mount = tmp_path / "disk"
    mount.mkdir()
    code = f"from {__name__} import read_only_export as run;run(*sys.argv[1:])"
    run = run_on_small_disk(mount, code, str(mount))
    assert run.returncode == 0, run.stderr[-3000:]
    said = json.loads(run.stdout.strip().splitlines()[-1])
    target = mount / "minutes.docx"
    assert said["sv"].startswith(f"Kunde inte skriva {target} (disken är skrivskyddad).")
    assert said["en"].startswith(f"Could not write {target} (the disk is read-only).")
    assert "(der Datenträger ist schreibgeschützt)" in said["de"]
