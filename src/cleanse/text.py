"""Plain text -> blocks: one block per non-blank line, grouped by blank-line paragraphs."""

from __future__ import annotations

import regex

from .blocks import Block, Document, Kind
from .normalize import normalize
from .textstats import count_words, ends_sentence

_BULLET = regex.compile(r"^(?:[•·▪◦●○■□►▸‣⁃*–-]\s|\d{1,2}[.)]\s)")
_BULLET_START = frozenset("•·▪◦●○■□►▸‣⁃*–-0123456789")
_MARKED_START = _BULLET_START | {">"}


def line_kind(line: str) -> Kind:
    """The kind a line shows by itself: list item (bullet), quote (``>``) or a plain line.

    >>> [str(line_kind(t)) for t in ("• Milk", "2) Eggs", "> quoted", "2024 was long")]
    ['list_item', 'list_item', 'quote', 'line']
    """
    first = line[:1]
    if first in _BULLET_START and _BULLET.match(line):
        return Kind.LIST_ITEM
    if first == ">":
        return Kind.QUOTE
    return Kind.LINE


def text_to_document(text: str) -> Document:
    """Normalise ``text`` and cut it into line blocks whose spans index the normalised text.

    A blank line starts a new ``group`` (a paragraph of lines); a short line without a sentence
    end right above a long line is a heading.

    >>> doc = text_to_document("Title\\n\\nFirst line.\\nSecond line.")
    >>> [(b.text, b.group, b.span) for b in doc.blocks]
    [('Title', 0, (0, 5)), ('First line.', 1, (7, 18)), ('Second line.', 1, (19, 31))]
    """
    norm = normalize(text)
    lines: list[tuple[str, int, int, int]] = []  # text, start, group, words
    group = 0
    position = 0
    previous_blank = False
    for line in norm.split("\n"):
        if not line:
            previous_blank = True
            position += 1
            continue
        if previous_blank and lines:
            group += 1
        previous_blank = False
        lines.append((line, position, group, count_words(line)))
        position += len(line) + 1
    blocks = []
    below_words = 0
    for index in range(len(lines) - 1, -1, -1):
        line, start, group, words = lines[index]
        kind = line_kind(line) if line[0] in _MARKED_START else Kind.LINE
        if (
            kind is Kind.LINE
            and below_words >= _MIN_BODY_WORDS
            and 0 < words <= _MAX_HEADING_WORDS
            and not ends_sentence(line)
        ):
            kind = Kind.HEADING
        blocks.append(Block(index, line, kind, start, start + len(line), group=group, words=words))
        below_words = words
    blocks.reverse()
    return Document(norm, tuple(blocks), "text")


# A heading: a line of at most 12 words without a sentence end, right above a line of 20 or more.
_MAX_HEADING_WORDS = 12
_MIN_BODY_WORDS = 20
