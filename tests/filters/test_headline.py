"""Title, byline and date lines (``filters/headline.py``, ``byline.py``, ``datelines.py``): taken
into ``title``, ``byline``, ``date`` and ``modified``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleanse
from cleanse.filters import byline as byline_module
from cleanse.filters import datelines
from cleanse.filters.byline import Byline
from cleanse.filters.datelines import DateLine
from cleanse.filters.headline import Headline

HEADLINE = cleanse.Pipeline([Headline()])
BYLINE = cleanse.Pipeline([Byline()])
DATES = cleanse.Pipeline([DateLine()])

Row = tuple[str, str | None, str | None, object]


def decide(pipeline: cleanse.Pipeline, text: str) -> list[Row]:
    """(status, reason, field, value) for each block of ``text``."""
    return [
        (v.status, v.decision.reason, v.decision.field, v.decision.value)
        if v.decision
        else (v.status, None, None, None)
        for v in pipeline.run(cleanse.read(text, kind="text"))
    ]


KEPT: Row = ("kept", None, None, None)

# --- title ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Blinken: US won’t push allies into ‘us-or-them’ choice on China", None),
        ("So Many Ways to Play - WSJ", "So Many Ways to Play"),
        ("Storm hits coast – The Guardian", "Storm hits coast"),
        ("Breaking: Storm hits coast | BBC News", "Breaking: Storm hits coast"),
        (
            "BBC News | Storm hits the coast of Cornwall overnight",
            "Storm hits the coast of Cornwall overnight",
        ),
        ("Why did the talks fail?", None),
        ("Liftoff!", None),
    ],
)
def test_first_line_is_the_title(first_line: str, title: str | None) -> None:
    expected = title or first_line
    text = f"{first_line}\n\nThe body begins here, with a sentence."
    assert decide(HEADLINE, text) == [
        ("taken", "first_line_title", "title", expected),
        KEPT,
    ]
    article = cleanse.clean(text, pipeline=HEADLINE)
    assert article.title == expected
    assert article.text == "The body begins here, with a sentence."


@pytest.mark.parametrize(
    ("first_line", "shown"),
    [
        ("Opinion | Storm hits coast of Cornwall - The Daily", "Storm hits coast of Cornwall"),
        ("Storm hits coast of Cornwall : Daily", "Storm hits coast of Cornwall"),
        ("Politics: Storm hits coast of Cornwall", "Storm hits coast of Cornwall"),
    ],
)
def test_a_later_line_that_is_most_of_the_first_is_the_title(first_line: str, shown: str) -> None:
    text = f"{first_line}\n\nMenu\n\n{shown}\n\nThe body begins here, with a sentence."
    article = cleanse.clean(text, pipeline=HEADLINE)
    assert article.title == shown
    assert [t.reason for t in article.trace] == ["first_line_title", None, "title_repeat", None]


def test_a_short_later_line_is_not_the_title() -> None:
    text = "Storm hits coast of Cornwall overnight\n\nStorm hits\n\nThe body begins here."
    assert cleanse.clean(text, pipeline=HEADLINE).title == "Storm hits coast of Cornwall overnight"


@pytest.mark.parametrize(
    "first_line",
    [
        "This is a sentence that starts the text.",
        "“We will not back down,” the minister said.”",
        "He said it was over, and then he left,",
        " ".join(["word"] * 31),
    ],
)
def test_first_line_that_reads_as_a_sentence_is_no_title(first_line: str) -> None:
    text = f"{first_line}\n\nMore text follows here."
    assert decide(HEADLINE, text) == [KEPT, KEPT]


def test_single_line_text_keeps_its_only_line_as_body() -> None:
    article = cleanse.clean("The cat sat on the mat", pipeline=HEADLINE)
    assert article.title is None
    assert article.text == "The cat sat on the mat"


def test_repeated_headline_is_dropped() -> None:
    text = "Storm hits coast - The Guardian\n\nStorm hits coast\n\nThe body."
    assert decide(HEADLINE, text) == [
        ("taken", "first_line_title", "title", "Storm hits coast"),
        ("dropped", "title_repeat", None, None),
        KEPT,
    ]


def test_html_headline_is_the_h1_that_matches_the_page_title() -> None:
    html = (
        "<html><head><title>Storm hits coast | Example News</title></head><body>"
        "<h2>Weather</h2><h1>Storm hits coast</h1><p>The storm arrived overnight.</p>"
        "</body></html>"
    )
    article = cleanse.clean(html, pipeline=HEADLINE)
    assert article.title == "Storm hits coast"
    assert article.text == "Weather\n\nThe storm arrived overnight."
    assert [t.reason for t in article.trace] == [None, "headline", None]


def test_the_one_h1_is_the_headline_when_none_shows_the_page_title() -> None:
    # The head's title is the page's search title; the page shows another wording.
    html = (
        "<html><head><title>Storm: what to know | Example News</title></head><body>"
        "<h1>Storm hits the coast overnight</h1><p>The storm arrived overnight.</p></body></html>"
    )
    assert cleanse.clean(html, pipeline=HEADLINE).title == "Storm hits the coast overnight"


def test_the_one_h1_is_no_headline_when_it_shares_no_word_with_the_page_title() -> None:
    # A feed page's <h1> names the feed (the story's headline went with its <header>): it is
    # no headline, and no text of the story either.
    html = (
        "<html><head><title>Storm hits the coast | Example News</title></head><body>"
        "<h1>Latest articles</h1><p>The storm arrived overnight and flooded the harbour.</p>"
        "</body></html>"
    )
    article = cleanse.clean(html, pipeline=HEADLINE)
    assert article.title == "Storm hits the coast"
    assert article.text == "The storm arrived overnight and flooded the harbour."
    assert [(r.reason, r.text) for r in article.removed] == [("page_heading", "Latest articles")]


def test_the_sites_name_above_the_headline_is_a_masthead() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Gazette Online">'
        "<title>Storm hits the coast | Gazette Online</title></head><body>"
        "<div><font size=6>Gazette Online</font></div><h1>Storm hits the coast</h1>"
        "<p>The storm arrived overnight and flooded the harbour.</p><p>Gazette Online</p>"
        "</body></html>"
    )
    article = cleanse.clean(html, pipeline=HEADLINE)
    assert [(r.reason, r.text) for r in article.removed] == [("masthead", "Gazette Online")]
    assert article.text.endswith("Gazette Online")  # below the headline it may be the story's


def test_of_several_h1_none_is_the_headline_when_none_shows_the_page_title() -> None:
    # A page that writes its section headings as <h1>: the head's title stands.
    sections = "".join(
        f"<h1>{name}</h1><p>The storm arrived overnight and flooded the harbour.</p>"
        for name in ("Where it hit", "What comes next")
    )
    html = (
        "<html><head><title>Storm hits the coast | Example News</title></head><body>"
        f"{sections}</body></html>"
    )
    article = cleanse.clean(html, pipeline=HEADLINE)
    assert article.title == "Storm hits the coast"
    assert "Where it hit" in article.text


# --- byline -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("BY JANE DOE", "JANE DOE"),
        ("By Jane Doe and John Smith", "Jane Doe and John Smith"),
        ("By Jane Doe | Reuters", "Jane Doe"),
        ("By Jane Doe, March 3, 2021", "Jane Doe"),
        ("By Jane Doe on March 3, 2021", "Jane Doe"),
        ("By Jane Doe Published March 3, 2021", "Jane Doe"),
        ("By Jane Doe, Senior correspondent", "Jane Doe, Senior correspondent"),
        ("Posted by Jane Doe on March 3, 2021", "Jane Doe"),
        ("By Jane Doe in Washington", "Jane Doe"),
        ("By Jane M. Doe and John Roe in Rome", "Jane M. Doe and John Roe"),
        ("Geschrieben von Jane Doe am 3. März 2021", "Jane Doe"),
        ("Publié par Jane Doe le 3 mars 2021", "Jane Doe"),
        ("By Martin Luther King Jr.", "Martin Luther King Jr."),
        ("By Ludwig van Beethoven", "Ludwig van Beethoven"),
        ("By The Associated Press", "The Associated Press"),
        ("By Reuters", "Reuters"),
        ("By @janedoe", "@janedoe"),
        ("Written by Jane Doe", "Jane Doe"),
        ("Story by Jane Doe • 3h", "Jane Doe"),
        ("Von Max Mustermann", "Max Mustermann"),
        ("Von Max Mustermann publiziert am 25. September 2018", "Max Mustermann"),
        ("Par Jean Dupont", "Jean Dupont"),
        ("Por Juan Pérez", "Juan Pérez"),
        ("Di Mario Rossi", "Mario Rossi"),
        ("Door Jan Jansen", "Jan Jansen"),
        ("Автор: Иван Иванов", "Иван Иванов"),
        ("记者 张三", "张三"),
        ("作者：李四", "李四"),
        ("By Jane Doe (Reuters)", "Jane Doe"),
        ("Autori: Anna Ūdre (ārzemju ziņu redaktore)", "Anna Ūdre"),
        ("Autorzy: Jan Kowalski i Anna Nowak", "Jan Kowalski i Anna Nowak"),
        ("Tekst: Kari Nordmann", "Kari Nordmann"),
        ("Yazar: Ayşe Yılmaz", "Ayşe Yılmaz"),
        # what trails the name: a short date, a weekday, a handle, a count, "2 days ago"
        ("By Jane Doe - 11/19/19 06:56 AM EST", "Jane Doe"),
        ("By Jane Doe On 11/13/19 at 4:00 PM EST", "Jane Doe"),
        ("By Jane Doe, Wednesday, 20 November 2019 08:05 GMT", "Jane Doe"),
        ("By Jane Doe@janedoe Nov 19, 2019, 7:53pm EST", "Jane Doe"),
        ("By Jane Doe 0 Comments", "Jane Doe"),
        ("By Jane Doe 2 days ago", "Jane Doe"),
        # a weekday or a month with no comma before the date
        ("By Jane Doe Tuesday, Aug. 17, 2010", "Jane Doe"),
        ("By Jane Doe March 20 at 1:39 PM", "Jane Doe"),
        # ... but a surname that is a weekday stays
        ("By Joe Friday", "Joe Friday"),
        ("By Joe Friday 2 days ago", "Joe Friday"),
        ("Text Jane Doe", "Jane Doe"),
        ("Text: Regan", "Regan"),
        ("By Jean Dupont, Montreuil", "Jean Dupont, Montreuil"),
    ],
)
def test_byline(line: str, name: str) -> None:
    assert decide(BYLINE, line) == [("taken", "by_line", "byline", name)]
    assert cleanse.clean(line, pipeline=BYLINE).byline == name


@pytest.mark.parametrize(
    "line",
    [
        "By Monday, most had left.",
        "By Monday most had left",
        "By Monday",
        "By the end of the year, prices had doubled.",
        "By then",
        "By 2030 the city will be carbon neutral",
        "By March 3, 2021",
        "Di Maio resigned on Monday",
        "Von Berlin aus fuhr er weiter nach Hamburg.",
        "Par ailleurs, le gouvernement a démenti.",
        "Bylines matter to reporters, she said.",
        # a noun label with one word after it and no colon is a widget
        "Text Size",
        "Author Or",
        "Texte Plus",
        "By Air in Style",
    ],
)
def test_sentence_starting_with_by_stays(line: str) -> None:
    assert decide(BYLINE, line) == [KEPT]


def test_a_second_byline_is_dropped() -> None:
    text = "By Jane Doe\n\nBody sentence.\n\nBy John Smith"
    assert decide(BYLINE, text) == [
        ("taken", "by_line", "byline", "Jane Doe"),
        KEPT,
        ("dropped", "byline_repeat", None, None),
    ]


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason", "field", "iso"),
    [
        ("Published March 3, 2021", "published_line", "date", "2021-03-03"),
        ("Published: March 3, 2021 at 10:05 a.m.", "published_line", "date", "2021-03-03T10:05"),
        ("Posted on 3 March 2021", "published_line", "date", "2021-03-03"),
        ("Submitted on Mon, 2019-01-21 13:49", "published_line", "date", "2019-01-21T13:49"),
        (
            "First published on Wed 3 Mar 2021 10.05 GMT",
            "published_line",
            "date",
            "2021-03-03T10:05+00:00",
        ),
        ("Published 2021-03-03T08:00:00Z", "published_line", "date", "2021-03-03T08:00:00Z"),
        ("Updated March 4, 2021", "updated_line", "modified", "2021-03-04"),
        ("Updated: 2021-03-04T10:00:00Z", "updated_line", "modified", "2021-03-04T10:00:00Z"),
        (
            "Last updated on March 4, 2021 at 3:15 pm",
            "updated_line",
            "modified",
            "2021-03-04T15:15",
        ),
        ("Veröffentlicht am 3. März 2021", "published_line", "date", "2021-03-03"),
        ("Aktualisiert am 04.03.2021, 10:05 Uhr", "updated_line", "modified", "2021-03-04T10:05"),
        ("Publié le 3 mars 2021 à 10h05", "published_line", "date", "2021-03-03T10:05"),
        ("Mis à jour le 4 mars 2021", "updated_line", "modified", "2021-03-04"),
        ("Publicado el 3 de marzo de 2021", "published_line", "date", "2021-03-03"),
        ("Actualizado el 4 de marzo de 2021", "updated_line", "modified", "2021-03-04"),
        ("Pubblicato il 3 marzo 2021", "published_line", "date", "2021-03-03"),
        ("Publicado em 3 de março de 2021", "published_line", "date", "2021-03-03"),
        ("Gepubliceerd op 3 maart 2021", "published_line", "date", "2021-03-03"),
        ("Опубликовано 3 марта 2021", "published_line", "date", "2021-03-03"),
        ("发布时间：2021年3月3日", "published_line", "date", "2021-03-03"),
        ("更新日：2021年3月4日", "updated_line", "modified", "2021-03-04"),
        ("March 3, 2021", "date_line", "date", "2021-03-03"),
        ("Wednesday, March 3, 2021", "date_line", "date", "2021-03-03"),
        ("Wed 3 Mar 2021 10.05 GMT", "date_line", "date", "2021-03-03T10:05+00:00"),
        ("Mittwoch, 3. März 2021, 10:05 Uhr", "date_line", "date", "2021-03-03T10:05"),
        ("2021年3月3日", "date_line", "date", "2021-03-03"),
        ("quarta-feira, 3 de março de 2021 às 10:05", "date_line", "date", "2021-03-03T10:05"),
        ("mercoledì 3 marzo 2021 alle 10:05", "date_line", "date", "2021-03-03T10:05"),
        # A blog's footer sentence.
        (
            "This entry was posted on Wednesday, March 3rd, 2021 at 4:07 pm and is filed under "
            "News. You can follow any responses to this entry through the RSS 2.0 feed.",
            "published_line",
            "date",
            "2021-03-03T16:07",
        ),
        (
            "Dieser Beitrag wurde am 3. März 2021 veröffentlicht.",
            "published_line",
            "date",
            "2021-03-03",
        ),
        ("Cet article a été publié le 3 mars 2021.", "published_line", "date", "2021-03-03"),
    ],
)
def test_date_line(line: str, reason: str, field: str, iso: str) -> None:
    assert decide(DATES, line) == [("taken", reason, field, iso)]
    article = cleanse.clean(line, pipeline=DATES)
    assert getattr(article, field) == iso


@pytest.mark.parametrize(
    "line",
    [
        "On March 3, 2021, the court ruled against the company.",
        "The law took effect on March 3, 2021 and was repealed later.",
        "Sales rose 5% on March 3, 2021",
        "Published in 2021 by Penguin",
        "Updated yesterday",
        "Published 3 hours ago",
        "February 30, 2021",
        "October 14, 1999 – January 20, 2000",
        "29 November 2018 | 20 January 2019",
        "The entry was posted to the council on March 3, 2021, officials said.",
    ],
)
def test_sentence_with_a_date_stays(line: str) -> None:
    assert decide(DATES, line) == [KEPT]


def test_published_and_updated_lines_fill_both_fields_and_repeats_are_dropped() -> None:
    text = "Published March 3, 2021\nUpdated March 4, 2021\nPublished March 5, 2021\n\nBody."
    assert decide(DATES, text) == [
        ("taken", "published_line", "date", "2021-03-03"),
        ("taken", "updated_line", "modified", "2021-03-04"),
        ("dropped", "published_line", None, None),
        KEPT,
    ]
    article = cleanse.clean(text, pipeline=DATES)
    assert (article.date, article.modified, article.text) == ("2021-03-03", "2021-03-04", "Body.")


def test_default_pipeline_fills_title_byline_and_dates() -> None:
    text = (
        "Storm hits coast - The Guardian\n\nBy Jane Doe\nPublished March 3, 2021\n"
        "Updated March 4, 2021 at 9:30 am\n\n"
        "The storm arrived overnight and flooded the harbour, officials said on Thursday."
    )
    article = cleanse.clean(text)
    assert article.title == "Storm hits coast"
    assert article.byline == "Jane Doe"
    assert article.date == "2021-03-03"
    assert article.modified == "2021-03-04T09:30"
    assert article.text == (
        "The storm arrived overnight and flooded the harbour, officials said on Thursday."
    )


@pytest.mark.parametrize(
    ("byline", "dateline", "date"),
    [
        ("By Jane Doe, March 3, 2021 10:05 AM EST", "", "2021-03-03T10:05-05:00"),
        ("By Jane Doe - 2021-03-03", "", "2021-03-03"),
        ("By Jane Doe Updated March 4, 2021", "", None),  # the last change, not the first
        ("By Jane Doe, March 3, 2021", "Published March 2, 2021\n", "2021-03-02"),
    ],
)
def test_a_byline_line_dates_the_article_when_no_date_line_does(
    byline: str, dateline: str, date: str | None
) -> None:
    text = f"{byline}\n{dateline}\nThe storm arrived overnight and flooded the harbour, officials said."
    article = cleanse.clean(text)
    assert (article.byline, article.date) == ("Jane Doe", date)


BODY_LINE = "The storm arrived overnight and flooded the harbour, officials said."
BYLINE_AND_DATES = cleanse.Pipeline([Byline(), DateLine()])


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Reuters November 18, 2019 11:03 PM", "2019-11-18T23:03"),
        ("Jane Doe - Nov 19, 2019, 10:31 pm CST", "2019-11-19T22:31-06:00"),
        ("Nov 18, 2019 at 9:24 pm ET • 2 min read", "2019-11-18T21:24"),
        ("November 19, 2019 / 12:21 AM / Updated 14 hours ago", "2019-11-19T00:21"),
        (
            "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT",
            "2019-11-18T18:54+00:00",
        ),
        ("Von Max Mustermann publiziert am 25. September 2018", "2018-09-25"),
        ("11/19/2019 by Jane Doe", "2019-11-19"),
        ("Nov 18, 2019 @17:19 · Updated: Nov 18, 2019 @17:26", "2019-11-18T17:19"),
        ("Nov 19, 2019 at 9:08 GMT 1 day ago", "2019-11-19T09:08+00:00"),
    ],
)
def test_a_dated_meta_line_dates_the_article(line: str, iso: str) -> None:
    article = cleanse.clean(f"{line}\n\n{BODY_LINE}\n\nJohn Roe November 20, 2019", pipeline=DATES)
    assert article.date == iso
    assert [t.reason for t in article.trace] == ["dated_meta_line", None, None]


@pytest.mark.parametrize(
    "line",
    [
        "Nov 18, 2019 – Apple releases a new phone",  # a timeline entry
        "Council budget hearings November 19, 2019",
        "— Jane Doe (@janedoe) November 18, 2019",  # an embedded post's signature
        "(Published Monday, Nov. 18, 2019)",
        "29 November 2018 | 20 January 2019",  # a span of time
        "Jane Doe spoke on November 18, 2019.",
        "Jane Doe Mary Roe Bob Stone Ann Lee November 18, 2019",  # too many names
    ],
)
def test_other_lines_with_a_date_are_no_meta_line(line: str) -> None:
    assert cleanse.clean(f"{line}\n\n{BODY_LINE}", pipeline=DATES).date is None


def test_a_date_line_or_a_dated_byline_wins_over_a_meta_line() -> None:
    meta = "Reuters November 18, 2019 11:03 PM"
    text = f"{meta}\n\n{BODY_LINE}\n\nNovember 17, 2019"
    assert cleanse.clean(text, pipeline=DATES).date == "2019-11-17"
    text = f"By Jane Doe, November 16, 2019\n\n{BODY_LINE}\n\n{meta}"
    pipeline = cleanse.Pipeline([Byline(), DateLine()])
    assert cleanse.clean(text, pipeline=pipeline).date == "2019-11-16"


BYLINE_AND_DATES = cleanse.Pipeline([Byline(), DateLine()])


@pytest.mark.parametrize(
    ("line", "byline", "date"),
    [
        ("Jane Doe - Nov 19, 2019, 10:31 pm CST", "Jane Doe", "2019-11-19T22:31-06:00"),
        ("5:45 AM PST 11/19/2019 by Jane Doe", "Jane Doe", "2019-11-19"),
        ("November 12, 2018 | BY: Acme", "Acme", "2018-11-12"),
        ("Текст: Анна Петрова · 24 сентября 2018", "Анна Петрова", "2018-09-24"),
        ("Reuters November 18, 2019 11:03 PM", None, "2019-11-18T23:03"),  # no separator
        ("Top Stories - Nov 18, 2019", None, "2019-11-18"),  # a widget's heading
        ("Weather - Nov 18, 2019", None, "2019-11-18"),  # one word
    ],
)
def test_a_dated_meta_line_may_name_the_writer(line: str, byline: str | None, date: str) -> None:
    text = f"{line}\n\n{BODY_LINE}\n\nMore.\n\nMore."
    article = cleanse.clean(text, pipeline=BYLINE_AND_DATES)
    assert (article.byline, article.date) == (byline, date)


@pytest.mark.parametrize(
    ("line", "byline", "date"),
    [
        (
            "By Jane Doe on Monday, November 18th, 2019 at 11:04 a.m.",
            "Jane Doe",
            "2019-11-18T11:04",
        ),
        (
            "By Jane Doe, John Roe on Monday, November 18th, 2019",
            "Jane Doe, John Roe",
            "2019-11-18",
        ),
        ("기사입력 :[ 2018-08-25 15:24 ]", None, "2018-08-25T15:24"),
        (
            "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019 | Jane",
            None,
            "2019-11-18T16:07",
        ),
    ],
)
def test_byline_and_date_lines_in_more_forms(line: str, byline: str | None, date: str) -> None:
    text = f"{line}\n{BODY_LINE}\n\nMore.\n\nMore."
    article = cleanse.clean(text, pipeline=BYLINE_AND_DATES)
    assert (article.byline, article.date) == (byline, date)


def test_the_heads_date_leaves_a_meta_line_in_the_body() -> None:
    head = '<meta property="article:published_time" content="2019-11-17T10:00:00Z">'
    body = f"<h4>Reuters November 18, 2019 11:03 PM</h4><p>{BODY_LINE}</p>"
    article = cleanse.clean(f"<html><head>{head}</head><body>{body}</body></html>", pipeline=DATES)
    assert article.date == "2019-11-17T10:00:00Z"
    assert article.text.startswith("Reuters November 18, 2019")


def test_a_dated_name_line_in_the_pages_second_half_is_no_byline() -> None:
    """A comment's header ("John Roe - Nov 20, 2019") below the article looks the same."""
    text = f"{BODY_LINE}\n\nMore.\n\nMore.\n\nJohn Roe - Nov 20, 2019\n\nGreat piece."
    article = cleanse.clean(text, pipeline=BYLINE_AND_DATES)
    assert article.byline is None


