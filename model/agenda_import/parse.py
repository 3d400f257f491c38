"""Finding the agenda items in clean lines: numbers, nesting, presenters, durations, kinds.

The parser walks the lines once. A line that starts like an item ("1.", "1)", "§ 3",
"3 a", "A.", "a)", "2.1", "- ") is accepted only where it fits: the next number of an
open list, or the first number of a list one level deeper. Everything else is text
under the item before it. That keeps report text such as "I. Budget" or a numbered
list of links far below item 6 from becoming agenda items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time

from model.enums import ItemKind

MAX_DESCRIPTION = 1500  # characters of text kept under an item; the rest is reported

_DOTTED = re.compile(r"^(?P<n>\d{1,3}(?:\.\d{1,3})+)\.?\s+(?P<t>\S.*)$")
_PARAGRAPH = re.compile(r"^§§?\s*(?P<n>\d{1,4})(?:\s?(?P<s>[a-z]))?\s*[.):]?\s+(?P<t>\S.*)$")
_ARABIC = re.compile(r"^(?P<n>\d{1,3})(?:\s?(?P<s>[a-z]))?\s*[.)]\s*(?P<t>\S.*)$")
_ARABIC_SUFFIX = re.compile(r"^(?P<n>\d{1,3})\s(?P<s>[a-z])\s+(?P<t>\S.*)$")
_UPPER = re.compile(r"^(?P<n>[A-Z]{1,2})[.)]\s+(?P<t>\S.*)$")
_LOWER = re.compile(r"^(?P<n>[a-z])[.)]\s+(?P<t>\S.*)$")
_BULLET = re.compile(r"^[-*•+–]\s+(?P<t>\S.*)$")
_HEADING = re.compile(r"^#{1,6}\s+(?P<t>\S.*)$")


@dataclass
class ImportedItem:
    """One item understood from an agenda; ``depth`` 0 is an item, 1 a sub-item."""

    title: str
    number: str = ""
    depth: int = 0
    paragraph: str = ""  # "§ 3" when the agenda numbers its items with §
    presenter: str = ""
    planned_minutes: int | None = None
    planned_start: time | None = None
    planned_end: time | None = None
    kind: ItemKind = ItemKind.REGULAR
    description: str = ""
    line: int = 0  # 1-based line in the source, for the preview


@dataclass
class _Candidate:
    indent: int
    style: str  # para, arabic, upper, lower, bullet, dotted
    value: int
    suffix: str
    title: str
    label: str


@dataclass
class _Level:
    indent: int
    style: str
    value: int
    item: ImportedItem
    children_start: int = 0


@dataclass
class ParseResult:
    items: list[ImportedItem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    flattened: int = 0


def _letters_value(label: str) -> int:
    value = 0
    for char in label.upper():
        value = value * 26 + (ord(char) - 64)
    return value


def candidate(line: str) -> _Candidate | None:
    """The item a line starts, if it starts one."""
    stripped = line.strip()
    indent = len(line) - len(line.lstrip(" "))
    if not stripped or stripped.startswith(">"):
        return None
    if match := _DOTTED.match(stripped):
        parts = match["n"].split(".")
        return _Candidate(indent, f"dotted{len(parts)}", int(parts[-1]), "", match["t"], match["n"])
    if match := _PARAGRAPH.match(stripped):
        suffix = match["s"] or ""
        return _Candidate(indent, "para", int(match["n"]), suffix, match["t"], match["n"])
    for pattern in (_ARABIC, _ARABIC_SUFFIX):
        if match := pattern.match(stripped):
            suffix = match["s"] or ""
            return _Candidate(indent, "arabic", int(match["n"]), suffix, match["t"], match["n"])
    if match := _UPPER.match(stripped):
        return _Candidate(indent, "upper", _letters_value(match["n"]), "", match["t"], match["n"])
    if match := _LOWER.match(stripped):
        return _Candidate(indent, "lower", _letters_value(match["n"]), "", match["t"], match["n"])
    if match := _BULLET.match(stripped):
        return _Candidate(indent, "bullet", 0, "", match["t"], "")
    return None


def top_style(lines: list[str]) -> str | None:
    """The numbering of the agenda's items: § over 1. over A. over bullets."""
    counts: dict[str, int] = {}
    for line in lines:
        found = candidate(line)
        if found is not None:
            counts[found.style] = counts.get(found.style, 0) + 1
    for style in ("para", "arabic", "upper", "bullet"):
        if counts.get(style, 0) >= 2:
            return style
    if counts:
        return max(counts, key=lambda s: counts[s])
    return None


