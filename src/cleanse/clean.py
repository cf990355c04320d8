"""``clean``: read the source, cut it into blocks, run the pipeline, assemble the article."""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

from .article import Article, assemble
from .blocks import Document
from .defaults import default_pipeline
from .errors import InputError
from .language import detect_language
from .markdown import markdown_to_document
from .pipeline import Pipeline
from .source import decode_utf8_aware, sniff_kind
from .text import text_to_document

SourceKind = Literal["auto", "text", "html", "markdown"]


def clean(source: Any, *, pipeline: Pipeline | None = None, kind: SourceKind = "auto") -> Article:
    """Clean a page (HTML or plain text; ``str``, ``bytes`` or a bs4 object) into an Article.

    >>> article = clean("Big news\\n\\nIt happened today.\\n\\nLoad more")
    >>> article.title, article.text, [r.reason for r in article.removed]
    ('Big news', 'It happened today.', ['more_link'])
    """
    document = read(source, kind=kind)
    language = document.metadata.language or detect_language(document.text)
    verdicts = (pipeline if pipeline is not None else _default()).run(document, language)
    return assemble(document, verdicts, language)


@cache
def _default() -> Pipeline:
    """The default pipeline, built once: its filters keep no state between pages."""
    return default_pipeline()


def read(source: Any, *, kind: SourceKind = "auto") -> Document:
    """Turn the caller's source into a Document (decoded, normalised, segmented)."""
    if kind not in ("auto", "text", "html", "markdown"):
        raise InputError(f"kind must be 'auto', 'text', 'html' or 'markdown', not {kind!r}")
    utf8 = None
    if isinstance(source, (bytes, bytearray, memoryview)):
        raw = bytes(source)
        source, same = decode_utf8_aware(raw)
        utf8 = raw if same else None
    elif not isinstance(source, str):
        source = _from_soup(source)
        kind = "html" if kind == "auto" else kind
    if kind == "auto":
        kind = sniff_kind(source)  # type: ignore[assignment]
    if kind == "html":
        from .html import html_to_document

        return html_to_document(source, utf8=utf8)
    if kind == "markdown":
        return markdown_to_document(source)
    return text_to_document(source)


def _from_soup(source: Any) -> str:
    """Markup of a bs4 ``BeautifulSoup`` or ``Tag``; anything else is an InputError."""
    try:
        from bs4.element import Tag
    except ImportError:  # pragma: no cover - bs4 is a dependency
        Tag = ()  # type: ignore[assignment,misc]
    if isinstance(source, Tag):
        return str(source)
    raise InputError(
        f"cannot clean a {type(source).__name__}: give str, bytes or a bs4 BeautifulSoup/Tag"
    )
