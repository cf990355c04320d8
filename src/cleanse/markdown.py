"""Markdown -> blocks: Markdown is markup, like HTML: its syntax is not the page's text.

Text from html2text, a "reader" service or an LLM crawler comes as Markdown: links carry their
URL (``[Home](https://…)``), images their file, headings and list items their markers. Read as
plain text, a link list's URLs count as words and look like prose. Here the syntax goes before
the lines are classified, and each line keeps what share of its text was link text
(``Block.link_density``), as an HTML block does:

- ``[text](url "title")`` and ``[text][ref]`` give ``text``; an image ``![alt](src)``, an
  autolink ``<https://…>``, a reference definition ``[1]: https://…``, a fence line, a rule
  (``* * *``) and a table's ``---|---`` line give nothing;
- ``# Heading`` (and a line underlined with ``===`` or ``---``) is a heading; ``* item``,
  ``- item``, ``1. item`` a list item; ``> quote`` a quote; lines inside a fence are code;
- ``**strong**``, ``__strong__``, ``*em*``, ``_em_`` and ```code``` lose their marks, and a
  backslash escape its backslash.

Links a wrapper broke over two lines (html2text breaks at 78 columns, inside link text and at
a URL's hyphens) are joined first; then each paragraph, quote and list item is one line, as
Markdown reads them (a line break inside a paragraph is a soft one), not as the plain-text
unwrapper guesses.
"""

from __future__ import annotations

import re

from .blocks import Block, Document, Kind, new_tuple
from .normalize import normalize
from .text import segment

