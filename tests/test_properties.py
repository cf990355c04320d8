"""Properties of the public API (``cleanse.clean``) on any text, HTML and bytes.

Each input family has one test that checks every general property on each example, so the
expensive part (generating a page) is paid once per example rather than once per property:

(a) ``clean`` never raises on a ``str``; on ``bytes`` it returns an Article or raises
    ``DecodeError``, and only for binary bytes (NUL, no byte-order mark).
(b) No invented text: paragraphs, title, byline, tags, captions, credits and the copyright are
    substrings of the normalised input (``cleanse.read(source).text``), or, for HTML, the
    value the page's head declares; each author is a span of the byline or a name the head
    declares; HTML paragraphs' words trace to the source's text.
(c) The body keeps the input order.
(d) Nothing is lost silently: every non-blank input line lies in exactly one traced block,
    each block is kept, taken or dropped, and the kept ones are the paragraphs.
(f) Determinism, also across a fresh pipeline; and the serialisers round-trip.

(e) (cleaning ``article.text`` again keeps the body), the hidden-content property, visible
text being read at all, and the normalisation's idempotence have tests of their own.

Example counts: the ``cleanse-properties`` profile, 500 per test (about 30 s for the file on
two cores); ``CLEANSE_PROPERTY_EXAMPLES=5000`` runs a deeper search locally. Strategies live
in ``tests/strategies.py``.
"""

from __future__ import annotations

import html
import json
import os
import re
import unicodedata
from bisect import bisect_right
from html.parser import HTMLParser
from itertools import pairwise
from typing import Any, Literal

from hypothesis import HealthCheck, example, given, settings
from strategies import (
    ArticleText,
    HtmlPage,
    arbitrary_text,
    article_texts,
    bytes_inputs,
    html_inputs,
    html_pages,
    old_html_pages,
    text_inputs,
)

import cleanse
from cleanse.normalize import normalize, normalize_line, repair
from cleanse.pipeline import FIELDS
from cleanse.source import sniff_kind
from cleanse.textstats import words

