"""Small text measurements shared by segmenters and filters (words, punctuation, case)."""

from __future__ import annotations

import regex

_WORD = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+", regex.UNICODE)
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_TERMINAL = regex.compile(r"[.!?。！？…:;]['\"’”»)\]]*$|[.!?。！？…]['\"’”»)\]]+\W*$")


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
    if text.isascii():
        return len(text.split())
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(_WORD.findall(text))
    rest = _CJK.sub(" ", text)
    return len(_WORD.findall(rest)) + (cjk + 1) // 2


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends like a sentence (terminal punctuation, maybe a closing quote).

    >>> ends_sentence("He left."), ends_sentence("“Go now,” she said."), ends_sentence("Menu")
    (True, True, False)
    """
    return _TERMINAL.search(text) is not None
