"""How the app and the CLI name where an unresolved sync conflict is (no Textual here).

One wording for the three places that list conflicts: ``minutes sync status``, the app's
sync state line and the archive-wide conflicts screen (alt+k in the archive list).
"""

from __future__ import annotations

from collections.abc import Sequence

from model.enums import Language
from sync.status import OpenConflict
from tui.i18n import t
from tui.review import label as name_of

#: The archive.json tables a conflict can be in, named for the user.
ARCHIVE_TABLES = ("bodies", "roster", "templates")


def table_name(lang: Language, table: str) -> str:
    return t(lang, f"sync.conflicts.table.{table}") if table in ARCHIVE_TABLES else table


def where(lang: Language, conflict: OpenConflict) -> str:
    """ "archive: roster Anna Andersson: field name", "2024-05-06 Styrelsemöte, item 5
    Budget: field notes"."""
    field = name_of(lang, "field", conflict.field) if conflict.field else "-"
    if conflict.in_archive:
        return t(
            lang,
            "sync.conflicts.archive",
            table=table_name(lang, conflict.table),
            label=conflict.label or conflict.record,
            field=field,
        )
    date = conflict.date or "-"
    if conflict.label:
        item = conflict.label
        if conflict.item_title and conflict.item_title != conflict.label:
            item = f"{conflict.label} {conflict.item_title}"
        return t(
            lang,
            "sync.conflicts.in_item",
            date=date,
            meeting=conflict.title,
            item=item,
            field=field,
        )
    return t(
        lang,
        "sync.conflicts.in_meeting",
        date=date,
        meeting=conflict.title,
        table=name_of(lang, "table", conflict.table),
        field=field,
    )


def status_line(lang: Language, conflict: OpenConflict) -> str:
    """One line of ``minutes sync status``."""
    if conflict.in_archive:
        return t(lang, "sync.conflicts.status_archive", where=where(lang, conflict))
    return t(
        lang,
        "sync.status.conflict",
        meeting=conflict.title,
        item=conflict.label or "-",
        field=name_of(lang, "field", conflict.field) if conflict.field else "-",
    )


def state_line(lang: Language, conflicts: Sequence[OpenConflict]) -> str:
    """The app's sync state with open conflicts: the first one, and how many more."""
    first = conflicts[0]
    if first.in_archive:
        text = t(lang, "sync.conflicts.state_archive", where=where(lang, first))
    else:
        text = t(lang, "sync.state.conflict", item=first.label or "-")
    if len(conflicts) > 1:
        text = t(lang, "sync.conflicts.state_more", state=text, count=len(conflicts) - 1)
    return text
