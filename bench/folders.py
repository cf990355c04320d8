"""Writing a benchmark folder: what the check-set builders (``newspaper4k_set``,
``readability_set``, ``trafilatura_set``) share."""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Callable, Mapping
from pathlib import Path


def write_folder(out_dir: Path, pages: Mapping[str, tuple[Path, str]]) -> int:
    """Write ``{name: (html file, expected text)}`` in the layout ``python -m bench`` reads:
    ``out_dir/html/<name>.html.gz`` and ``out_dir/ground-truth.json``; return the count."""
    (out_dir / "html").mkdir(parents=True, exist_ok=True)
    truth: dict[str, dict[str, str]] = {}
    for name, (html, text) in pages.items():
        gz = out_dir / "html" / f"{name}.html.gz"
        gz.write_bytes(gzip.compress(html.read_bytes(), mtime=0))
        truth[name] = {"articleBody": text, "url": ""}
    body = json.dumps(truth, indent=1, ensure_ascii=False)
    (out_dir / "ground-truth.json").write_text(body, encoding="utf-8")
    return len(truth)


def builder_main(
    argv: list[str] | None,
    module: str,
    doc: str,
    source_help: str,
    write_set: Callable[[Path, Path], int],
    out_help: str = "benchmark folder to write (html/ + ground-truth.json)",
) -> int:
    """The command line of a builder: ``python -m bench.<module> SOURCE OUT``."""
    p = argparse.ArgumentParser(prog=f"python -m bench.{module}", description=doc.split("\n")[0])
    p.add_argument("source", type=Path, help=source_help)
    p.add_argument("out", type=Path, help=out_help)
    args = p.parse_args(argv)
    count = write_set(args.source, args.out)
    print(f"{count} pages written to {args.out}")
    return 0
