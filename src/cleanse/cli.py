"""The ``cleanse`` command: clean a file (or stdin) and print the article."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from .clean import clean
from .errors import CleanseError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanse", description="Clean a web page (HTML or scraped text) into an article."
    )
    parser.add_argument("file", help="the page to clean: a path, or - for standard input")
    parser.add_argument(
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help="what to print (default: the body text)",
    )
    parser.add_argument(
        "--kind",
        choices=("auto", "text", "html", "markdown"),
        default="auto",
        help="how to read the input (default: detect)",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="print every block's fate (kept, dropped, taken) instead",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (2 for unreadable or undecodable input)."""
    args = _parser().parse_args(argv)
    name = "<stdin>" if args.file == "-" else args.file
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else _read(args.file)
        article = clean(data, kind=args.kind)
    except (OSError, CleanseError) as error:
        _write(sys.stderr, f"cleanse: {name}: {_describe(error)}\n")
        return 2
    if args.explain:
        output = article.explain()
    elif args.format == "json":
        output = article.to_json(indent=2)
    elif args.format == "markdown":
        output = article.to_markdown().rstrip("\n")
    else:
        output = article.text
    try:
        _write(sys.stdout, output + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `cleanse page.html | head`: the reader left; not an error
        sys.stderr.close()
        return 0
    return 0


def _write(stream: TextIO, text: str) -> None:
    """Write ``text``; a console that cannot show a character gets an escape, not a traceback."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = stream.encoding or "ascii"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding))


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def _describe(error: Exception) -> str:
    """The error as one line: the OS reason ("No such file or directory") or cleanse's message."""
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return " ".join(str(error).split())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
