"""Class and id tokens: the fast ASCII reading agrees with the regexes that define the rules."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleanse import classwords
from cleanse.classwords import hint, read_by_patterns, read_token

_PIECES = st.sampled_from(
    [
        *classwords.STRONG_WORDS,
        *classwords.WEAK_WORDS,
        *classwords.ANYWHERE_WORDS,
        *classwords.CONTENT_WORDS,
        *classwords.STATE_HEADS,
        *classwords.STATE_TAILS,
        classwords.STATE_PART,
        *"x ab md col row wrapper 2 9x 12 : . / @".split(),
    ]
)
_CASES = st.sampled_from([str, str.upper, str.capitalize])
_JOINS = st.sampled_from(["-", "_", "", "--", "-_", "2", "3-"])


@st.composite
def _tokens(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.tuples(_PIECES, _CASES, _JOINS), min_size=1, max_size=4))
    token = "".join(case(piece) + join for piece, case, join in pieces)
    return token or "x"


@settings(max_examples=1000, deadline=None)
@given(_tokens())
def test_ascii_reading_agrees_with_the_patterns(token: str) -> None:
    assert classwords._read_ascii(token) == read_by_patterns(token)


def test_reading_finds_words_at_part_starts_only() -> None:
    assert read_token("nav2").words[0] == "nav"  # a digit ends a word
    assert read_token("Most_Read-box").words[0] == "most_read"  # an optional separator
    assert read_token("mostread").words[0] == "mostread"
    assert read_token("canvas").words == (None, None, None)  # "nav" inside a part is no word
    assert read_token("fb-comments").words[1] == "comment"  # anywhere-words need no part start
    assert read_token("page-ad-margins").words[2] == "ad"


def test_state_and_content_tokens() -> None:
    assert read_token("has-sidebar").state and read_token("menu-open").state
    assert not read_token("sidebar").state
    assert read_token("grid-sidebar-layout--wide").state and read_token("layout_two").state
    assert not read_token("layouts").state
    # A CMS marks an article promoted to the front page: a state, not a promotion box.
    assert read_token("node-promoted").state and hint("", "node node-promoted") is None
    assert hint("", "promoted-stories") == ("promo", True)
    assert read_token("entry-content").content and not read_token("contents").content


def test_non_ascii_tokens_are_read_by_the_patterns() -> None:
    assert read_token("ſhare") == read_by_patterns("ſhare")
    assert read_token("ſhare").words[0] == "ſhare"  # the long s matches "s" under IGNORECASE


def test_hint_is_voided_by_a_token_naming_the_article() -> None:
    assert hint("", "sidebar widget") == ("sidebar", True)
    assert hint("", "post-sidebar main-content") is None
    assert hint("", "ad-slot") == ("ad", False)
    assert hint("", "is-sticky") is None  # a page state says nothing about the container
