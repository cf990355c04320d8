"""HTML structure: page chrome, class/id hints, the main-content container, link-dense blocks.

These filters read what the HTML walk recorded (containers, tokens, link density) and do
nothing on plain text. ``MainContent`` finds the container that holds the article: the one
whose blocks, scored as prose (+words) or junk (-words), add up to the most.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..blocks import Block, Container, Document, Kind
from ..pipeline import Context, Decision, drop
from ..textstats import ends_sentence

_CHROME_TAGS = frozenset({"nav", "aside", "footer", "header", "form", "menu"})
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog"}
)
# A class or id part that marks page furniture; matched on parts split at - and _.
_JUNK = regex.compile(
    r"(?:^|[-_\s])(?:share|sharing|sharebar|social|socials|related|relatedposts|promo|promos"
    r"|promotion|advert|advertisement|advertising|ads?|adslot|adunit|ad[-_]?container|dfp|gpt"
    r"|sidebar|side[-_]?bar|newsletter|newsletters|cookie|cookies|consent|gdpr|comments?"
    r"|commentlist|disqus|breadcrumbs?|subscribe|subscription|signup|paywall|popular|mostread"
    r"|most[-_]read|most[-_]popular|trending|recommend|recommended|recommendations|outbrain"
    r"|taboola|nav|navbar|navigation|menu|menus|footer|masthead|topbar|toolbar|widget|widgets"
    r"|banner|sponsor|sponsored|pagination|pager|author[-_]?bio|byline|tags|tagcloud|tag[-_]?list"
    r"|keywords|more[-_]?stories|read[-_]?more|readmore|read[-_]?next|also[-_]?read|skip|modal"
    r"|popup|overlay|print|rss|follow|login|signin|meta|dateline|timestamp|caption|credit"
    r"|photo[-_]?credit|video[-_]?player|playlist|embed|interstitial)(?:$|[-_\s\d])",
    regex.IGNORECASE,
)
_CONTENT = regex.compile(
    r"article|content|entry|post[-_]?body|story|main|text|body|prose|rich[-_]?text|blog[-_]?post",
    regex.IGNORECASE,
)
_PROSE_MIN_WORDS = 10
_PROSE_MAX_LINK_DENSITY = 0.35
_JUNK_WEIGHT = 0.6
_LINK_DENSE = 0.5
_MAJOR_SHARE = 0.5


def own_hint(container: Container) -> str | None:
    """The junk word in the container's own class/id (not its ancestors'), if any."""
    names = f"{container.ident} {container.classes}"
    if not names.strip():
        return None
    m = _JUNK.search(names)
    if m is None:
        return None
    return m.group(0).strip("-_ ").lower()


def is_prose(block: Block) -> bool:
    """A block that reads as article prose: long enough, few links, a sentence."""
    return (
        block.words >= _PROSE_MIN_WORDS
        and block.link_density <= _PROSE_MAX_LINK_DENSITY
        and (ends_sentence(block.text) or block.words >= 2 * _PROSE_MIN_WORDS)
        and block.kind is not Kind.HEADING
    )


@dataclass(frozen=True, slots=True)
class _Layout:
    """Per-document facts the structural filters share, per container.

    ``marks`` holds why a container is furniture (a chrome tag or role, a junk class/id word);
    a mark counts only on containers that hold a minor share of the page's prose, so a junk
    word on a wrapper around the whole article ("page-with-sidebar") changes nothing.
    """

    marks: tuple[str | None, ...]
    chains: dict[int, list[int]]

    @classmethod
    def of(cls, document: Document, blocks: tuple[Block, ...]) -> _Layout:
        prose = [0] * len(document.containers)
        chains: dict[int, list[int]] = {}
        total = 0
        for block in blocks:
            chain = document.ancestors(block.group) if block.group >= 0 else []
            chains[block.index] = chain
            if is_prose(block):
                total += block.words
                for c in chain:
                    prose[c] += block.words
        marks: list[str | None] = []
        for i, c in enumerate(document.containers):
            mark = None
            if total and prose[i] >= _MAJOR_SHARE * total:
                mark = None
            elif c.tag in _CHROME_TAGS:
                mark = f"<{c.tag}>"
            elif c.role in _CHROME_ROLES:
                mark = f"role={c.role}"
            else:
                hint = own_hint(c)
                if hint:
                    mark = f"'{hint}' in {c.label}"
            marks.append(mark)
        return cls(tuple(marks), chains)


class MainContent:
    """Drops blocks outside the container that holds the article body.

    Every kept block scores its words: prose counts for, anything else (short lines, link
    lists, text under chrome or junk hints) counts against at ``junk_weight``. Each container
    sums its blocks' scores; the best-scoring container is the article.
    """

    def __init__(self, *, junk_weight: float = _JUNK_WEIGHT, name: str = "main_content") -> None:
        self.junk_weight = junk_weight
        self.name = name

    def __repr__(self) -> str:
        return f"MainContent(junk_weight={self.junk_weight!r}, name={self.name!r})"

    def __call__(self, context: Context) -> Iterator[Decision]:
        document = context.document
        if document.source_kind != "html" or not context.blocks:
            return
        layout = _Layout.of(document, context.blocks)
        scores = [0.0] * len(document.containers)
        for block in context.blocks:
            chain = layout.chains[block.index]
            marked = any(layout.marks[c] for c in chain)
            if is_prose(block) and not marked:
                value = float(block.words)
            else:
                value = -self.junk_weight * block.words
            for c in chain:
                scores[c] += value
        if not scores:
            return
        best = max(range(len(scores)), key=scores.__getitem__)
        if scores[best] <= 0:
            return
        label = document.containers[best].label
        detail = f"outside {label} (score {scores[best]:.0f})"
        for block in context.blocks:
            if best not in layout.chains[block.index]:
                yield drop(block, "outside_main_content", detail)


class Boilerplate:
    """Inside the article: drops blocks under chrome tags or junk class/id hints, and link lists."""

    def __init__(self, *, max_link_density: float = _LINK_DENSE, name: str = "boilerplate") -> None:
        self.max_link_density = max_link_density
        self.name = name

    def __repr__(self) -> str:
        return f"Boilerplate(max_link_density={self.max_link_density!r}, name={self.name!r})"

    def __call__(self, context: Context) -> Iterator[Decision]:
        document = context.document
        if document.source_kind != "html" or not context.blocks:
            return
        layout = _Layout.of(document, context.blocks)
        for block in context.blocks:
            found = self._judge(block, layout)
            if found:
                yield drop(block, *found)

    def _judge(self, block: Block, layout: _Layout) -> tuple[str, str] | None:
        for c in layout.chains[block.index]:
            mark = layout.marks[c]
            if mark:
                reason = "page_chrome" if mark.startswith(("<", "role=")) else "class_hint"
                return reason, f"inside {mark}"
        if block.link_density > self.max_link_density and block.kind is not Kind.HEADING:
            return "link_dense", f"link density {block.link_density:.2f} > {self.max_link_density:.2f}"
        return None
