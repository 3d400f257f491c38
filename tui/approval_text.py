"""The sentences of an approval check (sync/approval_check.py), for the CLI and the app."""

from __future__ import annotations

from pathlib import Path

from model.enums import Language
from sync.approval_check import SIGNED, ApprovalCheck, Finding, check_approval
from sync.errors import SyncError
from tui.i18n import t


def _when(iso: str) -> str:
    from tui.review import when_text

    return when_text(iso) if iso else "?"


def _state(lang: Language, value: str) -> str:
    return t(lang, f"state.{value}") if value else "?"


def finding_text(lang: Language, finding: Finding) -> str:
    """One finding as a sentence (times shown as the app shows them)."""
    values = dict(finding.values)
    for name in ("file", "recorded", "time"):
        timed = ("time_changed", "end_changed", "state_edited", "reopened_not_approved")
        if finding.code in timed and name in values:
            values[name] = _when(values[name])
    if "state" in values:
        values["state"] = _state(lang, values["state"])
    return t(lang, f"verify.{finding.code}", **values)


def meeting_label(check: ApprovalCheck) -> str:
    return " ".join(p for p in (check.date, check.title) if p) or check.meeting_id


def verdict(lang: Language, check: ApprovalCheck) -> list[str]:
    """What ``minutes verify`` prints: the verdict line, then one line per finding."""
    name, time = check.approved_by or "?", _when(check.approved_at)
    if check.ok:
        if not check.in_git:
            return [t(lang, "verify.ok.local", name=name, time=time)]
        if check.signature == SIGNED:
            signer = check.signer or "?"
            return [
                t(
                    lang,
                    "verify.ok.signed",
                    name=name,
                    time=time,
                    signer=signer,
                    fingerprint=check.key,
                )
            ]
        return [t(lang, "verify.ok.hashed", name=name, time=time, tag=check.tag)]
    if check.approved:
        head = t(lang, "verify.failed", name=name, time=time)
    else:
        head = t(lang, "verify.failed.state", state=_state(lang, check.state))
    return [head + ":", *(f"  - {finding_text(lang, f)}" for f in check.findings)]


def status_line(lang: Language, check: ApprovalCheck) -> str:
    """One line for ``sync status``: the meeting and the first thing wrong."""
    reason = finding_text(lang, check.findings[0]) if check.findings else ""
    return t(lang, "verify.status_line", meeting=meeting_label(check), reason=reason)


def sync_notice(lang: Language, checks: list[ApprovalCheck]) -> str:
    """The warning after a sync that brought in approvals that do not hold."""
    return t(lang, "verify.sync_notice", meetings=", ".join(meeting_label(c) for c in checks))


def unverified_codes(root: Path, path: Path) -> list[str]:
    """What the approval check finds wrong with a meeting file, for the export's warning
    (empty when it holds, or when git cannot be asked: the export must still work)."""
    try:
        return check_approval(root, path).codes()
    except (SyncError, OSError):
        return []
