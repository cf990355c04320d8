"""Where a plain-text article ends inside its body run: comment sections, lists of other
stories, author boxes and sign-up forms (and the headlines of an inline "Related" box).

Part of the line classifier (``textblocks``): each function looks at the line classes
(``textlines``) and at the lines earlier filters decided on, and returns a position or None.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from functools import cached_property

from ..authors import split_names
from ..blocks import Block, Document
from ..pipeline import Decision
from .navigation import COMMENT_WORDS, TEASER_DETAIL, junk_reason
from .textlines import (
    COMMENT,
    LINKS,
    LIST,
    LONG_WORDS,
    MENU,
    PROSE,
    REPEATED,
    SENTENCES,
    SHORT,
)

# The heading of a comment section: a comment label the navigation filter knows ("Comments",
# "Leave a Reply", "Kommentare", "12 Comments"), or one of these ("Top Rated Comments",
# "[ 167 comments ]", "Top Rated Comments (View all)", "comments powered by Disqus", "12 thoughts
# on “Title”"). Once the article has begun, it does not go on past one.
_ARTICLE_BEGUN_WORDS = 60  # prose words below the headline before such a heading counts
_COMMENTS_HEADING = re.compile(
    r"\W*(?:\d[\d,.]*\s+)?(?:(?:top|most|best|highest)[ -]rated|(?:most\s+)?recent|latest|newest"
    rf"|readers?[’']?|user)?\s*{COMMENT_WORDS}\W*(?:[(\[][^()\[\]]{{1,24}}[)\]]\W*)?"
    r"|(?:\w+\s+)?comments\s+powered\s+by\s+\w+\W*"
    r"|(?:\d[\d,.]*|one)\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?)\s+(?:on|to)\s+[\"“‘'«].*",
    re.IGNORECASE,
)
# The heading of a list of other stories ("Related links:", "Top stories", "Recommended"), as the
# navigation filter names it. Inside the body run it ends the article when the run's prose below
# it is a teaser list: at least this many prose lines, each a summary (shorter than LONG_WORDS)
# right below its headline (a short line, or one an earlier filter decided on), none right below
# a sentence. An inline "Related" box is followed by the article's paragraphs, which are not.
_STORY_HEADINGS = (frozenset(("related_links", "popular_list", "recommended", "trending")), 8)
_TEASER_SUMMARIES = 2
_HEADLINE_CLASSES = frozenset((SHORT, MENU, REPEATED, LIST, LINKS, COMMENT))
# The headlines of an inline box of other stories (such a heading, then a few short lines, then
# the article goes on) go too: at most this many headlines up to the next sentence. A line of
# at most _KICKER_WORDS words (a kicker above its headline: "EXCLUSIVE") does not count as one,
# but the box holds at most twice as many lines in all.
_BOX_LINES = 8
_KICKER_WORDS = 3
# An author box: "About Jane Doe" over "Jane Doe is a freelance writer based in Toronto." The
# article ends above it.
_ABOUT = ("About ", "Sobre ", "Über ", "À propos de ", "Acerca de ")
_HEADING_CLASSES = frozenset((SHORT, MENU))
# A newsletter or subscription prompt (up to the navigation filter's 60 words) ends the article
# when the run below it holds less than this part of the prose above it, none paired.
_SIGNUP_PROMPTS = (frozenset(("newsletter_prompt", "subscribe_prompt")), 60)
_SIGNUP_TAIL = 1 / 3
# A list of other stories with no heading the navigation filter knows ("Next up in Science",
# "More great stories" and their headlines): at least this many short lines in a
# row, each of a headline's size and not opening a list with a colon, inside the body run, below
# which the run holds less than this part of the prose above them.
_HEADLINE_LIST = 4
_HEADLINE_SIZE = (3, 20)
_HEADLINE_LIST_TAIL = 0.1
_HEADLINE_LIST_CLASSES = frozenset((SHORT, MENU))
# An author's bio: a sentence that opens with the byline's name, or its first or last name, and
# one of these verbs ("Jane Doe is a reporter for Example News.", "Jane is a health writer",
# "Doe joined the paper in 2017"), with less than _BIO_TAIL of the prose above
# it below it in the run: the article ends above it (and above the name on a line of its own).
_BIO_VERBS = frozenset(("is", "was", "has", "joined", "covers", "writes", "reports"))
_BIO_TAIL = 1 / 3
_HEADING_WORDS = 30  # "12 thoughts on “<the article's title>”" is that long at most
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


class BodyRun:
    """The body run as the checks below read it: the page's blocks (``blocks``, by position),
    the class of each line still undecided (``classes``, by position), the run's first and last
    position, and the decisions earlier filters made (``earlier``, by block index).

    Its prose (``prose``) is read once, when a check first asks: most pages need it for none.
    """

    def __init__(
        self,
        blocks: tuple[Block, ...],
        classes: dict[int, str],
        run: tuple[int, int],
        earlier: Mapping[int, Decision],
    ) -> None:
        self.blocks = blocks
        self.classes = classes
        self.start, self.end = run
        self.earlier = earlier

    @cached_property
    def prose(self) -> _Prose:
        return _Prose(self.blocks, self.classes, (self.start, self.end))


def labelled(
    run: BodyRun, first: int, last: int, reasons: tuple[frozenset[str], int]
) -> Iterator[int]:
    """Positions from ``first`` to ``last`` of the lines an earlier filter dropped for one of
    ``reasons``: (slugs, most words)."""
    slugs, most = reasons
    for position in range(first, last + 1):
        block = run.blocks[position]
        decision = run.earlier.get(block.index)
        if (
            decision is not None
            and decision.reason in slugs
            and block.words <= most
            and decision.detail != TEASER_DETAIL  # "Related: <headline>", one teaser
        ):
            yield position


def boxed_teasers(run: BodyRun) -> set[int]:
    """Positions of the headlines of an inline box of other stories inside the body run
    ``run``: the undecided lines below a story-list heading up to the article's next sentence
    (a prose, near or sparse line), when they are at most ``_BOX_LINES`` headlines (kickers of
    ``_KICKER_WORDS`` words or fewer apart) and twice that many lines."""
    boxed: set[int] = set()
    for position in labelled(run, run.start, run.end, _STORY_HEADINGS):
        lines: list[int] = []
        headlines = 0
        for ahead in range(position + 1, run.end + 1):
            cls = run.classes.get(ahead)
            if cls in SENTENCES:
                if headlines <= _BOX_LINES:
                    boxed.update(lines)
                break
            if cls is not None:
                lines.append(ahead)
                headlines += run.blocks[ahead].words > _KICKER_WORDS
                if headlines > _BOX_LINES or len(lines) > 2 * _BOX_LINES:
                    break  # too many to be a box's headlines
    return boxed


def about_heading(run: BodyRun) -> int | None:
    """Position of an author box's heading inside the body run ``run``: "About Jane Doe"
    ("Sobre", "Über", "À propos de", "Acerca de" and a name of two or three capitalised words),
    a short line right above a sentence that names her again, with less prose below it in the
    run than above. Else None."""
    classes = run.classes
    for position in range(run.start + 1, run.end):
        if classes.get(position) not in _HEADING_CLASSES:
            continue
        text = run.blocks[position].text
        if not text.startswith(_ABOUT):
            continue
        name = text[len(next(filter(text.startswith, _ABOUT))) :].split()
        if not 2 <= len(name) <= 3 or not all(w[:1].isupper() for w in name):
            continue
        if classes.get(position + 1) not in SENTENCES:
            continue
        bio = run.blocks[position + 1].text
        if any(len(w) > 2 and w in bio for w in name):
            prose = run.prose
            if prose.words(position + 1, run.end) < prose.words(run.start, position - 1):
                return position
    return None


def author_bio(run: BodyRun) -> int | None:
    """Position of an author's bio inside the body run ``run`` (or of her name on the line
    above it): a sentence that opens with the byline's name, first name or last name and one
    of ``_BIO_VERBS``, with less than ``_BIO_TAIL`` of the prose above it below it in the run.
    Else None."""
    names = _byline_names(run.earlier)
    if not names:
        return None
    start, end = run.start, run.end
    for position in range(start + 1, end + 1):
        text = run.blocks[position].text
        if not text.startswith(names) or run.classes.get(position) not in SENTENCES:
            continue
        name = max((n for n in names if text.startswith(n + " ")), key=len, default=None)
        if name is None or text[len(name) + 1 :].split(" ", 1)[0] not in _BIO_VERBS:
            continue
        prose = run.prose
        if prose.words(position + 1, end) < _BIO_TAIL * prose.words(start, position - 1):
            above = position - 1
            return above if run.blocks[above].text in names else position
    return None


def _byline_names(earlier: Mapping[int, Decision]) -> tuple[str, ...]:
    """The people of the byline an earlier filter took (``authors.split_names``), each also by
    first and last name ("Jane Doe", "Jane", "Doe"; names of two letters or fewer left out)."""
    names: set[str] = set()
    for decision in earlier.values():
        if decision.field != "byline" or not isinstance(decision.value, str):
            continue
        for who in split_names(decision.value):
            parts = who.split()
            names.update(n for n in (" ".join(parts), parts[0], parts[-1]) if len(n) > 2)
    return tuple(names)


def signup_prompt(run: BodyRun) -> int | None:
    """Position of the first newsletter or subscription prompt inside the body run ``run`` (an
    earlier filter dropped it) below which the run holds less than ``_SIGNUP_TAIL`` of the
    prose above it, and no two prose lines side by side: the form's texts and what follows the
    article, not its last paragraphs. Else None."""
    start, end = run.start, run.end
    for position in labelled(run, start + 1, end, _SIGNUP_PROMPTS):
        prose = run.prose
        if prose.last_pair > position:
            continue  # two prose lines side by side below it: the article goes on
        if prose.words(position + 1, end) < _SIGNUP_TAIL * prose.words(start, position - 1):
            return position
    return None


class _Prose:
    """The prose lines of the body run, read once: words up to each position, and the last
    prose line that has prose right below it and the last that is no teaser summary.

    Each question about "the prose below this line" is then a lookup, not a walk down the run
    (a page of many headings would make those walks quadratic).
    """

    def __init__(
        self, document_blocks: tuple[Block, ...], classes: dict[int, str], run: tuple[int, int]
    ) -> None:
        start, end = run
        self.start = start
        self._words = [0]  # words of the prose lines in start .. start + i - 1
        self._count = [0]
        self.last_pair = -1
        self.last_not_summary = -1
        for position in range(start, end + 1):
            words = 0
            if classes.get(position) == PROSE:
                words = document_blocks[position].words
                if classes.get(position + 1) == PROSE:
                    self.last_pair = position
                if words >= LONG_WORDS or classes.get(position - 1, SHORT) not in _HEADLINE_CLASSES:
                    self.last_not_summary = position
            self._words.append(self._words[-1] + words)
            self._count.append(self._count[-1] + (1 if words else 0))

    def words(self, first: int, last: int) -> int:
        """Words of the prose lines from ``first`` to ``last`` (inside the run)."""
        if last < first:
            return 0
        return self._words[last - self.start + 1] - self._words[first - self.start]

    def lines_below(self, position: int) -> int:
        """Prose lines below ``position`` to the run's end."""
        return self._count[-1] - self._count[position - self.start + 1]


