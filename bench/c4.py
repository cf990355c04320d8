"""A reimplementation of C4's line rules, used as a plain-text cleaning baseline.

C4 (Raffel et al. 2020, "Exploring the Limits of Transfer Learning with a Unified Text-to-Text
Transformer", section 2.2; the ``c4_utils.clean_page`` function of TensorFlow Datasets) cleans
Common Crawl's extracted text line by line:

- a line with a word longer than 1000 characters is dropped;
- citation markers (``[1]``, ``[edit]``, ``[citation needed]``) are removed;
- only lines that end in a terminal punctuation mark (``.``, ``!``, ``?``) or an end quotation
  mark (``"``; here also ``'``, ``”``, ``’``, ``»``) and do not end in an ellipsis (``...``)
  are kept;
- only lines with at least 3 words are kept;
- lines containing "javascript" are dropped;
- lines containing a policy phrase ("terms of use", "privacy policy", "cookie policy",
  "uses cookies", "use of cookies", "use cookies") are dropped.

C4 also dropped *whole pages*: those containing "lorem ipsum" or a curly bracket, those with
fewer than 5 sentences, and those with a word from a bad-words list.  A benchmark scores every
page, so here those page rules act on the offending *line* only, and the page-level rules
(sentence count, bad words) are not applied.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["END_MARKS", "POLICY_SUBSTRINGS", "c4_clean", "c4_keep_line"]

# Terminal punctuation and closing quotation marks.  TFDS's code lists only the ASCII '"';
# the paper says "an end quotation mark", so the typographic closing quotes (and the ASCII
# apostrophe used as one, as datatrove's C4 filter does) count too.
END_MARKS: tuple[str, ...] = (".", "?", "!", '"', "'", "\u201d", "\u2019", "\u00bb")
ELLIPSIS = "..."
MIN_WORDS_PER_LINE = 3
MAX_WORD_LENGTH = 1000
POLICY_SUBSTRINGS: tuple[str, ...] = (
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
)
_CITATION_RE = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]")


def _has_too_long_word(line: str) -> bool:
    """True when a whitespace-separated word of ``line`` exceeds ``MAX_WORD_LENGTH``."""
    return any(len(word) > MAX_WORD_LENGTH for word in line.split())


def _ends_like_a_sentence(line: str, end_marks: tuple[str, ...]) -> bool:
    """True when ``line`` ends in a terminal mark and not in an ellipsis."""
    return line.endswith(end_marks) and not line.endswith(ELLIPSIS)


def _has_banned_content(line: str) -> bool:
    """True for javascript notices, policy lines, lorem ipsum and curly-bracket code."""
    lower = line.lower()
    if "javascript" in lower or "lorem ipsum" in lower or "{" in line:
        return True
    return any(phrase in lower for phrase in POLICY_SUBSTRINGS)


def c4_keep_line(line: str, end_marks: tuple[str, ...] = END_MARKS) -> str | None:
    """Return the cleaned ``line`` if C4's rules keep it, else ``None``.

    >>> c4_keep_line("  The cat sat on the mat.[1]")
    'The cat sat on the mat.'
    >>> c4_keep_line("Read more") is None
    True
    >>> c4_keep_line("Please enable JavaScript to continue.") is None
    True
    """
    stripped = line.strip()
    if _has_too_long_word(stripped):
        return None
    stripped = _CITATION_RE.sub("", stripped)
    if not _ends_like_a_sentence(stripped, end_marks):
        return None
    if len(stripped.split()) < MIN_WORDS_PER_LINE or _has_banned_content(stripped):
        return None
    return stripped


def _kept_lines(lines: Iterable[str], end_marks: tuple[str, ...]) -> list[str]:
    """The lines of ``lines`` that C4's rules keep, cleaned."""
    kept = (c4_keep_line(line, end_marks) for line in lines)
    return [line for line in kept if line is not None]


def c4_clean(text: str, end_marks: tuple[str, ...] = END_MARKS) -> str:
    """Apply C4's line rules to ``text`` and join the kept lines with newlines.

    >>> c4_clean("Home\\nNews\\nThe vote was close, officials said.\\nWe use cookies.")
    'The vote was close, officials said.'
    """
    return "\n".join(_kept_lines(text.splitlines(), end_marks)).strip()
