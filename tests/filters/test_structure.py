"""HTML structure: which container is the article (main_content) and what inside it is furniture
(boilerplate), on small synthetic pages, with the reason slug and the detail of every drop."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import cleanse
from cleanse import Pipeline
from cleanse.filters.structure import Boilerplate, MainContent

STRUCTURE = Pipeline([MainContent(), Boilerplate()])
DEFAULT = cleanse.default_pipeline()
PIPELINES = pytest.mark.parametrize("pipeline", [STRUCTURE, DEFAULT], ids=["structure", "default"])

HEADLINE = "Harbour wall to be rebuilt"
STORY = (
    "The council voted on Tuesday to rebuild the old harbour wall before the winter storms arrive.",
    "Engineers said the work would take six months and cost less than the previous estimate had suggested.",
    "Residents who live near the water welcomed the decision at a crowded public meeting that evening.",
)
COMMENT = (
    "I have lived by this harbour for forty years and the wall has never looked this bad before."
)

HEADER = '<header class="site-header"><a href="/">Daily Example</a></header>'
NAV = (
    '<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>'
    '<li><a href="/arts">Arts</a></li></ul></nav>'
)
ASIDE = '<aside><h3>Most read</h3><p><a href="/other">Another story about something</a></p></aside>'
FOOTER = "<footer><p>Contact us</p><p>About this site</p></footer>"


def page(
    extra: str = "",
    *,
    article: str = "",
    main: str = "",
    after: str = "",
    paragraphs: Sequence[str] = STORY,
    header: str = HEADER,
    nav: str = NAV,
    aside: str = ASIDE,
    footer: str = FOOTER,
) -> str:
    """A news page: header, nav, ``<main>`` holding the ``<article>``, aside, footer.

    ``extra`` goes inside the article after its paragraphs, ``after`` inside ``<main>`` after the
    article; ``article`` and ``main`` are attributes of those elements.
    """
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{HEADLINE}</title></head><body>{header}{nav}"
        f"<main{' ' + main if main else ''}><article{' ' + article if article else ''}>"
        f"<h1>{HEADLINE}</h1>{body}{extra}</article>{after}</main>"
        f"{aside}{footer}</body></html>"
    )


def comments(count: int, attributes: str = 'class="comments"') -> str:
    """A comment section of ``count`` prose comments."""
    return (
        f"<section {attributes}>"
        + "".join(f"<p>{COMMENT}</p>" for _ in range(count))
        + "</section>"
    )


def run(html: str, pipeline: Pipeline = STRUCTURE) -> tuple[cleanse.Verdict, ...]:
    return pipeline.run(cleanse.read(html, kind="html"))


def fates(html: str, text: str, pipeline: Pipeline = STRUCTURE) -> set[tuple[str, str | None]]:
    """``(status, reason)`` of every block whose text contains ``text`` (at least one)."""
    found = {
        (v.status, v.decision.reason if v.decision else None)
        for v in run(html, pipeline)
        if text in v.block.text
    }
    assert found, f"no block contains {text!r}"
    return found


def structure_drops(html: str, text: str) -> list[tuple[str, str, str]]:
    """``(filter, reason, detail)`` of the structure drops of blocks containing ``text``."""
    return [
        (v.filter or "", v.decision.reason, v.decision.detail)
        for v in run(html)
        if text in v.block.text and v.decision is not None
    ]


def in_article(verdict: cleanse.Verdict) -> bool:
    """Is the block inside the page's ``<article>``?"""
    return "article" in verdict.block.path


def assert_story_kept(
    html: str, pipeline: Pipeline = STRUCTURE, story: Sequence[str] = STORY
) -> None:
    verdicts = run(html, pipeline)
    for sentence in story:
        status = {v.status for v in verdicts if v.block.text == sentence}
        assert status == {"kept"}, (sentence, [(v.block.text, v.decision) for v in verdicts])


def test_names_and_place_in_the_default_pipeline() -> None:
    assert (MainContent().name, Boilerplate().name) == ("main_content", "boilerplate")
    names = DEFAULT.names
    assert names.index("main_content") + 1 == names.index("boilerplate")
    assert "max_link_density=0.5" in repr(Boilerplate())


# --- the article and the page around it -------------------------------------------------------


