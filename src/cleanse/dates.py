"""Reading dates written the ways pages write them, into ISO 8601."""

from __future__ import annotations

import datetime
from functools import lru_cache

import regex

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan janvier janv januar jän enero ene gennaio gen janeiro januari января январь",
            "february feb février févr fevrier februar febrero febbraio fevereiro februari февраля",
            "march mar mars märz maerz marzo março maart марта март",
            "april apr avril abril aprile апреля апрель",
            "may mai mayo maggio maio mei мая май",
            "june jun juin juni junio giugno junho июня июнь",
            "july jul juillet juil juli julio luglio julho июля июль",
            "august aug août aout agosto augustus ago августа август",
            "september sep sept septembre septiembre settembre setembro set сентября сентябрь",
            "october oct octobre oktober octubre ottobre outubro okt ott out октября октябрь",
            "november nov novembre noviembre novembro ноября ноябрь",
            "december dec décembre decembre dezember diciembre dicembre dezembro dic dez дек декабря",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# Zone names written after a time ("3:53 PM EDT", "17:19:53 GMT", "10:00 UTC+2"), as offsets.
# Only names that mean one zone: IST (India, Ireland, Israel) and the like are left alone.
_ZONE_OFFSETS = {
    "utc": "+00:00", "gmt": "+00:00", "wet": "+00:00", "bst": "+01:00",
    "cet": "+01:00", "mez": "+01:00", "cest": "+02:00", "mesz": "+02:00", "eet": "+02:00",
    "eest": "+03:00", "msk": "+03:00", "jst": "+09:00", "kst": "+09:00", "hkt": "+08:00",
    "aest": "+10:00", "aedt": "+11:00", "nzst": "+12:00", "nzdt": "+13:00",
    "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00",
    "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "akst": "-09:00", "akdt": "-08:00",
    "hst": "-10:00",
}  # fmt: skip
_ZONE = (
    r"(?:(?P<zone>(?-i:[A-Z]{1,4}T|UTC|GMT|MEZ|MESZ|MSK))\b"
    r"(?P<shift>[+-][01]?\d(?::?[0-5]\d)?(?!\d))?)"
)
# Words that may stand between a date and its time: "at", "à", "um", "a las", "alle", "às", "om".
_TIME_JOIN = r"(?:at|à|a las|a la|alle|às|as|om|um|в)"
_CLOCK = (
    rf"(?:\s*[-–—|/]\s*|[\sT,]+)(?:(?:г\.|года),?\s*)?(?:{_TIME_JOIN}\s+|@\s*)?"
    r"(?P<hour>[0-2]?\d)[:.hH](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
    r"(?:\s*(?P<ampm>[ap])\.?m\b\.?)?"
    rf"(?:\s*{_ZONE})?"
)
_TIME = rf"(?:{_CLOCK})?"
# "11/19/19 06:56 AM EST": a US date with a two-digit year, read only with a time after it
# (alone, "3/4/21" may be a fraction, a score or a day-first date). Years 00-69 are 2000-2069.
# Where one may stand: "/19/19" (a literal first, so a scan is quick).
SHORT_YEAR_HINT = regex.compile(r"/[0-3]?\d/\d\d(?![\d/])")
_SHORT_YEAR = regex.compile(
    r"(?<![\d/])(?P<mon>[01]?\d)/(?P<day>[0-3]?\d)/(?P<short_year>\d\d)(?![\d/])" + _CLOCK,
    regex.IGNORECASE,
)
_PIVOT = 70
_PATTERNS = tuple(
    regex.compile(p, regex.IGNORECASE)
    for p in (
        rf"(?<!\d){_YEAR}-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)"
        r"(?::(?P<second>[0-5]\d))?(?:\.\d+)?"
        rf"(?:(?P<tz>Z|[+-][01]\d:?[0-5]\d)|\s*{_ZONE})?)?",
        rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}",
        rf"\b{_DAY}\s*(?:de\s+)?{_MONTH}\s+(?:de\s+|del\s+)?{_YEAR}{_TIME}",
        rf"(?<![\d.]){_DAY}\.\s?(?P<mon>[01]?\d)\.\s?{_YEAR}{_TIME}",
        rf"(?<![\d.]){_YEAR}\s*[/.年]\s*(?P<mon>[01]?\d)\s*[/.月]\s*(?P<day>[0-3]?\d)日?{_TIME}",
        # 03/24/2021 or 24/03/2021: read only when one side is over 12, so the order is certain.
        r"(?<![\d/])(?P<first>[0-3]?\d)/(?P<second_part>[0-3]?\d)/" + _YEAR + rf"(?![\d/]){_TIME}",
    )
)


