"""The demo meeting: the reference minutes (shared/seeds) rebuilt in the model.

Södertörnskommunernas ledningsgrupp, Friday 6 May 2022, 8.30-11.00. The meeting is
replayed through the live operations with plausible clock times, so its event log,
item timers and attendance look like a meeting that was really minuted with the app.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from model import live
from model.agenda import AgendaItem
from model.attendance import roster_copy
from model.enums import AttendanceStatus, DocumentKind, ItemKind, Language, Role
from model.ids import new_id
from model.meeting import Meeting, MeetingHeader
from model.people import Attendance
from model.presence import mark_presence
from model.procedure_settings import carried_settings

BODY = "Södertörnskommunernas ledningsgrupp"
RULES = (
    "Om man inte deltar på mötet och inte har meddelat avvikande uppfattning i förväg "
    "innebär det att man står bakom de beslut som fattas på mötet."
)

# name, organisation, role, status
ROSTER: list[tuple[str, str, Role, AttendanceStatus]] = [
    ("Magnus Gyllestad", "Haninge", Role.CHAIR, AttendanceStatus.PRESENT),
    ("Camilla Broo", "Huddinge", Role.MEMBER, AttendanceStatus.PRESENT),
    ("Frida Nilsson", "Nykvarn", Role.MEMBER, AttendanceStatus.REMOTE),
    ("Carolina Pettersson", "Nynäshamn", Role.MEMBER, AttendanceStatus.PRESENT),
    ("Stefan Hollmark", "Södertälje", Role.MEMBER, AttendanceStatus.REMOTE),
    ("Helene Olofsson", "Södertörns kommunerna", Role.OFFICIAL, AttendanceStatus.PRESENT),
    ("Anna Söderström", "Södertörns kommunerna", Role.SECRETARY, AttendanceStatus.PRESENT),
    ("Leif Eriksson", "Botkyrka", Role.MEMBER, AttendanceStatus.ABSENT),
    ("Mats Bergström", "Salem", Role.MEMBER, AttendanceStatus.ABSENT),
    ("Elin Waltersson", "Tyresö", Role.MEMBER, AttendanceStatus.ABSENT),
]

# number, title, kind, presenter, planned minutes
AGENDA: list[tuple[str, str, ItemKind, str, int]] = [
    ("1", "Välkommen", ItemKind.OPENING, "Magnus Gyllestad", 5),
    ("2", "Utestående ärenden och föregående möten", ItemKind.OUTSTANDING, "Magnus Gyllestad", 5),
    ("3", "Kommande möten", ItemKind.REGULAR, "Helene Olofsson", 20),
    ("4", "Verksamhetsplan och budget", ItemKind.REGULAR, "Helene Olofsson", 15),
    ("5", "Nytt utvecklingsprogram", ItemKind.REGULAR, "Helene Olofsson", 45),
    ("6", "Aktuella remisser", ItemKind.REGULAR, "Helene Olofsson", 5),
    ("7", "Södertörnskonferensen", ItemKind.REGULAR, "Helene Olofsson", 10),
    ("8", "Tvärförbindelse Södertörn", ItemKind.REGULAR, "Helene Olofsson", 15),
    ("9", "Aktuellt från nätverken", ItemKind.REGULAR, "Helene Olofsson", 10),
    ("10", "Övriga frågor", ItemKind.ANY_OTHER_BUSINESS, "", 10),
    ("11", "Nästa möte", ItemKind.NEXT_MEETING, "Magnus Gyllestad", 5),
]

SUB_ITEMS: dict[str, list[tuple[str, str, str]]] = {
    "3": [
        (
            "Möte med Region Stockholm",
            "Carina Lundberg Uudelepp, David Lagneholm och Anton Västberg",
            "Vi har fått två förslag på mötestider från Carina Lundberg Uudelepp och David "
            "Lagneholm. Ledningsgruppen väljer den 15 juni kl 11.00-12.00. Helene Olofsson "
            "tillfrågar Anton Västberg om även han har möjlighet att delta. Helene visar "
            "tidigare dagordningen till mötet som blev inställt i mars. Till stor del fungerar "
            "den även till mötet den 15 juni med vissa justeringar beroende på om Anton "
            "Västberg närvarar eller inte.",
        ),
        (
            "Möte med Trafikverket",
            "Helena Sundberg",
            "Förslag att förlägga mötet med Helena Sundberg till ledningsgruppens möte den 17 "
            "juni. Inbjudan är skickad men hon har inte återkopplat än.\n\n"
            "Ledningsgruppen önskar mötet under förutsättning att regeringen vid tidpunkten har "
            "beslutat om Nationell plan. Om beslutet ännu inte fattats kan mötet förläggas till "
            "efter sommaren.\n\n"
            "Diskussion kring mötets syfte och resultat.\n\n"
            "Magnus sammanfattar diskussionen: Ledningsgruppen önskar liknande dagordning som "
            "tidigare möte med tillägget att eventuellt även få fördjupad kunskap och förståelse "
            "för hur Trafikverkets prioriteringar görs. Detta i syfte att förstå processen bättre.",
        ),
        (
            "Ledningsgruppens planeringskonferens",
            "",
            "Förslag på dag (eftermiddag): 1 september, 8 september eller 15 september. "
            "Ledningsgruppen förordar den 1 september.",
        ),
        (
            "Ledningsgruppens möte 21 oktober",
            "",
            "Mötet krockar med Kommundirektörsföreningens höstkonferens. Mötet flyttas till den "
            "28 oktober.",
        ),
        (
            "Samarbetskommitténs möte 8 december",
            "",
            "Mötet krockar med Sverigeförhandlingens möte. Detta berör endast Huddinge kommun. "
            "Samarbetskommitténs möte genomförs den 8 december.",
        ),
    ],
    "5": [
        (
            "Sammanställning och presentation av resultat från Samarbetskommitténs "
            "planeringskonferens.",
            "",
            "",
        ),
        ("Förslag på tillvägagångssätt för att välja fokusområden.", "", ""),
        ("Beslut för processen framåt.", "", ""),
    ],
}

NOTES: dict[str, str] = {
    "1": "Magnus Gyllestad hälsar välkommen.\n\n"
    "[övriga frågor]\n\n"
    "Magnus Gyllestad förtydligar ledningsgruppens spelregler:",
    "2": "Inga kommentarer angående minnesanteckningar från föregående möte med ledningsgruppen "
    "den 21 januari och samarbetskommitténs planeringskonferens den 31 mars. Dessa "
    "minnesanteckningar läggs till handlingarna.",
    "4": "Helene Olofsson lämnar kort status på verksamhetsplanens aktiviteter.\n\n"
    "Nätverket för klimatstrategier: Samverkar med BioDriv Öst. Fokus under året är att sprida "
    "resultat och kunskap i syfte att alla kommuner ska kunna nyttja de underlag och material "
    "som tagits fram i form av rapporter, upphandlingsmall för kravställning och uppföljning av "
    "klimat- och miljökrav i upphandlingar. Inom elektrifieringslöftet kommer Nykvarn ansöka om "
    "statligt stöd för en elektrifieringspilot.\n\n"
    "Våra fem prioriterade objekt: Tvärförbindelse Södertörn är grönmarkerad. Helene Olofsson "
    "återkommer med rapportering under punkt 8.\n\n"
    "Diskussion kring att en plan för aktiviteter för övriga fyra prioriterade objekt behövs för "
    "att nå framgång samt vara proaktiva med underlag som handlar om behov och brister i "
    "infrastruktur, till exempel kopplat till regionala cykelstråk eller regional busstrafik "
    "(stombuss).\n\n"
    "Analys av eleffektsituationen är ännu inte påbörjad.\n\n"
    "Nätverket för näringslivschefer kommer inom kort att starta arbetet med gemensamma "
    "NKI-analyser samt eventuell beställning av en eller flera näringslivsanalyser.\n\n"
    "Fokusområdet funktionell samordning: Södertörnskonferensen är genomförd och hemsidan "
    "sodertornskommunerna.se uppdateras löpande. Varje ny medlem i Södertörnssamverkan får en "
    "introduktion till Södertörnssamarbetet enligt framtaget introduktionsmaterial. Arbetet med "
    "det nya utvecklingsprogrammet är påbörjat.",
    "5": "Helene Olofsson presenterar tidplanen och processen för det nya utvecklingsprogrammet, "
    "målstruktur, justerad beslutsbild samt lyfter de tre principer som redovisades på "
    "samarbetskommitténs planeringskonferens den 31 mars;\n\n"
    "- Huvudregeln är att en genomförandeorganisation ska kopplas till alla fokusområden.\n"
    "- Prioriterade målområden ska vara av långsiktig karaktär så att samverkan kan antas pågå "
    "under hela mandatperioden.\n"
    "- Målen ska visa på ett tydligt mervärde att samverka.\n\n"
    "Helene Olofsson redovisar också en sammanfattning och analys av de inspel som varje kommun "
    "redogjorde för på planeringskonferensen.\n\n"
    "*Ordet lämnas fritt.*\n\n"
    "Magnus Gyllestad summerar diskussionen med att alla delar bilden av att redovisningen "
    "sammanfattar det som sas på planeringskonferensen.\n\n"
    "Helene Olofsson presenterar tre förslag på tillvägagångssätt för att enas om fokusområden;\n\n"
    "- Fokuserad samverkan\n"
    "- Bibehållen samverkan med justeringar\n"
    "- Breddad samverkan.\n\n"
    "*Magnus Gyllestad lämnar ordet fritt för diskussion.*\n\n"
    "De tre förslagen diskuterades ur flera perspektiv och under diskussionen analyserades bland "
    "annat konsekvenser av de olika förslagen.\n\n"
    "*Magnus Gyllestad sammanfattar diskussionen.*",
    "6": "Just nu har vi inga remisser som ska besvaras. Hittills i år har Södertörnskommunerna "
    "besvarat två remisser gemensamt.",
    "7": "Helene Olofsson återkopplar deltagande, ekonomi och utvärdering från "
    "Södertörnskonferensen den 6 april i Stockholm Norvik Hamn.\n\n"
    "Cirka 40 personer deltog på plats och cirka 60 personer digitalt.\n\n"
    "Vi tackar Stockholms Hamnar för lån av fin lokal och Huddinge kommun för all hjälp från "
    "moderator. Maria Bratt Börjesson var mycket uppskattad som föreläsare/samtalsledare. "
    "Utvärderingen visade på höga betyg både från de som deltog på plats och de som deltog "
    "digitalt.\n\n"
    "Ledningsgruppen tackar för en väl genomförd konferens.",
    "8": "Istället delges nedanstående information via dessa minnesanteckningar:\n\n"
    "## Om uppdraget\n\n"
    "- Uppdrag: Säkra att Tvärförbindelse Södertörn får full finansiering i den nationella planen "
    "genom påverkansarbete tillsammans med fler aktörer.\n"
    "- Första möte med Handelskammaren, Stockholms Hamnar, Stockholm stad och Trafikverket "
    "(utgör styrgrupp) den 23 april 2021.\n"
    "- Helene Olofsson får i uppdrag att sätta samman en arbetsgrupp som ska ta fram en "
    "kommunikationsplan och genomföra aktiviteter.\n"
    "- 1 oktober 2021 fastställs kommunikationsplan inkl budskap, bilder med mera.\n\n"
    "## Vad har vi gjort?\n\n"
    "- Kommunikationsplan inkl budskap, bilder, ppt-material, filmer som stöd för alla.\n"
    "- Södertörns gemensamt remissyttrande nationell plan.\n"
    "- Öppet brev till infrastrukturministern (tillsammans med Stockholms Handelskammare).\n"
    "- Remissmall till stöd för näringslivet.\n"
    "- Södertörnskonferensen med infrastrukturplaneringen som tema.\n"
    "- Annonsbilaga i Dagens Industri.\n"
    "- Samt flera aktiviteter arrangerade i respektive kommun till exempel digitalt Almedalen i "
    "Haninge juni 2021, Arena Huddinge-arrangemang, info i nyhetsbrev",
    "10": "Helene Olofsson hälsar från Gustav Hemming att Region Stockholm gärna ser fler "
    "ansökningar från Södertörns kommunerna om medfinansiering från länsplanen.\n\n"
    "Helene Olofsson redovisar de synpunkter som blivit omhändertagna i länsplanen som Region "
    "Stockholm nu skickat till regeringen. När regeringen fastställt nationell plan ges också "
    "besked till regionerna om de definitiva ramarna för länsplanerna. Fastställande av länsplan "
    "kommer att ske senare under hösten och sker i Region Stockholms Regionfullmäktige.\n\n"
    "Bland de justeringar som är gjorda kan nämnas att 2 miljoner kr finns avsatta för utredning "
    "av väg 226 Flemingsberg. Ett helt nytt objekt *Utrymme för framtida investeringar i "
    "bytespunkter* är tillagt med medel under senare delen av planperioden. Vidare är "
    "skrivningarna som är kopplade till Gullmarsplan aningen tydligare och åtgärdsområde Enskilda "
    "vägar har fått lite mer medel. Övergripande är länsplanen förtydligad med redovisning av "
    "tabeller för medel från trängselskatten.\n\n"
    "För information har en så kallad Behovsanalys nyligen startat kopplad till bytespunkt "
    "Gullmarsplan. Haninge, Tyresö och Nynäshamn kommer bli inbjudna till separata möten.",
    "11": "Magnus Gyllestad tackar Carolina Pettersson som efter detta möte lämnar sin tjänst som "
    "kommundirektör i Nynäshamns kommun. Hennes tillfälliga efterträdare blir Petra Kålbäck.\n\n"
    "Den 15 augusti välkomnar vi Cynthia Runefjärd ledningsgruppen som då tillträder som ny "
    "kommundirektör i Tyresö kommun.\n\n"
    "Magnus Gyllestad tackar för engagerade och bra diskussioner och avslutar mötet.",
}

# title, raised by
ANY_OTHER_BUSINESS: list[tuple[str, str]] = [
    (
        "Region Stockholm ser gärna fler ansökningar från Södertörns kommunerna om "
        "medfinansiering från länsplanen.",
        "Helene Olofsson",
    ),
    (
        "Inskickat remissvar till Länsstyrelsen: Hur har våra synpunkter omhändertagits?",
        "Helene Olofsson",
    ),
    ("Fördelningstal.", "Carolina Pettersson"),
    ("Budget och uppdrag Södertörns Brandförsvarsförbund.", "Magnus Gyllestad"),
]

DECISIONS: list[str] = [
    "Ledningsgruppen beslutade att lämna förslaget Fokuserad samverkan - Infrastruktur "
    "(förslag nr 1) till samarbetskommitténs möte den 19 maj.",
    "Ledningsgruppen föreslår att ett utredningsuppdrag för Trygghet som ett potentiellt nytt "
    "fokusområde genomförs.",
    "Ledningsgruppen beslutade att förslaget på omfattning, innehåll och struktur på dokumentet, "
    "Södertörns utvecklingsprogram föreslås till samarbetskommitténs nästa möte den 19 maj. Det "
    "vill säga att dokumentet bör ha liknande omfattning som nuvarande, hellre mindre än större "
    "omfång.",
]

MEETING_DAY = date(2022, 5, 6)
# minutes after 8.30 at which each item starts (the meeting ran 8.30-11.00)
ITEM_STARTS = [0, 9, 14, 38, 55, 125, 131, 143, 143, 143, 147]
#: the tabling sentence the reference minutes use where it is not the standard one
TABLED_AS = {"9": "Punkten bordläggs på grund av tidsbrist."}
LATE_ARRIVALS = {"Frida Nilsson": "2", "Stefan Hollmark": "4"}


def demo_meeting() -> Meeting:
    """Build the reference meeting, replayed through the live operations."""
    start = datetime.combine(MEETING_DAY, time(8, 30))

    def at(minutes: float) -> datetime:
        return start + timedelta(minutes=minutes)

    header = MeetingHeader(
        id=new_id(),
        body=BODY,
        kind=DocumentKind.NOTES,
        language=Language.SV,
        title="Minnesanteckningar från Södertörnskommunernas ledningsgrupp",
        date=MEETING_DAY,
        planned_start=time(8, 30),
        planned_end=time(11, 0),
        place="Huddinge kommunhus lokal Valhall",
        remote="Teams",
        rules=RULES,
        next_date=date(2022, 6, 17),
        next_start=time(8, 30),
        next_end=time(11, 0),
        next_place="Huddinge kommunhus, lokal Valhall alt digitalt",
    )
    meeting = Meeting(header=header)
    people = {
        name: Attendance(id=new_id(), name=name, organisation=org, role=role, position=index)
        for index, (name, org, role, _status) in enumerate(ROSTER)
    }
    meeting.attendance.extend(people.values())
    items = {}
    for index, (number, title, kind, presenter, planned) in enumerate(AGENDA):
        item = live.add_item(meeting, title, at(-15), presenter=presenter)
        item.number, item.kind, item.planned_minutes, item.position = (
            number,
            kind,
            planned,
            (index + 1) * 10,
        )
        items[number] = item
        for sub_title, sub_presenter, sub_notes in SUB_ITEMS.get(number, []):
            sub = live.add_sub_item(meeting, item.id, sub_title, at(-15), presenter=sub_presenter)
            sub.notes = sub_notes
    header.verifiers = [people["Helene Olofsson"].id]

    live.start_meeting(meeting, at(0))
    for name, _org, _role, status in ROSTER:
        if name not in LATE_ARRIVALS:
            live.set_attendance(meeting, people[name].id, status, at(1))
    remote_status = {name: status for name, _o, _r, status in ROSTER}

    for (number, *_rest), minute in zip(AGENDA, ITEM_STARTS, strict=True):
        item = items[number]
        if number in ("8", "9"):
            live.go_to_item(meeting, item.id, at(minute))
            item.notes = NOTES.get(number, "")
            # item 9 in the reference says "bordläggs": the secretary's own sentence
            sentence = TABLED_AS.get(number, "")
            live.table_item(meeting, item.id, at(minute), sentence=sentence)
            continue
        live.go_to_item(meeting, item.id, at(minute))
        for name, arrival in LATE_ARRIVALS.items():
            if arrival == number:
                person = people[name]
                live.set_attendance(meeting, person.id, remote_status[name], at(minute + 2))
                mark_presence(meeting, person.id, at(minute + 2), arrived=True)
        item.notes = NOTES.get(number, "")
        if number == "1":
            for title, raiser in ANY_OTHER_BUSINESS:
                live.add_any_other_business(meeting, title, people[raiser].id, at(3))
        if number == "3":
            region = meeting.sub_items(item.id)[0]
            live.add_action(
                meeting,
                region.id,
                "Tillfråga Anton Västberg om han har möjlighet att delta i mötet med "
                "Region Stockholm den 15 juni.",
                at(minute + 6),
                owner=people["Helene Olofsson"].id,
                due=date(2022, 6, 15),
            )
        if number == "5":
            for offset, text in enumerate(DECISIONS):
                live.add_decision(meeting, item.id, text, at(minute + 60 + offset))
    live.end_meeting(meeting, at(150))
    return meeting


def demo_agenda(done: Meeting | None = None, on: datetime | None = None) -> Meeting:
    """A demo meeting before it is minuted: same roster, agenda (with its § numbers),
    sub-items and body settings (item times, quorum rule, seconding), nothing else.

    Attendance is unknown, no item has notes, times, decisions or actions, there are no
    any-other-business items yet and the meeting is a draft: ready to be minuted live.
    ``done`` is the finished meeting to copy (its people keep their ids, as a body's
    roster does); ``on`` moves the practice meeting to that day, starting at that time
    (rounded down to the half hour), so its clocks and projected end make sense now.
    """
    done = done or demo_meeting()
    header = done.header
    fresh = MeetingHeader(
        id=new_id(),
        body=header.body,
        kind=header.kind,
        language=header.language,
        title=header.title,
        date=header.date,
        planned_start=header.planned_start,
        planned_end=header.planned_end,
        place=header.place,
        remote=header.remote,
        rules=header.rules,
        item_times=header.item_times,  # the body's settings come with the agenda
        quorum=header.quorum,
        extra=carried_settings(header),
    )
    if on is not None:
        _move_to(fresh, on)
    meeting = Meeting(header=fresh, attendance=roster_copy(done.people))
    agenda_ids = {i.id for i in done.agenda}
    # fresh item ids: items belong to one meeting; people keep theirs (the body's roster)
    new_ids = {i.id: new_id() for i in done.items}
    for item in sorted(done.items, key=lambda i: i.position):
        if item.deleted or (item.parent is not None and item.parent not in agenda_ids):
            continue
        if item.origin.value != "agenda":
            continue
        meeting.items.append(
            AgendaItem(
                id=new_ids[item.id],
                title=item.title,
                number=item.number,
                parent=new_ids[item.parent] if item.parent else None,
                position=item.position,
                kind=item.kind,
                presenter=item.presenter,
                planned_minutes=item.planned_minutes,
                paragraph=item.paragraph,
            )
        )
    return meeting


def _move_to(header: MeetingHeader, on: datetime) -> None:
    """Plan the meeting for ``on``: same length, starting at the last half hour."""
    length = timedelta(minutes=150)
    if header.planned_start and header.planned_end:
        day = header.date or MEETING_DAY
        start_at = datetime.combine(day, header.planned_start)
        length = datetime.combine(day, header.planned_end) - start_at
    start = on.replace(minute=0 if on.minute < 30 else 30, second=0, microsecond=0)
    end = min(start + length, start.replace(hour=23, minute=59))
    header.date, header.planned_start, header.planned_end = start.date(), start.time(), end.time()
