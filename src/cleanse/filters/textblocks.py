"""Plain-text boilerplate: a line classifier with context, for text input only.

Scraped text keeps every menu, teaser list and footer of its page, one line each. This filter
runs last, after the field takers and the navigation labels, and decides on the rest
(``docs/text.md`` has the measurements):

1. **Each line gets a class from its own text**: ``prose`` (10+ words ending like a sentence,
   or 30+ words), ``sparse`` (as long, but few stopwords), ``near`` (a shorter sentence),
   ``comment`` (a comment's header), ``repeated`` (a short line seen twice on the page),
   ``list`` (a bulleted line, or a lower-case one in a run of lines), ``menu`` (a short
   capitalised line in a run of lines without a blank line between them), ``short``.
2. **Each line scores**: prose counts its words (capped, halved when neither neighbour is
   prose), near and sparse lines a third of that; the other lines, and the lines earlier
   filters took or dropped, cost a little, and more for every further non-prose line in a row,
   so a long stretch of page chrome costs far more than a sub-heading does.
3. **The body run** is the run of lines with the highest total; lines above the headline's
   repeat count for nothing, the run stops at the first comment header (and at a "Related"
   heading over nothing but teaser summaries, an author box's "About Jane Doe", or a
   newsletter prompt over little prose), and a last line that ends with a colon takes the list
   below it along.
4. **Decisions**: lines outside the run go, with a reason from their class
   (``outside_body_run``, ``low_stopword_density``, ``short_line``, ``menu_run``,
   ``repeated_line``, ``comment_section``); inside the run only menu, repeated and comment
   lines go, and the headlines of an inline "Related" box (``related_links``), so a
   one-sentence paragraph, a quote or a sub-heading between paragraphs stays.

HTML documents, text already cut into paragraphs (every line between blank lines) and text
with no prose at all are left alone. Without a stopword list for the page's language, lines are
judged on length and punctuation alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Set

from ..blocks import Block, Document, Kind
from ..language import stopwords_for
from ..pipeline import BaseFilter, Context, Decision, drop
from ..textstats import SENTENCE_ENDS
from ..titles import strip_site_name
from .navigation import junk_reason

PROSE, NEAR, SHORT, MENU, REPEATED, SPARSE, COMMENT, LIST, LINKS = (
    "prose",
    "near",
    "short",
    "menu",
    "repeated",
    "sparse",
    "comment",
    "list",
    "links",
)

_PROSE_WORDS = 10  # a line this long that ends like a sentence reads as prose
_LONG_WORDS = 30  # this long reads as prose even without a sentence end
_SENTENCE_WORDS = 5  # a shorter line ending like a sentence is "near"
# A long line with a stopword share below this part of the page's median share (over its long
# lines) is a list of names or titles. Relative, because lists differ in coverage: body lines
# share about 0.4 of their words with the English list, 0.2 with the Russian one.
_RELATIVE_STOPWORDS = 0.6
_MENU_WORDS = 4  # a line of at most this many words in a run without blank lines...
_MENU_CAPITALS = 0.6  # ...whose words are mostly capitalised is a menu entry

_CAP = 40  # a prose line counts at most this many words: one huge block cannot carry the run
_ISOLATED = 0.5  # weight of a prose line between two non-prose lines (a teaser's summary)
_NEAR = 0.3  # weight of a near line
_COST = {SHORT: 2.0, MENU: 4.0, REPEATED: 4.0, COMMENT: 4.0, LINKS: 4.0}
_LIST_COST = 0.5  # a list item in a run of lines: costs little, and does not lengthen a gap
_DECIDED_COST = 3.0  # a line an earlier filter took or dropped (byline, share button, ...)
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
_LINKED = 0.5  # a line with this link density or more is a link, not a headline
# The heading of a comment section: a comment label the navigation filter knows ("Comments",
# "Leave a Reply", "Kommentare", "12 Comments"), or one of these ("Top Rated Comments",
# "[ 167 comments ]", "Top Rated Comments (View all)", "comments powered by Disqus", "12 thoughts
# on “Title”"). Once the article has begun, it does not go on past one.
_ARTICLE_BEGUN_WORDS = 60  # prose words below the headline before such a heading counts
_COMMENTS_HEADING = re.compile(
    r"\W*(?:\d[\d,.]*\s+)?(?:(?:top|most|best|highest)[ -]rated|(?:most\s+)?recent|latest|newest"
    r"|readers?[’']?|user)?\s*comments?\W*(?:[(\[][^()\[\]]{1,24}[)\]]\W*)?"
    r"|(?:\w+\s+)?comments\s+powered\s+by\s+\w+\W*"
    r"|(?:\d[\d,.]*|one)\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?)\s+(?:on|to)\s+[\"“‘'«].*",
    re.IGNORECASE,
)
# The heading of a list of other stories ("Related links:", "Top stories", "Recommended"), as the
# navigation filter names it. Inside the body run it ends the article when the run's prose below
# it is a teaser list: at least this many prose lines, each a summary (shorter than _LONG_WORDS)
# right below its headline (a short line, or one an earlier filter decided on), none right below
# a sentence. An inline "Related" box is followed by the article's paragraphs, which are not.
_STORY_HEADINGS = (frozenset(("related_links", "popular_list", "recommended", "trending")), 8)
_TEASER_SUMMARIES = 2
_HEADLINE_CLASSES = frozenset((SHORT, MENU, REPEATED, LIST, LINKS, COMMENT))
# The headlines of an inline box of other stories (such a heading, then a few short lines, then
# the article goes on) go too: at most this many lines up to the next sentence.
_BOX_LINES = 8
_SENTENCE_CLASSES = frozenset((PROSE, NEAR, SPARSE))
# An author box: "About Jane Doe" over "Jane Doe is a freelance writer based in Toronto." The
# article ends above it.
_ABOUT = ("About ", "Sobre ", "Über ", "À propos de ", "Acerca de ")
_HEADING_CLASSES = frozenset((SHORT, MENU))
# A newsletter or subscription prompt (up to the navigation filter's 60 words) ends the article
# when the run below it holds less than this part of the prose above it, none paired.
_SIGNUP_PROMPTS = (frozenset(("newsletter_prompt", "subscribe_prompt")), 60)
_SIGNUP_TAIL = 1 / 3
_HEADLINE_MIN_WORDS = 3  # a first line shorter than this is no headline to anchor the body
_HEADING_WORDS = 30  # "12 thoughts on “<the article's title>”" is that long at most
_NUMBERED = re.compile(r"(\d{1,3})[.)]\s")  # an item of a numbered list: "8) ...", "8. ..."
_NUMBER_GAP = 2  # lines (a link, a price) allowed between two items of a numbered list
# What every comment-section heading holds, past its first letter and in both cases (str.find
# is fast; lower-casing the page is not): where to look for one.
_COMMENT_WORD_TAILS = (
    "omment oment eply eplies iscussion onversation hought esponse eacties омментари".split()
)
_COMMENTS_NEEDLES = (
    *(variant for tail in _COMMENT_WORD_TAILS for variant in (tail, tail.upper())),
    "评论",
    "コメント",
)
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
    if words >= _LONG_WORDS or (words >= _PROSE_WORDS and sentence):
        if share is None:
            return PROSE, size
        if share >= min_share:
            return PROSE, f"{size}, stopwords {share:.2f}"
        return SPARSE, f"{size}, stopwords {share:.2f} < {min_share:.2f}"
    if words >= _SENTENCE_WORDS and sentence:
        return NEAR, f"{size}, ends like a sentence"
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


def extend_over_list(
    document_blocks: tuple[Block, ...], classes: list[str], positions: list[int], end: int
) -> int:
    """The run's end, moved over the list right below it when its last line opens the list
    with a colon ("The tour dates:"): the short lines of the next paragraph of lines."""
    if not document_blocks[end].text.endswith(":"):
        return end
    at = dict(zip(positions, classes, strict=True))
    if end + 1 not in at:
        return end
    group = document_blocks[end + 1].group
    while at.get(end + 1) in (LIST, SHORT) and document_blocks[end + 1].group == group:
        end += 1
    return end


def extend_over_numbers(document_blocks: tuple[Block, ...], kept: Set[int], end: int) -> int:
    """The run's end, moved down a numbered list it stops inside: while item n + 1 ("8) ...",
    "8. ...") follows the run's last item n within ``_NUMBER_GAP`` lines, it joins the run."""
    item = None
    for position in range(end, max(end - _NUMBER_GAP - 1, -1), -1):
        number = _NUMBERED.match(document_blocks[position].text)
        if number:
            item = (position, int(number[1]))
            break
    while item is not None:
        following = _next_item(document_blocks, kept, item[0])
        if following is None or following[1] != item[1] + 1:
            break
        item = following
        end = max(end, item[0])
    return end


