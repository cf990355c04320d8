"""HTML -> blocks: one walk over the lxml tree, cutting visible text into typed blocks.

Each block knows its kind (heading level, paragraph, list item, quote, code, caption, table
row), its container chain (``Document.containers``: tag, id, classes, role of each element
above it), its DOM path and its link density. Invisible content (script, style, template, ``hidden``, ``aria-hidden``,
inline ``display:none``, screen-reader-only text) never becomes text. Inline text is
normalised like plain text (``cleanse.normalize``), with every run of whitespace one space and
line breaks only from ``<br>`` and ``<pre>``. The document text is the blocks' text joined by
blank lines; block spans index it.
"""

from __future__ import annotations

import re
from typing import Any

import regex
from lxml import etree

from .blocks import Block, Container, Document, Kind
from .htmlmeta import read_metadata
from .normalize import normalize, normalize_line
from .textstats import count_words

_INVISIBLE = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "select", "button", "input", "textarea", "head", "title", "map", "audio",
    "video", "datalist", "dialog", etree.Comment, etree.ProcessingInstruction,
)  # fmt: skip
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)", regex.I)
_SR_CLASS = regex.compile(
    r"(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader[\w-]*)(?:\s|$)"
)
_BLOCK = frozenset(
    "p div section article main header footer nav aside h1 h2 h3 h4 h5 h6 li ul ol dl dt dd "
    "blockquote pre table thead tbody tfoot tr td th figure figcaption form address details "
    "summary hr center fieldset legend caption body html menu hgroup".split()
)
_LAYOUT_IN_TABLE = tuple(
    _BLOCK - {"tr", "td", "th", "thead", "tbody", "tfoot", "caption", "body", "html"}
)
_KIND_OF = {
    "li": Kind.LIST_ITEM, "dd": Kind.LIST_ITEM, "dt": Kind.LIST_ITEM,
    "blockquote": Kind.QUOTE, "pre": Kind.CODE, "figcaption": Kind.CAPTION,
    "caption": Kind.CAPTION, "tr": Kind.TABLE,
    **{f"h{n}": Kind.HEADING for n in range(1, 7)},
}  # fmt: skip
_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]*>")
_END_TAGS = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
_BREAK = "\x00"  # stands for <br> while inline text is gathered; never in parsed text
_PARSER = etree.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, recover=True
)


def parse_html(html: str) -> etree._Element | None:
    """Parse markup with lxml; None when there is no document to speak of."""
    # lxml turns NUL into U+FFFD; browsers (and the plain-text path) drop it.
    html = _XML_DECLARATION.sub("", html, count=1).replace("\x00", "")
    # libxml2 drops what follows a stray </body> or </html>; browsers show it.
    html = _END_TAGS.sub("", html)
    if not html.strip():
        return None
    try:
        root = etree.fromstring(html.encode("utf-8", "surrogatepass"), _PARSER)
    except (etree.ParserError, ValueError, UnicodeEncodeError):
        return None
    return root


def html_to_document(html: str) -> Document:
    """Parse ``html`` and cut its visible text into blocks, with the page metadata.

    >>> doc = html_to_document("<h1>Hi</h1><p>One <a href=x>link</a>.</p><script>x()</script>")
    >>> [(b.kind.value, b.text, round(b.link_density, 2)) for b in doc.blocks]
    [('heading', 'Hi', 0.0), ('paragraph', 'One link.', 0.5)]
    """
    root = parse_html(html)
    if root is None:
        return Document("", (), "html")
    metadata = read_metadata(root)
    etree.strip_elements(root, *_INVISIBLE, with_tail=False)
    walker = _Walker()
    walker.walk(root)
    return Document(
        "\n\n".join(b.text for b in walker.blocks),
        tuple(walker.blocks),
        "html",
        metadata,
        tuple(walker.containers),
    )


def _hidden(attrib: Any) -> bool:
    """Hidden by attribute, inline style or a screen-reader-only class."""
    if "hidden" in attrib or (attrib.get("aria-hidden") or "").lower() == "true":
        return True
    style = attrib.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    classes = attrib.get("class")
    return bool(classes) and _SR_CLASS.search(classes) is not None


def _is_data_table(table: etree._Element) -> bool:
    """A table of data (rows of short cells) rather than a page layout: no blocks in its cells."""
    return all(el is table for el in table.iter(*_LAYOUT_IN_TABLE))


def _visible_length(text: str) -> int:
    """Characters that are not whitespace (link density compares these)."""
    if text.isascii() and "\n" not in text and "\t" not in text:
        return len(text) - text.count(" ")
    return len("".join(text.split()))


def _clean_attribute(value: str | None) -> str:
    if not value:
        return ""
    if value.isascii() and value.isprintable() and "  " not in value and value.strip() == value:
        return value
    return " ".join(value.split())


