"""Finding the few blocks a filter must look at closely, without a regex call on every line.

Most lines of a page match no rule, and calling a regex on each of them costs more than the
rules' real work. So a filter first narrows the blocks down with cheap, exact tests:

- ``Needles``: substrings every match of its rules must contain ("©", "opyright", ...). One
  ``str.find`` sweep over ``Document.text`` per needle finds them (the blocks' spans index that
  text); a caseless needle is a ``regex`` literal search, as fast and with the same case rules
  as the patterns it stands for.
- ``Prefixes``: words a matching line must start with ("Tags", "By", ...), picked by a dict
  lookup on the line's first character.

Only the blocks found this way get the filter's regexes, so decisions are those of the regexes
alone, provided every needle or prefix is implied by the patterns it guards.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import compress, count
from operator import attrgetter, itemgetter

import regex

from .blocks import Block
from .pipeline import Context

_START = attrgetter("start")
# What ``\s`` matches in the ``regex`` module: patterns that allow spaces allow these.
WHITESPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def fold(text: str) -> str:
    """``text`` case-folded so that lines equal under ``regex.IGNORECASE`` fold the same.

    ``str.casefold`` agrees with the regex module's simple case folding except for "İ", which
    regex matches to "i" while ``casefold`` turns it into "i" and a combining dot.

    >>> fold("READ MORE"), fold("İnfo") == fold("info")
    ('read more', True)
    """
    folded = text.casefold()
    return folded.replace("i\u0307", "i") if "\u0307" in folded else folded


def kept_at(blocks: Sequence[Block], position: int) -> int:
    """The index in ``blocks`` (ordered, not overlapping) of the block holding ``position``, or -1."""
    i = bisect_right(blocks, position, key=_START) - 1
    return i if i >= 0 and position < blocks[i].end else -1


def aligned(context: Context) -> bool:
    """Do the blocks' spans index the document text, as for every document ``read`` makes?

    What reads the page text in one go relies on it; on a document built by hand whose first or
    last block does not sit at its span, it looks at every block instead.
    """
    if not context.blocks:
        return True
    text = context.document.text
    first, last = context.blocks[0], context.blocks[-1]
    return text[first.start : first.end] == first.text and text[last.start : last.end] == last.text


class Needles:
    """Substrings of which a matching line holds at least one; finds the blocks that hold one.

    ``plain`` needles match case-sensitively; ``caseless`` ones as under ``regex.IGNORECASE``.
    """

    def __init__(self, plain: Iterable[str] = (), *, caseless: Iterable[str] = ()) -> None:
        self.plain = tuple(plain)
        self.caseless = tuple(caseless)
        self._anchors = tuple((needle, _anchor(needle)) for needle in self.plain)
        self._patterns = tuple(
            regex.compile(regex.escape(needle), regex.IGNORECASE) for needle in self.caseless
        )
        self._folded = tuple(fold(needle) for needle in self.caseless)

    def __repr__(self) -> str:
        return f"Needles({self.plain!r}, caseless={self.caseless!r})"

    def in_text(self, text: str) -> bool:
        """Does ``text`` hold one of the needles? (A caseless needle may match a little more.)"""
        if any(needle in text for needle in self.plain):
            return True
        if self._folded:
            folded = fold(text)
            return any(needle in folded for needle in self._folded)
        return False

    def blocks(self, context: Context) -> set[int]:
        """Indexes in ``context.blocks`` of the blocks that hold a needle."""
        blocks = context.blocks
        if not blocks:
            return set()
        if not aligned(context):
            return {i for i, block in enumerate(blocks) if self.in_text(block.text)}
        text = context.document.text
        found: set[int] = set()
        for needle, anchor in self._anchors:
            if anchor < 0:
                position = text.find(needle)
                while position >= 0:
                    position = text.find(needle, _visit(blocks, position, found))
                continue
            # Find the needle's rare character, then check the rest around it.
            char = needle[anchor]
            position = text.find(char, anchor)
            while position >= 0:
                start = position + 1
                if text.startswith(needle, position - anchor):
                    start = max(start, _visit(blocks, position - anchor, found) + anchor)
                position = text.find(char, start)
        for pattern in self._patterns:
            match = pattern.search(text)
            while match is not None:
                match = pattern.search(text, _visit(blocks, match.start(), found))
        return found


# ``str.find`` looks for one character fast (``memchr`` on its low byte), so a needle with a
# rare character is found through it; in text that is mostly ASCII, a character whose low byte
# is a letter, a digit, a space, a common sign or zero would stop at every such byte.
_BUSY_BYTES = frozenset(
    b"\x00\n !\"',-./0123456789:;?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)


def _anchor(needle: str) -> int:
    """Where in ``needle`` a rare character (worth finding alone) is, or -1."""
    for i, char in enumerate(needle):
        if (ord(char) & 0xFF) not in _BUSY_BYTES and ord(char) >= 0x20:
            return i
    return -1


_BEYOND = 1 << 62  # a search start past the end of any text: nothing is found there


def _visit(blocks: Sequence[Block], position: int, found: set[int]) -> int:
    """Note the block holding ``position``; return where the next search starts.

    The rest of a found block need not be searched, nor the text of a block already decided.
    """
    i = bisect_right(blocks, position, key=_START) - 1
    if i >= 0 and position < blocks[i].end:
        found.add(i)
        return blocks[i].end
    return blocks[i + 1].start if i + 1 < len(blocks) else _BEYOND


class Prefixes:
    """Prefixes of which a matching line starts with one.

    With ``caseless``, a line matches as under ``regex.IGNORECASE`` (compared through ``fold``).
    ``blocks`` picks the matching blocks of a page with C-level passes over their first two
    characters (every way of writing them, for caseless prefixes), so most lines cost no Python
    work at all.

    >>> Prefixes(["By ", "Von "]).match("By Jane Doe"), Prefixes(["tags"], caseless=True).match("TAGS:")
    (True, True)
    """

    def __init__(self, prefixes: Iterable[str], *, caseless: bool = False) -> None:
        self.prefixes = tuple(dict.fromkeys(prefixes))
        self.caseless = caseless
        by_head: dict[str, list[str]] = {}
        heads: set[str] = set()
        ones: set[str] = set()
        for prefix in self.prefixes:
            key = fold(prefix) if caseless else prefix
            by_head.setdefault(key[:2], []).append(key)
            spellings = [case_variants(c) if caseless else {c} for c in prefix[:2]]
            if len(spellings) == 1:
                ones.update(spellings[0])
            else:
                heads.update(a + b for a in spellings[0] for b in spellings[1])
        # The prefixes by their first two characters (one, for a one-character prefix).
        self._by_head = {head: tuple(keys) for head, keys in by_head.items()}
        self._short = any(len(head) < 2 for head in self._by_head)
        self._width = max((len(p) for p in self.prefixes), default=0)
        self._heads = frozenset(heads)
        self._ones = frozenset(ones)

    def __repr__(self) -> str:
        return f"Prefixes({self.prefixes!r}, caseless={self.caseless})"

    def match(self, text: str, position: int = 0) -> bool:
        """Does ``text`` (from ``position`` on) start with one of the prefixes?"""
        if self.caseless:
            text, position = fold(text[position : position + self._width]), 0
        keys = self._by_head.get(text[position : position + 2])
        if keys is not None and text.startswith(keys, position):
            return True
        if self._short:
            keys = self._by_head.get(text[position : position + 1])
            return keys is not None and text.startswith(keys, position)
        return False

    def blocks(self, blocks: Sequence[Block], *, exact: bool = True) -> list[int]:
        """Indexes (in order) of the blocks whose text starts with one of the prefixes.

        With ``exact=False``, only the first two characters are compared: a few more blocks.
        """
        texts = list(map(_TEXT, blocks))
        hits = set(compress(count(), map(self._heads.__contains__, map(_HEAD2, texts))))
        if self._ones:
            hits.update(compress(count(), map(self._ones.__contains__, map(_HEAD1, texts))))
        if exact:
            match = self.match
            return sorted(i for i in hits if match(texts[i]))
        return sorted(hits)


_TEXT = attrgetter("text")
_HEAD1 = itemgetter(slice(0, 1))
_HEAD2 = itemgetter(slice(0, 2))
# Characters that fold like another besides its upper, lower and title case forms ("ſ" like
# "s", the Kelvin sign like "k"), by that fold; regex also takes "İ" for "i".
_ODD_FOLDS = {
    "s": "ſ",
    "k": "\u212a",
    "i": "İ",
    "å": "\u212b",
    "ss": "ẞ",
    "μ": "µ",
    "ι": "\u0345\u1fbe",
    "σ": "ς",
    "β": "ϐ",
    "θ": "ϑϴ",
    "φ": "ϕ",
    "π": "ϖ",
    "κ": "ϰ",
    "ρ": "ϱ",
    "ε": "ϵ",
    "ω": "\u2126",
    "в": "ᲀ",
    "д": "ᲁ",
    "о": "ᲂ",
    "с": "ᲃ",
    "т": "ᲄᲅ",
    "ъ": "ᲆ",
    "ѣ": "ᲇ",
    "ꙋ": "ᲈ",
    "ṡ": "ẛ",
}


def case_variants(char: str) -> frozenset[str]:
    """Every character that matches ``char`` under ``regex.IGNORECASE`` (its case forms).

    >>> sorted(case_variants("s")), sorted(case_variants("é"))
    (['S', 's', 'ſ'], ['É', 'é'])
    """
    folded = fold(char)
    forms = (char, char.lower(), char.upper(), char.title(), folded, folded.upper())
    candidates = {*forms, *_ODD_FOLDS.get(folded, "")}
    return frozenset(c for c in candidates if len(c) == 1 and fold(c) == folded)


def expand(pattern: str) -> frozenset[str]:
    """Every string a small finite pattern matches: ``|``, ``(?:...)``, ``?`` and ``[...]`` of
    plain characters; anything open-ended (``*``, ``\\w``, ...) is a ``ValueError``.

    >>> sorted(expand("leer m[aá]s|log ?in"))
    ['leer mas', 'leer más', 'log in', 'login']
    >>> sorted(expand("read (?:the )?full (?:story|article)"))
    ['read full article', 'read full story', 'read the full article', 'read the full story']
    """
    strings, end = _alternatives(pattern, 0)
    if end != len(pattern):
        raise ValueError(f"unbalanced ')' at {end} in {pattern!r}")
    return frozenset(strings)


def _alternatives(pattern: str, i: int) -> tuple[set[str], int]:
    """The strings of ``a|b|...`` from ``i`` up to an unmatched ``)`` or the end."""
    strings, i = _sequence(pattern, i)
    while i < len(pattern) and pattern[i] == "|":
        more, i = _sequence(pattern, i + 1)
        strings |= more
    return strings, i


def _sequence(pattern: str, i: int) -> tuple[set[str], int]:
    """The strings of a run of atoms (each maybe optional) from ``i`` up to ``|``, ``)`` or the end."""
    strings = {""}
    while i < len(pattern) and pattern[i] not in "|)":
        char = pattern[i]
        if pattern.startswith("(?:", i):
            atom, i = _alternatives(pattern, i + 3)
            if i >= len(pattern):
                raise ValueError(f"unclosed group in {pattern!r}")
            i += 1
        elif char == "[":
            end = pattern.find("]", i)
            members = pattern[i + 1 : end]
            ranges = "-" in members[1:-1]
            if end < 0 or not members or ranges or any(c in "\\^[" for c in members):
                raise ValueError(f"only plain character classes can be expanded: {pattern!r}")
            atom, i = set(members), end + 1
        elif char == "\\" and i + 1 < len(pattern) and not pattern[i + 1].isalnum():
            atom, i = {pattern[i + 1]}, i + 2
        elif char in "\\.^$*+{}()?":
            raise ValueError(f"{char!r} at {i} is not finite: {pattern!r}")
        else:
            atom, i = {char}, i + 1
        if i < len(pattern) and pattern[i] == "?":
            atom.add("")
            i += 1
        strings = {s + a for s in strings for a in atom}
    return strings, i
