"""Old table-layout pages (``strategies.old_html_pages``) flattened to plain text the way the
benchmark's text files are (``bench.runners.whole_page_text``: the ``<title>`` line, then a
line per block and ``<br>``), and cleaned as text."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from hypothesis import assume, given
from strategies import HtmlPage, old_html_pages
from test_properties import PROPERTIES

import cleanse

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench.runners import whole_page_text  # noqa: E402

# A full stop, "!" or "?", maybe inside a closing quote, after ten words or more.
_PROSE = re.compile(r"(?:\S+\s+){9,}\S*[.!?][\"'’”»)]*$")


def _reads_as_prose(paragraph: str) -> bool:
    return _PROSE.search(paragraph) is not None


@PROPERTIES
@given(old_html_pages())
def test_old_pages_as_text_give_their_paragraphs_title_and_byline(page: HtmlPage) -> None:
    """The output holds the article's paragraphs only, in order, and not none of them; the
    byline is found; the title is the headline when the first line shows it, or when the
    first line names only the site (the copyright line says so) and the headline stands right
    above the byline; with neither, the headline line may stay as a paragraph.
    (Which short or odd paragraphs a text keeps depends on how their words
    read, and the generated sentences are word salad: the benchmark measures what is kept.)"""
    # With no line that reads as prose (every paragraph cut short with "…"), a text has no
    # body to tell from the rest, and every line is kept.
    assume(any(_reads_as_prose(p) for p in page.body))
    text = whole_page_text(page.html)
    article = cleanse.clean(text, kind="text")
    got = [p.text for p in article.paragraphs]
    first = text.split("\n", 1)[0]
    if got and got[0] == page.headline and page.headline not in first and not page.byline:
        got = got[1:]  # nothing marks the headline line as one: it may read as the lede
    body = iter(page.body)
    assert got and all(p in body for p in got), got  # article paragraphs only, in order
    assert article.byline == (page.byline or None)
    if page.headline in first or page.byline:
        assert article.title == page.headline
