"""Plain text -> blocks: one block per non-blank line, grouped by blank-line paragraphs."""

from __future__ import annotations

import regex

from .blocks import Block, Document, Kind, new_tuple
from .normalize import normalize
from .textstats import count_words, ends_sentence, has_cjk

_BULLET = regex.compile(r"^(?:[•·▪◦●○■□►▸‣⁃*–-]\s|\d{1,2}[.)]\s)")
_BULLET_START = frozenset("•·▪◦●○■□►▸‣⁃*–-0123456789")
_MARKED_START = _BULLET_START | {">"}
_LINE = Kind.LINE


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
    if not norm:
        return Document(norm, (), "text")
    # Normalised text has no blank line at either end nor two in a row, and its lines are
    # stripped: paragraphs are what "\n\n" separates, lines what "\n" separates within them.
    lines: list[str] = []
    starts: list[int] = []
    groups: list[int] = []
    position = 0
    for group, paragraph in enumerate(norm.split("\n\n")):
        for line in paragraph.split("\n"):
            lines.append(line)
            starts.append(position)
            groups.append(group)
            position += len(line) + 1
        position += 1
    if has_cjk(norm):
        counts = [count_words(line) for line in lines]
    else:
        # Words are separated by exactly one " " (normalised), so a line has one more word
        # than spaces: ``count_words`` without splitting.
        counts = [line.count(" ") + 1 for line in lines]
    blocks = []
    for index, (line, start, group, words, below) in enumerate(
        zip(lines, starts, groups, counts, [*counts[1:], 0], strict=True)
    ):
        kind = line_kind(line) if line[0] in _MARKED_START else _LINE
        if (
            below >= _MIN_BODY_WORDS
            and 0 < words <= _MAX_HEADING_WORDS
            and kind is _LINE
            and not ends_sentence(line)
        ):
            kind = Kind.HEADING
        fields = (index, line, kind, start, start + len(line), group, 0, "", 0.0, words)
        blocks.append(new_tuple(Block, fields))
    return Document(norm, tuple(blocks), "text")


# A heading: a line of at most 12 words without a sentence end, right above a line of 20 or more.
_MAX_HEADING_WORDS = 12
_MIN_BODY_WORDS = 20