@PIPELINES
def test_page_around_the_article_is_outside_main_content(pipeline: Pipeline) -> None:
    html = page()
    assert_story_kept(html, pipeline)
    for chrome in ("Daily Example", "News", "Sport", "Most read", "Another story", "Contact us"):
        assert fates(html, chrome, pipeline) == {("dropped", "outside_main_content")}
    details = {
        v.decision.detail for v in run(html, pipeline) if v.decision and v.filter == "main_content"
    }
    assert len(details) == 1
    (detail,) = details
    assert detail.startswith("outside main") and "score" in detail


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Daily Example", "<header> header.site-header"),
        ("News", "<nav>"),
        ("Another story", "<aside>"),
        ("Contact us", "<footer>"),
    ],
)
def test_boilerplate_alone_drops_page_chrome(text: str, label: str) -> None:
    nav = '<nav><a href="/news">News</a> <a href="/sport">Sport</a></nav>'
    verdicts = Pipeline([Boilerplate()]).run(cleanse.read(page(nav=nav), kind="html"))
    (verdict,) = [v for v in verdicts if v.block.text.startswith(text)]
    assert verdict.decision is not None
    assert verdict.decision.reason == "page_chrome"
    assert label in verdict.decision.detail
    assert {v.status for v in verdicts if v.block.text in STORY} == {"kept"}


def test_a_page_without_furniture_loses_nothing() -> None:
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in STORY) + "</body></html>"
    assert all(v.status == "kept" for v in run(html))


def test_a_page_without_prose_has_no_main_content() -> None:
    html = "<html><body><div><p>Home</p><p>About</p></div><div><p>Contact</p></div></body></html>"
    assert all(v.status == "kept" for v in run(html))


# --- furniture inside the article: page chrome and class/id hints -----------------------------

WIDGET = "Widget line here"
FURNITURE = [
    # (markup inside the article, around WIDGET; reason; part of the detail)
    ('<nav><a href="/p">{}</a> <a href="/n">Next</a></nav>', "page_chrome", "<nav>"),
    ("<header><p>{}</p></header>", "page_chrome", "<header>"),
    ("<footer><p>{}</p></footer>", "page_chrome", "<footer>"),
    ("<aside><p>{}: the wall is two hundred years old.</p></aside>", "page_chrome", "<aside>"),
    ("<form><p>{}</p></form>", "page_chrome", "<form>"),
    ("<menu><li>{}</li></menu>", "page_chrome", "<menu>"),
    ('<div role="navigation"><p>{}</p></div>', "page_chrome", "role=navigation"),
    ('<div role="complementary"><p>{}</p></div>', "page_chrome", "role=complementary"),
    ('<div class="share-buttons"><p>{}</p></div>', "class_hint", "div.share-buttons ('share')"),
    ('<div class="related-links"><p>{}</p></div>', "class_hint", "('related')"),
    ('<div class="relatedposts"><p>{}</p></div>', "class_hint", "div.relatedposts"),
    ('<section id="comments"><p>{}</p></section>', "class_hint", "section#comments ('comments')"),
    ('<div id="fb-comments-box"><p>{}</p></div>', "class_hint", "('comments')"),
    ('<div class="sidebar"><p>{}</p></div>', "class_hint", "div.sidebar ('sidebar')"),
    ('<div class="newsletter-signup"><p>{}</p></div>', "class_hint", "('newsletter')"),
    ('<div class="cookie-banner"><p>{}</p></div>', "class_hint", "('cookie')"),
    ('<div class="ad"><p>{}</p></div>', "class_hint", "div.ad ('ad')"),
    ('<div class="author-box-wrap"><p>{}</p></div>', "class_hint", "('author-box')"),
    ('<div class="ad-slot-2"><p>{}</p></div>', "class_hint", "div.ad-slot-2 ('ad')"),
    (
        '<article class="teaser"><h2><a href="/old">{}</a></h2>'
        "<p>A short summary of an older story about the harbour.</p></article>",
        "repeated_teaser",
        "<article> inside another <article>",
    ),
]


@PIPELINES
@pytest.mark.parametrize(("markup", "reason", "detail"), FURNITURE)
def test_furniture_inside_the_article_is_dropped(
    pipeline: Pipeline, markup: str, reason: str, detail: str
) -> None:
    html = page(markup.format(WIDGET))
    assert fates(html, WIDGET, pipeline) == {("dropped", reason)}
    assert_story_kept(html, pipeline)


