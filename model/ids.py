"""Record ids: random, time-ordered ULIDs, so two people adding records offline never collide."""


def new_id() -> str:
    """A new record id (26 characters, sorts by creation time)."""
    # imported on first use: python-ulid pulls in importlib.metadata (~80 ms), a cost
    # every ``minutes`` command would pay at start-up though most create no record
    from ulid import ULID

    return str(ULID())
