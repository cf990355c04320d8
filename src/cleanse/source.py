"""Reading the caller's source: bytes are decoded, str is sniffed as HTML or text."""

from __future__ import annotations

import codecs
import re

from bs4 import UnicodeDammit

from .errors import DecodeError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|encoding=["']([\w.:-]+)""", re.I
)
_SNIFF_BYTES = 1 << 16  # what encoding detection reads
# UTF-8 with a few bad bytes (a cut, a stray byte): at least this many good continuation bytes
# for each bad byte.
_MIN_GOOD_PER_BAD = 20
_HTML_HINT = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>", re.I)
_TAG = re.compile(
    r"</?(?:p|div|br|span|a|table|tr|td|li|ul|ol|h[1-6]|article|section|img|script|style"
    r"|noscript|iframe|meta|link|nav|header|footer|main|form)\b[^<>]*>",
    re.I,
)


def decode(data: bytes) -> str:
    """Decode page bytes: BOM first, then the declared charset, UTF-8, then detection.

    >>> decode('<meta charset="latin-1">café'.encode("latin-1"))[-4:]
    'café'
    """
    return decode_utf8_aware(data)[0]


def decode_utf8_aware(data: bytes) -> tuple[str, bool]:
    """``decode(data)``, and whether ``data`` is exactly that text in UTF-8 (no BOM).

    The HTML parser reads UTF-8 bytes: when the page's own bytes are that, they need not be
    encoded again.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), False
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise DecodeError("the bytes look binary (NUL bytes and no UTF-16/32 byte-order mark)")
        return utf16, False
    declared = _DECLARED.search(data[:4096])
    candidates = [m.decode("ascii", "ignore") for m in declared.groups() if m] if declared else []
    for encoding in [*candidates, "utf-8"]:
        try:
            codec = _canonical(encoding)
            return data.decode(codec), codecs.lookup(codec).name == "utf-8"
        except (LookupError, UnicodeError):  # "undefined" raises plain UnicodeError
            continue
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly, False
    # Detection reads a prefix first (chardet is pure Python: the whole of a large page takes
    # seconds); when what it found does not decode the whole page, the whole page is read.
    found = _detect(data[:_SNIFF_BYTES])
    if found is not None:
        try:
            return data.decode(*found), False
        except (LookupError, UnicodeError):
            pass
    found = _detect(data)
    if found is None:
        raise DecodeError("no encoding decodes these bytes")
    try:
        return data.decode(*found), False
    except (LookupError, UnicodeError):
        return data.decode(found[0], "replace"), False


# A run of ASCII letters longer than this, with no byte >= 0x80 next to it, is cut to this
# length before detection (see ``_detection_sample``).
_LONG_LETTER_RUN = re.compile(
    rb"(?<![a-zA-Z\x80-\xff])([a-zA-Z]{64})[a-zA-Z]+(?![a-zA-Z\x80-\xff])"
)


def _detect(data: bytes) -> tuple[str, str] | None:
    """The codec and error mode bs4's detection decodes ``data`` with (windows-1252 first,
    then a declared charset, chardet's or charset-normaliser's guess, UTF-8); None when none
    does.

    Detection reads ``_detection_sample(data)``: the answer is for those bytes, which decode
    like ``data`` in every ASCII-compatible codec.
    """
    dammit = UnicodeDammit(_detection_sample(data), ["windows-1252"], is_html=True)
    if dammit.unicode_markup is None or dammit.original_encoding is None:
        return None
    return (
        dammit.original_encoding,
        "replace" if dammit.contains_replacement_characters else "strict",
    )


def _detection_sample(data: bytes) -> bytes:
    """``data`` with each run of ASCII letters longer than 64 that touches no byte >= 0x80 cut
    to its first 64 letters.

    chardet's word filter (``[a-zA-Z]*[\\x80-\\xFF]+...``) costs the square of such a run's
    length (20 KB of one took 20 s) and finds no word in it, so its single-byte probers see
    the same words; the run decodes the same in every ASCII-compatible codec.

    >>> _detection_sample(b"x" * 100 + b" caf\\xe9" + b"y" * 100).count(b"x")
    64
    >>> _detection_sample(b"x" * 100 + b"\\xe9").count(b"x")
    100
    """
    return _LONG_LETTER_RUN.sub(rb"\1", data)


def _mostly_utf8(data: bytes) -> str | None:
    """``data`` as UTF-8 with its few bad bytes replaced (U+FFFD), when it is UTF-8 but for
    them (a cut, a stray byte); None when too many bytes are bad (another encoding)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    # Each good multi-byte character makes the text shorter than the bytes; a bad byte does not.
    good = len(data) - len(text)
    return text if good >= _MIN_GOOD_PER_BAD * bad else None