@pytest.mark.parametrize(("markup", "reason", "detail"), FURNITURE)
def test_furniture_details_name_the_container(markup: str, reason: str, detail: str) -> None:
    drops = structure_drops(page(markup.format(WIDGET)), WIDGET)
    assert drops
    for filter_name, found_reason, found_detail in drops:
        assert (filter_name, found_reason) == ("boilerplate", reason)
        assert detail in found_detail


@pytest.mark.xfail(
    strict=True,
    reason="a menu's <li> items are 'teaser cards' (>= 3 linked siblings) and the innermost mark "
    "wins, so '<nav><ul><li><a>News</a></li>x3</ul></nav>' is dropped as repeated_teaser "
    "('one of several teaser cards li'), not page_chrome",
)
def test_a_nav_menu_is_page_chrome() -> None:
    menu = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(4))
    assert fates(page(f"<nav><ul>{menu}</ul></nav>"), "Section") == {("dropped", "page_chrome")}


# --- junk words on the article's own wrapper ---------------------------------------------------

WRAPPER_ATTRIBUTES = [
    'class="page-ad-margins"',
    'class="main-content has-sidebar"',
    'class="has-section-nav"',
    'class="post tag-politics category-news"',
    'class="tag-cookies category-social"',  # taxonomy words that are junk words themselves
    'class="article-share"',
    'class="widget"',
    'id="comments-open"',
]


@pytest.mark.parametrize("where", ["article", "main"])
@pytest.mark.parametrize("attributes", WRAPPER_ATTRIBUTES)
def test_a_junk_word_on_the_article_wrapper_changes_nothing(where: str, attributes: str) -> None:
    html = page(**{where: attributes})
    assert_story_kept(html)
    assert fates(html, HEADLINE) == {("kept", None)}


def test_a_junk_word_on_a_div_around_the_article_changes_nothing() -> None:
    html = page(main='class="content"').replace("<article>", '<div class="ad-margins"><article>')
    html = html.replace("</article>", "</article></div>")
    assert_story_kept(html)


@pytest.mark.parametrize(
    "attributes", ['class="page-ad-margins"', 'class="main-content has-sidebar"']
)
def test_the_wrapper_stays_when_a_marked_comment_section_has_more_prose(attributes: str) -> None:
    html = page(main=attributes, aside=comments(3), paragraphs=STORY[:2])
    assert_story_kept(html, story=STORY[:2])
    assert fates(html, COMMENT) == {("dropped", "outside_main_content")}


@pytest.mark.parametrize(
    "attributes", ['class="ad-margins"', 'id="print-content"', 'class="widget"']
)
def test_a_junk_wrapper_word_holds_against_a_larger_comment_section(attributes: str) -> None:
    html = page(main=attributes, aside=comments(3), paragraphs=STORY[:2])
    assert_story_kept(html, story=STORY[:2])


@pytest.mark.parametrize(
    ("part", "attributes"),
    [
        # A story cut into sections whose class says ads may sit between them.
        ("section", 'class="report__section report__section--ads"'),
        # A page builder puts every paragraph of the story in a widget of its own.
        ("div", 'class="builder-widget-container"'),
    ],
)
def test_pieces_of_the_story_with_one_junk_word_are_kept(part: str, attributes: str) -> None:
    body = "".join(f"<{part} {attributes}><p>{p}</p></{part}>" for p in STORY)
    html = page(paragraphs=()).replace("</h1>", f"</h1>{body}")
    assert_story_kept(html)
    assert_story_kept(html, DEFAULT)


@pytest.mark.parametrize("around", ["aside", "div"])
def test_prose_widgets_beside_a_short_article_are_no_article(around: str) -> None:
    # Sidebar widgets of prose (more of it than the article has): marked one by one, and in
    # an aside however much prose they hold together.
    count = 12 if around == "aside" else 3
    widgets = "".join(f'<section class="widget"><p>{COMMENT}</p></section>' for _ in range(count))
    html = page(paragraphs=STORY[:2], aside=f"<{around}>{widgets}</{around}>")
    assert_story_kept(html, DEFAULT, story=STORY[:2])
    assert "kept" not in {status for status, _ in fates(html, COMMENT, DEFAULT)}


