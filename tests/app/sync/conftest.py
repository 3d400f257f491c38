"""The fixtures of this area, kept in tests/core/sync/conftest.py."""

from tests.core.sync.conftest import *  # noqa: F403
