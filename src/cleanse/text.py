"""Plain text -> blocks: one block per non-blank line, grouped by blank-line paragraphs."""

from __future__ import annotations

import re

import regex

from .blocks import Block, Document, Kind, new_tuple
from .normalize import normalize
from .textstats import count_words, ends_sentence, has_cjk, spaceless_share

_BULLET = regex.compile(r"^(?:[•·▪◦●○■□►▸‣⁃*–-]\s|\d{1,2}[.)]\s)")
_BULLET_START = frozenset("•·▪◦●○■□►▸‣⁃*–-0123456789")
_MARKED_START = _BULLET_START | {">"}
_BULLET_MARKS = frozenset("*-+•")
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
    cjk = has_cjk(norm)
    return segment(reflow(norm, cjk), cjk)


def reflow(norm: str, cjk: bool) -> str:
    """Normalised text with the lines a scraper cut or a wrapper broke joined again.

    ``cjk``: ``has_cjk(norm)``, which joining lines does not change.
    """
    if not norm:
        return norm
    joined = rejoin(norm)
    # Text with no spaces between words is not wrapped at spaces; a "中文" link in a Latin
    # page's menu does not make it such text, and Korean has spaces.
    if not cjk or spaceless_share(joined) < _MOSTLY_SPACELESS:
        # Wrapped at a width, and maybe broken where the page's source broke its lines.
        joined = join_broken(unwrap(joined))
    # A joined line is normalised as one (its mojibake repaired as a whole), so that reading
    # the text again finds nothing more to change.
    return normalize(joined) if joined != norm else norm


def segment(norm: str, cjk: bool | None = None) -> Document:
    """Cut normalised text into line blocks whose spans index it.

    Normalised text has no blank line at either end nor two in a row, and its lines are
    stripped: paragraphs are what "\n\n" separates, lines what "\n" separates within them.
    ``cjk`` is ``has_cjk(norm)`` when the caller knows it.
    """
    if not norm:
        return Document(norm, (), "text")
    if cjk is None:
        cjk = has_cjk(norm)
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
    if cjk:
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


def unwrap(norm: str) -> str:
    """Normalised text with the line breaks a wrapper put inside paragraphs turned to spaces.

    Text from html2text, lynx, w3m or mail is wrapped at a fixed width: a paragraph arrives as
    lines of nearly that width, each of which would read as a short line of its own. A page is
    wrapped when many of its lines stop just short of one width that almost none exceeds; a
    break is the wrapper's when the next line's first word would not have fitted on its line
    (at least 60 % full) and that line is not a list item or quote. Lines that stop near one
    width but mostly end a sentence are short paragraphs, not wrapping. Same length as
    ``norm``.

    >>> wrapped = "\\n".join(["The council met on Tuesday to talk about the harbour wall and"] * 8)
    >>> unwrap(wrapped) == wrapped.replace("\\n", " "), unwrap("Home\\nNews") == "Home\\nNews"
    (True, True)
    """
    lines = norm.split("\n")
    width = wrap_width(lines)
    if width is None:
        return norm
    full = _JOIN_FULL * width
    longest = _OVER_WIDTH * width  # the width is a quantile: a few lines stop past it
    out = []
    for line, below in zip(lines, [*lines[1:], ""], strict=True):
        out.append(line)
        if not below:
            out.append("\n")
            continue
        space = below.find(" ")
        first_word = len(below) if space < 0 else space
        joined = (
            full <= len(line) <= longest  # a wrapper leaves no line much past its width
            and len(line) + 1 + first_word > width
            and (line_kind(below) is _LINE if below[0] in _MARKED_START else True)
        )
        out.append(" " if joined else "\n")
    return "".join(out)[:-1]


def rejoin(norm: str) -> str:
    """Normalised text with paragraphs that a scraper cut at inline elements put together.

    ``BeautifulSoup.get_text("\\n")`` and the like put each link or bold word on a line of its
    own: "studies show\\n(\\n12\\n)\\n." A page is cut so when at least 3 of its lines (and 1 %)
    start with closing punctuation. Then a line joins the one above when it starts with closing
    punctuation or the one above ends with an opening bracket (no space between), or when it
    starts in lower case or with an opening bracket below a line that does not end a sentence
    and either has three words or more or runs on into the line below, or when the line above
    has three words or more and ends in an article or a preposition (one space between).

    >>> rejoin("Home\\nNews\\n\\nA study\\n(\\n12\\n)\\nfound that\\nfiber\\nhelps, as do\\n\\n"
    ...        "others\\n.\\nTwo\\n,\\nthree\\n!")
    'Home\\nNews\\n\\nA study (12) found that fiber helps, as do\\n\\nothers.\\nTwo, three!'
    """
    cut = len(_CUT_LINE.findall(norm)) - len(_CUT_AFTER_BLANK.findall(norm))
    if cut < _CUT_MIN_LINES:
        return norm
    lines = norm.split("\n")
    if cut < _CUT_SHARE * len(lines):
        return norm
    out = [lines[0]]
    for above, line, below in zip(lines[:-1], lines[1:], [*lines[2:], ""], strict=True):
        if not above or not line:
            out.append("\n")
        elif line[0] in _CLOSING or above[-1] in _OPENING:
            pass
        elif (
            _runs_on(above)
            or (
                (
                    line[0] in _OPENING
                    or (
                        # Lower case, and not a name like "iPhone" or "eBay" (menus are full of them).
                        line.split(" ", 1)[0].islower()
                        # A short line ("by", a tag) joins only when the text runs on below it.
                        and (line.count(" ") >= 2 or below[:1] in _CLOSING or below[:1].islower())
                    )
                )
                and not ends_sentence(above)
            )
        ):
            out.append(" ")
        else:
            out.append("\n")
        out.append(line)
    return "".join(out)


