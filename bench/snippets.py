"""Score extractors on a snippet check set: strings each page's body must keep or must drop.

``python -m bench.snippets FOLDER [--only a,b] [--skip-file F] [--in-process]`` reads a folder
written by :mod:`bench.trafilatura_set` (``html/<id>.html``, ``snippets.json``, optionally
``fields.json``), runs the HTML extractors of :mod:`bench.runners` over its pages (the same
:class:`~bench.runners.Page` objects, setup and timing as ``python -m bench``, each extractor
in its own worker process unless ``--in-process``), and prints a Markdown table: how many
must-keep strings each extractor's text contains, how many must-drop strings it does not, and
pages per second of extraction time.  With ``fields.json`` it also prints how often cleanse's
title, author and site name agree with the expected ones.

Why: a check set with hand-picked snippets instead of a full text says whether an extractor
keeps the piece's key lines and drops named boilerplate, without rewarding or punishing the
rest of the body; the shingle F1 of ``python -m bench`` needs a full expected text.

Snippets and texts are compared after Unicode NFC and whitespace collapsing (any run of
white space is one space, ends stripped), so line breaks and non-breaking spaces do not count.
``--skip-file`` lists snippets (one per line, ``#`` lines are comments) left out of scoring,
such as reader comments that some extractors keep by design and others drop.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from bench.__main__ import run_in_process, spawn_worker
from bench.runners import (
    RUNNERS,
    Runner,
    available_ids,
    import_cleanse,
    read_html_bytes,
    runners_for,
)

FIELDS = ("title", "author", "sitename")


def normalize(text: str) -> str:
    """NFC, every run of white space one space, ends stripped: how snippets are compared.

    >>> normalize("  Caf\\u0065\\u0301\\n\\u00a0au  lait ")
    'Café au lait'
    """
    return " ".join(unicodedata.normalize("NFC", text).split())


def fold(text: str | None) -> str:
    """A field value as compared: normalized and case-folded (``None`` is empty).

    >>> fold(" The  GUARDIAN ")
    'the guardian'
    """
    return normalize(text or "").casefold()


# --------------------------------------------------------------------------- checks


@dataclass(frozen=True)
class PageChecks:
    """One page's normalized snippets: those the text must contain and must not contain."""

    url: str
    keep: tuple[str, ...]
    drop: tuple[str, ...]


