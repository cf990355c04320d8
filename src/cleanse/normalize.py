"""The one Unicode and whitespace normalisation every input goes through, before segmentation.

What changes, in order:

1. Mojibake is repaired with ftfy (``Ã©`` -> ``é``), on the lines where a fast check sees its traces;
   the author's typography is kept: curly quotes, dashes, ligatures and full-width characters
   stay as they are.
2. Line endings (``\\r\\n``, ``\\r``, U+2028/2029, form feed, ...) become ``\\n``.
3. Control and zero-width characters (and a BOM) are removed.
4. NBSP, tabs and the other horizontal spaces (every Unicode space separator, the ideographic
   space U+3000 too) become a plain space; runs of spaces become one.
5. Each line is stripped at both ends; runs of blank lines become one blank line; the text is
   stripped at both ends.

Everything cleanse outputs is a substring of this normalised text (title, body, fields).
Before all of it, each lone surrogate (not Unicode text: no encoding can write one) becomes
U+FFFD, as a decoder does with bytes it cannot read; the HTML parser's input gets the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import ftfy

_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    normalization="NFC",
    explain=False,
)

# UTF-8 read as Latin-1/cp1252 leaves a lead byte (Â-ô) followed by a continuation byte
# (U+0080-U+00BF, or its cp1252 spelling); U+FFFD runs and C1 controls are other traces.
_LEAD = "\u00c2-\u00f4"
_C1 = "\u0080-\u009f"
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# Spelled "[lead or C1], then a continuation after a lead" rather than "lead continuation | C1":
# a pattern that starts with one character class lets ``re`` skip ahead to its characters,
# three times faster than trying the alternation at every position. Same matches.
_MOJIBAKE_HINT = re.compile(f"[{_LEAD}{_C1}](?:(?<=[{_LEAD}])[{_CONTINUATION}]|(?<=[{_C1}]))")

_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]")
_SPACE_CHARS = (
    "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
    "\u3000"
)
_DROP_CHARS = (
    "".join(chr(c) for c in range(0x20) if c not in (0x09, 0x0A))
    + "\x7f\u200b\u200c\u200d\u2060\ufeff\u00ad"
)
_TABLE = {ord(c): " " for c in _SPACE_CHARS} | {ord(c): None for c in _DROP_CHARS}
# On one line, a line break or a whitespace control separates words like a space; the other
# controls go, as in ``normalize`` ("A\x0cB" is two words, "A\x01B" one).
_LINE_TABLE = _TABLE | {ord(c): " " for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}
# ASCII controls that ``str.split`` would keep, or take for a space, where ``normalize`` drops them.
_ASCII_DROPS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f]")
_SPACE_RUNS = re.compile(" {2,}")
# What ``_DROPS`` removes: the drop characters that ``_LINE_BREAKS`` has not made "\n".
_DROPPED = "".join(c for c in _DROP_CHARS if c not in "\r\x0b\x0c\x1c\x1d\x1e")
_DROPS = re.compile(f"[{_DROPPED}]")
_ODD_SPACE = re.compile(f"[{_SPACE_CHARS}]")
# A line break other than "\n", or a space other than " ": what steps 2 and 4 rewrite.
_ODD_WHITESPACE_CHARS = f"\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85{_SPACE_CHARS}"
_ODD_WHITESPACE = re.compile(f"[{_ODD_WHITESPACE_CHARS}]")
# Any character that the steps other than 5 may look at twice: text without one only has
# its runs and ends tidied. One scan, where telling the cases apart takes two.
_SURROGATES = "\ud800-\udfff"
LONE_SURROGATE = re.compile(f"[{_SURROGATES}]")
_ANY_SPECIAL = re.compile(f"[{_LEAD}{_C1}{_DROPPED}{_ODD_WHITESPACE_CHARS}{_SURROGATES}]")
# A trace of mojibake (as ``_MOJIBAKE_HINT``) or a character to drop (as ``_DROPS``).
_REPAIR_OR_DROP = re.compile(
    f"[{_LEAD}{_C1}{_DROPPED}{_SURROGATES}]"
    f"(?:(?<=[{_LEAD}])[{_CONTINUATION}]|(?<=[{_C1}{_DROPPED}{_SURROGATES}]))"
)
_BLANK_RUNS = re.compile(r"\n{3,}")


def repair(text: str) -> str:
    """Repair mojibake with ftfy in the lines where the fast check sees its traces.

    ftfy reads text a line at a time anyway; lines without a trace are left alone, so a long
    page with one bad line pays for that line, not for all of them.

    >>> repair("Caf\u00c3\u00a9\\nfine")
    'Café\\nfine'
    """
    if not _MOJIBAKE_HINT.search(text):
        return text
    if "\n" not in text:
        return str(ftfy.fix_text(text, _FTFY_CONFIG))
    return "\n".join(
        [
            str(ftfy.fix_text(line, _FTFY_CONFIG)) if _MOJIBAKE_HINT.search(line) else line
            for line in text.split("\n")
        ]
    )


def _fixed_point(step: Callable[[str], str], text: str) -> str:
    """Apply ``step`` until its result no longer looks like mojibake, or stops changing.

    ftfy's guesses depend on the context, so once a pass has dropped a control or a space,
    the result may look repairable again ("Â\x1b¡" becomes "Â¡", which is a misread "¡").
    Repeating (at most three passes) makes normalising twice the same as once; clean text
    pays one regex search.
    """
    text = step(text)
    for _ in range(2):
        if not _MOJIBAKE_HINT.search(text):
            break
        again = step(text)
        if again == text:
            break
        text = again
    return text


def normalize(text: str) -> str:
    """Return ``text`` repaired and with whitespace normalised (see the module docstring).

    >>> normalize("  Caf\u00c3\u00a9\u00a0\u00a0au   lait \\r\\n\\r\\n\\r\\nfin ")
    'Café au lait\\n\\nfin'
    >>> normalize("Caf\u00c3\\x1b\u00a9")
    'Café'
    """
    if not _ANY_SPECIAL.search(text):
        return _collapse(text)
    if _REPAIR_OR_DROP.search(text):
        return _fixed_point(_normalize_once, text)
    # Nothing to repair or drop: ``_normalize_once`` would only rewrite whitespace, and that
    # cannot make mojibake's traces (it keeps a space or a line break wherever it removes
    # characters), so the fixed point is reached after this one pass.
    if _ODD_WHITESPACE.search(text):
        text = _ODD_SPACE.sub(" ", _LINE_BREAKS.sub("\n", text))
    return _collapse(text)


def _normalize_once(text: str) -> str:
    # Two regex passes do what ``text.translate(_TABLE)`` and a run collapse do, several
    # times faster on non-ASCII text (line breaks are already "\n" when they run).
    text = _LINE_BREAKS.sub("\n", repair(LONE_SURROGATE.sub("\ufffd", text)))
    text = _DROPS.sub("", text)
    if _ODD_SPACE.search(text):
        text = _ODD_SPACE.sub(" ", text)
    return _collapse(text)


def _collapse(text: str) -> str:
    """Steps 4 and 5 on text whose spaces are " " and line breaks "\\n": runs and ends go."""
    if "  " in text:
        text = _SPACE_RUNS.sub(" ", text)
    # Runs are single spaces by now, so a line has at most one at each end.
    text = text.replace("\n ", "\n").replace(" \n", "\n")
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n ")


def normalize_line(text: str) -> str:
    """Normalise text that holds no line structure (HTML inline text) to one line, fast.

    Same result as ``normalize_inline``, faster (on garbled text ftfy may guess differently
    when the text is split into lines).

    >>> normalize_line(" a\\u00a0\\u200b b\\n c ")
    'a b c'
    >>> normalize_line("A\\x0cB\\x01C"), normalize_line("\\u00e9\\x0cB\\x01C")
    ('A BC', 'é BC')
    """
    if not text.isascii():
        if _REPAIR_OR_DROP.search(text):
            return _fixed_point(_normalize_line_once, text)
        # Nothing to repair or drop: the table would only turn whitespace into spaces, which
        # ``str.split`` takes for separators anyway (and joining makes no mojibake).
        return " ".join(text.split())
    if _ASCII_DROPS.search(text):
        text = text.translate(_LINE_TABLE)
    return " ".join(text.split())


def _normalize_line_once(text: str) -> str:
    return " ".join(repair(text).translate(_LINE_TABLE).split())


def normalize_inline(text: str) -> str:
    """Normalise a run of inline text to one line (HTML text nodes, metadata values).

    >>> normalize_inline(" Hello\\n   world\\u00a0! ")
    'Hello world !'
    """
    text = normalize(text)
    if "\n" in text:
        text = _SPACE_RUNS.sub(" ", text.replace("\n", " "))
    return text
