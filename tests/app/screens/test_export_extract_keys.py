"""The extract key (alt+shift+x) and the house template of the body from the config, in
the app's export dialog, keys in bursts; the Word file read back with python-docx."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from model.enums import Language
from tests.app.screens.helpers import Clock, burst, demo_archive, settle
from tui.app import MinutesApp
from tui.config import Config
from tui.screens.export import ExportScreen

pytestmark = pytest.mark.asyncio

REFERENCE = Path(__file__).resolve().parents[3] / "export" / "reference.docx"
BODY = "Södertörnskommunernas ledningsgrupp"


def _house(tmp_path: Path) -> Path:
    document = Document(str(REFERENCE))
    document.styles["Title"].font.name = "Garamond"
    path = tmp_path / "house.docx"
    document.save(str(path))
    return path


async def test_extract_of_two_items_in_the_house_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr("tui.screens.export.default_folder", lambda: out)
    house = _house(tmp_path)
    path = demo_archive(tmp_path / "archive", with_finished=False)
    config = Config(keymap={}, templates={BODY.upper(): str(house)})
    app = MinutesApp(
        tmp_path / "archive", Language.SV, meeting_path=path, clock=Clock(),
        cursor_blink=False, config=config,
    )  # fmt: skip
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<ctrl+n>", "<ctrl+n>", "<ctrl+n>", "<ctrl+n>", "Noterat.")
        burst(app, "<alt+shift+x>")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        assert dialog.query_one("#template").value == str(house)  # type: ignore[attr-defined]
        assert dialog.query_one("#items").value == "5"  # type: ignore[attr-defined]
        burst(app, "<tab>", "<tab>", "<tab>", "<end>", ",7", "<enter>")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
    (written,) = list(out.iterdir())
    assert written.name == f"2022-05-06 {BODY} utdrag 5 7.docx"
    document = Document(str(written))
    assert document.styles["Title"].font.name == "Garamond"
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["5. Nytt utvecklingsprogram", "7. Södertörnskonferensen"]
    assert "Noterat." in [p.text for p in document.paragraphs]


async def test_the_dialog_makes_the_odt_in_the_house_odt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The config names the body's .docx; choosing odt in the dialog takes the .odt of
    the same name beside it (a real one, made from pandoc's reference document)."""
    import zipfile

    from tests.core.export.test_house_odt import HOUSE_COLOUR, _house_odt

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr("tui.screens.export.default_folder", lambda: out)
    house = _house(tmp_path)
    _house_odt(tmp_path, "house.odt")
    path = demo_archive(tmp_path / "archive", with_finished=False)
    config = Config(keymap={}, templates={BODY: str(house)})
    app = MinutesApp(
        tmp_path / "archive", Language.SV, meeting_path=path, clock=Clock(),
        cursor_blink=False, config=config,
    )  # fmt: skip
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<alt+x>")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        burst(app, "<down>", "<enter>")  # docx, odt
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
    (written,) = list(out.iterdir())
    assert written.suffix == ".odt"
    with zipfile.ZipFile(written) as odt:
        assert HOUSE_COLOUR in odt.read("styles.xml").decode("utf-8")
