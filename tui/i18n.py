"""Interface texts in Swedish, English and German. Every label, key description and message.

``t(lang, key, **values)``; ``t(lang, key, count=n)`` for a text with plural forms
("key|one" beside "key", see ``model.texts``). Keys are grouped by prefix (cli., app.,
key., ...). A key missing in one language is a bug: tests/tui/test_catalogues.py checks
that every language has every key and that every key is used.
"""

from __future__ import annotations

from model.enums import Language
from model.texts import lookup

SV: dict[str, str] = {
    "cli.created": "Skapade mötet {title} ({date}).",
    "cli.no_meetings": "Arkivet {path} har inga möten ännu. Skapa ett med 'minutes new'.",
    "cli.demo_written": "Demomötet skrevs till {path}.",
    "cli.check_ok": "Inga problem hittades.",
    "cli.body_required": "--body krävs (organet som möts)",
    "cli.recovered": "Varning: {detail}",
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
    "cli.from_template|one": "Dagordningen är organets mall (1 punkt).",
    "prompt.place": "Plats, visas i Plats-raden (t.ex. Kommunhuset, lokal Valhall)",
    "export.written": "Skrev {path}",
    "export.draft_note": "Obs: mötet är inte justerat; dokumentet är märkt som utkast.",
    "export.conflicts_note": (
        "Varning: mötet har {count} olösta synkkonflikter; de står överst i dokumentet."
    ),
    "export.conflicts_note|one": (
        "Varning: mötet har en olöst synkkonflikt; den står överst i dokumentet."
    ),
    "export.template_ignored": (
        "Mallen används bara för docx, odt och pdf; den ignoreras för {fmt}."
    ),
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
    "export.open_failed": "Kunde inte öppna {path}: {detail}",
    "export.language": "Dokumentets språk: {language} (l byter)",
    "language.sv": "svenska",
    "language.en": "engelska",
    "language.de": "tyska",
    "form.header.language": "Dokumentets språk (sv, en, de)",
    "form.bad_language": "Dokumentets språk: {value} är inget av sv, en, de.",
    "review.field.language": "dokumentets språk",
    "live.a_decision_needs_a_text": "ett beslut behöver en text",
    "live.a_person_needs_a_name": "en person behöver ett namn",
    "live.already_at_the_meeting": "finns redan på mötet",
    "live.an_action_needs_a_text": "ett uppdrag behöver en text",
    "live.an_item_needs_a_title": "en punkt behöver en rubrik",
    "live.no_current_item": "ingen aktuell punkt",
    "live.no_such_action": "uppdraget finns inte",
    "live.no_such_decision": "beslutet finns inte",
    "live.no_such_item": "punkten finns inte",
    "live.no_such_member_to_substitute_for": "ledamoten som ska ersättas finns inte",
    "live.no_such_person": "personen finns inte",
    "live.no_such_sub_item": "underpunkten finns inte",
    "live.not_an_action_follow_up_of_this_meeting": "ingen uppföljning av ett uppdrag i detta möte",
    "live.the_meeting_has_started_withdraw_the_item_instead": (
        "mötet har startat: låt punkten utgå i stället"
    ),
    "live.this_record_cannot_be_deleted": "den här posten kan inte tas bort",
    # refusals of motions, votes, elections, presence and edits (model.refusal)
    "live.a_counted_vote_needs_its_numbers_for_against_abstain": (
        "en räknad omröstning behöver sina siffror (ja-nej-avstår)"
    ),
    "live.a_motion_cannot_be_seconded_by_its_mover": (
        "ett yrkande kan inte biträdas av den som yrkar"
    ),
    "live.a_motion_needs_its_proposal_text": "ett yrkande behöver sitt förslag",
    "live.a_person_cannot_serve_for_themselves": "ingen kan tjänstgöra för sig själv",
    "live.a_roll_call_vote_needs_who_voted_yes_no_or_abstained": (
        "ett namnupprop behöver vilka som röstade ja, nej eller avstod"
    ),
    "live.a_secret_ballot_has_no_roll_call": "en sluten omröstning har inget namnupprop",
    "live.a_vote_among_options_needs_each_option_with_its_count": (
        "en omröstning mellan alternativ behöver varje alternativ med sitt antal röster"
    ),
    "live.a_vote_count_cannot_be_negative": "ett antal röster kan inte vara negativt",
    "live.an_amended_text_needs_the_outcome_amended": (
        "en ändrad lydelse kräver utfallet 'ändrat'"
    ),
    "live.an_election_needs_the_office": "ett val behöver uppdraget",
    "live.an_electorate_has_at_least_one_voter": "en röstlängd har minst en röstberättigad",
    "live.an_office_has_at_least_one_seat": "ett uppdrag har minst en plats",
    "live.an_option_of_the_vote_has_no_name": "ett alternativ i omröstningen saknar namn",
    "live.arrives_before_an_earlier_interval_ends": (
        "kommer innan en tidigare närvaroperiod har slutat"
    ),
    "live.elected_but_not_among_the_candidates": "valda men inte bland kandidaterna: {names}",
    "live.elected_to_seats|one": "{elected} valda till {count} plats",
    "live.elected_to_seats": "{elected} valda till {count} platser",
    "live.give_the_electorate_as_names_or_as_a_number_not_both": (
        "ange röstlängden som namn eller som antal, inte båda"
    ),
    "live.is_a_member_only_a_substitute_serves_for_one": (
        "{name} är ledamot: bara en ersättare tjänstgör för en ledamot"
    ),
    "live.is_not_a_member_a_substitute_serves_for_a_member": (
        "{name} är inte ledamot: en ersättare tjänstgör för en ledamot"
    ),
    "live.leaves_before_arriving": "går innan ankomsten",
    "live.no_such_election": "valet finns inte",
    "live.no_such_motion": "yrkandet finns inte",
    "live.no_such_vote": "omröstningen finns inte",
    "live.not_an_aob_matter": "ingen övrig fråga",
    "live.not_present_at_this_item_so_not_in_its_electorate": (
        "inte närvarande vid punkten och därför inte i dess röstlängd: {names}"
    ),
    "live.the_meeting_has_one_chair_and_one_secretary": (
        "mötet har en ordförande och en sekreterare"
    ),
    "live.the_motion_voted_on_is_not_one_of_this_item_s_motions": (
        "yrkandet som omröstningen gäller hör inte till punkten"
    ),
    "live.the_range_ends_before_it_starts": "sista punkten kommer före den första",
    "live.voted_but_not_in_the_electorate_of_this_vote": (
        "röstade men finns inte i omröstningens röstlängd: {names}"
    ),
    "live.votes_cast_but_the_electorate_has_only_voters|one": (
        "{cast} röster avgivna, men röstlängden har bara {count} röstberättigad"
    ),
    "live.votes_cast_but_the_electorate_has_only_voters": (
        "{cast} röster avgivna, men röstlängden har bara {count} röstberättigade"
    ),
    "live.not_a_quorum_rule": (
        "ingen regel för beslutförhet: {rule} (skriv half, eller min:5 för minst 5)"
    ),
}

