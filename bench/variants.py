"""Flatten a benchmark's HTML pages to plain text the way other tools do, for text mode.

``python -m bench.variants HTML_ROOT OUT_DIR --style STYLE [--width N]`` writes
``OUT_DIR/<id>.txt`` for every page of ``HTML_ROOT/ground-truth.json`` that has an
``HTML_ROOT/html/<id>.html[.gz]``.  The benchmark's own text files are one flattening (a line
per block element); scraped text in the wild comes from other tools, so ``cleanse``'s
plain-text mode is also scored on text it was not tuned on:

- ``wrapped``: the benchmark's flattening (:func:`bench.runners.whole_page_text`), then every
  line longer than ``--width`` (default 72) hard-wrapped with ``textwrap.wrap`` (mail, lynx);
  unlike the shared text files it has no blank lines between blocks, so a wrapped paragraph
  touches its neighbours (a harder input than wrapping those files);
- ``bs4``: BeautifulSoup (lxml builder) without script/style/noscript/template, then
  ``get_text("\\n", strip=True)``: a line per text node, so links and bold words get lines of
  their own (what naive scrapers produce);
- ``resiliparse``: resiliparse's ``extract_plain_text(..., main_content=False)``;
- ``html2text``: ``html2text.html2text`` (Markdown, wrapped at 78 columns).

Every style gets the page decoded by the harness (:func:`bench.runners.decode_html`).  Score
the result with ``python -m bench --text OUT_DIR --truth HTML_ROOT/ground-truth.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path

from bench.runners import available_ids, decode_html, read_html_bytes, whole_page_text

Flatten = Callable[[str], str]

DEFAULT_WIDTH = 72


def hard_wrap(text: str, width: int) -> str:
    """Wrap every line of ``text`` longer than ``width`` with ``textwrap.wrap``.

    >>> hard_wrap("short\\none two three four", 9)
    'short\\none two\\nthree\\nfour'
    """
    lines: list[str] = []
    for line in text.split("\n"):
        lines.extend(textwrap.wrap(line, width) if len(line) > width else [line])
    return "\n".join(lines)


def _wrapped(width: int) -> Flatten:
    return lambda html: hard_wrap(whole_page_text(html), width)


def _bs4(width: int) -> Flatten:
    from bs4 import BeautifulSoup

    def flatten(html: str) -> str:
        soup = BeautifulSoup(html, "lxml")
        for tag in soup(["script", "style", "noscript", "template"]):
            tag.decompose()
        return str(soup.get_text("\n", strip=True))

    return flatten


def _resiliparse(width: int) -> Flatten:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    return lambda html: str(extract_plain_text(HTMLTree.parse(html), main_content=False))


def _html2text(width: int) -> Flatten:
    import html2text

    return lambda html: str(html2text.html2text(html))


# style -> (module it needs, pip package, setup taking the width)
STYLES: dict[str, tuple[str | None, str, Callable[[int], Flatten]]] = {
    "wrapped": (None, "", _wrapped),
    "bs4": ("bs4", "beautifulsoup4", _bs4),
    "resiliparse": ("resiliparse", "resiliparse", _resiliparse),
    "html2text": ("html2text", "html2text", _html2text),
}


def flattener(style: str, width: int = DEFAULT_WIDTH) -> Flatten:
    """The ``str -> str`` flattening of ``style``; exits with a message if its library is missing."""
    module, package, setup = STYLES[style]
    if module is not None and find_spec(module) is None:
        raise SystemExit(f"style {style!r} needs {package}: pip install {package}")
    return setup(width)


def write_variant(root: Path, out_dir: Path, style: str, width: int = DEFAULT_WIDTH) -> int:
    """Write ``out_dir/<id>.txt`` for every page of ``root``; return the number written."""
    flatten = flattener(style, width)
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = available_ids("html", root, truth)
    out_dir.mkdir(parents=True, exist_ok=True)
    for page_id in ids:
        text = flatten(decode_html(read_html_bytes(root, page_id)))
        (out_dir / f"{page_id}.txt").write_text(text, encoding="utf-8")
    return len(ids)


def _positive(value: str) -> int:
    """An argparse type: an integer of at least 1."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def main(argv: list[str] | None = None) -> int:
    """Write one style's text files for every page of an HTML root."""
    p = argparse.ArgumentParser(prog="python -m bench.variants", description=__doc__.split("\n")[0])
    p.add_argument("root", type=Path, help="HTML root (html/ + ground-truth.json)")
    p.add_argument("out", type=Path, help="folder for the <id>.txt files")
    p.add_argument("--style", required=True, choices=sorted(STYLES), help="how to flatten")
    p.add_argument(
        "--width",
        type=_positive,
        default=DEFAULT_WIDTH,
        help=f"wrap width of --style wrapped (default {DEFAULT_WIDTH})",
    )
    args = p.parse_args(argv)
    if not (args.root / "ground-truth.json").is_file():
        raise SystemExit(f"no ground truth at {args.root / 'ground-truth.json'}")
    count = write_variant(args.root, args.out, args.style, args.width)
    print(f"{count} pages written to {args.out} ({args.style})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