def test_one_junk_word_on_a_minor_share_of_the_prose_still_marks() -> None:
    widgets = "".join(f'<div class="widget"><p>{COMMENT}</p></div>' for _ in range(2))
    html = page(extra=widgets, aside="")
    assert_story_kept(html)
    assert fates(html, COMMENT) == {("dropped", "class_hint")}


def test_a_layout_class_naming_its_sidebar_is_not_a_sidebar() -> None:
    html = page(main='class="grid sidebar-layout--left"', aside=comments(3, 'class="widgets"'))
    assert_story_kept(html)
    assert_story_kept(html, DEFAULT)


def test_a_heading_id_from_a_table_of_contents_is_no_hint() -> None:
    html = page(extra=f'<h2 id="nav-part-2">The second part</h2><p>{STORY[0]}</p>')
    assert fates(html, "The second part") == {("kept", None)}
    assert fates(page(extra='<h2 class="nav">Sections</h2>'), "Sections") == {
        ("dropped", "class_hint")
    }


# --- repeated teasers -------------------------------------------------------------------------


def cards(count: int) -> str:
    card = (
        '<div class="card"><h3><a href="/s{i}">Story number {i} headline</a></h3>'
        "<p>A short summary of story {i}.</p></div>"
    )
    return '<div class="cards">' + "".join(card.format(i=i) for i in range(count)) + "</div>"


@PIPELINES
@pytest.mark.parametrize(
    "markup",
    [
        cards(3),
        cards(5),
        "<ul>"
        + "".join(f'<li><a href="/s{i}">Story number {i} headline</a></li>' for i in range(4))
        + "</ul>",
    ],
)
def test_three_or_more_teaser_cards_are_dropped(pipeline: Pipeline, markup: str) -> None:
    html = page(markup)
    assert fates(html, "Story number", pipeline) == {("dropped", "repeated_teaser")}
    assert_story_kept(html, pipeline)
    for _, reason, detail in structure_drops(html, "Story number"):
        assert reason == "repeated_teaser" and "teaser cards" in detail


REPEATED_PROSE = [
    # ordinary paragraphs repeated many times, some with a link, some wrapped alike
    "".join(f'<p>{s[:-1]}, <a href="/r{i}">reports say</a>.</p>' for i, s in enumerate(STORY)),
    "".join(f'<div class="paragraph"><p>{s}</p></div>' for s in STORY * 2),
    "".join(f"<section><h2>Part {i}</h2><p>{s}</p></section>" for i, s in enumerate(STORY)),
]


@pytest.mark.parametrize("markup", REPEATED_PROSE)
def test_repeated_prose_paragraphs_are_not_teasers(markup: str) -> None:
    article = [v for v in run(page(markup, paragraphs=())) if in_article(v)]
    assert len(article) > len(STORY)
    assert [(v.block.text, v.status) for v in article] == [(v.block.text, "kept") for v in article]


def test_story_split_into_repeated_chunks_with_teasers_between_is_kept() -> None:
    # Magazine layouts cut the story into alike chunks and put a "Most read" list of link
    # titles in some of them: the chunks are parts of the story, the lists are teasers.
    more = [f"{s} It was the {i} time this year." for i, s in enumerate((STORY * 3)[:8])]
    teasers = (
        "<ul>"
        + "".join(f'<li><a href="/s{i}">Story number {i} headline</a></li>' for i in range(3))
        + "</ul>"
    )
    chunk = '<div class="chunk grid">{}<aside class="rail">{}</aside></div>'
    chunks = "".join(
        chunk.format("".join(f"<p>{s}</p>" for s in more[i : i + 2]), teasers if i < 6 else "")
        for i in range(0, 8, 2)
    )
    for pipeline in (STRUCTURE, DEFAULT):
        html = page(f'<div class="chunks">{chunks}</div>', paragraphs=())
        assert_story_kept(html, pipeline, more)
        assert {status for status, _ in fates(html, "Story number", pipeline)} == {"dropped"}


def test_two_teaser_cards_are_not_a_repeat() -> None:
    assert fates(page(cards(2)), "Story number") == {("kept", None)}


def test_sections_with_permalink_headings_are_not_teasers() -> None:
    sections = "".join(
        f'<section id="s{i}"><h2><a href="#s{i}">Part {i}</a></h2><p>{s}</p></section>'
        for i, s in enumerate(STORY)
    )
    assert_story_kept(page(sections, paragraphs=()))