def _next_item(
    document_blocks: tuple[Block, ...], kept: Set[int], position: int
) -> tuple[int, int] | None:
    """``(position, number)`` of the numbered item within ``_NUMBER_GAP`` lines below
    ``position``, with no line an earlier filter decided on before it; else None."""
    for ahead in range(position + 1, min(position + _NUMBER_GAP + 2, len(document_blocks))):
        block = document_blocks[ahead]
        if block.index not in kept:
            return None
        number = _NUMBERED.match(block.text)
        if number:
            return ahead, int(number[1])
    return None


def line_scores(blocks: tuple[Block, ...], classes: list[str]) -> list[float]:
    """The score of each line for the body run (see the module docstring)."""
    scores = []
    gap = 0
    above = ""  # the class of the line above
    for block, cls, below in zip(blocks, classes, [*classes[1:], ""], strict=True):
        if cls == PROSE:
            paired = above == PROSE or below == PROSE
            scores.append(min(block.words, _CAP) * (1.0 if paired else _ISOLATED))
            gap = 0
        elif cls in (NEAR, SPARSE):
            scores.append(min(block.words, _CAP) * _NEAR)
        elif cls == LIST:
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


def comments_start(classes: list[str], positions: list[int]) -> int | None:
    """Position of the first comment header: the article does not go on past it."""
    return positions[classes.index(COMMENT)] if COMMENT in classes else None


