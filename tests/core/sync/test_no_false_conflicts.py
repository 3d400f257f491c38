"""A conflict only where two authors changed the same text differently since the common
base; every conflict record names both authors and times; resolving says what it drops.

The old sync merged in the work tree: a save between its commit and its merge made git
refuse, the work tree was reset to the committed copy and then folded back into the
open meeting, which left her own older text as "theirs", by nobody ("?").
"""

from __future__ import annotations

from datetime import datetime

import pytest

from model.conflict_resolution import OURS, THEIRS, dropped_lines
from model.conflicts import Conflict
from sync.engine import Incoming, sync
from sync.errors import SyncError
from sync.textmerge import merge_text
from tests.core.sync.conftest import CHAIR, SECRETARY, Pair, git
from tests.core.sync.helpers import edit, read
from tui.session import Session

NOW = datetime(2024, 5, 6, 10, 0)


def chair_adds_a_paragraph(pair: Pair) -> None:
    edit(
        pair.path(pair.chair),
        lambda m: setattr(m.agenda[3], "notes", m.agenda[3].notes + "\n\nOrdförandens stycke."),
    )
    assert sync(pair.chair, CHAIR).pushed


def test_a_save_between_the_commit_and_the_merge_is_kept_without_a_conflict(pair: Pair) -> None:
    """She types on while the sync runs: the save lands after the sync committed and
    before the merge is brought in. Nothing is refused, nothing conflicts."""
    chair_adds_a_paragraph(pair)
    path = pair.path(pair.secretary)
    session = Session.open(path)
    try:
        session.apply(lambda m: setattr(m.agenda[0], "notes", "Före synken."))
        seen: list[Incoming] = []

        def bring_in(incoming: Incoming) -> int:
            seen.append(incoming)
            # typed and saved while git fetched and merged: newer than the commit
            session.apply(lambda m: setattr(m.agenda[0], "notes", "Före synken. Under synken."))
            return session.merge_from_disk(
                incoming.merged, incoming.base, incoming.mine, incoming.theirs
            )

        result = sync(pair.secretary, SECRETARY, open_here=[path], bring_in=bring_in)
        assert result.merged and result.pushed and result.conflicts == 0
        assert seen and seen[0].theirs.name == CHAIR.name
        meeting = session.meeting
        assert meeting.agenda[0].notes == "Före synken. Under synken."
        assert meeting.agenda[3].notes.endswith("Ordförandens stycke.")
        assert meeting.open_conflicts() == []
        assert read(path).agenda[0].notes == "Före synken. Under synken."  # saved
    finally:
        session.close()
    # the typing of the sync window is shared by the next sync, without a conflict
    result = sync(pair.secretary, SECRETARY)
    assert result.pushed and result.conflicts == 0
    assert git(pair.secretary, "status", "--porcelain") == ""
    assert sync(pair.chair, CHAIR).merged
    assert read(pair.path(pair.chair)).agenda[0].notes == "Före synken. Under synken."


def test_only_her_own_edits_never_conflict(pair: Pair) -> None:
    """Many syncs of her own typing with nothing from the other side: zero conflicts."""
    path = pair.path(pair.secretary)
    for n in range(5):
        edit(path, lambda m, n=n: setattr(m.agenda[0], "notes", m.agenda[0].notes + f" ord{n}"))
        result = sync(pair.secretary, SECRETARY)
        assert result.pushed and result.conflicts == 0
    assert sync(pair.chair, CHAIR).merged
    assert read(pair.path(pair.chair)).open_conflicts() == []


def conflict_of(pair: Pair) -> Conflict:
    (conflict,) = read(pair.path(pair.chair)).open_conflicts()
    return conflict


def test_a_real_conflict_names_both_authors_and_times(pair: Pair) -> None:
    edit(pair.path(pair.secretary), lambda m: setattr(m.agenda[0], "notes", "Sekreterarens"))
    edit(pair.path(pair.chair), lambda m: setattr(m.agenda[0], "notes", "Ordförandens"))
    assert sync(pair.secretary, SECRETARY).pushed
    assert sync(pair.chair, CHAIR).conflicts == 1
    conflict = conflict_of(pair)
    assert (conflict.ours_by, conflict.theirs_by) == (CHAIR.name, SECRETARY.name)
    assert conflict.ours_at is not None and conflict.theirs_at is not None