# --- link-dense blocks ------------------------------------------------------------------------

LINK_LISTS = [
    '<p><a href="/a">Harbour</a> <a href="/b">Council</a> <a href="/c">Weather</a></p>',
    '<div class="links"><a href="/a">Harbour news</a> | <a href="/b">Council news</a> | <a href="/c">Weather</a></div>',
    '<ul><li><a href="/a">Harbour</a></li><li><a href="/b">Council</a></li></ul>',
    '<p>Related: <a href="/a">Harbour history</a>, <a href="/b">Storm damage</a></p>',
    '<p><a href="/x">This whole long sentence is one single link to another story on the site.</a></p>',
]


@PIPELINES
@pytest.mark.parametrize("markup", LINK_LISTS)
def test_lists_of_links_are_link_dense(pipeline: Pipeline, markup: str) -> None:
    html = page(markup)
    verdicts = [v for v in run(html, pipeline) if in_article(v) and v.block.link_density > 0.5]
    assert verdicts
    for v in verdicts:
        assert v.decision is not None and v.decision.reason == "link_dense"
        assert f"{v.block.link_density:.2f}" in v.decision.detail
    assert_story_kept(html, pipeline)


LINKED_SENTENCES = [
    '<p>The <a href="/c">council</a> published the <a href="/r">full report</a> on its '
    '<a href="/w">website</a> on Monday morning.</p>',
    # more than half linked, but a sentence of 12+ words
    '<p>Read <a href="/r">the council report on the harbour wall</a> and '
    '<a href="/e">the engineers cost estimate</a> in full today.</p>',
    '<p>Read the <a href="/r">full report</a> here.</p>',
    '<h2><a href="/background">Background</a></h2>',
]


@PIPELINES
@pytest.mark.parametrize("markup", LINKED_SENTENCES)
def test_sentences_with_links_stay(pipeline: Pipeline, markup: str) -> None:
    html = page(markup)
    (verdict,) = [v for v in run(html, pipeline) if in_article(v) and v.block.link_density > 0]
    assert verdict.status == "kept", verdict.decision
    assert_story_kept(html, pipeline)


def test_the_long_linked_sentence_is_more_than_half_links() -> None:
    doc = cleanse.read(page(LINKED_SENTENCES[1]), kind="html")
    (block,) = [b for b in doc.blocks if "article" in b.path and b.link_density]
    assert 0.5 < block.link_density < 0.8 and block.words >= 12


# --- an article split in parts ----------------------------------------------------------------

SECOND_PART = (
    "Work on the northern section will start in March, the council said in a statement.",
    "The southern section will follow once the fishing season ends in the autumn months.",
)
BIG_NAV = (
    "<nav><ul>"
    + "".join(f'<li><a href="/s{i}">Section link number {i}</a></li>' for i in range(20))
    + "</ul></nav>"
)
MORE_LINKS = (
    '<div class="more">'
    + "".join(f'<p><a href="/m{i}">More story link number {i}</a></p>' for i in range(20))
    + "</div>"
)
SECOND_HALF = '<div class="story-bottom">' + "".join(f"<p>{p}</p>" for p in SECOND_PART) + "</div>"


def split_page(middle: str) -> str:
    """The article, then ``middle`` and the story's second half as its siblings in ``<main>``,
    in a page heavy with links (so ``<main>`` scores below the article)."""
    return page(after=middle + SECOND_HALF + MORE_LINKS, nav=BIG_NAV)


@PIPELINES
@pytest.mark.parametrize(
    ("middle", "text"),
    [
        ('<div class="video-player"><p>Watch: the harbour in the storm</p></div>', "Watch:"),
        ('<div class="ad-slot"><p>Advertisement</p></div>', "Advertisement"),
        ('<figure><img src="wall.jpg"></figure>', None),
    ],
)
def test_both_parts_of_a_split_article_are_kept(
    pipeline: Pipeline, middle: str, text: str | None
) -> None:
    html = split_page(middle)
    assert_story_kept(html, pipeline)
    for sentence in SECOND_PART:
        assert fates(html, sentence, pipeline) == {("kept", None)}
    if text is not None:
        assert fates(html, text, pipeline) == {("dropped", "outside_main_content")}
    assert fates(html, "Section link number 1", pipeline) == {("dropped", "outside_main_content")}
    (detail,) = {detail for _, _, detail in structure_drops(html, "More story link")}
    assert detail.startswith("outside article") and "1 sibling" in detail


