"""A readable Rich rendering of a meeting, for ``minutes show``. Worded in the meeting's
document language, since it shows the minutes themselves."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from model.attendance import absentees, attendees, description, unregistered
from model.document_words import document_word
from model.enums import DecisionMethod, ItemStatus, StatementKind
from model.meeting import Meeting
from model.timefmt import clock, long_date, when
from model.upcoming import upcoming_meetings, upcoming_text
from model.wording import status_in, status_sentence
from tui.i18n import t
from tui.procedure_text import procedure_lines


def render_meeting(meeting: Meeting) -> RenderableType:
    lang = meeting.header.language
    header = meeting.header
    parts: list[RenderableType] = [Text(header.title or header.body, style="bold underline")]

    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    table.add_column()
    table.add_row(
        document_word(lang, "show.time"),
        when(header.date, header.planned_start, header.planned_end, lang),
        "",
    )
    place = header.place + (
        f" {document_word(lang, 'word.alt_remote', remote=header.remote)}" if header.remote else ""
    )
    table.add_row(document_word(lang, "show.place"), place, "")
    for group, people in (
        (document_word(lang, "show.present"), attendees(meeting)),
        (document_word(lang, "show.absent"), absentees(meeting)),
        (document_word(lang, "show.unregistered"), unregistered(meeting)),
    ):
        for index, person in enumerate(people):
            table.add_row(group if index == 0 else "", person.name, description(meeting, person))
    parts.append(Padding(table, (1, 0)))
    if header.rules:
        parts.append(Padding(Text(header.rules, style="italic"), (0, 0, 1, 0)))

    for item in meeting.agenda:
        parts.append(Text(f"{item.number}. {item.title}", style="bold"))
        body: list[RenderableType] = []
        if item.presenter:
            body.append(
                Text(f"{document_word(lang, 'show.presenter')}: {item.presenter}", style="dim")
            )
        for sub in meeting.sub_items(item.id):
            line = f"• {sub.title}"
            if sub.presenter:
                line += f" – {sub.presenter}"
            if sub.raised_by:
                line += f" ({sub.raised_by})"
            body.append(Text(line))
            if sub.notes:
                body.append(Padding(Text(sub.notes), (0, 0, 0, 2)))
        if item.status in (ItemStatus.TABLED, ItemStatus.REFERRED_BACK, ItemStatus.WITHDRAWN):
            sentence = (
                status_in(lang, item.status, item.status_text)  # a ready one, translated
                if item.status_text
                else status_sentence(lang, item.status, item.status_reason)
            )
            if item.returns_next_meeting:
                sentence += f" ({document_word(lang, 'show.returns')})"
            body.append(Text(sentence, style="yellow"))
        if item.notes:
            body.append(Text(item.notes))
        for scope_id in (item.id, *(s.id for s in meeting.sub_items(item.id))):
            body += [line for _t, _r, line in procedure_lines(meeting, scope_id, None, lang)]
        for decision in meeting.item_decisions(item.id):
            text = Text(f"{document_word(lang, 'show.decision')} {decision.number}: ", style="bold")
            text.append(decision.text, style="")
            if decision.votes_for is not None:
                votes = document_word(lang, "show.votes").format(
                    f=decision.votes_for,
                    a=decision.votes_against or 0,
                    n=decision.votes_abstain or 0,
                )
                text.append(f" ({votes})")
            elif decision.method is DecisionMethod.UNANIMOUS:
                text.append(f" ({t(lang, 'app.unanimous')})")
            body.append(text)
            for statement in meeting.decision_statements(decision.id):
                kind = document_word(
                    lang,
                    "show.reservation"
                    if statement.kind is StatementKind.RESERVATION
                    else "show.protocol_note",
                )
                body.append(Text(f"  {kind}: {statement.person_name}. {statement.text}".rstrip()))
        for sub in [item, *meeting.sub_items(item.id)]:
            for action in meeting.item_actions(sub.id):
                owners = ", ".join(action.owner_names) or "-"
                line = f"{document_word(lang, 'show.action')}: {owners}: {action.text}"
                if action.due:
                    line += f" ({document_word(lang, 'show.due')} {action.due.isoformat()})"
                body.append(Text(line, style="cyan"))
        parts.append(Padding(Group(*body), (0, 0, 1, 2)))

    coming_lines = [
        upcoming_text(c, lang) + (f" ({t(lang, 'upcoming.tentative')})" if c.tentative else "")
        for c in upcoming_meetings(meeting)
    ]
    if len(coming_lines) == 1:
        parts.append(Text(f"{document_word(lang, 'show.next')}: {coming_lines[0]}", style="bold"))
    elif coming_lines:  # "Kommande möten", one line each
        parts.append(Text(f"{t(lang, 'upcoming.heading')}:", style="bold"))
        parts += [Text(f"  • {line}") for line in coming_lines]
    if header.actual_start:
        real = f"{long_date(header.actual_start.date(), lang)} {clock(header.actual_start, lang)}"
        if header.actual_end:
            real += f"-{clock(header.actual_end, lang)}"
        parts.append(Text(real, style="dim"))

    secretary = meeting.secretary
    verifiers = [p.name for v in header.verifiers if (p := meeting.person(v))]
    sign = Table.grid(padding=(0, 6))
    sign.add_column()
    sign.add_column()
    signed = document_word(
        lang, "show.signed.protokoll" if header.kind.value == "protokoll" else "show.signed"
    )
    sign.add_row(
        Text(signed, style="bold"), Text(document_word(lang, "show.verified"), style="bold")
    )
    sign.add_row(secretary.name if secretary else "", ", ".join(verifiers))
    parts.append(Padding(sign, (1, 0)))
    return Group(*parts)