def test_the_date_line_below_the_byline_wins_over_the_headers_date_of_the_day() -> None:
    text = (
        f"Wednesday, November 20, 2019\n\nSection\n\nStorm hits coast\n\nBy Jane Doe\n\n"
        f"| November 18, 2019 12:26 PM\n\n{BODY_LINE}\n\nTuesday, November 19, 2019"
    )
    article = cleanse.clean(text, pipeline=BYLINE_AND_DATES)
    assert article.date == "2019-11-18T12:26"
    reasons = [(t.reason, t.detail) for t in article.trace if t.reason == "date_line"]
    assert [detail for _, detail in reasons] == ["a further date line", "", "a further date line"]


def test_a_dated_byline_wins_over_a_bare_date_line() -> None:
    text = f"Wednesday, November 20, 2019\n\nBy Jane Doe, March 3, 2019\n\n{BODY_LINE}"
    article = cleanse.clean(text, pipeline=BYLINE_AND_DATES)
    assert article.date == "2019-03-03"
    assert article.text == BODY_LINE


# --- the quick tests miss nothing ---------------------------------------------------------------
# Bylines are read only on lines that start with a label, dates only on lines with a year;
# checked against the same filters reading every line.


class _EveryLine:
    @staticmethod
    def blocks(blocks: tuple[cleanse.Block, ...]) -> list[int]:
        return list(range(len(blocks)))


