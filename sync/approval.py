"""The approval tag: what it records, how it is signed, and the archive's trusted keys.

Approving makes an annotated tag ``approved/<id>/<hash12>`` on the commit that holds the
approved meeting file. Its message records what was approved (meeting id, file path,
content hash, approver name and e-mail, approved_at, actual_end, state) in ``key: value``
lines, so ``sync/approval_check.py`` can compare the file with it. The tag is signed
with git's own signing when the approver has a key: the ``signing_key`` of the minutes
config (a path to an SSH key) or else git's ``user.signingkey`` (with ``gpg.format``,
SSH or OpenPGP). Without a key the tag is made unsigned: the content is still hashed,
and verify says "hashed, not signed". An approver's SSH public key is added to
``.minutes/allowed_signers`` (kept in the repository, shared with the archive): the list
of keys ``minutes verify`` trusts. Signing never prompts: a key that needs a passphrase
must be in ssh-agent (point ``signing_key`` at its ``.pub``).
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from model.codec import HEADER_TABLE
from sync.errors import SyncError
from sync.gitenv import LOCAL_TIMEOUT, Identity, classify, git_env, git_headline
from sync.gitrun import Git, GitFailed, local_git

TAG_PREFIX = "approved/"
#: The trusted signing keys of the archive (git's allowed-signers format), shared.
SIGNERS_FILE = ".minutes/allowed_signers"
#: First line of the record in a tag message; a newer format gets a new number.
RECORD_HEADER = "minutes-approval: 1"
_FIELDS = ("meeting", "path", "hash", "approved_by", "email", "approved_at", "actual_end")


@dataclass(frozen=True)
class ApprovalRecord:
    """What an approval tag says was approved."""

    meeting: str
    path: str  # the meeting file in the repository (posix)
    hash: str
    approved_by: str
    email: str
    approved_at: str  # ISO, seconds
    actual_end: str  # ISO or ""
    state: str = "approved"

    def message(self) -> str:
        """The tag message: a readable first line, then the record."""
        lines = [f"Approved by {self.approved_by} <{self.email}>", "", RECORD_HEADER]
        lines += [f"{name}: {getattr(self, name)}" for name in (*_FIELDS, "state")]
        return "\n".join(lines) + "\n"


def parse_record(message: str) -> ApprovalRecord | None:
    """The record in a tag message, or None when the message has none (an old tag)."""
    lines = message.splitlines()
    if RECORD_HEADER not in lines:
        return None
    values: dict[str, str] = {}
    for line in lines[lines.index(RECORD_HEADER) + 1 :]:
        if line.startswith("-----BEGIN"):
            break
        name, sep, value = line.partition(": ")
        if not sep and line.endswith(":"):
            name, value = line[:-1], ""
        if name in (*_FIELDS, "state") and name not in values:
            values[name] = value.strip()
    if any(name not in values for name in _FIELDS):
        return None
    return ApprovalRecord(**values)


def legacy_hash(message: str) -> str:
    """The hash an old tag (before the record) names in its message, else ""."""
    return next((w for w in message.split() if w.startswith("sha256:")), "")


def _iso(value: Any) -> str:
    return str(value or "")


def record_of_file(root: Path, meeting_path: Path, identity: Identity) -> ApprovalRecord:
    """The record for the approved meeting file as it is on disk."""
    data = json.loads(Path(meeting_path).read_bytes())
    ((meeting_id, header),) = (data.get(HEADER_TABLE) or {}).items()
    relative = Path(meeting_path).resolve().relative_to(Path(root).resolve()).as_posix()
    return ApprovalRecord(
        meeting=meeting_id,
        path=relative,
        hash=str(header.get("approved_hash") or ""),
        approved_by=str(header.get("approved_by") or ""),
        email=identity.email,
        approved_at=_iso(header.get("approved_at")),
        actual_end=_iso(header.get("actual_end")),
        state=str(header.get("state") or ""),
    )


# -- signing keys ----------------------------------------------------------------------


@dataclass(frozen=True)
class SigningKey:
    """A key git signs with: ``fmt`` is git's gpg.format (ssh, openpgp, x509)."""

    fmt: str
    key: str  # a path (ssh), a key id (openpgp), or git's "key::..." literal

    def git_options(self) -> list[str]:
        return ["-c", f"gpg.format={self.fmt}", "-c", f"user.signingkey={self.key}"]


