"""Reading dates and times as people type them, and writing them as minutes do."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from model.enums import Language
from model.locale import document_list


class DateTimeError(ValueError):
    """A date or time that cannot be read; ``message(language)`` says how to write it."""

    def __init__(self, kind: str, text: str) -> None:
        self.kind = kind  # "date" or "time"
        self.text = text
        super().__init__(self.message(Language.EN))

    def message(self, language: Language | str = Language.EN) -> str:
        from model.error_texts import ERRORS
        from model.texts import lookup

        return lookup(ERRORS, language, f"timefmt.{self.kind}", text=repr(self.text))


def value_error_words(exc: ValueError, language: Language | str) -> str:
    """A ValueError's sentence in ``language`` where it has one (dates, times), else its
    own text."""
    return exc.message(language) if isinstance(exc, DateTimeError) else str(exc)


_TIME = re.compile(r"^\s*(\d{1,2})(?:[.:](\d{2}))?\s*$")

#: the names of the days and months, "|"-joined in the document catalogue
WEEKDAYS: dict[Language, list[str]] = document_list("time.weekdays")
MONTHS: dict[Language, list[str]] = document_list("time.months")


_MONTH_NAMES: dict[str, int] = {}
for _names in MONTHS.values():
    for _number, _name in enumerate(_names, start=1):
        _MONTH_NAMES[_name.lower()] = _number
        _MONTH_NAMES[_name.lower()[:3]] = _number
# German (the Swedish and English names above cover juni, juli, oktober) and "sept"
_MONTH_NAMES.update(
    {"januar": 1, "februar": 2, "märz": 3, "mai": 5, "dezember": 12, "dez": 12, "sept": 9}
)
MONTH_PATTERN = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NAMED_DMY = re.compile(rf"\b(\d{{1,2}})\.?\s+({MONTH_PATTERN})\.?,?\s+(\d{{4}})\b", re.I)
_NAMED_MDY = re.compile(
    rf"\b({MONTH_PATTERN})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I
)
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./ ]\s*(\d{4})\b")
# without a year (the meeting's year is meant): "17 juni", "15 dec", "June 17", "6/5"
_NAMED_DM = re.compile(rf"^\s*(\d{{1,2}})\.?\s+({MONTH_PATTERN})\.?\s*$", re.I)
_NAMED_MD = re.compile(rf"^\s*({MONTH_PATTERN})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*$", re.I)
_NUMERIC_DM = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})\.?\s*$")


def read_date(text: str, year: int | None = None) -> date | None:
    """A date written out in Swedish, English or German, or as digits (day first:
    "6/5 2022" is 6 May), found anywhere in ``text``. With ``year``, a date typed without
    one ("17 juni", "15 dec", "6/5") is taken in that year. None if there is none."""
    found: list[tuple[int, int, int]] = []
    if match := ISO_DATE.search(text):
        found.append((int(match[1]), int(match[2]), int(match[3])))
    if match := _NAMED_DMY.search(text):
        found.append((int(match[3]), _MONTH_NAMES[match[2].lower()], int(match[1])))
    if match := _NAMED_MDY.search(text):
        found.append((int(match[3]), _MONTH_NAMES[match[1].lower()], int(match[2])))
    if match := NUMERIC_DATE.search(text):
        found.append((int(match[3]), int(match[2]), int(match[1])))
    if year is not None and not found:
        if match := _NAMED_DM.match(text):
            found.append((year, _MONTH_NAMES[match[2].lower()], int(match[1])))
        elif match := _NAMED_MD.match(text):
            found.append((year, _MONTH_NAMES[match[1].lower()], int(match[2])))
        elif match := _NUMERIC_DM.match(text):
            found.append((year, int(match[2]), int(match[1])))
    for y, month, day in found:
        try:
            return date(y, month, day)
        except ValueError:
            continue
    return None


def parse_date(text: str, today: date | None = None, year: int | None = None) -> date:
    """2022-05-06, 6/5 2022, 6.5.2022, "6 maj 2022", "17 juni", "15 dec", "6/5",
    "today"/"idag". A date without a year is in ``year`` (default: this year; forms pass
    the meeting's). Raises ValueError with a clear message."""
    value = text.strip().lower()
    if value in ("today", "idag", "i dag", "heute"):
        return today or date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    found = read_date(value, year if year is not None else (today or date.today()).year)
    if found is not None:
        return found
    raise DateTimeError("date", text)


def parse_time(text: str) -> time:
    """8.30, 08:30, 8 -> 08:30 / 08:00. Raises ValueError with a clear message."""
    match = _TIME.match(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise DateTimeError("time", text)


def swedish_clock(value: time | datetime) -> str:
    """8.30, 11.00: how Swedish minutes write clock times."""
    return f"{value.hour}.{value.minute:02d}"


def english_clock(value: time | datetime) -> str:
    return f"{value.hour}:{value.minute:02d}"


def german_clock(value: time | datetime) -> str:
    """18:30, 08:05: German minutes write the hours with two digits ("18:30 Uhr")."""
    return f"{value.hour:02d}:{value.minute:02d}"


def clock(value: time | datetime, language: Language) -> str:
    if language is Language.DE:
        return german_clock(value)
    return swedish_clock(value) if language is Language.SV else english_clock(value)


def long_date(day: date, language: Language, weekday: bool = True) -> str:
    """ "Fredagen den 6 maj 2022" / "Friday 6 May 2022" / "Freitag, 6. Mai 2022"."""
    month = MONTHS[language][day.month - 1]
    if language is Language.DE:
        text = f"{day.day}. {month} {day.year}"
        return f"{WEEKDAYS[language][day.weekday()]}, {text}" if weekday else text
    if language is Language.SV:
        text = f"den {day.day} {month} {day.year}"
        if weekday:
            text = f"{WEEKDAYS[language][day.weekday()]} {text}"
            return text[0].upper() + text[1:]
        return text
    text = f"{day.day} {month} {day.year}"
    return f"{WEEKDAYS[language][day.weekday()]} {text}" if weekday else text


def time_range(start: time | None, end: time | None, language: Language) -> str:
    """ "kl 8.30-11.00" / "8:30-11:00" / "18:30-20:00 Uhr"."""
    if start is None:
        return ""
    text = clock(start, language)
    if end is not None:
        text += f"-{clock(end, language)}"
    if language is Language.DE:
        return f"{text} Uhr"
    return f"kl {text}" if language is Language.SV else text


def when(day: date | None, start: time | None, end: time | None, language: Language) -> str:
    """The Tid line: "Fredagen den 6 maj 2022 kl 8.30-11.00" / "Freitag, 6. Mai 2022,
    08:30-11:00 Uhr"."""
    parts = [long_date(day, language)] if day else []
    span = time_range(start, end, language)
    if span:
        parts.append(span)
    # Swedish "… 2022 kl 8.30-11.00"; English and German set the time off with a comma
    return (" " if language is Language.SV else ", ").join(parts)
