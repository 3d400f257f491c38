"""Record ids: random, time-ordered ULIDs, so two people adding records offline never collide."""

from ulid import ULID


def new_id() -> str:
    """A new record id (26 characters, sorts by creation time)."""
    return str(ULID())
