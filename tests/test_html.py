"""The HTML walk: markup -> blocks (text, kind, heading level, link density), containers, spans."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

import cleanse
from cleanse import Document, Kind
from cleanse.html import _drop_unparsed, html_to_document


def read(html: str) -> Document:
    """The document the walk makes of ``html`` (read as HTML whatever it looks like)."""
    return cleanse.read(html, kind="html")


def blocks(html: str) -> list[tuple[str, str]]:
    """``(text, kind)`` of each block of ``html``."""
    return [(b.text, b.kind.value) for b in read(html).blocks]


def texts(html: str) -> list[str]:
    return [b.text for b in read(html).blocks]


# --- headings and kinds -----------------------------------------------------------------------


@pytest.mark.parametrize("level", range(1, 7))
def test_headings_carry_their_level(level: int) -> None:
    (block,) = read(f"<h{level}>Storm <em>warning</em></h{level}>").blocks
    assert (block.text, block.kind, block.level) == ("Storm warning", Kind.HEADING, level)


def test_heading_levels_in_a_page_and_no_level_elsewhere() -> None:
    html = "<h1>One</h1><p>Body</p><div><h3>Three</h3></div><hgroup><h2>Two</h2></hgroup>"
    assert [(b.text, b.level) for b in read(html).blocks] == [
        ("One", 1),
        ("Body", 0),
        ("Three", 3),
        ("Two", 2),
    ]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Para</p>", [("Para", "paragraph")]),
        ("<div>Div</div>", [("Div", "paragraph")]),
        (
            "<section>Sec</section><address>Addr</address>",
            [("Sec", "paragraph"), ("Addr", "paragraph")],
        ),
        ("<ul><li>One</li><li>Two</li></ul>", [("One", "list_item"), ("Two", "list_item")]),
        ("<ol><li><p>In a p</p></li></ol>", [("In a p", "list_item")]),
        (
            "<dl><dt>Term</dt><dd>Meaning</dd></dl>",
            [("Term", "list_item"), ("Meaning", "list_item")],
        ),
        (
            "<li>Parent<ul><li>Child</li></ul></li>",
            [("Parent", "list_item"), ("Child", "list_item")],
        ),
        ("<blockquote>Quoted</blockquote>", [("Quoted", "quote")]),
        ("<blockquote><p>One</p><p>Two</p></blockquote>", [("One", "quote"), ("Two", "quote")]),
        # The kind ends with its element.
        ("<blockquote><p>Q</p></blockquote><p>After</p>", [("Q", "quote"), ("After", "paragraph")]),
        ("<pre>x = 1</pre>", [("x = 1", "code")]),
        (
            "<figure><img src=a.jpg><figcaption>The harbour</figcaption></figure>",
            [("The harbour", "caption")],
        ),
        (
            "<div>Outer<p>Inner</p>after</div>",
            [("Outer", "paragraph"), ("Inner", "paragraph"), ("after", "paragraph")],
        ),
    ],
)
def test_block_kinds(html: str, expected: list[tuple[str, str]]) -> None:
    assert blocks(html) == expected


# --- text inside a block: line breaks, inline tags, entities -----------------------------------


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>one<br>two</p>", "one\ntwo"),
        ("<p>one<br/><br/>two</p>", "one\ntwo"),  # blank lines do not survive inside a block
        ("<p><br>one<br></p>", "one"),
        ("<h2>A<br>B</h2>", "A\nB"),
        ("<p>one\ntwo</p>", "one two"),  # a newline in the source is only whitespace
        ("<pre>a\nb\nc</pre>", "a\nb\nc"),
        ("<pre>line 1\n\n\n\nline 2</pre>", "line 1\n\nline 2"),
        ("<pre>a<br>b</pre>", "a\nb"),
    ],
)
def test_line_breaks_come_from_br_and_pre(html: str, expected: str) -> None:
    (text,) = texts(html)
    assert text == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<div>one<br><br>two</div>", ["one", "two"]),
        ("<div>one<br>\n <br/>two<br><br><br>three</div>", ["one", "two", "three"]),
        ("<td>one<br><br>two</td>", ["one", "two"]),
        ("<div><font>one<br><br>two</font> three</div>", ["one", "two three"]),
        ("<blockquote>one<br><br>two</blockquote>", ["one", "two"]),
        ("<div>one<br>two</div>", ["one\ntwo"]),  # one break is a line of the same block
        ("<div>one<br>x<br>two</div>", ["one\nx\ntwo"]),
        ("<p>one<br><br>two</p>", ["one\ntwo"]),  # a <p> is one paragraph, however spaced
        ("<pre>one<br><br>two</pre>", ["one\n\ntwo"]),
        ("<table><tr><td>one<br><br>two</td><td>x</td></tr></table>", ["one two | x"]),
    ],
)
def test_two_line_breaks_end_a_paragraph_outside_p(html: str, expected: list[str]) -> None:
    """Old pages mark paragraphs with ``<br><br>`` in a cell or a div: each is its own block,
    so a filter can drop one line of junk without the article around it."""
    assert texts(html) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            "<td><font size=4><b>Headline</b></font><br>By Jane Doe</td>",
            ["Headline", "By Jane Doe"],
        ),
        ("<div><b>Headline</b> <br>By Jane Doe</div>", ["Headline", "By Jane Doe"]),
        ("<div><strong>A <i>big</i> day</strong><br>Text</div>", ["A big day", "Text"]),
        (
            "<td><span class=headline>Headline</span><br><i>By Jane Doe</i><br>Text</td>",
            ["Headline", "By Jane Doe", "Text"],
        ),
        ("<div>Text and <b>bold</b><br>more</div>", ["Text and bold\nmore"]),  # not whole line
        ("<div><b>Bold</b> and text<br>more</div>", ["Bold and text\nmore"]),
        ("<div><a href=/>Home</a><br><a href=/w>World</a></div>", ["Home\nWorld"]),
        ("<p><b>Run-in heading</b><br>Text</p>", ["Run-in heading\nText"]),
        ("<li><b>Term</b><br>Text</li>", ["Term\nText"]),
    ],
)
def test_a_break_after_a_bold_line_ends_the_block_outside_p(html: str, expected: list[str]) -> None:
    """An old page's headline is a line of bold or big type with a ``<br>`` after it."""
    assert texts(html) == expected


