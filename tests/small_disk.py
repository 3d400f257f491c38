"""A real full (or read-only) disk for tests: a small tmpfs in a private mount namespace.

Nothing on the machine is touched: ``unshare -Urm`` (any user, where user namespaces are
allowed) or ``unshare -m`` (root) gives the child its own mount table, the tmpfs exists
only there and goes away with it. Where neither works (macOS, Windows, a locked-down
container) the test is skipped with the reason.

    run = run_on_small_disk(mount, "from tests.x import scenario as run; run(*sys.argv[1:])", ...)

The code runs as ``python -c`` from the checkout, with ``sys`` imported, and its
arguments after it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TMPFS_SIZE = "8m"
REPO = Path(__file__).resolve().parents[1]


def namespace_command() -> list[str] | None:
    """How to mount a small tmpfs without touching the machine: a private mount
    namespace (``unshare -Urm`` as any user, ``unshare -m`` as root)."""
    if shutil.which("unshare") is None or sys.platform != "linux":
        return None
    for command in (["unshare", "-Urm"], ["unshare", "-m"]):
        probe = subprocess.run([*command, "true"], capture_output=True, check=False)
        if probe.returncode == 0:
            return command
    return None


def fill(folder: Path, leave: int) -> Path:
    """Fill the file system of ``folder`` up, then give back ``leave`` bytes."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for chunk in (1 << 20, 1 << 12):  # big steps, then the last pages
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * chunk)
    finally:
        os.close(fd)
    os.truncate(filler, max(0, os.path.getsize(filler) - leave))
    return filler


def run_on_small_disk(
    mount: Path, code: str, *args: str, timeout: float = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -c code args`` with a ``TMPFS_SIZE`` tmpfs mounted at ``mount``
    (an existing folder) that only the child sees. Skips the calling test where the
    machine allows no private mount."""
    namespace = namespace_command()
    if namespace is None:
        pytest.skip("a real full disk needs a private tmpfs mount: no user or mount namespace")
    run = subprocess.run(
        [
            *namespace,
            "sh",
            "-c",
            f'mount -t tmpfs -o size={TMPFS_SIZE} minutes-test "$1" && shift && exec "$@"',
            "sh",
            str(mount),
            sys.executable,
            "-c",
            f"import sys;{code}",
            *args,
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=timeout,
        check=False,
        env=env,
    )
    if run.returncode != 0 and "mount" in run.stderr and "tmpfs" in run.stderr:
        pytest.skip(f"cannot mount a tmpfs here: {run.stderr.strip()[:200]}")
    return run


def remount_read_only(mount: Path) -> None:
    """Inside the namespace: make the tmpfs at ``mount`` read-only (EROFS for every write,
    also for root, whom file permissions do not stop)."""
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
