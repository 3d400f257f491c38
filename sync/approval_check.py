"""Is an approval what it claims? The one check ``verify``, the sync, ``sync status``,
the lists, the meeting header and the export all call.

Cheap checks first, from the file alone: the content against its own hash, the header
against the approval event. Then against git: the approval tag's record (hash, approver,
time, end time), the meeting file in the tagged commit, and the tag's signature against
the archive's trusted keys (``.minutes/allowed_signers``). A meeting that is not
approved but has an approval tag and no reopen on record has had its state edited.

Results are cached per machine (``.local/approvals.json``) by the file's stamp, the
meeting's tags and the trusted-keys file, so listing an archive re-checks only what
changed; meetings that are neither approved nor tagged are never read.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from model.approval import content_hash
from model.codec import tables_to_meeting
from model.enums import MeetingState
from model.events import EventKind
from model.meeting import Meeting
from model.store.archive import Archive, MeetingSummary
from model.store.load import load_tables
from model.store.schema import KIND_MEETING, check_shape, migrate
from sync.approval import (
    SIGNERS_FILE,
    TAG_PREFIX,
    ApprovalRecord,
    approval_tag_refs,
    legacy_hash,
    parse_record,
    signers,
)
from sync.errors import SyncError
from sync.gitrun import Git, GitFailed, local_git
from sync.localstate import read_cache_file, write_cache_file

CACHE_FILE = Path(".local") / "approvals.json"
_APPROVED_STATE = re.compile(rb'"state"\s*:\s*"approved"')
#: Bump when a check is added: cached results of an older version are not used.
CACHE_VERSION = 3

# What ``ApprovalCheck.signature`` says.
SIGNED, UNSIGNED, BAD, UNKNOWN_KEY, NO_TAG = "good", "unsigned", "bad", "unknown_key", ""


@dataclass
class Finding:
    """One thing that does not hold: ``code`` names it (texts ``verify.<code>``)."""

    code: str
    values: dict[str, str] = field(default_factory=dict)


@dataclass
class ApprovalCheck:
    """What the check found for one meeting file."""

    meeting_id: str
    path: str
    title: str = ""
    date: str = ""
    state: str = ""
    approved_by: str = ""
    approved_at: str = ""
    in_git: bool = False
    tag: str = ""
    signature: str = NO_TAG
    signer: str = ""
    key: str = ""  # the signing key's fingerprint
    findings: list[Finding] = field(default_factory=list)

    @property
    def approved(self) -> bool:
        return self.state == MeetingState.APPROVED.value

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def relevant(self) -> bool:
        """Approved, tagged or found wrong: worth telling about."""
        return self.approved or bool(self.tag) or bool(self.findings)

    def add(self, code: str, **values: object) -> None:
        finding = Finding(code, {k: str(v) for k, v in values.items()})
        if finding not in self.findings:  # the event and the tag may say the same
            self.findings.append(finding)

    def codes(self) -> list[str]:
        return [f.code for f in self.findings]


def _iso(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value or "")


def _second(value: object) -> str:
    """An ISO time without microseconds (the event keeps them, the header not)."""
    return _iso(value).split(".")[0]


def _meeting_of(raw: bytes, path: Path) -> Meeting:
    tables, _ = migrate(check_shape(json.loads(raw.decode("utf-8-sig")), path), KIND_MEETING, path)
    return tables_to_meeting(tables)


# -- checks on the file alone ------------------------------------------------------------


def _check_file(meeting: Meeting, check: ApprovalCheck) -> None:
    header = meeting.header
    if not check.approved:
        return
    if not header.approved_hash:
        check.add("no_hash")
    elif content_hash(meeting) != header.approved_hash:
        check.add("content_changed")
    events = [
        e
        for e in meeting.events
        if e.kind is EventKind.APPROVED and e.extra.get("hash") == header.approved_hash
    ]
    if header.approved_hash and not events:
        check.add("event_missing")
        return
    if not events:
        return
    at = _second(header.approved_at)
    same = [e for e in events if e.detail == header.approved_by and _second(e.at) == at]
    event = same[-1] if same else events[-1]  # a re-approval of the same content: the last
    reopened = [
        e
        for e in meeting.events
        if e.kind is EventKind.REOPENED and _second(e.at) > _second(event.at)
    ]
    if reopened:  # set back to approved by hand after a reopen, without approving again
        check.add("reopened_not_approved", time=_second(reopened[-1].at))
    if event.detail != header.approved_by:
        check.add("approver_changed", file=header.approved_by, recorded=event.detail)
    if _second(event.at) != _second(header.approved_at):
        check.add("time_changed", file=_second(header.approved_at), recorded=_second(event.at))


# -- checks against git ------------------------------------------------------------------


@dataclass
class _Tag:
    name: str
    raw: str
    record: ApprovalRecord | None

    @property
    def hash(self) -> str:
        return self.record.hash if self.record else legacy_hash(self.raw)

    @property
    def signed(self) -> bool:
        return "\n-----BEGIN " in self.raw


def _choose(tags: list[_Tag], meeting: Meeting) -> _Tag:
    """The tag of the file's approval: same hash and time, else same hash, else newest."""
    header = meeting.header
    at = _second(header.approved_at)
    for tag in reversed(tags):
        if tag.hash == header.approved_hash and tag.record and tag.record.approved_at == at:
            return tag
    for tag in reversed(tags):
        if tag.hash == header.approved_hash:
            return tag
    return tags[-1]