def test_pre_keeps_its_lines() -> None:
    (block,) = read("<pre><code>def f():\n    return 1\n\nprint(f())</code></pre>").blocks
    assert block.kind is Kind.CODE
    assert [line.strip() for line in block.text.split("\n")] == [
        "def f():",
        "return 1",
        "",
        "print(f())",
    ]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p><b>a</b> <i>b</i></p>", "a b"),
        ("<p><b>a</b><i>b</i></p>", "ab"),
        ("<p><b>a</b>\n   <i>b</i></p>", "a b"),
        ("<p>x <span>y</span> <a href=/z>z</a> <em>w</em></p>", "x y z w"),
        ("<p><strong>Bold <em>nested</em></strong> tail</p>", "Bold nested tail"),
        ("<p>  lots   of \t space  </p>", "lots of space"),
        ("<p>x <img src=a.png alt=picture> y</p>", "x y"),
        ("<p>a<!-- a comment -->b</p>", "ab"),
        ("<P>Upper <B>case</B></P>", "Upper case"),
    ],
)
def test_inline_tags_do_not_split_a_block(html: str, expected: str) -> None:
    assert texts(html) == [expected]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Fish &amp; chips</p>", "Fish & chips"),
        ("<p>New&nbsp;York</p>", "New York"),
        ("<p>a&nbsp;&nbsp; &nbsp;b</p>", "a b"),
        ("<p>&lt;b&gt; is bold</p>", "<b> is bold"),
        ("<p>It&#8217;s &eacute;t&eacute; &copy; &#x41;</p>", "It’s été © A"),
    ],
)
def test_entities_are_decoded(html: str, expected: str) -> None:
    assert texts(html) == [expected]


# --- link density -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "density"),
    [
        ("<p>no links here</p>", 0.0),
        ("<p><a href=/x>all link</a></p>", 1.0),
        ("<p>half <a href=/x>link</a></p>", 0.5),
        ("<p><a href=/x>one</a> two <a href=/y>six</a> ten</p>", 0.5),
        ("<p><a href=/x><b>bold</b> link</a> text</p>", 8 / 12),
        ("<h2><a href=/x>Linked heading</a></h2>", 1.0),
        ("<ul><li><a href=/x>Menu</a></li></ul>", 1.0),
        ("<p>Read the <a href=/r>report</a> today, officials said.</p>", 6 / 29),
    ],
)
def test_link_density(html: str, density: float) -> None:
    (block,) = read(html).blocks
    assert block.link_density == pytest.approx(density, abs=0.05)