def signing_key(root: Path, configured: str = "") -> SigningKey | None:
    """The approver's key: the minutes config's ``signing_key`` (an SSH key file), else
    git's own ``user.signingkey`` and ``gpg.format`` (as ``git tag -s`` would use them)."""
    if configured.strip():
        return SigningKey("ssh", str(Path(configured.strip()).expanduser()))
    git = local_git(root)
    key = _config(git, "user.signingkey")
    if not key:
        return None
    return SigningKey(_config(git, "gpg.format") or "openpgp", key)


def _config(git: Git, name: str) -> str:
    status, out = git.try_("config", "--get", name)
    return out.strip() if status == 0 else ""


def public_key(key: SigningKey) -> str:
    """``"ssh-ed25519 AAAA..."`` of an SSH signing key, or "" (not SSH, unreadable, or a
    private key behind a passphrase)."""
    if key.fmt != "ssh":
        return ""
    if key.key.startswith("key::"):
        return " ".join(key.key.removeprefix("key::").split()[:2])
    path = Path(key.key)
    candidates = [path] if path.suffix == ".pub" else [path.with_name(path.name + ".pub")]
    for candidate in candidates:
        try:
            return " ".join(candidate.read_text(encoding="utf-8").split()[:2])
        except (OSError, UnicodeDecodeError):
            continue
    try:
        done = subprocess.run(
            ["ssh-keygen", "-y", "-P", "", "-f", str(path)],
            capture_output=True,
            text=True,
            timeout=LOCAL_TIMEOUT,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return " ".join(done.stdout.split()[:2]) if done.returncode == 0 else ""


def signers(root: Path) -> list[tuple[str, str]]:
    """The archive's trusted keys: (principal, "type base64") per line."""
    try:
        text = (Path(root) / SIGNERS_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    found = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 3 or line.lstrip().startswith("#"):
            continue
        keys = [p for p in parts[1:] if p.startswith(("ssh-", "ecdsa-", "sk-"))]
        if keys and parts.index(keys[0]) + 1 < len(parts):
            at = parts.index(keys[0])
            found.append((parts[0], f"{parts[at]} {parts[at + 1]}"))
    return found


def add_signer(root: Path, email: str, key: str) -> bool:
    """Add ``email``'s public ``key`` to the archive's allowed signers (if missing)."""
    if not key or not email or any(c.isspace() for c in email):
        return False
    if (email, key) in signers(root):
        return False
    path = Path(root) / SIGNERS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = "# Keys trusted for approvals (minutes verify); one approver per line.\n"
    if text and not text.endswith("\n"):
        text += "\n"
    path.write_text(text + f'{email} namespaces="git" {key}\n', encoding="utf-8")
    return True


def _signing_env(identity: Identity) -> dict[str, str]:
    # A key behind a passphrase would ask on the terminal (inside the app that corrupts
    # the screen or hangs): force the ask-pass route to a program that does not exist,
    # so the signing fails with a sentence instead. ssh-agent keys need no passphrase.
    missing = str(Path(os.devnull).parent / "minutes-no-askpass")
    return git_env(identity, SSH_ASKPASS=missing, SSH_ASKPASS_REQUIRE="force")


# -- making the tag --------------------------------------------------------------------


def _run(git: Git, *args: str) -> str:
    code, out, err = git.try_full(*args)
    if code != 0:
        raise SyncError("git_failed", git_headline(err or out))
    return out


def tag_message(root: Path, name: str) -> str:
    """The raw tag object (header, message, signature) of tag ``name``, or ""."""
    return _raw_tag(local_git(root), name)


def tag_approval(
    root: Path,
    meeting_path: Path,
    meeting_id: str,
    digest: str,
    identity: Identity,
    key_path: str = "",
) -> str | None:
    """Commit the approved meeting file and tag that commit ``approved/<id>/<hash>``.

    Signed when the approver has a key (``key_path`` from the minutes config, else git's
    own); the approver's SSH public key joins ``.minutes/allowed_signers`` in the same
    commit. Returns the tag name, or None when the archive is not a git repository.
    Raises ``SyncError`` ("sign_failed" when the key cannot sign). Calling it again for
    the same approval returns the existing tag. The tag is pushed with the next sync.
    """
    root = Path(root)
    if not (root / ".git").exists():
        return None
    key = signing_key(root, key_path)
    env = git_env(identity)
    base = f"{TAG_PREFIX}{meeting_id}/{digest.split(':')[-1][:12]}"
    try:
        record = record_of_file(root, meeting_path, identity)
        git = local_git(root, env)
        paths = [record.path]
        if key is not None and add_signer(root, identity.email, public_key(key)):
            paths.append(SIGNERS_FILE)
        _run(git, "add", "--", *paths)
        code, _ = git.try_("diff", "--cached", "--quiet")
        if code != 0:
            _run(git, "commit", "-q", "--no-verify", "-m", f"minutes: approved by {identity.name}")
        name = _free_name(git, base, record)
        if name is None:  # this approval is tagged already
            return _existing(git, base, record)
        sign = [*key.git_options(), "tag", "-s"] if key is not None else ["tag", "-a"]
        code, out, err = git.try_full(
            *sign, name, "-m", record.message(), env=_signing_env(identity)
        )
        if code != 0:
            error = "sign_failed" if key is not None else "git_failed"
            raise SyncError(error, git_headline(err or out))
        if key is not None and "\n-----BEGIN " not in _raw_tag(git, name):
            # git 2.39 makes an unsigned tag and exits 0 when ssh-keygen cannot load
            # the key (a passphrase, no agent): never pass that off as signed
            git.try_("tag", "-d", name)
            raise SyncError("sign_failed", git_headline(err) or key.key)
    except SyncError:
        raise
    except (GitFailed, OSError) as exc:  # git or the OS around it: one sentence
        raise classify(exc) from exc
    return name


def _raw_tag(git: Git, name: str) -> str:
    code, out = git.try_("cat-file", "tag", f"refs/tags/{name}")
    return out if code == 0 else ""


def _tag_record(git: Git, name: str) -> ApprovalRecord | None:
    return parse_record(_raw_tag(git, name))


def _candidates(base: str) -> list[str]:
    return [base, *(f"{base}-{n}" for n in range(2, 100))]


def _free_name(git: Git, base: str, record: ApprovalRecord) -> str | None:
    """The first unused tag name for this approval; None if one of them already records
    this very approval (same hash and time). A re-approval of unchanged content after a
    reopen gets ``<base>-2``: tags are never moved (a sync would refuse to)."""
    for name in _candidates(base):
        code, _ = git.try_("rev-parse", "--verify", "-q", f"refs/tags/{name}")
        if code != 0:
            return name
        existing = _tag_record(git, name)
        if existing is not None and (existing.hash, existing.approved_at) == (
            record.hash,
            record.approved_at,
        ):
            return None
    raise SyncError("git_failed", f"{base}: too many approvals")


def _existing(git: Git, base: str, record: ApprovalRecord) -> str:
    for name in _candidates(base):
        existing = _tag_record(git, name)
        if existing is not None and existing.approved_at == record.approved_at:
            return name
    return base


def approval_tags(root: Path, meeting_id: str) -> list[str]:
    """The approval tags of a meeting, oldest first."""
    return all_approval_tags(root).get(meeting_id, [])


def all_approval_tags(root: Path) -> dict[str, list[str]]:
    """Every approval tag of the archive by meeting id, oldest first (one git call)."""
    return {mid: [name for name, _sha in refs] for mid, refs in approval_tag_refs(root).items()}


def approval_tag_refs(root: Path) -> dict[str, list[tuple[str, str]]]:
    """Every approval tag by meeting id, oldest first, with its tag object's id (a tag
    replaced under the same name has another id)."""
    root = Path(root)
    if not (root / ".git").exists():
        return {}
    try:
        code, out = local_git(root).try_(
            "for-each-ref",
            "--sort=creatordate",
            "--format=%(refname:strip=2) %(objectname)",
            f"refs/tags/{TAG_PREFIX}",
        )
    except SyncError:  # git missing, or timed out: no tags to show
        return {}
    found: dict[str, list[tuple[str, str]]] = {}
    for line in out.splitlines() if code == 0 else []:
        name, _sep, sha = line.strip().partition(" ")
        parts = name.split("/")
        if len(parts) == 3 and parts[1]:
            found.setdefault(parts[1], []).append((name, sha))
    return found
