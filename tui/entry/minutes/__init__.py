"""The installed name of the app: ``python -m minutes`` runs the ``minutes`` command.

The repository's top level holds only the four packages (model, sync, export, tui), so
this package lives in ``tui/entry/minutes`` and pyproject.toml maps it to the top-level
name ``minutes`` in the wheel (a second ``packages.find`` root). It holds no code of its
own: everything is in ``tui.cli``.
"""
