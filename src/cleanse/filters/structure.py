"""HTML structure: page chrome, class/id hints, the main-content container, link-dense blocks.

These filters read what the HTML walk recorded (containers, tokens, link density) and do
nothing on plain text. ``MainContent`` finds the container that holds the article: the one
whose blocks, scored as prose (+words) or junk (-words), add up to the most.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import regex

from ..blocks import Block, Container, Document, Kind
from ..pipeline import BaseFilter, Context, Decision, drop
from ..textstats import ends_sentence

_DIGIT = re.compile(r"\d")
_MARKUP_TEXT = regex.compile(r"^\s*<(?:[a-zA-Z][\w-]*(?:\s[^<>]*)?|/[a-zA-Z][\w-]*)/?>")
_LEAF_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li dd dt pre td th tr figcaption caption address summary blockquote".split()
)
_CHROME_TAGS = frozenset({"nav", "aside", "footer", "header", "form", "menu"})
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog"}
)
# Class or id parts that mark page furniture, matched on parts split at "-" and "_". Strong
# ones hold only when the container has most of the page's prose; weak ones (short or vague
# words that also name article wrappers, like "ad" in "page-ad-margins") need less to be voided.
_STRONG_WORDS = (
    "share|sharing|sharebar|social|socials|related|relatedposts|promo|promos|promotion"
    "|sidebar|side-bar|newsletter|newsletters|cookie|cookies|consent|gdpr|comments?|commentlist"
    "|disqus|breadcrumbs?|subscribe|subscription|signup|popular|mostread|most-read"
    "|most-popular|trending|recommend|recommended|recommendations|outbrain|taboola|nav|navbar"
    "|navigation|menu|menus|footer|masthead|topbar|toolbar|author-bio|tagcloud|tag-list|more-stories"
    "|read-next|also-read|pagination|pager|login|signin|interstitial"
)
_WEAK_WORDS = (
    "advert|advertisement|advertising|ads?|adslot|adunit|dfp|gpt|widget|widgets|banner|sponsor"
    "|sponsored|byline|tags|keywords|read-?more|readmore|skip|modal|popup|overlay|print|rss"
    "|follow|meta|dateline|timestamp|caption|credit|photo-credit|video-player|playlist|embed"
)


def _word_pattern(words: str) -> regex.Pattern[str]:
    words = words.replace("-", "[-_]?")
    return regex.compile(rf"(?:^|[-_\s])(?:{words})(?:$|[-_\s\d])", regex.IGNORECASE)


# Long, specific words count inside a token too: "relatedposts", "fb-comments", "sharebar".
_ANYWHERE = regex.compile(
    r"related|sidebar|newsletter|breadcrumb|comment|outbrain|taboola|social|share|cookie|promo"
    r"|recommend|trending|subscri|popular|footer|masthead|navbar|disqus",
    regex.IGNORECASE,
)
_STRONG = _word_pattern(_STRONG_WORDS)
_WEAK = _word_pattern(_WEAK_WORDS)
# A token naming the article itself ("main-content", "entry") voids junk words in the others;
# state tokens ("has-sidebar", "is-sticky") describe the page, not the container.
_CONTENT = regex.compile(
    r"(?:^|[-_])(?:article|content|entry|story|main|body|post|prose|text)(?:$|[-_])", regex.I
)
_STATE = regex.compile(
    r"^(?:has|is|with|no|show|js|theme|template|page|single|layout|category|tag|post|type|status"
    r"|format|author)[-_]|^\w[\w-]*[-_](?:open|closed|enabled|disabled|allowed)$",
    regex.I,
)
_PROSE_MIN_WORDS = 10
_PROSE_MAX_LINK_DENSITY = 0.35
_LINK_DENSE = 0.5
_ALL_LINKS = 0.8
_SIBLING_LEVELS = 3
_SIBLING_SHARE = 0.25
_MIN_REPEATS = 3
_LINKED_SENTENCE_WORDS = 12
# Quotes inside these are embedded posts (a tweet quoted in the story), not share buttons.
_EMBED_WORDS = frozenset({"social", "socials", "embed"})
# A comment thread stays a comment thread however long it is.
_NEVER_VOID = frozenset({"comment", "comments", "commentlist", "disqus"})
_TITLE_LINK_DENSITY = 0.7
_TITLE_MAX_WORDS = 20
_STRONG_VOID_SHARE = 0.8
_WEAK_VOID_SHARE = 0.5
_LINK_WEIGHT = 1.0
_PROSE_LINK_WEIGHT = 0.5
_SHORT_WEIGHT = 0.15
_MARK_WEIGHT = 1.0


@lru_cache(maxsize=8192)
def _hint(ident: str, classes: str) -> tuple[str, bool] | None:
    tokens = [t for t in f"{ident} {classes}".split() if not _STATE.match(t)]
    for pattern, strong in ((_STRONG, True), (_ANYWHERE, True), (_WEAK, False)):
        for token in tokens:
            m = pattern.search(token)
            if m is None:
                continue
            if any(_CONTENT.search(other) for other in tokens if other != token):
                return None
            return m.group(0).strip("-_ 0123456789").lower(), strong
    return None


def _is_prose(block: Block, sentence: bool) -> bool:
    """A block that reads as article prose: long enough, few links, a sentence."""
    return (
        block.words >= _PROSE_MIN_WORDS
        and block.link_density <= _PROSE_MAX_LINK_DENSITY
        and (sentence or block.words >= 2 * _PROSE_MIN_WORDS)
        and block.kind is not Kind.HEADING
    )


class Mark(NamedTuple):
    """Why a container is page furniture: a reason slug, a detail, the class word if any."""

    reason: str
    detail: str
    word: str = ""


@dataclass(frozen=True, slots=True)
class _Layout:
    """Per-document facts the structural filters share, per container.

    ``marks`` holds why a container is furniture (a chrome tag or role, a junk class/id word,
    a repeated teaser card, an <article> inside an <article>); a mark counts only on
    containers that hold a minor share of the page's prose, so a junk word on a wrapper around
    the whole article ("page-with-sidebar") changes nothing.
    """

    marks: tuple[Mark | None, ...]
    chains: dict[int, list[int]]
    marked: dict[int, bool]  # per block container: is any container above it marked?
    sentences: frozenset[int]  # blocks that end like a sentence (one regex each, once)


_last_layout: list[tuple[Document, _Layout]] = []


def layout_of(document: Document) -> _Layout:
    """The layout of ``document``, computed once per document (filters in a row share it)."""
    if _last_layout and _last_layout[0][0] is document:
        return _last_layout[0][1]
    layout = _compute_layout(document)
    _last_layout[:] = [(document, layout)]
    return layout


def _html_layout(context: Context) -> _Layout | None:
    """The layout the structural filters read; None on plain text or when nothing is kept."""
    if context.document.source_kind != "html" or not context.blocks:
        return None
    return layout_of(context.document)


def _compute_layout(document: Document) -> _Layout:
    containers = document.containers
    prose = [0] * len(containers)
    titled = [False] * len(containers)
    by_container: dict[int, list[int]] = {}
    chains: dict[int, list[int]] = {}
    total = 0
    # Only blocks long enough to be prose or a linked sentence need the sentence test.
    sentences = frozenset(
        b.index for b in document.blocks if b.words >= _PROSE_MIN_WORDS and ends_sentence(b.text)
    )
    prose_blocks = set()
    for block in document.blocks:
        chain = by_container.get(block.group)
        if chain is None:
            chain = document.ancestors(block.group) if block.group >= 0 else []
            by_container[block.group] = chain
        chains[block.index] = chain
        if _is_prose(block, block.index in sentences):
            prose_blocks.add(block.index)
            total += block.words
            for c in chain:
                prose[c] += block.words
        elif _is_link_title(block):
            for c in chain:
                titled[c] = True
    used = {c for chain in by_container.values() for c in chain}
    # Teaser cards carry a link title, so only titled containers need a signature.
    kinds = {i: _signature(containers[i]) for i in used if titled[i]}
    repeats = Counter(kinds.values())
    marks: list[Mark | None] = [None] * len(containers)
    weak: dict[int, Mark] = {}
    for i in used:
        box = containers[i]
        share = prose[i] / total if total else 0.0
        found = _strong_mark(document, box)
        if found is not None:
            if share < _STRONG_VOID_SHARE or found.word in _NEVER_VOID:
                marks[i] = found
            continue
        if (
            titled[i]
            and repeats[kinds[i]] >= _MIN_REPEATS
            and (box.tag == "li" or box.tag not in _LEAF_TAGS)
        ):
            weak[i] = Mark("repeated_teaser", f"one of several teaser cards {box.label}")
            continue
        hint = _hint(box.ident, box.classes)
        if hint:
            weak[i] = Mark("class_hint", f"inside {box.label} ('{hint[0]}')", hint[0])
    if weak:
        # A weak mark is void on a container that holds most of the prose left once the strong
        # marks (comments, chrome, ...) are set aside: that container is the article's wrapper.
        left = [0] * len(containers)
        left_total = 0
        for block in document.blocks:
            chain = chains[block.index]
            if block.index in prose_blocks and not any(marks[c] for c in chain):
                left_total += block.words
                for c in chain:
                    left[c] += block.words
        for i, mark in weak.items():
            if not left_total or left[i] < _WEAK_VOID_SHARE * left_total:
                marks[i] = mark
    marked = {group: any(marks[c] for c in chain) for group, chain in by_container.items()}
    return _Layout(tuple(marks), chains, marked, sentences)


def _strong_mark(document: Document, box: Container) -> Mark | None:
    """Chrome tags and roles, nested articles and strong class words."""
    if box.tag in _CHROME_TAGS or box.role in _CHROME_ROLES:
        where = f"<{box.tag}>" if box.tag in _CHROME_TAGS else f"role={box.role}"
        return Mark("page_chrome", f"inside {where} {box.label}")
    if box.tag == "article" and _inside_article(document, box):
        return Mark("repeated_teaser", f"<article> inside another <article> ({box.label})")
    hint = _hint(box.ident, box.classes)
    if hint and hint[1]:
        return Mark("class_hint", f"inside {box.label} ('{hint[0]}')", hint[0])
    return None


def _signature(c: Container) -> tuple[int, str, str]:
    """What makes siblings "the same kind": parent, tag and classes, less states and ids."""
    return c.parent, c.tag, _stable_classes(c.classes)


@lru_cache(maxsize=8192)
def _stable_classes(classes: str) -> str:
    return " ".join(t for t in classes.split() if not _STATE.match(t) and not _DIGIT.search(t))


def _is_link_title(block: Block) -> bool:
    """A linked heading or short linked line: the title of a teaser card."""
    return block.link_density >= _TITLE_LINK_DENSITY and (
        block.kind is Kind.HEADING or block.words <= _TITLE_MAX_WORDS
    )


def _linked_sentence(block: Block, sentence: bool) -> bool:
    """A sentence that happens to carry many links: long enough and ending like one."""
    return block.words >= _LINKED_SENTENCE_WORDS and sentence


def _inside_article(document: Document, container: Container) -> bool:
    """True for an <article> nested in another: a teaser inside the story, not the story."""
    parent = container.parent
    while parent >= 0:
        above = document.containers[parent]
        if above.tag == "article":
            return True
        parent = above.parent
    return False


def _value(block: Block, marked: bool, sentence: bool) -> float:
    """A block's vote for its containers: unlinked prose for, links and furniture against."""
    if marked:
        return -_MARK_WEIGHT * block.words
    linked = block.words * block.link_density
    unlinked = block.words - linked
    if unlinked >= _PROSE_MIN_WORDS and (sentence or unlinked >= 2 * _PROSE_MIN_WORDS):
        return unlinked - _PROSE_LINK_WEIGHT * linked
    return -_LINK_WEIGHT * linked - _SHORT_WEIGHT * unlinked


