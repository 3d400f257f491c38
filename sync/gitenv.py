"""Running git safely: no prompts, only the transports users mean, timeouts, an identity.

Every git command runs through sync/gitrun.py (bounded, killable); GitPython is only
imported to tell whether git is installed (``git_module``).
"""

from __future__ import annotations

import errno
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from model.programs import find_program, program_env
from sync.errors import SyncError

#: Seconds before a network command (fetch, push, clone) is killed.
NETWORK_TIMEOUT = 30
#: Seconds before a local command is killed (a hung disk must not hang the app).
LOCAL_TIMEOUT = 60
REMOTE = "origin"
DEFAULT_BRANCH = "main"
DRIVER_NAME = "minutes"
ALLOWED_PROTOCOLS = "file:git:http:https:ssh"

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_SCP_LIKE = re.compile(r"^[A-Za-z0-9._~-]+@[A-Za-z0-9.-]+:")
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


@dataclass(frozen=True)
class Identity:
    """The author of synced changes (from the app's config; git's own may be missing)."""

    name: str
    email: str


def check_remote_url(url: str) -> str:
    """Accept ssh, https, http, git, file URLs, ``user@host:path`` and local paths.

    Refuses ``ext::`` and any other ``transport::`` form (CVE-2022-24439) and unknown
    schemes, with ``SyncError("bad_url")``.
    """
    url = url.strip()
    if not url or "\n" in url or url.startswith("-"):
        raise SyncError("bad_url", url)
    match = _SCHEME.match(url)
    if match:
        if match.group(1).lower() not in ("ssh", "https", "http", "git", "file", "git+ssh"):
            raise SyncError("bad_url", url)
        return url
    if _WINDOWS_DRIVE.match(url):
        return url
    if "::" in url:
        raise SyncError("bad_url", url)
    if _SCP_LIKE.match(url):
        return url
    if ":" in url.split("/", 1)[0] and not Path(url).exists():
        # "host:path" without a user is scp-like too, but also how "ext:..." looks; accept
        # only plain host names before the colon.
        host = url.split(":", 1)[0]
        if not re.fullmatch(r"[A-Za-z0-9.-]+", host):
            raise SyncError("bad_url", url)
    return url


def git_env(identity: Identity | None = None, **extra: str) -> dict[str, str]:
    """Environment for every git command: never prompt, never run ext::, no pager, and
    no program (git itself, ssh, the merge driver's Python) found in the current folder
    or the archive (model/programs.py)."""
    ssh = os.environ.get("GIT_SSH_COMMAND", "ssh")
    env = {
        **program_env(),
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_SSH_COMMAND": f"{ssh} -o BatchMode=yes",
        "GIT_ALLOW_PROTOCOL": ALLOWED_PROTOCOLS,
        "GCM_INTERACTIVE": "never",
        "GIT_PAGER": "cat",
        "GIT_MERGE_AUTOEDIT": "no",
    }
    if identity is not None:
        env.update(
            GIT_AUTHOR_NAME=identity.name,
            GIT_AUTHOR_EMAIL=identity.email,
            GIT_COMMITTER_NAME=identity.name,
            GIT_COMMITTER_EMAIL=identity.email,
        )
    env.update(extra)
    return env


def git_module() -> Any:
    """``import git``, or ``SyncError("git_missing")`` when git is not installed."""
    os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")
    try:
        import git
    except ImportError as exc:
        raise SyncError("git_missing", str(exc)) from exc
    # With GIT_PYTHON_REFRESH=quiet the import works without git and the first command
    # fails instead: find out here, before touching anything.
    executable = str(git.Git.GIT_PYTHON_GIT_EXECUTABLE or "git")
    if find_program(executable) is None:
        raise SyncError("git_missing", executable)
    return git


def driver_command() -> str:
    """The merge driver command line, with this Python's absolute path (git runs it).

    Git runs it inside the archive, which the other side of a sync can write: ``-I``
    (isolated mode) keeps the current folder off the import path (``-m`` would put it
    first, so a committed ``sync/driver.py`` would run instead of ours) and ignores
    PYTHON* variables and the user's site-packages. Our package is found where it was
    installed (site-packages, or the editable install's finder, which -I keeps)."""
    python = Path(sys.executable).absolute().as_posix()
    return f'"{python}" -I -m sync.driver %O %A %B %P'


