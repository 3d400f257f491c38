"""The house template of a body: the config's [templates] table, looked up by body."""

from __future__ import annotations

from pathlib import Path

from export.house import house_template
from model.enums import Language
from tui.config import load_config


def test_house_template_lookup(tmp_path: Path) -> None:
    templates = {" Styrelsen ": "~/mallar/styrelse.docx", "*": str(tmp_path / "alla.docx")}
    assert house_template(templates, "styrelsen") == Path.home() / "mallar" / "styrelse.docx"
    assert house_template(templates, "Nämnden") == tmp_path / "alla.docx"
    assert house_template({}, "Nämnden") is None
    assert house_template({"Nämnden": "  "}, "Nämnden") is None


def test_config_table_with_a_bad_entry(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        '[templates]\n"Södertörns ledningsgrupp" = "C:/Mallar/lg.docx"\n"Nämnden" = 5\n',
        encoding="utf-8",
    )
    config = load_config(path, environ={})
    assert config.templates == {"Södertörns ledningsgrupp": "C:/Mallar/lg.docx"}
    assert [p.key for p in config.problems] == ["Nämnden"]
    assert "Nämnden" in config.problems[0].message(Language.SV)
