"""Interface texts in Swedish and English. Every label, key description and message.

``t(lang, key, **values)``. Keys are grouped by prefix (cli., app., key., ...). A key
missing in one language is a bug: tests/tui/test_i18n.py checks both catalogues match.
"""

from __future__ import annotations

from model.enums import Language

SV: dict[str, str] = {
    "cli.created": "Skapade mötet {title} ({date}).",
    "cli.no_meetings": "Arkivet {path} har inga möten ännu. Skapa ett med 'minutes new'.",
    "cli.demo_written": "Demomötet skrevs till {path}.",
    "cli.bad_value": "{detail}",
    "cli.check_ok": "Inga problem hittades.",
    "cli.recovered": "Varning: {detail}",
    "cli.locked_readonly": "Mötet är öppet i ett annat program; visar det skrivskyddat.",
    "state.draft": "utkast",
    "state.in_progress": "pågår",
    "state.awaiting_approval": "väntar på justering",
    "state.approved": "justerat",
    "list.date": "Datum",
    "list.body": "Organ",
    "list.title": "Rubrik",
    "list.state": "Status",
    "list.id": "Id",
    "prompt.body": (
        "Organ: styrelsen, nämnden eller gruppen som sammanträder (dess "
        "ledamöter och mall följer med)"
    ),
    "prompt.title": (
        "Rubrik: mötets namn i arkivlistan, underrubrik i dokumentet om den "
        "skiljer sig från organet"
    ),
    "prompt.date": "Datum för mötet (2022-05-06, 6 maj eller 6/5)",
    "prompt.start": "Planerad starttid, visas i Tid-raden (t.ex. 8.30; tomt: ingen)",
    "prompt.end": "Planerad sluttid (t.ex. 11.00; tomt: ingen)",
    "cli.from_template": "Dagordningen är organets mall ({count} punkter).",
    "prompt.place": "Plats, visas i Plats-raden (t.ex. Kommunhuset, lokal Valhall)",
    "export.written": "Skrev {path}",
    "export.draft_note": "Obs: mötet är inte justerat; dokumentet är märkt som utkast.",
    "export.conflicts_note": (
        "Varning: mötet har {count} olösta synkkonflikter; de står överst i dokumentet."
    ),
    "export.template_ignored": "Mallen används bara för docx och pdf; den ignoreras för {fmt}.",
    "export.title": "Exportera protokollet",
    "export.choose": "Välj format (pil upp/ned, Enter):",
    "export.format.docx": "Word (.docx)",
    "export.format.odt": "OpenDocument (.odt)",
    "export.format.html": "Webbsida (.html)",
    "export.format.md": "Markdown (.md)",
    "export.format.pdf": "PDF (.pdf)",
    "export.open_after": "Öppna filen efteråt",
    "export.cancel": "Avbryt",
    "export.working": "Exporterar till {fmt} ...",
    "export.open": "Öppna",
    "export.open_failed": "Kunde inte öppna {path}: {detail}",
    "export.key": "Exportera",
}

EN: dict[str, str] = {
    "cli.created": "Created the meeting {title} ({date}).",
    "cli.no_meetings": "The archive {path} has no meetings yet. Create one with 'minutes new'.",
    "cli.demo_written": "The demo meeting was written to {path}.",
    "cli.bad_value": "{detail}",
    "cli.check_ok": "No problems found.",
    "cli.recovered": "Warning: {detail}",
    "cli.locked_readonly": "The meeting is open in another program; showing it read-only.",
    "state.draft": "draft",
    "state.in_progress": "in progress",
    "state.awaiting_approval": "awaiting approval",
    "state.approved": "approved",
    "list.date": "Date",
    "list.body": "Body",
    "list.title": "Title",
    "list.state": "State",
    "list.id": "Id",
    "prompt.body": (
        "Body: the board, committee or group that meets (its members and template come along)"
    ),
    "prompt.title": (
        "Title: the meeting's name in the archive list, the document's "
        "subtitle if not the body's name"
    ),
    "prompt.date": "Date of the meeting (2022-05-06, 6 May or 6/5)",
    "prompt.start": "Planned start, shown in the Time line (e.g. 8.30; empty: none)",
    "prompt.end": "Planned end (e.g. 11.00; empty: none)",
    "cli.from_template": "The agenda is the body's template ({count} items).",
    "prompt.place": "Place, shown in the Place line (e.g. Town hall, room Valhall)",
    "export.written": "Wrote {path}",
    "export.draft_note": "Note: the meeting is not approved; the document is marked as a draft.",
    "export.conflicts_note": (
        "Warning: the meeting has {count} unresolved sync conflicts; they are listed at the "
        "top of the document."
    ),
    "export.template_ignored": "The template is used for docx and pdf only; ignored for {fmt}.",
    "export.title": "Export the minutes",
    "export.choose": "Choose a format (arrow up/down, Enter):",
    "export.format.docx": "Word (.docx)",
    "export.format.odt": "OpenDocument (.odt)",
    "export.format.html": "Web page (.html)",
    "export.format.md": "Markdown (.md)",
    "export.format.pdf": "PDF (.pdf)",
    "export.open_after": "Open the file afterwards",
    "export.cancel": "Cancel",
    "export.working": "Exporting to {fmt} ...",
    "export.open": "Open",
    "export.open_failed": "Could not open {path}: {detail}",
    "export.key": "Export",
}

