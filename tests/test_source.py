"""Reading the caller's source: bytes decoding, HTML or text sniffing, bs4 input, wrong types."""

from __future__ import annotations

import codecs
from typing import Any

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import html_inputs

import cleanse
from cleanse.source import _detection_sample, decode, decode_utf8_aware, sniff_kind

TEXT = "Zoë’s café sells “crème brûlée” for €5 – naïve!"


# --- bytes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT.encode("utf-8"), TEXT),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), TEXT),
        # UTF-16 saved without a byte-order mark: NULs on one side of every character
        ("Plain text saved by an editor.".encode("utf-16-le"), "Plain text saved by an editor."),
        ("Plain text saved by an editor.".encode("utf-16-be"), "Plain text saved by an editor."),
        # Undeclared windows-1252 (curly quotes, euro sign): not UTF-8, detected
        (TEXT.encode("cp1252"), TEXT),
        (b"", ""),
    ],
)
def test_decode(data: bytes, expected: str) -> None:
    assert decode(data) == expected


@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="iso-8859-1">',
        "<meta charset=latin-1>",
        '<meta charset="windows-1252">',
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
        '<?xml version="1.0" encoding="windows-1252"?>',
    ],
)
def test_declared_latin1_is_read_as_windows_1252(declaration: str) -> None:
    # Browsers read a Latin-1 label as windows-1252: the curly quotes and € (0x80-0x9f) survive.
    page = f"{declaration}<p>{TEXT}</p>"
    assert decode(page.encode("cp1252")) == page


def test_declared_charset_wins_over_detection() -> None:
    page = '<meta charset="koi8-r"><p>Привет, мир</p>'
    assert decode(page.encode("koi8-r")) == page


def test_undecodable_declaration_falls_back() -> None:
    # Declared UTF-8 but written in windows-1252: the declaration cannot decode it.
    data = b'<meta charset="utf-8"><p>caf\xe9 \x93quoted\x94</p>'
    assert decode(data) == '<meta charset="utf-8"><p>café “quoted”</p>'


@pytest.mark.parametrize(
    "declared", ["punycode", "undefined", "idna", "unicode_escape", "raw_unicode_escape", "utf-7"]
)
def test_a_declared_codec_that_is_no_page_encoding_is_passed_over(declared: str) -> None:
    data = f'<meta charset="{declared}"><p>café +AGE- a\\n</p>'.encode()
    assert decode(data).endswith("<p>café +AGE- a\\n</p>")
    assert cleanse.clean(data).text == "café +AGE- a\\n"


def test_utf8_declared_as_latin1_is_repaired() -> None:
    # Browsers honour the label and show mojibake; the normaliser repairs it (ftfy).
    page = f'<meta charset="iso-8859-1"><p>{TEXT}</p>'
    assert cleanse.clean(page.encode("utf-8")).text == TEXT


def test_declared_utf16_without_bom_is_read_as_utf8() -> None:
    page = f'<meta charset="utf-16"><p>{TEXT}</p>'
    assert decode(page.encode("utf-8")) == page


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01",
        bytes(range(256)) * 4,
        b"\x00\x01\x02\x03binary",
    ],
)
def test_binary_bytes_raise_decode_error(data: bytes) -> None:
    with pytest.raises(cleanse.DecodeError) as info:
        cleanse.clean(data)
    assert isinstance(info.value, cleanse.CleanseError)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("wrap", [bytes, bytearray, memoryview])
def test_bytes_like_sources_are_cleaned(wrap: Any) -> None:
    data = "Headline here\n\nThe café opened on Monday, the owner said.".encode()
    article = cleanse.clean(wrap(data))
    assert article.title == "Headline here"
    assert article.text == "The café opened on Monday, the owner said."


def test_html_bytes_with_a_declared_charset_are_cleaned() -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>Prices</title></head>'
        "<body><h1>Prices</h1><p>The café charged €5 for a “crème brûlée” today.</p></body></html>"
    )
    article = cleanse.clean(page.encode("cp1252"))
    assert article.title == "Prices"
    assert article.text == "The café charged €5 for a “crème brûlée” today."


# --- sniffing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "is_html"),
    [
        ("<!DOCTYPE html><p>x</p>", True),
        ("<html><body>Hello</body></html>", True),
        ("<head><title>T</title></head>", True),
        ('<meta charset="utf-8">Hello', True),
        ("<p>Hi</p><p>there</p>", True),
        ("<div><span>a</span></div>", True),
        ("Plain text.\n\nTwo paragraphs.", False),
        ("a <b> c", False),
        ("x < y and y > z", False),
        ("Use the <div> tag for layout.", False),
        ("Tags: Politics, Economy", False),
        # scraped text that kept a <noscript> pixel or two is still text...
        ("The council met.\n" * 300 + '<img src="p.gif"><img src="q.gif">', False),
        # ... while a fragment of markup is mostly tags
        ("<div>" + "<p>The council met on Monday.</p>" * 300 + "</div>", True),
    ],
)
def test_sniff_kind_tells_html(text: str, is_html: bool) -> None:
    assert (sniff_kind(text) == "html") is is_html


def test_read_sniffs_and_kind_overrides() -> None:
    assert cleanse.read("<p>One</p><p>Two</p>").source_kind == "html"
    assert cleanse.read("One\n\nTwo").source_kind == "text"
    assert cleanse.read("<p>One</p><p>Two</p>", kind="text").source_kind == "text"
    assert cleanse.read("One", kind="html").source_kind == "html"
    text_blocks = [b.text for b in cleanse.read("<p>One</p><p>Two</p>", kind="text").blocks]
    assert text_blocks == ["<p>One</p><p>Two</p>"]


