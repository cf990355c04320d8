"""The headline: taken into ``title``, its repeats dropped from the body."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..blocks import LINKED, Block, Document, Kind
from ..pipeline import BaseFilter, Context, Decision, drop, take
from ..scan import Needles
from ..textstats import count_words
from ..titles import (
    agreement,
    fold_title,
    is_section,
    owned_parts,
    site_keys,
    strip_site_name,
    title_parts,
)

_MAX_TITLE_WORDS = 30
_TITLE_COVER = 0.6
_CLOSES_SENTENCE = regex.compile(r"[.,;][\"'’”»)\]]*$")


def _is_title_line(block: Block) -> bool:
    """Short, and not closed by a full stop (even inside a quote: ``... he said.”``)."""
    return (
        block.kind in (Kind.LINE, Kind.HEADING)
        and 0 < count_words(block.text) <= _MAX_TITLE_WORDS
        and not _CLOSES_SENTENCE.search(block.text)
    )


class Headline(BaseFilter):
    """Takes the headline into ``title`` and drops later blocks that repeat it.

    HTML: the block that shows the page's title (from metadata), else the page's one
    ``<h1>`` unless it shares no word with that title (then it goes as ``page_heading``);
    the site's name alone above the headline goes as ``masthead``. Text: the first line,
    when it reads as a title (short, no closing full stop), less the site's name a copyright
    line gives; when the first line is only that name, the title line right above the byline.
    """

    def __init__(self, *, name: str = "title") -> None:
        self.name = name

    def __call__(self, context: Context) -> Iterator[Decision]:
        blocks = context.blocks
        if not blocks:
            return
        meta_title = context.document.metadata.title
        chosen: Block | None = None
        line: str | None = None
        if context.document.source_kind == "html":
            chosen = _find_headline(blocks, meta_title)
            if chosen is None and (other := _unrelated_h1(_h1s(blocks), meta_title)) is not None:
                yield drop(other, "page_heading", _UNRELATED_H1)
            elif chosen is not None:
                line = _title_line(chosen.text, meta_title)
                if line is None:
                    yield take(chosen, "title", "headline", "the block that shows the page title")
                else:
                    detail = "the line of the heading that shows the page title"
                    yield take(chosen, "title", "headline", detail, value=line)
        elif (chosen := _first_h1(blocks)) is not None:
            yield take(chosen, "title", "headline", "the first level-1 heading")
        elif len(blocks) > 1 and _is_title_line(blocks[0]) and blocks[0].link_density < LINKED:
            first = blocks[0]
            owned = _owned_parts(first, context.document)
            shown_above = _over_byline(context) if _only_site(first, owned) else None
            if shown_above is not None:
                chosen = shown_above
                yield drop(first, "masthead", _SITE_ONLY)
                yield take(chosen, "title", "headline", "the title line right above the byline")
            else:
                chosen = first
                line = _shown_part(chosen.text, blocks)
                headline = line or strip_site_name(chosen.text, site_keys(*owned))
                yield take(chosen, "title", "first_line_title", "short first line", value=headline)
        site = context.document.metadata.site_name
        if site and chosen is not None and context.document.source_kind == "html":
            yield from _mastheads(blocks, chosen, site)
        shown = (meta_title, chosen.text if chosen else None, line)
        titles = {fold_title(t) for t in shown if t}
        titles |= {strip_site_name(t) for t in titles}
        sizes = {len(t) for t in titles}
        longest = max(sizes, default=0)
        for block in blocks:
            # Case-folding never shortens a text, and straightening quotes keeps its length:
            # most lines are too long to match, or fold to a length no title has.
            if (
                block is chosen
                or len(block.text) > longest
                or len(block.text.casefold()) not in sizes
            ):
                continue
            if fold_title(block.text) in titles:
                yield drop(block, "title_repeat", "repeats the headline")


_SITE_ONLY = "the first line names only the site (a copyright line names it), maybe a section"
_MAX_NOTICE_CHARS = 300
_NOTICE_SIGNS = Needles(["©", "(c)", "opyright", "OPYRIGHT"])


def _owned_parts(first: Block, document: Document) -> list[str]:
    """Text: the parts of the first line (the page's <title>) that a copyright line names:
    "The Valley Herald" of "The Valley Herald - Local News" beside "© 2004 The Valley
    Herald": the site's name."""
    every = Context(document, document.blocks)
    notices = [
        text.casefold()
        for text in (document.blocks[i].text for i in sorted(_NOTICE_SIGNS.blocks(every)))
        if len(text) < _MAX_NOTICE_CHARS
    ]
    return owned_parts(first.text, notices) if notices else []


def _only_site(first: Block, owned: list[str]) -> bool:
    """Is the first line the site's name, maybe with a section's ("Local News")?"""
    if not owned:
        return False
    rest = [p for p in title_parts(first.text) if p not in owned]
    return not rest or (len(rest) == 1 and is_section(rest[0]))


def _over_byline(context: Context) -> Block | None:
    """Text: the kept title line right above the first byline an earlier filter took."""
    byline = min((i for i, d in context.earlier.items() if d.field == "byline"), default=None)
    if byline is None:
        return None
    above = [b for b in context.blocks if b.index < byline]
    if len(above) < 2 or above[-1].index != byline - 1:
        return None
    candidate = above[-1]
    if _is_title_line(candidate) and candidate.words >= 3 and candidate.link_density < LINKED:
        return candidate
    return None


def _mastheads(blocks: tuple[Block, ...], headline: Block, site: str) -> Iterator[Decision]:
    """Blocks above the headline that are the site's name alone: an old page's masthead."""
    name = fold_title(site)
    for block in blocks:
        if block.index >= headline.index:
            return
        if len(block.text) == len(site) and fold_title(block.text) == name:
            yield drop(block, "masthead", "the site's name above the headline")


def _shown_part(first: str, blocks: tuple[Block, ...]) -> str | None:
    """Text: the shortest later line that starts or ends the first one (or the first one with
    its site name stripped) and is most of it: the headline as the page shows it, where the
    first line (the page's <title>) adds the site's name or a section ("Opinion | Headline -
    Site")."""
    wanted = {first.casefold(), strip_site_name(first).casefold()}
    longest = max(len(w) for w in wanted)
    shortest = _TITLE_COVER * min(len(w) for w in wanted)
    found: str | None = None
    for block in blocks[1:]:
        size = len(block.text)
        if not shortest <= size < (len(found) if found else longest) or block.words < 3:
            continue  # most lines are far longer or shorter than a title
        text = block.text.casefold()
        if any(
            _TITLE_COVER * len(w) <= len(text) < len(w) and (w.startswith(text) or w.endswith(text))
            for w in wanted
        ):
            found = block.text
    return found


def _first_h1(blocks: tuple[Block, ...]) -> Block | None:
    """Text: the first level-1 heading that is not a link (Markdown's "# Title"; plain text
    lines have no levels)."""
    for block in blocks:
        if block.level == 1 and block.kind is Kind.HEADING and block.link_density < LINKED:
            return block
    return None


def _title_line(text: str, meta_title: str | None) -> str | None:
    r"""The line of a heading broken by ``<br>`` that is most of the page title, if one is.

    A heading often holds a kicker or the byline on a line of its own ("Headline<br>By Jane
    Doe"): the title is the line that the stated title backs.

    >>> _title_line("New bridge approved\nEditor Jane Doe", "New bridge approved (photo)")
    'New bridge approved'
    """
    if not meta_title or "\n" not in text:
        return None
    wanted = meta_title.casefold()
    backed = [
        line
        for line in text.split("\n")
        if line.casefold() in wanted and len(line) >= _TITLE_COVER * len(wanted)
    ]
    return max(backed, key=len) if backed else None


def _find_headline(blocks: tuple[Block, ...], meta_title: str | None) -> Block | None:
    """The heading that matches the metadata title best, else the page's one level-1 heading
    (of several, none is taken when the metadata has a title; nor is one that shares no word
    with that title: ``_unrelated_h1``)."""
    if meta_title:
        wanted = meta_title.casefold()
        for block in blocks:
            if block.words <= _MAX_TITLE_WORDS and block.text.casefold() == wanted:
                return block
        for block in blocks:
            text = block.text.casefold()
            # A heading that is most of the title (the title adds a site name or a kicker),
            # not a short sub-heading that happens to share a few of its words.
            if (
                block.kind is Kind.HEADING
                and text in wanted
                and block.words >= 3
                and len(text) >= _TITLE_COVER * len(wanted)
            ):
                return block
    firsts = _h1s(blocks)
    if meta_title and len(firsts) > 1:
        return None  # a page of several <h1> uses them for sections: none is the headline
    if _unrelated_h1(firsts, meta_title) is not None:
        return None
    return firsts[0] if firsts else None


def _h1s(blocks: tuple[Block, ...]) -> list[Block]:
    """The level-1 headings among ``blocks``."""
    return [b for b in blocks if b.kind is Kind.HEADING and b.level == 1]


_UNRELATED_H1 = (
    "the page's one <h1> shares no word with its title: it heads the page, not the story"
)


def _unrelated_h1(firsts: list[Block], meta_title: str | None) -> Block | None:
    """The page's one ``<h1>`` (of ``firsts``, its level-1 headings) when it shares no word
    with the stated title: it names a section, a feed or the page ("Latest articles", "About
    this site"), not this story."""
    if not meta_title:
        return None
    if len(firsts) == 1 and agreement(firsts[0].text, meta_title) == 0.0:
        return firsts[0]
    return None