_META_LINES = st.sampled_from(
    [
        "By Jane Doe",
        "by jane doe",
        "BY JOHN SMITH",
        "Written by Jane Doe",
        "Von Max Muster",
        "文：王小明",
        "文 王小明",
        "Author: Jane Doe",
        "Byron Smith",
        "By Monday, most had left",
        "Published March 3, 2021",
        "Updated: 2021-03-04T10:00:00Z",
        "March 3, 2021",
        "24thMarch 2021",
        "Wed 3 Mar 2021 10.05 GMT",
        "24.03.2021",
        "2021年3月24日",
        "03/24/2021",
        "© 2019 The Hill",
        "Election 2020",
        "By Jane Doe, March 3, 2021",
        "3 ſeptember 2021",
        "Posted in 2019 by admin",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_META_LINES, min_size=1, max_size=8))
def test_filters_agree_with_reading_every_line(lines: list[str]) -> None:
    document = cleanse.read("\n".join(lines), kind="text")
    context = cleanse.Context(document, document.blocks)
    bylines, dates = list(Byline()(context)), list(DateLine()(context))
    with pytest.MonkeyPatch.context() as patch:
        every_block = lambda c: set(range(len(c.blocks)))  # noqa: E731
        patch.setattr(byline_module, "_BYLINE_STARTS", _EveryLine())
        patch.setattr(byline_module, "year_blocks", every_block)
        patch.setattr(datelines, "year_blocks", every_block)
        assert list(Byline()(context)) == bylines
        assert list(DateLine()(context)) == dates