# --- bs4 --------------------------------------------------------------------------------------

PAGE = (
    "<html><head><title>Storm hits coast | Example News</title></head><body>"
    "<nav><a href='/'>Home</a></nav><article><h1>Storm hits coast</h1>"
    "<p>The storm arrived overnight and flooded the harbour.</p></article></body></html>"
)


def test_beautifulsoup_document_is_accepted() -> None:
    soup = BeautifulSoup(PAGE, "html.parser")
    article = cleanse.clean(soup)
    assert article.title == "Storm hits coast"
    assert article.text == "The storm arrived overnight and flooded the harbour."
    assert cleanse.clean(soup) == cleanse.clean(PAGE)


def test_beautifulsoup_tag_is_accepted_as_html() -> None:
    soup = BeautifulSoup(PAGE, "html.parser")
    paragraph = soup.find("p")
    assert paragraph is not None
    document = cleanse.read(paragraph)
    assert document.source_kind == "html"
    assert [b.text for b in document.blocks] == [
        "The storm arrived overnight and flooded the harbour."
    ]
    article = soup.find("article")
    assert cleanse.clean(article).text == "The storm arrived overnight and flooded the harbour."


# --- wrong input ------------------------------------------------------------------------------


@pytest.mark.parametrize("source", [1, None, ["<p>x</p>"], 3.5, {"html": "<p>x</p>"}, object()])
def test_wrong_types_raise_input_error(source: Any) -> None:
    with pytest.raises(cleanse.InputError, match=type(source).__name__) as info:
        cleanse.clean(source)
    assert isinstance(info.value, cleanse.CleanseError)
    assert isinstance(info.value, TypeError)


def test_unknown_kind_raises_input_error() -> None:
    with pytest.raises(cleanse.InputError, match="bogus"):
        cleanse.clean("text", kind="bogus")  # type: ignore[arg-type]
    with pytest.raises(cleanse.InputError):
        cleanse.read("text", kind="xml")  # type: ignore[arg-type]


@pytest.mark.parametrize("source", ["", "   \n\n  ", b"", "<html></html>"])
def test_empty_input_gives_an_empty_article(source: str | bytes) -> None:
    article = cleanse.clean(source)
    assert article.paragraphs == ()
    assert article.text == ""


@settings(max_examples=300, deadline=None)
@given(html_inputs)
def test_utf8_bytes_give_the_same_document_as_their_text(html: str) -> None:
    """Given as UTF-8 bytes, a page is parsed from its own bytes: nothing may change by it."""
    try:
        data = html.encode("utf-8")
    except UnicodeEncodeError:
        return  # lone surrogates: no UTF-8 bytes to give
    try:
        text, own = decode_utf8_aware(data)
    except cleanse.DecodeError:
        assert b"\x00" in data[:4096]  # only NUL bytes without a BOM read as binary
        return
    if own:
        assert text == html
    assert cleanse.read(data, kind="html") == cleanse.read(text, kind="html")


@pytest.mark.parametrize("kind", ["html", "text"])
def test_lone_surrogates_become_one_replacement_character_each(kind: str) -> None:
    source = "<p>One a\ud800b two.</p><p>Pair \ud83d\ude00 split.</p>"
    if kind == "text":
        source = source.replace("<p>", "").replace("</p>", "\n\n")
    article = cleanse.clean(source, kind=kind)  # type: ignore[arg-type]
    assert "One a\ufffdb two." in article.text
    assert "Pair \ufffd\ufffd split." in article.text
    article.to_json().encode("utf-8")  # writable: no surrogate left


def test_utf8_with_a_stray_byte_is_read_as_utf8() -> None:
    page = "<p>Héllo wörld, ça va très bien — “quoted” text.</p>\n" * 50
    text = decode(page.encode() + b"\xff<p>end</p>")
    assert text == page + "\ufffd<p>end</p>"


def test_a_page_larger_than_the_sniffed_prefix_is_decoded_whole() -> None:
    line = "<p>Héllo wörld, ça va très bien.</p>\n"
    data = (line * 5000).encode("cp1252")
    assert len(data) > 1 << 16
    assert decode(data) == line * 5000


_SAMPLE_BYTES = st.lists(
    st.sampled_from(
        [b"x", b"Y", b"ab", b"x" * 70, b" ", b"<", b"1", b"\xe9", b"\x81", b"\xc3\xa9"]
    ),
    max_size=12,
).map(b"".join)


@settings(max_examples=2000, deadline=None)
@given(_SAMPLE_BYTES)
def test_the_detection_sample_keeps_every_international_word(data: bytes) -> None:
    chardet = pytest.importorskip("chardet.charsetprober")
    words = chardet.INTERNATIONAL_WORDS_PATTERN.findall
    sample = _detection_sample(data)
    assert words(sample) == words(data)
    letters = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    assert sample.translate(None, letters) == data.translate(None, letters)  # only letters go


def test_a_long_run_of_letters_is_cut_before_detection() -> None:
    # chardet's word filter costs the square of such a run (20 KB took 20 s).
    data = b"<p>caf\xe9 \x81</p><p>" + b"x" * 200_000 + b"</p>"
    assert _detection_sample(data) == b"<p>caf\xe9 \x81</p><p>" + b"x" * 64 + b"</p>"
    text = decode(data)
    assert text.startswith("<p>caf") and text.endswith("<p>" + "x" * 200_000 + "</p>")
