"""``bench.trafilatura_set`` and ``bench.snippets`` on a tiny fake trafilatura ``tests/`` folder
built in ``tmp_path``.

No benchmark data is read: the test files and cached pages are written here, and cleanse is
the only extractor run (in this process).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench import snippets, trafilatura_set  # noqa: E402
from bench.runners import runners_for  # noqa: E402

BRIDGE_URL = "https://news.example.org/bridge"
GARDEN_URL = "https://blog.example.net/garden"
GONE_URL = "https://gone.example.com/"

REALWORLD = f"""
MOCK_PAGES = {{
'{BRIDGE_URL}': 'news.example.bridge.html',
'{GARDEN_URL}': 'blog.example.gärten.html',
'{GONE_URL}': 'not-in-cache.html',
}}

def load_mock_page(url, xml_flag=False, langcheck=None):
    return open(MOCK_PAGES[url]).read()

def test_extract(xmloutput):
    result = load_mock_page('{BRIDGE_URL}', xmloutput)
    assert 'closed to traffic since the spring floods' in result and 'All rights reserved' not in result
    assert 'Engineers said' in result and 'Subscribe now' not in result and 'x' == 'x'
    result = load_mock_page('{GARDEN_URL}', xmloutput)
    if xmloutput is False:
        assert 'tomatoes need' in result
    result = load_mock_page('{GARDEN_URL}', xmloutput, 'de')
    assert 'language filter only' in result
    result = load_mock_page('{GONE_URL}', xmloutput)
    assert 'no page' in result

def test_other():
    result = load_mock_page('{BRIDGE_URL}', False)
    assert 'another function' in result
"""

METADATA = f"""
MOCK_PAGES = {{
'{BRIDGE_URL}': 'news.example.bridge.html',
'{GONE_URL}': 'not-in-cache.html',
}}

def test_pages():
    url = '{BRIDGE_URL}'
    metadata = extract_metadata(load_mock_page(url))
    assert metadata.title == 'Bridge news'
    assert metadata.author == 'Jane Doe'
    assert metadata.sitename == 'TOWN  paper'
    assert metadata.description == 'not a scored field'
    assert metadata.url == url
    metadata = extract_metadata(load_mock_page('{GONE_URL}'))
    assert metadata.title == 'no page'
"""

BRIDGE = """<html><head><title>Bridge news - Town Paper</title>
<meta property="og:site_name" content="Town Paper"><meta name="author" content="Jane Doe">
</head><body><nav><a href="/">Home</a> <a href="/about">About us</a></nav>
<article><h1>Bridge news</h1>
<p>The council met on Tuesday evening to discuss the new bridge over the river, which has been
closed to traffic since the spring floods damaged two of its supporting piers.</p>
<p>Engineers said the repairs would take most of the summer and cost more than the town had
set aside for the whole year.</p></article>
<footer><p>Copyright 2020 Town Paper. All rights reserved.</p></footer></body></html>"""
GARDEN = "<html><body><p>Our tomatoes need sun.</p></body></html>"


def make_tests_dir(tmp_path: Path) -> Path:
    """A fake trafilatura ``tests/`` folder: two test files and two cached pages."""
    tests = tmp_path / "tests"
    (tests / "cache").mkdir(parents=True)
    (tests / "realworld_tests.py").write_text(REALWORLD, encoding="utf-8")
    (tests / "metadata_tests.py").write_text(METADATA, encoding="utf-8")
    (tests / "cache" / "news.example.bridge.html").write_bytes(BRIDGE.encode("utf-8"))
    (tests / "cache" / "blog.example.gärten.html").write_bytes(GARDEN.encode("utf-8"))
    return tests


def build(tmp_path: Path) -> Path:
    """The check set built from the fake folder."""
    out = tmp_path / "out"
    assert trafilatura_set.main([str(make_tests_dir(tmp_path)), str(out)]) == 0
    return out


def test_builder_reads_the_asserts_and_copies_the_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = build(tmp_path)
    captured = capsys.readouterr()
    assert captured.out.startswith("2 pages written")
    assert GONE_URL in captured.err  # named, not written
    checks = json.loads((out / "snippets.json").read_text(encoding="utf-8"))
    assert checks == {
        "blog.example.garten": {"url": GARDEN_URL, "with": ["tomatoes need"], "without": []},
        "news.example.bridge": {
            "url": BRIDGE_URL,
            "with": ["closed to traffic since the spring floods", "Engineers said"],
            "without": ["All rights reserved", "Subscribe now"],
        },
    }
    fields = json.loads((out / "fields.json").read_text(encoding="utf-8"))
    assert fields == {
        "news.example.bridge": {
            "url": BRIDGE_URL,
            "title": "Bridge news",
            "author": "Jane Doe",
            "sitename": "TOWN  paper",
        }
    }
    html = out / "html"
    assert sorted(p.name for p in html.iterdir()) == [
        "blog.example.garten.html",
        "news.example.bridge.html",
    ]
    assert (html / "news.example.bridge.html").read_bytes() == BRIDGE.encode("utf-8")


def test_builder_needs_the_tests_folder(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match=r"realworld_tests\.py"):
        trafilatura_set.write_set(tmp_path, tmp_path / "out")


def test_slug_clashes_are_numbered() -> None:
    ids = trafilatura_set.PageIds()
    assert [ids("a b.html"), ids("a-b.html"), ids("a b.html")] == ["a-b", "a-b-2", "a-b"]


def test_scorer_counts_found_missing_and_dropped_snippets(tmp_path: Path) -> None:
    out = build(tmp_path)
    data = json.loads((out / "snippets.json").read_text(encoding="utf-8"))
    data["news.example.bridge"]["with"].append("a sentence  the page\nnever had")
    (out / "snippets.json").write_text(json.dumps(data), encoding="utf-8")
    checks, skipped = snippets.load_checks(out)
    assert skipped == 0
    assert checks["news.example.bridge"].keep[-1] == "a sentence the page never had"

    cleanse = runners_for("html", ["cleanse"])[0]
    result = snippets.run_snippets(cleanse, out, checks, in_process=True, timeout=60)
    assert (result.found, result.keep_total) == (3, 4)
    assert (result.absent, result.drop_total) == (2, 2)
    assert result.errors == 0 and result.pages == 2
    assert result.misses == [
        snippets.Miss("news.example.bridge", "keep", "a sentence the page never had")
    ]


def test_skip_file_leaves_snippets_out(tmp_path: Path) -> None:
    out = build(tmp_path)
    skip_file = tmp_path / "skip.txt"
    skip_file.write_text("# comments\n\nEngineers  said\nSubscribe now\n", encoding="utf-8")
    checks, skipped = snippets.load_checks(out, snippets.read_skip_file(skip_file))
    assert skipped == 2
    bridge = checks["news.example.bridge"]
    assert bridge.keep == ("closed to traffic since the spring floods",)
    assert bridge.drop == ("All rights reserved",)


def test_main_prints_the_snippet_and_field_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = build(tmp_path)
    capsys.readouterr()
    assert snippets.main([str(out), "--only", "cleanse", "--in-process"]) == 0
    printed = capsys.readouterr().out
    row = next(line for line in printed.splitlines() if line.startswith("| cleanse"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1:6] == ["3/3", "1.000", "2/2", "1.000", "0"]
    assert "| title | 1/1 | 1.000 |" in printed
    assert "| author | 1/1 | 1.000 |" in printed
    assert "| sitename | 1/1 | 1.000 |" in printed  # case and spaces folded


def test_main_rejects_an_unknown_extractor(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="unknown extractor"):
        snippets.main([str(tmp_path), "--only", "nosuch"])