OLD_PAGE_TEXT = (
    "{first}\nNews\nSports\nObituaries\nSchool board delays vote on new map\n"
    "By Maria Lopez, Staff Writer\n"
    "The county school board on Wednesday postponed a vote on a new district map after "
    "parents crowded into the meeting.\n"
    "Board members said they would hold two more public hearings before the end of the month.\n"
    "© 2004 The Valley Herald. All rights reserved."
)


@pytest.mark.parametrize("first", ["The Valley Herald", "The Valley Herald - Local News"])
def test_text_whose_first_line_names_only_the_site_takes_the_line_above_the_byline(
    first: str,
) -> None:
    """The first line (the <title>) is the site's name, by the copyright line, maybe with a
    section's: the headline is the title line right above the byline."""
    article = cleanse.clean(OLD_PAGE_TEXT.format(first=first), kind="text")
    assert article.title == "School board delays vote on new map"
    assert article.byline == "Maria Lopez, Staff Writer"
    assert first not in article.text


def test_text_first_line_loses_the_site_name_the_copyright_line_gives() -> None:
    # Without the copyright line the suffix is as long as the headline: no telling which is
    # the site's name.
    text = OLD_PAGE_TEXT.format(first="Board delays vote - The Valley Herald")
    assert cleanse.clean(text, kind="text").title == "Board delays vote"