# --- embedded posts and comment sections ------------------------------------------------------

TWEET = (
    '<div class="social-media-embed"><blockquote class="twitter-tweet">'
    "<p>The wall is finally getting fixed, great news for the whole town!</p>"
    '&mdash; Harbour Watch (@harbourwatch) <a href="https://twitter.com/x/status/1">May 1, 2024</a>'
    "</blockquote></div>"
)


@PIPELINES
def test_an_embedded_tweet_stays(pipeline: Pipeline) -> None:
    html = page(TWEET)
    assert fates(html, "finally getting fixed", pipeline) == {("kept", None)}
    assert fates(html, "@harbourwatch", pipeline) == {("kept", None)}
    assert_story_kept(html, pipeline)


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ('<div class="social-media-embed"><p>Follow us on Twitter</p></div>', "Follow us"),
        (
            '<div class="share-tools"><blockquote>Share this quote with your friends</blockquote></div>',
            "Share this quote",
        ),
    ],
)
def test_embed_wrappers_only_keep_the_quote(markup: str, text: str) -> None:
    assert fates(page(markup), text) == {("dropped", "class_hint")}


@pytest.mark.parametrize(
    ("story", "count", "attributes"),
    [
        (1, 2, 'class="comments"'),
        (1, 3, 'class="comments"'),
        (1, 3, 'id="comments"'),
        (1, 3, 'class="comment-list"'),
        (2, 5, 'class="comments"'),
    ],
)
@pytest.mark.parametrize("where", ["after", "aside"])
def test_a_marked_comment_section_with_more_prose_does_not_win(
    story: int, count: int, attributes: str, where: str
) -> None:
    html = page(paragraphs=STORY[:story], **{where: comments(count, attributes)})
    verdicts = run(html)
    assert {v.status for v in verdicts if v.block.text in STORY} == {"kept"}
    assert {v.status for v in verdicts if v.block.text == COMMENT} == {"dropped"}


@pytest.mark.parametrize(("story", "count"), [(1, 4), (2, 10)])
def test_a_long_comment_thread_under_a_short_article_is_dropped(story: int, count: int) -> None:
    html = page(paragraphs=STORY[:story], after=comments(count))
    verdicts = run(html)
    assert {v.status for v in verdicts if v.block.text in STORY} == {"kept"}
    assert {v.status for v in verdicts if v.block.text == COMMENT} == {"dropped"}


def test_an_unmarked_comment_section_is_part_of_the_article() -> None:
    html = page(after=comments(3, 'class="responses"'))
    assert fates(html, COMMENT) == {("kept", None)}


# --- markup shown as text ---------------------------------------------------------------------


@PIPELINES
@pytest.mark.parametrize(
    "shown",
    ["&lt;img src=x&gt;", "&lt;/div&gt;", "&lt;br/&gt;", '&lt;a href="/x"&gt;link&lt;/a&gt;'],
)
def test_markup_shown_as_text_is_dropped(pipeline: Pipeline, shown: str) -> None:
    html = page(f"<p>{shown}</p>")
    (verdict,) = [v for v in run(html, pipeline) if v.block.text.startswith("<")]
    assert verdict.decision is not None and verdict.decision.reason == "markup_text"
    assert verdict.decision.detail
    assert_story_kept(html, pipeline)


@pytest.mark.parametrize(
    "text",
    [
        "Use the &lt;p&gt; tag for paragraphs in your own pages, the guide says.",
        "3 &lt; 4 and 5 &gt; 2 are both true.",
        "&lt;3 love this town",
        "&lt;&lt;&lt; Back to the harbour story",
    ],
)
def test_text_with_angle_brackets_is_not_markup(text: str) -> None:
    html = page(f"<p>{text}</p>")
    assert not [v for v in run(html) if v.decision and v.decision.reason == "markup_text"]


# --- details ----------------------------------------------------------------------------------

ALL_CASES = [
    page(),
    *(page(markup.format(WIDGET)) for markup, *_ in FURNITURE),
    page(cards(3)),
    *(page(markup) for markup in LINK_LISTS),
    page("<p>&lt;img src=x&gt;</p>"),
    split_page('<div class="ad-slot"><p>Advertisement</p></div>'),
]