def _continues(level: _Level, found: _Candidate) -> bool:
    """Whether ``found`` is the next sibling after ``level``'s last item."""
    if found.style != level.style or abs(found.indent - level.indent) > 2:
        return False
    if found.style == "bullet":
        return True
    if found.suffix:  # "17 a" after "17" (or after "17 a")
        return found.value == level.value
    return level.value < found.value <= level.value + 3


def _starts_list(found: _Candidate) -> bool:
    return found.style == "bullet" or found.value == 1 or found.style.startswith("dotted")


def parse_lines(lines: list[str], style: str) -> ParseResult:
    """Items of one agenda whose top-level items are numbered in ``style``."""
    result = ParseResult()
    stack: list[_Level] = []
    current: ImportedItem | None = None
    last_was_item = False
    description: list[str] = []
    dropped_text = 0

    def flush() -> None:
        nonlocal description, dropped_text
        if current is not None and description:
            text = "\n".join(description).strip()
            if len(text) > MAX_DESCRIPTION:
                dropped_text += len(text) - MAX_DESCRIPTION
                text = text[:MAX_DESCRIPTION].rstrip() + " …"
            current.description = text
        description = []

    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        found = candidate(line) if stripped else None
        placed = _place(stack, found, style, bool("".join(description))) if found else None
        if found is None or placed is None:
            if not stripped:
                last_was_item = False
                if description:
                    description.append("")
                continue
            heading = _HEADING.match(stripped)
            text = heading["t"] if heading else stripped.lstrip("> ").strip()
            if current is None:
                if text:
                    result.skipped.append(f"line {number}: {text[:70]}")
                continue
            quoted = stripped.startswith(">")  # a quote under an item is its text
            if last_was_item and not description and not quoted and _wraps(current, line, stack):
                current.title = f"{current.title} {text}"
                continue
            last_was_item = False
            description.append(text)
            continue
        flush()
        depth, parent_number = placed
        item = _item(found, depth, parent_number, number)
        if depth > 1:
            result.flattened += 1
        result.items.append(item)
        stack.append(_Level(found.indent, found.style, found.value, item))
        current = item
        last_was_item = True
    flush()
    if dropped_text:
        result.skipped.append(f"{dropped_text} characters of long item texts")
    return result


def _place(
    stack: list[_Level], found: _Candidate, style: str, after_text: bool
) -> tuple[int, str] | None:
    """Where ``found`` goes: (depth, number of its top-level item), or None if not an item.

    Pops the stack to the level the candidate continues; leaves the stack untouched when
    the line is not an item. A new, deeper list must follow its item directly: a list
    inside the text under an item (``after_text``) is part of that text.
    """
    for depth in range(len(stack) - 1, -1, -1):
        if _continues(stack[depth], found) and (depth > 0 or found.style == style):
            del stack[depth:]
            return depth, (stack[0].item.number if stack else "")
    if not stack:
        return (0, "") if found.style == style else None
    top = stack[-1]
    deeper = found.indent > top.indent or (
        found.style != top.style and found.style != style and found.indent >= top.indent
    )
    inside_text = after_text and found.style == "bullet"
    if deeper and not inside_text and _starts_list(found) and found.style != "para":
        return len(stack), stack[0].item.number
    return None


def _wraps(item: ImportedItem, line: str, stack: list[_Level]) -> bool:
    """A line right under an item's title that continues a title wrapped by the author."""
    indent = len(line) - len(line.lstrip(" "))
    return bool(stack) and indent > stack[-1].indent and len(item.title) >= 45


