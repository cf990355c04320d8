"""HTML structure: page chrome, class/id hints, the main-content container, link-dense blocks.

These filters read what the HTML walk recorded (containers, tokens, link density) and do
nothing on plain text. ``MainContent`` finds the container that holds the article: the one
whose blocks, scored as prose (+words) or junk (-words), add up to the most.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import regex

from ..blocks import Block, Container, Document, Kind, container_label
from ..classwords import hint, stable_classes
from ..pipeline import BaseFilter, Context, Decision, drop
from ..textstats import ends_sentence
from ..titles import fold_title, strip_site_name

_MARKUP_TEXT = regex.compile(r"^\s*<(?:[a-zA-Z][\w-]*(?:\s[^<>]*)?|/[a-zA-Z][\w-]*)/?>")
_LEAF_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li dd dt pre td th tr figcaption caption address summary blockquote".split()
)
_CHROME_TAGS = frozenset({"nav", "aside", "footer", "header", "form", "menu"})
# A heading's id is an anchor made from its text or its place in a table of contents
# ("nav-part-2"): only its classes say what it is.
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog"}
)
_PROSE_MIN_WORDS = 10
_PROSE_MAX_LINK_DENSITY = 0.35
_LINK_DENSE = 0.5
_ALL_LINKS = 0.8
_SIBLING_LEVELS = 3
_SIBLING_SHARE = 0.25
_MIN_REPEATS = 3
_TEASER_MAX_PARAGRAPHS = 2
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
_STORY_WORDS = 100


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
    the whole article ("page-with-sidebar") changes nothing. ``marked`` says, per container,
    whether it or any container above it is marked.
    """

    marks: list[Mark | None]
    marked: list[bool]
    parents: list[int]  # each container's parent index (-1 for the root), for quick walks up
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


def _inherit(parents: list[int], own: list[bool]) -> list[bool]:
    """Per container: is ``own`` true for it or any container above it (parents come first)."""
    out = own[:]
    for i, parent in enumerate(parents):
        if parent >= 0 and out[parent] and not out[i]:
            out[i] = True
    return out


