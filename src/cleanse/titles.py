"""Headlines: site names stripped from page titles, and the headline chosen among the sources.

A page states its title several times: ``<title>`` (often with the site name and sections
around it), ``og:title`` and the JSON-LD ``headline`` (often a shorter social or SEO wording),
and the ``<h1>`` the reader sees. ``choose_title`` prefers the visible heading when a stated
title backs it, so the result is the headline as the page shows it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

import regex

from .textstats import count_words

# " - ", " | ", " – ", " — ", " :: ", " · ", " • ", " » ", " › ", " -- " and " : " between spaces.
_SEPARATOR = regex.compile(r"\s+(?:[-–—|·•»›:/]{1,2})\s+")
# " : " separates a site name only when the name is known: French puts a space before the
# colon of an ordinary subtitle ("Brexit : ce qui change").
_GENERIC_SEPARATOR = regex.compile(r"^\s+(?:[-–—|·•»›]{1,2}|::)\s+$")
_MAX_SITE_WORDS = 4
_MAX_SECTION_WORDS = 2
_MAX_PREFIX_WORDS = 3
_QUOTE_START = regex.compile(r"^[\"'‘’“”«»„‚]")
_SENTENCE_END = regex.compile(r"[.!?…]['\"’”»)]*$")
_KEY_JUNK = regex.compile(r"[\W_]+")
_HOST_JUNK = regex.compile(r"^(?:www\d?|m|amp|mobile|blog|news|en|edition)$")
# Second-level labels of country domains: "co" in express.co.uk, "com" in autoracing.com.br.
_SLD = frozenset("co com net org gov ac edu ne or go gob".split())


_QUOTE_FOLD = str.maketrans("“”„‟″«»‘’‚‛′", '"""""""\'\'\'\'\'')


def fold_title(text: str) -> str:
    """A title for comparison: case-folded, curly quotes made straight (a page's <title> and
    its headline often quote differently). It never shortens a text: the two loops that look
    for repeats of a title on every line of a page (``filters.headline``,
    ``filters.textblocks.headline_position``) turn down a line by its length before folding it.

    >>> fold_title("Council “Says No”") == fold_title('council "says no"')
    True
    """
    return text.casefold().translate(_QUOTE_FOLD)


def site_key(text: str) -> str:
    """Letters and digits only, case-folded: "CBSSports.com" -> "cbssportscom"."""
    return str(_KEY_JUNK.sub("", text.casefold()))


def site_keys(*names: str | None, url: str | None = None) -> tuple[str, ...]:
    """Comparison keys for a site's names and the main label of its URL's host.

    >>> site_keys("The Jerusalem Post | JPost.com", url="https://www.jpost.com/a/1")
    ('thejerusalempostjpostcom', 'thejerusalempost', 'jpostcom', 'jpost')
    """
    keys: list[str] = []
    for name in names:
        if not name or "://" in name:
            continue  # a URL where a name should be
        name = name.lstrip("@")
        keys.append(site_key(name))
        parts = _SEPARATOR.split(name)
        if len(parts) > 1:
            keys.extend(site_key(p) for p in parts)
    if url:
        keys.append(_host_label(url))
    return tuple(dict.fromkeys(k for k in keys if len(k) >= 2))


def url_host(url: str | None) -> str | None:
    """The host of an absolute web URL, as a site's name when nothing else names the site
    (as when a meta tag gives the site's URL for its name).

    >>> url_host("https://www.example.com/a"), url_host("/a"), url_host("http://b.example.org:80/")
    ('www.example.com', None, 'b.example.org')
    """
    if not url or not url[:8].lower().startswith(("http://", "https://")):
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host if host and "." in host else None


def _host_label(url: str) -> str:
    """The registered name in a URL's host: ``express`` for ``www.express.co.uk``."""
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return ""
    labels = [x for x in host.split(".") if x and not _HOST_JUNK.match(x)]
    if len(labels) >= 3 and labels[-2] in _SLD:
        return site_key(labels[-3])
    return site_key(labels[-2]) if len(labels) >= 2 else ""


def is_site_name(text: str, keys: Iterable[str]) -> bool:
    """True when ``text`` names the site: equal to a known name, or a short text holding one.

    >>> keys = site_keys("Express.co.uk", url="https://www.express.co.uk/news")
    >>> is_site_name("Express", keys), is_site_name("Express.co.uk News", keys)
    (True, True)
    >>> is_site_name("Express trains are late again this winter", keys)
    False
    """
    key = site_key(text)
    if not key:
        return False
    words = count_words(text)
    for site in keys:
        if key == site:
            return True
        if words > 3:
            continue
        # "CBSSports.com" holds "cbssports", "Vortex Cannon Entertainment" starts with
        # "vortexcannon"; "Space" is in "spacecom"; "CNNPolitics" starts with "cnn".
        # "Wired for sound" is a headline, not the site "wired".
        if len(site) >= 4 and site in key and 2 * len(site) >= len(key):
            return True
        if len(site) >= 8 and key.startswith(site):
            return True
        if len(key) >= 4 and key in site:
            return True
        if words == 1 and len(site) >= 3 and key.startswith(site):
            return True
    return False


def _split(title: str) -> tuple[list[str], list[str]]:
    """Segments of a title and the separators between them."""
    return _SEPARATOR.split(title), _SEPARATOR.findall(title)


def title_parts(title: str) -> list[str]:
    """The segments of a title between its separators ("Site - Section" gives both)."""
    return [part for part in _SEPARATOR.split(title) if part.strip()]


def owned_parts(title: str, notices: Sequence[str]) -> list[str]:
    """The parts of ``title`` that the page's copyright lines (``notices``, case-folded) name:
    the site's name. A part of three words or more is named also when all but its last word
    is ("Daily Gazette Online" beside "© 2003 Daily Gazette").

    >>> owned_parts("Storm hits - Daily Gazette Online", ["copyright 2003 daily gazette."])
    ['Daily Gazette Online']
    """
    owned = []
    for part in title_parts(title):
        folded = part.casefold().strip()
        words = folded.split()
        if any(folded in n for n in notices) or (
            len(words) >= 3 and any(_names_words(n, words[:-1]) for n in notices)
        ):
            owned.append(part)
    return owned


def _names_words(notice: str, words: list[str]) -> bool:
    """Does ``notice`` hold ``words`` as whole words, in a row?"""
    phrase = " ".join(words)
    at = notice.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not notice[at - 1].isalnum()) and (
            end == len(notice) or not notice[end].isalnum()
        ):
            return True
        at = notice.find(phrase, at + 1)
    return False