def test_link_density_is_per_block() -> None:
    doc = read("<p><a href=/a>Linked</a></p><p>Not linked at all</p>")
    assert [b.link_density for b in doc.blocks] == [1.0, 0.0]


@pytest.mark.parametrize(
    ("html", "density"),
    [
        ("<p>half <a href=/x>\n\t\tlink\n\t</a></p>", 0.5),
        ("<p>Read the report\n  <a href=/r>\n    here\n  </a>\n</p>", 4 / 17),
        ("<p>one two <a href=/x>three&nbsp;&nbsp;&nbsp;four</a></p>", 9 / 15),
    ],
)
def test_link_density_ignores_whitespace_in_pretty_printed_links(html: str, density: float) -> None:
    (block,) = read(html).blocks
    assert block.link_density == pytest.approx(density, abs=0.05)


# --- tables -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            "<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>31</td></tr></table>",
            [("Name | Age", "table"), ("Ann | 31", "table")],
        ),
        (
            "<table><caption>Results</caption><thead><tr><th>A</th><th>B</th></tr></thead>"
            "<tbody><tr><td>1</td><td>2</td></tr></tbody></table>",
            [("Results", "caption"), ("A | B", "table"), ("1 | 2", "table")],
        ),
        (
            "<table><tr><td><b>Ann</b> <i>Lee</i></td><td><a href=/a>31</a></td></tr></table>",
            [("Ann Lee | 31", "table")],
        ),
        ("<table><tr><td>a<br>b</td><td>c</td></tr></table>", [("a b | c", "table")]),
        (
            "<table><tr><td>Only</td></tr></table><p>After</p>",
            [("Only", "table"), ("After", "paragraph")],
        ),
        (  # a data table inside a layout table
            "<table><tr><td>Left<table><tr><td>x</td><td>y</td></tr></table></td></tr></table>",
            [("Left", "paragraph"), ("x | y", "table")],
        ),
    ],
)
def test_data_tables_give_one_block_per_row(html: str, expected: list[tuple[str, str]]) -> None:
    assert blocks(html) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            "<table><tr><td><p>Column one</p></td><td><div>Column two</div></td></tr></table>",
            [("Column one", "paragraph"), ("Column two", "paragraph")],
        ),
        (
            "<table><tr><td><h1>Title</h1></td></tr><tr><td><p>Body text</p></td></tr></table>",
            [("Title", "heading"), ("Body text", "paragraph")],
        ),
        (
            "<table><tr><td><ul><li>Menu</li></ul></td><td>Text cell</td></tr></table>",
            [("Menu", "list_item"), ("Text cell", "paragraph")],
        ),
    ],
)
def test_layout_tables_are_not_table_rows(html: str, expected: list[tuple[str, str]]) -> None:
    assert blocks(html) == expected
    assert not any(" | " in text for text, _ in expected)


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("<h4>Name</h4>", "heading"),
        ("<pre>Name</pre>", "code"),
        ("<section>Name</section>", "paragraph"),
    ],
)
def test_a_table_with_blocks_in_its_cells_is_layout_not_half_data(cell: str, kind: str) -> None:
    """A cell holding a block element makes the table a layout: its cells are read as blocks,
    and no row is cut into a table block and a stray heading."""
    html = f"<table><tr><td>{cell}</td><td>Value</td></tr></table>"
    assert blocks(html) == [("Name", kind), ("Value", "paragraph")]


PROSE = " ".join(["The council voted on Tuesday to repair the old bridge."] * 6)  # 60 words


@pytest.mark.parametrize(
    "html",
    [
        # An old page's layout: inline text only, but a cell holds the article.
        f"<table><tr><td><a href=/a>Local</a><br><a href=/b>World</a></td>"
        f"<td><font>{PROSE}</font></td></tr></table>",
        # A table that says it is for presentation.
        '<table role="presentation"><tr><td>Menu</td><td>Short text</td></tr></table>',
    ],
)
def test_layout_tables_of_inline_text_are_not_table_rows(html: str) -> None:
    found = blocks(html)
    assert len(found) == 2
    assert all(kind == "paragraph" and " | " not in text for text, kind in found)