def _inline_text(raw: str, keep_lines: bool) -> str:
    """Whitespace-normalised text of one block; ``<br>`` (and ``<pre>`` lines) become ``\\n``."""
    if keep_lines:
        return normalize(raw.replace(_BREAK, "\n"))
    if _BREAK not in raw:
        return normalize_line(raw)
    lines = (normalize_line(part) for part in raw.split(_BREAK))
    return "\n".join(line for line in lines if line)


class _Walker:
    """The single pass over the tree; collects blocks and containers."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.containers: list[Container] = []
        self._paths: dict[int, str] = {}
        self._stack: list[int] = []  # open container indexes
        self._kinds: list[tuple[Kind, int]] = []  # open kind-giving elements and their depth
        self._parts: list[str] = []
        self._link_chars = 0
        self._links = 0
        self._position = 0
        self._data_tables = 0

    def walk(self, root: etree._Element) -> None:
        # One loop with local names: this runs for every element of every page.
        walker = etree.iterwalk(root, events=("start", "end"))
        skipped: etree._Element | None = None
        parts = self._parts
        block_tags = _BLOCK
        anchors: list[bool] = []
        for event, el in walker:
            tag = el.tag
            if event == "start":
                attrib = el.attrib
                if attrib and _hidden(attrib):
                    walker.skip_subtree()
                    skipped = el
                    continue
                if tag == "a":
                    # A heading's permalink ("#part-2") is not a way off the article, so
                    # its text does not count as linked; elsewhere "#share" is a widget.
                    href = (attrib.get("href") or "").strip() if attrib else ""
                    counted = not (
                        href.startswith("#")
                        and len(href) > 1
                        and self._kinds
                        and self._kinds[-1][0] is Kind.HEADING
                    )
                    anchors.append(counted)
                    self._links += counted
                elif tag == "br":
                    parts.append(_BREAK)
                elif tag in block_tags:
                    if self._data_tables and (tag == "td" or tag == "th"):
                        parts.append(" | ")
                    else:
                        if parts:
                            self._flush()
                        self._push(el, tag, attrib)
                text = el.text
                if text:
                    parts.append(text)
                    if self._links:
                        self._link_chars += _visible_length(text)
                continue
            if el is skipped:
                skipped = None
            elif tag == "a":
                self._links -= anchors.pop() if anchors else 0
            elif tag in block_tags and not (self._data_tables and (tag == "td" or tag == "th")):
                if parts:
                    self._flush()
                self._pop(tag)
            tail = el.tail
            if tail:
                parts.append(tail)
                if self._links:
                    self._link_chars += _visible_length(tail)

    def _pop(self, tag: str) -> None:
        self._stack.pop()
        if self._kinds and self._kinds[-1][1] == len(self._stack):
            self._kinds.pop()
        if tag == "table" and self._data_tables:
            self._data_tables -= 1

    def _push(self, el: etree._Element, tag: str, attrib: Any) -> None:
        parent = self._stack[-1] if self._stack else -1
        if attrib:
            ident = _clean_attribute(attrib.get("id"))
            classes = _clean_attribute(attrib.get("class"))
            role = _clean_attribute(attrib.get("role")).lower()
            box = Container(tag, parent, len(self._stack), ident, classes, role)
        else:
            box = Container(tag, parent, len(self._stack))
        self.containers.append(box)
        kind = _KIND_OF.get(tag)
        if tag == "table" and (self._data_tables or _is_data_table(el)):
            self._data_tables += 1
        if kind is Kind.TABLE and not self._data_tables:
            kind = None
        if kind is not None:
            self._kinds.append((kind, len(self._stack)))
        self._stack.append(len(self.containers) - 1)

    def _flush(self) -> None:
        raw = "".join(self._parts)
        link_chars = self._link_chars
        self._parts.clear()
        self._link_chars = 0
        if raw.isspace():
            return
        kind, depth = self._kinds[-1] if self._kinds else (Kind.PARAGRAPH, 0)
        text = _inline_text(raw, keep_lines=kind is Kind.CODE)
        if kind is Kind.TABLE:
            text = text.strip("| ").replace("\n", " ")
        if not text:
            return
        container = self._stack[-1] if self._stack else -1
        level = int(self.containers[self._stack[depth]].tag[1]) if kind is Kind.HEADING else 0
        start = self._position
        self._position += len(text) + 2
        visible = _visible_length(text)
        self.blocks.append(
            Block(
                len(self.blocks), text, kind, start, start + len(text), group=container,
                level=level, path=self._path(container),
                link_density=min(1.0, link_chars / visible) if visible else 0.0,
                words=count_words(text),
            )
        )  # fmt: skip

    def _path(self, container: int) -> str:
        """``article#main > div.body > p``: the labels of the container chain, below body."""
        if container < 0:
            return ""
        found = self._paths.get(container)
        if found is None:
            c = self.containers[container]
            above = self._path(c.parent)
            label = "" if c.tag in ("html", "body") else c.label
            found = f"{above} > {label}" if above and label else above or label
            self._paths[container] = found
        return found