def strip_site_name(title: str, site: Sequence[str] = ()) -> str:
    """The headline without a site-name prefix or suffix (" - WSJ", "BBC News | ...").

    ``site`` holds keys from ``site_keys``: a segment that names the site goes, with the
    section names next to it ("| World | News | Express.co.uk"). Without a known name, a short
    last segment that does not read as part of a sentence is taken for the site, and in plain
    text (no ``site`` given) a short first one too.

    >>> strip_site_name("So Many Ways to Play - WSJ")
    'So Many Ways to Play'
    >>> strip_site_name("Blinken: US won't push allies")
    "Blinken: US won't push allies"
    >>> strip_site_name("Storm hits coast | World | News | Example.com", site_keys("Example.com"))
    'Storm hits coast'
    >>> strip_site_name("Plague in China – ‘The plague is coming’")
    'Plague in China – ‘The plague is coming’'
    """
    parts, seps = _split(title)
    if len(parts) < 2:
        return title
    start, end = 0, len(parts)
    if site:
        start, end = _cut_known(parts, seps, site)
    if (start, end) == (0, len(parts)):
        if _site_like_suffix(parts, seps):
            end -= 1
        elif not site and _site_like_prefix(parts, seps):
            start += 1
    if (start, end) == (0, len(parts)) or start >= end:
        return title
    return _join(parts[start:end], seps[start : end - 1])


def _join(parts: list[str], seps: list[str]) -> str:
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=True):
        out += sep + part
    return out