def headline_list(run: BodyRun) -> int | None:
    """Position of the first line of a list of headlines inside the body run ``run``: at least
    ``_HEADLINE_LIST`` short lines in a row (``_HEADLINE_SIZE`` words, none ending with a colon,
    below a line that does not either) with prose below them, but less than
    ``_HEADLINE_LIST_TAIL`` of the prose above them: a list of other stories the article is
    over by, not a list inside it. Else None."""
    start, end = run.start, run.end
    low, high = _HEADLINE_SIZE
    first = count = 0
    for position in range(start + 1, end + 1):
        block = run.blocks[position]
        if (
            run.classes.get(position) in _HEADLINE_LIST_CLASSES
            and low <= block.words <= high
            and not block.text.endswith(":")
            and (count or not run.blocks[position - 1].text.endswith(":"))
        ):
            if not count:
                first = position
            count += 1
            continue
        if count >= _HEADLINE_LIST:
            below = run.prose.words(position, end)
            if 0 < below < _HEADLINE_LIST_TAIL * run.prose.words(start, first - 1):
                return first
        count = 0
    return None


def teasers_heading(run: BodyRun) -> int | None:
    """Position of the first heading of a list of other stories inside the body run ``run``
    (an earlier filter dropped it: "Related links:", "Top stories") below which the run's prose
    is only teaser summaries: ``_TEASER_SUMMARIES`` or more prose lines, each shorter than
    ``LONG_WORDS`` and right below a short line (its headline) or a line an earlier filter
    decided on. Else None."""
    for position in labelled(run, run.start + 1, run.end, _STORY_HEADINGS):
        prose = run.prose
        if prose.lines_below(position) >= _TEASER_SUMMARIES and prose.last_not_summary <= position:
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