def _reopened_since(meeting: Meeting, tag: _Tag) -> bool:
    """A reopen is on record after the tagged approval (or a merge reopened it)."""
    since = tag.record.approved_at if tag.record else ""
    if any(e.kind is EventKind.REOPENED and _second(e.at) >= since for e in meeting.events):
        return True
    return any(c.kind == "approved_edited" for c in meeting.conflicts)


def _check_git(root: Path, meeting: Meeting, names: list[str], check: ApprovalCheck) -> None:
    header = meeting.header
    if not names:
        if check.approved:
            check.add("no_tag")
        return
    git = local_git(root)
    tags = []
    for name in names:
        code, raw = git.try_("cat-file", "tag", f"refs/tags/{name}")
        if code == 0:
            tags.append(_Tag(name, raw, parse_record(raw)))
    if not tags:
        if check.approved:
            check.add("no_tag")
        return
    tag = _choose(tags, meeting)
    check.tag = tag.name
    if not check.approved:
        if not _reopened_since(meeting, tag):
            record = tag.record
            check.add(
                "state_edited",
                state=header.state.value,
                name=record.approved_by if record else "",
                time=record.approved_at if record else "",
                tag=tag.name,
            )
        return
    _compare_record(meeting, tag, check)
    _check_tagged_file(git, meeting, tag, check)
    _check_signature(git, root, tag, check)


def _compare_record(meeting: Meeting, tag: _Tag, check: ApprovalCheck) -> None:
    header = meeting.header
    actual = content_hash(meeting)
    if (tag.hash != actual and "content_changed" not in check.codes()) or (
        tag.hash != header.approved_hash and "content_changed" not in check.codes()
    ):
        check.add("content_not_as_approved", tag=tag.name)
    record = tag.record
    if record is None:
        return
    if record.approved_by != header.approved_by:
        check.add("approver_changed", file=header.approved_by, recorded=record.approved_by)
    if record.approved_at != _second(header.approved_at):
        check.add("time_changed", file=_second(header.approved_at), recorded=record.approved_at)
    if record.actual_end != _second(header.actual_end):
        check.add("end_changed", file=_second(header.actual_end), recorded=record.actual_end)


def _check_tagged_file(git: Git, meeting: Meeting, tag: _Tag, check: ApprovalCheck) -> None:
    """The file in the tagged commit must hash to what the tag records (else the tag was
    made by hand on other content, or points at the wrong commit)."""
    path = tag.record.path if tag.record else f"meetings/{meeting.id}.json"
    code, raw, _err = git.raw(
        "cat-file", "blob", f"refs/tags/{tag.name}^{{commit}}:{path}", check=False
    )
    try:
        tagged = _meeting_of(raw, Path(path)) if code == 0 else None
    except Exception:  # a blob that is not a meeting file: the tag does not match either
        tagged = None
    if tagged is None or content_hash(tagged) != tag.hash:
        check.add("tag_mismatch", tag=tag.name)


def _check_signature(git: Git, root: Path, tag: _Tag, check: ApprovalCheck) -> None:
    email = tag.record.email if tag.record else ""
    if not tag.signed:
        check.signature = UNSIGNED
        if email and any(principal == email for principal, _key in signers(root)):
            check.add("unsigned_but_key_listed", email=email)
        return
    allowed = (Path(root) / SIGNERS_FILE).resolve()
    code, _out, err = git.try_full(
        "-c",
        f"gpg.ssh.allowedSignersFile={allowed.as_posix()}",
        "verify-tag",
        "--raw",
        f"refs/tags/{tag.name}",
    )
    text = err.strip()
    fingerprint = next((w for w in text.split() if w.startswith("SHA256:")), "")
    check.key = fingerprint
    if code == 0:
        check.signature = SIGNED
        if " signature for " in text:
            check.signer = text.split(" signature for ", 1)[1].split(" with ")[0].strip()
        elif "GOODSIG" in text:
            check.signer = text.split("GOODSIG", 1)[1].split("\n")[0].strip()
        if email and check.signer and "@" in check.signer and check.signer != email:
            check.add("wrong_signer", signer=check.signer, email=email)
        return
    if "No principal matched" in text or "NO_PUBKEY" in text or not allowed.exists():
        check.signature = UNKNOWN_KEY
        check.add("unknown_key", fingerprint=fingerprint or "?")
        return
    check.signature = BAD
    check.add("bad_signature", tag=tag.name)


# -- the entry points ------------------------------------------------------------------


def _stamp(path: Path) -> str:
    try:
        info = path.stat()
    except OSError:
        return ""
    return f"{info.st_mtime_ns}:{info.st_size}"


