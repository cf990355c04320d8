"""Golden pages: real pages with snippets that must stay, snippets that must go, and the title.

The pages and ``cases.json`` live in ``tests/golden/`` (see ``about`` there). A snippet written
as ``{"text": ..., "xfail": why}`` is a known failure: a strict xfail, so fixing it fails the
test until its marking is removed.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import cleanse

GOLDEN = Path(__file__).parent / "golden"
CASES: list[dict[str, Any]] = json.loads((GOLDEN / "cases.json").read_text("utf-8"))["pages"]


@cache
def cleaned(page_id: str) -> cleanse.Article:
    page = next(p for p in CASES if p["id"] == page_id)
    return cleanse.clean(gzip.decompress((GOLDEN / page["file"]).read_bytes()))


def _flat(text: str) -> str:
    """Whitespace runs as one space: a snippet may span a ``<br>`` line break."""
    return " ".join(text.split())


def _params(kind: str) -> list[Any]:
    params = []
    for page in CASES:
        entries = [page["title"]] if kind == "title" else page[f"must_{kind}"]
        for n, entry in enumerate(entries):
            text, why = (entry, None) if isinstance(entry, str) else (entry["text"], entry["xfail"])
            marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
            params.append(pytest.param(page["id"], text, marks=marks, id=f"{page['id']}-{n}"))
    return params


@pytest.mark.parametrize(("page_id", "snippet"), _params("keep"))
def test_kept(page_id: str, snippet: str) -> None:
    assert _flat(snippet) in _flat(cleaned(page_id).text)


@pytest.mark.parametrize(("page_id", "snippet"), _params("drop"))
def test_dropped(page_id: str, snippet: str) -> None:
    article = cleaned(page_id)
    assert _flat(snippet) not in _flat(article.text)
    # Gone for a reason: removed by a filter or taken into a field, not lost in segmenting.
    gone = [_flat(t.text) for t in article.trace if t.status != "kept"]
    assert any(_flat(snippet) in text for text in gone), "not in any removed or taken block"


@pytest.mark.parametrize(("page_id", "title"), _params("title"))
def test_title(page_id: str, title: str) -> None:
    assert cleaned(page_id).title == title


def test_the_pages_are_varied() -> None:
    """A dozen pages, several languages, every page file present, known failures included."""
    assert len(CASES) >= 12
    assert len({p["language"] for p in CASES}) >= 4
    assert all((GOLDEN / p["file"]).is_file() for p in CASES)
    assert (GOLDEN / "LICENSE").is_file()
    entries = [e for p in CASES for e in (p["title"], *p["must_keep"], *p["must_drop"])]
    assert any(isinstance(e, dict) for e in entries)
    for page in CASES:
        assert 3 <= len(page["must_keep"]) <= 6, page["id"]
        assert page["must_drop"], page["id"]
