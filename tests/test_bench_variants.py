"""``bench.variants``, ``bench.newspaper4k_set`` and ``bench.readability_set`` on tiny inputs
built in ``tmp_path``.

No benchmark data is read: the HTML roots and the fake sdist and package are written here.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench import newspaper4k_set, readability_set, variants  # noqa: E402
from bench.runners import whole_page_text  # noqa: E402

LONG_PARAGRAPH = (
    "The council met on Tuesday evening to discuss the new bridge over the river, which has "
    "been closed to traffic since the spring floods damaged two of its supporting piers."
)
PAGE_A = f"""<html><head><title>Bridge news</title><script>var x = 1;</script></head>
<body><nav><a href="/">Home</a></nav>
<p>{LONG_PARAGRAPH}</p>
<p>Read <a href="/more">the full story</a> on our site.</p>
<style>p {{ color: red }}</style><noscript>Enable JavaScript</noscript>
</body></html>"""
PAGE_B = "<html><body><p>Café short page.</p></body></html>"


def make_root(tmp_path: Path) -> Path:
    """An HTML root with one gzipped and one plain page and their ground truth."""
    root = tmp_path / "root"
    (root / "html").mkdir(parents=True)
    (root / "html" / "a.html.gz").write_bytes(gzip.compress(PAGE_A.encode("utf-8")))
    (root / "html" / "b.html").write_bytes(PAGE_B.encode("utf-8"))
    truth = {"a": {"articleBody": LONG_PARAGRAPH, "url": ""}, "b": {"articleBody": "x", "url": ""}}
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return root


def test_wrapped_lines_fit_the_width_and_keep_every_word(tmp_path: Path) -> None:
    root, out = make_root(tmp_path), tmp_path / "out"
    assert variants.main([str(root), str(out), "--style", "wrapped", "--width", "40"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b.txt"]
    text = (out / "a.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    assert all(len(line) <= 40 or " " not in line for line in lines)
    flat = whole_page_text(PAGE_A)
    assert len(lines) > len(flat.split("\n"))  # the long paragraph was cut
    assert text.split() == flat.split()  # only line breaks changed
    assert (out / "b.txt").read_text(encoding="utf-8") == "Café short page."


def test_wrapped_default_width_is_72(tmp_path: Path) -> None:
    root, out = make_root(tmp_path), tmp_path / "out"
    variants.main([str(root), str(out), "--style", "wrapped"])
    lines = (out / "a.txt").read_text(encoding="utf-8").split("\n")
    assert max(len(line) for line in lines) <= 72
    assert any(len(line) > 60 for line in lines)


def test_bs4_puts_a_link_on_its_own_line_and_drops_scripts(tmp_path: Path) -> None:
    root, out = make_root(tmp_path), tmp_path / "out"
    variants.main([str(root), str(out), "--style", "bs4"])
    lines = (out / "a.txt").read_text(encoding="utf-8").split("\n")
    assert lines[lines.index("Read") + 1 : lines.index("Read") + 3] == [
        "the full story",
        "on our site.",
    ]
    assert LONG_PARAGRAPH in lines
    text = "\n".join(lines)
    assert "var x" not in text and "color: red" not in text and "JavaScript" not in text
    assert (out / "b.txt").read_text(encoding="utf-8") == "Café short page."


def test_missing_library_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(variants, "find_spec", lambda name: None)
    with pytest.raises(SystemExit, match="pip install resiliparse"):
        variants.flattener("resiliparse")


def test_newspaper4k_set_keeps_pages_with_a_long_enough_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sdist = tmp_path / "newspaper4k-0.9.6"
    html_dir, txt_dir = sdist / "tests" / "data" / "html", sdist / "tests" / "data" / "txt"
    html_dir.mkdir(parents=True)
    txt_dir.mkdir(parents=True)
    body = "Long article text. " * 15  # 285 characters
    (html_dir / "long.html").write_bytes(PAGE_A.encode("utf-8"))
    (txt_dir / "long.txt").write_text(body, encoding="utf-8")
    (html_dir / "short.html").write_bytes(PAGE_B.encode("utf-8"))
    (txt_dir / "short.txt").write_text("Too short to score.", encoding="utf-8")
    (html_dir / "no_text.html").write_bytes(PAGE_B.encode("utf-8"))
    (txt_dir / "no_html.txt").write_text(body, encoding="utf-8")

    out = tmp_path / "np4k"
    assert newspaper4k_set.main([str(sdist), str(out)]) == 0
    assert capsys.readouterr().out.startswith("1 pages written")
    truth = json.loads((out / "ground-truth.json").read_text(encoding="utf-8"))
    assert truth == {"long": {"articleBody": body.strip(), "url": ""}}
    assert [p.name for p in (out / "html").iterdir()] == ["long.html.gz"]
    assert gzip.decompress((out / "html" / "long.html.gz").read_bytes()) == PAGE_A.encode()


def test_newspaper4k_set_needs_the_unpacked_sdist(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="tests/data/html"):
        newspaper4k_set.write_set(tmp_path, tmp_path / "out")


def test_readability_set_takes_pages_with_source_and_expected_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "package" / "test" / "test-pages"
    for name in ("bridge", "no-expected", "empty"):
        (pages / name).mkdir(parents=True)
        (pages / name / "source.html").write_bytes(PAGE_A.encode("utf-8"))
    (pages / "bridge" / "expected.html").write_text(
        f"<div><p>{LONG_PARAGRAPH[:40]}\n  {LONG_PARAGRAPH[40:]}</p>\n\n<p>Café</p></div>",
        encoding="utf-8",
    )
    (pages / "empty" / "expected.html").write_text("<div><script>x()</script></div>", "utf-8")

    out = tmp_path / "rdn"
    assert readability_set.main([str(tmp_path / "package"), str(out)]) == 0
    assert capsys.readouterr().out.startswith("1 pages written")
    truth = json.loads((out / "ground-truth.json").read_text(encoding="utf-8"))
    body = f"{LONG_PARAGRAPH[:40].strip()}\n{LONG_PARAGRAPH[40:].strip()}\nCafé"
    assert truth == {"bridge": {"articleBody": body, "url": ""}}
    assert gzip.decompress((out / "html" / "bridge.html.gz").read_bytes()) == PAGE_A.encode()


def test_readability_set_needs_the_unpacked_package(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="test/test-pages"):
        readability_set.write_set(tmp_path, tmp_path / "out")