def comments_heading(
    document: Document, run: tuple[int, int], headline: int | None, prose: dict[int, int]
) -> int | None:
    """Position of the first comment-section heading once the article has begun (an earlier
    filter may have dropped the heading), or None.

    Begun means inside the body run ``run`` past its first line, or at least
    ``_ARTICLE_BEGUN_WORDS`` words of prose (``prose``: position -> words) below the
    headline's repeat: a "Comments" button in the share bar under the dek comes too early.
    """
    start, end = run
    first = start if headline is None else min(start, headline)
    blocks = document.blocks
    if first + 1 >= len(blocks):
        return None
    starts = [b.start for b in blocks]
    after = starts[first + 1]  # nothing above the run's start or the headline counts
    candidates = sorted(
        {
            bisect_right(starts, at) - 1
            for needle in _COMMENTS_NEEDLES
            for at in _find_all(document.text, needle, after)
        }
    )
    for position in candidates:
        block = blocks[position]
        if (
            position > first
            and block.words <= _HEADING_WORDS
            and _is_comments_heading(block.text)
            and (
                start < position <= end
                or (
                    headline is not None
                    and position > headline
                    and sum(w for p, w in prose.items() if first < p <= position)
                    >= _ARTICLE_BEGUN_WORDS
                )
            )
        ):
            return position
    return None


def labelled(
    document_blocks: tuple[Block, ...],
    classes: dict[int, str],
    first: int,
    last: int,
    reasons: tuple[frozenset[str], int],
) -> Iterator[int]:
    """Positions from ``first`` to ``last`` of the lines an earlier filter dropped whose
    navigation label (``junk_reason``) is one of ``reasons``: (slugs, most words).
    ``classes``: position -> class of the lines still undecided."""
    slugs, most = reasons
    for position in range(first, last + 1):
        if position in classes:
            continue
        block = document_blocks[position]
        if block.words <= most:
            reason = junk_reason(block.text)
            if reason is not None and reason[0] in slugs:
                yield position


def boxed_teasers(
    document_blocks: tuple[Block, ...], classes: dict[int, str], run: tuple[int, int]
) -> set[int]:
    """Positions of the headlines of an inline box of other stories inside the body run
    ``run``: the undecided lines below a story-list heading up to the article's next sentence
    (a prose, near or sparse line), when they are at most ``_BOX_LINES``."""
    start, end = run
    boxed: set[int] = set()
    for position in labelled(document_blocks, classes, start, end, _STORY_HEADINGS):
        lines = []
        for ahead in range(position + 1, end + 1):
            cls = classes.get(ahead)
            if cls in _SENTENCE_CLASSES:
                if len(lines) <= _BOX_LINES:
                    boxed.update(lines)
                break
            if cls is not None:
                lines.append(ahead)
    return boxed


