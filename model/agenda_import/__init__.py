"""Importing an agenda: from text to agenda items, with a report of what was left out.

Pure Python. Office formats (docx, odt, html) are turned into text by pandoc in
``export.readers``, which then calls ``parse_agenda`` here; .txt and .md are read here.

    agenda = import_text_file(path)          # or export.readers.read_agenda(path)
    agenda.items                             # ImportedItem, editable in a preview
    items = agenda_items(agenda)             # AgendaItem records with fresh ids
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from model.agenda import AgendaItem
from model.agenda_import.facts import MeetingFacts, meeting_facts
from model.agenda_import.parse import (
    ImportedItem,
    ParseResult,
    candidate,
    item_kind,
    parse_lines,
    split_title,
    top_style,
)
from model.agenda_import.text import clean, decode, utf16_of
from model.ids import new_id
from model.store.errors import StoreError

MAX_BYTES = 5 * 1024 * 1024  # an agenda is a few pages; 5 MB is surely not one
#: the longest item title kept (a long Swedish title is ~150 characters); longer is cut
MAX_TITLE = 300
#: the longest item description kept from an agenda (a few paragraphs)
MAX_DESCRIPTION = 20_000
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
OFFICE_SUFFIXES = (".docx", ".odt", ".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + OFFICE_SUFFIXES


class AgendaError(StoreError):
    """The agenda file cannot be imported; nothing was created."""

    code = "agenda"


class AgendaUnsupported(AgendaError):
    code = "agenda.unsupported"


class AgendaEmpty(AgendaError):
    code = "agenda.empty"


class AgendaTooLarge(AgendaError):
    code = "agenda.too_large"


class AgendaBinary(AgendaError):
    code = "agenda.binary"


@dataclass
class ImportedAgenda:
    """What the import understood; the preview lets the user fix it before creating items."""

    items: list[ImportedItem] = field(default_factory=list)
    source: str = ""
    repairs: list[str] = field(default_factory=list)  # encoding repairs done
    skipped: list[str] = field(default_factory=list)  # text not taken as items, briefly
    facts: MeetingFacts = field(default_factory=MeetingFacts)  # date, time, place if named

    @property
    def top_level(self) -> list[ImportedItem]:
        return [i for i in self.items if i.depth == 0]


def parse_agenda(text: str, *, markup: bool = True, source: str = "") -> ImportedAgenda:
    """Understand an agenda's text. ``markup``: the text may hold HTML/Markdown to strip."""
    cleaned = clean(text, markup=markup)
    lines = cleaned.lines
    style = top_style(lines)
    result = ParseResult()
    if style == "bullet":
        result = _best_bullet_list(lines)
    elif style is not None:
        result = parse_lines(lines, style)
    skipped = list(cleaned.removed) + result.skipped
    skipped.extend(cap_titles(result.items))
    if result.flattened:
        skipped.append(f"{result.flattened} items nested deeper than sub-items kept as sub-items")
    return ImportedAgenda(
        items=result.items,
        source=source,
        repairs=cleaned.repairs,
        skipped=skipped,
        facts=meeting_facts(lines),
    )


def cap_titles(items: list[ImportedItem]) -> list[str]:
    """Cut item titles and descriptions no agenda has (a whole file on one line) to a
    length a title can have; returns a note for each cut, for the preview."""
    notes: list[str] = []
    for item in items:
        if len(item.title) > MAX_TITLE:
            notes.append(
                f"line {item.line}: a title of {len(item.title):,} characters cut to {MAX_TITLE}"
            )
            item.title = item.title[: MAX_TITLE - 1].rstrip() + "…"
        if len(item.description) > MAX_DESCRIPTION:
            notes.append(
                f"line {item.line}: a description of {len(item.description):,} characters "
                f"cut to {MAX_DESCRIPTION}"
            )
            item.description = item.description[: MAX_DESCRIPTION - 1].rstrip() + "…"
    return notes


def _best_bullet_list(lines: list[str]) -> ParseResult:
    """Bullets only: the longest list is the agenda; a heading or paragraph ends a list."""
    segments: list[tuple[int, int]] = []
    start = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        ends = stripped.startswith("#") or (
            stripped and not line.startswith(" ") and candidate(line) is None
        )
        if ends:
            segments.append((start, index))
            start = index + 1
    segments.append((start, len(lines)))
    best = ParseResult()
    best_span = (0, 0)
    for first, last in segments:
        # blank lines keep their place so line numbers stay those of the file
        masked = ["" if not first <= i < last else line for i, line in enumerate(lines)]
        parsed = parse_lines(masked, "bullet")
        if sum(1 for i in parsed.items if i.depth == 0) > sum(
            1 for i in best.items if i.depth == 0
        ):
            best, best_span = parsed, (first, last)
    outside = [
        f"line {i + 1}: {line.strip()[:70]}"
        for i, line in enumerate(lines)
        if line.strip() and not best_span[0] <= i < best_span[1]
    ]
    best.skipped = outside + [s for s in best.skipped if not s.startswith("line ")]
    _renumber(best.items)
    return best


