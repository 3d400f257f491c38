"""The child scripts of the archive-size bench (``bench/bench_scale.py``).

Each is the text of a Python script that the bench writes to a temporary file (or passes
to ``python -c``) and runs as its own process: a bare click group of as many commands as
``minutes`` (the reference for ``minutes --help``); the app painting the archive list and
a bare Textual app with the same widgets; the app launched straight into a meeting and a
bare app with the meeting screen's widgets. The app and bare scripts share the same
pieces (``PEAK_RSS``, ``PAINTED``, ``LIST_PAINTED``), so both sides report the moment of
their first paint (``PAINT=``) and their own peak memory (``RSS_KB=``) alike.
"""

from __future__ import annotations

BARE_CLICK = """
import click

@click.group()
def root():
    "A bare click group."

for n in range(20):
    root.command(f"command-{n}")(lambda: None)
root(prog_name="bare")
"""

#: In every child below: the peak resident memory of this process (VmHWM from
#: /proc/self/status on Linux; elsewhere getrusage, or the peak working set on Windows),
#: read in the app's own process, not a wrapper's or the bench's.
PEAK_RSS = """
import sys

def peak_rss_kb():
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD)] + [
                (name, ctypes.c_size_t) for name in ("PeakWorkingSetSize", "WorkingSetSize",
                "QuotaPeakPagedPoolUsage", "QuotaPagedPoolUsage", "QuotaPeakNonPagedPoolUsage",
                "QuotaNonPagedPoolUsage", "PagefileUsage", "PeakPagefileUsage")]

        counters = Counters(cb=ctypes.sizeof(Counters))
        process = ctypes.windll.kernel32.GetCurrentProcess()
        ctypes.windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb)
        return counters.PeakWorkingSetSize // 1024
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS
"""

#: The moment of the first paint, the same in the app and the bare apps: once ``ready``
#: holds, the next screen refresh (``call_after_refresh`` runs after it) prints the time.
#: With ``--settle`` the child then waits for its workers (the archive's check of the
#: files, the approval check) before it reports its peak memory.
PAINTED = """
import asyncio, time

async def report_paint(app, pilot, ready):
    while not ready():
        await asyncio.sleep(0.002)
    painted = asyncio.Event()
    app.call_after_refresh(painted.set)
    await painted.wait()
    print(f"PAINT={time.time()}", file=sys.stderr, flush=True)
    if "--settle" in sys.argv:
        await app.workers.wait_for_complete()
        await pilot.pause()
    await pilot.pause()
"""

#: The archive list's first paint, the same in the app and the bare app: painted once the
#: table has rows; then the child's peak memory.
LIST_PAINTED = (
    PAINTED
    + """
from textual.widgets import DataTable

def rows(app):
    tables = list(app.screen.query(DataTable))
    return bool(tables and tables[0].row_count)

async def paint_list(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await report_paint(app, pilot, lambda: rows(app))
    print(f"RSS_KB={peak_rss_kb()}", file=sys.stderr, flush=True)
"""
)

APP_PAINT = (
    PEAK_RSS
    + LIST_PAINTED
    + """
from pathlib import Path
from model.enums import Language
from tui.app import MinutesApp
from tui.config import Config

async def main():
    app = MinutesApp(Path(sys.argv[1]), Language.EN, cursor_blink=False, config=Config())
    await paint_list(app)

asyncio.run(main())
"""
)

BARE_PAINT = (
    PEAK_RSS
    + LIST_PAINTED
    + """
from textual.app import App
from textual.widgets import DataTable, Footer, Static

class Bare(App):
    def compose(self):
        yield Static("Archive  /somewhere", id="title")
        yield Static("Enter opens", id="hint")
        table = DataTable(cursor_type="row", zebra_stripes=True)
        for name in ("Date", "Body", "Title", "State"):
            table.add_column(name)
        for n in range(100):
            table.add_row("2024-01-01", "Kommunstyrelsens arbetsutskott", f"Protokoll {n}", "Draft")
        yield table
        yield Footer()

async def main():
    await paint_list(Bare())

asyncio.run(main())
"""
)

#: Straight into a meeting (``minutes open``): painted once the meeting screen is the
#: screen and its notes have the focus; then it closes the meeting (saved, lock released).
APP_OPEN = (
    PEAK_RSS
    + PAINTED
    + """
from pathlib import Path
from model.enums import Language
from tui.app import MinutesApp
from tui.config import Config

def on_meeting(app):
    from tui.screens.meeting import MeetingScreen

    focused = app.focused
    return isinstance(app.screen, MeetingScreen) and focused is not None and focused.id == "notes"

async def main():
    app = MinutesApp(Path(sys.argv[1]), Language.EN, meeting_path=Path(sys.argv[2]),
                     cursor_blink=False, config=Config())
    async with app.run_test(size=(120, 40)) as pilot:
        await report_paint(app, pilot, lambda: on_meeting(app))
        app.screen.close_session()

asyncio.run(main())
"""
)

#: A bare Textual app with the meeting screen's widgets: a header line, a banner, the
#: agenda (an option list), the notes (a text area, with an item's notes), the
#: attendance list and the footer with as many keys.
BARE_MEETING = (
    PEAK_RSS
    + PAINTED
    + """
from textual.app import App
from textual.containers import Horizontal
from textual.widgets import Footer, OptionList, Static, TextArea

class Bare(App):
    BINDINGS = [(f"f{n}", "bell", f"Command {n}") for n in range(1, 13)]
    CSS = "#main { height: 1fr; } OptionList { width: 30; } TextArea { width: 1fr; }"

    def compose(self):
        yield Static("Kommunstyrelsen  2024-01-01  Draft  saved", id="header")
        yield Static("", id="banner")
        with Horizontal(id="main"):
            yield OptionList(*(f"§ {n}  Ärende {n}" for n in range(1, 25)), id="agenda")
            notes = "\\n".join(f"Rad {n} av anteckningarna." for n in range(30))
            yield TextArea(notes, soft_wrap=True, id="notes")
            yield OptionList(*(f"Ledamot {n}" for n in range(15)), id="people")
        yield Footer()

    def on_mount(self):
        self.query_one("#notes").focus()

def on_notes(app):
    focused = app.focused
    return focused is not None and focused.id == "notes"

async def main():
    app = Bare()
    async with app.run_test(size=(120, 40)) as pilot:
        await report_paint(app, pilot, lambda: on_notes(app))

asyncio.run(main())
"""
)