def about_heading(
    document_blocks: tuple[Block, ...], classes: dict[int, str], run: tuple[int, int]
) -> int | None:
    """Position of an author box's heading inside the body run ``run``: "About Jane Doe"
    ("Sobre", "Über", "À propos de", "Acerca de" and a name of two or three capitalised words),
    a short line right above a sentence that names her again, with less prose below it in the
    run than above. ``classes``: position -> class of the lines still undecided. Else None."""
    start, end = run
    for position in range(start + 1, end):
        if classes.get(position) not in _HEADING_CLASSES:
            continue
        text = document_blocks[position].text
        if not text.startswith(_ABOUT):
            continue
        name = text[len(next(filter(text.startswith, _ABOUT))) :].split()
        if not 2 <= len(name) <= 3 or not all(w[:1].isupper() for w in name):
            continue
        if classes.get(position + 1) not in _SENTENCE_CLASSES:
            continue
        bio = document_blocks[position + 1].text
        if any(len(w) > 2 and w in bio for w in name):
            above = _prose_words(document_blocks, classes, start, position - 1)
            if _prose_words(document_blocks, classes, position + 1, end) < above:
                return position
    return None


def signup_prompt(
    document_blocks: tuple[Block, ...], classes: dict[int, str], run: tuple[int, int]
) -> int | None:
    """Position of the first newsletter or subscription prompt inside the body run ``run`` (an
    earlier filter dropped it) below which the run holds less than ``_SIGNUP_TAIL`` of the
    prose above it, and no two prose lines side by side: the form's texts and what follows the
    article, not its last paragraphs. ``classes``: position -> class of the lines still
    undecided. Else None."""
    start, end = run
    for position in labelled(document_blocks, classes, start + 1, end, _SIGNUP_PROMPTS):
        below = [p for p in range(position + 1, end + 1) if classes.get(p) == PROSE]
        if any(p + 1 in classes and classes[p + 1] == PROSE for p in below):
            continue
        above = _prose_words(document_blocks, classes, start, position - 1)
        if _prose_words(document_blocks, classes, position + 1, end) < _SIGNUP_TAIL * above:
            return position
    return None


def _prose_words(
    document_blocks: tuple[Block, ...], classes: dict[int, str], first: int, last: int
) -> int:
    """Words of the prose lines from ``first`` to ``last``."""
    return sum(document_blocks[p].words for p in range(first, last + 1) if classes.get(p) == PROSE)


def teasers_heading(
    document_blocks: tuple[Block, ...], classes: dict[int, str], run: tuple[int, int]
) -> int | None:
    """Position of the first heading of a list of other stories inside the body run ``run``
    (an earlier filter dropped it: "Related links:", "Top stories") below which the run's prose
    is only teaser summaries: ``_TEASER_SUMMARIES`` or more prose lines, each shorter than
    ``_LONG_WORDS`` and right below a short line (its headline) or a line an earlier filter
    decided on. ``classes``: position -> class of the lines still undecided. Else None."""
    start, end = run
    for position in labelled(document_blocks, classes, start + 1, end, _STORY_HEADINGS):
        below = [p for p in range(position + 1, end + 1) if classes.get(p) == PROSE]
        if len(below) >= _TEASER_SUMMARIES and all(
            document_blocks[p].words < _LONG_WORDS
            and classes.get(p - 1, SHORT) in _HEADLINE_CLASSES
            for p in below
        ):
            return position
    return None


def _is_comments_heading(text: str) -> bool:
    """A comment label of the navigation filter, or one of ``_COMMENTS_HEADING``'s headings."""
    reason = junk_reason(text)
    return (reason is not None and reason[0] == "comments_count") or bool(
        _COMMENTS_HEADING.fullmatch(text)
    )


def _find_all(text: str, needle: str, start: int) -> Iterator[int]:
    """Every position of ``needle`` in ``text`` from ``start`` on."""
    at = text.find(needle, start)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def body_run(scores: list[float], comments: int | None) -> tuple[int, int]:
    """The best run above the first comment header, else the best run of the page."""
    start, end = best_run(scores[:comments])
    if end < start:
        start, end = best_run(scores)
    return start, end


def headline_position(document_blocks: tuple[Block, ...], kept: Set[int]) -> int | None:
    """Position of the first repeat of the title line (an earlier filter dropped it), if any."""
    if not document_blocks or document_blocks[0].index in kept:
        return None
    first = document_blocks[0].text
    if first.count(" ") < _HEADLINE_MIN_WORDS - 1:
        return None  # "NYC Conference": a menu item or a promo, too short to anchor the body
    titles = {first.casefold(), strip_site_name(first).casefold()}
    for position, block in enumerate(document_blocks[1:], 1):
        # A link that repeats it (Markdown's logo link in the footer) is no headline.
        if (
            block.index not in kept
            and block.link_density < _LINKED
            and block.text.casefold() in titles
        ):
            return position
    return None


