"""Plain text -> blocks: one block per line, blank-line groups, kinds, spans."""

from __future__ import annotations

import pytest

from cleanse.blocks import Kind
from cleanse.text import line_kind, text_to_document

LONG = (
    "The council said on Monday that the new sea wall would be finished by the end of the "
    "year, and that the town would then be safe from the worst of the winter floods."
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("• Milk", Kind.LIST_ITEM),
        ("- Eggs", Kind.LIST_ITEM),
        ("* Bread", Kind.LIST_ITEM),
        ("1. First", Kind.LIST_ITEM),
        ("12) Twelfth", Kind.LIST_ITEM),
        ("> A quoted line", Kind.QUOTE),
        ("2024 was a long year", Kind.LINE),
        ("-10 degrees tonight", Kind.LINE),
        ("Plain line", Kind.LINE),
    ],
)
def test_line_kind(line: str, kind: Kind) -> None:
    assert line_kind(line) is kind


def test_blocks_groups_and_spans() -> None:
    doc = text_to_document("Title\r\n\r\n\r\nFirst line.\nSecond\u00a0 line.\n\nLast")
    assert doc.source_kind == "text"
    assert doc.text == "Title\n\nFirst line.\nSecond line.\n\nLast"
    assert [(b.index, b.text, b.group, b.span) for b in doc.blocks] == [
        (0, "Title", 0, (0, 5)),
        (1, "First line.", 1, (7, 18)),
        (2, "Second line.", 1, (19, 31)),
        (3, "Last", 2, (33, 37)),
    ]
    assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)


def test_every_non_blank_line_is_one_block() -> None:
    text = "a\n\n  b  \nc\n\n\n\nd e f\n"
    doc = text_to_document(text)
    assert [b.text for b in doc.blocks] == ["a", "b", "c", "d e f"]
    assert [b.words for b in doc.blocks] == [1, 1, 1, 3]


@pytest.mark.parametrize(
    ("line", "below", "kind"),
    [
        ("What the council said", LONG, Kind.HEADING),
        ("What the council said.", LONG, Kind.LINE),  # a sentence, not a heading
        ("What the council said", "Short line below.", Kind.LINE),
        ("• A bullet stays a list item", LONG, Kind.LIST_ITEM),
    ],
)
def test_headings_are_short_lines_above_a_long_one(line: str, below: str, kind: Kind) -> None:
    doc = text_to_document(f"{line}\n{below}")
    assert doc.blocks[0].kind is kind
    assert doc.blocks[1].kind is Kind.LINE


def test_empty_text_has_no_blocks() -> None:
    assert text_to_document("").blocks == ()
    assert text_to_document(" \n\n \t\n").blocks == ()
