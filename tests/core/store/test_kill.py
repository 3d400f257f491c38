"""A real writer process killed (SIGKILL on POSIX) at random moments, many times over:
the file always opens cleanly and no change acknowledged before the kill is lost."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

from model.demo import demo_meeting
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore

KILLS = 60
CHILD = Path(__file__).with_name("killer_child.py")
REPO = Path(__file__).resolve().parents[3]


def test_kill_at_random_moments_never_corrupts_or_loses_acknowledged_changes(
    tmp_path: Path,
) -> None:
    path = Archive(tmp_path / "archive").create(demo_meeting())
    rng = random.Random(20220506)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    acknowledged = 0
    for _round in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(acknowledged)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # the child is writing
        assert first.strip(), child.stderr.read() if child.stderr else ""
        time.sleep(rng.uniform(0.0, 0.05))
        child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        rest, _ = child.communicate(timeout=30)
        acks = [int(line) for line in (first + rest).split() if line.strip().isdigit()]
        acknowledged = max(acks)

        with MeetingStore(path, read_only=True) as store:
            assert store.recovery is None, store.recovery.message() if store.recovery else ""
            texts = {d.text for d in store.meeting.decisions}
        missing = [n for n in range(1, acknowledged + 1) if f"Beslut nummer {n} – åäö" not in texts]
        assert not missing, f"round {_round}: acknowledged decisions lost: {missing[:5]}"
    assert acknowledged > KILLS  # the children really wrote
