"""The fixtures of this area, kept in tests/core/export/conftest.py."""

from tests.core.export.conftest import *  # noqa: F403