def test_typing_into_the_very_lines_the_other_side_changed_names_both(pair: Pair) -> None:
    """The one real conflict a live merge can find: she typed, during the sync, in the
    lines the chair changed. The record names her (now) and the chair."""
    edit(pair.path(pair.chair), lambda m: setattr(m.agenda[0], "notes", "Ordförandens rad"))
    assert sync(pair.chair, CHAIR).pushed
    path = pair.path(pair.secretary)
    session = Session.open(path)
    try:

        def bring_in(incoming: Incoming) -> int:
            session.apply(lambda m: setattr(m.agenda[0], "notes", "Sekreterarens rad"))
            return session.merge_from_disk(
                incoming.merged, incoming.base, incoming.mine, incoming.theirs
            )

        result = sync(pair.secretary, SECRETARY, open_here=[path], bring_in=bring_in)
        assert result.conflicts == 1
        (conflict,) = session.meeting.open_conflicts()
        assert (conflict.ours_by, conflict.theirs_by) == (SECRETARY.name, CHAIR.name)
        assert conflict.ours_at is not None and conflict.theirs_at is not None
        assert (conflict.ours, conflict.theirs) == ("Sekreterarens rad", "Ordförandens rad")
        assert session.meeting.agenda[0].notes == "Sekreterarens rad"  # hers stays shown
    finally:
        session.close()


def test_taking_a_side_says_which_words_of_the_other_it_drops() -> None:
    conflict = Conflict(
        id="c1",
        table="items",
        record="i1",
        field="notes",
        base="Gemensam rad",
        ours="Gemensam rad\nMin nya mening",
        theirs="Gemensam rad\nDeras nya mening",
    )
    assert dropped_lines(conflict, THEIRS) == ["Min nya mening"]
    assert dropped_lines(conflict, OURS) == ["Deras nya mening"]
    superset = Conflict(
        id="c2", table="items", record="i1", field="notes", base="A", ours="A\nB", theirs="A\nB\nC"
    )
    assert dropped_lines(superset, THEIRS) == []  # theirs keeps every line of ours


def test_nothing_half_done_is_left_when_the_bring_in_fails(pair: Pair) -> None:
    """The open meeting could not take the merge (a failed save): the branch does not
    move, so the next sync merges the same again and nothing is lost."""
    chair_adds_a_paragraph(pair)
    before = git(pair.secretary, "rev-parse", "HEAD").strip()

    def refuse(_incoming: Incoming) -> int:
        raise OSError(28, "No space left on device")

    path = pair.path(pair.secretary)
    with pytest.raises(SyncError) as info:
        sync(pair.secretary, SECRETARY, open_here=[path], bring_in=refuse)
    assert info.value.code == "disk_full"
    assert git(pair.secretary, "rev-parse", "HEAD").strip() == before
    result = sync(pair.secretary, SECRETARY)
    assert result.merged and result.pushed
    assert read(path).agenda[3].notes.endswith("Ordförandens stycke.")


def test_different_words_of_one_paragraph_are_no_conflict() -> None:
    """The chair corrects the start of the paragraph the secretary is still typing the
    end of: both edits stay. The same words changed differently still conflict."""
    base = "Mötet öppnades. Sekr"
    chair = "Mötet öppnades kl. 9.00. Sekr"
    secretary = "Mötet öppnades. Sekreteraren för protokollet."
    merged = merge_text(base, chair, secretary)
    assert not merged.conflicted
    assert merged.with_ours == "Mötet öppnades kl. 9.00. Sekreteraren för protokollet."
    assert merge_text(base, secretary, chair).with_ours == merged.with_ours  # both machines
    clash = merge_text("Budgeten är 10 kr.", "Budgeten är 12 kr.", "Budgeten är 15 kr.")
    assert clash.conflicted
    assert (clash.with_ours, clash.with_theirs) == ("Budgeten är 12 kr.", "Budgeten är 15 kr.")


def test_chair_corrects_the_paragraph_she_is_typing(pair: Pair) -> None:
    path = pair.path(pair.secretary)
    edit(path, lambda m: setattr(m.agenda[0], "notes", "Mötet öppnades. Sekr"))
    assert sync(pair.secretary, SECRETARY).pushed and sync(pair.chair, CHAIR).merged
    edit(
        pair.path(pair.chair),
        lambda m: setattr(m.agenda[0], "notes", "Mötet öppnades kl. 9.00. Sekr"),
    )
    assert sync(pair.chair, CHAIR).pushed
    edit(path, lambda m: setattr(m.agenda[0], "notes", "Mötet öppnades. Sekreteraren skriver."))
    result = sync(pair.secretary, SECRETARY)
    assert result.merged and result.conflicts == 0
    assert read(path).agenda[0].notes == "Mötet öppnades kl. 9.00. Sekreteraren skriver."


def test_a_meeting_closed_during_the_sync_gets_the_merge_in_its_file(pair: Pair) -> None:
    """Open when the sync started, closed (or approved) before the merge came in: the
    merge is written to the file like any other, the branch moves, nothing is lost."""
    chair_adds_a_paragraph(pair)
    path = pair.path(pair.secretary)
    edit(path, lambda m: setattr(m.agenda[0], "notes", "Hennes text."))
    result = sync(pair.secretary, SECRETARY, open_here=[path], bring_in=lambda _incoming: None)
    assert result.merged and result.pushed
    meeting = read(path)
    assert meeting.agenda[0].notes == "Hennes text."
    assert meeting.agenda[3].notes.endswith("Ordförandens stycke.")
    assert git(pair.secretary, "status", "--porcelain") == ""