class MainContent(BaseFilter):
    """Drops blocks outside the container that holds the article body.

    Every kept block votes with its words: unlinked prose for, linked words, short lines and
    text under chrome or junk hints against. Each container sums the votes of the blocks
    inside it; the best-scoring container is the article.
    """

    def __init__(self, *, name: str = "main_content") -> None:
        self.name = name

    def __call__(self, context: Context) -> Iterator[Decision]:
        layout = _html_layout(context)
        if layout is None:
            return
        document = context.document
        scores = [0.0] * len(document.containers)
        for block in context.blocks:
            chain = layout.chains[block.index]
            value = _value(block, layout.marked[block.group], block.index in layout.sentences)
            # A paragraph's own element is not a candidate: the article is what holds them.
            skip = 1 if chain and document.containers[chain[0]].tag in _LEAF_TAGS else 0
            for c in chain[skip:]:
                scores[c] += value
        if not scores:
            return
        best = max(range(len(scores)), key=scores.__getitem__)
        if scores[best] <= 0:
            return
        chosen = {best} | _siblings(document, scores, best, layout)
        label = document.containers[best].label
        detail = f"outside {label} (score {scores[best]:.0f})"
        if len(chosen) > 1:
            detail = f"outside {label} (score {scores[best]:.0f}) and {len(chosen) - 1} sibling(s)"
        for block in context.blocks:
            if chosen.isdisjoint(layout.chains[block.index]):
                yield drop(block, "outside_main_content", detail)


