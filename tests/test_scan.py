"""``cleanse.scan``: the cheap tests that pick the lines worth a regex must miss none.

Needles and prefix tables are checked against the slow way (a test on every block), case
folding against the ``regex`` module itself, for every character the filters' caseless labels
use.
"""

from __future__ import annotations

import sys

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import cleanse
from cleanse.filters import media, navigation, tags
from cleanse.scan import WHITESPACE, Needles, Prefixes, case_variants, expand, fold, kept_at


@pytest.mark.parametrize(
    ("pattern", "strings"),
    [
        ("a|b", {"a", "b"}),
        ("leer m[aá]s", {"leer mas", "leer más"}),
        ("log ?in", {"login", "log in"}),
        ("editor'?s picks", {"editors picks", "editor's picks"}),
        (
            "(?:click|tap) here(?: now)?",
            {"click here", "tap here", "click here now", "tap here now"},
        ),
        ("picture[- ]alliance", {"picture-alliance", "picture alliance"}),
        (r"a\.b", {"a.b"}),
    ],
)
def test_expand(pattern: str, strings: set[str]) -> None:
    assert expand(pattern) == strings
    for string in strings:
        assert regex.fullmatch(pattern, string)


@pytest.mark.parametrize(
    "pattern", [r"\w+", "a*", "a+b", "[a-z]", "[^a]", "a{2}", "(a)", "a.b", "(?:a"]
)
def test_expand_refuses_what_is_not_finite(pattern: str) -> None:
    with pytest.raises(ValueError):
        expand(pattern)


def _cased_characters() -> list[str]:
    """Every character that has a case form or a fold other than itself."""
    found = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        if char.lower() != char or char.upper() != char or char.casefold() != char:
            found.append(char)
    return found


def _label_alphabet() -> set[str]:
    """The characters of every caseless label or needle the filters fold."""
    labels = [label for _, alts, _ in navigation._RULES for label in expand(alts)]
    labels += list(expand(tags._LABELS)) + list(expand(navigation._TEASER_LABELS))
    labels += [start for _, _, patterns in navigation._RULES for s, _ in patterns for start in s]
    return {char for label in labels for char in label}


def test_case_variants_are_what_regex_ignores_case_between() -> None:
    """For each label character, the characters regex matches to it are its case variants."""
    cased = _cased_characters()
    for char in sorted(_label_alphabet()):
        pattern = regex.compile(regex.escape(char), regex.IGNORECASE)
        matched = {c for c in cased if pattern.fullmatch(c)} | {char}
        assert matched <= case_variants(char), char
        for variant in case_variants(char):
            assert pattern.fullmatch(variant), (char, variant)


def test_fold_agrees_with_regex_on_label_characters() -> None:
    """Characters regex takes for one another fold the same, so a folded lookup misses none."""
    cased = _cased_characters()
    for char in sorted(_label_alphabet()):
        pattern = regex.compile(regex.escape(char), regex.IGNORECASE)
        for other in cased:
            if pattern.fullmatch(other):
                assert fold(other) == fold(char), (char, other)


def test_navigation_edge_holds_every_arrow() -> None:
    """``_EDGE`` must hold every character ``_ARROWS`` matches (a superset is safe)."""
    arrows = regex.compile(navigation._ARROWS[:-1])  # the class, without its "*"
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert set(arrows.findall(everything)) <= set(navigation._EDGE)


_WORDS = st.sampled_from(
    [
        "Share",
        "share",
        "SHARE",
        "©",
        "(c)",
        "© 2023",
        "opyright",
        "Cookie",
        "cOOkie",
        "reserved",
        "Reuters",
        "AP",
        "AFP",
        "Getty Images",
        "Tags",
        "tags",
        "ſhare",
        "İnfo",
        "\u212aey",
        "news",
        "the",
        "Brexit",
        "»",
        "-",
        "2021",
        "版权所有",
        "Все права",
        ":",
        "|",
    ]
)
_LINES = st.lists(_WORDS, min_size=1, max_size=6).map(" ".join)
_PAGES = st.lists(_LINES, min_size=1, max_size=12)


def _document(lines: list[str]) -> cleanse.Document:
    return cleanse.read("\n".join(lines), kind="text")


@settings(max_examples=200, deadline=None)
@given(_PAGES, st.data())
def test_needles_find_every_block_that_holds_one(lines: list[str], data: st.DataObject) -> None:
    needles = Needles(
        ["©", "(c)", "opyright", "版权所有", "Все права"], caseless=["cookie", "share"]
    )
    document = _document(lines)
    kept = tuple(b for b in document.blocks if data.draw(st.booleans()))
    context = cleanse.Context(document, kept)
    expected = {i for i, b in enumerate(kept) if needles.in_text(b.text)}
    assert needles.blocks(context) == expected


@settings(max_examples=200, deadline=None)
@given(_PAGES)
def test_prefixes_find_every_block_that_starts_with_one(lines: list[str]) -> None:
    blocks = _document(lines).blocks
    plain = Prefixes(["Reuters", "AP", "Getty", "©"])
    caseless = Prefixes(["share", "tags", "info", "key"], caseless=True)
    plain_rx = regex.compile("(?:Reuters|AP|Getty|©)")
    caseless_rx = regex.compile("(?:share|tags|info|key)", regex.IGNORECASE)
    assert plain.blocks(blocks) == [i for i, b in enumerate(blocks) if plain_rx.match(b.text)]
    assert caseless.blocks(blocks) == [i for i, b in enumerate(blocks) if caseless_rx.match(b.text)]


def test_kept_at_maps_positions_to_kept_blocks() -> None:
    document = _document(["one", "two", "three"])
    kept = (document.blocks[0], document.blocks[2])
    assert [kept_at(kept, p) for p in (0, 2, 3, 4, 8, 12, 13)] == [0, 0, -1, -1, 1, 1, -1]


def test_whitespace_is_what_regex_calls_space() -> None:
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert set(regex.findall(r"\s", everything)) == set(WHITESPACE)


def test_credit_wrappers_hold_every_space_lstrip_removes() -> None:
    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert spaces | {"(", "©"} <= media._CREDIT_WRAPPERS


def test_filters_read_every_block_of_a_document_whose_spans_miss_its_text() -> None:
    """A hand-made document whose text the spans do not index gives the same decisions."""
    lines = [
        "Share",
        "» Read more",
        "© 2023 The Hill",
        "All rights reserved.",
        "Jane Doe/AFP",
        "Blinken in Brussels. (AP Photo/Evan Vucci)",
        "Home > News > World",
        "Read more: Brexit talks stall",
        "We use cookies to improve your experience.",
        "Tags: Politics, Health",
        "By Jane Doe",
        "Published March 3, 2021",
    ]
    blocks, start = [], 0
    for line in lines:
        block = cleanse.Block(len(blocks), line, cleanse.Kind.LINE, start, start + len(line))
        blocks.append(block._replace(words=len(line.split())))
        start += len(line) + 1
    good = cleanse.Document("\n".join(lines), tuple(blocks), "text")
    bad = cleanse.Document("", tuple(blocks), "text")
    for f in cleanse.default_pipeline().without("main_content", "boilerplate", "text_blocks"):
        assert list(f(cleanse.Context(bad, bad.blocks))) == list(
            f(cleanse.Context(good, good.blocks))
        ), f.name
