"""Person names from a byline or an author field: "Jane Doe and John Roe, CNN" -> two names.

Every name returned is a span of the text it came from (nothing is re-cased or re-spelled),
so a caller can always find it in its source.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from .titles import is_site_name, site_key

# Words that join two names in a byline ("and" in the languages the byline labels cover).
# "y", "e" and "i" also join the parts of one surname ("Ortega y Gasset", "Puig i Cadafalch"):
# ``_PAIRING``.
CONJUNCTIONS = frozenset("and und et y e i og och ja & with".split())
_PAIRING = frozenset("y e i".split())
_JOINING = "|".join(sorted(CONJUNCTIONS - _PAIRING | {"AND", "And"}, key=lambda w: (-len(w), w)))
# A match starts only where a run of spaces does (or where the last match ended): tried inside
# a long run too, it would cost the run's length squared.
_SEPARATOR = regex.compile(
    r"(?:\G|(?<!\s))(?:"
    r"\s*[,;|/•·、，]\s*(?:(?:and|AND|&)\s+)?"  # a list: "A, B, and C"
    r"|\s+[-–—]\s+"  # a role or a date after a dash: "Jane Doe - Staff Writer"
    r"|(?<=\p{Ll}\p{Ll})\.\s+"  # a sentence stop, not an initial: "Jane Doe. Sputnik"
    rf"|\s+(?:{_JOINING}|{'|'.join(sorted(_PAIRING))})\s+"
    r")"
)
# What is not a name and is cut out before splitting: e-mail addresses, URLs, @handles and
# anything in brackets ("(Reuters)", "(editor)").
_NOT_NAME_SPANS = regex.compile(
    r"(?<!\S)\S+@\S+\.\S+|(?:https?://|www\.)\S+|@\w+|[(\[][^()\[\]]*[)\]]", regex.IGNORECASE
)
# "By ", "Analysis by ", "Additional reporting by " before a name.
_LABEL = regex.compile(r"^(?:[\p{L}-]+\s+){0,2}?by\s+", regex.IGNORECASE)
# A capitalised word right before a bracket and right after it (a nickname's place).
_NAME_BEFORE = regex.compile(r"(?:^|[,;|/&]|\b(?:and|by|By|BY)\b)\s*\p{Lu}\p{L}*\s+$")
_NAME_AFTER = regex.compile(r"\s+\p{Lu}\p{L}")
_EDGE_JUNK = regex.compile(r"^[\s:;,|\"'“”–—-]+|[\s:;,|\"'“”–—-]+$")
_DOMAIN = regex.compile(r"\p{L}{2,}\.\p{L}{2,}")
# What follows a comma inside one name: a suffix ("Jane Doe, Jr.") or the initials of a name
# written surname first ("Doe, J. R.", as citations and Dublin Core metadata write it).
_SUFFIX = regex.compile(r"^(?:Jr|Sr|Jnr|Snr)\.?$|^(?:II|III|IV)$|^(?:\p{Lu}\.\s?){1,3}$")
# Words that make a piece a role, a desk or an outlet rather than a person ("AP Auto Writer",
# "HNN Staff", "CNN Editor-at-large", "Staff Reports"); compared case-folded.
_ROLE_WORDS = frozenset(
    """staff writer writers reporter reporters correspondent correspondents editor editors
    editorial contributor contributors contributing columnist bureau desk team newsroom wire
    news agency agencies admin administrator press reuters xinhua bloomberg""".split()
)
# News agencies and outlets written as acronyms; compared as written ("Ap" is a Welsh name part).
_AGENCY_ACRONYMS = frozenset("AP AFP UPI PTI IANS ANI CNN BBC EFE ANSA TASS DPA dpa AAP".split())
# Degrees after a name: "Rachael Link, MS, RD" (one-word pieces only: "Ma" is a surname).
_CREDENTIALS = frozenset("phd msc mba mph bsc md rn rd rdn ms ma".split())
_WORDS = regex.compile(r"[\p{L}\p{M}]+")
_MAX_NAME_WORDS = 7
_MAX_ACRONYM = 5
_MAX_CHARS = 1000  # longer is a paragraph, not a byline (and the splitting stays linear)


def split_names(text: str, site_names: Sequence[str] = ()) -> tuple[str, ...]:
    """The person names in ``text``, in order, without outlets, roles, dates or addresses.

    ``site_names`` are comparison keys (``titles.site_keys``) of the site and its publisher:
    a piece that names them is the outlet, not an author.

    >>> split_names("Jeremy Herb, Lauren del Valle and Kara Scannell, CNN")
    ('Jeremy Herb', 'Lauren del Valle', 'Kara Scannell')
    >>> split_names("By TOM KRISHER, AP Auto Writer")
    ('TOM KRISHER',)
    """
    if len(text) > _MAX_CHARS:
        return ()
    names = [_caps_name(_clean(piece)) for piece in _drop_affiliation(_pieces(text))]
    return merge_names([n for n in names if n and _is_person(n, site_names)])


def merge_names(*groups: Iterable[str]) -> tuple[str, ...]:
    """The names of several lists in order, each once (compared case-insensitively)."""
    seen: dict[str, str] = {}
    for group in groups:
        for name in group:
            seen.setdefault(" ".join(name.casefold().split()), name)
    return tuple(seen.values())


def _pieces(text: str) -> list[tuple[str, str]]:
    """``(separator before, piece)`` for ``text`` cut at separators; what is no name
    (addresses, handles, brackets) is cut out first."""
    text = _NOT_NAME_SPANS.sub(lambda m: m[0] if _nickname(text, m) else " | ", text)
    pieces: list[tuple[str, str]] = []
    position, before = 0, ""
    for m in _SEPARATOR.finditer(text):
        left = text[position : m.start()].strip()
        if not _inside_name(text, left, m):
            pieces.append((before, left))
            position, before = m.end(), m[0].strip()
    pieces.append((before, text[position:].strip()))
    return [(sep, piece) for sep, piece in pieces if piece]


def _nickname(text: str, m: regex.Match[str]) -> bool:
    """Is the bracketed span ``m`` a nickname between a first name and a surname ("Richard
    (R.J.) Eskow"), not a note after a name ("Jane Doe (Reuters)")? A nickname stays in the
    name it belongs to."""
    return (
        m[0][0] in "(["
        and _NAME_BEFORE.search(text, 0, m.start()) is not None
        and _NAME_AFTER.match(text, m.end()) is not None
    )


def _inside_name(text: str, left: str, m: regex.Match[str]) -> bool:
    """True when the separator ``m`` (after ``left``) is part of a name, not between two."""
    sep = m[0].strip()
    if sep == ",":
        return bool(_SUFFIX.match(_next_piece(text, m.end()).strip()))  # "Jane Doe, Jr.", "Doe, J."
    return sep in _PAIRING and _joins_surname(left, _next_piece(text, m.end()))


def _drop_affiliation(pieces: list[tuple[str, str]]) -> list[str]:
    """The pieces without a trailing one-word outlet: "Victor Tangermann, Futurism".

    Bylines name people in full; one word after a comma at the end of a list that has a full
    name is where the outlet goes.
    """
    texts = [piece for _, piece in pieces]
    last_is_outlet = len(pieces) > 1 and pieces[-1][0] in ",/|-–—" and " " not in texts[-1]
    if last_is_outlet and any(" " in t for t in texts[:-1]):
        texts.pop()
    return texts


def _clean(piece: str) -> str:
    """The piece without a "By" label and stray punctuation at its ends."""
    label = _LABEL.match(piece)
    return str(_EDGE_JUNK.sub("", piece[label.end() if label else 0 :]))


def _caps_name(piece: str) -> str:
    """A name in capitals without the words after it that are not ("JANE DOE Envoyée
    spéciale à Paris" gives "JANE DOE"): the byline's role or place.

    >>> _caps_name("JANE DOE Envoyée spéciale"), _caps_name("JANE DOE"), _caps_name("Jo DOE")
    ('JANE DOE', 'JANE DOE', 'Jo DOE')
    """
    words = piece.split(" ")
    caps = 0
    while caps < len(words) and words[caps].isupper() and len(words[caps]) > 1:
        caps += 1
    if caps < 2 or caps == len(words) or _SUFFIX.match(" ".join(words[caps:])):
        return piece  # "JANE DOE Jr." keeps its suffix
    return " ".join(words[:caps])


def _is_person(name: str, site_names: Sequence[str]) -> bool:
    """True unless ``name`` is a role, an outlet, a credential, a date or lower-case text."""
    words = name.split()
    letters = _WORDS.findall(name)
    if not letters or len(words) > _MAX_NAME_WORDS or words[0] in ("The", "THE"):
        return False
    if any(c.isdigit() for c in name) or _DOMAIN.search(name):
        return False
    if any(w.casefold() in _ROLE_WORDS or w in _AGENCY_ACRONYMS for w in letters):
        return False
    if len(words) == 1 and (
        (name.isupper() and len(name) <= _MAX_ACRONYM) or name.casefold() in _CREDENTIALS
    ):
        return False
    if not any(w[0].isupper() for w in letters) and any(w[0].islower() for w in letters):
        return False
    return not _names_site(name, site_names)


def _names_site(name: str, site_names: Sequence[str]) -> bool:
    """True when ``name`` is the site's name, or one word that starts it ("Sky", "Sky News")."""
    if is_site_name(name, site_names):
        return True
    key = site_key(name)
    return " " not in name and len(key) >= 3 and any(s.startswith(key) for s in site_names)


def _next_piece(text: str, start: int) -> str:
    """The text from ``start`` up to the next separator."""
    m = _SEPARATOR.search(text, start)
    return text[start : m.start() if m else len(text)]


def _joins_surname(left: str, right: str) -> bool:
    """True when "y"/"e"/"i" between ``left`` and ``right`` joins one surname, not two people.

    "José Ortega y Gasset" (a full name, then one word) is one person; "Anna i Piotr Nowak"
    and "Pedro y María" are two.
    """
    return len(right.split()) == 1 and len(left.split()) >= 2
