"""Page metadata from the HTML head: <title>, meta/OpenGraph tags, JSON-LD, <html lang>."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

import regex
from lxml import etree

from .authors import merge_names, split_names
from .blocks import Metadata
from .classwords import hint
from .dates import finer, parse_date
from .jsonld import LIST_SPLIT, ld_list, read_json_ld
from .normalize import normalize_inline
from .titles import (
    RANK_TITLE_CLASS,
    choose_title,
    is_only_site,
    is_section,
    is_site_name,
    owned_parts,
    site_keys,
    strip_site_name,
)

_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "sailthru.title", "parsely-title")
_SITE_KEYS = ("og:site_name", "application-name", "twitter:site", "publisher", "dc.publisher")
_DESCRIPTION_KEYS = ("og:description", "description", "twitter:description", "dc.description")
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "byl",
    "dc.creator",
    "sailthru.author",
    "parsely-author",
    "citation_author",
    "twitter:creator",
)
_PUBLISHED_KEYS = (
    "article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "og:published_time",
    "citation_date",
    "article.published",
    "published_time",
    "release_date",
    "datecreated",
)
# Publishing dates under names of a site's own ("article_date_original", "sn-post-date",
# "cXenseParse:recs:publishtime"), read when no name above has one.
_PUBLISHED_KEY = regex.compile(r"publi|post|creat|issue|original|release")
_NOT_PUBLISHED_KEY = regex.compile(r"modif|updat|expir|end|last|edit|review|print|copy")
_MODIFIED_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
    "article.updated",
)
_COPYRIGHT_KEYS = ("copyright", "dc.rights", "rights")
_TAG_KEYS = ("article:tag", "news_keywords", "parsely-tags", "sailthru.tags")
# Often the site's own search words ("news, breaking news, politics") or the title cut into
# words: a fallback (``Metadata.fallback_tags``).
_KEYWORD_KEYS = ("keywords",)
_LANGUAGE_KEYS = ("content-language", "og:locale", "language", "dc.language")
_LANGUAGE = regex.compile(r"^[a-zA-Z]{2,3}(?=$|[-_])")
_MAX_TAG_CHARS = 60  # a longer "tag" is a headline or a description
_DOMAIN = regex.compile(r"^\s*(?:[\w-]+\.)+[a-z]{2,6}\s*$")


# Every full-tree search costs about as much as the rest of the metadata work, so the
# elements metadata reads are gathered in one pass (document order within each tag).
_SCANNED = ("meta", "time", "link", "script", "title", "h1")


def read_metadata(root: etree._Element) -> Metadata:
    """Collect the page-level fields the head (and JSON-LD anywhere) declares."""
    found: dict[str, list[etree._Element]] = {tag: [] for tag in _SCANNED}
    for el in root.iter(*_SCANNED):
        found[el.tag].append(el)
    meta = _MetaValues(found["meta"], found["time"])
    ld = read_json_ld(found["script"])
    site = _site_name(meta, ld)
    url = _page_url(_canonical(found["link"]), meta.first(("og:url",)))
    title, owner = _title(root, found, meta, ld, site, url)
    author = meta.first(_AUTHOR_KEYS) or ld.get("author")
    if author and _is_link(author):
        author = ld.get("author") if ld.get("author") != author else None
    owners = _Owners(meta, ld, site)
    if author and owners.owns(author):
        author = _person_byline(meta, ld, owners) or author
    if author and author[:3].lower() == "by " and len(author) > 3:
        author = author[3:].lstrip()  # "By TOM KRISHER, AP Auto Writer", as a byline line reads
    published = finer(_iso(meta.first(_PUBLISHED_KEYS)), _iso(ld.get("datePublished")))
    modified = finer(_iso(meta.first(_MODIFIED_KEYS)), _iso(ld.get("dateModified")))
    tags = _split_tags(meta, _TAG_KEYS)
    tags += ld.get("keywords", "").split("\x1f") if ld.get("keywords") else []
    return Metadata(
        title=title or None,
        byline=author or None,
        authors=_authors(meta, ld, owners),
        date=published,
        modified=modified,
        fallback_date=None
        if published
        else meta.published_elsewhere() or _first_time(found["time"]) or _url_date(url),
        site_name=site or owner,
        language=_language(root, meta) or ld.get("inLanguage"),
        url=url,
        description=meta.first(_DESCRIPTION_KEYS) or ld.get("description"),
        tags=tidy_tags(tags),
        fallback_tags=tidy_tags(_split_tags(meta, _KEYWORD_KEYS)),
    )


def _site_name(meta: _MetaValues, ld: dict[str, str]) -> str | None:
    """The site's name: a meta tag's, else JSON-LD's publisher, else a handle ("@acme") or a
    URL's host ("http://www.acme.com" gives "www.acme.com")."""
    names = [meta.first((key,)) for key in _SITE_KEYS]
    weak = None
    for name in names:
        if name and (name.startswith("@") or "://" in name):
            weak = weak or name
        elif name:
            return name
    if ld.get("publisher"):
        return ld["publisher"]
    if weak and "://" in weak:
        return weak.split("://", 1)[1].split("/", 1)[0] or None
    return weak