_REASONS = {
    PROSE: "outside_body_run",
    NEAR: "outside_body_run",
    SPARSE: "low_stopword_density",
    SHORT: "short_line",
    LIST: "short_line",
    MENU: "menu_run",
    COMMENT: "comment_section",
    REPEATED: "repeated_line",
    LINKS: "link_line",
}


class TextBlocks(BaseFilter):
    """Drops the lines of plain text outside the body run, and menu lines inside it."""

    def __init__(self, *, name: str = "text_blocks") -> None:
        self.name = name

    def __call__(self, context: Context) -> Iterator[Decision]:
        blocks = context.blocks
        document_blocks = context.document.blocks
        if context.document.source_kind != "text" or not blocks:
            return
        groups = Counter([b.group for b in document_blocks])
        if max(groups.values()) == 1:
            # Every line stands alone between blank lines: the text was already cut into
            # paragraphs (an article's own text, an extractor's output), so its lines are kept.
            return
        stopwords = stopwords_for(context.language)
        texts = [b.text for b in blocks]
        sentences = list(map(ends_like_sentence, texts))
        shares: list[float | None] = (
            [None] * len(blocks)
            if stopwords is None
            else [
                stopword_share(text, stopwords)
                if b.words >= _LONG_WORDS or (b.words >= _PROSE_WORDS and sentence)
                else None
                for b, text, sentence in zip(blocks, texts, sentences, strict=True)
            ]
        )
        min_share = stopword_threshold(shares)
        repeats = Counter(texts)
        found = [
            line_class(b, sentence, share, min_share, groups[b.group] > 1, repeats[text] > 1)
            for b, text, sentence, share in zip(blocks, texts, sentences, shares, strict=True)
        ]
        classes = [cls for cls, _ in found]
        kept_scores = line_scores(blocks, classes)

        # Score every line of the page in order: the ones earlier filters decided on are
        # evidence of page chrome at their place.
        score_of = dict(zip([b.index for b in blocks], kept_scores, strict=True))
        headline = headline_position(document_blocks, score_of.keys())
        page_scores = [score_of.get(b.index, -_DECIDED_COST) for b in document_blocks]
        kept_at = [i for i, b in enumerate(document_blocks) if b.index in score_of]
        comments = comments_start(classes, kept_at)
        start, end = _run(page_scores, headline, comments)
        prose = {p: b.words for p, b, c in zip(kept_at, blocks, classes, strict=True) if c == PROSE}
        heading = comments_heading(context.document, (start, end), headline, prose)
        class_at = dict(zip(kept_at, classes, strict=True))
        teasers = teasers_heading(document_blocks, class_at, (start, end))
        if teasers is not None and (heading is None or teasers < heading):
            heading = teasers
        signup = signup_prompt(document_blocks, class_at, (start, end))
        if signup is not None and (heading is None or signup < heading):
            heading = signup
        about = about_heading(document_blocks, class_at, (start, end))
        if about is not None and (heading is None or about < heading):
            heading = about
        if heading is not None:
            start, end = _run(page_scores, headline, heading)
        if end < start:
            return  # no line reads as prose: too little text to tell the body from the rest
        end = extend_over_list(document_blocks, classes, kept_at, end)
        end = extend_over_numbers(document_blocks, score_of.keys(), end)
        first, last = document_blocks[start].index, document_blocks[end].index

        above = f"; above the body run (blocks {first}-{last})"
        below = f"; below the body run (blocks {first}-{last})"
        boxed = boxed_teasers(document_blocks, class_at, (start, end))
        for block, position, (cls, why) in zip(blocks, kept_at, found, strict=True):
            if position < start:
                why += above
            elif position > end:
                why += below
            elif cls in _DROPPED_IN_RUN:
                why += "; inside the body run"
            elif position in boxed:
                yield drop(block, "related_links", why + _BOXED)
                continue
            else:
                continue
            yield drop(block, _REASONS[cls], why)


def _run(page_scores: list[float], headline: int | None, comments: int | None) -> tuple[int, int]:
    """The body run: below the headline's repeat if there is one, above the comments."""
    if headline is not None:
        # The article starts below its headline: what is above it counts for nothing,
        # unless nothing below the headline reads as prose (a repeat at the page's foot).
        anchored = [min(score, 0.0) for score in page_scores[:headline]]
        anchored += page_scores[headline:]
        start, end = body_run(anchored, comments)
        if start <= end:
            return start, end
    return body_run(page_scores, comments)


_BOXED = "; a headline below a heading of other stories inside the body run"
_DROPPED_IN_RUN = frozenset((MENU, REPEATED, COMMENT, LINKS))