@pytest.mark.parametrize(
    ("label", "expected"),
    [("by:", "Jane Doe"), ("Von:", "Jane Doe"), ("Posted by", "Jane Doe"), ("par", "Jane Doe")],
)
def test_a_byline_label_on_its_own_line_takes_the_name_below(label: str, expected: str) -> None:
    rows = decide(BYLINE, f"Storm hits coast\n{label}\nJane Doe\nThe storm arrived overnight.")
    assert rows[1][:2] == ("dropped", "byline_label")
    assert rows[2] == ("taken", "by_line", "byline", expected)


@pytest.mark.parametrize(
    "below", ["Share this story", "The storm arrived overnight.", "Jane Doe and the storm"]
)
def test_a_lone_label_above_no_name_is_no_byline(below: str) -> None:
    rows = decide(BYLINE, f"Storm hits coast\nby:\n{below}\nThe storm arrived overnight.")
    assert rows[1:3] == [KEPT, KEPT]


def test_a_lone_label_without_colon_over_each_teaser_is_no_byline() -> None:
    writers = ["John Roe", "Mary Major", "Richard Miles"]
    teasers = "".join(f"Story number {n}\nBy\n{name}\n" for n, name in enumerate(writers))
    rows = decide(BYLINE, f"Storm hits coast\nThe storm arrived overnight.\n{teasers}")
    assert all(row == KEPT for row in rows)
    # One writer under every lone label (the byline shown twice) is the byline.
    again = "Storm hits coast\nBy\nJane Doe\nThe storm arrived.\nBy\nJane Doe, March 3\n"
    assert decide(BYLINE, again)[2] == ("taken", "by_line", "byline", "Jane Doe")
    # With a colon, the label is the byline's even so: the first one is taken.
    rows = decide(BYLINE, "Storm hits coast\n" + teasers.replace("By\n", "By:\n"))
    assert rows[2:4] == [
        ("dropped", "byline_label", None, None),
        ("taken", "by_line", "byline", "John Roe"),
    ]