def test_a_headed_table_with_a_long_cell_is_still_data() -> None:
    """Header cells say the table is data, however long a cell (an episode list's summaries)."""
    html = (
        f"<table><tr><th>No.</th><th>Summary</th></tr><tr><td>1</td><td>{PROSE}</td></tr></table>"
    )
    assert blocks(html) == [("No. | Summary", "table"), (f"1 | {PROSE}", "table")]


def test_an_old_table_layout_page_is_cleaned_like_a_modern_one() -> None:
    """Navigation cells go, the article cell's <br><br> paragraphs stay as paragraphs, the
    headline in a big font is the title, and the footer's copyright line is taken."""
    paragraph = "The council voted on Tuesday to repair the old river bridge, closed since spring."
    article = "<br><br>".join(f"{paragraph} Part {n} of the story goes on here." for n in range(4))
    html = (
        "<html><head><title>Gazette Online</title></head><body><table>"
        '<tr><td colspan=2><a href="/"><img src=logo.gif alt="Gazette Online"></a> '
        '<a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/jobs">Jobs</a></td></tr>'
        '<tr><td><a href="/a">Local</a><br><a href="/b">World</a><br><a href="/c">Weather</a></td>'
        '<td><font size="5"><b>Council approves bridge repair</b></font><br><br>'
        f"<font size=2>{article}</font></td></tr>"
        "<tr><td colspan=2>Copyright 2004 Gazette Online. All rights reserved.</td></tr>"
        "</table></body></html>"
    )
    result = cleanse.clean(html)
    assert result.title == "Council approves bridge repair"
    assert [p.text for p in result.paragraphs if "Part" in p.text] == [
        f"{paragraph} Part {n} of the story goes on here." for n in range(4)
    ]
    assert all(p.kind is Kind.PARAGRAPH for p in result.paragraphs)
    assert not any(word in result.text for word in ("Weather", "Jobs", "Copyright"))
    assert result.copyright is not None and result.copyright.startswith("Copyright 2004")


# --- invisible content ------------------------------------------------------------------------

INVISIBLE = [
    "<script>secret()</script>",
    "<style>.secret { color: red }</style>",
    "<noscript>secret</noscript>",
    "<template><p>secret</p></template>",
    "<svg><title>secret</title><text>secret</text></svg>",
    "<math><mi>secret</mi></math>",
    "<iframe>secret</iframe>",
    "<object>secret</object>",
    "<canvas>secret</canvas>",
    "<button>secret</button>",
    "<select><option>secret</option></select>",
    "<textarea>secret</textarea>",
    "<span hidden>secret</span>",
    '<p hidden="hidden">secret</p>',
    "<div hidden><p>secret</p><p>secret</p></div>",
    '<ul hidden=""><li>secret</li></ul>',
    '<span aria-hidden="true">secret</span>',
    '<span style="display:none">secret</span>',
    '<span style="color: red; DISPLAY : none !important">secret</span>',
    '<div style="visibility: hidden"><p>secret</p></div>',
    '<span class="sr-only">secret</span>',
    '<span class="icon visually-hidden">secret</span>',
    '<span class="visuallyhidden">secret</span>',
    '<span class="screen-reader-text">secret</span>',
]


@pytest.mark.parametrize("hidden", INVISIBLE)
def test_invisible_content_never_becomes_text_but_its_tail_does(hidden: str) -> None:
    doc = read(f"<div>Keep {hidden}this</div><p>Next</p>")
    assert "secret" not in doc.text
    assert [b.text for b in doc.blocks] == ["Keep this", "Next"]


@pytest.mark.parametrize(
    "visible",
    [
        '<span aria-hidden="false">shown</span>',
        '<span style="overflow: hidden">shown</span>',
        '<span style="display: inline-block">shown</span>',
        '<span data-hidden="true">shown</span>',
        '<span class="hidden-print">shown</span>',
    ],
)
def test_look_alikes_of_hiding_stay_visible(visible: str) -> None:
    assert texts(f"<div>Keep {visible} this</div>") == ["Keep shown this"]


def test_head_and_title_are_not_body_text() -> None:
    html = "<html><head><title>Page title</title><style>p{}</style></head><body><p>Body</p></body></html>"
    assert texts(html) == ["Body"]


def test_hidden_elements_are_not_containers() -> None:
    doc = read('<div class="shown"><div hidden class="gone"><p>x</p></div><p>y</p></div>')
    assert "gone" not in {c.classes for c in doc.containers}
    assert [b.text for b in doc.blocks] == ["y"]


# --- containers -------------------------------------------------------------------------------