def _cut_known(parts: list[str], seps: list[str], site: Sequence[str]) -> tuple[int, int]:
    """The range of segments left once known site names (and sections beside them) go."""
    n = len(parts)
    end = n
    # The site's own name may hold a separator: "Remember 80/90 - Memorabilia anni 80/90".
    for k in range(n - 1, 0, -1):
        if site_key(_join(parts[n - k :], seps[n - k :])) in site:
            end = n - k
            break
    else:
        for i in range(1, n):
            if is_site_name(parts[i], site) and all(
                count_words(p) <= _MAX_PREFIX_WORDS for p in parts[i + 1 :]
            ):
                end = i
                break
    if end < n:
        sep = seps[end - 1]
        while end > 1 and seps[end - 2] == sep and is_section(parts[end - 1]):
            end -= 1
    start = 0
    if end > 1 and is_site_name(parts[0], site):
        start = 1
        while start < end - 1 and is_section(parts[start]):
            start += 1
    return start, end


def is_section(part: str) -> bool:
    """A section name such as "World", "Opinion" or "Smart News"."""
    words = part.split()
    return 0 < len(words) <= _MAX_SECTION_WORDS and all(w[:1].isupper() for w in words)


def _site_like(part: str) -> bool:
    return (
        0 < count_words(part) <= _MAX_SITE_WORDS
        and not _QUOTE_START.match(part)
        and not _SENTENCE_END.search(part)
    )


def _site_like_suffix(parts: list[str], seps: list[str]) -> bool:
    last = parts[-1]
    rest = sum(len(p) for p in parts[:-1])
    return bool(_GENERIC_SEPARATOR.match(seps[-1])) and _site_like(last) and len(last) < rest


def _site_like_prefix(parts: list[str], seps: list[str]) -> bool:
    first = parts[0]
    rest = sum(len(p) for p in parts[1:])
    return (
        bool(_GENERIC_SEPARATOR.match(seps[0]))
        and count_words(first) <= _MAX_PREFIX_WORDS
        and _site_like(first)
        and len(first) * 2 < rest
    )


# --- choosing among the sources ---------------------------------------------------------------

_TOKEN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[^\W_\p{Han}\p{Hiragana}\p{Katakana}]+")
_POSSESSIVE = regex.compile(r"['’]s\b", regex.IGNORECASE)
# A short token that still says something: a Chinese or Japanese character, or a Korean word
# of two syllables or more.
_SHORT_CONTENT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|\p{Hangul}{2}")
_MIN_TOKEN = 4
_STEM = 6  # "investigation" and "investigating" agree; so do Russian case endings, mostly
_MIN_AGREEMENT = 0.34
_MIN_SOLE_AGREEMENT = 0.15
_MIN_SLUG_AGREEMENT = 0.5
_MAX_HEADLINE_WORDS = 40
RANK_TITLE_CLASS = 9  # an element whose class or id says "title" or "headline"
_SLUG_SEPARATOR = regex.compile(r"[-_+.]+")


def _tokens(text: str) -> set[str]:
    """Content tokens: numbers, words of four letters or more (so no "the", "for", "и", "в"),
    Korean words of two syllables or more, and each Chinese or Japanese character."""
    found = set()
    for token in _TOKEN.findall(_POSSESSIVE.sub("", text.casefold())):
        if len(token) >= _MIN_TOKEN or token.isdigit() or _SHORT_CONTENT.match(token):
            found.add(token[:_STEM])
    return found