settings.register_profile(
    "cleanse-properties",
    max_examples=int(os.environ.get("CLEANSE_PROPERTY_EXAMPLES", "500")),
    deadline=None,  # a page with many blocks can take tens of ms on a slow CI machine
    # Pages are built from many draws on purpose (rich structure); generating them is slower
    # than hypothesis expects of small values, and that is the cost of the property, not a bug.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROPERTIES = settings.get_profile("cleanse-properties")
SHARED_PIPELINE = cleanse.default_pipeline()

Kind = Literal["auto", "text", "html"]
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_STATUSES = ("kept", "taken", "dropped")
_SIMPLE_FIELDS = ("title", "byline", "date", "modified", "copyright")


# --- the properties, as checks on one input ---------------------------------------------------


def check_no_invented_text(article: cleanse.Article, document: cleanse.Document) -> None:
    """(b) Every text the article shows comes from the normalised input or the page's head."""
    norm, meta = document.text, document.metadata
    for p in article.paragraphs:
        assert p.text and p.text in norm, p
    for name in ("title", "byline", "copyright"):
        value = getattr(article, name)
        assert value is None or value in norm or value == getattr(meta, name), (name, value)
    for tag in article.tags:
        assert tag and (tag in norm or tag in meta.tags or tag in meta.fallback_tags), tag
    for author in article.authors:
        assert author and (author in (article.byline or "") or author in meta.authors), author
    for caption in article.captions:
        assert caption.text in norm, caption
        assert caption.credit is None or caption.credit in norm, caption


def check_order(article: cleanse.Article, document: cleanse.Document) -> None:
    """(c) Paragraphs appear in input order: their spans increase and do not overlap."""
    kept = [t for t in article.trace if t.status == "kept"]
    for before, after in pairwise(kept):
        assert before.span[1] <= after.span[0], (before, after)
    for t in kept:
        assert document.text[t.span[0] : t.span[1]] == t.text, t


def check_accounting(article: cleanse.Article, document: cleanse.Document) -> None:
    """(d) Every input line is in exactly one traced block; every block has one fate."""
    norm, trace = document.text, article.trace
    assert [t.index for t in trace] == list(range(len(document.blocks)))
    for t in trace:
        assert t.status in _STATUSES, t
        assert norm[t.span[0] : t.span[1]] == t.text, t
        if t.status == "kept":
            assert (t.filter, t.reason, t.field) == (None, None, None), t
        else:
            assert t.filter and t.reason, t
            assert (t.field in FIELDS) == (t.status == "taken"), t
        if t.status == "taken" and t.field in _SIMPLE_FIELDS:
            assert getattr(article, t.field) is not None, t
    spans = sorted(t.span for t in trace)
    starts = [span[0] for span in spans]
    for before, after in pairwise(spans):
        assert before[1] <= after[0], (before, after)  # no overlap: one holder at most
    position = 0
    for line in norm.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        if line.strip():
            i = bisect_right(starts, start) - 1  # the only span that can hold the line
            assert i >= 0 and spans[i][0] <= start and end <= spans[i][1], (line, start)
    assert [p.text for p in article.paragraphs] == [t.text for t in trace if t.status == "kept"]
    dropped = [t for t in trace if t.status == "dropped"]
    assert [(r.text, r.filter, r.reason, r.span) for r in article.removed] == [
        (t.text, t.filter, t.reason, t.span) for t in dropped
    ]


def check_deterministic(
    source: str | bytes, article: cleanse.Article, data: dict[str, Any], kind: Kind
) -> None:
    """(f) The same input gives the same article, from a fresh pipeline and a long-lived one.

    ``article`` came from ``clean`` without a pipeline (a new default one each call); the
    module's shared pipeline has already cleaned every earlier example, so any state a filter
    kept between runs would show here.
    """
    again = cleanse.clean(source, kind=kind, pipeline=SHARED_PIPELINE)
    assert again == article
    assert again.to_dict() == data


def check_serialisers(article: cleanse.Article, data: dict[str, Any]) -> None:
    """``to_dict``/``from_dict`` and ``to_json`` round-trip; the text outputs render."""
    assert cleanse.Article.from_dict(data) == article
    loaded = json.loads(article.to_json())
    assert cleanse.Article.from_dict(loaded) == article
    assert loaded["paragraphs"] == [
        {"text": p.text, "kind": p.kind.value} for p in article.paragraphs
    ]
    assert isinstance(article.to_markdown(), str)
    assert isinstance(article.explain(), str)


def check_all(source: str | bytes, kind: Kind = "auto") -> cleanse.Article:
    """(a)-(d), (f) and the serialisers on one input."""
    article = cleanse.clean(source, kind=kind)
    document = cleanse.read(source, kind=kind)
    check_no_invented_text(article, document)
    check_order(article, document)
    check_accounting(article, document)
    data = article.to_dict()  # slow (dataclasses.asdict): once per example
    check_deterministic(source, article, data, kind)
    check_serialisers(article, data)
    return article


_MARKUP = (re.compile(r"<[^>]*>"), re.compile(r"<[^<>]*>"))
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|table|tr|td|th|section|article|header|footer|nav|aside"
    r"|blockquote|pre|figure|figcaption|main|dl|dt|dd|hr)\b[^>]*>",
    re.IGNORECASE,
)