PAGE = (
    "<html><body>"
    '<main id="content" class="  site-main   wide " role="Main">'
    '<article class="post"><div class="entry"><p>Text <span class="x">here</span></p></div>'
    "</article></main></body></html>"
)


def test_container_chain_records_tag_id_classes_and_role() -> None:
    doc = read(PAGE)
    (block,) = doc.blocks
    chain = doc.ancestors(block.group)
    assert chain[0] == block.group
    assert [doc.containers[c].tag for c in chain] == ["p", "div", "article", "main", "body", "html"]
    main = doc.containers[chain[3]]
    assert (main.ident, main.classes, main.role) == ("content", "site-main wide", "main")
    assert main.label == "main#content.site-main.wide"
    assert doc.containers[chain[2]].classes == "post"
    assert block.path == "main#content.site-main.wide > article.post > div.entry > p"


def test_container_parents_and_depths_are_consistent() -> None:
    doc = read(PAGE)
    for index, box in enumerate(doc.containers):
        if box.parent < 0:
            assert box.depth == 0
        else:
            assert box.parent < index
            assert box.depth == doc.containers[box.parent].depth + 1
    chain = doc.ancestors(doc.blocks[0].group)
    assert doc.containers[chain[-1]].parent == -1
    assert all(doc.containers[a].parent == b for a, b in pairwise(chain))


def test_inline_elements_are_not_containers() -> None:
    doc = read(PAGE)
    assert "span" not in {c.tag for c in doc.containers}
    assert "x" not in {c.classes for c in doc.containers}


def test_text_around_a_child_block_shares_the_outer_group() -> None:
    doc = read("<div id=o>Outer<p>Inner</p>after</div>")
    outer, inner, after = doc.blocks
    assert outer.group == after.group
    assert doc.containers[outer.group].ident == "o"
    assert doc.containers[inner.group].parent == outer.group


# --- spans ------------------------------------------------------------------------------------

SAMPLES = [
    PAGE,
    "<h1>T</h1><p>One<br>two</p><pre>a\nb</pre><ul><li>x</li><li>y</li></ul>",
    "<table><tr><td>a</td><td>b</td></tr></table><p>Fish &amp; chips&nbsp;today</p>",
    "<div>Outer<p>Inner</p>after <b>bold</b></div><blockquote>Q</blockquote>",
]


@pytest.mark.parametrize("html", SAMPLES)
def test_block_spans_index_the_document_text(html: str) -> None:
    doc = read(html)
    assert doc.blocks
    assert doc.text == "\n\n".join(b.text for b in doc.blocks)
    for i, block in enumerate(doc.blocks):
        assert block.index == i
        assert doc.text[block.start : block.end] == block.text
        assert block.span == (block.start, block.end)
        assert block.words > 0
    assert all(a.end < b.start for a, b in pairwise(doc.blocks))


def test_html_to_document_is_what_read_uses() -> None:
    html = SAMPLES[1]
    assert html_to_document(html) == read(html)
    assert read(html).source_kind == "html"


# --- nothing to read --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "\n\t\n",
        "<html></html>",
        "<html><body></body></html>",
        "<!DOCTYPE html>",
        "<div><span></p></div>",
        "</div></span></p>",
        "<br><br><hr><img src=x>",
        "<p></p><p>&nbsp;</p><p>\u200b</p><div>\x0c\x0b</div>",
        "<!-- only a comment -->",
        "<?xml version='1.0'?>",
        "<script>only()</script><style>p{}</style>",
        "<html><head><title>Only a title</title></head></html>",
    ],
)
def test_empty_or_garbage_markup_gives_an_empty_document(html: str) -> None:
    doc = read(html)
    assert (doc.text, doc.blocks, doc.source_kind) == ("", (), "html")
    assert cleanse.clean(html, kind="html").paragraphs == ()


def test_nul_characters_are_dropped_like_other_control_characters() -> None:
    assert texts("<p>\x00</p>") == []
    assert texts("<p>a\x00b</p>") == ["ab"]


# --- encodings and inputs ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "<?xml version='1.0'?><p>café</p>",
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0'
        ' Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>café</p></body></html>',
        # A str is already decoded: a declared charset must not decode it again.
        '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>café</p></body></html>',
        '<html><head><meta charset="latin-1"></head><body><p>café</p></body></html>',
    ],
)
def test_xml_declarations_and_declared_charsets_in_str(html: str) -> None:
    assert texts(html) == ["café"]


