"""Modules imported when first used, so the meeting screen paints without them.

The meeting screen's forms (tui/screens/meeting_forms.py, roster_forms.py and what they
import: the registry, the record edits, validation) are a third of what a launch into a
meeting imports, and none of it is on the first screen. A module that only a key's
handler needs is named with ``deferred("tui.screens.meeting_forms")`` instead of an
import; the type checker still sees the real module:

    if TYPE_CHECKING:
        from tui.screens import meeting_forms as forms
    else:
        forms = deferred("tui.screens.meeting_forms")

The first attribute read imports it. ``import_deferred()`` imports every module named so
far; the meeting screen calls it once it has painted (a timer), so the first form a
user opens does not wait for the import either.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

_NAMED: list[str] = []


class DeferredModule:
    """Stands for the module ``name`` until an attribute is read from it."""

    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<deferred module {self._name!r}>"


def deferred(name: str) -> Any:
    """The module ``name``, imported on first use (typed as the module by the caller)."""
    if name not in _NAMED:
        _NAMED.append(name)
    return DeferredModule(name)


def import_deferred() -> None:
    """Import every module named through ``deferred`` (already imported ones cost nothing)."""
    for name in list(_NAMED):
        importlib.import_module(name)