def _cache_key(root: Path, path: Path, refs: list[tuple[str, str]]) -> str:
    tags = ",".join(f"{name}@{sha}" for name, sha in refs)
    return "|".join([str(CACHE_VERSION), _stamp(path), tags, _stamp(root / SIGNERS_FILE)])


def _read_cache(root: Path) -> dict[str, Any]:
    return read_cache_file(root / CACHE_FILE)


def _write_cache(root: Path, cache: dict[str, Any]) -> None:
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
        write_cache_file(root / CACHE_FILE, json.dumps(cache, ensure_ascii=False).encode("utf-8"))


def _from_cache(entry: Any) -> ApprovalCheck | None:
    try:
        values = dict(entry)
        findings = [Finding(str(f["code"]), dict(f["values"])) for f in values.pop("findings")]
        return ApprovalCheck(**values, findings=findings)
    except (TypeError, KeyError, ValueError):
        return None


def _check_uncached(root: Path, path: Path, names: list[str]) -> ApprovalCheck:
    check = ApprovalCheck(meeting_id=path.stem, path=str(path))
    try:
        meeting = tables_to_meeting(load_tables(path, KIND_MEETING).tables)
    except Exception:  # a damaged file is reported where it is opened; nothing to prove
        return check
    header = meeting.header
    check.title = header.title or header.body
    check.date = header.date.isoformat() if header.date else ""
    check.state = header.state.value
    check.approved_by = header.approved_by
    check.approved_at = _second(header.approved_at)
    check.in_git = (root / ".git").exists()
    _check_file(meeting, check)
    if check.in_git:
        try:
            _check_git(root, meeting, names, check)
        except (SyncError, GitFailed):
            check.in_git = False  # git missing or broken: said where git is used
    return check


def _checks(
    root: Path, paths: Iterable[Path], tags: dict[str, list[tuple[str, str]]] | None = None
) -> list[ApprovalCheck]:
    root = Path(root)
    tags = approval_tag_refs(root) if tags is None else tags
    cache = _read_cache(root)
    results = []
    changed = False
    for path in paths:
        refs = tags.get(path.stem, [])
        names = [name for name, _sha in refs]
        key = _cache_key(root, path, refs)
        entry = cache.get(str(path))
        check = (
            _from_cache(entry["check"])
            if isinstance(entry, dict) and entry.get("key") == key
            else None
        )
        if check is None:
            check = _check_uncached(root, path, names)
            cache[str(path)] = {"key": key, "check": asdict(check)}
            changed = True
        results.append(check)
    if changed:
        _write_cache(root, cache)
    return results


def check_approval(root: Path, path: Path) -> ApprovalCheck:
    """Check one meeting file's approval (see the module docstring)."""
    return _checks(Path(root), [Path(path)])[0]


def unverified_approvals(root: Path, changed: Iterable[str]) -> list[ApprovalCheck]:
    """The meetings among ``changed`` (paths relative to ``root``, as a sync reports
    them) whose approval does not hold."""
    root = Path(root)
    paths = [root / n for n in changed if n.startswith("meetings/") and n.endswith(".json")]
    paths = [p for p in paths if p.is_file() and _may_be_approved(root, p)]
    if not paths:  # nothing approved came in: not even the one git call
        return []
    return [c for c in _checks(root, paths) if not c.ok]


def _may_be_approved(root: Path, path: Path) -> bool:
    """False only when the meeting can have nothing to check: no state in its file says
    "approved" (not even escaped) and it has no approval tag (loose or packed). Spares a
    sync the full check of the draft it merged while someone types."""
    try:
        raw = path.read_bytes()
    except OSError:
        return True
    if _APPROVED_STATE.search(raw) or b"\\u" in raw:  # an escape could spell it
        return True
    git_dir = root / ".git"
    if (git_dir / "refs" / "tags" / TAG_PREFIX / path.stem).exists():
        return True
    try:
        packed = (git_dir / "packed-refs").read_bytes()
    except OSError:
        return False
    return f"refs/tags/{TAG_PREFIX}{path.stem}/".encode() in packed


def archive_unverified(root: Path, *, refresh: bool = True) -> list[ApprovalCheck]:
    """Every meeting of the archive whose approval does not hold. Only approved or
    tagged meetings are read (the listing index knows the state; ``refresh=False``: a
    caller that has just refreshed it)."""
    root = Path(root)
    tags = approval_tag_refs(root)
    paths = [s.path for s in Archive(root).approved_or(tags, refresh=refresh)]
    return [c for c in _checks(root, paths, tags) if not c.ok]


def unverified_among(root: Path, summaries: Iterable[MeetingSummary]) -> list[ApprovalCheck]:
    """Those of ``summaries`` (a page of a listing) whose approval does not hold."""
    root = Path(root)
    tags = approval_tag_refs(root)
    paths = [
        s.path
        for s in summaries
        if not s.problem and (s.state is MeetingState.APPROVED or s.id in tags)
    ]
    return [c for c in _checks(root, paths, tags) if not c.ok]