@pytest.mark.parametrize(
    ("html", "encoding", "expected"),
    [
        (
            '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>café</p></body></html>',
            "latin-1",
            "café",
        ),
        (
            '<html><head><meta charset="windows-1251"></head><body><p>Привет</p></body></html>',
            "cp1251",
            "Привет",
        ),
        (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=shift_jis">'
            "</head><body><p>日本語</p></body></html>",
            "shift_jis",
            "日本語",
        ),
        ("<html><body><p>naïve</p></body></html>", "utf-8", "naïve"),
        ("<html><body><p>naïve</p></body></html>", "utf-8-sig", "naïve"),
    ],
)
def test_bytes_are_decoded_by_their_declared_charset(
    html: str, encoding: str, expected: str
) -> None:
    doc = cleanse.read(html.encode(encoding))
    assert doc.source_kind == "html"
    assert [b.text for b in doc.blocks] == [expected]


MARKUP = "<html><body><h1>Title</h1><article><p>Fish &amp; chips</p><script>x()</script></article></body></html>"


def test_a_beautifulsoup_object_is_read_as_html() -> None:
    soup = BeautifulSoup(MARKUP, "html.parser")
    doc = cleanse.read(soup)
    assert doc.source_kind == "html"
    assert [(b.text, b.kind.value) for b in doc.blocks] == [
        ("Title", "heading"),
        ("Fish & chips", "paragraph"),
    ]
    assert doc == read(MARKUP)


def test_a_beautifulsoup_tag_is_read_alone() -> None:
    soup = BeautifulSoup(MARKUP, "html.parser")
    assert [b.text for b in cleanse.read(soup.article).blocks] == ["Fish & chips"]
    assert cleanse.clean(soup).text == "Fish & chips"


@pytest.mark.parametrize("tag", ["div", "span", "section"])
def test_text_nested_deeper_than_256_elements_is_read(tag: str) -> None:
    html = f"<{tag}>" * 1000 + "<p>Deep inside.</p>" + f"</{tag}>" * 1000 + "<p>Below it.</p>"
    assert cleanse.clean(html).text == "Deep inside.\n\nBelow it."


def test_text_nested_deeper_than_the_parser_goes_is_read_as_text() -> None:
    deep = "<table><tr><td>" * 1000 + "<p>Deep inside the tables.</p>" + "</td></tr></table>" * 1000
    page = f"<html><head><title>Deep page</title></head><body>{deep}<p>Below it.</p></body></html>"
    article = cleanse.clean(page)
    assert article.text == "Deep inside the tables.\n\nBelow it."
    assert article.title == "Deep page"  # the head was parsed before the limit


def test_unclosed_inline_tags_thousands_deep_keep_their_words() -> None:
    page = "<html><body><p>" + "<font>word " * 3000 + "</p></body></html>"
    assert cleanse.clean(page).text.split() == ["word"] * 3000


# The comment-and-element rule of the parser-less reading as one regex; it takes time quadratic
# in a page of thousands of unclosed <noscript> (each looks for its end to the page's end).
_UNPARSED_RULE = re.compile(
    r"<!--.*?-->|<(script|style|template|noscript|svg|math|head)\b[^>]*>.*?</\1\s*>", re.S | re.I
)
_MARKUP_PIECES = st.sampled_from(
    ["<!--", "-->", "<script", "<SCRIPT x", "</script", "</script >", "<style>", "</style>",
     "<noscript>", "</noscript>", "<svg", "</svg>", "<head>", "<math>", ">", "<", "x", " ", "-",
     "<p>", "</p>", "<scripts>", "&amp;", "\n", "<br>"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_MARKUP_PIECES, max_size=12).map("".join))
def test_markup_text_drops_what_the_rule_drops(markup: str) -> None:
    assert _drop_unparsed(markup) == _UNPARSED_RULE.sub("", markup)


@pytest.mark.parametrize("opener", ["<noscript>", "<!--", "<script ", "<svg>", "<"])
def test_a_deep_page_of_unclosed_invisible_elements_is_read(opener: str) -> None:
    # Deeper than the parser goes, so read without it (``markup_text``); 40 000 openers left
    # open, each followed by a word: every word stays, nothing is lost.
    page = "<html><body>" + "<div>" * 3000 + f"{opener}word " * 40000
    assert cleanse.clean(page).text.count("word") == 40000
