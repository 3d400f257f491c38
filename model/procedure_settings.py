"""The body's settings for formal procedure, kept on the meeting header and carried to
the next meeting of the body.

They live in the header's ``extra`` and only when set: a meeting whose body never set
them is encoded exactly as before they existed (an approved meeting's hash holds).
"""

from __future__ import annotations

from typing import Any

from model.meeting import Meeting

#: The body seconds its motions ("moved by ..., seconded by ...").
SECONDING = "seconding"
#: Settings a new meeting takes over from the body's last meeting.
CARRIED = (SECONDING,)


def uses_seconding(meeting: Meeting) -> bool:
    return bool(meeting.header.extra.get(SECONDING))


def set_seconding(meeting: Meeting, on: bool) -> None:
    if on:
        meeting.header.extra[SECONDING] = True
    else:
        meeting.header.extra.pop(SECONDING, None)


def carried_settings(extra: Any) -> dict[str, Any]:
    """The settings of a header (or its ``extra``) that the next meeting takes over."""
    values = getattr(extra, "extra", extra) or {}
    return {key: values[key] for key in CARRIED if values.get(key)}
