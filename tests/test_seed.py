"""The golden seed page: the whole expected article, verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleanse

SEED = Path(__file__).parent.parent / "seeds" / "000_70ca25fe26eee5a1.txt"


@pytest.fixture(scope="module")
def article() -> cleanse.Article:
    return cleanse.clean(SEED.read_text(encoding="utf-8"))


def test_title(article: cleanse.Article) -> None:
    assert article.title == "Blinken: US won’t push allies into ‘us-or-them’ choice on China"


def test_body_is_the_fourteen_paragraphs_in_order(article: cleanse.Article) -> None:
    paragraphs = [p.text for p in article.paragraphs]
    assert len(paragraphs) == 14
    assert paragraphs[0].startswith("Secretary of State Antony Binken on Wednesday")
    assert paragraphs[-1].endswith(
        "the first such coordinated action under the Biden administration."
    )
    source = cleanse.normalize.normalize(SEED.read_text(encoding="utf-8"))
    positions = [source.index(p) for p in paragraphs]
    assert positions == sorted(positions)
    assert paragraphs[3] == (
        "“The United States won’t force our allies into an ‘us-or-them’ choice with China. … We "
        "know that our allies have complex relationships with China that won’t always align "
        "perfectly with ours. But we need to navigate these challenges together,” Blinken will say."
    )
    assert all(p.kind is cleanse.Kind.PARAGRAPH for p in article.paragraphs)


def test_tags(article: cleanse.Article) -> None:
    assert list(article.tags) == [
        "Canada",
        "China",
        "European Union",
        "State Department",
        "United Kingdom",
    ]


def test_copyright_whole(article: cleanse.Article) -> None:
    assert article.copyright == (
        "Copyright 2023 Nexstar Media Inc. All rights reserved. This material may not be "
        "published, broadcast, rewritten, or redistributed."
    )


def test_caption_with_credit(article: cleanse.Article) -> None:
    assert article.captions == (
        cleanse.Caption("Secretary of State Antony Blinken", "Getty Images"),
    )


@pytest.mark.parametrize(
    ("junk", "reason"),
    [
        ("Most Popular", "popular_list"),
        ("Load more", "more_link"),
        ("See all Video", "see_all"),
        ("See all Hill.TV See all Video", "see_all"),
    ],
)
def test_junk_removed_with_reason(article: cleanse.Article, junk: str, reason: str) -> None:
    removed = {r.text: r for r in article.removed}
    assert removed[junk].reason == reason
    assert removed[junk].filter == "navigation"
    assert junk not in article.text.split("\n\n")
    assert "Most Popular" not in article.text and "Load more" not in article.text


def test_json_round_trip(article: cleanse.Article) -> None:
    assert cleanse.Article.from_dict(article.to_dict()) == article