def _item(found: _Candidate, depth: int, parent: str, line: int) -> ImportedItem:
    title, presenter, minutes, start, end = split_title(found.title)
    number = found.label
    if found.suffix:
        number = f"{found.label} {found.suffix}"
    if depth > 0 and found.style in ("arabic", "bullet") and parent:
        number = f"{parent}.{found.value}" if found.style == "arabic" else ""
    if found.style.startswith("dotted"):
        number = found.label
    item = ImportedItem(
        title=title,
        number=number,
        depth=min(depth, 1),
        paragraph=f"§ {number}" if found.style == "para" and depth == 0 else "",
        presenter=presenter,
        planned_minutes=minutes,
        planned_start=start,
        planned_end=end,
        kind=item_kind(title) if depth == 0 else ItemKind.REGULAR,
        line=line,
    )
    return item


# -- presenter, duration, kind ----------------------------------------------------------

_CLOCK = r"(\d{1,2})[.:](\d{2})"
_SPAN = re.compile(
    rf"(?:\(\s*)?(?:kl\.?\s*|klockan\s+)?{_CLOCK}\s*[-–—]\s*{_CLOCK}(?:\s*\))?", re.I
)
_MINUTES = re.compile(
    r"[,;–—-]?\s*\(?\s*(\d{1,3})\s*(min(?:uter|utes|s|\.)?|tim(?:me|mar)?|h|hours?|std\.?|Std\.?)"
    r"(?![\w])\s*\)?",
    re.I,
)
_BARE_MINUTES = re.compile(
    r"[,;–—-]?\s*(\d{1,3})\s*(min(?:uter|utes|s|\.)?|tim(?:me|mar)?|h|hours?|std\.?)\s*$", re.I
)
_NAME_WORD = re.compile(r"^(?:[A-ZÅÄÖÜÉ][\w'’.-]*|von|van|de|af|och|and|und|&|/|,)$")
_PAREN_END = re.compile(r"\s*[\(\[]([^()\[\]]{1,80})[\)\]]\s*$")
_DASH_NAME = re.compile(r"^(?P<t>.+?)\s+[-–—]\s+(?P<p>[^-–—]{2,60})$")


def _amount(match: re.Match[str]) -> int:
    amount, unit = int(match.group(1)), match.group(2).lower()
    return amount * 60 if unit.startswith(("h", "tim", "std")) else amount


def _looks_like_names(text: str) -> bool:
    words = text.replace(",", " , ").split()
    real = [w for w in words if w not in (",", "&", "/", "och", "and", "und")]
    return 0 < len(real) <= 8 and all(_NAME_WORD.match(w) for w in words)


def split_title(raw: str) -> tuple[str, str, int | None, time | None, time | None]:
    """Title, presenter, planned minutes, planned start and end from an item's line."""
    title = " ".join(raw.split())
    start = end = None
    minutes: int | None = None
    span = _SPAN.search(title)
    if span:
        h1, m1, h2, m2 = (int(g) for g in span.groups())
        if h1 < 24 and h2 < 24 and m1 < 60 and m2 < 60:
            start, end = time(h1, m1), time(h2, m2)
            minutes = max(0, (h2 * 60 + m2) - (h1 * 60 + m1)) or None
            title = (title[: span.start()] + title[span.end() :]).strip(" ,;–—-")
    presenter = ""
    for _ in range(3):  # "(Anna, 10 min)", "- Anna (10 min)", "Anna, 10 min"
        paren = _PAREN_END.search(title)
        if paren and not presenter:
            inner = paren.group(1).strip(" ,")
            inner_minutes = _MINUTES.search(inner)
            if inner_minutes:
                minutes = _amount(inner_minutes)
                inner = (inner[: inner_minutes.start()] + inner[inner_minutes.end() :]).strip(" ,")
            if not inner or _looks_like_names(inner):
                presenter = inner
                title = title[: paren.start()].strip()
                continue
        duration = _BARE_MINUTES.search(title)
        if duration:
            minutes = _amount(duration)
            title = title[: duration.start()].strip(" ,;")
            continue
        dash = _DASH_NAME.match(title)
        if dash and not presenter and _looks_like_names(dash["p"].strip()):
            presenter = dash["p"].strip()
            title = dash["t"].strip()
            continue
        break
    title = title.strip(" :") or raw.strip()
    if title[:1] in "åäö":  # a title starts with a capital; lost ones come back lower-case
        title = title[:1].upper() + title[1:]
    return title, presenter, minutes, start, end


