"""Approval that can be proven: every tampering is caught, on the approving
side and on the receiving side after a sync; signed and unsigned approval tags.

Real git, a bare remote, the secretary's and the chair's clones (tests/core/sync/conftest.py).
The chair approves and tags; a tampering is then made to the file by hand (as anyone
with the JSON file could), and ``minutes verify``, the sync, ``sync status`` and ``list``
must say so.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from model.approval import approve, content_hash, reopen
from model.codec import meeting_to_tables, tables_to_meeting
from model.enums import MeetingState
from model.events import EventKind
from model.meeting import Meeting
from model.store.files import encode
from sync.approval import SIGNERS_FILE, approval_tags, parse_record, tag_approval, tag_message
from sync.approval_check import SIGNED, UNKNOWN_KEY, UNSIGNED, check_approval
from sync.errors import SyncError
from sync.status import status
from tests.core.sync.conftest import CHAIR, SECRETARY, Pair, git
from tests.core.sync.helpers import edit, read
from tui.cli import root
from tui.config import Config, save_config

NOW = datetime(2024, 5, 8, 9, 0)


def approve_and_tag(pair: Pair, key: str = "") -> str:
    path = pair.path(pair.chair)
    edit(path, lambda m: approve(m, CHAIR.name, NOW))
    tag = tag_approval(
        pair.chair, path, pair.meeting_id, read(path).header.approved_hash, CHAIR, key
    )
    assert tag
    return tag


def hand_edit(path: Path, change: Callable[[Meeting], None]) -> None:
    """Change the JSON file as anyone with a text editor could (not through the store,
    which keeps the event log append-only)."""
    data = json.loads(path.read_bytes())
    meta = data.pop("meta", None)
    meeting = tables_to_meeting(data)
    change(meeting)
    tables = meeting_to_tables(meeting)
    if meta is not None:
        tables["meta"] = meta
    path.write_bytes(encode(tables))


def cli(archive: Path, *args: str) -> tuple[int, str]:
    args = ("--archive", str(archive), "--lang", "en", *args)
    result = CliRunner().invoke(root, args, env={"COLUMNS": "250"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


# -- the tamperings ----------------------------------------------------------------------


def _text(m: Meeting) -> None:
    m.live_decisions()[0].text += " Tillägg i efterhand."


def _text_and_hash(m: Meeting) -> None:
    """The careful forger: changes the text and recomputes every hash in the file."""
    _text(m)
    digest = content_hash(m)
    m.header.approved_hash = digest
    for e in m.events:
        if e.kind is EventKind.APPROVED:
            e.extra["hash"] = digest


def _approver(m: Meeting) -> None:
    m.header.approved_by = "Falsk Ordförande"
    for e in m.events:
        if e.kind is EventKind.APPROVED:
            e.detail = "Falsk Ordförande"


def _time(m: Meeting) -> None:
    earlier = NOW - timedelta(days=20)
    m.header.approved_at = earlier
    for e in m.events:
        if e.kind is EventKind.APPROVED:
            e.at = earlier


def _event_removed(m: Meeting) -> None:
    m.events = [e for e in m.events if e.kind is not EventKind.APPROVED]


def _end(m: Meeting) -> None:
    assert m.header.actual_end is not None
    m.header.actual_end += timedelta(hours=1)


def _to_draft(m: Meeting) -> None:
    m.header.state = MeetingState.DRAFT


TAMPERINGS: dict[str, tuple[Callable[[Meeting], None], str]] = {
    "text": (_text, "content_changed"),
    "text_and_hash": (_text_and_hash, "content_not_as_approved"),
    "approver": (_approver, "approver_changed"),
    "time": (_time, "time_changed"),
    "event_removed": (_event_removed, "event_missing"),
    "end": (_end, "end_changed"),
    "approved_to_draft": (_to_draft, "state_edited"),
}


@pytest.mark.parametrize("name", list(TAMPERINGS))
def test_tampering_is_caught_on_the_approving_side(pair: Pair, name: str) -> None:
    change, code = TAMPERINGS[name]
    approve_and_tag(pair)
    path = pair.path(pair.chair)
    assert check_approval(pair.chair, path).ok
    hand_edit(path, change)
    check = check_approval(pair.chair, path)
    assert code in check.codes(), check.findings
    exit_code, output = cli(pair.chair, "verify", pair.meeting_id)
    assert exit_code != 0
    assert "NOT PROVEN" in output or "does not hold" in output, output
    if name == "approver":  # the false name is never presented as the approver
        assert "Falsk Ordförande" in output and "Unchanged since" not in output


@pytest.mark.parametrize("name", list(TAMPERINGS))
def test_tampering_is_flagged_on_the_receiving_side_after_sync(
    pair: Pair, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    change, code = TAMPERINGS[name]
    approve_and_tag(pair)
    hand_edit(pair.path(pair.chair), change)
    assert pair.sync(pair.chair).pushed
    result = pair.sync(pair.secretary)
    assert result.merged
    assert [c.meeting_id for c in result.unverified] == [pair.meeting_id]
    assert code in result.unverified[0].codes()
    # sync status, list and verify on the secretary's side all say so
    state = status(pair.secretary)
    assert [c.meeting_id for c in state.unverified] == [pair.meeting_id]
    exit_code, output = cli(pair.secretary, "sync", "status")
    assert "approval does not hold" in output, output
    exit_code, output = cli(pair.secretary, "list")  # piped: the unverified column (perf)
    (row,) = csv.DictReader(io.StringIO(output), delimiter="\t")
    assert row["id"] == pair.meeting_id and row["unverified"] == "1", output
    exit_code, output = cli(pair.secretary, "list", "--json")
    assert [m["unverified"] for m in json.loads(output)] == [True], output
    monkeypatch.setattr("tui.cli.meetings.to_terminal", lambda: True)  # the table's mark
    exit_code, output = cli(pair.secretary, "list")
    assert "⚠ approval not proven" in output, output
    exit_code, output = cli(pair.secretary, "verify", pair.meeting_id)
    assert exit_code != 0


def test_reopened_then_set_back_to_approved_by_hand_is_caught(pair: Pair) -> None:
    approve_and_tag(pair)
    path = pair.path(pair.chair)
    edit(path, lambda m: reopen(m, CHAIR.name, NOW + timedelta(hours=1), "Stavfel"))
    assert check_approval(pair.chair, path).ok
    hand_edit(path, lambda m: setattr(m.header, "state", MeetingState.APPROVED))
    assert "reopened_not_approved" in check_approval(pair.chair, path).codes()
    exit_code, output = cli(pair.chair, "verify", pair.meeting_id)
    assert exit_code != 0 and "not approved again" in output, output


def test_draft_marked_approved_without_a_tag_is_caught(pair: Pair) -> None:
    """The forger marks the draft approved in the file (hash, event and all)."""
    path = pair.path(pair.secretary)
    edit(path, lambda m: approve(m, "Olle Ordförande", NOW))  # by hand, no tag
    check = check_approval(pair.secretary, path)
    assert check.codes() == ["no_tag"]
    assert pair.sync(pair.secretary).pushed
    result = pair.sync(pair.chair)
    assert [c.codes() for c in result.unverified] == [["no_tag"]]
    exit_code, output = cli(pair.chair, "verify", pair.meeting_id)
    assert exit_code != 0 and "no approval tag" in output, output


def test_an_honest_approval_verifies_on_both_sides_and_a_reopen_is_not_tampering(
    pair: Pair,
) -> None:
    approve_and_tag(pair)
    assert pair.sync(pair.chair).pushed
    result = pair.sync(pair.secretary)
    assert result.merged and result.unverified == []
    check = check_approval(pair.secretary, pair.path(pair.secretary))
    assert check.ok and check.signature == UNSIGNED
    exit_code, output = cli(pair.secretary, "verify", pair.meeting_id)
    assert exit_code == 0, output
    assert "hashed, not signed" in output
    edit(pair.path(pair.chair), lambda m: reopen(m, CHAIR.name, NOW, "Stavfel"))
    assert check_approval(pair.chair, pair.path(pair.chair)).ok
    # approved again with the same content: a second tag, not a moved one
    edit(pair.path(pair.chair), lambda m: approve(m, CHAIR.name, NOW + timedelta(hours=1)))
    path = pair.path(pair.chair)
    second = tag_approval(pair.chair, path, pair.meeting_id, read(path).header.approved_hash, CHAIR)
    assert second and second.endswith("-2")
    assert check_approval(pair.chair, path).ok


def test_the_tag_records_what_was_approved(pair: Pair) -> None:
    tag = approve_and_tag(pair)
    meeting = read(pair.path(pair.chair))
    record = parse_record(tag_message(pair.chair, tag))
    assert record is not None
    assert (record.meeting, record.hash, record.approved_by, record.email) == (
        meeting.id,
        meeting.header.approved_hash,
        CHAIR.name,
        CHAIR.email,
    )
    assert record.approved_at == "2024-05-08T09:00:00"
    assert record.actual_end == meeting.header.actual_end.isoformat()  # type: ignore[union-attr]
    assert record.state == "approved"
    assert record.path == f"meetings/{meeting.id}.json"


# -- signed approvals --------------------------------------------------------------------


def ssh_key(folder: Path, name: str, passphrase: str = "") -> Path:
    if shutil.which("ssh-keygen") is None:
        pytest.skip("ssh-keygen is not installed: SSH signing cannot be tested")
    key = folder / name
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", name, "-f", str(key)],
        check=True,
    )
    return key


def test_signed_approval_verifies_and_its_key_is_trusted_on_the_other_side(
    pair: Pair, tmp_path: Path
) -> None:
    key = ssh_key(tmp_path, "olle")
    tag = approve_and_tag(pair, str(key))
    assert "-----BEGIN SSH SIGNATURE-----" in tag_message(pair.chair, tag)
    signers = (pair.chair / SIGNERS_FILE).read_text(encoding="utf-8")
    assert CHAIR.email in signers and key.with_suffix(".pub").read_text().split()[1] in signers
    check = check_approval(pair.chair, pair.path(pair.chair))
    assert check.ok and check.signature == SIGNED and check.signer == CHAIR.email
    assert pair.sync(pair.chair).pushed
    assert pair.sync(pair.secretary).unverified == []
    check = check_approval(pair.secretary, pair.path(pair.secretary))
    assert check.ok and check.signature == SIGNED
    exit_code, output = cli(pair.secretary, "verify", pair.meeting_id)
    assert exit_code == 0 and "signed by olle@example.se" in output, output


def test_a_signature_by_a_key_not_in_allowed_signers_is_refused(pair: Pair, tmp_path: Path) -> None:
    other = ssh_key(tmp_path, "stranger")
    path = pair.path(pair.chair)
    edit(path, lambda m: approve(m, CHAIR.name, NOW))
    digest = read(path).header.approved_hash
    git(pair.chair, "add", "-A")
    git(pair.chair, "-c", f"user.name={CHAIR.name}", "-c", f"user.email={CHAIR.email}",
        "commit", "-qm", "approved")  # fmt: skip
    # the stranger's key signs a correct-looking tag; the archive does not list it
    record = (
        f"Approved by {CHAIR.name} <{CHAIR.email}>\n\nminutes-approval: 1\n"
        f"meeting: {pair.meeting_id}\npath: meetings/{path.name}\nhash: {digest}\n"
        f"approved_by: {CHAIR.name}\nemail: {CHAIR.email}\napproved_at: {NOW.isoformat()}\n"
        f"actual_end: {read(path).header.actual_end.isoformat()}\nstate: approved\n"  # type: ignore[union-attr]
    )
    git(pair.chair, "-c", "gpg.format=ssh", "-c", f"user.signingkey={other}",
        "-c", f"user.name={CHAIR.name}", "-c", f"user.email={CHAIR.email}",
        "tag", "-s", f"approved/{pair.meeting_id}/{digest[7:19]}", "-m", record)  # fmt: skip
    check = check_approval(pair.chair, path)
    assert check.signature == UNKNOWN_KEY and "unknown_key" in check.codes()
    exit_code, output = cli(pair.chair, "verify", pair.meeting_id)
    assert exit_code != 0 and "not one the archive trusts" in output, output


def test_a_forged_tag_fails_its_signature(pair: Pair, tmp_path: Path) -> None:
    """The real signed tag is replaced by one whose message says another approver but
    carries the real signature: the signature no longer matches."""
    key = ssh_key(tmp_path, "olle")
    tag = approve_and_tag(pair, str(key))
    raw = tag_message(pair.chair, tag)
    forged = raw.replace(f"approved_by: {CHAIR.name}", "approved_by: Falsk Ordförande")
    sha = subprocess.run(
        ["git", "mktag"], cwd=pair.chair, input=forged, capture_output=True, text=True, check=True
    ).stdout.strip()
    git(pair.chair, "update-ref", f"refs/tags/{tag}", sha)
    hand_edit(pair.path(pair.chair), _approver)
    check = check_approval(pair.chair, pair.path(pair.chair))
    assert "bad_signature" in check.codes(), check.findings
    exit_code, output = cli(pair.chair, "verify", pair.meeting_id)
    assert exit_code != 0 and "the tag was altered or forged" in output, output


def test_an_unsigned_tag_for_an_approver_with_a_listed_key_is_suspect(
    pair: Pair, tmp_path: Path
) -> None:
    key = ssh_key(tmp_path, "olle")
    tag = approve_and_tag(pair, str(key))
    raw = tag_message(pair.chair, tag)
    unsigned = raw.split("-----BEGIN SSH SIGNATURE-----")[0]
    sha = subprocess.run(
        ["git", "mktag"], cwd=pair.chair, input=unsigned, capture_output=True, text=True,
        check=True,
    ).stdout.strip()  # fmt: skip
    git(pair.chair, "update-ref", f"refs/tags/{tag}", sha)
    check = check_approval(pair.chair, pair.path(pair.chair))
    assert "unsigned_but_key_listed" in check.codes()


def test_no_key_configured_is_hashed_not_signed_and_says_so(pair: Pair) -> None:
    tag = approve_and_tag(pair)
    assert "-----BEGIN" not in tag_message(pair.chair, tag)
    assert not (pair.chair / SIGNERS_FILE).exists()
    exit_code, output = cli(pair.chair, "verify", pair.meeting_id)
    assert exit_code == 0
    assert "hashed, not signed" in output and "Olle Ordförande" in output


def test_gits_own_signing_key_is_used_when_the_config_names_none(
    pair: Pair, tmp_path: Path
) -> None:
    key = ssh_key(tmp_path, "olle")
    git(pair.chair, "config", "gpg.format", "ssh")
    git(pair.chair, "config", "user.signingkey", str(key))
    tag = approve_and_tag(pair)
    assert "-----BEGIN SSH SIGNATURE-----" in tag_message(pair.chair, tag)
    assert check_approval(pair.chair, pair.path(pair.chair)).signature == SIGNED


def test_a_key_that_cannot_sign_fails_clearly_and_approve_again_makes_the_tag(
    pair: Pair, tmp_path: Path
) -> None:
    """A key behind a passphrase (no agent) cannot sign without a prompt: no prompt, no
    unsigned tag passed off as signed; ``minutes approve`` with a usable key then makes
    the tag for the approval already on disk."""
    locked = ssh_key(tmp_path, "locked", passphrase="hemligt")
    path = pair.path(pair.chair)
    edit(path, lambda m: approve(m, CHAIR.name, NOW))
    digest = read(path).header.approved_hash
    with pytest.raises(SyncError) as info:
        tag_approval(pair.chair, path, pair.meeting_id, digest, CHAIR, str(locked))
    assert info.value.code == "sign_failed"
    assert approval_tags(pair.chair, pair.meeting_id) == []
    assert check_approval(pair.chair, path).codes() == ["no_tag"]
    good = ssh_key(tmp_path, "olle")
    save_config(Config(name=CHAIR.name, email=CHAIR.email, signing_key=str(good)))
    exit_code, output = cli(pair.chair, "approve", pair.meeting_id)
    assert exit_code == 0, output
    assert "the git tag is made now" in output
    check = check_approval(pair.chair, path)
    assert check.ok and check.signature == SIGNED
    assert read(path).header.approved_at == NOW  # the approval itself is unchanged


def test_two_approvers_adding_their_keys_offline_both_stay_trusted(
    pair: Pair, tmp_path: Path
) -> None:
    from model.demo import demo_meeting
    from model.store.archive import Archive

    olle, sara = ssh_key(tmp_path, "olle"), ssh_key(tmp_path, "sara")
    approve_and_tag(pair, str(olle))
    other = demo_meeting()
    path = Archive(pair.secretary).create(other)
    edit(path, lambda m: approve(m, SECRETARY.name, NOW))
    digest = read(path).header.approved_hash
    assert tag_approval(pair.secretary, path, other.id, digest, SECRETARY, str(sara))
    assert pair.sync(pair.chair).pushed
    assert pair.sync(pair.secretary).pushed  # the two key files merge (union), no conflict
    assert pair.sync(pair.chair).merged
    for side in (pair.chair, pair.secretary):
        text = (side / SIGNERS_FILE).read_text(encoding="utf-8")
        assert CHAIR.email in text and SECRETARY.email in text and "<<<<" not in text
        assert check_approval(side, Archive(side).meeting_path(other.id)).signature == SIGNED
        assert check_approval(side, Archive(side).meeting_path(pair.meeting_id)).ok
