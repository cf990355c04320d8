"""HTML -> blocks: one walk over the lxml tree, cutting visible text into typed blocks.

Each block knows its kind (heading level, paragraph, list item, quote, code, caption, table
row), its container chain (``Document.containers``), the tag/class/id/role tokens above it and
its link density. Invisible content (script, style, template, ``hidden``, ``aria-hidden``,
inline ``display:none``) never becomes text. The document text is the blocks' text joined by
blank lines; block spans index it.
"""

from __future__ import annotations

import regex
from lxml import etree

from .blocks import Block, Container, Document, Kind, Metadata
from .htmlmeta import read_metadata
from .normalize import normalize
from .textstats import count_words

_SKIP = frozenset(
    "script style noscript template svg math iframe object embed canvas select option "
    "button input textarea head meta link title map audio video source track datalist "
    "dialog".split()
)
_BLOCK = frozenset(
    "p div section article main header footer nav aside h1 h2 h3 h4 h5 h6 li ul ol dl dt dd "
    "blockquote pre table thead tbody tfoot tr td th figure figcaption form address details "
    "summary hr center fieldset legend caption body html menu hgroup".split()
)
_KIND_OF = {
    "li": Kind.LIST_ITEM,
    "dd": Kind.LIST_ITEM,
    "dt": Kind.LIST_ITEM,
    "blockquote": Kind.QUOTE,
    "pre": Kind.CODE,
    "figcaption": Kind.CAPTION,
    "caption": Kind.CAPTION,
    "tr": Kind.TABLE,
    **{f"h{n}": Kind.HEADING for n in range(1, 7)},
}
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.I)
_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]*>")
_TOKEN_SPLIT = regex.compile(r"[\s]+")
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True)


def parse_html(html: str) -> etree._Element | None:
    """Parse markup with lxml; None when there is no document to speak of."""
    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        return None
    try:
        return etree.fromstring(html, _PARSER)
    except (etree.ParserError, ValueError):
        return None


def html_to_document(html: str) -> Document:
    """Parse ``html`` and cut its visible text into blocks, with the page metadata.

    >>> doc = html_to_document("<h1>Hi</h1><p>One <a href=x>link</a>.</p><script>x()</script>")
    >>> [(b.kind.value, b.text, round(b.link_density, 2)) for b in doc.blocks]
    [('heading', 'Hi', 0.0), ('paragraph', 'One link.', 0.5)]
    """
    root = parse_html(html)
    if root is None:
        return Document("", (), "html")
    walker = _Walker()
    walker.walk(root)
    return Document(
        walker.text(), tuple(walker.blocks), "html", read_metadata(root), tuple(walker.containers)
    )


def _hidden(el: etree._Element) -> bool:
    attrib = el.attrib
    if not attrib:
        return False
    if "hidden" in attrib or attrib.get("aria-hidden") == "true":
        return True
    style = attrib.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None


def _is_data_table(table: etree._Element) -> bool:
    """A table of data (rows of short cells) rather than a page layout."""
    for el in table.iter("table", "p", "div", "ul", "ol", "h1", "h2", "h3", "blockquote"):
        if el is not table:
            return False
    return True


class _Walker:
    """The single pass over the tree; collects blocks and containers."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.containers: list[Container] = []
        self._tokens: list[frozenset[str]] = []
        self._stack: list[int] = []  # open container indexes
        self._kinds: list[tuple[Kind, int]] = []  # open kind-giving elements
        self._parts: list[str] = []
        self._link_chars = 0
        self._links = 0
        self._position = 0
        self._texts: list[str] = []
        self._data_tables = 0

    def walk(self, root: etree._Element) -> None:
        walker = etree.iterwalk(root, events=("start", "end"))
        skipped: etree._Element | None = None
        for event, el in walker:
            tag = el.tag if isinstance(el.tag, str) else ""
            if event == "start":
                if tag.lower() in _SKIP or _hidden(el):
                    walker.skip_subtree()
                    skipped = el
                    continue
                self._open(el, tag.lower())
            else:
                if el is skipped:
                    skipped = None
                else:
                    self._close(tag.lower())
                if el.tail:
                    self._add(el.tail)

    def _add(self, text: str) -> None:
        self._parts.append(text)
        if self._links:
            self._link_chars += len("".join(text.split()))

    def _open(self, el: etree._Element, tag: str) -> None:
        if tag == "br":
            self._parts.append("\n")
        elif tag == "a":
            self._links += 1
        elif tag in ("td", "th") and self._data_tables:
            self._parts.append(" | ")
        elif tag in _BLOCK:
            self._flush()
            self._push(el, tag)
        if el.text:
            self._add(el.text)

    def _close(self, tag: str) -> None:
        if tag == "a":
            self._links = max(0, self._links - 1)
        elif tag in ("td", "th") and self._data_tables:
            return
        elif tag in _BLOCK:
            self._flush()
            self._stack.pop()
            if self._kinds and self._kinds[-1][1] == len(self._stack):
                self._kinds.pop()
            if tag == "table" and self._data_tables:
                self._data_tables -= 1

    def _push(self, el: etree._Element, tag: str) -> None:
        attrib = el.attrib
        ident = (attrib.get("id") or "").strip()
        classes = " ".join(_TOKEN_SPLIT.split((attrib.get("class") or "").strip()))
        role = (attrib.get("role") or "").strip().lower()
        parent = self._stack[-1] if self._stack else -1
        self.containers.append(Container(tag, parent, len(self._stack), ident, classes, role))
        own = {tag}
        if tag not in ("body", "html"):
            own.update(t for t in f"{ident} {classes} {role}".lower().split() if t)
        inherited = self._tokens[parent] if parent >= 0 else frozenset()
        self._tokens.append(inherited | own if own - inherited else inherited)
        kind = _KIND_OF.get(tag)
        if tag == "table" and (self._data_tables or _is_data_table(el)):
            self._data_tables += 1
        if kind is Kind.TABLE and not self._data_tables:
            kind = None
        if kind is not None:
            self._kinds.append((kind, len(self._stack)))
        self._stack.append(len(self.containers) - 1)
        self._last_tag = tag

    def _flush(self) -> None:
        if not self._parts:
            return
        raw = "".join(self._parts)
        link_chars = self._link_chars
        self._parts = []
        self._link_chars = 0
        text = normalize(raw)
        if not text:
            return
        if self._kinds:
            kind, depth = self._kinds[-1]
            if kind is Kind.TABLE:
                text = text.strip("| ").replace("\n", " ")
        else:
            kind, depth = Kind.PARAGRAPH, 0
        if not text:
            return
        container = self._stack[-1] if self._stack else -1
        level = 0
        if kind is Kind.HEADING:
            level = int(self.containers[self._stack[depth]].tag[1])
        start = self._position
        self._position += len(text) + 2
        self._texts.append(text)
        visible = sum(1 for c in text if not c.isspace())
        self.blocks.append(
            Block(
                len(self.blocks),
                text,
                kind,
                start,
                start + len(text),
                group=container,
                level=level,
                path=self._path(container),
                tokens=self._tokens[container] if container >= 0 else frozenset(),
                link_density=min(1.0, link_chars / visible) if visible else 0.0,
                words=count_words(text),
            )
        )

    def _path(self, container: int) -> str:
        labels = []
        while container >= 0:
            c = self.containers[container]
            if c.tag not in ("html", "body"):
                labels.append(c.label)
            container = c.parent
        return " > ".join(reversed(labels))

    def text(self) -> str:
        return "\n\n".join(self._texts)


__all__ = ["Metadata", "html_to_document", "parse_html"]
