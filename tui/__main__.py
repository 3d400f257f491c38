"""``python -m tui`` runs the ``minutes`` command."""

from tui.cli import main

main()
