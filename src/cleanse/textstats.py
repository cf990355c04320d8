"""Small text measurements shared by segmenters and filters (words, punctuation, case)."""

from __future__ import annotations

import re

import regex

_WORD = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+", regex.UNICODE)
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*|\d+")
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
    """Word count, counting two CJK characters as one word (CJK has no spaces).

    >>> count_words("Hello world"), count_words("中国外交部发言人")
    (2, 4)
    """
    if text.isascii():
        return len(_ASCII_WORD.findall(text))
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
