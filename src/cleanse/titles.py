"""Headline text helpers shared by the HTML metadata reader and the headline filter."""

from __future__ import annotations

import regex

from .textstats import count_words

_SITE_SEPARATOR = regex.compile(r"\s+(?:[-–—|·•:]{1,2}|::)\s+")
_MAX_SITE_WORDS = 5


def strip_site_name(title: str) -> str:
    """The headline without a site-name prefix or suffix (" - WSJ", "BBC News | ...").

    >>> strip_site_name("So Many Ways to Play - WSJ")
    'So Many Ways to Play'
    >>> strip_site_name("Blinken: US won't push allies")
    "Blinken: US won't push allies"
    """
    parts = _SITE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    seps = _SITE_SEPARATOR.findall(title)
    last, first = parts[-1], parts[0]
    if count_words(last) <= _MAX_SITE_WORDS and len(last) < len(title) - len(last):
        return title[: len(title) - len(last) - len(seps[-1])]
    if count_words(first) <= 3 and len(first) * 3 < len(title):
        return title[len(first) + len(seps[0]) :]
    return title