def join_broken(norm: str) -> str:
    """Normalised text with paragraphs that the page's source broke over lines put together.

    HTML written by hand or wrapped by an editor breaks its paragraphs' text at about the
    same column, but the tags inside make the lines of very different lengths, so no width
    shows (``unwrap``): "Thousands have flocked to join the groups" then "including the
    Islamic State, ...". A page is broken so when ``_BROKEN_MIN`` lines or more (and
    ``_BROKEN_SHARE`` of them) start with a lower-case word right below a line of
    ``_BROKEN_WORDS`` words or more that does not end a sentence, and when most
    (``_BROKEN_ENDS``) of the runs of such lines end a sentence (a list of lower-case items
    does not); each such line then joins the one above. On such a page, a short capitalised
    tail that ends the sentence above ("I guess.") joins it too, and so does a lower-case line
    below a line of two words or more (a paragraph broken around a link).

    >>> broken = "A line that goes on about the wall\\nand ends here.\\n" * 5
    >>> join_broken("Home\\nnews\\n" + broken)[:59]
    'Home\\nnews\\nA line that goes on about the wall and ends here.'
    """
    if len(_LOWER_START.findall(norm)) < _BROKEN_MIN:
        return norm  # most pages: a line per block, few lines start in lower case
    lines = norm.split("\n")
    # Nothing joins the first line: the page's title, maybe over its byline ("by Jane Doe").
    joins = [i for i in range(2, len(lines)) if _continues(lines[i - 1], lines[i], _BROKEN_WORDS)]
    if len(joins) < _BROKEN_MIN or len(joins) < _BROKEN_SHARE * len(lines):
        return norm
    # Paragraphs joined again mostly end a sentence; lower-case list items run on without.
    joined = set(joins)
    last = [i for i in joins if i + 1 not in joined]  # the last line of each run
    ends = [ends_sentence(lines[i]) for i in last]
    # A run whose sentence goes on over a capitalised line into the next run (German nouns:
    # "der belgische" / "Technikjournalist komplett auf" / "dem Zug nach") has not ended.
    counted = [end for i, end in zip(last, ends, strict=True) if end or i + 2 not in joined]
    if sum(counted) < _BROKEN_ENDS * len(counted):
        return norm
    separators = ["\n"] * len(lines)
    for i in joins:
        separators[i] = " "
    # On such a page, a sentence's capitalised tail on a line of its own ("I guess.") joins
    # the line it ends, and so does a lower-case line below a short one (two words or more)
    # that ends no sentence: the source broke it around a link ("Read the" / "full report");
    # and a capitalised line between two runs of one sentence bridges them.
    for i in range(2, len(lines)):
        if i not in joined and (
            _ends_the_line_above(lines[i - 1], lines[i])
            or _continues(lines[i - 1], lines[i], _AROUND_LINK_WORDS)
            or (i + 1 in joined and _bridges(lines[i - 1], lines[i], i - 1 in joined))
        ):
            separators[i] = " "
    return lines[0] + "".join(
        sep + line for sep, line in zip(separators[1:], lines[1:], strict=True)
    )


def _ends_the_line_above(above: str, line: str) -> bool:
    """Is ``line`` a short capitalised tail ("I guess.") of the sentence the line above
    leaves open (a line of ``_TAIL_ABOVE_WORDS`` words or more that ends no sentence)?"""
    return (
        bool(line)
        and line[0].isupper()
        and line.count(" ") < _TAIL_WORDS
        and ends_sentence(line)
        and above.count(" ") + 1 >= _TAIL_ABOVE_WORDS
        and not ends_sentence(above)
        and not above.endswith(":")
    )


def _bridges(above: str, line: str, joined: bool) -> bool:
    """Does ``line``, whatever its first letter, carry on the sentence of the line above,
    which ends no sentence, opens nothing with a colon, and either continues a line itself
    (``joined``) or holds ``_BRIDGE_WORDS`` words (not a "Reviewed by Jane Doe, MD" over the
    first line of the text)? Only asked of a line that the next line continues in turn."""
    return (
        bool(line)
        and (joined or above.count(" ") + 1 >= _BRIDGE_WORDS)
        and not ends_sentence(above)
        and not above.endswith(":")
    )


def _continues(above: str, line: str, words: int) -> bool:
    """Does ``line`` carry on the sentence of the line above it (of ``words`` or more)?"""
    if not line or not above or above.count(" ") + 1 < words:
        return False
    first = line.split(" ", 1)[0].rstrip(_WORD_END)
    return (
        first.isalpha()
        and first.islower()
        and not ends_sentence(above)
        and _BYLINE_START.match(line) is None
    )


