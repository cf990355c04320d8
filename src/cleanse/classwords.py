"""Reading class and id tokens: the junk words they carry, article names and page states.

The rules are the regexes below. Class names repeat across containers and pages ("row",
"col-md-8"), so each token is read once (cached); an ASCII token, the common case, is read
lower-cased by case-sensitive twins of the rules (tests check the two against each other),
which cost a third as much on a page of new class names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

import regex

# Class or id parts that mark page furniture, matched on parts split at "-" and "_" (a "-"
# inside a word matches "-", "_" or nothing). Strong ones hold only when the container has most
# of the page's prose; weak ones (short or vague words that also name article wrappers, like
# "ad" in "page-ad-margins") need less to be voided.
STRONG_WORDS = """
    share sharing sharebar social socials related relatedposts promo promos promotion sidebar
    side-bar newsletter newsletters cookie cookies consent gdpr comment comments commentlist
    disqus breadcrumb breadcrumbs subscribe subscription signup popular mostread most-read
    most-popular trending recommend recommended recommendations outbrain taboola nav navbar
    navigation menu menus footer masthead topbar toolbar author-bio author-box about-author
    tagcloud tag-list more-stories
    read-next also-read pagination pager login signin interstitial
""".split()
WEAK_WORDS = """
    advert advertisement advertising ad ads adslot adunit dfp gpt widget widgets banner sponsor
    sponsored byline tags keywords read-more skip modal popup overlay print rss follow meta
    dateline timestamp caption credit photo-credit video-player playlist embed
""".split()
# Long, specific words count inside a token too: "relatedposts", "fb-comments", "sharebar".
ANYWHERE_WORDS = """
    related sidebar newsletter breadcrumb comment outbrain taboola social share cookie promo
    recommend trending subscri popular footer masthead navbar disqus
""".split()
# A token naming the article itself ("main-content", "entry") voids junk words in the others;
# state tokens ("has-sidebar", "is-sticky", a CMS's "node-promoted": shown on the front page)
# describe the page or the article's status, not what the container is, and so do
# tokens with a part "layout" ("sidebar-layout--left"): a grid that has a sidebar in it.
CONTENT_WORDS = "article content entry story main body post prose text".split()
STATE_HEADS = (
    "has is with no show js theme template page single layout category tag post type status format"
).split()
STATE_TAILS = "open closed enabled disabled allowed promoted".split()
STATE_PART = "layout"


def _prefix_tree(words: list[str]) -> str:
    """An alternation of ``words`` written as a prefix tree: a failed match fails at once."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            ("[-_]?" if char == "-" else re.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(tree)


# Whole words are tried at each part start (a token's start, or after "-" or "_") and must end
# the part (or run into a digit).
STRONG = re.compile(rf"(?:{_prefix_tree(STRONG_WORDS)})(?:$|[-_\d])", re.IGNORECASE)
WEAK = re.compile(rf"(?:{_prefix_tree(WEAK_WORDS)})(?:$|[-_\d])", re.IGNORECASE)
ANYWHERE = re.compile(_prefix_tree(ANYWHERE_WORDS), re.IGNORECASE)
CONTENT = regex.compile(rf"(?:^|[-_])(?:{'|'.join(CONTENT_WORDS)})(?:$|[-_])", regex.I)
STATE = regex.compile(
    rf"^(?:{'|'.join(STATE_HEADS)})[-_]|^\w[\w-]*[-_](?:{'|'.join(STATE_TAILS)})$"
    rf"|(?:^|[-_]){STATE_PART}(?:$|[-_])",
    regex.I,
)
_PART_START = re.compile(r"^|[-_]")
_DIGIT = re.compile(r"\d")


class Token(NamedTuple):
    """What one class or id token says: its junk word per pattern, state or content name."""

    words: tuple[str | None, str | None, str | None]  # STRONG, ANYWHERE, WEAK
    state: bool
    content: bool
    stable: bool  # neither a state nor holding a digit: what siblings of a kind share


@lru_cache(maxsize=16384)
def read_token(token: str) -> Token:
    """What ``token`` says (read once per token)."""
    return _read_ascii(token) if token.isascii() else read_by_patterns(token)


def read_by_patterns(token: str) -> Token:
    """What ``token`` says, by the regexes: the rules themselves."""
    anywhere = ANYWHERE.search(token)
    words = (
        _part_word(STRONG, token),
        anywhere.group(0).lower() if anywhere else None,
        _part_word(WEAK, token),
    )
    state = bool(STATE.search(token))
    return Token(words, state, bool(CONTENT.search(token)), not state and not _DIGIT.search(token))


def _part_word(pattern: re.Pattern[str], token: str) -> str | None:
    """The first word of ``pattern`` that fills a part of ``token``, lower-cased."""
    for part in _PART_START.finditer(token):
        m = pattern.match(token, part.end())
        if m:
            return m.group(0).strip("-_0123456789").lower()
    return None


# The same rules for a lower-cased ASCII token, without the cost of ignoring case: a word
# starts the token or follows "-" or "_", and ends it or meets "-", "_" or a digit.
_STRONG_LOW = re.compile(rf"(?<![^-_])(?:{_prefix_tree(STRONG_WORDS)})(?![^-_0-9])")
_WEAK_LOW = re.compile(rf"(?<![^-_])(?:{_prefix_tree(WEAK_WORDS)})(?![^-_0-9])")
_ANYWHERE_LOW = re.compile(_prefix_tree(ANYWHERE_WORDS))
_CONTENT_SET = frozenset(CONTENT_WORDS)
_STATE_STARTS = tuple(head + sep for head in STATE_HEADS for sep in "-_")
_STATE_ENDS = tuple(sep + tail for tail in STATE_TAILS for sep in "-_")


def _read_ascii(token: str) -> Token:
    """``read_by_patterns`` for an ASCII token, where ``str.lower`` is how they ignore case."""
    low = token.lower()
    strong, anywhere, weak = (
        _STRONG_LOW.search(low),
        _ANYWHERE_LOW.search(low),
        _WEAK_LOW.search(low),
    )
    words = (
        strong.group() if strong else None,
        anywhere.group() if anywhere else None,
        weak.group() if weak else None,
    )
    state = (
        low.startswith(_STATE_STARTS)
        or (low.endswith(_STATE_ENDS) and bool(STATE.match(token)))
        or (STATE_PART in low and bool(STATE.search(token)))
    )
    content = not _CONTENT_SET.isdisjoint(low.replace("_", "-").split("-"))
    return Token(words, state, content, not state and not _DIGIT.search(low))


@lru_cache(maxsize=16384)
def hint(ident: str, classes: str) -> tuple[str, bool] | None:
    """The junk word a container's id and classes carry and whether it is strong, unless
    another of its tokens names the article itself."""
    readings = [
        (token, reading)
        for token in f"{ident} {classes}".split()
        if not (reading := read_token(token)).state
    ]
    for rank, strong in ((0, True), (1, True), (2, False)):
        for token, reading in readings:
            word = reading.words[rank]
            if word is None:
                continue
            if any(other.content for name, other in readings if name != token):
                return None
            return word, strong
    return None


@lru_cache(maxsize=16384)
def stable_classes(classes: str) -> str:
    """The classes less page states and anything with a digit: what siblings of a kind share."""
    return " ".join([t for t in classes.split() if read_token(t).stable])