def _split_tags(meta: _MetaValues, keys: tuple[str, ...]) -> list[str]:
    """The tags the meta tags under ``keys`` list, split at commas and the like."""
    return [t for key in keys for value in meta.get(key) for t in LIST_SPLIT.split(value)]


def tidy_tags(tags: list[str]) -> tuple[str, ...]:
    """Each tag once, stripped, without empty ones and without headlines posing as tags."""
    return tuple(
        dict.fromkeys(t for t in (x.strip() for x in tags) if t and len(t) < _MAX_TAG_CHARS)
    )


def _is_link(value: str) -> bool:
    """A URL, a handle or a domain where a name should be: "https://x.com/jane", "@jane",
    "example.com"."""
    return value.startswith(("http", "@")) or "/" in value or bool(_DOMAIN.match(value))


class _Owners:
    """The site, its publisher and the organisations that own the page, to tell from people.

    An author field that names one of them ("Condé Nast" beside ``article:author`` "Tom
    Bennett") says who published the page, not who wrote it.
    """

    def __init__(self, meta: _MetaValues, ld: dict[str, str], site: str | None) -> None:
        names = [meta.first((key,)) for key in _SITE_KEYS]
        self.keys = site_keys(site, ld.get("publisher"), *names, *ld_list(ld, "organizations"))
        notice = meta.first(_COPYRIGHT_KEYS) or ld.get("copyrightHolder") or ""
        self._notice = notice.casefold()

    def owns(self, name: str) -> bool:
        """True when ``name`` is the site, the publisher, an organisation or the rights holder."""
        folded = name.casefold()
        return is_site_name(name, self.keys) or bool(self._notice and folded in self._notice)


def _person_byline(meta: _MetaValues, ld: dict[str, str], owners: _Owners) -> str | None:
    """The first author field that names a person rather than an owner, else JSON-LD's people."""
    for key in _AUTHOR_KEYS:
        value = meta.first((key,))
        if value and not _is_link(value) and not owners.owns(value):
            return value
    people = [p for p in ld_list(ld, "persons") if not owners.owns(p)]
    return ", ".join(people) or None


def _authors(meta: _MetaValues, ld: dict[str, str], owners: _Owners) -> tuple[str, ...]:
    """The people the head names as authors: JSON-LD's, else those of the first author field.

    An organisation counts only when nothing else names anyone; the article's byline then
    speaks for it (``article.assemble``).
    """
    names = merge_names(*(split_names(p, owners.keys) for p in ld_list(ld, "persons")))
    if names:
        return names
    for key in _AUTHOR_KEYS:
        values = [v for v in meta.get(key) if not owners.owns(v)]
        names = merge_names(*(split_names(v, owners.keys) for v in values))
        if names:
            return names
    return ()


