"""Store: one structural change to disk in a seed-sized meeting, with an archive of 1 and
of 1,000 meetings (each meeting is its own file, so the two should be equal).

References in the same run: the bare atomic write of the same bytes (the floor our
durability costs), and TinyDB's stock JSONStorage doing the same update (fast but unsafe:
PITFALLS.md).
"""

from __future__ import annotations

import tempfile
import time
from datetime import datetime
from pathlib import Path

from tinydb import TinyDB
from tinydb.table import Document

from bench.harness import Report, measure
from model import live
from model.codec import meeting_to_tables
from model.demo import demo_meeting
from model.enums import AttendanceStatus
from model.ids import new_id
from model.meeting import Meeting
from model.store.archive import Archive
from model.store.files import atomic_write, encode
from model.store.meeting_store import MeetingStore

NOW = datetime(2022, 5, 6, 9, 0)
REPEAT = 100


def _structural_change(store: MeetingStore) -> None:
    meeting = store.meeting
    person = meeting.people[1]
    status = (
        AttendanceStatus.REMOTE
        if person.status is AttendanceStatus.PRESENT
        else AttendanceStatus.PRESENT
    )
    live.set_attendance(meeting, person.id, status, NOW)
    store.save()


def _archive_with(root: Path, count: int) -> Path:
    """An archive of ``count`` seed-sized meetings (copies of the demo with fresh ids)."""
    archive = Archive(root)
    template = demo_meeting()
    first = archive.create(template)
    data = first.read_bytes().decode("utf-8")
    for _ in range(count - 1):
        meeting_id = new_id()
        atomic_write(
            archive.meeting_path(meeting_id), data.replace(template.id, meeting_id).encode()
        )
    return first


def _interleaved(stores: list[MeetingStore], repeat: int) -> list[list[float]]:
    """Alternate the stores change by change, so load on the machine hits both alike."""
    samples: list[list[float]] = [[] for _ in stores]
    for _ in range(3):
        for store in stores:
            _structural_change(store)
    for _ in range(repeat):
        for index, store in enumerate(stores):
            start = time.perf_counter()
            _structural_change(store)
            samples[index].append((time.perf_counter() - start) * 1000)
    return samples


def _long_meeting(target_kb: int = 500) -> Meeting:
    """A long council session: the demo meeting with items and notes up to ``target_kb``."""
    meeting = demo_meeting()
    notes = "Förvaltningen redovisar läget och ledamöterna diskuterar förslaget. " * 30
    number = 0
    while len(encode(meeting_to_tables(meeting))) < target_kb * 1024:
        number += 1
        item = live.add_item(meeting, f"Ärende {number}: budgetuppföljning", NOW)
        item.notes = notes
        live.add_decision(meeting, item.id, f"Nämnden beslutade att godkänna ärende {number}.", NOW)
    return meeting


def _against_floor(store: MeetingStore, folder: Path, repeat: int) -> tuple[list[float], ...]:
    """A change to disk and the bare atomic write of the same bytes, alternately."""
    ours: list[float] = []
    floor: list[float] = []
    target = folder / "floor.json"
    for n in range(repeat + 3):
        start = time.perf_counter()
        _structural_change(store)
        changed = (time.perf_counter() - start) * 1000
        data = store.written_bytes or b""
        start = time.perf_counter()
        atomic_write(target, data)
        bare = (time.perf_counter() - start) * 1000
        if n >= 3:
            ours.append(changed)
            floor.append(bare)
    return ours, floor


def _size_cases(report: Report, base: Path) -> None:
    archive = Archive(base / "sizes")
    for label, meeting in (("seed-sized", demo_meeting()), ("500 KB", _long_meeting())):
        path = archive.create(meeting)
        with MeetingStore(path) as store:
            ours, floor = _against_floor(store, base, 40)
            size = len(store.written_bytes or b"")
        report.against(
            f"store: change to disk vs bare write, {label} meeting",
            ours,
            "bare atomic write of the same bytes (interleaved)",
            floor,
            at_most=2,
            file_kb=round(size / 1024),
        )


def run(report: Report) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        one = _archive_with(base / "one", 1)
        thousand = _archive_with(base / "thousand", 1000)
        with MeetingStore(one) as store_one, MeetingStore(thousand) as store_k:
            samples_one, samples_k = _interleaved([store_one, store_k], REPEAT)
            data = store_one.written_bytes or b""
        floor_path = base / "floor.json"
        floor = measure(lambda: atomic_write(floor_path, data), repeat=REPEAT, warmup=3)

        stock_path = base / "stock.json"
        db = TinyDB(stock_path, sort_keys=True, indent=1, ensure_ascii=False)
        table = db.table("attendance")
        for n in range(60):
            table.insert({"n": n, "text": "x" * 400})
        flip = [0]

        def stock_update() -> None:
            flip[0] ^= 1
            table.upsert(Document({"status": flip[0]}, doc_id=1))

        stock = measure(stock_update, repeat=REPEAT, warmup=3)
        db.close()

        report.add(
            "store: structural change to disk, archive of 1 meeting",
            samples_one,
            reference="bare atomic write of the same bytes",
            reference_samples=floor,
            target="median < 20 ms",
            met=lambda r: r.median_ms < 20,
            file_kb=round(len(data) / 1024, 1),
        )
        report.add(
            "store: structural change to disk, archive of 1,000 meetings",
            samples_k,
            reference="archive of 1 meeting",
            reference_samples=samples_one,
            target="median < 20 ms and within 10% of 1 meeting",
            met=lambda r: r.median_ms < 20 and (r.ratio or 0) <= 1.10,
        )
        report.add(
            "store: stock TinyDB JSONStorage update (unsafe, for scale)",
            stock,
            reference="our atomic store",
            reference_samples=samples_one,
        )
        _size_cases(report, base)
        listing = measure(lambda: Archive(base / "thousand").summaries(), repeat=10)
        report.add("store: list an archive of 1,000 meetings (warm index)", listing)
