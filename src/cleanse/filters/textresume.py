"""Where a plain-text article goes on below a box that cut its body run.

Part of the line classifier (``textblocks``). A "Related" or "Most popular" box of a dozen
headlines in the middle of an article costs the body run more than the paragraphs below it
bring, so the run stops above the box. Below it, the article resumes: a stretch of paragraphs
that follow one another (not teaser summaries, each under its headline), close below the run,
about what the run is about (not a footer's disclaimers, not other stories' summaries), and
shown once (a list of stories shown twice, or the article's text again, is no resumption).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..blocks import Block
from .textlines import PROSE, SENTENCES, best_run

_GAP_LINES = 150  # the box is at most this many lines
_PAIRED_PROSE = 4  # prose lines of the part below with a prose line above or below them
_SHARED_WORDS = 0.15  # share of the part's words (of 5+ letters) that the run's prose also has
_WORD = re.compile(r"\w{5,}")


def resumed_parts(
    blocks: tuple[Block, ...],
    page_scores: list[float],
    classes: Mapping[int, str],
    run: tuple[int, int],
    bounds: tuple[int, int],
    repeats: Mapping[str, int],
) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """The body run widened over the article's other parts, and the boxes (first and last
    position) between them: while the best run between the run and ``bounds`` (the first
    position past the headline's repeat, the comments or a story list) is such a part, the
    run takes it in. ``repeats`` counts each line's text on the page."""
    start, end = run
    low, high = bounds
    boxes: list[tuple[int, int]] = []
    topic: set[str] = set()  # the run's words, read when a part first needs them
    while end + 1 < high:
        first, last = best_run(page_scores[end + 1 : high])
        part = (first + end + 1, last + end + 1)
        if last < first or not _resumes(blocks, classes, part, (start, end), repeats, topic):
            break
        if part[0] > end + 1:
            boxes.append((end + 1, part[0] - 1))
        end = part[1]
    while start > low:
        first, last = best_run(page_scores[low:start])
        part = (first + low, last + low)
        if last < first or not _resumes(blocks, classes, part, (start, end), repeats, topic):
            break
        if part[1] < start - 1:
            boxes.append((part[1] + 1, start - 1))
        start = part[0]
    return (start, end), boxes


def _resumes(
    blocks: tuple[Block, ...],
    classes: Mapping[int, str],
    part: tuple[int, int],
    run: tuple[int, int],
    repeats: Mapping[str, int],
    topic: set[str],
) -> bool:
    """Whether the lines of ``part`` (first and last position) are more of the article
    whose body run is ``run`` (see the module docstring)."""
    gap = part[0] - run[1] - 1 if part[0] > run[1] else run[0] - part[1] - 1
    paired = _paired(blocks, classes, *part)
    if gap > _GAP_LINES or len(paired) < _PAIRED_PROSE:
        return False
    if sum(repeats[text] > 1 for text in paired) * 2 >= len(paired):
        return False
    if not topic:
        topic.update(_words(blocks, classes, *run))
    words = _words(blocks, classes, *part)
    return len(words & topic) >= _SHARED_WORDS * len(words)


def _paired(
    blocks: tuple[Block, ...], classes: Mapping[int, str], first: int, last: int
) -> list[str]:
    """The prose lines from ``first`` to ``last`` with a prose line right above or below."""
    return [
        blocks[position].text
        for position in range(first, last + 1)
        if classes.get(position) == PROSE
        and PROSE in (classes.get(position - 1), classes.get(position + 1))
    ]


def _words(
    blocks: tuple[Block, ...], classes: Mapping[int, str], first: int, last: int
) -> set[str]:
    """The words of 5+ letters of the sentences from ``first`` to ``last``, lower-cased."""
    return {
        word
        for position in range(first, last + 1)
        if classes.get(position) in SENTENCES
        for word in _WORD.findall(blocks[position].text.casefold())
    }