class _CharacterData(HTMLParser):
    """The text nodes of markup as Python's own (HTML5-like) tokenizer reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def source_texts(source: str) -> tuple[str, ...]:
    """The HTML source's character data, spelled the ways a parser may read it.

    Parsers recover differently from broken markup (``<span<p>``, ``&notit;``), so there are
    several readings: tags cut out by two regexes and by ``html.parser``, always without a gap
    (an inline tag may split a word), entities decoded or not, each also normalised as the
    segmenter normalises (mojibake repair, whitespace; as lines and as inline text).
    """
    parser = _CharacterData()
    parser.feed(source)
    parser.close()
    readings = [source, "".join(parser.parts)]
    for markup in _MARKUP:
        data = markup.sub("", source)
        readings += [data, html.unescape(data)]
    # Block tags leave a gap, other markup none: text on either side of a "<p>" is never
    # repaired as one run ("Ø<p>¤" is no mojibake of "ؤ").
    gapped = _MARKUP[0].sub("", _BLOCK_TAG.sub("\n", source))
    readings += [gapped, html.unescape(gapped)]
    return tuple(
        readings + [normalize(r) for r in readings] + [normalize_line(r) for r in readings]
    )


def check_words_from_source(article: cleanse.Article, source: str) -> None:
    """(b, HTML) Each word of each paragraph occurs in the source's character data.

    Not checked when the source shows mojibake: ftfy's repair turns misread bytes into the
    characters they stood for, which by design are not in the source, and its guesses depend
    on context (a CR that became a space can be taken for a lost NBSP byte: "Ã\r" -> "à").
    """
    if repair(source) != source or repair(html.unescape(source)) != html.unescape(source):
        return
    texts = source_texts(source)
    for p in article.paragraphs:
        for word in words(p.text):
            assert any(word in t for t in texts), (word, p.text)


# --- (a)-(d), (f) per input family ------------------------------------------------------------


@PROPERTIES
@given(text_inputs)
@example("Some text.\n\nBlinken in Brussels (AP Photo/Virginia Mayo)\n\nMore.")  # caption repr
@example("Story text here.\n\nTags: European\u3000Union")  # tag rejoined with a plain space
@example("0\r.\r.\r.")  # lines cut at punctuation are joined again
def test_plain_text_input(source: str) -> None:
    """(a)-(d), (f) on plain text: arbitrary strings and realistic scraped articles.

    For text, the normalised input is ``normalize(text)`` with, at most, line breaks inside
    paragraphs taken out or turned into spaces (``rejoin``, ``unwrap``); ``read`` must agree.
    """
    check_all(source)
    if sniff_kind(source) == "html":  # then the line above took the HTML path
        check_all(source, "text")
    text, norm = cleanse.read(source, kind="text").text, normalize(source)
    assert _without_breaks(text) == _without_breaks(norm)
    assert text.count("\n\n") == norm.count("\n\n")  # paragraphs stay apart
    assert len(text) <= len(norm)


def _without_breaks(text: str) -> str:
    """``text`` without line breaks and spaces, composed (NFC): what joining lines may not
    change (a joined line is normalised again as one, which may compose "A\u0300" to "À")."""
    return unicodedata.normalize("NFC", text.replace("\n", "").replace(" ", ""))


@PROPERTIES
@given(html_inputs)
@example("<p>A\x0c\u00c0</p><p>B</p>")  # a form feed between words was dropped, not a space
@example("A\x1b<?>Ø<P>¤")  # text split by a tag is not mojibake of one run
@example("A\x1b<A>Ø<P>¤")
def test_html_input(source: str) -> None:
    """(a)-(d), (f) on HTML: generated pages with malformed fragments, and broken snippets.

    The normalised input is the visible text the HTML path produces (``read(html).text``);
    the title, byline and tags may instead come from the head (``<title>``, ``<meta>``).
    """
    article = check_all(source, "auto" if sniff_kind(source) == "html" else "html")
    check_words_from_source(article, source)


@PROPERTIES
@given(bytes_inputs)
def test_bytes_input(data: bytes) -> None:
    """(a)-(d), (f) on bytes: an Article, or DecodeError for binary bytes (NUL, no BOM)."""
    try:
        check_all(data)
    except cleanse.DecodeError:
        assert b"\x00" in data and not data.startswith(_BOMS), data


@PROPERTIES
@given(arbitrary_text)
@example("Caf\u00c3\x1b\u00a9")  # the control hid the mojibake until it was dropped
@example("0\r:\r:\r:")  # lines cut at punctuation: joined on the first reading only
@example("\x8d\n.\r.A\u0300\r.")  # a joined line is repaired as one
def test_normalising_twice_changes_nothing(text: str) -> None:
    """The normalisation is idempotent: re-reading cleaned output sees the same text (e)."""
    once = normalize(text)
    assert normalize(once) == once
    # Reading may join lines cut inside paragraphs (``rejoin``, ``unwrap``), once.
    read = cleanse.read(once, kind="text").text
    assert _without_breaks(read) == _without_breaks(once)
    assert normalize(read) == read
    assert cleanse.read(read, kind="text").text == read


# --- (e) cleaning the output again ------------------------------------------------------------


def check_reclean(first: cleanse.Article) -> None:
    """(e) Cleaning ``first.text`` again gives back ``first``'s paragraphs.

    Documented exception: the first paragraph may become the second result's title, when it
    reads as a headline (the text reader takes a short first line without a full stop as the
    title). The headline filter then also drops, as ``title_repeat``, later paragraphs that
    repeat that headline word for word: a consequence of the same exception, not a loss.
    """
    expected = [p.text for p in first.paragraphs]
    second = cleanse.clean(first.text)
    got = [p.text for p in second.paragraphs]
    head = second.trace[0] if second.trace else None
    if (
        head is not None
        and (head.status, head.field) == ("taken", "title")
        and second.title is not None
        and expected
        and head.text == expected[0]
    ):
        headline = {expected[0].casefold(), second.title.casefold()}
        expected = [p for p in expected[1:] if p.casefold() not in headline]
    assert got == expected


@PROPERTIES
@given(article_texts())
def test_recleaning_text_keeps_every_paragraph(article_text: ArticleText) -> None:
    """(e) on realistic article text: each paragraph survives a second cleaning."""
    check_reclean(cleanse.clean(article_text.text))


@PROPERTIES
@given(html_pages(lexical_breakers=False, line_breaks=False))
def test_recleaning_html_keeps_every_paragraph(page: HtmlPage) -> None:
    """(e) on realistic pages: each paragraph survives cleaning ``article.text`` again.

    The pages have no ``<br>`` or ``<pre>``: a block with line breaks cannot come back as one
    paragraph, because plain text is read one block per line (``cleanse.text``), and a line
    read alone may rightly be classified alone (a line "by Zürich" after a ``<br>`` reads as a
    byline).
    """
    check_reclean(cleanse.clean(page.html))


@PROPERTIES
@given(old_html_pages())
def test_old_table_layout_pages_give_their_paragraphs(page: HtmlPage) -> None:
    """On a page laid out with a table and ``<br><br>`` (no block tag at all), the article's
    paragraphs come out one by one, in order, with nothing of the menus or the footer, the
    headline in bold or big type is the title even when ``<title>`` is only the site's name
    (or its name and a section), the "By" line under it is the byline, and the site's name
    is the one the copyright line gives."""
    article = cleanse.clean(page.html)
    assert [p.text for p in article.paragraphs] == list(page.body)
    assert article.title == page.headline
    assert article.byline == (page.byline or None)
    assert article.site_name == "Gazette Online"
    assert article.copyright is not None and article.copyright.startswith("Copyright")


# --- hidden content ---------------------------------------------------------------------------


@PROPERTIES
@given(html_pages(lexical_breakers=False))
def test_hidden_content_never_appears(page: HtmlPage) -> None:
    """Text inside script/style/template/noscript or hidden elements is never output.

    Hidden means ``hidden``, ``aria-hidden="true"``, or an inline ``display:none`` /
    ``visibility:hidden`` style. The pages' malformed fragments break tag structure but never
    lexing (no unterminated quote, comment or raw-text element), so each marker word stays
    inside its invisible element whatever the parser's recovery. JSON-LD (a script the
    metadata reader reads on purpose, for the headline, author and date) carries no marker.
    """
    # The JSON holds every field and, in the trace, the text of every block read.
    output = cleanse.clean(page.html).to_json()
    for marker in page.hidden:
        assert marker not in output, marker


@PROPERTIES
@given(html_pages(lexical_breakers=False))
@example(
    HtmlPage(
        "<p>One.</p></html><p>The minister said it was over.</p>",
        "One",
        ("The minister said it was over.",),
        (),
    )
)
def test_visible_text_is_read(page: HtmlPage) -> None:
    """Every word of the page's visible body paragraphs is in the text the HTML path reads.

    Together with (d) this means nothing visible is lost silently: each visible line becomes
    a block, and each block is kept, taken or dropped with a reason.
    """
    document = cleanse.read(page.html)
    for p in page.body:
        for word in words(p):
            assert word in document.text, (word, p)
