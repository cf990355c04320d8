"""Page metadata from JSON-LD: what is read, and nesting too deep to read is passed over."""

from __future__ import annotations

import json

import pytest

import cleanse

BODY = "<p>The council met on Monday night.</p><p>It voted for the new sea wall.</p>"


def page(ld: str) -> str:
    return f'<html><head><script type="application/ld+json">{ld}</script></head><body>{BODY}</body></html>'


def test_article_fields_are_read_through_lists_and_graphs() -> None:
    ld = json.dumps(
        {
            "@graph": [
                {"@type": "WebSite", "name": "Example"},
                {
                    "@type": "NewsArticle",
                    "headline": "Sea wall approved",
                    "author": [[{"name": "Jane Doe"}], {"name": "Bob Roe"}],
                    "datePublished": "2024-03-05T10:00:00Z",
                },
            ]
        }
    )
    article = cleanse.clean(page(ld))
    assert article.title == "Sea wall approved"
    assert article.byline == "Jane Doe, Bob Roe"
    assert article.authors == ("Jane Doe", "Bob Roe")
    assert article.date is not None and article.date.startswith("2024-03-05")


@pytest.mark.parametrize(
    "ld",
    [
        "[" * 5000 + "]" * 5000,  # deeper than the JSON parser goes
        '{"@graph":' * 900 + "{}" + "}" * 900,
        '{"@type": "Article", "author": ' + "[" * 400 + '"B"' + "]" * 400 + "}",
        '{"@type": "Article", "author": ' + '{"name": ' * 400 + '"B"' + "}" * 400 + "}",
    ],
)
def test_nesting_too_deep_to_read_is_passed_over(ld: str) -> None:
    article = cleanse.clean(page(ld))
    assert article.text == "The council met on Monday night.\n\nIt voted for the new sea wall."
    assert (article.byline, article.authors) == (None, ())


def test_keywords_are_split_at_commas_semicolons_and_bars() -> None:
    ld = json.dumps({"@type": "Article", "keywords": "sea wall , council;vote | " + " " * 30000})
    assert cleanse.clean(page(ld)).tags == ("sea wall", "council", "vote")


LD_PUBLISHER = (
    '<script type="application/ld+json">'
    '{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Acme Daily"}}</script>'
)

# --- tags: the head's and the page's tag links ---------------------------------------------------

TAGGED_BODY = (
    "<p>The council met on Monday night to vote on the new sea wall for the harbour.</p>"
    '<p><a rel="tag" href="/t/sea">Sea wall</a>, <a rel="category tag" href="/t/c">Council</a>'
    '<a rel="tag" href="/t/x" hidden>Hidden</a></p>'
)


def test_rel_tag_links_are_the_tags_when_nothing_else_names_any() -> None:
    html = f"<html><head></head><body>{TAGGED_BODY}</body></html>"
    assert cleanse.clean(html).tags == ("Sea wall", "Council")


def test_head_tags_win_over_rel_tag_links_and_keywords() -> None:
    head = (
        '<meta property="article:tag" content="Harbour">'
        '<meta name="keywords" content="news, breaking news, local">'
    )
    html = f"<html><head>{head}</head><body>{TAGGED_BODY}</body></html>"
    assert cleanse.clean(html).tags == ("Harbour",)


def test_keywords_are_the_tags_only_when_nothing_else_names_any() -> None:
    head = '<meta name="keywords" content="harbour, sea wall">'
    body = "<p>The council met on Monday night to vote on the new sea wall for the harbour.</p>"
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    assert cleanse.clean(html).tags == ("harbour", "sea wall")
    listed = body + "<p>Tags: Politics, Harbours</p>"
    html = f"<html><head>{head}</head><body>{listed}</body></html>"
    assert cleanse.clean(html).tags == ("Politics", "Harbours")


@pytest.mark.parametrize(
    ("canonical", "og_url", "url"),
    [
        (
            "/news/sea-wall",
            "https://example.com/news/sea-wall?ref=x",
            "https://example.com/news/sea-wall",
        ),
        ("https://example.com/a", "https://example.com/b", "https://example.com/a"),
        ("/news/sea-wall", None, "/news/sea-wall"),
        (None, "https://example.com/b", "https://example.com/b"),
    ],
)
def test_a_canonical_path_is_made_absolute_against_og_url(
    canonical: str | None, og_url: str | None, url: str
) -> None:
    head = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    head += f'<meta property="og:url" content="{og_url}">' if og_url else ""
    body = "<p>The council met on Monday night to vote on the new sea wall for the harbour.</p>"
    assert cleanse.clean(f"<html><head>{head}</head><body>{body}</body></html>").url == url


