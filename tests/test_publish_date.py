"""Which date an HTML page's article gets: the head's, a date line's, or a weaker sign's."""

from __future__ import annotations

import pytest

import cleanse

BODY = "<p>The council met on Monday night and talked for hours.</p><p>It voted for the wall.</p>"


def page(head: str = "", body: str = BODY) -> str:
    return f"<html><head><title>Sea wall</title>{head}</head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # a known name under property, name or any word of itemprop
        (
            '<meta property="article:published_time" content="2024-03-05T10:00:00Z">',
            "2024-03-05T10:00:00Z",
        ),
        (
            '<meta property="article:published" itemprop="datePublished dateCreated" content="2024-03-05">',
            "2024-03-05",
        ),
        # a site's own name for the publishing date, read when no known name has one
        (
            '<meta name="article_date_original" content="Tuesday, March 5, 2024, 12:06 PM">',
            "2024-03-05T12:06",
        ),
        ('<meta name="sn-post-date" content="2024/03/05">', "2024-03-05"),
        (
            '<meta name="cXenseParse:recs:publishtime" content="2024-03-05T10:01:00.000Z">',
            "2024-03-05T10:01:00Z",
        ),
        # ... but not an update, an expiry or an end
        ('<meta name="article_date_updated" content="March 5, 2024">', None),
        ('<meta name="epoch-end-date" content="2024-03-05">', None),
        ('<meta name="post-expiry-date" content="2024-03-05">', None),
        # a known name wins over a site's own, whatever their order
        (
            '<meta name="sn-post-date" content="2024/03/01">'
            '<meta name="pubdate" content="2024-03-05">',
            "2024-03-05",
        ),
    ],
)
def test_head_dates(head: str, date: str | None) -> None:
    assert cleanse.clean(page(head)).date == date


def test_the_finer_of_two_agreeing_head_dates_is_kept() -> None:
    head = (
        '<meta itemprop="datePublished" content="2024-03-05">'
        '<script type="application/ld+json">'
        '{"@type": "NewsArticle", "datePublished": "2024-03-05T10:00:00-05:00"}</script>'
    )
    assert cleanse.clean(page(head)).date == "2024-03-05T10:00:00-05:00"


def test_head_date_wins_over_a_date_line_of_another_day() -> None:
    # Headers show today's date and widgets show theirs; the head names the article's.
    body = "<p>Wednesday, November 20, 2019</p>" + BODY
    head = '<meta property="article:published_time" content="2019-11-18T17:01:27Z">'
    article = cleanse.clean(page(head, body))
    assert article.date == "2019-11-18T17:01:27Z"
    assert "November 20" not in article.text  # the line still leaves the body


def test_date_line_wins_when_it_tells_the_head_date_more_finely() -> None:
    body = "<p>Published March 5, 2024 at 3:53 PM EST</p>" + BODY
    for told in ("2024-03-05", "2024-03-05T15:53"):
        head = f'<meta name="pubdate" content="{told}">'
        assert cleanse.clean(page(head, body)).date == "2024-03-05T15:53-05:00"
    # a head time that differs is the head's to tell
    head = '<meta name="pubdate" content="2024-03-05T20:53:00Z">'
    assert cleanse.clean(page(head, body)).date == "2024-03-05T20:53:00Z"


def test_date_line_is_used_when_the_head_has_none() -> None:
    body = "<p>Published March 5, 2024</p>" + BODY
    assert cleanse.clean(page("", body)).date == "2024-03-05"


def test_first_time_element_is_the_last_resort() -> None:
    body = (
        '<nav><time datetime="2024-01-01">New Year</time></nav>'
        '<p>By Jane Doe <time datetime="2024-03-05T10:00:00Z">2 days ago</time></p>' + BODY
    )
    assert cleanse.clean(page("", body)).date == "2024-03-05T10:00:00Z"
    # a date line in the page comes first
    lined = "<p>Published March 4, 2024</p>" + body
    assert cleanse.clean(page("", lined)).date == "2024-03-04"


def test_text_input_dates_come_from_lines_alone() -> None:
    text = "Sea wall\n\nPublished March 5, 2024 10:00 GMT\n\nThe council met on Monday night."
    assert cleanse.clean(text).date == "2024-03-05T10:00+00:00"