@pytest.mark.parametrize("line", ["von Jana Müller", "par Jean Dupont", "por Ana Pérez"])
def test_a_lower_case_label_opens_a_byline(line: str) -> None:
    rows = decide(BYLINE, f"Storm hits coast\n{line}\nThe storm arrived overnight.")
    assert rows[1][:3] == ("taken", "by_line", "byline")


def test_text_a_name_over_a_dated_meta_line_is_the_byline() -> None:
    text = "Storm hits coast\nShares\nJane Doe\nJanuary 10, 2020 9:00AM (UTC)\nThe storm arrived."
    rows = decide(BYLINE, text)
    assert rows[2] == ("taken", "name_over_date", "byline", "Jane Doe")


@pytest.mark.parametrize(
    "lines",
    [
        # A list of other stories: a writer and a date under each headline.
        [
            "Storm hits coast",
            "John Roe",
            "March 3, 2020",
            "Rain again",
            "Mary Major",
            "May 4, 2020",
        ],
        # Capitals are a widget's label, not a name.
        ["Storm hits coast", "GET IT", "January 10, 2020 9:00AM"],
    ],
)
def test_text_no_byline_from_names_over_dates_that_are_not_one_writer(lines: list[str]) -> None:
    rows = decide(BYLINE, "\n".join([*lines, "The storm arrived overnight."]))
    assert all(row[2] != "byline" for row in rows)


def test_html_takes_no_name_over_a_date() -> None:
    html = "<p>Storm hits coast</p><p>Jane Doe</p><p>January 10, 2020 9:00AM</p><p>Rain.</p>"
    assert cleanse.clean(html).byline is None
