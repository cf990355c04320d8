"""Small text measurements shared by segmenters and filters (words, punctuation, case)."""

from __future__ import annotations

import re

import regex

_WORD = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+", regex.UNICODE)
_ANY_CJK = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# A sentence ends in one of these, maybe before closing quotes or brackets, or in one of the
# first set, then closers, then anything that is not a word ("He said: “Go.” —").
SENTENCE_ENDS = frozenset(".!?。！？…:;")
_CLOSERS = "'\"’”»)]"
_END_THEN_CLOSER = regex.compile(r"[.!?。！？…]['\"’”»)\]]")
_WORD_CHAR = regex.compile(r"\w")


def words(text: str) -> list[str]:
    """The words of ``text`` (letters or digits; CJK runs kept whole).

    >>> words("Don’t stop — 24 hours!")
    ['Don’t', 'stop', '24', 'hours']
    """
    found: list[str] = _WORD.findall(text)
    return found


def count_words(text: str) -> int:
    """Word count: space-separated tokens, two CJK characters counting as one word.

    >>> count_words("Hello world"), count_words("中国外交部发言人")
    (2, 4)
    """
    if text.isascii() or not _ANY_CJK.search(text):
        return len(text.split())
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(_WORD.findall(text))
    rest = _CJK.sub(" ", text)
    return len(_WORD.findall(rest)) + (cjk + 1) // 2


def has_cjk(text: str) -> bool:
    """True when ``text`` holds a CJK character, the case where ``count_words`` counts them.

    >>> has_cjk("Hello world"), has_cjk("中国 news")
    (False, True)
    """
    return not text.isascii() and _ANY_CJK.search(text) is not None


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends like a sentence (terminal punctuation, maybe a closing quote).

    >>> ends_sentence("He left."), ends_sentence("“Go now,” she said."), ends_sentence("Menu")
    (True, True, False)
    """
    if text.rstrip(_CLOSERS)[-1:] in SENTENCE_ENDS or (
        text.endswith("\n") and text[:-1].rstrip(_CLOSERS)[-1:] in SENTENCE_ENDS
    ):
        return True
    # Otherwise an end and a closer must sit in the run of non-word characters that ends the
    # text: read backwards, so a long run costs its length once, not its length squared.
    start = len(text)
    while start and not _WORD_CHAR.match(text, start - 1):
        start -= 1
    return _END_THEN_CLOSER.search(text, start) is not None
