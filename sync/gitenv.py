"""Running git safely: no prompts, only the transports users mean, timeouts, an identity.

GitPython is imported lazily (``import git`` costs ~120 ms and fails when git is
missing); every operation opens one short-lived ``Repo`` (PITFALLS.md).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    """Environment for every git command: never prompt, never run ext::, no pager."""
    ssh = os.environ.get("GIT_SSH_COMMAND", "ssh")
    env = {
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
    return git


def open_repo(root: Path) -> Any:
    """A short-lived ``Repo`` of the archive (use with ``with``)."""
    git = git_module()
    try:
        return git.Repo(root)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError) as exc:
        raise SyncError("not_a_repo", str(root)) from exc


def driver_command() -> str:
    """The merge driver command line, with this Python's absolute path (git runs it)."""
    python = Path(sys.executable).absolute().as_posix()
    return f'"{python}" -m sync.driver %O %A %B %P'


def classify(exc: Exception) -> SyncError:
    """Turn a failed git command into a user-facing error code."""
    text = f"{getattr(exc, 'stderr', '')} {exc}".lower()
    detail = str(getattr(exc, "stderr", "") or exc).strip()
    if "timed out" in text or "kill_after_timeout" in text or "timeout" in text:
        return SyncError("timeout", detail)
    if any(
        s in text for s in ("authentication failed", "permission denied", "could not read username")
    ):
        return SyncError("auth", detail)
    if any(
        s in text
        for s in (
            "does not appear to be a git repository",
            "repository not found",
            "not found",
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
    if "no space left" in text:
        return SyncError("disk_full", detail)
    if "transport" in text and "not allowed" in text:
        return SyncError("bad_url", detail)
    return SyncError("git_failed", detail)