def _compute_layout(document: Document) -> _Layout:
    containers = document.containers
    parents = [box.parent for box in containers]
    size = len(containers)
    prose = [0] * size
    paragraphs = [0] * size  # prose blocks inside each container
    titled = [False] * size
    used = [False] * size
    total = 0
    # Only blocks long enough to be prose or a linked sentence need the sentence test.
    sentences = frozenset(
        b.index for b in document.blocks if b.words >= _PROSE_MIN_WORDS and ends_sentence(b.text)
    )
    prose_blocks = []
    # Each block counts in its own container, then one pass from the last container to the
    # first adds each to its parent (a parent opens before its children: a lower index).
    for block in document.blocks:
        c = block.group
        if c < 0:
            if _is_prose(block, block.index in sentences):
                prose_blocks.append(block)
                total += block.words
            continue
        if _is_prose(block, block.index in sentences):
            prose_blocks.append(block)
            total += block.words
            prose[c] += block.words
            paragraphs[c] += 1
        elif _is_link_title(block):
            titled[c] = True
        used[c] = True
    for i in range(size - 1, -1, -1):
        if used[i]:
            parent = parents[i]
            if parent >= 0:
                used[parent] = True
                prose[parent] += prose[i]
                paragraphs[parent] += paragraphs[i]
                if titled[i]:
                    titled[parent] = True
    # Teaser cards carry a link title, so only titled containers need a signature.
    kinds = {i: _signature(containers[i]) for i in range(size) if titled[i]}
    repeats = Counter(kinds.values())
    marks: list[Mark | None] = [None] * size
    weak: dict[int, Mark] = {}
    for i in range(size):
        if not used[i]:
            continue
        box = containers[i]
        # Most containers are bare <p>, <li> or <div>: no id, class or role to read.
        named = box.ident or box.classes
        if named or box.role or box.tag in _CHROME_TAGS or box.tag == "article":
            found = _strong_mark(document, box)
            if found is not None:
                share = prose[i] / total if total else 0.0
                if share < _STRONG_VOID_SHARE or found.word in _NEVER_VOID:
                    marks[i] = found
                continue
        if (
            titled[i]
            and repeats[kinds[i]] >= _MIN_REPEATS
            and (box.tag == "li" or box.tag not in _LEAF_TAGS)
            # A card holds a title and a line or two; several paragraphs make a part of a
            # story split into repeated chunks (with link lists between them).
            and paragraphs[i] < _TEASER_MAX_PARAGRAPHS
        ):
            weak[i] = Mark("repeated_teaser", f"one of several teaser cards {box.label}")
            continue
        word = hint("" if box.tag in _HEADINGS else box.ident, box.classes) if named else None
        if word:
            weak[i] = Mark("class_hint", f"inside {box.label} ('{word[0]}')", word[0])
    if weak:
        # A weak mark is void on a container that holds most of the prose left once the strong
        # marks (comments, chrome, ...) are set aside: that container is the article's wrapper.
        strong = _inherit(parents, [m is not None for m in marks])
        left = [0] * size
        left_total = 0
        for block in prose_blocks:
            if block.group < 0 or not strong[block.group]:
                left_total += block.words
                if block.group >= 0:
                    left[block.group] += block.words
        for i in range(size - 1, -1, -1):
            if left[i] and parents[i] >= 0:
                left[parents[i]] += left[i]
        floor = _WEAK_VOID_SHARE * left_total
        voided = (
            _void_groups(weak, parents, containers, left, _STRONG_VOID_SHARE * left_total)
            if left_total
            else set()
        )
        for i, mark in weak.items():
            if not left_total or (left[i] < floor and i not in voided):
                marks[i] = mark
    marked = _inherit(parents, [m is not None for m in marks])
    return _Layout(marks, marked, parents, sentences)


def _void_groups(
    weak: dict[int, Mark],
    parents: list[int],
    containers: tuple[Container, ...],
    left: list[int],
    floor: float,
) -> set[int]:
    """Weakly marked containers of a group that together hold ``floor`` prose words or more.

    A group is the marked children of one parent with one tag (a story cut into
    ``<section class="report-section--ads">``), or the containers marked by one class word
    (every part of a page builder's article in a "widget"). What nearly all the prose sits in
    is the article, whatever its pieces are called; but a container inside a chrome tag
    (``<aside>``, ``<nav>``, ...) is furniture however much prose its group holds.
    """
    groups: dict[tuple[object, ...], list[int]] = {}
    for i, mark in weak.items():
        groups.setdefault((parents[i], containers[i].tag), []).append(i)
        if mark.word:
            groups.setdefault((mark.word,), []).append(i)
    voided: set[int] = set()
    for members in groups.values():
        if len(members) < 2 or sum(left[i] for i in members) < floor:
            continue  # even counting nested members twice, too little prose
        inside = set(members)
        total = 0
        for i in members:
            parent = parents[i]
            while parent >= 0 and parent not in inside:
                parent = parents[parent]
            if parent < 0:  # the outermost of its group: nested ones are counted in it
                total += left[i]
        if total >= floor:
            voided.update(i for i in members if not _in_chrome(parents, containers, i))
    return voided


def _in_chrome(parents: list[int], containers: tuple[Container, ...], i: int) -> bool:
    """Is container ``i`` inside a chrome tag?"""
    parent = parents[i]
    while parent >= 0:
        if containers[parent].tag in _CHROME_TAGS:
            return True
        parent = parents[parent]
    return False


def _strong_mark(document: Document, box: Container) -> Mark | None:
    """Chrome tags and roles, nested articles and strong class words."""
    if box.tag == "article" and box.role not in _CHROME_ROLES and _inside_article(document, box):
        return Mark("repeated_teaser", f"<article> inside another <article> ({box.label})")
    return _own_strong_mark(box.tag, box.ident, box.classes, box.role)


