"""Plain text -> blocks: one block per non-blank line, grouped by blank-line paragraphs."""

from __future__ import annotations

from dataclasses import replace

import regex

from .blocks import Block, Document, Kind
from .normalize import normalize
from .textstats import count_words, ends_sentence

_BULLET = regex.compile(r"^(?:[•·▪◦●○■□►▸‣⁃*–-]\s|\d{1,2}[.)]\s)")


def line_kind(line: str) -> Kind:
    """The kind a line shows by itself: list item (bullet), quote (``>``) or a plain line."""
    if _BULLET.match(line):
        return Kind.LIST_ITEM
    if line.startswith(">"):
        return Kind.QUOTE
    return Kind.LINE


def text_to_document(text: str) -> Document:
    """Normalise ``text`` and cut it into line blocks whose spans index the normalised text.

    >>> doc = text_to_document("Title\\n\\nFirst line.\\nSecond line.")
    >>> [(b.text, b.group, b.span) for b in doc.blocks]
    [('Title', 0, (0, 5)), ('First line.', 1, (7, 18)), ('Second line.', 1, (19, 31))]
    """
    norm = normalize(text)
    blocks: list[Block] = []
    group = 0
    position = 0
    previous_blank = False
    for line in norm.split("\n"):
        if not line:
            previous_blank = True
            position += 1
            continue
        if previous_blank and blocks:
            group += 1
        previous_blank = False
        end = position + len(line)
        blocks.append(
            Block(
                len(blocks),
                line,
                line_kind(line),
                position,
                end,
                group=group,
                words=count_words(line),
            )
        )
        position = end + 1
    return Document(norm, tuple(_mark_headings(blocks)), "text")


_MAX_HEADING_WORDS = 12
_MIN_BODY_WORDS = 20


def _mark_headings(blocks: list[Block]) -> list[Block]:
    """Short lines without a sentence end that sit right above a long paragraph are headings."""
    for i in range(len(blocks) - 1):
        block, below = blocks[i], blocks[i + 1]
        if (
            block.kind is Kind.LINE
            and 0 < block.words <= _MAX_HEADING_WORDS
            and not ends_sentence(block.text)
            and below.words >= _MIN_BODY_WORDS
        ):
            blocks[i] = replace(block, kind=Kind.HEADING)
    return blocks