def _title(
    root: etree._Element,
    found: dict[str, list[etree._Element]],
    meta: _MetaValues,
    ld: dict[str, str],
    site: str | None,
    url: str | None,
) -> tuple[str | None, str | None]:
    """The headline: the visible <h1> that a stated title backs, else the best stated title;
    and the part of ``<title>`` a copyright line names (the site's name on an old page)."""
    meta_title = meta.first(_TITLE_KEYS)
    headline = ld.get("headline")
    html_title = _first_text(found["title"])
    names = [site, meta.first(("application-name",)), meta.first(("twitter:site",))]
    owner = None
    if not (meta_title or headline):
        # Old pages state no title but <title>, which is often only the site's name; the
        # link home (a logo, "Gazette Online") names the site too.
        names += _home_link_names(root, url)
        if html_title:
            # The copyright line names the site: "© 2004 The Valley Herald" owns the title
            # "The Valley Herald - Local News", or a part of it.
            notices = _copyright_lines(root)
            owned = owned_parts(html_title, notices)
            owner = owned[0].strip() if owned else None
            names += owned
    keys = site_keys(*names, url=url)
    # The wider search (more heading levels, title classes) is needed only when the page
    # states no title of its own; h1s alone are cheap to find.
    only_site = False
    if html_title is not None and not (meta_title or headline):
        left = strip_site_name(html_title, keys)
        # What is left of "Site - Local News" once the site's name goes is a section's name.
        only_site = is_only_site(left, keys) or (left != html_title and is_section(left))
    narrow = not only_site and (bool(meta_title or headline) or html_title is not None)
    title = choose_title(
        meta_title=meta_title,
        headline=headline,
        html_title=None if only_site else html_title,
        headings=_headings(
            found["h1"]
            if narrow
            else [el for el in _HEADING_PATH(root) if el.tag not in _BOLD or _bold_line(el)]
        ),
        site=keys,
        slug=_slug(url),
    )
    return title or html_title, owner


_HOME_HREFS = (
    "@href='/' or @href='./' or @href='index.html' or @href='index.htm' or @href='index.php'"
    " or @href='/index.html' or @href='/index.htm' or @href='/index.php'"
)
_HOME_PATH = etree.XPath(f"//a[{_HOME_HREFS}]")
_HOME_OR_URL_PATH = etree.XPath(f"//a[{_HOME_HREFS} or @href=$home or @href=$home_slash]")
_MAX_HOME_LINKS = 10


def _home_link_names(root: etree._Element, url: str | None) -> list[str]:
    """What the links to the site's front page say: their text, or their logo's alt text."""
    if url and "//" in url:
        scheme, _, rest = url.partition("//")
        home = f"{scheme}//{rest.split('/')[0]}"
        links = _HOME_OR_URL_PATH(root, home=home, home_slash=f"{home}/")
    else:
        links = _HOME_PATH(root)
    names = []
    for el in links[:_MAX_HOME_LINKS]:
        text = normalize_inline(element_text(el))
        if not text:
            text = normalize_inline(" ".join(_IMAGE_ALTS(el)))
        if text:
            names.append(text)
    return names


_COPYRIGHT_PATH = etree.XPath(
    "//body//text()[contains(., '©') or contains(., 'opyright') or contains(., '(c)')]"
)


def _copyright_lines(root: etree._Element) -> list[str]:
    """The page's first short texts with a copyright sign or word, case-folded."""
    return [
        str(text).casefold()
        for text in _COPYRIGHT_PATH(root)[:_MAX_HOME_LINKS]
        if len(text) < _MAX_COPYRIGHT_CHARS
    ]


_MAX_COPYRIGHT_CHARS = 300


# Elements that may hold the headline when the page states none: headings, elements whose
# class or id says "title" or "headline", and big <font>s and lines of bold type on old
# table layouts.
_HEADING_PATH = etree.XPath(
    "//h1 | //h2 | //h3 | //font[@size] | //b | //strong"
    " | //*[not(self::html or self::body or self::title"
    " or self::meta)][contains(@class, 'title') or contains(@class, 'headline')"
    " or contains(@class, 'titul') or contains(@id, 'title') or contains(@id, 'headline')"
    " or contains(@class, 'Title') or contains(@id, 'Title')]"
)
_STRING = etree.XPath("string()")


def element_text(el: etree._Element) -> str:
    """All the text inside ``el``, its descendants' included."""
    return str(_STRING(el))


_IMAGE_ALTS = etree.XPath(".//img/@alt")
_COUNT_ELEMENTS = etree.XPath("count(.//*)")
_BIG_FONT = regex.compile(r"^\s*(?:\+[1-7]|[4-7])\s*$")
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "head", "button", "select"})
_DISPLAY_NONE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.I)
_MAX_HEADINGS = 200
_MAX_HEADING_ELEMENTS = 40