EN: dict[str, str] = {
    "cli.created": "Created the meeting {title} ({date}).",
    "cli.no_meetings": "The archive {path} has no meetings yet. Create one with 'minutes new'.",
    "cli.demo_written": "The demo meeting was written to {path}.",
    "cli.check_ok": "No problems found.",
    "cli.body_required": "--body is required (the body that meets)",
    "cli.recovered": "Warning: {detail}",
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
    "cli.from_template|one": "The agenda is the body's template (1 item).",
    "prompt.place": "Place, shown in the Place line (e.g. Town hall, room Valhall)",
    "export.written": "Wrote {path}",
    "export.draft_note": "Note: the meeting is not approved; the document is marked as a draft.",
    "export.conflicts_note": (
        "Warning: the meeting has {count} unresolved sync conflicts; they are listed at the "
        "top of the document."
    ),
    "export.conflicts_note|one": (
        "Warning: the meeting has one unresolved sync conflict; it is listed at the top of the "
        "document."
    ),
    "export.template_ignored": (
        "The template is used for docx, odt and pdf only; ignored for {fmt}."
    ),
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
    "export.open_failed": "Could not open {path}: {detail}",
    "export.language": "Document language: {language} (l changes it)",
    "language.sv": "Swedish",
    "language.en": "English",
    "language.de": "German",
    "form.header.language": "Document language (sv, en, de)",
    "form.bad_language": "Document language: {value} is not one of sv, en, de.",
    "review.field.language": "document language",
    "live.a_decision_needs_a_text": "a decision needs a text",
    "live.a_person_needs_a_name": "a person needs a name",
    "live.already_at_the_meeting": "already at the meeting",
    "live.an_action_needs_a_text": "an action needs a text",
    "live.an_item_needs_a_title": "an item needs a title",
    "live.no_current_item": "no current item",
    "live.no_such_action": "no such action",
    "live.no_such_decision": "no such decision",
    "live.no_such_item": "no such item",
    "live.no_such_member_to_substitute_for": "no such member to substitute for",
    "live.no_such_person": "no such person",
    "live.no_such_sub_item": "no such sub-item",
    "live.not_an_action_follow_up_of_this_meeting": "not an action follow-up of this meeting",
    "live.the_meeting_has_started_withdraw_the_item_instead": (
        "the meeting has started: withdraw the item instead"
    ),
    "live.this_record_cannot_be_deleted": "this record cannot be deleted",
    # refusals of motions, votes, elections, presence and edits (model.refusal)
    "live.a_counted_vote_needs_its_numbers_for_against_abstain": (
        "a counted vote needs its numbers (for-against-abstain)"
    ),
    "live.a_motion_cannot_be_seconded_by_its_mover": "a motion cannot be seconded by its mover",
    "live.a_motion_needs_its_proposal_text": "a motion needs its proposal text",
    "live.a_person_cannot_serve_for_themselves": "a person cannot serve for themselves",
    "live.a_roll_call_vote_needs_who_voted_yes_no_or_abstained": (
        "a roll-call vote needs who voted yes, no or abstained"
    ),
    "live.a_secret_ballot_has_no_roll_call": "a secret ballot has no roll call",
    "live.a_vote_among_options_needs_each_option_with_its_count": (
        "a vote among options needs each option with its count"
    ),
    "live.a_vote_count_cannot_be_negative": "a vote count cannot be negative",
    "live.an_amended_text_needs_the_outcome_amended": (
        "an amended text needs the outcome 'amended'"
    ),
    "live.an_election_needs_the_office": "an election needs the office",
    "live.an_electorate_has_at_least_one_voter": "an electorate has at least one voter",
    "live.an_office_has_at_least_one_seat": "an office has at least one seat",
    "live.an_option_of_the_vote_has_no_name": "an option of the vote has no name",
    "live.arrives_before_an_earlier_interval_ends": "arrives before an earlier interval ends",
    "live.elected_but_not_among_the_candidates": "elected but not among the candidates: {names}",
    "live.elected_to_seats|one": "{elected} elected to {count} seat",
    "live.elected_to_seats": "{elected} elected to {count} seats",
    "live.give_the_electorate_as_names_or_as_a_number_not_both": (
        "give the electorate as names or as a number, not both"
    ),
    "live.is_a_member_only_a_substitute_serves_for_one": (
        "{name} is a member: only a substitute serves for one"
    ),
    "live.is_not_a_member_a_substitute_serves_for_a_member": (
        "{name} is not a member: a substitute serves for a member"
    ),
    "live.leaves_before_arriving": "leaves before arriving",
    "live.no_such_election": "no such election",
    "live.no_such_motion": "no such motion",
    "live.no_such_vote": "no such vote",
    "live.not_an_aob_matter": "not an AOB matter",
    "live.not_present_at_this_item_so_not_in_its_electorate": (
        "not present at this item, so not in its electorate: {names}"
    ),
    "live.the_meeting_has_one_chair_and_one_secretary": (
        "the meeting has one chair and one secretary"
    ),
    "live.the_motion_voted_on_is_not_one_of_this_item_s_motions": (
        "the motion voted on is not one of this item's motions"
    ),
    "live.the_range_ends_before_it_starts": "the range ends before it starts",
    "live.voted_but_not_in_the_electorate_of_this_vote": (
        "voted but not in the electorate of this vote: {names}"
    ),
    "live.votes_cast_but_the_electorate_has_only_voters|one": (
        "{cast} votes cast, but the electorate has only {count} voter"
    ),
    "live.votes_cast_but_the_electorate_has_only_voters": (
        "{cast} votes cast, but the electorate has only {count} voters"
    ),
    "live.not_a_quorum_rule": ("not a quorum rule: {rule} (write half, or min:5 for at least 5)"),
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


# The commands' one-line descriptions in ``minutes --help``.
from tui.i18n_commands import DE as _COMMANDS_DE  # noqa: E402
from tui.i18n_commands import EN as _COMMANDS_EN  # noqa: E402
from tui.i18n_commands import SV as _COMMANDS_SV  # noqa: E402

SV.update(_COMMANDS_SV)
EN.update(_COMMANDS_EN)

# upcoming meetings, unanimous decisions, röstlängd: their own module
from tui.i18n_records import DE as _RECORDS_DE  # noqa: E402
from tui.i18n_records import EN as _RECORDS_EN  # noqa: E402
from tui.i18n_records import SV as _RECORDS_SV  # noqa: E402

SV.update(_RECORDS_SV)
EN.update(_RECORDS_EN)

# German: its own modules, one per part of the app (tui/i18n_de*.py).
from tui.i18n_de import DE  # noqa: E402

DE.update(_RECORDS_DE)
DE.update(_COMMANDS_DE)

CATALOGUES: dict[Language, dict[str, str]] = {Language.SV: SV, Language.EN: EN, Language.DE: DE}


def t(lang: Language | str, key: str, **values: object) -> str:
    """The text for ``key`` in ``lang``; falls back to English, then to the key itself.

    With an integer ``count`` the plural form the language's rule gives is taken
    ("key|one", else "key" itself, the form for other counts) and ``{count}`` filled in.
    """
    return lookup(CATALOGUES, lang, key, **values)


def live_words(lang: Language | str, exc: Exception) -> str:
    """A model operation's refusal (``model.refusal.Refusal``: a ``LiveError``, a
    ``PresenceError``) in ``lang``: its code's sentence filled with its values (names,
    numbers), else the English text it carries."""
    code = getattr(exc, "code", "")
    values = getattr(exc, "values", {})
    key = f"live.{code}"
    return t(lang, key, **values) if key in EN else str(exc)
