"""Blocks: the units of text a page is cut into before any filter looks at it.

``Block`` and ``Container`` are named tuples rather than frozen dataclasses: a page makes
hundreds of them, and a named tuple is built about 2.5 times faster (measured), immutable
all the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import NamedTuple

# ``new_tuple(Block, fields)`` builds a named tuple from all its fields in order with tuple's
# own constructor: the same value as ``Block(*fields)`` without the generated ``__new__``, a
# Python function (0.3 µs a call). For what a page makes once per block or per element.
new_tuple = tuple.__new__


class Kind(str, Enum):
    """What a block is on the page."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    TABLE = "table"
    CODE = "code"
    CAPTION = "caption"
    LINE = "line"  # a single line of plain text whose role is not known yet

    def __str__(self) -> str:
        return self.value


# A block with this link density or more reads as a link (a menu entry, a logo), not as a
# headline or a line of the article.
LINKED = 0.5


class Block(NamedTuple):
    """One block of page text and where it came from (immutable).

    ``start``/``end`` is the character span in the document's normalised text; ``path`` and
    ``link_density`` are filled for HTML input only (``group`` then indexes
    ``Document.containers``).
    """

    index: int  # type: ignore[assignment]  # shadows tuple.index on purpose: the field reads better
    text: str
    kind: Kind
    start: int
    end: int
    group: int = 0  # text: blank-line paragraph; HTML: index of the enclosing container
    level: int = 0  # heading level (1-6), 0 when unknown or not a heading
    path: str = ""
    link_density: float = 0.0
    words: int = 0

    @property
    def span(self) -> tuple[int, int]:
        """The ``(start, end)`` character span in the normalised document text."""
        return (self.start, self.end)


class Container(NamedTuple):
    """A block-level HTML element that holds blocks: its tag, id, classes, role and parent."""

    tag: str
    parent: int  # index of the parent container, -1 for the root
    depth: int
    ident: str = ""
    classes: str = ""
    role: str = ""

    @property
    def label(self) -> str:
        """A CSS-like name for explanations: ``div#main.article-body``."""
        return container_label(self.tag, self.ident, self.classes)


@lru_cache(maxsize=16384)
def container_label(tag: str, ident: str, classes: str) -> str:
    """``Container.label`` (cached: a page's containers share a few tags and class lists)."""
    return make_label(tag, ident, classes.split())


def make_label(tag: str, ident: str, class_words: list[str]) -> str:
    """``container_label`` from the words of the classes, uncached."""
    ident = f"#{ident}" if ident else ""
    classes = "." + ".".join(class_words[:3]) if class_words else ""
    return f"{tag}{ident}{classes}"


@dataclass(frozen=True, slots=True)
class Metadata:
    """Page-level facts found outside the blocks (HTML head, JSON-LD, ...)."""

    title: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()  # people the head names (JSON-LD, author meta tags)
    date: str | None = None
    modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    url: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    copyright: str | None = None
    # A publishing date from weaker signs (a site's own meta name, the first <time>): the
    # article takes it only when neither ``date`` nor a date line in the page gives one.
    fallback_date: str | None = None
    # Tags from weaker signs (the page's rel="tag" links, else the head's keywords, which are
    # often the site's): the article takes them only when nothing else names any.
    fallback_tags: tuple[str, ...] = ()
    # The writer a visible element is marked with (rel="author", itemprop="author", an
    # "author" or "byline" class): taken only when neither the head nor a byline line names one.
    fallback_byline: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A page cut into blocks: the normalised text, its blocks, and page metadata."""

    text: str
    blocks: tuple[Block, ...]
    source_kind: str  # "text" or "html"
    metadata: Metadata = field(default_factory=Metadata)
    containers: tuple[Container, ...] = ()  # HTML only; Block.group indexes it

    def ancestors(self, container: int) -> list[int]:
        """The chain of container indexes from ``container`` up to the root."""
        chain = []
        while container >= 0:
            chain.append(container)
            container = self.containers[container].parent
        return chain