def _runs_on(line: str) -> bool:
    """A line of three words or more that ends in an article, a preposition or "and": the
    sentence goes on below it ("the networking internals of the" + a link's text)."""
    if line.count(" ") < 2:
        return False
    return line[line.rfind(" ") + 1 :].lower() in _RUNS_ON


def wrap_width(lines: list[str]) -> int | None:
    """The width the lines were wrapped at, or None when they do not look wrapped.

    >>> wrap_width(["A line that runs on for more than thirty characters and"] * 8)
    55
    >>> wrap_width(["Short", "A line of thirty-one characters", "x" * 300] * 8) is None
    True
    """
    # A line with a URL or a Markdown link may run past the width (wrappers do not break links
    # apart), and so may a list item (html2text does not wrap them): such lines are no
    # measure of it.
    measured = [
        line
        for line in lines
        if len(line) >= _WRAP_MIN_LINE
        and "://" not in line
        and "](" not in line
        and not (line[0] in _BULLET_MARKS and line[1] == " ")
    ]
    if len(measured) < _WRAP_MIN_LINES:
        return None
    lengths = sorted(len(line) for line in measured)
    width = lengths[int(_WRAP_QUANTILE * (len(lengths) - 1))]
    if width > _WRAP_MAX_WIDTH:
        return None
    full = _FULL * width
    near = [line for line in measured if full <= len(line) <= width]
    if len(near) < _WRAP_MIN_FULL or len(near) < _WRAP_FULL_SHARE * len(lengths):
        return None
    # A wrapper breaks lines where the width runs out, mostly inside sentences; short
    # paragraphs of about one length each end one.
    if sum(1 for line in near if ends_sentence(line)) > _WRAP_MAX_SENTENCE_ENDS * len(near):
        return None
    return width


# Text cut at inline elements: lines that start with closing punctuation (at least 3, and 1 %
# of the lines), and what such a line or an opening bracket above it joins.
_CLOSING = frozenset(",.;:!?)]，。、；：！？）】」』")
# Lines that start with closing punctuation, and those of them that follow a blank line (two
# patterns that start with a plain "\n" search faster than one that looks behind).
_CUT_LINE = re.compile(r"\n[,.;:!?)\]，。、；：！？）】」』]")
_CUT_AFTER_BLANK = re.compile(r"\n\n[,.;:!?)\]，。、；：！？）】」』]")
_OPENING = frozenset("([（【「『")
_CUT_MIN_LINES = 3
# A page whose source broke its paragraphs over lines (``join_broken``).
_BROKEN_MIN = 5
_BROKEN_SHARE = 0.03
_BROKEN_WORDS = 4
_BROKEN_ENDS = 0.5
_TAIL_WORDS = 4  # a tail of fewer words than this
_TAIL_ABOVE_WORDS = 8
# A byline under its headline ("by Jane Doe , Phys.org") is no sentence's continuation.
_BYLINE_START = regex.compile(r"(?:by|von|par|por|door|di)\s+\p{Lu}")
_BRIDGE_WORDS = 10  # a line this long that ends no sentence goes on over a capitalised line
_AROUND_LINK_WORDS = 2  # "Read the" / "full report": a one-word line is a menu's
_WORD_END = ".,;:!?…)]'\"’”»"  # what may close a line's first word ("help.")
_LOWER_START = regex.compile(r"\n\p{Ll}")
# Words no sentence ends on (English, French, German, Spanish, Italian, Portuguese).
_RUNS_ON = frozenset(
    """the a an of to in into for with by on at from and or as than
    le la les de des du un une au aux et dans pour par sur avec
    der die das den dem des ein eine einen einem und von zu mit für auf im
    el los las del una y en con por para
    il lo gli di della dei un uno con per nel sulla
    o os as do da dos das um uma com pelo pela""".split()
)
_CUT_SHARE = 0.01
# Wrapped text: among lines of at least 30 characters (8 or more), the width is the length that
# 97 % of them do not exceed, at most 160; at least 5 lines, and 30 % of them, are full (85 % of
# it or more).
_WRAP_MIN_LINE = 30
_WRAP_MAX_WIDTH = 160  # wrappers use 72-80 columns, some up to 132; prose lines run longer
_WRAP_MIN_LINES = 8
_WRAP_QUANTILE = 0.97
_FULL = 0.85
_WRAP_MIN_FULL = 5
_WRAP_FULL_SHARE = 0.3
_WRAP_MAX_SENTENCE_ENDS = 0.5  # of the full lines
_MOSTLY_SPACELESS = 0.2  # share of Chinese, kana, Thai, ... past which text is not unwrapped
_OVER_WIDTH = 1.15
_JOIN_FULL = 0.6  # a break is the wrapper's only after a line at least this share of the width
# A heading: a line of at most 12 words without a sentence end, right above a line of 20 or more.
_MAX_HEADING_WORDS = 12
_MIN_BODY_WORDS = 20