@lru_cache(maxsize=16384)
def _own_strong_mark(tag: str, ident: str, classes: str, role: str) -> Mark | None:
    """The strong mark a container's own tag, role, id and classes give it (cached: pages
    repeat the same few class lists many times)."""
    if tag in _CHROME_TAGS or role in _CHROME_ROLES:
        where = f"<{tag}>" if tag in _CHROME_TAGS else f"role={role}"
        return Mark("page_chrome", f"inside {where} {container_label(tag, ident, classes)}")
    word = hint("" if tag in _HEADINGS else ident, classes)
    if word and word[1]:
        label = container_label(tag, ident, classes)
        return Mark("class_hint", f"inside {label} ('{word[0]}')", word[0])
    return None


def _signature(c: Container) -> tuple[int, str, str]:
    """What makes siblings "the same kind": parent, tag and classes, less states and ids."""
    return c.parent, c.tag, stable_classes(c.classes)


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
        containers = document.containers
        parents = layout.parents
        scores = [0.0] * len(containers)
        held = [False] * len(containers)  # holds a block: its score is to be added up
        for block in context.blocks:
            c = block.group
            if c < 0:
                continue
            value = _value(block, layout.marked[c], block.index in layout.sentences)
            # A paragraph's own element is not a candidate: the article is what holds them.
            if containers[c].tag in _LEAF_TAGS:
                c = parents[c]
                if c < 0:
                    continue
            scores[c] += value
            held[c] = True
        # Each container's score goes to its parent, from the last container to the first.
        for i in range(len(containers) - 1, -1, -1):
            if held[i]:
                parent = parents[i]
                if parent >= 0:
                    scores[parent] += scores[i]
                    held[parent] = True
        if not scores:
            return
        best = max(range(len(scores)), key=scores.__getitem__)
        if scores[best] <= 0:
            return
        story = _titled_story(document, scores, best, layout)
        if story is not None:
            best, chosen = story, {story}
            label = containers[best].label
            detail = f"outside {label}, of several stories the one that shows the page title"
        else:
            chosen = {best} | _siblings(document, scores, best, layout)
            label = containers[best].label
            detail = f"outside {label} (score {scores[best]:.0f})"
            if len(chosen) > 1:
                detail += f" and {len(chosen) - 1} sibling(s)"
        inside = _inherit(layout.parents, [i in chosen for i in range(len(containers))])
        for block in context.blocks:
            if block.group < 0 or not inside[block.group]:
                yield drop(block, "outside_main_content", detail)


def _titled_story(
    document: Document, scores: list[float], best: int, layout: _Layout
) -> int | None:
    """Of several whole stories inside ``best`` (``<article>`` elements of
    ``_STORY_WORDS`` prose words or more: a page that loads the next stories below this
    one), the one that shows the page's title; None unless exactly one does."""
    title = document.metadata.title
    if not title:
        return None
    containers = document.containers
    stories = [
        i
        for i, box in enumerate(containers)
        if box.tag == "article"
        and scores[i] >= _STORY_WORDS
        and not layout.marks[i]
        and best in document.ancestors(i)[1:]
    ]
    if len(stories) < 2:
        return None
    wanted = {fold_title(title), fold_title(strip_site_name(title))}
    sizes = {len(w) for w in wanted}
    showing = {
        story
        for block in document.blocks
        if block.group >= 0 and len(block.text) in sizes and fold_title(block.text) in wanted
        for story in set(stories).intersection(document.ancestors(block.group))
    }
    return showing.pop() if len(showing) == 1 else None


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
        c = block.group
        if c >= 0 and layout.marked[c]:
            while c >= 0:
                mark = layout.marks[c]
                if mark and not (block.kind is Kind.QUOTE and mark.word in _EMBED_WORDS):
                    return mark.reason, mark.detail
                c = layout.parents[c]
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
