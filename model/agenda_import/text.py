"""Turning the bytes of an agenda file into clean lines: encodings, markup, page furniture.

Real agendas arrive in every state: a byte-order mark, Latin-1 bytes, UTF-8 read as
Latin-1 and saved again ("MÃ¶te"), characters already lost at the source ("M\ufffdte"),
HTML comments holding template agendas, page headers from text taken out of PDFs.
Each repair is noted, so the import can say what it did.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

REPLACEMENT = "\ufffd"

# Words of Swedish meetings whose å/ä/ö are most often lost. A word with a lost character
# is repaired only when exactly one spelling of it is in this list: never a guess.
_LEXICON = [
    "möte",
    "mötet",
    "möten",
    "mötets",
    "mötes",
    "årsmöte",
    "årsmötet",
    "årsmötes",
    "årsmötets",
    "styrelsemöte",
    "mötesprotokoll",
    "mötesordförande",
    "mötessekreterare",
    "öppnas",
    "öppnade",
    "öppnande",
    "öppnat",
    "övriga",
    "övrigt",
    "frågor",
    "fråga",
    "förening",
    "föreningen",
    "föreningens",
    "förslag",
    "förslaget",
    "ordförande",
    "ordföranden",
    "ordf",
    "närvarande",
    "frånvarande",
    "föregående",
    "nästa",
    "årsavgift",
    "årsavgiften",
    "årsavgiftens",
    "årsstämma",
    "stämma",
    "val",
    "välkommen",
    "välkomna",
    "hälsade",
    "hälsar",
    "förklarade",
    "dagordning",
    "dagordningen",
    "dagordningens",
    "föredragningslista",
    "fastställande",
    "fastställa",
    "fastställer",
    "verksamhetsberättelse",
    "verksamhetsberättelsen",
    "verksamhetsår",
    "verksamhetsåret",
    "revisionsberättelse",
    "revisionsberättelsen",
    "ansvarsfrihet",
    "för",
    "från",
    "på",
    "så",
    "är",
    "även",
    "också",
    "då",
    "där",
    "här",
    "någon",
    "några",
    "mötesformalia",
    "kassör",
    "kassören",
    "beslutade",
    "beslutar",
    "beslöt",
    "godkänna",
    "godkände",
    "godkänns",
    "lägga",
    "läggs",
    "lägger",
    "lades",
    "avslutas",
    "avslutade",
    "avslutning",
    "mötets",
    "justerare",
    "justering",
    "justeras",
    "upplästa",
    "uppläst",
    "ändringar",
    "ändring",
    "stadgar",
    "stadgarna",
    "budget",
    "utlysande",
    "utlysts",
    "behörig",
    "ordning",
    "valberedning",
    "valberedningen",
    "ledamöter",
    "ledamot",
    "suppleant",
    "suppleanter",
    "fastighetsägareförening",
    "fastighetsägareföreningen",
    "långasand",
    "kvällen",
    "kväll",
    "miljöpriset",
    "miljöpris",
    "årets",
    "året",
    "år",
    "års",
    "tillägg",
    "skall",
    "ska",
    "röst",
    "röster",
    "röstning",
    "övrig",
    "åtgärd",
    "åtgärder",
    "ärende",
    "ärenden",
    "utestående",
    "uppföljning",
    "ekonomi",
    "redovisning",
    "redogjorde",
    "läste",
    "delades",
    "bifogas",
    "handlingarna",
    "fullmakter",
    "fullmakt",
    "inkommit",
    "höst",
    "vår",
    "sommar",
    "vinter",
    "möjlighet",
    "förfrågan",
    "tänkt",
    "kostnad",
    "kostnader",
    "två",
    "tre",
    "nästkommande",
    "treårsperiod",
    "tvåårsperiod",
    "göran",
    "börje",
    "björn",
    "gösta",
    "åsa",
    "örjan",
    "första",
    "andra",
    "sista",
    "följande",
    "följer",
    "förra",
    "här",
    "vänner",
    "allmänna",
    "frågorna",
]


@dataclass
class CleanText:
    """The text ready to parse, one entry per line, and what was done to get there."""

    lines: list[str]
    repairs: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # text left out before parsing


def utf16_of(data: bytes) -> str | None:
    """ "utf-16" (with a byte-order mark), "utf-16-le" or "utf-16-be" (without one, told
    by the NUL bytes: ASCII-range text in UTF-16 has a NUL in every other byte), else
    None."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and not data.startswith(b"\xff\xfe\x00\x00"):
        return "utf-16"
    sample = data[:8192]
    if len(sample) < 4:
        return None
    pairs = len(sample) // 2
    even = sample[0 : pairs * 2 : 2].count(0)  # the first byte of each pair
    odd = sample[1 : pairs * 2 : 2].count(0)
    # Swedish/English text is mostly Latin: the high byte is NUL for most characters,
    # the low byte almost never
    if odd >= pairs * 0.6 and even <= pairs * 0.05:
        return "utf-16-le"
    if even >= pairs * 0.6 and odd <= pairs * 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-16 (with or without BOM), UTF-8 (with or without BOM), else
    Windows-1252. Notes what it did."""
    notes: list[str] = []
    utf16 = utf16_of(data)
    if utf16 is not None:
        text = data.decode(utf16, errors="replace").lstrip("\ufeff")
        notes.append("read as UTF-16 text")
        return text, notes
    if data.startswith(b"\xef\xbb\xbf"):
        notes.append("byte-order mark removed")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        notes.append("not UTF-8: read as Windows-1252/Latin-1")
    return text, notes


def repair_mojibake(text: str) -> tuple[str, list[str]]:
    """Undo UTF-8-read-as-Latin-1 and restore lost å/ä/ö/§ where that is certain."""
    notes: list[str] = []
    if re.search("[ÃÂ][\u0080-\u00bf]", text):
        fixed_lines = []
        changed = 0
        for line in text.split("\n"):
            try:
                candidate = line.encode("cp1252").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                candidate = line
            changed += candidate != line
            fixed_lines.append(candidate)
        if changed:
            text = "\n".join(fixed_lines)
            notes.append(f"double-encoded characters repaired on {changed} lines")
    if REPLACEMENT in text:
        before = text.count(REPLACEMENT)
        # "\ufffd 3 Title": a lost paragraph sign before an item number
        text = re.sub(rf"(^|[>\s]){REPLACEMENT}(\s*\d)", r"\1§\2", text)
        text = re.sub(rf"[\w{REPLACEMENT}]*{REPLACEMENT}[\w{REPLACEMENT}]*", _repair_word, text)
        after = text.count(REPLACEMENT)
        if before != after:
            notes.append(f"{before - after} lost characters restored")
        if after:
            notes.append(f"{after} lost characters could not be restored (shown as \ufffd)")
    return text, notes


_BY_SHAPE: dict[str, list[str]] = {}
for _word in _LEXICON:
    _shape = re.sub("[åäöÅÄÖ]", REPLACEMENT, _word)
    if _shape != _word:
        _BY_SHAPE.setdefault(_shape, []).append(_word)


def _repair_word(match: re.Match[str]) -> str:
    word = match.group(0)
    suffixes = ("", "s", "n", "en", "na", "et", "ar", "er", "arna", "erna", "ens", "ets")
    lowered = word.lower()
    for suffix in suffixes:
        if suffix and not lowered.endswith(suffix):
            continue
        stem = lowered[: len(lowered) - len(suffix)] if suffix else lowered
        candidates = _BY_SHAPE.get(stem, [])
        if len(candidates) == 1:
            return _match_case(word, candidates[0] + suffix)
    # compounds ("FASTIGHETS\ufffdGAREF\ufffdRENING"): repair the longest known tail
    for shape, words in sorted(_BY_SHAPE.items(), key=lambda kv: -len(kv[0])):
        if len(words) == 1 and len(shape) >= 6 and lowered.endswith(shape):
            head = lowered[: -len(shape)]
            return _match_case(word, head + words[0])
    return word


def _match_case(original: str, fixed: str) -> str:
    letters = [c for c in original if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return fixed.upper()
    if original[:1].isupper():
        return fixed[:1].upper() + fixed[1:]
    return fixed


_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_BREAKS = re.compile(r"<br\s*/?>|</(?:p|div|h\d|li|tr|ul|ol|table|blockquote)\s*>", re.I)
_LIST_ITEM = re.compile(r"<li\b[^>]*>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(
    r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)"
)
_ESCAPE = re.compile(r"\\([\\.()\[\]#*_>+\-!`])")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:sida|page|seite)\s+\d+(?:\s*(?:av|of|von|/)\s*\d+)?\s*$|^\s*-\s*\d+\s*-\s*$"
    r"|^\s*\d+\s*(?:/|av|of|von)\s*\d+\s*$",
    re.I,
)


def _keep_line_count(match: re.Match[str]) -> str:
    return "\n" * match.group(0).count("\n")


def clean(text: str, *, markup: bool = True) -> CleanText:
    """Lines ready to parse. ``markup``: also strip HTML tags and Markdown emphasis/links."""
    repairs: list[str] = []
    removed: list[str] = []
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
        repairs.append("byte-order mark removed")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, notes = repair_mojibake(text)
    repairs.extend(notes)
    for comment in _COMMENT.findall(text):
        first = comment[4:].strip().splitlines()[0][:60] if comment[4:].strip() else ""
        removed.append(f"HTML comment ({comment.count(chr(10)) + 1} lines): {first}")
    text = _COMMENT.sub(_keep_line_count, text)
    front = _FRONT_MATTER.match(text)
    if front:
        removed.append("front matter: " + " ".join(front.group(0).split("\n")[1:-2])[:60])
        text = _FRONT_MATTER.sub(_keep_line_count, text, count=1)
    text = _drop_page_furniture(text, removed)
    if markup:
        text = _LIST_ITEM.sub("- ", _BREAKS.sub("\n", text))
        text = html.unescape(_TAG.sub("", text))
        text = _LINK.sub(r"\1", text)
        text = _ESCAPE.sub(r"\1", text)
        text = "\n".join(_EMPHASIS.sub("", line) for line in text.split("\n"))
    lines = [line.replace("\t", "    ").rstrip() for line in text.split("\n")]
    return CleanText(lines=lines, repairs=repairs, removed=removed)


def _drop_page_furniture(text: str, removed: list[str]) -> str:
    """Page numbers and the header repeated at the top of every page of PDF text."""
    pages = text.split("\f")
    if len(pages) > 1:
        first_lines = [_first_line(p) for p in pages]
        header = first_lines[0]
        for index in range(1, len(pages)):
            if header and first_lines[index] == header:
                pages[index] = pages[index].replace(header, "", 1)
                removed.append(f"page header on page {index + 1}: {header[:60]}")
        text = "\n".join(pages)
    out = []
    for line in text.split("\n"):
        if _PAGE_NUMBER.match(line):
            removed.append(f"page number: {line.strip()}")
            out.append("")
        else:
            out.append(line)
    return "\n".join(out)


def _first_line(page: str) -> str:
    return next((line.strip() for line in page.split("\n") if line.strip()), "")
