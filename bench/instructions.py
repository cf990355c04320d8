"""Run ``cleanse.clean`` over a folder of pages inside one ``functools.reduce`` call, for callgrind.

Time on a shared machine moves by tens of percent between runs; CPU instructions do not. Wrap
this module in callgrind, collecting only inside ``functools_reduce`` (the timed loop, not
imports or file reading), and divide the total by the page count it prints:

    valgrind --tool=callgrind --toggle-collect=functools_reduce --callgrind-out-file=cg.out \\
        python -m bench.instructions DATA/scrapinghub/html --step 6
    grep -m1 '^summary:' cg.out     # or: callgrind_annotate cg.out | head

Instruction counts are not time (lxml's C code and the Python interpreter retire instructions
at different rates), but they show reliably whether a change made the same work cheaper.
"""

from __future__ import annotations

import argparse
import functools
import gzip
from pathlib import Path
from typing import Literal

import cleanse


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("folder", type=Path, help="a folder of <id>.html[.gz] or <id>.txt pages")
    p.add_argument("--step", type=int, default=1, help="take every STEP-th page (default 1)")
    args = p.parse_args()
    files = sorted(
        f for f in args.folder.iterdir() if f.name.endswith((".html", ".html.gz", ".txt"))
    )[:: args.step]
    if not files:
        raise SystemExit(f"no .html, .html.gz or .txt pages in {args.folder}")
    kind: Literal["text", "html"] = "text" if files[0].suffix == ".txt" else "html"
    pages = [
        gzip.decompress(f.read_bytes()) if f.suffix == ".gz" else f.read_bytes() for f in files
    ]
    sources: list[bytes | str] = [p.decode("utf-8") if kind == "text" else p for p in pages]
    for source in sources[:2]:  # warm-up: imports, compiled patterns, first-call caches
        cleanse.clean(source, kind=kind)
    functools.reduce(lambda _, source: cleanse.clean(source, kind=kind), sources, None)
    print(f"{len(sources)} {kind} pages")


if __name__ == "__main__":
    main()
