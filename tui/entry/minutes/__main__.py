"""``python -m minutes`` runs the ``minutes`` command (the same entry point as the script)."""

from tui.cli import main

main()
