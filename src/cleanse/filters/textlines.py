"""Plain-text lines: the class of each line from its own text, and its score for the body run.

Part of the line classifier (``textblocks``): ``line_class`` gives ``prose``, ``sparse``,
``near``, ``comment``, ``code``, ``repeated``, ``list``, ``menu``, ``links`` or ``short``
with the numbers that decided it; ``line_scores`` weighs the classes for the body run.
"""

from __future__ import annotations

import re
from collections import Counter

from ..blocks import Block, Kind
from ..textstats import SENTENCE_ENDS

PROSE, NEAR, SHORT, MENU, REPEATED, SPARSE, COMMENT, LIST, LINKS, CODE = (
    "prose",
    "near",
    "short",
    "menu",
    "repeated",
    "sparse",
    "comment",
    "list",
    "links",
    "code",
)

PROSE_WORDS = 10  # a line this long that ends like a sentence reads as prose
LONG_WORDS = 30  # this long reads as prose even without a sentence end
_SENTENCE_WORDS = 5  # a shorter line ending like a sentence is "near"
# A long line with a stopword share below this part of the page's median share (over its long
# lines) is a list of names or titles. Relative, because lists differ in coverage: body lines
# share about 0.4 of their words with the English list, 0.2 with the Russian one.
_RELATIVE_STOPWORDS = 0.6
_MENU_WORDS = 4  # a line of at most this many words in a run without blank lines...
_MENU_CAPITALS = 0.6  # ...whose words are mostly capitalised is a menu entry

SENTENCES = frozenset((PROSE, NEAR, SPARSE))  # the classes of lines that read as sentences
_CAP = 40  # a prose line counts at most this many words: one huge block cannot carry the run
_ISOLATED = 0.5  # weight of a prose line between two non-prose lines (a teaser's summary)
_NEAR = 0.3  # weight of a near line
# A prose line whose first two words start this many prose lines of the page is an item of a
# feed or a list of posts ("Photo post 12: …", "Pingback from …"): it weighs like a near
# line. An article's paragraphs seldom start alike three times.
_ECHO_LINES = 3
_COST = {SHORT: 2.0, MENU: 4.0, REPEATED: 4.0, COMMENT: 4.0, LINKS: 4.0}
_LIST_COST = 0.5  # a list item in a run of lines: costs little, and does not lengthen a gap
# A line of program code: a statement, a call, a declaration. An article about software goes
# on below its code blocks, so code costs as little as a list item in the body run. A line
# that ends with ";", "{" or "}", or with a call ("name(...)", maybe then ":" or ";"), or that
# starts like one of these:
_CODE_START = re.compile(
    r"(?:import [\w.]+$|from [\w.]+ import |def \w+\(|class \w+[(:]|return\b|@\w+\("
    r"|(?:var|let|const) \w+ =|[\w.\[\]\"']+ ?[-+*/]?= \S)"
)
_CODE_ENDS = frozenset(";{}")
_SCRIPT_MARKS = "(){};="
_SCRIPT_SHARE = 0.05
_STATEMENT_MARKS = "{};="
_STATEMENT_SHARE = 0.02
_CODE_FIRSTS = frozenset("ifdcrvl")  # the first letters of the keywords ``_CODE_START`` knows
_CALL_ENDS = ("):", ");")
_GROWTH = 1.0  # each further non-prose line in a row costs this much more, times its cost

# A comment's header: "jane says:", "Jane Doe on May 2, 2019 at 4:47 pm said:". The article
# never continues past the first one, so the body run may not cross it.
_COMMENT_HEADER = re.compile(
    r"\s(?:says|said|wrote|writes|schreibt|schrieb|dit|a écrit|dice|dijo|escribió|disse"
    r"|escreveu|zegt|schreef|пишет|написал|написала)\s?:$",
    re.IGNORECASE,
)
_COMMENT_WORDS = 12
# Markdown links and images ("[Home](/)", "![](photo.jpg)"): a line of little else is a link.
_MARKDOWN_LINK = re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)")
_LINKS_MAX_OTHER_WORDS = 2
_CLOSERS = "'\"’”»)]*"
# "3 words" for the common counts, made once: every line's explanation starts with its size.
_SIZES = tuple(f"{n} word" if n == 1 else f"{n} words" for n in range(100))
_LIST_ITEM = Kind.LIST_ITEM
# The capital shares of short lines, k of n words, as explanations show them: formatting a float
# is about a quarter of the cost of classifying a menu line.
_SHARES_SHOWN = {k / n: f"{k / n:.2f}" for n in range(1, 9) for k in range(n + 1)}


