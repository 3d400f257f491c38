"""Child process of the kill test: makes changes as fast as it can and acknowledges each
one on stdout only after ``save()`` returned (the durability contract)."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from model import live
from model.store.meeting_store import MeetingStore


def main(path: Path, start: int) -> None:
    with MeetingStore(path) as store:
        meeting = store.meeting
        item = meeting.agenda[4].id
        counter = start
        while True:
            counter += 1
            # alternate structural changes and text edits of growing size
            live.add_decision(
                meeting, item, f"Beslut nummer {counter} – åäö", datetime(2022, 5, 6, 10)
            )
            meeting.items[0].notes = f"Anteckning {counter} " + "x" * (counter % 500)
            store.save()
            print(counter, flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