def read_skip_file(path: Path) -> frozenset[str]:
    """The normalized snippets listed in ``path``, one a line; blank and ``#`` lines ignored."""
    lines = (normalize(line) for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def load_checks(
    folder: Path, skip: frozenset[str] = frozenset()
) -> tuple[dict[str, PageChecks], int]:
    """The checks of the pages of ``folder/snippets.json`` that have an HTML file, and the
    number of checks left out because their snippet is in ``skip``."""
    path = folder / "snippets.json"
    if not path.is_file():
        raise SystemExit(f"no snippets.json in {folder}: build it with bench.trafilatura_set")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    checks: dict[str, PageChecks] = {}
    skipped = 0
    for page_id in available_ids("html", folder, data):
        entry = data[page_id]
        keep = [normalize(s) for s in entry.get("with", ())]
        drop = [normalize(s) for s in entry.get("without", ())]
        kept_keep = tuple(s for s in keep if s and s not in skip)
        kept_drop = tuple(s for s in drop if s and s not in skip)
        skipped += len(keep) + len(drop) - len(kept_keep) - len(kept_drop)
        checks[page_id] = PageChecks(str(entry.get("url", "")), kept_keep, kept_drop)
    return checks, skipped


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class Miss:
    """A failed check: a must-keep snippet not found, or a must-drop snippet present."""

    page_id: str
    kind: Literal["keep", "drop"]
    snippet: str


@dataclass
class SnippetResult:
    """One extractor's counts over the whole set."""

    name: str
    version: str
    found: int = 0
    keep_total: int = 0
    absent: int = 0
    drop_total: int = 0
    errors: int = 0
    seconds: float = 0.0
    pages: int = 0
    setup_error: str | None = None
    misses: list[Miss] = field(default_factory=list)

    @property
    def passed(self) -> int:
        """Checks passed, must-keep and must-drop together."""
        return self.found + self.absent

    @property
    def pages_per_second(self) -> float | None:
        """Pages per second of extraction time, ``None`` when nothing ran."""
        if self.setup_error or self.seconds <= 0 or self.errors == self.pages:
            return None
        return self.pages / self.seconds


def score_texts(
    result: SnippetResult, checks: Mapping[str, PageChecks], texts: Mapping[str, str]
) -> None:
    """Add the checks of every page in ``texts`` (id -> extracted text) to ``result``."""
    for page_id, text in texts.items():
        page, body = checks[page_id], normalize(text)
        for snippet in page.keep:
            result.keep_total += 1
            if snippet in body:
                result.found += 1
            else:
                result.misses.append(Miss(page_id, "keep", snippet))
        for snippet in page.drop:
            result.drop_total += 1
            if snippet in body:
                result.misses.append(Miss(page_id, "drop", snippet))
            else:
                result.absent += 1


def score_raw(
    runner: Runner, raw: Mapping[str, Any], checks: Mapping[str, PageChecks]
) -> SnippetResult:
    """Score a worker's raw output (``bench.runners.run_extractor``'s dict)."""
    pages = raw["pages"]
    result = SnippetResult(runner.name, runner.version(), setup_error=raw.get("setup_error"))
    result.pages = len(pages)
    result.errors = sum(1 for p in pages if p["error"])
    result.seconds = sum(p["seconds"] for p in pages)
    score_texts(result, checks, {p["id"]: p["text"] for p in pages})
    return result


def run_snippets(
    runner: Runner, folder: Path, checks: Mapping[str, PageChecks], in_process: bool, timeout: float
) -> SnippetResult:
    """Run one extractor over the pages of ``checks`` and score its texts."""
    ids = sorted(checks)
    urls = {i: checks[i].url for i in ids}
    if in_process:
        raw = run_in_process(runner, folder, ids, urls)
    else:
        raw = spawn_worker(runner, folder, ids, urls, timeout)
    return score_raw(runner, raw, checks)


# --------------------------------------------------------------------------- fields


@dataclass
class FieldResult:
    """cleanse's agreement with one expected field."""

    name: str
    agree: int = 0
    total: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # id, expected, got


def cleanse_fields(raw: bytes) -> dict[str, list[str]]:
    """cleanse's candidate values of each field for one page (an author may be the byline
    as shown or the names it found, joined as trafilatura joins them)."""
    article = import_cleanse().clean(raw)
    authors = "; ".join(article.authors)
    return {
        "title": [article.title or ""],
        "author": [v for v in (article.byline or "", authors) if v],
        "sitename": [article.site_name or ""],
    }


@dataclass(frozen=True)
class FieldReport:
    """cleanse's field agreement over the pages of ``fields.json``."""

    pages: int
    fields: list[FieldResult]


def score_fields(folder: Path) -> FieldReport | None:
    """cleanse's field agreement on ``folder/fields.json``; ``None`` when there is none."""
    path = folder / "fields.json"
    if not path.is_file():
        return None
    expected: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    results = {name: FieldResult(name) for name in FIELDS}
    ids = available_ids("html", folder, expected)
    for page_id in ids:
        got = cleanse_fields(read_html_bytes(folder, page_id))
        for name, want in expected[page_id].items():
            if name not in results:
                continue
            result = results[name]
            result.total += 1
            if fold(want) in {fold(v) for v in got[name]}:
                result.agree += 1
            else:
                result.misses.append((page_id, want, " | ".join(got[name])))
    return FieldReport(len(ids), list(results.values()))


# --------------------------------------------------------------------------- printing


def _share(part: int, whole: int) -> str:
    """``part / whole`` with three decimals, an em dash for nothing to share."""
    return f"{part / whole:.3f}" if whole else "—"


def _speed(value: float | None) -> str:
    """Pages per second, one decimal below 100."""
    if value is None:
        return "—"
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def snippet_table(results: Iterable[SnippetResult]) -> str:
    """The Markdown table of every extractor's snippet counts."""
    lines = [
        "| extractor | must-keep found | share | must-drop absent | share | errors | pages/s |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        label = f"{r.name} {r.version}".strip()
        cells = [
            label,
            f"{r.found}/{r.keep_total}",
            _share(r.found, r.keep_total),
            f"{r.absent}/{r.drop_total}",
            _share(r.absent, r.drop_total),
            str(r.errors),
            _speed(r.pages_per_second),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def field_table(results: Iterable[FieldResult]) -> str:
    """The Markdown table of cleanse's field agreement."""
    lines = ["| field | agree | share |", "|---|---|---|"]
    for r in results:
        lines.append(f"| {r.name} | {r.agree}/{r.total} | {_share(r.agree, r.total)} |")
    return "\n".join(lines)


def print_misses(result: SnippetResult, fields: FieldReport | None) -> None:
    """List one extractor's failed checks (and, for cleanse, its field disagreements)."""
    print(f"\n### {result.name}: failed checks\n")
    for miss in result.misses:
        what = "missing" if miss.kind == "keep" else "kept"
        print(f"- {miss.page_id}: {what}: {miss.snippet!r}")
    if result.name == "cleanse" and fields:
        for f in fields.fields:
            for page_id, want, got in f.misses:
                print(f"- {page_id}: {f.name}: want {want!r}, got {got!r}")


# --------------------------------------------------------------------------- cli


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    doc = (__doc__ or "").split("\n")[0]
    p = argparse.ArgumentParser(prog="python -m bench.snippets", description=doc)
    p.add_argument("folder", type=Path, help="check set (html/ + snippets.json [+ fields.json])")
    p.add_argument("--only", help="comma-separated extractor names")
    p.add_argument("--skip-file", type=Path, help="snippets to leave out, one per line")
    p.add_argument("--in-process", action="store_true", help="no subprocess per extractor")
    p.add_argument("--timeout", type=float, default=1800, help="seconds per extractor")
    p.add_argument("--misses", metavar="NAME", help="list this extractor's failed checks")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the selected extractors over the check set and print the tables."""
    args = parse_args(argv)
    only = [n.strip() for n in args.only.split(",")] if args.only else None
    unknown = sorted(set(only or ()) - {r.name for r in RUNNERS if r.mode == "html"})
    if unknown:
        raise SystemExit(f"unknown extractor(s): {', '.join(unknown)}")
    skip = read_skip_file(args.skip_file) if args.skip_file else frozenset()
    checks, skipped = load_checks(args.folder, skip)
    selected = runners_for("html", only)
    results = []
    for runner in (r for r in selected if r.available()):
        print(f"  running {runner.name} on {len(checks)} pages ...", file=sys.stderr)
        results.append(run_snippets(runner, args.folder, checks, args.in_process, args.timeout))
    results.sort(key=lambda r: r.passed, reverse=True)

    keep = sum(len(c.keep) for c in checks.values())
    drop = sum(len(c.drop) for c in checks.values())
    print(f"\n## snippet checks: {args.folder} ({len(checks)} pages)\n")
    print(f"{keep} must-keep and {drop} must-drop snippets; {skipped} left out (skip file)\n")
    print(snippet_table(results))
    print()
    for result in results:
        if result.setup_error:
            print(f"- {result.name}: not run ({result.setup_error}); its texts count as empty")
    for name in (r.name for r in selected if not r.available()):
        print(f"- {name}: not installed, skipped")
    fields = score_fields(args.folder) if any(r.name == "cleanse" for r in selected) else None
    if fields is not None:
        print(f"\n## cleanse's fields: {args.folder / 'fields.json'} ({fields.pages} pages)\n")
        print(field_table(fields.fields))
    for result in results:
        if result.name == args.misses:
            print_misses(result, fields)
    return 0


if __name__ == "__main__":
    sys.exit(main())