# Python codecs no browser reads a page with: they would turn markup into other text.
_NOT_PAGE_ENCODINGS = frozenset(
    ["idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "utf-7"]
)


def _canonical(encoding: str) -> str:
    """Browsers read Latin-1 and ASCII labels as windows-1252; so do we.

    A declared UTF-16/32 without a byte-order mark is a page saved wrongly (the bytes would be
    NUL-ridden otherwise); browsers read it as UTF-8, and so do we.
    """
    name = codecs.lookup(encoding).name
    if name in _NOT_PAGE_ENCODINGS:
        raise LookupError(f"{name} is not a page encoding")
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _utf16_without_bom(data: bytes) -> str | None:
    """Text saved as UTF-16 without a byte-order mark: NULs at every other byte, on one side."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for nuls, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= 0.6 * half and other == 0:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def sniff_kind(text: str) -> str:
    """How to read ``text``: "html", "markdown" or "text".

    An HTML page says so at its top (a doctype, ``<html>``, ``<head>``, ``<meta>``, ...), or
    with two of those in its first 20 000 characters (after a long comment or script; a text
    about HTML may name one tag). Markdown may hold
    a few tags of its own (html2text keeps ``<noscript>`` images), so its links are looked for
    before the tags are counted; a fragment of markup without a head has two tags or more, one
    every 1000 characters at least (scraped text may keep a stray one or two).

    >>> sniff_kind("<p>Hi</p><p>there</p>"), sniff_kind("a <b> c")
    ('html', 'text')
    >>> sniff_kind("<img src=x><img src=y>\\n" + "\\n".join(f"* [N{n}](/n/{n})" for n in range(6)))
    'markdown'
    """
    if _HTML_HINT.search(text, 0, 2048) or _distinct_hints(text) >= 2:
        return "html"
    if looks_like_markdown(text):
        return "markdown"
    # Markup is mostly tags; scraped text may keep a stray one or two (a <noscript> pixel).
    tags = len(_TAG.findall(text, 0, _SNIFFED))
    if tags >= 2 and tags * _CHARS_PER_TAG >= min(len(text), _SNIFFED):
        return "html"
    return "text"


def _distinct_hints(text: str) -> int:
    """How many kinds of ``_HTML_HINT`` tags (doctype, html, head, body, meta, title) the first
    20 000 characters of ``text`` hold."""
    return len({m[0][:5].lower() for m in _HTML_HINT.finditer(text, 0, _SNIFFED)})


def looks_like_markdown(text: str) -> bool:
    """True when ``text`` carries Markdown links: at least 5, on 5 % of its lines or more.

    >>> looks_like_markdown("See [the report](https://example.org/r) on it.")
    False
    >>> looks_like_markdown("\\n".join(f"* [Item {n}](/item/{n})" for n in range(6)))
    True
    """
    if "](" not in text:
        return False
    links = text.count("](")
    return links >= _MIN_LINKS and links >= _MIN_LINK_LINES * (text.count("\n") + 1)


_SNIFFED = 20000  # characters looked at for tags
_CHARS_PER_TAG = 1000  # markup without a head has a tag every this many characters at least
# A page is Markdown when it holds this many inline links or images, and they make up this
# share of its lines at least.
_MIN_LINKS = 5
_MIN_LINK_LINES = 0.05