def agreement(a: str, b: str) -> float:
    """How far two titles share their words (Dice coefficient of content tokens, 0 to 1).

    >>> round(agreement("Julian Assange: Sweden drops rape investigation",
    ...                 "Sweden drops Assange rape investigation"), 2)
    0.91
    >>> agreement("Games", "Daily Deals: Black Friday deals are live")
    0.0
    """
    x, y = _tokens(a), _tokens(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def _truncated_by(short: str, claims: Sequence[str]) -> str:
    """A longer claim that ``short`` is a cut-off start of ("... third Beijing local to")."""
    folded = short.casefold().rstrip(" .…")
    for claim in claims:
        if len(claim) > len(short) and claim.casefold().startswith(folded):
            return claim
    return short


def choose_title(
    *,
    meta_title: str | None = None,
    headline: str | None = None,
    html_title: str | None = None,
    headings: Sequence[tuple[int, str]] = (),
    site: Sequence[str] = (),
    slug: str | None = None,
) -> str | None:
    """The page's headline from its stated titles and its visible headings.

    ``meta_title`` is ``og:title`` (or a like meta tag), ``headline`` the JSON-LD headline,
    ``html_title`` the ``<title>``; ``headings`` are ``(rank, text)`` in page order, rank 1-6
    for ``<h1>``-``<h6>`` and ``RANK_TITLE_CLASS`` for an element classed as a title; ``site``
    holds ``site_keys``; ``slug`` is the last part of the page's URL path.

    1. The ``<h1>`` that agrees best with a stated title (shares enough of its words): the
       headline as the page shows it, with its own wording, case and quotes.
    2. Else the stated title, site names stripped: JSON-LD headline (unless cut short), then
       ``og:title``, then ``<title>``.
    3. When ``<title>`` is only the site's name and nothing else states a title: the heading
       that matches the URL slug, else the most prominent heading.

    >>> choose_title(html_title="Sweden drops rape probe - BBC News",
    ...              headings=[(1, "BBC"), (1, "Julian Assange: Sweden drops rape probe")],
    ...              site=site_keys("BBC News"))
    'Julian Assange: Sweden drops rape probe'
    >>> choose_title(html_title="Daily Gazette", site=site_keys("Daily Gazette"),
    ...              headings=[(2, "Local news"), (RANK_TITLE_CLASS, "Mayor opens bridge")])
    'Mayor opens bridge'
    """
    raw = [c for c in (headline, meta_title, html_title) if c]
    claims = [strip_site_name(c, site) for c in raw]
    claims = [c for c in dict.fromkeys(claims) if c and not (site and is_only_site(c, site))]
    shown = [
        (rank, text)
        for rank, text in headings
        if 0 < count_words(text) <= _MAX_HEADLINE_WORDS and not (site and is_site_name(text, site))
    ]
    if claims:
        best = _best_h1(shown, claims)
        return best if best is not None else _truncated_by(claims[0], claims[1:])
    if shown:
        return _most_prominent(shown, slug)
    return raw[0] if raw else None


def _best_h1(shown: Sequence[tuple[int, str]], claims: Sequence[str]) -> str | None:
    """The ``<h1>`` that agrees best with a claim: well enough, or alone in agreeing at all.

    A headline reworded for search or social media keeps only a few of the shown words
    ("53-летняя модель: «Посмотри на красотку…»" against "53-летняя модель рассказала…"),
    so a weak agreement is enough when no other ``<h1>`` shares anything with the claims.
    """
    scored: dict[str, float] = {}
    for rank, text in shown:
        if rank == 1 and text not in scored:
            scored[text] = max(_backing(text, c) for c in claims)
    if not scored:
        return None
    best = max(scored, key=scored.__getitem__)
    score = scored[best]
    alone = sum(1 for v in scored.values() if v > 0) == 1
    if score >= _MIN_AGREEMENT or (alone and score >= _MIN_SOLE_AGREEMENT):
        return best
    return None


def _backing(heading: str, claim: str) -> float:
    """``agreement``, when the heading shares two words of the claim (or all, if it has fewer).

    A section label is not the headline it shares a word with: "Politics" against
    "Politics: the week ahead in Westminster" shares one word of four.
    """
    x, y = _tokens(heading), _tokens(claim)
    if not x or not y or len(x & y) < min(2, len(y)):
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def is_only_site(title: str, site: Sequence[str]) -> bool:
    """True for a title that is the site's name, or part of it ("Quanta" for "Quanta Magazine").

    >>> is_only_site("Quanta", site_keys("Quanta Magazine")), is_only_site("Quanta leap", ())
    (True, False)
    """
    key = site_key(title)
    return key in site or (len(key) >= 4 and any(key in s for s in site))


def _most_prominent(shown: Sequence[tuple[int, str]], slug: str | None) -> str:
    """The heading the URL slug names, else the first of the highest rank."""
    if slug:
        words = " ".join(_SLUG_SEPARATOR.split(slug))
        scored = [(agreement(text, words), -i) for i, (_, text) in enumerate(shown)]
        score, at = max(scored)
        if score >= _MIN_SLUG_AGREEMENT:
            return shown[-at][1]
    top = min(_prominence(rank) for rank, _ in shown)
    return next(text for rank, text in shown if _prominence(rank) == top)


def _prominence(rank: int) -> float:
    """Lower is more prominent: ``<h1>``, then an element classed as a title, then h2-h6."""
    return 1.5 if rank == RANK_TITLE_CLASS else rank
