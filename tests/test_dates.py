"""``parse_date``: dates as pages write them, in ISO 8601; anything else is None."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanse import dates
from cleanse.dates import find_date, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # English
        ("March 24, 2021", "2021-03-24"),
        ("Mar. 24, 2021", "2021-03-24"),
        ("Sept. 5, 2021", "2021-09-05"),
        ("24 March 2021", "2021-03-24"),
        ("24th March 2021", "2021-03-24"),
        ("March 24th, 2021", "2021-03-24"),
        ("Published March 24, 2021 at 10:05", "2021-03-24T10:05"),
        ("Wednesday, March 24, 2021 10:05 a.m. EDT", "2021-03-24T10:05-04:00"),
        ("Wed 24 Mar 2021 10.05 GMT", "2021-03-24T10:05+00:00"),
        # zones and offsets: named zones with one meaning become offsets; others are left out
        ("November 2, 2023 3:53 PM PST", "2023-11-02T15:53-08:00"),
        ("24. März 2021 um 10:05 MESZ", "2021-03-24T10:05+02:00"),
        ("March 24, 2021 10:05 GMT+8", "2021-03-24T10:05+08:00"),
        ("March 24, 2021 10:05 UTC-0330", "2021-03-24T10:05-03:30"),
        ("March 24, 2021 10:05 IST", "2021-03-24T10:05"),  # India, Ireland or Israel
        ("March 24, 2021 10:05 est. 1990", "2021-03-24T10:05"),  # zones are capitals
        ("2021-03-24 17:19:53 GMT", "2021-03-24T17:19:53+00:00"),
        ("2021-03-24T14:42:01-0700", "2021-03-24T14:42:01-07:00"),
        ("Nov 18, 2019 @17:19", "2019-11-18T17:19"),
        # am/pm
        ("March 24, 2021 at 10:05 pm", "2021-03-24T22:05"),
        ("March 24, 2021 12:30 am", "2021-03-24T00:30"),
        ("March 24, 2021 12:30 pm", "2021-03-24T12:30"),
        ("Jan 1, 2020 11:59:59 PM", "2020-01-01T23:59:59"),
        ("March 24, 2021 at 13:30 pm", "2021-03-24"),  # no such time: the date alone
        # German
        ("24. März 2021", "2021-03-24"),
        ("24. März 2021 um 10:05 Uhr", "2021-03-24T10:05"),
        ("24.03.2021", "2021-03-24"),
        ("24.03.2021 10:05", "2021-03-24T10:05"),
        ("3. Dezember 2020", "2020-12-03"),
        # French
        ("24 mars 2021", "2021-03-24"),
        ("1er avril 2021", "2021-04-01"),
        ("le 24 mars 2021 à 10h05", "2021-03-24T10:05"),
        ("5 août 2021", "2021-08-05"),
        ("12 décembre 2019", "2019-12-12"),
        # Spanish
        ("24 de marzo de 2021", "2021-03-24"),
        ("24 de marzo del 2021", "2021-03-24"),
        ("24 de marzo de 2021 a las 10:05", "2021-03-24T10:05"),
        ("5 de septiembre de 2021", "2021-09-05"),
        # Italian, Portuguese, Dutch, Russian
        ("24 marzo 2021 alle 10:05", "2021-03-24T10:05"),
        ("24 de março de 2021 às 10h05", "2021-03-24T10:05"),
        ("24 maart 2021 om 10:05", "2021-03-24T10:05"),
        ("24 марта 2021 г., 10:05", "2021-03-24T10:05"),
        # ISO 8601
        ("2021-03-24", "2021-03-24"),
        ("2021-03-24T08:00:00Z", "2021-03-24T08:00:00Z"),
        ("2021-03-24T08:00:00+01:00", "2021-03-24T08:00:00+01:00"),
        ("2021-03-24 08:00", "2021-03-24T08:00"),
        ("Tuesday 2021-03-24 08:00", "2021-03-24T08:00"),
        # CJK
        ("2021年3月24日", "2021-03-24"),
        ("2021 年 3 月 24 日", "2021-03-24"),
        ("2021年3月24日 10:05", "2021-03-24T10:05"),
        ("2021/03/24", "2021-03-24"),
        ("2021.03.24", "2021-03-24"),
        # Slashes, when the order is certain
        ("03/24/2021", "2021-03-24"),
        ("24/03/2021", "2021-03-24"),
        ("2/26/2015 7:11 AM PST", "2015-02-26T07:11-08:00"),
        # A time after a dash, a bar or a slash
        ("Aug 13, 2010 – 4:39 PM", "2010-08-13T16:39"),
        ("Nov. 19, 2019 - 10:05 AM", "2019-11-19T10:05"),
        ("November 20, 2019 / 1:07 AM / Daily News", "2019-11-20T01:07"),
        ("20 November 2019 | 07:29 GMT", "2019-11-20T07:29+00:00"),
        ("Nov 19, 2019 - 10.5 million", "2019-11-19"),
        # Leap years
        ("29 February 2024", "2024-02-29"),
        # A two-digit year, with its time
        ("By Jane Doe - 11/19/19 06:56 AM EST", "2019-11-19T06:56-05:00"),
        ("11/13/19 at 4:00 PM", "2019-11-13T16:00"),
        ("1/2/99 10:00", "1999-01-02T10:00"),
    ],
)
def test_parse_date(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "",
        "soon",
        "yesterday",
        "3 hours ago",
        "Updated: 5 minutes ago",
        "2021",
        "March 2021",
        "août 2021",
        "2021-13-40",
        "February 30, 2021",
        "29 February 2023",
        "31.02.2021",
        "03/04/2021",  # March 4 or 3 April: no telling
        "Won 3/4/21 on aggregate",  # a two-digit year without a time
        "11/19/19",
        "13/19/19 10:00",
        "Call 555-1234",
        "Room 2021-03",
        "Smarch 24, 2021",
        "24 Foo 2021",
        "March 24, 1850",
    ],
)
def test_not_a_date(text: str) -> None:
    assert parse_date(text) is None


def test_first_date_wins() -> None:
    assert parse_date("Updated 2021-03-04, first published March 1, 2021") == "2021-03-04"
    assert parse_date("First published March 1, 2021, updated 2021-03-04") == "2021-03-01"


def test_find_date_gives_the_span() -> None:
    text = "By Jane Doe, March 3, 2021 at 9:30 am"
    found = find_date(text)
    assert found is not None
    iso, start, end = found
    assert iso == "2021-03-03T09:30"
    assert text[start:end] == "March 3, 2021 at 9:30 am"
    assert find_date("no date here") is None


# --- the quick test misses nothing --------------------------------------------------------------
# ``find_date`` tries only the patterns that fit around a year; checked against trying them all.

_AROUND = st.sampled_from(["", "Published ", "By Jane Doe, ", "on ", "x", "Sales rose 5% on "])
_DATES = st.sampled_from(
    [
        "March 24, 2021",
        "24 March 2021",
        "24thMarch 2021",
        "24 de marzo del 2021",
        "24. März 2021",
        "24.03.2021",
        "24. 03. 2021",
        "2021-03-24T08:00:00Z",
        "2021 / 03 / 24",
        "2021年3月24日",
        "03/24/2021",
        "13/13/2021",
        "Election 2020",
        "2019",
        "1999-12-31",
        "3 ſeptember 2021",
        "Mar. 5 2021 at 10:05 pm",
    ]
)


@settings(max_examples=300, deadline=None)
@given(_AROUND, _DATES, st.sampled_from(["", " 10:05", ", updated 2021-03-04", " GMT"]))
def test_find_date_agrees_with_trying_every_pattern(before: str, date: str, after: str) -> None:
    text = before + date + after
    found = find_date(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_fitting_patterns", lambda t: list(dates._PATTERNS))
        assert find_date(text) == found