@pytest.mark.parametrize("html", ALL_CASES)
def test_every_drop_explains_itself(html: str) -> None:
    doc = cleanse.read(html, kind="html")
    for v in STRUCTURE.run(doc):
        if v.decision is None:
            continue
        detail, reason = v.decision.detail, v.decision.reason
        assert detail, v
        if reason == "link_dense":
            assert f"{v.block.link_density:.2f}" in detail
        elif reason == "outside_main_content":
            assert detail.startswith("outside ") and "score" in detail
        elif reason in ("page_chrome", "class_hint"):
            labels = {doc.containers[c].label for c in doc.ancestors(v.block.group)}
            assert any(label in detail for label in labels), (detail, labels)
        elif reason == "repeated_teaser":
            assert "article" in detail or "teaser" in detail


# --- plain text -------------------------------------------------------------------------------

PLAIN = (
    "Home\nNews\nSport\n\n<img src=x>\n\nShare this\n\n"
    + "\n\n".join(STORY)
    + "\n\nComments\n\nRelated: Harbour history, Storm damage"
)


@pytest.mark.parametrize("structure_filter", [MainContent(), Boilerplate()])
def test_plain_text_is_left_alone(structure_filter: MainContent | Boilerplate) -> None:
    doc = cleanse.read(PLAIN, kind="text")
    context = cleanse.Context(doc, doc.blocks)
    assert list(structure_filter(context)) == []
    assert all(v.status == "kept" for v in Pipeline([structure_filter]).run(doc))


def test_plain_text_through_the_default_pipeline_has_no_structure_decisions() -> None:
    article = cleanse.clean(PLAIN, kind="text")
    assert not {t.filter for t in article.trace} & {"main_content", "boilerplate"}


def test_an_empty_html_document_gets_no_decisions() -> None:
    doc = cleanse.read("<html><body></body></html>", kind="html")
    context = cleanse.Context(doc, doc.blocks)
    assert list(MainContent()(context)) == [] and list(Boilerplate()(context)) == []


# --- several whole stories on one page ----------------------------------------------------------

NEXT_STORY = (
    "The ferry company said on Monday that it would add two more crossings every day this summer.",
    "Passengers had complained for years about the long queues at the terminal in the high season.",
    "The new timetable starts in June and the fares will stay the same until the end of the year.",
)


def feed(stories: Sequence[tuple[str, Sequence[str]]]) -> str:
    """A page that loads the next story below this one: whole <article>s in a list, each
    with its headline in its own <header>, under a heading that names the feed."""
    items = "".join(
        f"<article class=item><header><h2>{title}</h2></header>"
        + "".join(f"<p>{p}</p>" for p in paragraphs * 3)
        + "</article>"
        for title, paragraphs in stories
    )
    return (
        f"<html><head><title>{HEADLINE} | Daily Example</title></head><body>{HEADER}{NAV}"
        f"<main><h1>Latest stories</h1><div class=list>{items}</div></main>{FOOTER}</body></html>"
    )


@PIPELINES
@pytest.mark.parametrize("place", ["first", "second"])
def test_of_several_whole_stories_the_one_that_shows_the_title_is_the_article(
    pipeline: Pipeline, place: str
) -> None:
    stories = [(HEADLINE, STORY), ("Ferry adds summer crossings", NEXT_STORY)]
    html = feed(stories if place == "first" else stories[::-1])
    verdicts = run(html, pipeline)
    kept = {v.block.text for v in verdicts if v.status == "kept"}
    assert set(STORY) <= kept
    assert not kept & set(NEXT_STORY)
    details = {v.decision.detail for v in verdicts if v.block.text in NEXT_STORY and v.decision}
    assert details == {"outside article.item, of several stories the one that shows the page title"}


@PIPELINES
def test_several_stories_none_showing_the_title_are_all_kept(pipeline: Pipeline) -> None:
    """A live blog's entries, or a page whose title no story shows: nothing to choose by."""
    verdicts = run(feed([("Morning update", STORY), ("Evening update", NEXT_STORY)]), pipeline)
    kept = {v.block.text for v in verdicts if v.status == "kept"}
    assert set(STORY) | set(NEXT_STORY) <= kept
