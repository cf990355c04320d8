"""Small text measurements shared by segmenters and filters (words, punctuation, case)."""

from __future__ import annotations

import re

import regex

_WORD = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+", regex.UNICODE)
# Scripts whose words are counted from characters: those written without spaces between words
# (Chinese, Japanese kana; Thai, Lao, Myanmar and Khmer put spaces only between phrases) and
# Korean (spaced, but counted like the other CJK scripts).
_NO_WORD_SPACE_RANGES = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
)
_HANGUL_RANGES = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
_ANY_CJK = re.compile(f"[{_NO_WORD_SPACE_RANGES}{_HANGUL_RANGES}]")
_NO_WORD_SPACE = re.compile(f"[{_NO_WORD_SPACE_RANGES}]")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")  # two to a word
_SOUTHEAST_ASIAN = regex.compile(r"[\p{Thai}\p{Lao}\p{Myanmar}\p{Khmer}]")
_SOUTHEAST_ASIAN_WORD = 4  # characters (with vowel and tone marks) to a word of those scripts
# A sentence ends in one of these, maybe before closing quotes or brackets, or in one of the
# first set, then closers, then anything that is not a word ("He said: “Go.” —").
# Beside the Latin ones: CJK full stops, the Arabic question mark, the Devanagari danda
# (Hindi, Nepali, Bengali), the Myanmar and Ethiopic full stops and the Armenian one.
SENTENCE_ENDS = frozenset(".!?。！？…:;؟।॥။።։")
_CLOSERS = "'\"’”»)]"
_END_THEN_CLOSER = regex.compile(r"[.!?。！？…؟।॥။።։]['\"’”»)\]]")
_WORD_CHAR = regex.compile(r"\w")


def words(text: str) -> list[str]:
    """The words of ``text`` (letters or digits; CJK runs kept whole).

    >>> words("Don’t stop — 24 hours!")
    ['Don’t', 'stop', '24', 'hours']
    """
    found: list[str] = _WORD.findall(text)
    return found


def count_words(text: str) -> int:
    """Word count: space-separated tokens, two CJK characters counting as one word and four
    Thai, Lao, Myanmar or Khmer ones as one (those scripts put no spaces between words).

    >>> count_words("Hello world"), count_words("中国外交部发言人"), count_words("ภาษาไทย")
    (2, 4, 2)
    """
    if text.isascii() or not _ANY_CJK.search(text):
        return len(text.split())
    cjk = len(_CJK.findall(text))
    southeast = len(_SOUTHEAST_ASIAN.findall(text))
    if not cjk and not southeast:
        return len(_WORD.findall(text))
    rest = _CJK.sub(" ", text)
    if southeast:
        rest = _SOUTHEAST_ASIAN.sub(" ", rest)
    by_characters = (cjk + 1) // 2 + (
        southeast + _SOUTHEAST_ASIAN_WORD - 1
    ) // _SOUTHEAST_ASIAN_WORD
    return len(_WORD.findall(rest)) + by_characters


def has_cjk(text: str) -> bool:
    """True when ``text`` holds a character of a script whose words ``count_words`` counts
    from characters (CJK, Thai, Lao, Myanmar, Khmer).

    >>> has_cjk("Hello world"), has_cjk("中国 news")
    (False, True)
    """
    return not text.isascii() and _ANY_CJK.search(text) is not None


def spaceless_share(text: str) -> float:
    """Share of ``text``'s characters in scripts written without spaces between words: Chinese,
    Japanese kana, Thai, Lao, Myanmar, Khmer (Korean puts spaces between words).

    >>> spaceless_share("abc 中文 def"), spaceless_share("中国外交部"), spaceless_share("한국어 문장")
    (0.2, 1.0, 0.0)
    """
    if not text or not has_cjk(text):
        return 0.0
    return len(_NO_WORD_SPACE.findall(text)) / len(text)


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
