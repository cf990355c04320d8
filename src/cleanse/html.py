"""HTML -> blocks: one walk over the lxml tree, cutting visible text into typed blocks.

Each block knows its kind (heading level, paragraph, list item, quote, code, caption, table
row), its container chain (``Document.containers``: tag, id, classes, role of each element
above it), its DOM path and its link density. Invisible content (script, style, template, ``hidden``, ``aria-hidden``,
inline ``display:none``, screen-reader-only text) never becomes text. Inline text is
normalised like plain text (``cleanse.normalize``), with every run of whitespace one space and
line breaks only from ``<br>`` and ``<pre>``. Outside a ``<p>``, where old pages mark
paragraphs with ``<br><br>``, two breaks in a row end a block, and so does one after a line
that is one element of type (bold, big, italic, a font: a headline, a byline). The document
text is the blocks' text joined by blank lines; block spans index it.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import replace

import regex
from lxml import etree

from .blocks import Block, Container, Document, Kind, make_label, new_tuple
from .htmlmeta import element_text, microdata_date, read_metadata, tidy_tags
from .normalize import LONE_SURROGATE, normalize, normalize_line
from .text import text_to_document
from .textstats import count_words, has_cjk
from .writers import marked_byline

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
_LINED = (Kind.CODE, Kind.TABLE)  # kinds whose line breaks stay inside the block
# Elements that set a line's type: one of them alone on a line is a headline or a byline.
_EMPHASIS = frozenset(("b", "strong", "big", "font", "i", "em", "small", "span"))
_PRESENTATION = frozenset(("presentation", "none"))
_PROSE_CELL_WORDS = 50  # a data cell holds a value or a note, not a page's article
_KIND_OF = {
    "li": Kind.LIST_ITEM, "dd": Kind.LIST_ITEM, "dt": Kind.LIST_ITEM,
    "blockquote": Kind.QUOTE, "pre": Kind.CODE, "figcaption": Kind.CAPTION,
    "caption": Kind.CAPTION, "tr": Kind.TABLE,
    **{f"h{n}": Kind.HEADING for n in range(1, 7)},
}  # fmt: skip
_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]*>")
# What ``str.isspace`` (and ``\s`` in a str pattern) takes for whitespace, spelled in UTF-8,
# so that the markup can be edited after it is encoded (bytes search much faster).
_SPACE_UTF8 = (
    rb"(?:[\t\n\x0b\x0c\r\x1c-\x1f ]|\xc2[\x85\xa0]|\xe1\x9a\x80"
    rb"|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80)"
)
_END_BODY_OR_HTML = re.compile(rb"</(?:body|html)" + _SPACE_UTF8 + rb"*>", re.I)
_BLANK = re.compile(_SPACE_UTF8 + rb"*\Z")
_BREAK = "\x00"  # stands for <br> while inline text is gathered; never in parsed text
_RESOURCE_LIMIT = etree.ErrorTypes.ERR_RESOURCE_LIMIT
# For markup the parser cannot read whole (see ``markup_text``): the invisible elements whose
# text is not the page's (void ones such as <input> have no end tag to look for).
# Where one may start (see ``_drop_unparsed``).
_UNPARSED_START = re.compile(r"<!--|<(script|style|template|noscript|svg|math|head)\b", re.I)
_UNPARSED_END = {
    name: re.compile(rf"</{name}\s*>", re.I)
    for name in ("script", "style", "template", "noscript", "svg", "math", "head")
}
_BLOCK_TAG_TEXT = re.compile(rf"</?(?:{'|'.join(sorted(_BLOCK))}|br|li)\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]*>")
_PARSER = etree.HTMLParser(
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    collect_ids=False,  # nothing looks elements up by id; the table costs 10% of the parse
    huge_tree=True,  # trees deeper than 256 elements (libxml2 drops what is below that)
)


def parse_html(html: str, utf8: bytes | None = None) -> etree._Element | None:
    """Parse markup with lxml; None when there is no document to speak of.

    ``utf8``, when given, is ``html`` encoded in UTF-8 (the page's own bytes): it saves
    encoding the text again.
    """
    declaration = _XML_DECLARATION.match(html)
    if declaration:
        html = html[declaration.end() :]
        utf8 = None
    if utf8 is not None:
        data = utf8
    else:
        try:
            data = html.encode("utf-8")
        except UnicodeEncodeError:
            # Lone surrogates (not Unicode text): each becomes U+FFFD, as in ``normalize``.
            data = LONE_SURROGATE.sub("\ufffd", html).encode("utf-8")
    # lxml turns NUL into U+FFFD; browsers (and the plain-text path) drop it.
    data = _drop_end_tags(data.replace(b"\x00", b""))
    if _BLANK.match(data):
        return None
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.ParserError, ValueError):
        return None
    return root


def _hit_depth_limit() -> bool:
    """Did the last parse stop at libxml2's depth limit (2048 levels), leaving out the rest?"""
    return any(e.type == _RESOURCE_LIMIT for e in _PARSER.error_log)


def markup_text(html: str) -> str:
    """The text of markup without a parser: scripts, styles and comments out, a line break for
    each block-level tag, other tags out, entities decoded.

    >>> markup_text("<div><p>One &amp; <b>two</b></p><script>x()</script><p>three</p></div>")
    '\\n\\nOne & two\\n\\nthree\\n\\n'
    """
    text = _drop_unparsed(html)
    # A tag needs a ">": past the last one, the patterns would only rescan the rest from each "<".
    cut = text.rfind(">") + 1
    text = _ANY_TAG.sub("", _BLOCK_TAG_TEXT.sub("\n", text[:cut])) + text[cut:]
    return html_lib.unescape(text)


def _drop_unparsed(html: str) -> str:
    """``html`` without its comments and its script, style, template, noscript, svg, math and
    head elements, start tag to end tag; one left open stays.

    The same as ``re.sub(r"<!--.*?-->|<(script|...)\\b[^>]*>.*?</\\1\\s*>", "", html)`` (flags
    S, I), without that pattern's cost: it looks for the end from every start, so thousands
    of ``<noscript>`` left open cost the square of the page's length (100 KB took 100 s).
    Here a kind found open is not looked for again, as no end can follow a later start.

    >>> _drop_unparsed("a<!-- b -->c<SCRIPT x>d</script >e<style>f<!--g")
    'ace<style>f<!--g'
    """
    parts = []
    kept_from = at = 0
    unclosed: set[str] = set()
    while (start := _UNPARSED_START.search(html, at)) is not None:
        name = start[1].lower() if start[1] else "--"
        end = -1
        if name not in unclosed:
            if name == "--":
                close = html.find("-->", start.end())
                end = close + 3 if close >= 0 else -1
            else:
                tag_end = html.find(">", start.end())
                if tag_end < 0:
                    break  # no ">" left: nothing after this can be a comment or an element
                close_tag = _UNPARSED_END[name].search(html, tag_end + 1)
                end = close_tag.end() if close_tag is not None else -1
        if end < 0:
            unclosed.add(name)
            at = start.start() + 1
            continue
        parts.append(html[kept_from : start.start()])
        kept_from = at = end
    parts.append(html[kept_from:])
    return "".join(parts)


def _drop_end_tags(data: bytes) -> bytes:
    """``data`` without ``</body>`` and ``</html>`` (any case, maybe spaces before the ``>``).

    libxml2 drops what follows a stray ``</body>`` or ``</html>``; browsers show it.
    """
    return _END_BODY_OR_HTML.sub(b"", data)


def html_to_document(html: str, *, utf8: bytes | None = None) -> Document:
    """Parse ``html`` and cut its visible text into blocks, with the page metadata.

    ``utf8``: the page's own bytes when they are exactly ``html`` in UTF-8 (not encoded again).

    >>> doc = html_to_document("<h1>Hi</h1><p>One <a href=x>link</a>.</p><script>x()</script>")
    >>> [(b.kind.value, b.text, round(b.link_density, 2)) for b in doc.blocks]
    [('heading', 'Hi', 0.0), ('paragraph', 'One link.', 0.5)]
    """
    root = parse_html(html, utf8)
    if root is None:
        return Document("", (), "html")
    too_deep = _hit_depth_limit()
    metadata = read_metadata(root)
    if too_deep:
        # The tree lacks what lies deeper than the limit: the markup's text is read as plain
        # text instead, so nothing is lost without a trace.
        document = text_to_document(markup_text(html))
        return Document(document.text, document.blocks, "text", metadata)
    etree.strip_elements(root, *_INVISIBLE, with_tail=False)
    walker = _Walker()
    walker.walk(root)
    if walker.tag_links:
        tags = [normalize_line(element_text(el)) for el in walker.tag_links]
        metadata = replace(metadata, fallback_tags=tidy_tags(tags))
    if walker.published and not metadata.date:
        metadata = replace(metadata, date=microdata_date(walker.published))
    if walker.writers and not metadata.byline:
        metadata = replace(
            metadata, fallback_byline=marked_byline(walker.writers, metadata, _BLOCK)
        )
    return Document(
        "\n\n".join(b.text for b in walker.blocks),
        tuple(walker.blocks),
        "html",
        metadata,
        tuple(walker.containers),
    )


def _hidden(el: etree._Element, names: list[str], classes: str | None) -> bool:
    """Hidden by attribute, inline style or a screen-reader-only class (``classes``).

    ``names`` are the element's attribute names (``el.keys()``).
    """
    if ("hidden" in names or "aria-hidden" in names or "style" in names) and (
        "hidden" in names
        or (el.get("aria-hidden") or "").lower() == "true"
        or _HIDDEN_STYLE.search(el.get("style") or "")
    ):
        return True
    if not classes:
        return False
    # Most pages have hundreds of classes and no screen-reader-only one: test the words first.
    return (
        "sr-only" in classes or "isually" in classes or "screen-reader" in classes
    ) and _SR_CLASS.search(classes) is not None


def _is_data_table(table: etree._Element) -> bool:
    """A table of data (rows of short cells) rather than a page layout: no blocks in its cells,
    not marked as presentation, and, unless it has header cells, no cell of prose (an old
    page's layout cell holds the article as inline text between ``<br>`` tags)."""
    if any(el is not table for el in table.iter(*_LAYOUT_IN_TABLE)):
        return False
    if (table.get("role") or "").strip().lower() in _PRESENTATION:
        return False
    if next(table.iter("th", "thead", "caption"), None) is not None:
        return True
    return all(len(_cell_text(cell).split()) < _PROSE_CELL_WORDS for cell in table.iter("td"))


def _cell_text(cell: etree._Element) -> str:
    """All the text of a table cell (a script's too: a cell of ads is no data either)."""
    text: str = etree.tostring(cell, method="text", encoding=str, with_tail=False)
    return text


def _ends_in_break(parts: list[str]) -> bool:
    """Is the inline text gathered so far a line break and then nothing but whitespace?"""
    for part in reversed(parts):
        if part is _BREAK:
            return True
        if not part.isspace():
            return False
    return False


def _after_emphasised_line(br: etree._Element, parts: list[str]) -> bool:
    """Is the line before ``br`` one element of type (``_EMPHASIS``: bold, italic, small, big,
    a font or a span), whole ("<font size=4><b>Headline</b></font><br>By Jane Doe")?"""
    before = br.getprevious()
    if before is None or before.tag not in _EMPHASIS or (before.tail and not before.tail.isspace()):
        return False
    start = len(parts)
    while start and parts[start - 1] is not _BREAK:
        start -= 1
    line = "".join(parts[start:]).split()
    return bool(line) and line == "".join(before.itertext()).split()


def _visible_length(text: str) -> int:
    """Characters that are not whitespace (link density compares these)."""
    if text.isascii() and "\n" not in text and "\t" not in text:
        return len(text) - text.count(" ")
    return len("".join(text.split()))


def _inline_text(raw: str, keep_lines: bool) -> str:
    """Whitespace-normalised text of one block; ``<br>`` (and ``<pre>`` lines) become ``\\n``."""
    if keep_lines:
        return normalize(raw.replace(_BREAK, "\n"))
    if _BREAK not in raw:
        return normalize_line(raw)
    lines = (normalize_line(part) for part in raw.split(_BREAK))
    return "\n".join(line for line in lines if line)


# Roles of tags in the walk: what an element's start and end do. An element's end does what
# its start decided (the walk keeps a stack of roles): None only gathers its tail, _LINK
# closes a link whose text counts as linked, _BLOCK_TAG and _TABLE close a container.
_ANCHOR, _BREAK_TAG, _BLOCK_TAG, _CELL, _TABLE, _LINK = 1, 2, 3, 4, 5, 6
_ROLE = {
    **dict.fromkeys(_BLOCK, _BLOCK_TAG), "td": _CELL, "th": _CELL, "table": _TABLE,
    "a": _ANCHOR, "br": _BREAK_TAG,
}  # fmt: skip


class _Walker:
    """The single pass over the tree; collects blocks and containers."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.containers: list[Container] = []
        self._stack: list[int] = []  # open container indexes
        self._paths: list[str] = []  # and their paths
        self._kinds: list[tuple[Kind, int]] = []  # open kind-giving elements and their depth
        self.tag_links: list[etree._Element] = []  # visible <a rel="tag">: the page's tags
        self.writers: list[etree._Element] = []  # visible elements that may name the writer
        self.published: list[etree._Element] = []  # visible itemprop="datePublished" elements
        self._position = 0
        self._data_tables = 0

    def walk(self, root: etree._Element) -> None:
        # One loop with local names: this runs for every element of every page.
        walker = etree.iterwalk(root, events=("start", "end"))
        parts: list[str] = []
        ends: list[int | None] = []  # the role of each open element's end (see _ROLE)
        kinds = self._kinds
        stack = self._stack
        paths = self._paths
        role_of = _ROLE.get
        links = 0
        link_chars = 0
        for event, el in walker:
            if event == "start":
                tag = el.tag
                role = role_of(tag)
                # Attribute names in a list: testing it is cheaper than asking lxml each time.
                names = el.keys()
                classes = el.get("class") if "class" in names else None
                if names and _hidden(el, names, classes):
                    walker.skip_subtree()
                    ends.append(None)  # its end still comes, for its tail
                    continue
                if classes and ("uthor" in classes or "yline" in classes):
                    self.writers.append(el)
                elif "itemprop" in names:
                    prop = el.get("itemprop", "")
                    if "uthor" in prop:
                        self.writers.append(el)
                    elif "datePublished" in prop and tag != "time":  # the head reads <time>
                        self.published.append(el)
                if role is None:
                    pass
                elif role == _ANCHOR:
                    if "rel" in names:
                        rel = (el.get("rel") or "").lower()
                        if "tag" in rel.split():
                            self.tag_links.append(el)
                        elif "author" in rel:
                            self.writers.append(el)
                    # A heading's permalink ("#part-2") is not a way off the article, so
                    # its text does not count as linked; elsewhere "#share" is a widget.
                    href = (el.get("href") or "").strip() if "href" in names else ""
                    if not (
                        href.startswith("#")
                        and len(href) > 1
                        and kinds
                        and kinds[-1][0] is Kind.HEADING
                    ):
                        links += 1
                        role = _LINK
                    else:
                        role = None
                elif role == _BREAK_TAG:
                    if (
                        stack
                        and self.containers[stack[-1]].tag != "p"
                        and (
                            (_ends_in_break(parts) and not (kinds and kinds[-1][0] in _LINED))
                            or (not kinds and _after_emphasised_line(el, parts))
                        )
                    ):
                        # Where no <p> marks paragraphs (old pages), two line breaks in a row
                        # end one, and so does a break after a line that is one bold or
                        # big-font element (a headline); inside a <p> they are its spacing.
                        raw = "".join(parts)
                        parts.clear()
                        if not raw.isspace():
                            self._add_block(raw, link_chars)
                        link_chars = 0
                    else:
                        parts.append(_BREAK)
                    role = None
                elif role == _CELL and self._data_tables:
                    parts.append(" | ")
                    role = None
                else:
                    if parts:
                        raw = "".join(parts)
                        parts.clear()
                        if not raw.isspace():  # most runs between blocks are indentation
                            self._add_block(raw, link_chars)
                        link_chars = 0
                    self._push(el, tag, names, classes)
                ends.append(role)
                text = el.text
                if text:
                    parts.append(text)
                    if links:
                        link_chars += _visible_length(text)
                continue
            role = ends.pop()
            if role is None:
                pass
            elif role == _LINK:
                links -= 1
            else:  # a container closes
                if parts:
                    raw = "".join(parts)
                    parts.clear()
                    if not raw.isspace():
                        self._add_block(raw, link_chars)
                    link_chars = 0
                stack.pop()
                paths.pop()
                if kinds and kinds[-1][1] == len(stack):
                    kinds.pop()
                if role == _TABLE and self._data_tables:
                    self._data_tables -= 1
            tail = el.tail
            if tail:
                parts.append(tail)
                if links:
                    link_chars += _visible_length(tail)

    def _push(self, el: etree._Element, tag: str, names: list[str], classes: str | None) -> None:
        stack = self._stack
        depth = len(stack)
        parent = stack[-1] if stack else -1
        paths = self._paths
        above = paths[-1] if paths else ""
        if names:
            ident = el.get("id") if "id" in names else None
            role = el.get("role") if "role" in names else None
            # Values with every run of whitespace one space, none at the ends: splitting and
            # joining is cheaper than testing whether the value needs it.
            ident = " ".join(ident.split()) if ident else ""
            words = classes.split() if classes else []
            role = " ".join(role.split()).lower() if role else ""
            fields = (tag, parent, depth, ident, " ".join(words), role)
            label = make_label(tag, ident, words)
        else:
            fields = (tag, parent, depth, "", "", "")
            label = tag
        stack.append(len(self.containers))
        self.containers.append(new_tuple(Container, fields))
        # ``article#main > div.body > p``: the labels of the container chain, below body.
        if tag == "html" or tag == "body":
            paths.append(above)
        else:
            paths.append(f"{above} > {label}" if above else label)
        if tag == "table" and (self._data_tables or _is_data_table(el)):
            self._data_tables += 1
        kind = _KIND_OF.get(tag)
        if kind is not None and (kind is not Kind.TABLE or self._data_tables):
            self._kinds.append((kind, depth))

    def _add_block(self, raw: str, link_chars: int) -> None:
        """Make a block of the inline text gathered since the last block boundary."""
        kind, depth = self._kinds[-1] if self._kinds else (Kind.PARAGRAPH, 0)
        text = _inline_text(raw, keep_lines=kind is Kind.CODE)
        if kind is Kind.TABLE:
            text = text.strip("| ").replace("\n", " ")
        if not text:
            return
        container = self._stack[-1] if self._stack else -1
        level = int(self.containers[self._stack[depth]].tag[1]) if kind is Kind.HEADING else 0
        start = self._position
        end = start + len(text)
        self._position = end + 2
        if kind is Kind.CODE or kind is Kind.TABLE:
            visible = _visible_length(text)
            words = count_words(text)
        else:
            # Normalised lines: words apart by one space or one line break, none at the ends.
            gaps = text.count(" ") + text.count("\n")
            visible = len(text) - gaps
            words = count_words(text) if has_cjk(text) else gaps + 1
        density = min(1.0, link_chars / visible) if visible else 0.0
        path = self._paths[-1] if self._paths else ""
        index = len(self.blocks)
        fields = (index, text, kind, start, end, container, level, path, density, words)
        self.blocks.append(new_tuple(Block, fields))