@pytest.mark.parametrize(
    ("head", "site"),
    [
        (
            '<meta name="twitter:site" content="@acme"><meta property="og:site_name" content="Acme">',
            "Acme",
        ),
        ('<meta name="twitter:site" content="@acme">' + LD_PUBLISHER, "Acme Daily"),
        ('<meta name="twitter:site" content="@acme">', "@acme"),
        ('<meta property="og:site_name" content="http://www.acme.com/">', "www.acme.com"),
        (
            '<meta property="og:site_name" content="https://acme.com">'
            '<meta name="application-name" content="Acme">',
            "Acme",
        ),
    ],
)
def test_a_handle_is_the_site_name_only_when_nothing_else_names_the_site(
    head: str, site: str
) -> None:
    body = "<p>The council met on Monday night to vote on the new sea wall for the harbour.</p>"
    assert cleanse.clean(f"<html><head>{head}</head><body>{body}</body></html>").site_name == site


@pytest.mark.parametrize(
    ("head", "site"),
    [
        (
            '<link rel="canonical" href="https://blog.example.org/2021/03/a-post">',
            "blog.example.org",
        ),
        ('<meta property="og:url" content="http://www.example.com/a">', "www.example.com"),
        (
            '<meta property="og:site_name" content="Example Blog">'
            '<link rel="canonical" href="https://blog.example.org/a">',
            "Example Blog",
        ),
        ('<link rel="canonical" href="/2021/03/a-post">', None),  # no host to read
    ],
)
def test_the_pages_host_is_the_site_name_when_nothing_names_the_site(
    head: str, site: str | None
) -> None:
    body = "<p>The council met on Monday night to vote on the new sea wall for the harbour.</p>"
    assert cleanse.clean(f"<html><head>{head}</head><body>{body}</body></html>").site_name == site


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://example.com/news/2019/11/19/sea-wall-approved/", "2019-11-19"),
        ("https://example.com/2019-11-19/sea-wall-approved", "2019-11-19"),
        ("https://example.com/2019/11/sea-wall-approved/", None),  # no day: no date
        ("https://example.com/2019/13/19/sea-wall-approved/", None),  # no such month
        ("https://example.com/item/20191119/sea-wall", None),
    ],
)
def test_the_urls_day_dates_the_page_when_nothing_else_does(url: str, date: str | None) -> None:
    html = f'<html><head><link rel="canonical" href="{url}"></head><body>{BODY}</body></html>'
    assert cleanse.clean(html).date == date


def test_a_date_the_page_shows_wins_over_the_urls() -> None:
    url = "https://example.com/2019/11/19/sea-wall-approved/"
    head = f'<link rel="canonical" href="{url}">'
    shown = "<p>Published March 3, 2021</p>"
    html = f"<html><head>{head}</head><body>{shown}{BODY}</body></html>"
    assert cleanse.clean(html).date == "2021-03-03"


def test_a_microdata_publishing_date_in_the_body_dates_the_page() -> None:
    stamp = '<span itemprop="datePublished" content="2020-03-18T13:15:00+01:00">18.03.2020</span>'
    html = f"<html><head></head><body>{stamp}{BODY}</body></html>"
    assert cleanse.clean(html).date == "2020-03-18T13:15:00+01:00"
    head = '<meta property="article:published_time" content="2020-03-17T09:00:00Z">'
    html = f"<html><head>{head}</head><body>{stamp}{BODY}</body></html>"
    assert cleanse.clean(html).date == "2020-03-17T09:00:00Z"  # the head's own tag wins


def test_a_related_storys_microdata_date_does_not_date_the_page() -> None:
    card = (
        '<div class="related-posts"><a href="/old">An older story</a>'
        '<span itemprop="datePublished" content="2018-01-02">2 January 2018</span></div>'
    )
    html = f"<html><head></head><body>{card}{BODY}</body></html>"
    assert cleanse.clean(html).date is None
