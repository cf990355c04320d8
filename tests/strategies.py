"""Hypothesis strategies for cleanse's inputs: arbitrary text, realistic articles, HTML pages.

Three families, from least to most structured:

- ``arbitrary_text`` / ``arbitrary_bytes``: anything, biased towards what breaks text code
  (NBSP, ``\\r\\n``, controls, zero-width and bidi characters, mojibake, lone surrogates,
  entities and stray markup).
- ``article_texts``: plain text scraped from a page: a headline, body paragraphs made of
  sentences, and junk lines (widgets, notices, tag lists, credits, breadcrumbs, menus) at
  random positions.
- ``html_pages``: a page built from the same parts, with chrome (nav, aside, footer, script),
  inline tags, entities, ``<br>``, hidden elements and malformed fragments. Each page comes
  with the marker words that only occur inside invisible content (script, style, hidden, ...).
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass

from hypothesis import strategies as st

# --- arbitrary text --------------------------------------------------------------------------

ODD_PIECES = (
    "\u00a0",
    "\r\n",
    "\r",
    "\n",
    "\n\n\n",
    "\t",
    " ",
    "   ",
    "\x00",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1f",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\u200b",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u202e",
    "\u3000",
    "\u2003",
    "\u202f",
    "\ufffd",
    "\x80",
    "\x9c",
    "caf\u00c3\u00a9",  # café as UTF-8 read as Latin-1
    "\u00e2\u20ac\u2122",  # ’ as UTF-8 read as cp1252
    "\u00c3",
    "\u00c2\u00a0",
    "é",
    "e\u0301",
    "ß",
    "İ",
    "ﬁ",
    "Ａ",
    "中国外交部",
    "日本語の",
    "한국어",
    "العربية",
    "עברית",
    "\U0001f600",
    "\U0001d573",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "—",
    "–",
    "…",
    "©",
    "(c)",
    "&amp;",
    "&nbsp;",
    "&#169;",
    "<",
    ">",
    "<p>",
    "</div>",
    "<br>",
    "By ",
    "Tags:",
    "Photo: ",
    "Getty Images",
    "Published ",
    "March 24, 2021",
    "2024-01-02",
    "Share",
    "Load more",
    "|",
    " > ",
    ".",
    "?",
    "!",
    ",",
)

_lone_surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
_any_character = st.characters(codec=None, exclude_categories=())

arbitrary_text = st.one_of(
    st.text(),
    st.lists(
        st.one_of(
            st.sampled_from(ODD_PIECES),
            st.text(max_size=12),
            st.text(alphabet="abc XYZ.\n", max_size=12),
            _lone_surrogates,
        ),
        max_size=30,
    ).map("".join),
    st.text(alphabet=_any_character, max_size=40),
)
"""Any ``str``, biased towards odd Unicode, whitespace, controls and mojibake."""

arbitrary_bytes = st.one_of(
    st.binary(max_size=200),
    arbitrary_text.map(lambda s: s.encode("utf-8", "surrogatepass")),
    arbitrary_text.map(lambda s: s.encode("utf-16", "surrogatepass")),
    arbitrary_text.map(lambda s: s.encode("utf-16-le", "surrogatepass")),
    arbitrary_text.map(lambda s: s.encode("cp1252", "replace")),
    arbitrary_text.map(lambda s: b'<meta charset="latin-1">' + s.encode("latin-1", "replace")),
    arbitrary_text.map(lambda s: b'<meta charset="no-such-codec">' + s.encode("utf-8", "replace")),
    arbitrary_text.map(lambda s: b"\xef\xbb\xbf" + s.encode("utf-8", "replace")),
)
"""Any ``bytes``: random, UTF-8/16, cp1252, declared charsets (real and bogus), BOMs."""

# --- realistic article text ------------------------------------------------------------------

WORDS = (
    "the of and to in that for on with as was said by at from his her their government "
    "minister officials report year week city people market prices China Canada Europe "
    "Washington Smith Garcia Müller Zürich café naïve don’t it’s won’t new old big small "
    "first last 2024 12 percent million economy election policy court police school water "
    "energy climate talks plan deal vote told reporters statement agency company workers"
).split()
JUNK_LINES = (
    "Most Popular",
    "Load more",
    "Share",
    "Share this article",
    "Advertisement",
    "© 2024 Example Media. All rights reserved.",
    "Copyright 2023 Example News",
    "Tags: Politics, Economy",
    "Topics: Climate Change European Union",
    "Getty Images",
    "AP Photo/Jane Doe",
    "We use cookies to improve your experience. By continuing you accept our cookie policy.",
    "Home > News > World",
    "Sign up for our newsletter",
    "Subscribe now",
    "Read more",
    "Comments (12)",
    "Follow us on Twitter",
    "Related",
    "Skip to content",
    "Back to top",
    "By Jane Doe",
    "Published March 24, 2021",
    "Updated 2024-01-02 10:00",
    "By Jane Doe | Updated March 3, 2024",
    "Tags:\nPolitics\nEconomy\nUnited Kingdom",
    "Blinken in Brussels. (AP Photo/Virginia Mayo)",
    "Photo: Jane Doe/Reuters",
    "Image caption A man walks past the closed market",
    "Advertisement - Scroll to continue",
    "Listen to this article 4 min",
    "2 hours ago",
)
MENU_ITEMS = ("Home", "World", "Politics", "Business", "Tech", "Sport", "Opinion", "Menu", "Search")
_QUOTES = (("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"))
_ENDS = ".....!?…"
_SEED = st.integers(0, 2**32 - 1)


def sentence_from_seed(seed: int) -> str:
    """A sentence of 4-14 words, capitalised, with terminal punctuation, maybe quoted.

    Built from one integer so that a page needs few draws (generation stays fast); seed 0 is
    the simplest sentence, which is where shrinking ends.
    """
    if seed == 0:
        return "The minister said it was over."
    rng = random.Random(seed)
    words = rng.choices(WORDS, k=rng.randint(4, 14))
    words[0] = words[0][:1].upper() + words[0][1:]
    if rng.random() < 0.4:
        words[rng.randrange(len(words) - 1)] += rng.choice((",", ",", ";", " —", ":"))
    text = " ".join(words) + rng.choice(_ENDS)
    if rng.random() < 0.25:
        opening, closing = rng.choice(_QUOTES)
        text = f"{opening}{text}{closing}"
        if rng.random() < 0.5:
            text = text[:-1] + closing + " " + rng.choice(("she said.", "he told reporters."))
    return text


sentences = _SEED.map(sentence_from_seed)
"""A sentence: 4-14 words with terminal punctuation, sometimes in straight or curly quotes."""


def paragraph_from_seed(seed: int) -> str:
    """A body paragraph: one to four sentences on one line (seed 0: one sentence)."""
    if seed == 0:
        return sentence_from_seed(0)
    rng = random.Random(seed)
    return " ".join(sentence_from_seed(rng.getrandbits(32)) for _ in range(rng.randint(1, 4)))


paragraphs = _SEED.map(paragraph_from_seed)
"""A body paragraph: one to four sentences on one line."""


def distinct_paragraphs(*, min_size: int, max_size: int) -> st.SearchStrategy[tuple[str, ...]]:
    """Different paragraphs, as on a real page (deduplicated, not filtered: fewer retries)."""

    def dedupe(seeds: list[int]) -> tuple[str, ...]:
        texts = list(dict.fromkeys(paragraph_from_seed(s) for s in seeds))
        while len(texts) < min_size:  # only when shrinking has made seeds equal
            texts.append(f"Paragraph {len(texts) + 1} says something new.")
        return tuple(texts)

    return st.lists(_SEED, min_size=min_size, max_size=max_size).map(dedupe)


_ARTICLE_BODIES = distinct_paragraphs(min_size=2, max_size=15)
_PAGE_BODIES = distinct_paragraphs(min_size=1, max_size=8)


def headline_from_seed(seed: int) -> str:
    """A headline: 3-10 capitalised words, no closing full stop, maybe a site-name suffix."""
    if seed == 0:
        return "Minister Says Talks Are Over"
    rng = random.Random(seed)
    text = " ".join(w[:1].upper() + w[1:] for w in rng.choices(WORDS, k=rng.randint(3, 10)))
    if rng.random() < 0.3:
        text += rng.choice(("?", "!", ":", " - Example News", " | The Daily", "’"))
    return text


headlines = _SEED.map(headline_from_seed)


_COOKIE_LEADS = ("We use cookies", "This site uses cookies", "Cookies help us")
_COOKIE_TAILS = (" to improve your experience.", ". Accept to continue.", "")


def junk_from_seed(seed: int) -> str:
    """A junk line: a widget label or notice, a cookie banner, or a short run of menu lines."""
    rng = random.Random(seed)
    roll = rng.randrange(10)
    if roll == 0:
        return rng.choice(_COOKIE_LEADS) + rng.choice(_COOKIE_TAILS)
    if roll == 1:
        return "\n".join(rng.sample(MENU_ITEMS, rng.randint(2, 5)))
    return rng.choice(JUNK_LINES)


junk_lines = _SEED.map(junk_from_seed)
"""A junk line (or a short run of menu lines)."""


@dataclass(frozen=True)
class ArticleText:
    """A generated plain-text article and the parts it was made from."""

    text: str
    headline: str
    body: tuple[str, ...]


_SEPARATORS = (
    ("\n\n",),
    ("\n",),
    ("\r\n\r\n", "\r\n"),
    ("\n\n", "\n", "\n \n\n", "\n\u00a0\n", "\r\n\r\n\r\n"),
)


@st.composite
def article_texts(draw: st.DrawFn) -> ArticleText:
    """Realistic scraped article text: headline, 2-15 paragraphs, junk lines anywhere.

    Paragraphs are different, and so are junk lines (menu runs may share an item, as a header
    and a footer menu do); lines are separated by blank lines, single newlines, CRLF or a mix,
    and some spaces may be NBSP, tab or doubled. One seed lays out the junk and the spacing
    (fewer draws, faster generation); seed 0 is no junk, headline first, blank lines.
    """
    headline = draw(headlines)
    body = draw(_ARTICLE_BODIES)
    lines: list[str] = list(body)
    layout = draw(_SEED)
    if layout == 0:
        lines.insert(0, headline)
        return ArticleText("\n\n".join(lines), headline, body)
    rng = random.Random(layout)
    junk = dict.fromkeys(junk_from_seed(rng.getrandbits(32)) for _ in range(rng.randint(0, 8)))
    for item in junk:
        lines.insert(rng.randint(0, len(lines)), item)
    lines.insert(rng.choice((0, 0, 0, 1, 2)), headline)
    choices = rng.choice(_SEPARATORS)
    text = "".join(line + rng.choice(choices) for line in lines)
    text = text.replace(" ", rng.choice((" ", " ", "\u00a0", "  ", " \t", "\u2009")), 3)
    return ArticleText(text, headline, body)


# --- HTML pages ------------------------------------------------------------------------------

MARKER_PREFIX = "Zqxhidden"
"""Marker words start with this; they occur only inside invisible content."""

# Fragments that break the tag structure but not the lexing: unclosed, stray or misnested tags,
# bad entities. After one of them, every later element still starts and ends where it did.
TAG_SOUP = (
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "</span>",
    "<b><i>bold italic</b></i>",
    "<table><tr><td>cell",
    "</table>",
    "<li>loose item",
    "<ul><li>one<li>two</ul>",
    "</html>",
    "<body>",
    "<head>",
    "<h2>Unclosed heading",
    "&",
    "&amp",
    "&notit;",
    "&#xZZ;",
    "&#0;",
    "&#x110000;",
    "&#128;",
    "&copy",
    "<br/>",
    "</br>",
    "<p/>",
    "<img src=x>",
    "<hr>",
    "<font color=red>old</font>",
    "<blink>x</blink>",
    "<ns:tag>y</ns:tag>",
    "<DIV CLASS=Upper>Upper case</DIV>",
    "<a href=x><a href=y>nested links</a></a>",
    "a < b > c",
)
# Fragments that break lexing: an unterminated attribute, comment, tag or raw-text element
# swallows what follows, so "inside a hidden element" is no longer defined by the template.
LEXICAL_BREAKERS = (
    '<div title="',
    "<a href='",
    "<span",
    "<!--",
    "-->",
    "<![CDATA[x",
    "<script>",
    "<style>",
    "<title>",
    "<textarea>",
    "<xmp>",
    "<plaintext>",
    "<?php echo 1; ?>",
    "<!DOCTYPE html>",
    '<?xml version="1.0"?>',
)
_TAGS = ("p", "div", "span", "b", "i", "a", "li", "ul", "section", "article", "h2", "br")


# Strategies are built once, here: one built inside a composite (with a fresh lambda) is
# validated again on every draw, which made generation several times slower.
random_markup = st.lists(
    st.one_of(
        st.sampled_from(_TAGS).map(lambda t: f"<{t}>"),
        st.sampled_from(_TAGS).map(lambda t: f"</{t}>"),
        st.text(max_size=10),
    ),
    max_size=6,
).map("".join)
"""A short run of random tags and text (any characters)."""

fragments = st.one_of(st.sampled_from(TAG_SOUP), st.sampled_from(LEXICAL_BREAKERS), random_markup)
"""A malformed markup fragment of any sort."""


def _escape_text(text: str, entities: str) -> str:
    """HTML-escape page text, spelling some characters as entities the way pages do."""
    out = html.escape(text, quote=False)
    if entities == "named":
        out = out.replace("\u00a0", "&nbsp;").replace("“", "&ldquo;").replace("”", "&rdquo;")
        out = out.replace("’", "&rsquo;").replace("é", "&eacute;").replace("©", "&copy;")
    elif entities == "numeric":
        out = out.replace("’", "&#8217;").replace("“", "&#x201C;").replace("©", "&#169;")
    return out


_WRAPPERS = ("b", "a", "span", "em", "strong", "i", "span", "a")
_WORD_GAPS = (" ", " ", " ", " ", "&nbsp;", "\n", " <br> ", "  ", "<br>\n", " &#160;")


def decorate(text: str, seed: int, entities: str, *, line_breaks: bool = True) -> str:
    """A paragraph's inner HTML: its words, some in (nested) inline tags, odd gaps, ``<br>``.

    One integer decides the whole decoration (few draws, fast generation); seed 0 is the
    plain escaped text, which is where shrinking ends.
    """
    gaps = _WORD_GAPS if line_breaks else tuple(g for g in _WORD_GAPS if "<br>" not in g)
    if seed == 0:
        return _escape_text(text, entities)
    rng = random.Random(seed)
    words = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        n = rng.randint(1, 3)
        chunk = _escape_text(" ".join(words[i : i + n]), entities)
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
            tag = rng.choice(_WRAPPERS)
            if tag == "a":
                chunk = f'<a href="/x?a=1&amp;b=2" title="a &quot;link&quot;">{chunk}</a>'
            elif tag == "span":
                chunk = f'<span class="{rng.choice(("hl", "x  y", ""))}">{chunk}</span>'
            else:
                chunk = f"<{tag}>{chunk}</{tag}>"
        out.append(chunk)
        i += n
        if i < len(words):
            out.append(rng.choice(gaps))
    return "".join(out)


HIDDEN_INLINE = (
    '<span style="display:none">{m}</span>',
    '<span style="DISPLAY : NONE !important">{m}</span>',
    '<span style="color: red; visibility: hidden">{m}</span>',
    "<span hidden>{m}</span>",
    '<b aria-hidden="true">{m}</b>',
    '<script>var s = "{m}";</script>',
    "<style>.{m} {{ color: red }}</style>",
    "<noscript>{m}</noscript>",
    "<template><b>{m}</b></template>",
)
HIDDEN_BLOCKS = (
    '<div style="display: none"><p>{m} first</p><p>{m} second</p></div>',
    '<div hidden="hidden"><p>{m}</p></div>',
    "<p HIDDEN>{m}</p>",
    '<section aria-hidden="true"><h2>{m}</h2><ul><li>{m}</li></ul></section>',
    '<script type="text/javascript">document.write("<p>{m}</p>");</script>',
    "<style>p::after {{ content: '{m}' }}</style>",
    "<template><p>{m}</p></template>",
    "<noscript><p>{m}</p></noscript>",
    '<div class="wrapper"><span hidden><a href="/x">{m}</a></span></div>',
)
"""Invisible content as pages write it; ``{m}`` is where its marker word goes."""


@dataclass(frozen=True)
class HtmlPage:
    """A generated page, the visible parts it was made from, and the invisible marker words."""

    html: str
    headline: str
    body: tuple[str, ...]
    hidden: tuple[str, ...]
    byline: str = ""


_ATTRIBUTES = ("", ' class="story-body"', ' id="main"', ' data-x="1"', ' role="main"', " lang=en")
_ATTRIBUTE_CHOICES = st.sampled_from(_ATTRIBUTES)
# Other things article bodies hold; ``{s}`` is the headline, escaped.
_BODY_EXTRAS = (
    "<h2>What happens next</h2>",
    "<blockquote><p>We will not back down, she said.</p></blockquote>",
    "<ul><li>First point of the plan.</li><li>Second point.</li></ul>",
    "<table><tr><th>Year</th><th>Vote</th></tr><tr><td>2020</td><td>51 %</td></tr></table>",
    "<pre>x = 1\n  y = 2</pre>",
    "<p>Photo: Jane Doe/Reuters</p>",
    '<p><time datetime="2024-03-01">March 1, 2024</time></p>',
    "<p>Read more: <a href='/r'>{s}</a></p>",
    "<div class='share'><a>Share</a><a>Tweet</a><a>Email</a></div>",
    "<p>Advertisement</p>",
    "<h3>{s}</h3>",
)
_ONE_LINE_EXTRAS = tuple(e for e in _BODY_EXTRAS if "<pre>" not in e)
_JSON_LD = (
    '<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{h}", '
    '"author": {{"name": "Jane Doe"}}, "datePublished": "2024-03-01T10:00:00Z", '
    '"keywords": ["Politics", "Economy"]}}</script>'
)
_ENTITY_STYLES = st.sampled_from(("plain", "named", "numeric"))
_NAV_ITEMS = st.lists(st.sampled_from(MENU_ITEMS), min_size=1, max_size=5, unique=True)
_RELATED = st.lists(headlines, max_size=3)
_DOCTYPES = st.sampled_from(("<!DOCTYPE html>\n", "", "<!doctype html>"))


@st.composite
def html_pages(
    draw: st.DrawFn, *, lexical_breakers: bool = True, line_breaks: bool = True
) -> HtmlPage:
    """A news page: head metadata, nav, article (h1, paragraphs, figure), aside, footer.

    Hidden elements (script, style, display:none, hidden, aria-hidden, template, noscript)
    carry marker words; malformed fragments are sprinkled between the parts. With
    ``lexical_breakers=False`` the fragments never swallow the markup after them, so every
    marker stays inside its invisible element; with ``line_breaks=False`` there is no ``<br>``
    or ``<pre>``, so every block is one line.
    """
    hidden: list[str] = []
    entities = draw(_ENTITY_STYLES)
    headline = draw(headlines)
    body = draw(_PAGE_BODIES)
    soup = TAG_SOUP if line_breaks else tuple(f for f in TAG_SOUP if "br" not in f)
    breakers = LEXICAL_BREAKERS if lexical_breakers else ()

    def attrs() -> str:
        return draw(_ATTRIBUTE_CHOICES)

    def hide(rng: random.Random, forms: tuple[str, ...]) -> str:
        marker = f"{MARKER_PREFIX}{len(hidden)}x"
        hidden.append(marker)
        return rng.choice(forms).format(m=marker)

    def extra(rng: random.Random) -> str:
        """Maybe a malformed fragment or a hidden block (decided by ``rng``: fewer draws)."""
        roll = rng.randrange(10)
        if roll == 0:
            return rng.choice(soup + breakers)
        if roll == 1:
            return hide(rng, HIDDEN_INLINE + HIDDEN_BLOCKS)
        return ""

    esc_headline = _escape_text(headline, entities)
    head = [f"<title>{esc_headline} | Example News</title>"]
    metas = draw(st.integers(0, 15))
    if metas & 1:
        head.append(f'<meta property="og:title" content="{html.escape(headline)}">')
    if metas & 2:
        head.append('<meta name="keywords" content="Politics, Economy">')
    if metas & 4:
        head.append('<meta name="author" content="Jane Doe">')
    if metas & 8:  # JSON-LD is a script the metadata reader reads on purpose
        head.append(_JSON_LD.format(h=headline))  # headlines hold no quote or backslash
    nav_items = draw(_NAV_ITEMS)
    nav = "".join(f'<li><a href="/{i.lower()}">{i}</a></li>' for i in nav_items)
    rng = random.Random(draw(_SEED))
    parts = [f"<header{attrs()}><nav><ul>{nav}</ul></nav></header>", extra(rng), "<main>"]
    parts += [f"<article{attrs()}>", f"<h1>{esc_headline}</h1>", extra(rng)]
    if draw(st.booleans()):
        parts.append('<p class="byline">By <a href="/jane">Jane Doe</a></p>')
    for text in body:
        # One seed per paragraph decides its markup and what follows it; 0 means plain.
        seed = draw(_SEED)
        inner = decorate(text, seed, entities, line_breaks=line_breaks)
        if seed == 0:
            parts.append(f"<p>{inner}</p>")
            continue
        rng = random.Random(seed + 1)
        if rng.randrange(8) == 0:
            inner += hide(rng, HIDDEN_INLINE)
        parts.append(f"<p{rng.choice(_ATTRIBUTES)}>{inner}</p>")
        parts.append(extra(rng))
        if rng.randrange(8) == 0:
            extras = _BODY_EXTRAS if line_breaks else _ONE_LINE_EXTRAS
            parts.append(rng.choice(extras).format(s=_escape_text(headline, entities)))
        if rng.randrange(6) == 0:
            caption = _escape_text(sentence_from_seed(rng.getrandbits(32)), entities)
            credit = rng.choice(("Getty Images", "AP Photo/Jane Doe", "(Reuters)", ""))
            credit_html = f" <span class=credit>{credit}</span>" if credit else ""
            parts.append(
                f'<figure><img src="a.jpg" alt="{html.escape(headline)}">'
                f"<figcaption>{caption}{credit_html}</figcaption></figure>"
            )
    if draw(st.booleans()):
        parts.append("<p>Tags: <a>Politics</a>, <a>Economy</a></p>")
    parts.append("</article>")
    related = list(dict.fromkeys(draw(_RELATED)))
    if related:
        links = "".join(f'<li><a href="/r">{_escape_text(r, entities)}</a></li>' for r in related)
        parts.append(f'<aside class="related"><h2>Related</h2><ul>{links}</ul></aside>')
    rng = random.Random(draw(_SEED))
    parts += ["</main>", extra(rng)]
    parts.append("<footer>&copy; 2024 Example Media. All rights reserved.</footer>")
    parts.append(hide(rng, HIDDEN_INLINE + HIDDEN_BLOCKS))
    doctype = draw(_DOCTYPES)
    page = (
        f"{doctype}<html{attrs()}><head>{''.join(head)}</head>"
        f"<body{attrs()}>{''.join(parts)}</body></html>"
    )
    return HtmlPage(page, headline, body, tuple(hidden))


_OLD_MENU = ("Local News", "Obituaries", "Classifieds", "Weather Desk", "Contact Us")
_PARAGRAPH_BREAKS = ("<br><br>", "<br>\n<br>", "<BR><BR>\n", "<br/> <br/>")
_MIN_OLD_WORDS = 60  # the article cell reads as prose (see ``html._PROSE_CELL_WORDS``)


@st.composite
def old_html_pages(draw: st.DrawFn) -> HtmlPage:
    """A page of the 1990s-2000s: a layout table with no block tags at all.

    A masthead (maybe), a row of links under the logo, a column of links, the article cell
    (the headline in a big ``<font>``, bold type or a span classed "headline", maybe a "By"
    line in small or italic type under it, paragraphs apart by ``<br><br>``, no ``<p>``), a
    copyright row that names the site. The ``<title>`` is the headline with the site's name,
    the site's name alone, or the site's name and a section.
    """
    # The headline as a page shows it: no site name after it, and not a line that reads as a
    # byline ("By Year At Müller" could be one).
    headline = draw(headlines).removesuffix(" - Example News").removesuffix(" | The Daily")
    if headline.startswith("By "):
        headline = "Over " + headline
    body = list(draw(distinct_paragraphs(min_size=2, max_size=8)))
    rng = random.Random(draw(_SEED))
    while sum(len(p.split()) for p in body) < _MIN_OLD_WORDS:
        more = paragraph_from_seed(rng.getrandbits(32))
        if more not in body:
            body.append(more)
    menu = "<br>".join(f'<a href="/{i}">{item}</a>' for i, item in enumerate(_OLD_MENU))
    top = " | ".join(f'<a href="/s{i}">{item}</a>' for i, item in enumerate(MENU_ITEMS[:4]))
    article = "".join(f"{rng.choice(_PARAGRAPH_BREAKS)}{html.escape(p, quote=False)}" for p in body)
    font = rng.choice(("<font face=Arial size=2>{}</font>", "{}", "<font size=-1>{}</font>"))
    title = rng.choice(
        (f"{headline} - Gazette Online", "Gazette Online", "Gazette Online - Local News")
    )
    masthead = rng.choice(("", "<font size=6><b>Gazette Online</b></font><br>"))
    big = rng.choice(
        ('<font size="{}"><b>{{}}</b></font>'.format(rng.choice(("4", "5", "+2"))),
         "<b>{}</b>", '<span class="headline">{}</span>')
    )  # fmt: skip
    writer = rng.choice(("", "Jane Doe", "John Smith"))
    small = rng.choice(("<font size=2>{}</font>", "<i>{}</i>"))
    byline = "<br>" + small.format(f"By {writer}") if writer else ""
    page = (
        f"<html><head><title>{html.escape(title)}</title></head><body bgcolor=white>"
        f'<table width="100%" border=0><tr><td colspan=2>{masthead}<a href="/">'
        f'<img src="logo.gif" alt="Gazette Online"></a><br>{top}</td></tr>'
        f"<tr><td width=150 valign=top><font size=1>{menu}</font></td><td valign=top>"
        f"{big.format(html.escape(headline))}"
        f"{byline}{font.format(article)}</td></tr>"
        "<tr><td colspan=2><font size=1>Copyright &copy; 2003 Gazette Online. "
        "All rights reserved.</font></td></tr></table></body></html>"
    )
    return HtmlPage(page, headline, tuple(body), (), writer)


html_snippets = st.lists(
    st.one_of(fragments, arbitrary_text, paragraphs.map(lambda p: f"<p>{p}</p>")),
    min_size=1,
    max_size=8,
).map("".join)
"""Markup that is mostly broken: random tags, fragments and arbitrary text, in any order."""

html_inputs = st.one_of(html_pages().map(lambda page: page.html), html_snippets)
"""Any HTML input: generated pages (with every kind of fragment) and broken snippets."""

text_inputs = st.one_of(arbitrary_text, article_texts().map(lambda a: a.text))
"""Any plain-text input: arbitrary strings and realistic scraped articles."""


def _encode_page(page: HtmlPage, encoding: str) -> bytes:
    """The page as a server sends it: UTF-8, UTF-16 with a BOM, or a declared legacy charset."""
    if encoding in ("utf-8", "utf-16"):
        return page.html.encode(encoding)
    declaration = f'<meta charset="{encoding}">'
    return (declaration + page.html).encode(encoding, "xmlcharrefreplace")


bytes_inputs = st.one_of(
    arbitrary_bytes,
    st.builds(
        _encode_page, html_pages(), st.sampled_from(("utf-8", "utf-16", "windows-1252", "koi8-r"))
    ),
)
"""Any ``bytes``, and generated pages encoded the ways servers send them."""
