"""Plain-text boilerplate: a line classifier with context, for text input only.

Scraped text keeps every menu, teaser list and footer of its page, one line each. This filter
runs last, after the field takers and the navigation labels, and decides on the rest
(``docs/text.md`` has the measurements):

1. **Each line gets a class from its own text**: ``prose`` (10+ words ending like a sentence,
   or 30+ words), ``sparse`` (as long, but few stopwords), ``near`` (a shorter sentence),
   ``comment`` (a comment's header), ``code`` (a line of program code), ``repeated`` (a
   short line seen twice on the page),
   ``list`` (a bulleted line, or a lower-case one in a run of lines), ``menu`` (a short
   capitalised line in a run of lines without a blank line between them), ``short``.
2. **Each line scores**: prose counts its words (capped, halved when neither neighbour on
   the page is prose, a third when it starts like two other prose lines: a feed's items), near and sparse
   lines a third of that; list items and code lines cost little (an article goes on below its
   code); the other lines, and the lines earlier
   filters took or dropped, cost a little, and more for every further non-prose line in a row,
   so a long stretch of page chrome costs far more than a sub-heading does.
3. **The body run** is the run of lines with the highest total; lines above the headline's
   repeat (or above the byline taken a few lines below it: the dek) count for nothing, the run stops at the first comment header (and at a "Related"
   heading over nothing but teaser summaries, an author box's "About Jane Doe", the byline
   author's bio, a list of headlines or a newsletter prompt over little prose), it takes in
   the article's parts on the far side of a box of other stories (``textresume``), and a last
   line that ends with a colon takes the list below it along.
4. **Decisions**: lines outside the run go, with a reason from their class
   (``outside_body_run``, ``low_stopword_density``, ``short_line``, ``menu_run``,
   ``repeated_line``, ``comment_section``); inside the run only menu, repeated and comment
   lines go, and the headlines of an inline "Related" box (``related_links``) and a gallery's
   repeats of a caption (``repeated_caption``), so a
   one-sentence paragraph, a quote or a sub-heading between paragraphs stays.

HTML documents, text already cut into paragraphs (every line between blank lines) and text
with no prose at all are left alone. Without a stopword list for the page's language, lines are
judged on length and punctuation alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Set

from ..blocks import LINKED, Block
from ..language import stopwords_for
from ..pipeline import BaseFilter, Context, Decision, drop
from ..titles import fold_title, strip_site_name
from .textends import (
    BodyRun,
    about_heading,
    author_bio,
    boxed_teasers,
    comments_heading,
    comments_start,
    headline_list,
    signup_prompt,
    teasers_heading,
)
from .textlines import (
    CODE,
    COMMENT,
    LINKS,
    LIST,
    LONG_WORDS,
    MENU,
    NEAR,
    PROSE,
    PROSE_WORDS,
    REPEATED,
    SENTENCES,
    SHORT,
    SPARSE,
    best_run,
    ends_like_sentence,
    line_class,
    line_scores,
    stopword_share,
    stopword_threshold,
)
from .textresume import resumed_parts

_DECIDED_COST = 3.0  # a line an earlier filter took or dropped (byline, share button, ...)
_HEADLINE_MIN_WORDS = 3  # a first line shorter than this is no headline to anchor the body
_NUMBERED = re.compile(r"(\d{1,3})[.)]\s")  # an item of a numbered list: "8) ...", "8. ..."
_NUMBER_GAP = 2  # lines (a link, a price) allowed between two items of a numbered list


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
    titles = {fold_title(first), fold_title(strip_site_name(first))}
    sizes = {len(t) for t in titles}
    longest = max(sizes)
    for position, block in enumerate(document_blocks[1:], 1):
        # A link that repeats it (Markdown's logo link in the footer) is no headline. Folding
        # never shortens a text: a longer line cannot match.
        if (
            block.index not in kept
            and block.link_density < LINKED
            and len(block.text) <= longest
            and len(block.text.casefold()) in sizes
            and fold_title(block.text) in titles
        ):
            return position
    return None


def byline_below(
    document_blocks: tuple[Block, ...], earlier: Mapping[int, Decision], headline: int
) -> int:
    """The position of the byline an earlier filter took within ``_DEK_LINES`` lines below the
    headline's repeat, else the headline's: the dek between them is no body either."""
    for ahead in range(headline + 1, min(headline + _DEK_LINES + 1, len(document_blocks))):
        decision = earlier.get(document_blocks[ahead].index)
        if decision is not None and decision.field == "byline":
            return ahead
    return headline


_DEK_LINES = 4  # the byline is at most this many lines below the headline (a dek of three)


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
    CODE: "code_line",
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
                if b.words >= LONG_WORDS or (b.words >= PROSE_WORDS and sentence)
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
        if headline is not None:
            headline = byline_below(document_blocks, context.earlier, headline)
        page_scores = [score_of.get(b.index, -_DECIDED_COST) for b in document_blocks]
        kept_at = [i for i, b in enumerate(document_blocks) if b.index in score_of]
        comments = comments_start(classes, kept_at)
        start, end = _run(page_scores, headline, comments)
        prose = {p: b.words for p, b, c in zip(kept_at, blocks, classes, strict=True) if c == PROSE}
        class_at = dict(zip(kept_at, classes, strict=True))
        run = BodyRun(document_blocks, class_at, (start, end), context.earlier)
        # Where the article ends inside the run, if it does: the first of these.
        ends = (
            comments_heading(context.document, (start, end), headline, prose),
            teasers_heading(run),
            signup_prompt(run),
            about_heading(run),
            author_bio(run),
            headline_list(run),
        )
        heading = min((at for at in ends if at is not None), default=None)
        if heading is not None:
            start, end = _run(page_scores, headline, heading)
        if end < start:
            return  # no line reads as prose: too little text to tell the body from the rest
        limit = comments if heading is None else heading
        bounds = (
            0 if headline is None else headline + 1,
            len(page_scores) if limit is None else limit,
        )
        (start, end), boxes = resumed_parts(
            document_blocks, page_scores, class_at, (start, end), bounds, repeats
        )
        end = extend_over_list(document_blocks, classes, kept_at, end)
        end = extend_over_numbers(document_blocks, score_of.keys(), end)
        first, last = document_blocks[start].index, document_blocks[end].index

        nouns_capitalised = context.language in _NOUNS_CAPITALISED
        above = f"; above the body run (blocks {first}-{last})"
        below = f"; below the body run (blocks {first}-{last})"
        boxed = boxed_teasers(BodyRun(document_blocks, class_at, (start, end), context.earlier))
        captions = _caption_starts(document_blocks, context.earlier)
        for block, position, (cls, why) in zip(blocks, kept_at, found, strict=True):
            if position < start:
                why += above
            elif position > end:
                why += below
            elif cls in _DROPPED_IN_RUN and not (
                cls == MENU
                and nouns_capitalised
                and class_at.get(position - 1) in SENTENCES
                and class_at.get(position + 1) in SENTENCES
            ):
                why += "; inside the body run"
            elif cls == SHORT and _in_box(position, boxes):
                why += _IN_BOX
            elif position in boxed:
                yield drop(block, "related_links", why + _BOXED)
                continue
            elif captions and block.text[:_CAPTION_START] in captions:
                yield drop(block, "repeated_caption", why + _REPEATED_CAPTION)
                continue
            else:
                continue
            yield drop(block, _REASONS[cls], why)


def _in_box(position: int, boxes: list[tuple[int, int]]) -> bool:
    """Whether ``position`` is in a box that cut the body run, above its last line (the one
    right above the article's next part may be its heading, or its first words)."""
    return any(first <= position < last for first, last in boxes)


def _caption_starts(
    document_blocks: tuple[Block, ...], earlier: Mapping[int, Decision]
) -> frozenset[str]:
    """The first ``_CAPTION_START`` characters of each caption an earlier filter took that
    start ``_CAPTION_LINES`` or more lines of the page: a gallery shows each caption again,
    whole or cut short with "... more", and a kept line that starts the same way repeats it.
    (A lede mistaken for a caption is repeated once, by the article's first paragraph.)"""
    starts = [
        block.text[:_CAPTION_START]
        for block in document_blocks
        if len(block.text) >= _CAPTION_START
        and (decision := earlier.get(block.index)) is not None
        and decision.field == "caption"
    ]
    if not starts:
        return frozenset()
    counts = Counter(
        block.text[:_CAPTION_START]
        for block in document_blocks
        if len(block.text) >= _CAPTION_START
    )
    return frozenset(start for start in starts if counts[start] >= _CAPTION_LINES)


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


_CAPTION_START = 60
_CAPTION_LINES = 3
_REPEATED_CAPTION = "; starts like a photo caption taken elsewhere on the page"
_BOXED = "; a headline below a heading of other stories inside the body run"
_NOUNS_CAPITALISED = frozenset(("de",))  # German capitalises every noun
_IN_BOX = "; in a box between two parts of the body run"
_DROPPED_IN_RUN = frozenset((MENU, REPEATED, COMMENT, LINKS))