# Link text runs from OPEN to CLOSE in the text that ``segment`` cuts (characters of the
# Private Use Area that ``normalize`` keeps and no page uses for this).
_OPEN, _CLOSE = "\ue000", "\ue001"
_TEXT = r"(?:[^\[\]\n]|\n(?!\n)|\[[^\[\]\n]*\])*"  # link text: brackets nest once
# A URL without spaces, but a wrapper may have broken it after a hyphen; then an optional title.
_URL = r"[^()\s]*(?:\([^()\s]*\)[^()\s]*)*"  # balanced brackets: "focal\(0x0\)"
_TARGET = rf"\(\s*(?:<[^<>\n]*>|{_URL}(?:(?<=-)\s+{_URL})*)" + (
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
_IMAGE = re.compile(rf"!\[{_TEXT}\]{_TARGET}")
_LINK = re.compile(rf"\[({_TEXT})\](?:{_TARGET}|\[[^\[\]\n]*\])")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^<>\s]*>")
_DEFINITION = re.compile(r"^\s*\[[^\[\]\n]+\]:\s*\S+.*$", re.M)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?$")
_SETEXT = re.compile(r"^(?:=+|-+)$")
_BULLET = re.compile(r"^(?:[*+-]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^(?:>\s?)+")
_FENCE = re.compile(r"^(?:```|~~~)")
_RULE = re.compile(r"^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")
# Emphasis inside a line spans at most 1000 characters: each opening mark looks that far for
# its close, so a line of unmatched marks costs its length times that, not its length squared
# (a line emphasised as a whole is read apart: ``_unmark_whole``).
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,1000}?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])(.{1,1000}?)(?<=[^\s*_])\1(?![\w*])")
_CODE = re.compile(r"`([^`\n]+)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_MARKS = re.compile(f"[{_OPEN}{_CLOSE}]")
# What starts a block of its own in Markdown (a line that never joins the one above), and
# what ends one (a line that never takes the one below: a heading, a fence, a table row, an
# underline, a rule).
_STARTS_BLOCK = re.compile(
    r"(?:#{1,6}\s|[*+-]\s|\d{1,3}[.)]\s|>|```|~~~|\||=+$|-+$|(?:\*\s*){3,}$)"
)
_ENDS_JOINING = re.compile(r"#{1,6}\s|```|~~~|=+$|-+$|(?:\*\s*){3,}$")


def markdown_to_document(text: str) -> Document:
    """Read Markdown into line blocks, the syntax out and each link's share of its line kept.

    >>> doc = markdown_to_document("# Big news\\n\\n* [Home](/)\\n\\nIt **happened** today.")
    >>> [(b.text, b.kind.value, b.link_density) for b in doc.blocks]
    [('Big news', 'heading', 0.0), ('Home', 'list_item', 1.0), ('It happened today.', 'line', 0.0)]
    """
    norm = normalize(text)
    if not norm:
        return Document(norm, (), "text")
    norm = _join_paragraphs(_LINK.sub(_join_link, _IMAGE.sub(_join_image, norm)))
    lines, kinds = _read_lines(norm)
    document = segment(normalize("\n".join(lines)))
    return _finish(document, kinds)


def _join_paragraphs(norm: str) -> str:
    """Each paragraph, quote and list item on one line: in Markdown a line break inside a
    paragraph is a soft one (a wrapper's), and a quote's lines each start with ``>``.

    A line that starts a block (a heading, a list item, a fence, a rule, a table row, a
    setext underline) starts a line of its own; fenced lines and table rows stay as they are.

    >>> _join_paragraphs("> The council met\\n> on Monday.\\n\\n* One\\ntwo\\n# Three\\nfour")
    '> The council met on Monday.\\n\\n* One two\\n# Three\\nfour'
    """
    out: list[list[str]] = []  # the output lines, each as its parts (joined by spaces)
    fenced = False
    for line in norm.split("\n"):
        above = out[-1] if out else [""]
        if _FENCE.match(line):
            fenced = not fenced
        elif (
            not fenced
            and above[-1]
            and line
            and not _STARTS_BLOCK.match(line)
            and not _ENDS_JOINING.match(above[0])
            and above[-1][-1] != "|"
        ):
            above.append(line)
            continue
        elif not fenced and above[0][:1] == ">" and line[:1] == ">" and line.lstrip("> "):
            above.append(line.lstrip("> "))
            continue
        out.append([line])
    return "\n".join(" ".join(parts) for parts in out)


def _join_image(m: re.Match[str]) -> str:
    """An image, its line breaks (a wrapper's) taken out so that it leaves no broken line."""
    return m.group(0).replace("\n", " ")


def _join_link(m: re.Match[str]) -> str:
    """A link with the wrapper's line breaks taken out: none after a hyphen (a URL's), else a
    space."""
    whole = m.group(0)
    if "\n" not in whole:
        return whole
    return whole.replace("-\n", "-").replace("\n", " ")


def _read_lines(norm: str) -> tuple[list[str], list[tuple[Kind, int] | None]]:
    """The lines without their syntax (links marked), and the kind the syntax gives each line
    that is not blank (None: no marker).

    Blank lines stay, as paragraph breaks; a line that was only syntax becomes blank.
    """
    norm = _DEFINITION.sub("", _AUTOLINK.sub("", _IMAGE.sub("", norm)))
    norm = _LINK.sub(lambda m: f"{_OPEN}{m.group(1)}{_CLOSE}", norm)
    lines: list[str] = []
    kinds: list[tuple[Kind, int] | None] = []
    fenced = False
    for line in norm.split("\n"):
        kind: tuple[Kind, int] | None = None
        if _FENCE.match(line):
            fenced = not fenced
            line = ""
        elif fenced:
            kind = (Kind.CODE, 0)
        elif _SETEXT.match(line) and lines and lines[-1] and len(line) >= 3:
            kinds[-1] = (Kind.HEADING, 1 if line[0] == "=" else 2)
            line = ""
        elif _RULE.match(line) or _TABLE_RULE.match(line):
            line = ""
        else:
            line, kind = _line_syntax(line)
        if _OPEN in line:
            line = line.replace(_OPEN + _CLOSE, "")  # a link with no text (an image's)
        if not _MARKS.sub("", line).strip(" *_#>-"):
            line, kind = "", None  # only syntax: "[](/)", "**", "* "
        lines.append(line)
        kinds.append(kind)
    return lines, [kind for line, kind in zip(lines, kinds, strict=True) if line]


def _line_syntax(line: str) -> tuple[str, tuple[Kind, int] | None]:
    """One line without its block marker and inline marks, and the kind the marker gives."""
    kind: tuple[Kind, int] | None = None
    m = _HEADING.match(line)
    if m:
        kind, line = (Kind.HEADING, len(m.group(1))), m.group(2)
    else:
        quote = _QUOTE.match(line)
        if quote:
            kind, line = (Kind.QUOTE, 0), line[quote.end() :]
        bullet = _BULLET.match(line)
        while bullet:  # "* * item": a list in a list
            kind, line = (Kind.LIST_ITEM, 0), line[bullet.end() :]
            bullet = _BULLET.match(line)
            m = _HEADING.match(line)  # "* ## Categories": a heading in a list
            if m:
                kind, line = (Kind.HEADING, len(m.group(1))), m.group(2)
    if "`" in line:
        line = _CODE.sub(r"\1", line)
    if "*" in line or "_" in line:
        line = _EMPHASIS.sub(r"\2", _STRONG.sub(r"\2", _unmark_whole(line)))
    if "\\" in line:
        line = _ESCAPE.sub(r"\1", line)
    return line, kind


def _unmark_whole(line: str) -> str:
    """A line set in emphasis as a whole ("_Comments are moderated._") without its marks,
    however long (the patterns for emphasis inside a line look only so far)."""
    for mark in ("**", "__", "*", "_"):
        size = len(mark)
        if (
            len(line) > 2 * size
            and line.startswith(mark)
            and line.endswith(mark)
            and not line[size].isspace()
            and not line[-size - 1].isspace()
            and mark not in line[size:-size]
        ):
            return line[size:-size]
    return line


def _finish(document: Document, kinds: list[tuple[Kind, int] | None]) -> Document:
    """The segmented blocks with the link marks out, their link density and Markdown kinds.

    ``kinds`` holds one entry per block: the lines that were not blank, in order.
    """
    if len(kinds) != len(document.blocks):  # pragma: no cover - normalised lines stay lines
        kinds = [None] * len(document.blocks)
    text_parts: list[str] = []
    blocks: list[Block] = []
    position = 0
    group_of_last = -1
    for block, kind in zip(document.blocks, kinds, strict=True):
        raw = block.text
        linked = _linked_length(raw) if _OPEN in raw else 0
        text = " ".join(_MARKS.sub("", raw).split()) if linked or _CLOSE in raw else raw
        visible = len(text) - text.count(" ")
        if text_parts:
            separator = "\n" if block.group == group_of_last else "\n\n"
            text_parts.append(separator)
            position += len(separator)
        group_of_last = block.group
        text_parts.append(text)
        level = 0
        block_kind = block.kind
        if kind is not None:
            block_kind, level = kind
        elif block_kind is Kind.LIST_ITEM or block_kind is Kind.QUOTE:
            block_kind = Kind.LINE  # Markdown said it was none ("1\\. not a list")
        density = min(1.0, linked / visible) if visible else 0.0
        fields = (
            len(blocks), text, block_kind, position, position + len(text), block.group,
            level, block.path, density, block.words,
        )  # fmt: skip
        blocks.append(new_tuple(Block, fields))
        position += len(text)
    return Document("".join(text_parts), tuple(blocks), "text", document.metadata)


def _linked_length(text: str) -> int:
    """Characters (not spaces) between link marks."""
    total = 0
    start = text.find(_OPEN)
    while start >= 0:
        end = text.find(_CLOSE, start)
        if end < 0:
            end = len(text)
        part = text[start + 1 : end]
        total += len(part) - part.count(" ")
        start = text.find(_OPEN, end)
    return total
