"""The writer marked up in the page body (rel, itemprop, "author"/"byline" classes): read when
neither the head nor a byline line names one, and never from comments or other stories' cards."""

from __future__ import annotations

import pytest

import cleanse

STORY = (
    "<p>The council met on Monday night and talked for three hours about the harbour.</p>"
    "<p>It voted in the end for the new sea wall, which will take two years to build.</p>"
)


def page(byline: str, *, head: str = "", after: str = "") -> str:
    return (
        f"<html><head><title>Sea wall approved</title>{head}</head><body>"
        f"<article><h1>Sea wall approved</h1>{byline}{STORY}{after}</article></body></html>"
    )


@pytest.mark.parametrize(
    "byline",
    [
        '<span class="author">Jane Doe</span>',
        '<div class="post-byline">by <a href="/people/jane">Jane Doe</a></div>',
        '<a rel="author" href="/people/jane">Jane Doe</a>',
        '<div itemprop="author"><span itemprop="name">Jane Doe</span></div>',
        # The label on a line of its own, the name on the next.
        '<div class="entry-byline"><div>Story by</div><a href="/people/jane">Jane Doe</a></div>',
        # A date after a line break is no part of the name.
        '<h3 class="byline">by Jane Doe<br><span class="when">Monday, 4 March 2024</span></h3>',
        # The inner of nested marks holds just the name.
        '<div class="byline"><span class="author">Jane Doe</span> 4 March 2024, 2 comments</div>',
    ],
)
def test_a_marked_writer_is_the_byline(byline: str) -> None:
    article = cleanse.clean(page(byline))
    assert article.byline == "Jane Doe"
    assert article.authors == ("Jane Doe",)


def test_two_marked_writers_are_both_authors() -> None:
    article = cleanse.clean(page('<span class="author">Jane Doe and John Roe</span>'))
    assert article.authors == ("Jane Doe", "John Roe")


@pytest.mark.parametrize(
    "marked",
    [
        # Another story's card, a comment, an aside: their writers are not this page's.
        '<div class="related-links"><a href="/b">Another story</a>'
        '<div class="story-card-author">John Roe</div></div>',
        '<div class="comments"><p><span class="comment-author">John Roe</span> Great!</p></div>',
        '<aside><span class="author">John Roe</span></aside>',
        # Not names: a description, a date, lower-case text, a long bio.
        '<span class="author">The Russian and Syrian defense ministries</span>',
        '<span class="author">4 March 2024</span>',
        '<span class="author">staff</span>',
        '<div class="author-bio">John Roe writes about boats and the sea for this newspaper.</div>',
    ],
)
def test_what_is_no_writer_of_the_article_is_not_read(marked: str) -> None:
    article = cleanse.clean(page("", after=marked))
    assert article.byline is None
    assert article.authors == ()


def test_the_head_and_a_byline_line_win_over_the_markup() -> None:
    marked = '<span class="author">John Roe</span>'
    head = '<meta name="author" content="Jane Doe">'
    assert cleanse.clean(page(marked, head=head)).byline == "Jane Doe"
    shown = f"<p>By Jane Doe</p>{marked}"
    assert cleanse.clean(page(shown)).byline == "Jane Doe"


def test_a_hidden_writer_is_not_read() -> None:
    article = cleanse.clean(page('<span class="author" hidden>Jane Doe</span>'))
    assert article.byline is None


def test_the_pages_own_classes_do_not_make_everything_furniture() -> None:
    # <body class="site-nav-sticky">: a state of the page, not a navigation block.
    html = page('<span class="author">Jane Doe</span>').replace(
        "<body>", '<body class="single site-nav-sticky">'
    )
    assert cleanse.clean(html).byline == "Jane Doe"