def git_message(exc: BaseException) -> str:
    """What git printed for a failed command, without GitPython's wrapping and without
    control characters (a remote's message must not move the cursor of a terminal)."""
    text = str(getattr(exc, "stderr", "") or "").strip()
    if text.startswith("stderr: '"):  # GitPython wraps it: "\n  stderr: '...'"
        text = text.removeprefix("stderr: '").removesuffix("'").strip()
    if not text:
        text = str(exc).strip()
    return "".join(c if c in "\n\t" or unicodedata.category(c) != "Cc" else " " for c in text)


def git_headline(detail: str) -> str:
    """The line of git's output that says what went wrong (git ends many messages with
    advice such as "and the repository exists."); the merge driver's own line first."""
    lines = [line.strip() for line in detail.splitlines() if line.strip()]
    for prefix in ("minutes: ", "fatal: ", "error: "):
        for n, line in enumerate(lines):
            if line.startswith(prefix):
                if line.endswith(":") and n + 1 < len(lines):  # the reason is on the next
                    line = f"{line} {lines[n + 1]}"
                return line.removeprefix(prefix)
    return lines[-1] if lines else ""


#: A "[remote rejected]" that only means another push got there first.
_REMOTE_RACES = ("failed to update ref", "cannot lock ref", "incorrect old value")


def remote_refusal(detail: str) -> str | None:
    """The remote's own words when it refused a push (a hook, a protected branch), or
    None when it did not (a push that lost a race is retried, not refused)."""
    lines = [line.strip() for line in detail.splitlines()]
    rejected = [line for line in lines if "[remote rejected]" in line]
    if not rejected or any(race in line for line in rejected for race in _REMOTE_RACES):
        return None
    words = [line.removeprefix("remote:").strip() for line in lines if line.startswith("remote:")]
    words = [word for word in words if word]
    reason = re.search(r"\(([^()]*)\)$", rejected[0])
    if reason:
        words.append(f"({reason.group(1)})")
    return " ".join(words)


def classify(exc: BaseException) -> SyncError:
    """Turn a failed git command (or an OS error around it) into a user-facing error.

    The one place that decides what went wrong: the engine, setup, clone, status, diff,
    approval tags and the app all pass what they caught through here.
    """
    if isinstance(exc, SyncError):
        return exc
    if type(exc).__name__ == "GitCommandNotFound" or (
        isinstance(exc, FileNotFoundError) and Path(str(exc.filename or "")).stem == "git"
    ):
        return SyncError("git_missing", str(exc))
    detail = git_message(exc)
    text = f"{detail} {exc}".lower()
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return SyncError("disk_full", detail)
    if any(s in text for s in ("no space left", "out of diskspace", "disk quota exceeded")):
        return SyncError("disk_full", detail)
    if isinstance(exc, OSError):
        return SyncError("git_failed", detail)
    refusal = remote_refusal(detail)
    if refusal is not None:
        return SyncError("push_refused", refusal)
    if "rejected]" in text or "fetch first" in text or "non-fast-forward" in text:
        return SyncError("rejected", detail)  # someone else pushed first: merge and retry
    if "timed out" in text or "kill_after_timeout" in text or "timeout" in text:
        return SyncError("timeout", detail)
    if any(
        s in text
        for s in (
            "authentication failed",
            "permission denied",
            "could not read username",
            "could not read password",
            "returned error: 401",
            "returned error: 403",
        )
    ):
        return SyncError("auth", detail)
    if any(
        s in text
        for s in (
            "does not appear to be a git repository",
            "repository not found",
            "not found",
            "does not exist",
            "no such file or directory",
        )
    ):
        return SyncError("not_found", detail)
    if any(
        s in text
        for s in (
            "could not resolve",
            "connection refused",
            "unable to access",
            "could not read from remote",
            "network is unreachable",
            "connection reset",
            "unable to connect",
            "the remote end hung up",
            "early eof",
        )
    ):
        return SyncError("unreachable", detail)
    if "transport" in text and "not allowed" in text:
        return SyncError("bad_url", detail)
    return SyncError("git_failed", detail)