def _is_hidden(el: etree._Element) -> bool:
    if el.tag in _HIDDEN_TAGS or not isinstance(el.tag, str):
        return True
    attrib = el.attrib
    return (
        "hidden" in attrib
        or attrib.get("aria-hidden") == "true"
        or bool(_DISPLAY_NONE.search(attrib.get("style") or ""))
    )


_BR = "\x00"  # a <br> in heading text; never in parsed text (NUL is taken out before parsing)


def _visible_text(el: etree._Element) -> str:
    """The element's text without hidden children; each ``<br>`` is ``_BR``."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag == "br":
            parts.append(_BR)
        elif not _is_hidden(child):
            parts.append(_visible_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


_BOLD = frozenset(("b", "strong"))
_BOLD_RANK = RANK_TITLE_CLASS + 1


def _bold_line(el: etree._Element) -> bool:
    """Is a bold element a line of its own outside a paragraph ("<td><b>Headline</b><br>")?
    A line break ends it, maybe as the first thing in the next element."""
    parent = el.getparent()
    if parent is None or parent.tag == "p" or (el.tail or "").strip():
        return False
    before = el.getprevious()
    if before is None:
        if (parent.text or "").strip():
            return False
    elif before.tag != "br" or (before.tail or "").strip():
        return False
    after = el.getnext()
    if after is not None and after.tag != "br" and not (after.text or "").strip() and len(after):
        after = after[0]
    return after is not None and after.tag == "br"


def _headings(elements: Any) -> list[tuple[int, str]]:
    """``(rank, text)`` of the visible headings among ``elements`` (in page order)."""
    found: list[tuple[int, str]] = []
    for el in elements[:_MAX_HEADINGS]:
        if (
            _is_hidden(el)
            or _COUNT_ELEMENTS(el) > _MAX_HEADING_ELEMENTS  # a wrapper, not a heading
            or any(_is_hidden(a) for a in el.iterancestors())
        ):
            continue
        raw = _visible_text(el)
        text = normalize_inline(raw.replace(_BR, " "))
        if not text:
            continue
        tag = el.tag
        if tag == "font" and not _BIG_FONT.match(el.get("size") or ""):
            continue
        if tag in _BOLD:
            found.append((_BOLD_RANK, text))  # after every heading, title class and big font
            continue
        rank = int(tag[1]) if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456" else 0
        found.append((rank or RANK_TITLE_CLASS, text))
        if _BR in raw:
            # "Headline<br>Editor Jane Doe": each line may be the headline on its own; one
            # that agrees with the stated title better than the whole does is chosen.
            lines = (normalize_inline(line) for line in raw.split(_BR))
            found += [(rank or RANK_TITLE_CLASS, line) for line in lines if line and line != text]
    return found


_EXTENSION = regex.compile(r"\.[a-z]{2,5}$")
_WORDY = regex.compile(r"[^\W\d_]{3}")


def _slug(url: str | None) -> str | None:
    """The last wordy part of a URL path: "storm-hits" in ".../storm-hits.html?x=1"."""
    if not url:
        return None
    path = url.split("?")[0].split("#")[0]
    for part in reversed(path.split("/")[3:] if "//" in path else path.split("/")):
        part = str(_EXTENSION.sub("", part))
        if _WORDY.search(part):
            return part
    return None


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    return parse_date(value) or None


_META_NAMES = ("property", "name", "http-equiv")


class _MetaValues:
    """Meta-tag values by lower-cased key, in page order (``<time itemprop>`` dates last).

    A page has dozens of meta tags and metadata reads few of their keys, so a key's
    values are normalised when it is first read.
    """

    def __init__(self, metas: list[etree._Element], times: list[etree._Element]) -> None:
        self._raw: dict[str, list[tuple[str, bool]]] = {}  # (value, is a meta content)
        self._read: dict[str, list[str]] = {}
        raw = self._raw
        for el in metas:
            # A tag may name itself several ways: property="article:published"
            # itemprop="datePublished dateCreated" is read under each of them.
            attributes = dict(el.items())
            content = attributes.get("content") or attributes.get("datetime")
            if not content:
                continue
            keys = [attributes.get(a) for a in _META_NAMES if a in attributes]
            if "itemprop" in attributes:
                keys += attributes["itemprop"].split()
            for key in dict.fromkeys(k.strip().lower() for k in keys if k and k.strip()):
                raw.setdefault(key, []).append((content, True))
        for el in times:
            key = el.get("itemprop", "").lower()
            if key in ("datepublished", "datemodified") and el.get("datetime"):
                self._raw.setdefault(key, []).append((el.get("datetime", ""), False))

    def get(self, key: str) -> list[str]:
        """The key's values: meta contents normalised (empty ones dropped), dates as written."""
        values = self._read.get(key)
        if values is None:
            raw = self._raw.get(key, [])
            values = [normalize_inline(v) if is_meta else v for v, is_meta in raw]
            values = self._read[key] = [v for v in values if v]
        return values

    def published_elsewhere(self) -> str | None:
        """The first date under a key that reads as a publishing date and is no known name."""
        for key in self._raw:
            if (
                ("date" in key or "time" in key)
                and _PUBLISHED_KEY.search(key)
                and not _NOT_PUBLISHED_KEY.search(key)
            ):
                for value in self.get(key):
                    iso = parse_date(value)
                    if iso:
                        return iso
        return None

    def first(self, keys: tuple[str, ...]) -> str | None:
        """The first value of the first key that has one."""
        for key in keys:
            values = self.get(key)
            if values:
                return values[0]
        return None


