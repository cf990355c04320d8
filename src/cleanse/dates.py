"""Reading dates written the ways pages write them, into ISO 8601."""

from __future__ import annotations

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
_TIME = r"(?:[ T,]+(?:at\s+)?(?P<hour>[0-2]?\d)[:.h](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?:\s*(?P<ampm>[ap])\.?m\b\.?)?)?"
_PATTERNS = tuple(
    regex.compile(p, regex.IGNORECASE)
    for p in (
        rf"(?<!\d){_YEAR}-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)"
        r"(?::(?P<second>[0-5]\d))?(?:\.\d+)?(?P<tz>Z|[+-][01]\d:?[0-5]\d)?)?",
        rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}",
        rf"\b{_DAY}\s*(?:de\s+)?{_MONTH}\s+(?:de\s+)?{_YEAR}{_TIME}",
        rf"(?<!\d){_DAY}\.\s?(?P<mon>[01]?\d)\.\s?{_YEAR}{_TIME}",
        rf"{_YEAR}\s*[/.年]\s*(?P<mon>[01]?\d)\s*[/.月]\s*(?P<day>[0-3]?\d)日?",
    )
)


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO 8601 (date, or date and time), else None.

    >>> parse_date("Published March 24, 2021 at 10:05")
    '2021-03-24T10:05'
    >>> parse_date("24. März 2021"), parse_date("2021-03-24T08:00:00Z"), parse_date("soon")
    ('2021-03-24', '2021-03-24T08:00:00Z', None)
    """
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            found = _to_iso(m)
            if found:
                return found
    return None


def _to_iso(m: regex.Match[str]) -> str | None:
    parts = m.groupdict()
    month = (
        int(parts["mon"]) if parts.get("mon") else _MONTHS.get((parts.get("month") or "").lower())
    )
    if not month or not 1 <= month <= 12:
        return None
    day = int(parts["day"])
    if not 1 <= day <= 31:
        return None
    iso = f"{parts['year']}-{month:02d}-{day:02d}"
    hour = int(parts["hour"]) if parts.get("hour") is not None else None
    if hour is not None and parts.get("ampm"):
        hour = hour % 12 + (12 if parts["ampm"].lower() == "p" else 0)
    if hour is not None and hour < 24:
        iso += f"T{hour:02d}:{parts['minute']}"
        if parts.get("second"):
            iso += f":{parts['second']}"
        if parts.get("tz"):
            iso += parts["tz"]
    return iso
