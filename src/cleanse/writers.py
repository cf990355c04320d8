"""The writer a page marks up in its body: ``<a rel="author">``, ``itemprop="author"``, or a
class that ends in "author" or "byline" ("entry-author", "byline__author").

Themes and CMSs mark the author's name so even when no "By" line is shown and the head names
nobody. The first marked element outside page furniture (comments, related stories, asides)
whose first line is one to three person names is the byline.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

import regex
from lxml import etree

from .authors import split_names
from .blocks import Metadata
from .htmlmeta import in_furniture
from .normalize import normalize_line
from .titles import site_keys

_WRITER_CLASS = regex.compile(r"(?:^|[-_])(?:author|byline|author-?name)$", regex.IGNORECASE)
_MAX_WORDS = 12  # "By Jane Doe and John Roe, Staff Writers": longer is a bio or a list
_MAX_NAMES = 3
# A line that only labels the next one: "By", "Story by", "Written by".
_LABEL = regex.compile(r"^(?:\w+\s+){0,2}by:?$", regex.IGNORECASE)


def _marked(el: etree._Element) -> bool:
    """Is ``el`` marked as the author: ``rel``, ``itemprop`` or a class ending in the word?

    >>> from lxml import html
    >>> [_marked(html.fromstring(markup)) for markup in (
    ...     '<span class="entry-author">A</span>', '<div class="author-bio">B</div>',
    ...     '<a rel="Author">C</a>', '<div itemprop="author">D</div>')]
    [True, False, True, True]
    """
    if el.tag == "a" and "author" in (el.get("rel") or "").lower().split():
        return True
    if "author" in (el.get("itemprop") or "").lower().split():
        return True
    return any(_WRITER_CLASS.search(token) for token in (el.get("class") or "").split())


def marked_byline(
    elements: Sequence[etree._Element], metadata: Metadata, blocks: Set[str]
) -> str | None:
    """The first line of a marked element (the innermost of nested ones) outside furniture
    that starts with a person's name and names 1-3 people, less a leading "By".

    ``elements``: the page's visible elements that may be marked (the walk gathers those with
    "author" or "byline" in a class, an itemprop or a rel), in document order; ``blocks``:
    the tags the walk starts a new block at, which end a line here too.
    """
    sites = site_keys(metadata.site_name, url=metadata.url)
    elements = [el for el in elements if _marked(el)]
    for i, el in enumerate(elements):
        if i + 1 < len(elements) and any(a is el for a in elements[i + 1].iterancestors()):
            continue  # "div.byline > span.author": the inner one holds just the name
        if in_furniture(el):
            continue
        for line in _lines(el, blocks):
            if _LABEL.match(line):
                continue  # "Story by", with the name on the next line
            if line[:3].lower() == "by " and len(line) > 3:
                line = line[3:].lstrip()
            names = split_names(line, sites) if len(line.split()) <= _MAX_WORDS else ()
            if 0 < len(names) <= _MAX_NAMES and line.startswith(names[0]) and _proper(names):
                return line
            break  # only the element's first line may be its byline
    return None


def _lines(el: etree._Element, blocks: Set[str]) -> list[str]:
    """``el``'s text cut into lines at ``<br>`` and ``blocks`` tags, normalised, empty ones out."""
    parts: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        block = node is not el and (node.tag == "br" or node.tag in blocks)
        if event == "start":
            if block:
                parts.append("\n")
            if isinstance(node.tag, str) and node.text:
                parts.append(node.text)
        elif node is not el:
            if block:
                parts.append("\n")
            if node.tail:
                parts.append(node.tail)
    return [line for line in map(normalize_line, "".join(parts).split("\n")) if line]


def _proper(names: Sequence[str]) -> bool:
    """Every name reads as one: at most one lower-case word ("Lauren del Valle")."""
    return all(sum(w[0].islower() for w in name.split()) <= 1 for name in names)