def _renumber(items: list[ImportedItem]) -> None:
    """Bullet agendas have no numbers: number the items 1, 2, 3 as minutes do."""
    count = 0
    for item in items:
        if item.depth == 0:
            count += 1
            item.number = str(count)


def check_bytes(path: Path, data: bytes, *, text: bool = True) -> None:
    """Refuse what is not an agenda before parsing: too large, empty, binary (``text``).

    UTF-16 text (Word's and Notepad's "Unicode") is full of NUL bytes but is text."""
    if len(data) > MAX_BYTES:
        raise AgendaTooLarge(path, f"{len(data) / 1024 / 1024:.1f} MB")
    if not data.strip():
        raise AgendaEmpty(path, "")
    if text and b"\x00" in data[:8192] and utf16_of(data) is None:
        raise AgendaBinary(path, reason="reason.binary")


def read_bytes(path: Path, *, text: bool = True) -> bytes:
    """The file's bytes, with every way of failing turned into an ``AgendaError``.

    Only a regular file is opened (a pipe would wait for ever, a device never ends), and
    at most ``MAX_BYTES + 1`` bytes are read whatever size the file claims: a link to
    ``/dev/zero`` or a file growing while it is read cannot fill the memory.
    """
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise AgendaUnsupported(
            path, path.suffix, reason="" if path.suffix else "reason.no_extension"
        )
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise AgendaError(path, reason="reason.folder")
        if not stat.S_ISREG(mode):
            raise AgendaError(path, reason="reason.not_regular")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            size = max(path.stat().st_size, len(data))
            raise AgendaTooLarge(path, f"{size / 1024 / 1024:.1f} MB")
    except IsADirectoryError:
        raise AgendaError(path, reason="reason.folder") from None
    except FileNotFoundError:
        raise AgendaError(path, reason="reason.no_such_file") from None
    except PermissionError:
        raise AgendaError(path, reason="reason.no_access") from None
    except OSError as exc:
        raise AgendaError(path, exc.strerror or type(exc).__name__) from None
    check_bytes(path, data, text=text)
    return data


def import_text_file(path: Path) -> ImportedAgenda:
    """Import a .txt or .md agenda (office formats go through ``export.readers``)."""
    path = Path(path)
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise AgendaUnsupported(
            path, path.suffix, reason="" if path.suffix else "reason.no_extension"
        )
    data = read_bytes(path)
    text, notes = decode(data)
    agenda = parse_agenda(text, markup=True, source=str(path))
    agenda.repairs[:0] = [n for n in notes if n not in agenda.repairs]
    require_items(path, agenda)
    return agenda


def require_items(path: Path, agenda: ImportedAgenda) -> None:
    if not agenda.items:
        raise AgendaEmpty(path, "")


_SUB_NUMBER = re.compile(r"^\d+\.\d+$")


def agenda_items(agenda: ImportedAgenda) -> list[AgendaItem]:
    """Agenda items with fresh ids from what was imported (sub-items after their item)."""
    records: list[AgendaItem] = []
    parent: AgendaItem | None = None
    sub_position = 0
    for index, imported in enumerate(agenda.items):
        extra: dict[str, object] = {}
        if imported.planned_start is not None:
            extra["planned_start"] = imported.planned_start.strftime("%H:%M")
        if imported.planned_end is not None:
            extra["planned_end"] = imported.planned_end.strftime("%H:%M")
        if imported.description:
            extra["agenda_text"] = imported.description
        record = AgendaItem(
            id=new_id(),
            title=imported.title,
            number=imported.number,
            position=(index + 1) * 10,
            kind=imported.kind,
            presenter=imported.presenter,
            planned_minutes=imported.planned_minutes,
            paragraph=imported.paragraph,
            extra=extra,
        )
        if imported.depth > 0 and parent is not None:
            sub_position += 10
            record.parent = parent.id
            record.position = sub_position
        else:
            record.parent = None
            parent = record
            sub_position = 0
        records.append(record)
    return records


__all__ = [
    "AgendaBinary",
    "AgendaEmpty",
    "AgendaError",
    "AgendaTooLarge",
    "AgendaUnsupported",
    "ImportedAgenda",
    "ImportedItem",
    "MeetingFacts",
    "agenda_items",
    "import_text_file",
    "item_kind",
    "parse_agenda",
    "split_title",
]
