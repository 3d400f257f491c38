"""What the published package promises: the licence it names, ranges in the wheel with
exact pins for the venv and CI, and ``python -m minutes`` as a second way to start."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[3]


def _project() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _pins() -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for line in (ROOT / ".ci" / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"not an exact pin: {line}"
            pins[name.lower().replace("_", "-")] = Version(version)
    return pins


def _requirements() -> list[Requirement]:
    project = _project()
    extras = project["optional-dependencies"]
    assert isinstance(extras, dict)
    lines = [*project["dependencies"], *extras["dev"]]
    return [Requirement(line) for line in lines]


def test_the_licence_file_matches_the_metadata() -> None:
    assert _project()["license"] == "MIT"  # an SPDX expression, not the deprecated table
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_the_wheel_asks_for_ranges_and_the_constraints_pin_each_in_range() -> None:
    pins = _pins()
    for requirement in _requirements():
        specifiers = {s.operator for s in requirement.specifier}
        assert "==" not in specifiers, f"{requirement} is pinned exactly in the wheel"
        assert {">=", "<"} <= specifiers, f"{requirement} has no compatible range"
        name = requirement.name.lower().replace("_", "-")
        assert name in pins, f"{requirement.name} is not pinned in .ci/constraints.txt"
        assert pins[name] in requirement.specifier, f"the pin of {name} is outside {requirement}"


def test_make_venv_installs_with_the_constraints() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "-c $(CONSTRAINTS)" in makefile and "CONSTRAINTS := .ci/constraints.txt" in makefile


def test_python_dash_m_minutes_runs_the_command(tmp_path: Path) -> None:
    # from another folder, so the repository's own folders are not on the path
    result = subprocess.run(
        [sys.executable, "-m", "minutes", "--help"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Usage: minutes" in result.stdout
