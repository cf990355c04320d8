"""JSON-LD in a page's head: the first Article-like object's fields, and its authors.

Values come back as strings by schema.org key (``headline``, ``datePublished``, ``author``,
...); lists (``keywords``, ``persons``, ``organizations``) are joined by U+001F (``ld_list``).
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from typing import Any

import regex
from lxml import etree

from .normalize import normalize_inline

# A list in one string ("a, b; c | d"). A match starts only where a run of spaces does (or
# where the last one ended): tried inside a long run too, it would cost the run's length
# squared.
LIST_SPLIT = regex.compile(r"(?:\G|(?<!\s))\s*[,;|]\s*")


def read_json_ld(scripts: list[etree._Element]) -> dict[str, str]:
    """The article fields of the page's JSON-LD (the first Article-like object found)."""
    found: dict[str, str] = {}
    for el in scripts:
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except (ValueError, RecursionError):  # nested deeper than the parser goes
            continue
        for item in _walk_ld(data):
            _read_ld_item(item, found)
    return found


# JSON-LD objects sit a few levels deep at most; deeper nesting is junk, not read.
_LD_DEPTH = 16


def _walk_ld(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > _LD_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_ld(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _walk_ld(data["@graph"], depth + 1)


def _name(value: Any, depth: int = 0) -> str | None:
    if isinstance(value, str):
        return normalize_inline(value) or None
    if depth > _LD_DEPTH:
        return None
    if isinstance(value, dict):
        return _name(value.get("name"), depth + 1)
    if isinstance(value, list):
        names = [n for n in (_name(v, depth + 1) for v in value) if n]
        return ", ".join(names) or None
    return None


def _read_ld_item(item: dict[str, Any], found: dict[str, str]) -> None:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    if not any(
        isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "Report", "WebPage"))
        for k in kinds
    ):
        return
    for key in ("headline", "datePublished", "dateModified", "description", "inLanguage"):
        value = _name(item.get(key))
        if value and "&" in value:
            value = html.unescape(value)  # "&#8217;" written into the JSON by some CMSs
        if value and key not in found:
            found[key] = value
    for key in ("author", "publisher", "copyrightHolder"):
        value = _name(item.get(key))
        if value and key not in found:
            found[key] = value
            if key == "author":
                _read_ld_authors(item.get(key), found)
    keywords = item.get("keywords")
    if keywords and "keywords" not in found:
        if isinstance(keywords, str):
            keywords = LIST_SPLIT.split(keywords)
        if isinstance(keywords, list):
            found["keywords"] = "\x1f".join(str(k) for k in keywords if isinstance(k, str))


# Schema.org types of authors that are not people.
_ORGANIZATION_TYPES = ("Organization", "Corporation")  # also NewsMediaOrganization, ...


def _read_ld_authors(value: Any, found: dict[str, str]) -> None:
    """Store the names of a JSON-LD ``author`` (an object, a string or a list of them) as
    ``persons`` and ``organizations``; an author without a ``@type`` counts as a person."""
    people: list[str] = []
    organizations: list[str] = []
    _collect_authors(value, people, organizations, 0)
    if people:
        found["persons"] = "\x1f".join(people)
    if organizations:
        found["organizations"] = "\x1f".join(organizations)


def _collect_authors(value: Any, people: list[str], organizations: list[str], depth: int) -> None:
    if depth > _LD_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            _collect_authors(item, people, organizations, depth + 1)
        return
    name = _name(value.get("name")) if isinstance(value, dict) else _name(value)
    if not name:
        return
    kind = value.get("@type") if isinstance(value, dict) else None
    kinds = kind if isinstance(kind, list) else [kind]
    if any(isinstance(k, str) and k.endswith(_ORGANIZATION_TYPES) for k in kinds):
        organizations.append(name)
    else:
        people.append(html.unescape(name) if "&" in name else name)


def ld_list(ld: dict[str, str], key: str) -> list[str]:
    """A list ``read_json_ld`` stored joined by U+001F (``persons``, ``organizations``)."""
    value = ld.get(key)
    return value.split("\x1f") if value else []
