"""Running one git command of a sync: bounded in time, stoppable from another thread.

Every command gets a timeout (network commands the configured ``git_timeout``, local
ones a generous one); when it runs out the whole process group is killed and the caller
gets ``SyncError("timeout")`` naming the command and the seconds. A ``Cancel`` shared
with the app kills the command running now and refuses the next ones
(``SyncError("cancelled")``): quitting the app during a sync waits for nothing. The
sync engine is built so that a command killed at any point leaves the repository
consistent (sync/engine.py).

Plain ``subprocess`` rather than GitPython here: a command must be killable from the
app's thread, and GitPython's ``kill_after_timeout`` is not honoured by every call
(``clone_from`` ran for minutes against a server that never answered).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
from pathlib import Path

from sync.errors import SyncError
from sync.gitenv import LOCAL_TIMEOUT, NETWORK_TIMEOUT, git_env


class GitFailed(Exception):
    """A git command exited non-zero. ``stderr`` is what git said (``classify`` reads it)."""

    def __init__(self, command: list[str], status: int, stderr: str) -> None:
        super().__init__(f"git {' '.join(command[:2])} exited {status}: {stderr.strip()}")
        self.command = command
        self.status = status
        self.stderr = stderr


class Cancel:
    """Stops the sync that holds it: kills the git command running now, refuses the next."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._running: set[subprocess.Popen[bytes]] = set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        """Kill what runs now (from any thread); every later command raises at once."""
        self._event.set()
        with self._lock:
            running = list(self._running)
        for process in running:
            _kill(process)

    def check(self) -> None:
        """Raise ``SyncError("cancelled")`` once cancelled (between two steps)."""
        if self._event.is_set():
            raise SyncError("cancelled")

    def _add(self, process: subprocess.Popen[bytes]) -> None:
        with self._lock:
            self._running.add(process)
        if self._event.is_set():
            _kill(process)

    def _remove(self, process: subprocess.Popen[bytes]) -> None:
        with self._lock:
            self._running.discard(process)


def _kill(process: subprocess.Popen[bytes]) -> None:
    """Kill git and what it started (ssh, the http helper): they share its group."""
    if process.poll() is not None:
        return
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
            return
    with contextlib.suppress(OSError):
        process.kill()


class Git:
    """git in one folder (``cwd``) with one environment (sync/gitenv.py ``git_env``)."""

    def __init__(
        self,
        cwd: Path | None,
        env: dict[str, str],
        *,
        network_timeout: int = NETWORK_TIMEOUT,
        local_timeout: int = LOCAL_TIMEOUT,
        cancel: Cancel | None = None,
    ) -> None:
        self.cwd = cwd
        self.env = {**os.environ, **env}
        self.network_timeout = network_timeout
        self.local_timeout = local_timeout
        self.cancel = cancel or Cancel()

    def raw(
        self,
        *args: str,
        network: bool = False,
        stdin: bytes | None = None,
        env: dict[str, str] | None = None,
        check: bool = True,
    ) -> tuple[int, bytes, str]:
        """Run ``git args``; returns (status, stdout bytes, stderr). Raises ``GitFailed``
        (``check``), ``SyncError("timeout")`` or ``SyncError("cancelled")``."""
        self.cancel.check()
        timeout = self.network_timeout if network else self.local_timeout
        command = ["git", *args]
        try:
            process = subprocess.Popen(
                command,
                cwd=self.cwd,
                env={**self.env, **(env or {})},
                stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=os.name == "posix",
            )
        except FileNotFoundError as exc:
            raise SyncError("git_missing", str(exc)) from exc
        self.cancel._add(process)
        # The timeout is a timer that kills the group, not communicate(timeout=): with a
        # timeout, Popen.wait polls with sleeps (0.5 ms doubling), about 1 ms lost on
        # every command, ~20 per sync; without one it blocks in waitpid.
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            _kill(process)

        timer = threading.Timer(timeout, expire)
        timer.daemon = True
        timer.start()
        try:
            out, err = process.communicate(stdin)
        finally:
            timer.cancel()
            self.cancel._remove(process)
        if expired.is_set():
            raise SyncError("timeout", f"git {args[0]}: no answer in {timeout} s")
        if self.cancel.cancelled:
            raise SyncError("cancelled", f"git {args[0]}")
        stderr = err.decode("utf-8", "replace")
        if check and process.returncode != 0:
            raise GitFailed(command, process.returncode, stderr)
        return process.returncode, out, stderr

    def run(self, *args: str, network: bool = False, stdin: bytes | None = None) -> str:
        """Run and return stdout as text (stripped of the final newline)."""
        _status, out, _err = self.raw(*args, network=network, stdin=stdin)
        return out.decode("utf-8", "replace").rstrip("\n")

    def try_(self, *args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
        """Run, not raising on a non-zero exit: (status, stdout)."""
        status, out, _err = self.try_full(*args, env=env)
        return status, out

    def try_full(self, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
        """Run, not raising on a non-zero exit: (status, stdout, stderr) as text."""
        status, out, err = self.raw(*args, env=env, check=False)
        return status, out.decode("utf-8", "replace").rstrip("\n"), err


def local_git(root: Path, env: dict[str, str] | None = None) -> Git:
    """The runner for local commands in the archive at ``root`` (status, diff, approval
    tags): the same bounds and environment as a sync (sync/gitenv.py ``git_env``).
    ``SyncError("not_a_repo")`` when the archive is not a git repository."""
    root = Path(root)
    if not (root / ".git").exists():
        raise SyncError("not_a_repo", str(root))
    return Git(root, env if env is not None else git_env())