def _first_time(times: list[etree._Element]) -> str | None:
    """The date of the first ``<time datetime>`` outside furniture (``in_furniture``)."""
    for el in times:
        value = el.get("datetime")
        if value and not in_furniture(el):
            iso = parse_date(value)
            if iso:
                return iso
    return None


# A path that carries the day it was published: ".../2019/11/19/slug" (or "2019-11-19").
_URL_DATE = regex.compile(
    r"/((?:19|20)\d\d)([/-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?:[/-]|\.\w+$|$)"
)


def _url_date(url: str | None) -> str | None:
    """The day a page's URL path gives, as ISO 8601.

    >>> _url_date("https://example.com/2019/7/04/sea-wall/"), _url_date("https://example.com/2019/07/")
    ('2019-07-04', None)
    """
    if not url:
        return None
    m = _URL_DATE.search(url.split("?", 1)[0].split("#", 1)[0], url.find("//") + 2)
    if m is None:
        return None
    return parse_date(f"{m[1]}-{int(m[3]):02d}-{int(m[4]):02d}")


def microdata_date(elements: list[etree._Element]) -> str | None:
    """The first publishing date of ``itemprop="datePublished"`` elements in the body (a span
    with a ``content`` attribute, or its text) outside furniture, as ISO 8601."""
    for el in elements:
        iso = parse_date(el.get("content") or el.get("datetime") or element_text(el))
        if iso and not in_furniture(el):
            return iso
    return None


# Where a name or a date is not the page's article's: another story's card, a comment.
_FURNITURE_TAGS = frozenset({"aside", "nav", "footer"})


def in_furniture(el: etree._Element) -> bool:
    """Is ``el`` in page furniture: an aside, a nav or a footer, or an element whose id or
    classes carry a strong junk word ("related-card-author", "comment-author")? The classes
    of ``<body>`` and ``<html>`` describe the page ("site-nav-sticky"), not a part of it."""
    for node in (el, *el.iterancestors()):
        if node.tag == "body" or node.tag == "html":
            return False
        if node.tag in _FURNITURE_TAGS:
            return True
        ident, classes = node.get("id"), node.get("class")
        word = hint(ident or "", classes or "") if ident or classes else None
        if word and word[1]:
            return True
    return False


def _first_text(elements: list[etree._Element]) -> str | None:
    for el in elements:
        text = normalize_inline(element_text(el))
        if text:
            return text
    return None


def _language(root: etree._Element, meta: _MetaValues) -> str | None:
    candidates = [
        root.get("lang"),
        root.get("xml:lang"),
        meta.first(_LANGUAGE_KEYS),
    ]
    for value in candidates:
        if value:
            m = _LANGUAGE.match(value.strip())
            if m:
                return str(m.group(0)).lower()
    return None


def _page_url(canonical: str | None, og_url: str | None) -> str | None:
    """The canonical URL, made absolute against ``og:url`` when the page gives it as a path."""
    if canonical and og_url and "//" not in canonical and "//" in og_url:
        return urljoin(og_url, canonical)
    return canonical or og_url


def _canonical(links: list[etree._Element]) -> str | None:
    for el in links:
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            return str(el.get("href")).strip()
    return None