def _siblings(document: Document, scores: list[float], best: int, layout: _Layout) -> set[int]:
    """Other parts of a split article: unmarked containers near ``best`` that score well too.

    "Near" means their closest common ancestor with ``best`` is at most ``_SIBLING_LEVELS``
    above it; "well" means at least ``_SIBLING_SHARE`` of the best score.
    """
    above = document.ancestors(best)[1 : 1 + _SIBLING_LEVELS]
    if not above:
        return set()
    floor = _SIBLING_SHARE * scores[best]
    near = set(above)
    found = set()
    for i, score in enumerate(scores):
        if score < floor or i == best or i in near or layout.marks[i]:
            continue
        parent = document.containers[i].parent
        chain = document.ancestors(parent) if parent >= 0 else []
        if best in chain or not near.intersection(chain):
            continue
        found.add(i)
    # Keep only the outermost of nested finds.
    return {i for i in found if found.isdisjoint(document.ancestors(i)[1:])}


class Boilerplate(BaseFilter):
    """Inside the article: drops blocks under chrome tags or junk class/id hints, and link lists."""

    def __init__(self, *, max_link_density: float = _LINK_DENSE, name: str = "boilerplate") -> None:
        self.max_link_density = max_link_density
        self.name = name

    def __call__(self, context: Context) -> Iterator[Decision]:
        layout = _html_layout(context)
        if layout is None:
            return
        for block in context.blocks:
            found = self._judge(block, layout)
            if found:
                yield drop(block, *found)

    def _judge(self, block: Block, layout: _Layout) -> tuple[str, str] | None:
        if _MARKUP_TEXT.match(block.text):
            return "markup_text", "the text is HTML markup shown as text"
        for c in layout.chains[block.index]:
            mark = layout.marks[c]
            if mark and not (block.kind is Kind.QUOTE and mark.word in _EMBED_WORDS):
                return mark.reason, mark.detail
        unlinked = block.words * (1 - block.link_density)
        if (
            block.link_density > self.max_link_density
            and block.kind is not Kind.HEADING
            and (
                block.link_density > _ALL_LINKS
                or (
                    unlinked < _PROSE_MIN_WORDS
                    and not _linked_sentence(block, block.index in layout.sentences)
                )
            )
        ):
            return (
                "link_dense",
                f"link density {block.link_density:.2f} > {self.max_link_density:.2f}",
            )
        return None
