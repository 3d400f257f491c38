"""The closed vocabularies of the domain. Stored by value; the values are the file format."""

from enum import StrEnum


class DocumentKind(StrEnum):
    """What the document is: notes of a meeting, formal minutes, or English minutes."""

    NOTES = "minnesanteckningar"
    PROTOKOLL = "protokoll"
    MINUTES = "minutes"


class Language(StrEnum):
    """A language of the interface and of the document (independent of each other)."""

    SV = "sv"
    EN = "en"
    DE = "de"


class Role(StrEnum):
    """A person's role in a body. The first is the fallback for an unknown value."""

    MEMBER = "member"  # ledamot
    CHAIR = "chair"
    SECRETARY = "secretary"
    SUBSTITUTE = "substitute"  # ersättare
    GUEST = "guest"
    OFFICIAL = "official"  # tjänsteperson
    VICE_CHAIR = "vice_chair"
    ADJUNCT = "adjunct"  # adjungerad
    AUDITOR = "auditor"  # revisor


class AttendanceStatus(StrEnum):
    UNKNOWN = "unknown"  # not yet registered in this meeting
    PRESENT = "present"
    REMOTE = "remote"
    ABSENT = "absent"
    ABSENT_WITH_NOTICE = "absent_with_notice"  # anmält förhinder

    @property
    def attends(self) -> bool:
        return self in (AttendanceStatus.PRESENT, AttendanceStatus.REMOTE)


class PresenceKind(StrEnum):
    """What an item range of a person records (model.people.Presence)."""

    PRESENT = "present"  # took part in these items
    SERVING = "serving"  # a substitute serving for a member (tjänstgörande ersättare)
    RECUSED = "recused"  # jäv: does not take part in this item


class ItemStatus(StrEnum):
    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    TABLED = "tabled"  # bordlagd: returns at the next meeting
    REFERRED_BACK = "referred_back"  # återremiss
    WITHDRAWN = "withdrawn"


class ItemOrigin(StrEnum):
    AGENDA = "agenda"
    ANY_OTHER_BUSINESS = "any_other_business"  # raised live by a named person
    CARRIED_OVER = "carried_over"  # tabled at an earlier meeting


class ItemKind(StrEnum):
    """What a standing item is for, so later meetings and the export can find it."""

    REGULAR = "regular"
    OPENING = "opening"
    OFFICERS = "officers"  # val av mötesordförande / sekreterare för mötet
    VERIFIERS = "verifiers"  # val av justerare (who will check and sign the minutes)
    AGENDA_APPROVAL = "agenda_approval"  # fastställande av dagordningen
    PREVIOUS_MINUTES = "previous_minutes"
    OUTSTANDING = "outstanding"  # utestående ärenden
    ANY_OTHER_BUSINESS = "any_other_business"  # the Övriga frågor item itself
    NEXT_MEETING = "next_meeting"
    CLOSING = "closing"


class DecisionMethod(StrEnum):
    CONSENSUS = "consensus"
    VOTE = "vote"
    UNANIMOUS = "unanimous"  # enhälligt: marked as such by the secretary, printed so


class StatementKind(StrEnum):
    RESERVATION = "reservation"  # a member's recorded dissent
    PROTOCOL_NOTE = "protocol_note"  # protokollsanteckning


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class MeetingState(StrEnum):
    DRAFT = "draft"
    IN_PROGRESS = "in_progress"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