_KINDS: list[tuple[ItemKind, re.Pattern[str]]] = [
    (
        ItemKind.ANY_OTHER_BUSINESS,
        re.compile(
            r"^(?:övriga\s+frågor|övrigt|ovrigt|any\s+other\s+business|aob|other\s+business"
            r"|verschiedenes|sonstiges|varia)\b",
            re.I,
        ),
    ),
    (
        ItemKind.NEXT_MEETING,
        re.compile(
            r"^(?:nästa\s+möte|kommande\s+möte(?!n)|next\s+meeting(?!s)|date\s+of\s+(?:the\s+)?next"
            r"|nächste\s+sitzung|nächster\s+termin|termin\b|termine\b)",
            re.I,
        ),
    ),
    (
        ItemKind.PREVIOUS_MINUTES,
        re.compile(
            r"(?:föregående\s+(?:mötes)?(?:protokoll|minnesanteckningar|möte)"
            r"|minutes\s+(?:of|from)\s+(?:the\s+)?(?:previous|last)|approval\s+of\s+(?:the\s+)?"
            r"(?:previous\s+)?minutes|protokoll\w*\s+(?:der|des)\s+letzten|genehmigung\s+des\s+"
            r"protokolls|protokollgenehmigung)",
            re.I,
        ),
    ),
    (
        ItemKind.OUTSTANDING,
        re.compile(
            r"(?:utestående|uppföljning\s+av\s+(?:beslut|uppdrag)|beslutsuppföljning"
            r"|outstanding|action\s+items|matters\s+arising|offene\s+punkte)",
            re.I,
        ),
    ),
    (
        ItemKind.VERIFIERS,
        re.compile(
            r"^(?:val\s+av\s+(?:två\s+|en\s+)?(?:protokoll)?juster\w*|justerare\b"
            r"|election\s+of\s+.*(?:verif|check|sign)\w*\s+(?:of\s+)?the\s+minutes"
            r"|(?:wahl\s+der\s+)?protokollprüf|wahl\s+eines?\s+protokollf)",
            re.I,
        ),
    ),
    (
        ItemKind.OFFICERS,
        re.compile(
            r"^(?:val\s+av\s+(?:mötes(?:ordförande|sekreterare)|(?:ordförande|sekreterare)"
            r"(?:\s+och\s+(?:ordförande|sekreterare))?\s+för\s+(?:års|stäm|stor)?mötet)"
            r"|election\s+of\s+(?:a\s+|the\s+)?(?:meeting\s+)?(?:chair|secretary)\w*"
            r"(?:\s+(?:and|&)\s+(?:chair|secretary)\w*)?\s+(?:of|for)\s+the\s+meeting"
            r"|wahl\s+(?:der|des)\s+(?:sitzungs|versammlungs)leit)",
            re.I,
        ),
    ),
    (
        ItemKind.AGENDA_APPROVAL,
        re.compile(
            r"^(?:(?:fastställ\w*|godkänn\w*)\s+av\s+(?:dagordning|föredragningslista)"
            r"|dagordning(?:en)?\s+(?:fastställs|godkänns)"
            r"|(?:approval|adoption)\s+of\s+(?:the\s+)?agenda|approve\s+(?:the\s+)?agenda"
            r"|(?:genehmigung|feststellung)\s+der\s+tagesordnung)",
            re.I,
        ),
    ),
    (
        ItemKind.OPENING,
        re.compile(
            r"^(?:välkommen|mötet?s?\s+öppna\w*|öppnande|mötets\s+öppnande|welcome|opening"
            r"|call\s+to\s+order|begrüßung|eröffnung)",
            re.I,
        ),
    ),
    (
        ItemKind.CLOSING,
        re.compile(
            r"^(?:mötet?s?\s+avslut\w*|avslutning|adjournment|adjourn|close\s+of|closing"
            r"|schluss|ende\s+der|sitzungsende)",
            re.I,
        ),
    ),
]


def item_kind(title: str) -> ItemKind:
    """The standing role of an item from its title, in Swedish, English or German."""
    for kind, pattern in _KINDS:
        if pattern.search(title.strip()):
            return kind
    return ItemKind.REGULAR