def ends_like_sentence(text: str) -> bool:
    """True when ``text`` ends like a sentence: ``.``, ``!``, ``?`` (or the CJK ones), or ``:``,
    ``;`` that open what follows, maybe before closing quotes; an ellipsis does not count.

    >>> [ends_like_sentence(t) for t in ("He left.", "“Go,” she said.”", "Menu", "Read on…")]
    [True, True, False, False]
    """
    stripped = text.rstrip(_CLOSERS)
    last = stripped[-1:]
    if last not in SENTENCE_ENDS:
        return False
    # A teaser cut short, as C4's rules also say.
    return last != "…" and not (last == "." and stripped.endswith("..."))


def is_code(text: str) -> bool:
    """Does the line (not empty) read as program code (``_CODE_START``)? Code is ASCII: a CJK
    line "指数(円)" is no call.

    >>> [is_code(t) for t in ("Forecast.refresh()", "x = load(2)", "Comments (3)", "指数(円)")]
    [True, True, False, False]
    >>> [is_code(t) for t in ("});", "<title>Test</title>", "<noun> is a word")]
    [True, True, False]
    """
    if text[0] == "<" and text[-1] == ">" and text.isascii():
        return True  # a line of markup: an HTML listing ("<head>", "<div id=x></div>")
    # Most lines hold none of what code needs: these tests are cheaper than the pattern.
    if (
        not ("(" in text or "=" in text or text[0] in _CODE_FIRSTS or text[-1] in _CODE_ENDS)
        or not text.isascii()
    ):
        return False
    if text[-1] in _CODE_ENDS:
        return True
    if text[-1] == ")" or text.endswith(_CALL_ENDS):
        opening = text.rfind("(")
        if opening > 0 and (text[opening - 1].isalnum() or text[opening - 1] == "_"):
            return True
    return _CODE_START.match(text) is not None


def _first_words(text: str) -> str:
    """The first two words of a normalised line (its words are one space apart)."""
    return " ".join(text.split(" ", 2)[:2])


def _is_script(text: str) -> bool:
    """A long line of few stopwords that is mostly code punctuation: a page's own script,
    flattened (one in 20 characters or more is a bracket, a brace, ";" or "=", and one in 50
    a brace, ";" or "=").

    >>> prose = "Sales rose by five per cent (to two million dollars) in the year to March, " * 2
    >>> _is_script("!function(t,e){var n=e();if(n){t.x=n}}"), _is_script(prose)
    (True, False)
    """
    if sum(map(text.count, _STATEMENT_MARKS)) < _STATEMENT_SHARE * len(text):
        return False  # "Afrique (fr) Global (en) ...": brackets alone make no script
    return sum(map(text.count, _SCRIPT_MARKS)) >= _SCRIPT_SHARE * len(text)


def capital_share(text: str) -> float:
    """Share of the words (those starting with a letter) that start with a capital.

    >>> capital_share("Latest News"), capital_share("read the full story")
    (1.0, 0.0)
    """
    letters = capitals = 0
    for word in text.split():  # a loop: menu lines have a few words, too few for a listcomp
        if word[0].isalpha():
            letters += 1
            capitals += word[0].isupper()
    return capitals / letters if letters else 1.0


def stopword_share(text: str, stopwords: frozenset[str]) -> float:
    """Share of the space-separated words of ``text`` that are in ``stopwords`` (lower-cased;
    stopwords rarely carry punctuation, and splitting is twice as fast as a word pattern).

    >>> stopword_share("The cat sat on the mat.", frozenset({"the", "on"}))
    0.5
    """
    words = text.lower().split()
    return sum(map(stopwords.__contains__, words)) / len(words) if words else 0.0


