"""Markdown input: its syntax is markup, not text; links keep their text and their weight."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleanse
from cleanse.blocks import Kind
from cleanse.markdown import markdown_to_document
from cleanse.source import sniff_kind

STORY = (
    "The council met on Monday night to decide the future of the old harbour wall, which "
    "has stood for two hundred years and is now crumbling into the sea."
)


def blocks(text: str) -> list[tuple[str, Kind, float]]:
    return [(b.text, b.kind, round(b.link_density, 2)) for b in markdown_to_document(text).blocks]


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("[Home](https://example.org/)", [("Home", Kind.LINE, 1.0)]),
        ('[Home](https://example.org/ "Go home")', [("Home", Kind.LINE, 1.0)]),
        ("[Home][1]\n\n[1]: https://example.org/", [("Home", Kind.LINE, 1.0)]),
        ("Read [the report](/r) now", [("Read the report now", Kind.LINE, 0.56)]),
        ("![A harbour](harbour.jpg)", []),
        ("[![logo](logo.png)](/)", []),
        ("See <https://example.org/>", [("See", Kind.LINE, 0.0)]),
        ("# Sea wall", [("Sea wall", Kind.HEADING, 0.0)]),
        ("### Sea wall ###", [("Sea wall", Kind.HEADING, 0.0)]),
        ("Sea wall\n========", [("Sea wall", Kind.HEADING, 0.0)]),
        ("* Milk", [("Milk", Kind.LIST_ITEM, 0.0)]),
        ("- Milk", [("Milk", Kind.LIST_ITEM, 0.0)]),
        ("2. Milk", [("Milk", Kind.LIST_ITEM, 0.0)]),
        ("* * [World](/world)", [("World", Kind.LIST_ITEM, 1.0)]),
        ("> It is crumbling.", [("It is crumbling.", Kind.QUOTE, 0.0)]),
        ("It **is** _crumbling_ `now`", [("It is crumbling now", Kind.LINE, 0.0)]),
        ("snake_case_name and 2 * 3 * 4", [("snake_case_name and 2 * 3 * 4", Kind.LINE, 0.0)]),
        (
            "_" + "Comments are moderated. " * 59 + "Comments are moderated._",
            [("Comments are moderated. " * 59 + "Comments are moderated.", Kind.LINE, 0.0)],
        ),
        (r"1\. not a list \*", [("1. not a list *", Kind.LINE, 0.0)]),
        ("```\n# not a heading\n```", [("# not a heading", Kind.CODE, 0.0)]),
        ("* * *", []),
        (
            "| a | b |\n|---|---|\n| 1 | 2 |",
            [("| a | b |", Kind.LINE, 0.0), ("| 1 | 2 |", Kind.LINE, 0.0)],
        ),
    ],
)
def test_syntax_is_read(markdown: str, expected: list[tuple[str, Kind, float]]) -> None:
    assert blocks(markdown) == expected


def test_lines_a_wrapper_broke_are_one_paragraph() -> None:
    wrapped = (
        "The council met on Monday night to decide the future of the old harbour\n"
        "wall, as [the city's\nreport](https://example.org/reports/harbour-\nwall-2024) asked.\n\n"
        "> A quote that runs on\n> over two lines."
    )
    assert [b.text for b in markdown_to_document(wrapped).blocks] == [
        "The council met on Monday night to decide the future of the old harbour wall, as "
        "the city's report asked.",
        "A quote that runs on over two lines.",
    ]


def test_a_page_of_links_loses_its_menus_and_keeps_its_story() -> None:
    menu = "\n".join(f"* [Section {n}](https://example.org/section/{n})" for n in range(8))
    footer = "[Privacy](/privacy) | [Terms](/terms) | [Contact](/contact)"
    page = f"[Daily Gazette](/)\n\n{menu}\n\n# Sea wall approved\n\n{STORY}\n\n{STORY}\n\n{footer}"
    article = cleanse.clean(page)
    assert article.title == "Sea wall approved"
    assert article.text == f"{STORY}\n\n{STORY}"
    assert "https" not in " ".join(r.text for r in article.removed)  # no URL was text
    assert {r.reason for r in article.removed} >= {"link_line"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("\n".join(f"* [Item {n}](/item/{n})" for n in range(6)), "markdown"),
        # html2text keeps <noscript> images as tags; the links still say Markdown
        (
            '<img src="x.gif"><img src="y.gif">\n' + "\n".join(f"[N{n}](/n/{n})" for n in range(6)),
            "markdown",
        ),
        ("<!DOCTYPE html><html><body>" + "[a](b) " * 6 + "</body></html>", "html"),
        ("See [the report](/r). " + STORY, "text"),  # one link is no Markdown page
        # a page whose head comes after a long comment, with "](" in its scripts
        (
            "<!-- "
            + "x" * 3000
            + " -->\n<html><head><title>T</title></head><body><script>"
            + "a[0](b);" * 20
            + "</script><p>Hi</p></body></html>",
            "html",
        ),
        ("\n".join(["a line"] * 200 + ["[x](y)"] * 5), "text"),  # five links in 205 lines
    ],
)
def test_sniff_kind(text: str, kind: str) -> None:
    assert sniff_kind(text) == kind


def test_kind_markdown_can_be_asked_for() -> None:
    article = cleanse.clean("# Sea wall\n\n" + STORY, kind="markdown")
    assert article.title == "Sea wall" and article.text == STORY
    assert cleanse.clean("# Sea wall\n\n" + STORY, kind="text").title == "# Sea wall"


_MARKUP = re.compile(r"[*_`#>|\[\]()!-]")
_WORDS = st.text(alphabet="abcdefghij XYZ", min_size=1, max_size=12)
_MARKDOWN = st.lists(
    st.one_of(
        _WORDS,
        st.builds(
            lambda t, u: f" [{t}](https://x.org/{u}) ",
            _WORDS,
            _WORDS.map(lambda w: w.replace(" ", "-")),
        ),
        st.builds(lambda t: f" ![{t}](i.png) ", _WORDS),  # apart: "X<img>Y" reads "XY"
        st.builds(lambda t: f"**{t}**", _WORDS),
        st.sampled_from(["\n", "\n\n", "# ", "* ", "> ", "```\n", "---\n", "| "]),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_MARKDOWN)
def test_markdown_output_words_come_from_the_input(markdown: str) -> None:
    """Nothing is invented: every word of the article is a word of the input, and every
    block's span indexes the document text."""
    document = markdown_to_document(markdown)
    for block in document.blocks:
        assert document.text[block.start : block.end] == block.text
        assert 0.0 <= block.link_density <= 1.0
    article = cleanse.clean(markdown, kind="markdown")
    flat = "".join(_MARKUP.sub("", markdown).split())
    for paragraph in article.paragraphs:
        for word in paragraph.text.split():
            assert _MARKUP.sub("", word) in flat, word
    assert "https" not in article.text