# The app's screens keep their many texts in their own module (issue 3).
from tui.i18n_app import EN as _APP_EN  # noqa: E402
from tui.i18n_app import SV as _APP_SV  # noqa: E402

SV.update(_APP_SV)
EN.update(_APP_EN)

# Sync and approval texts (issue 4).
from tui.i18n_sync import EN as _SYNC_EN  # noqa: E402
from tui.i18n_sync import SV as _SYNC_SV  # noqa: E402

SV.update(_SYNC_SV)
EN.update(_SYNC_EN)

# Agenda import and follow-up texts (issue 6).
from tui.i18n_followup import EN as _FOLLOWUP_EN  # noqa: E402
from tui.i18n_followup import SV as _FOLLOWUP_SV  # noqa: E402

SV.update(_FOLLOWUP_SV)
EN.update(_FOLLOWUP_EN)

# Approval in the app and the identity form (issue 4).
from tui.i18n_approval import EN as _APPROVAL_EN  # noqa: E402
from tui.i18n_approval import SV as _APPROVAL_SV  # noqa: E402

SV.update(_APPROVAL_SV)
EN.update(_APPROVAL_EN)

# The paged listing, the index build and search limits (issue 16).
from tui.i18n_scale import EN as _SCALE_EN  # noqa: E402
from tui.i18n_scale import SV as _SCALE_SV  # noqa: E402

SV.update(_SCALE_SV)
EN.update(_SCALE_EN)

# The config file and ``minutes config`` (issue 12).
from tui.i18n_config import EN as _CONFIG_EN  # noqa: E402
from tui.i18n_config import SV as _CONFIG_SV  # noqa: E402

SV.update(_CONFIG_SV)
EN.update(_CONFIG_EN)

# Faults the app survives (issue 12).
from tui.i18n_faults import EN as _FAULTS_EN  # noqa: E402
from tui.i18n_faults import SV as _FAULTS_SV  # noqa: E402

SV.update(_FAULTS_SV)
EN.update(_FAULTS_EN)

# The notes markup's hint and help (issue 15).
from tui.i18n_markup import EN as _MARKUP_EN  # noqa: E402
from tui.i18n_markup import SV as _MARKUP_SV  # noqa: E402

SV.update(_MARKUP_SV)
EN.update(_MARKUP_EN)

# The roster of a body (issue 13).
from tui.i18n_roster import EN as _ROSTER_EN  # noqa: E402
from tui.i18n_roster import SV as _ROSTER_SV  # noqa: E402

SV.update(_ROSTER_SV)
EN.update(_ROSTER_EN)

# Setting up a body: template, standing rules, roster screen.
from tui.i18n_setup import EN as _SETUP_EN  # noqa: E402
from tui.i18n_setup import SV as _SETUP_SV  # noqa: E402

SV.update(_SETUP_SV)
EN.update(_SETUP_EN)

from tui.i18n_attendance import EN as _ATTENDANCE_EN  # noqa: E402
from tui.i18n_attendance import SV as _ATTENDANCE_SV  # noqa: E402

SV.update(_ATTENDANCE_SV)
EN.update(_ATTENDANCE_EN)

# Motions, votes and elections.
from tui.i18n_procedure import EN as _PROCEDURE_EN  # noqa: E402
from tui.i18n_procedure import SV as _PROCEDURE_SV  # noqa: E402

SV.update(_PROCEDURE_SV)
EN.update(_PROCEDURE_EN)

# Sub-items by number, tabling sentences, several owners, extracts.
from tui.i18n_doc import EN as _DOC_EN  # noqa: E402
from tui.i18n_doc import SV as _DOC_SV  # noqa: E402

SV.update(_DOC_SV)
EN.update(_DOC_EN)

CATALOGUES: dict[Language, dict[str, str]] = {Language.SV: SV, Language.EN: EN}


def t(lang: Language, key: str, **values: object) -> str:
    """The text for ``key`` in ``lang``; falls back to English, then to the key itself."""
    template = CATALOGUES[lang].get(key) or EN.get(key) or key
    return template.format(**values) if values else template
