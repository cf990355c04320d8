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