def stopword_threshold(shares: list[float | None]) -> float:
    """The page's stopword threshold: a part of the median share of its long lines.

    >>> stopword_threshold([0.4, 0.5, None, 0.1]), stopword_threshold([0.2, 0.18, 0.25])
    (0.24, 0.12)
    """
    known = sorted(s for s in shares if s is not None)
    return _RELATIVE_STOPWORDS * known[len(known) // 2] if known else 0.0


def line_class(
    block: Block,
    sentence: bool,
    share: float | None,
    min_share: float,
    in_run: bool,
    repeated: bool,
) -> tuple[str, str]:
    """The class of one line from its own text, and the numbers that decided it.

    ``sentence`` says whether it ends like a sentence, ``share`` is its stopword share (None
    without a stopword list or for a short line), ``min_share`` the page's threshold for it.
    """
    words = block.words
    size = _SIZES[words] if words < 100 else f"{words} words"
    if words <= _COMMENT_WORDS and block.text[-1:] == ":" and _COMMENT_HEADER.search(block.text):
        return COMMENT, f"{size}, reads as a comment's header"
    if "](" in block.text and (
        len(_MARKDOWN_LINK.sub(" ", block.text).split()) <= _LINKS_MAX_OTHER_WORDS
    ):
        return LINKS, f"{size}, only Markdown links or images"
    density = block.link_density
    if density and words * (1 - density) < _LINKS_MAX_OTHER_WORDS + 0.5:
        return LINKS, f"{size}, link density {density:.2f}"
    if words >= LONG_WORDS or (words >= PROSE_WORDS and sentence):
        if share is None:
            return PROSE, size
        if share >= min_share:
            return PROSE, f"{size}, stopwords {share:.2f}"
        if _is_script(block.text):
            return CODE, f"{size}, reads as a script"
        return SPARSE, f"{size}, stopwords {share:.2f} < {min_share:.2f}"
    if words >= _SENTENCE_WORDS and sentence:
        return NEAR, f"{size}, ends like a sentence"
    if (not sentence or block.text[-1] == ";") and is_code(block.text):
        return CODE, f"{size}, reads as program code"
    if repeated:
        return REPEATED, f"{size}, repeated on the page"
    if block.kind is _LIST_ITEM:
        return LIST, f"{size}, a bulleted list item"
    if in_run and words <= _MENU_WORDS:
        capitals = capital_share(block.text)
        if capitals >= _MENU_CAPITALS:
            shown = _SHARES_SHOWN.get(capitals) or f"{capitals:.2f}"
            return MENU, f"{size}, capitals {shown}, no blank line around"
    if in_run and block.text[0].islower():
        return LIST, f"{size}, a lower-case item in a run of lines"
    return SHORT, size + ("" if sentence else ", no sentence end")


def line_scores(blocks: tuple[Block, ...], classes: list[str]) -> list[float]:
    """The score of each line for the body run (see the module docstring)."""
    scores = []
    gap = 0
    above = ""  # the class of the line above
    firsts = [
        _first_words(block.text) if cls == PROSE else ""
        for block, cls in zip(blocks, classes, strict=True)
    ]
    starts = Counter(firsts)
    # The neighbours on the page: a line an earlier filter took (a byline) stands between.
    indexes = [block.index for block in blocks]
    nexts = [*indexes[1:], -1]
    index = -1
    for block, cls, below, first, after in zip(
        blocks, classes, [*classes[1:], ""], firsts, nexts, strict=True
    ):
        before, index = index, block.index
        if cls == PROSE:
            if starts[first] >= _ECHO_LINES:
                scores.append(min(block.words, _CAP) * _NEAR)  # an item of a feed
            else:
                paired = (above == PROSE and before == index - 1) or (
                    below == PROSE and after == index + 1
                )
                scores.append(min(block.words, _CAP) * (1.0 if paired else _ISOLATED))
            gap = 0
        elif cls in (NEAR, SPARSE):
            scores.append(min(block.words, _CAP) * _NEAR)
        elif cls in (LIST, CODE):
            scores.append(-_LIST_COST)
        else:
            gap += 1
            scores.append(-_COST[cls] * (1 + _GROWTH * (gap - 1)))
        above = cls
    return scores


def best_run(scores: list[float]) -> tuple[int, int]:
    """``(start, end)`` of the run with the highest sum (inclusive; ``(0, -1)`` when none is
    positive).

    >>> best_run([-1, 5, -2, 4, -9, 3])
    (1, 3)
    """
    best, span = 0.0, (0, -1)
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total < 0:
            total, start = score, i
        else:
            total += score
        if total > 0 and total >= best:  # ties: the longer run, so re-cleaning keeps all
            best, span = total, (start, i)
    return span