# Words that make a date the piece's last change, not its first publishing.
UPDATED = regex.compile(
    r"updat|modif|aktualis|mis à jour|actualiz|aggiorn|atualiz|bijgewerkt|обновл|更新|수정", regex.I
)


def publishing_date(line: str) -> str | None:
    """The date a line such as a byline gives, unless a word before it says it is an update.

    >>> publishing_date("By Jane Doe, March 3, 2021"), publishing_date("By Jo Lee Updated 2021-03-04")
    ('2021-03-03', None)
    """
    found = find_date(line)
    if found is None or UPDATED.search(line, 0, found[1]):
        return None
    return found[0]


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO 8601 (date, or date and time), else None.

    >>> parse_date("Published March 24, 2021 at 10:05")
    '2021-03-24T10:05'
    >>> parse_date("24. März 2021"), parse_date("2021-03-24T08:00:00Z"), parse_date("soon")
    ('2021-03-24', '2021-03-24T08:00:00Z', None)
    """
    found = find_date(text)
    return found[0] if found else None


def finer(first: str | None, second: str | None) -> str | None:
    """``first``, or ``second`` when ``first`` is missing or ``second`` tells the same more finely.

    >>> finer("2019-11-19", "2019-11-19T03:05:46"), finer("2019-11-19", "2019-11-20T03:05")
    ('2019-11-19T03:05:46', '2019-11-19')
    """
    if not first:
        return second
    if second and len(second) > len(first) and second.startswith(first):
        return second
    return first


@lru_cache(maxsize=1024)
def find_date(text: str) -> tuple[str, int, int] | None:
    """The first date in ``text``: its ISO 8601 form and its ``(start, end)`` in ``text``.

    Every pattern holds a year, so only the patterns that fit what stands around the text's
    years are tried (``_fitting_patterns``); a text without a year costs two ``str.find``.
    The byline, date and assembly steps ask about the same lines, so answers are kept a while.

    >>> find_date("By Jane Doe, March 3, 2021")
    ('2021-03-03', 13, 26)
    """
    best: tuple[str, int, int] | None = None
    patterns = _fitting_patterns(text)
    if "/" in text and SHORT_YEAR_HINT.search(text):
        patterns.append(_SHORT_YEAR)
    for pattern in patterns:
        for m in pattern.finditer(text):
            iso = _to_iso(m)
            if iso:
                if best is None or m.start() < best[1]:
                    best = (iso, m.start(), m.end())
                break
    return best


def has_year(text: str) -> bool:
    """Does ``text`` hold what every date pattern needs: "19" or "20" and two more digits?

    >>> has_year("on 3 March 2021"), has_year("at 20:15")
    (True, False)
    """
    return bool(_years(text))


def _years(text: str) -> list[int]:
    """Where a year may start in ``text``: "19" or "20" and two digits (``str.isdigit``)."""
    found = []
    for century in ("19", "20"):
        position = text.find(century)
        while position >= 0:
            if text[position + 2 : position + 4].isdigit():
                found.append(position)
            position = text.find(century, position + 1)
    return found


def _fitting_patterns(text: str) -> list[regex.Pattern[str]]:
    """The patterns that may match ``text``, judged by what stands around its years.

    ISO dates have "-" after the year; month-name dates a space before it and a month name;
    "24.03.2021" a dot (and maybe a space) before it; "2021/03/24" a "/", "." or "年" after it;
    "03/24/2021" a "/" before it. A text without a year fits none.
    """
    iso = spaced = dotted = year_first = slashed = False
    for year in _years(text):
        before = text[year - 1 : year] if year else ""
        iso = iso or text[year + 4 : year + 5] == "-"
        if before.isspace():
            spaced = True
            dotted = dotted or text[year - 2 : year - 1] == "."
        dotted = dotted or before == "."
        slashed = slashed or before == "/"
        after = year + 4
        while text[after : after + 1].isspace():
            after += 1
        year_first = year_first or text[after : after + 1] in ("/", ".", "年")
    spaced = spaced and _has_month(text)
    fits = (iso, spaced, spaced, dotted, year_first, slashed)
    return [pattern for pattern, fit in zip(_PATTERNS, fits, strict=True) if fit]


def _has_month(text: str) -> bool:
    """Does ``text`` name a month, as the month-name patterns read one?

    Their month is a whole run of letters ("March 3"), or what follows a day's "st", "nd",
    "rd", "th", "er" or "º" written against it ("24thMarch").
    """
    for run in _LETTER_RUNS.findall(text):
        run = run.lower()
        if run in _MONTHS or run[2:] in _MONTHS or run[1:] in _MONTHS:
            return True
    return False


_LETTER_RUNS = regex.compile(r"[^\W\d_]+")


def _month_and_day(parts: dict[str, str | None]) -> tuple[int, int] | None:
    if parts.get("first") is not None:
        first, second = int(parts["first"] or 0), int(parts["second_part"] or 0)
        if first > 12 >= second:
            return second, first
        if second > 12 >= first:
            return first, second
        return None
    if parts.get("mon"):
        month: int | None = int(parts["mon"] or 0)
    else:
        month = _MONTHS.get((parts.get("month") or "").lower())
    if not month:
        return None
    return month, int(parts["day"] or 0)


def _to_iso(m: regex.Match[str]) -> str | None:
    parts: dict[str, str | None] = m.groupdict()
    found = _month_and_day(parts)
    if found is None:
        return None
    month, day = found
    short = parts.get("short_year")
    year = (
        int(parts["year"] or 0)
        if short is None
        else int(short) + (1900 if int(short) >= _PIVOT else 2000)
    )
    try:
        iso = datetime.date(year, month, day).isoformat()
    except ValueError:  # 30 February, month 13, ...
        return None
    hour_text = parts.get("hour")
    hour = int(hour_text) if hour_text is not None else None
    if hour is not None and parts.get("ampm"):
        if not 1 <= hour <= 12:
            return iso
        hour = hour % 12 + (12 if (parts["ampm"] or "").lower() == "p" else 0)
    if hour is not None and hour < 24:
        iso += f"T{hour:02d}:{parts['minute']}"
        if parts.get("second"):
            iso += f":{parts['second']}"
        iso += _offset(parts)
    return iso


def _offset(parts: dict[str, str | None]) -> str:
    """The UTC offset a date's time states, as ``Z`` or ``+HH:MM``; "" when it states none.

    >>> _offset({"tz": "-0700"}), _offset({"zone": "EDT"}), _offset({"zone": "GMT", "shift": "+8"})
    ('-07:00', '-04:00', '+08:00')
    """
    tz = parts.get("tz")
    if tz:
        return "Z" if tz == "Z" else f"{tz[:3]}:{tz[-2:]}"
    zone = (parts.get("zone") or "").lower()
    shift = parts.get("shift")
    if zone in ("utc", "gmt") and shift:
        hours, _, minutes = shift[1:].partition(":")
        if len(hours) > 2:  # "+0530"
            hours, minutes = hours[:-2], hours[-2:]
        return f"{shift[0]}{int(hours):02d}:{minutes or '00'}"
    return _ZONE_OFFSETS.get(zone, "")
