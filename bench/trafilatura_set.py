"""Build a snippet check set from the real-world test pages of trafilatura 1.1.0.

``python -m bench.trafilatura_set TESTS_DIR OUT_DIR`` reads the ``tests/`` folder of
trafilatura 1.1.0's source distribution (GPL-3.0-or-later at that version)::

    pip download --no-deps --no-binary :all: trafilatura==1.1.0
    tar xzf trafilatura-1.1.0.tar.gz          # TESTS_DIR = trafilatura-1.1.0/tests

and writes, for ``python -m bench.snippets``:

- ``OUT_DIR/html/<id>.html``: the bytes of a page of ``TESTS_DIR/cache/``, ``<id>`` a slug of
  its file name (ASCII letters, digits, ``.``, ``-``, ``_``);
- ``OUT_DIR/snippets.json``: ``{id: {"url": ..., "with": [...], "without": [...]}}``, the
  strings the extracted text must contain and must not contain, from ``test_extract`` in
  ``realworld_tests.py`` (83 pages, 198 and 193 strings in 1.1.0);
- ``OUT_DIR/fields.json``: ``{id: {"url": ..., "title": ..., "author": ..., "sitename": ...}}``
  (the fields a page's asserts name), from ``test_pages`` in ``metadata_tests.py`` (25 pages).

The test files are parsed with :mod:`ast`, never imported or run. In ``test_extract`` a
statement ``result = load_mock_page(URL, xmloutput)`` picks the page and the ``assert``
statements after it give its checks: each part of an ``and`` of the form ``'S' in result`` or
``'S' not in result``.  Asserts under an ``if`` (the file's ``if xmloutput is False:``, checks
of the plain-text output) count too.  A call with more arguments than ``(url, xmloutput)``
asks for another setting (a language filter) and is skipped with its asserts; any other
statement or assert part is ignored.  ``test_pages`` is read the same way:
``metadata = extract_metadata(load_mock_page(URL))``, then ``assert metadata.title == '...'``
(``author``, ``sitename`` alike).  ``URL`` is a string or a name bound to one earlier in the
function; a page whose cache file is missing is left out.

Why: 83 pages of small German, French and English sites (blogs, shops, associations,
regional news) that the ScrapingHub set does not have (two hosts are shared: reuters.com,
theverge.com), checked with hand-written snippets instead of a full text.

Caveat: these are trafilatura's own regression pages, written to pass with trafilatura's
defaults, which keep reader comments; they favour trafilatura.
"""

from __future__ import annotations

import ast
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.folders import builder_main

REALWORLD = "realworld_tests.py"
METADATA = "metadata_tests.py"
FIELDS = ("title", "author", "sitename")

_UNSAFE_RE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class SnippetChecks:
    """The strings one page's extracted text must and must not contain."""

    url: str
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)

    def add(self, snippet: str, present: bool) -> None:
        """Record one check, once."""
        target = self.with_ if present else self.without
        if snippet not in target:
            target.append(snippet)


def slug(file_name: str) -> str:
    """A file-system and URL safe id for a cache file name: accents folded, ``.html`` cut.

    >>> slug("kulinariaathome.com.mandelplätzchen.html")
    'kulinariaathome.com.mandelplatzchen'
    >>> slug("a b/c.html")
    'a-b-c'
    """
    stem = file_name[: -len(".html")] if file_name.endswith(".html") else file_name
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    return _UNSAFE_RE.sub("-", ascii_stem).strip("-.") or "page"


def _parse(path: Path) -> ast.Module:
    """The syntax tree of a test file (read, not run)."""
    if not path.is_file():
        raise SystemExit(f"no {path.name} in {path.parent}: give trafilatura's tests/ folder")
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def mock_pages(tree: ast.Module) -> dict[str, str]:
    """The module-level ``MOCK_PAGES`` dict literal: URL -> cache file name."""
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "MOCK_PAGES" for t in node.targets
        ):
            try:
                value = ast.literal_eval(node.value)
            except ValueError:  # not a literal: nothing to read without running the file
                return {}
            if isinstance(value, dict):
                return {str(k): str(v) for k, v in value.items()}
    return {}


def _function(tree: ast.Module, name: str) -> ast.FunctionDef | None:
    """The module-level function called ``name``."""
    return next(
        (n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name),
        None,
    )


def _statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """The statements of a body in order, those of an ``if`` body included (not ``else``)."""
    for statement in body:
        if isinstance(statement, ast.If):
            yield from _statements(statement.body)
        else:
            yield statement


def _string(node: ast.expr, names: Mapping[str, str]) -> str | None:
    """A string literal, or a name bound to one earlier in the function."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return names.get(node.id)
    return None


def _call_args(node: ast.expr | None, function: str) -> list[ast.expr] | None:
    """The positional arguments of a keyword-free call of the plain name ``function``."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
        return None
    return list(node.args) if node.func.id == function and not node.keywords else None


def _assigned(statement: ast.stmt, target: str) -> ast.expr | None:
    """The value of ``target = value``, ``None`` for any other statement."""
    if isinstance(statement, ast.Assign) and any(
        isinstance(t, ast.Name) and t.id == target for t in statement.targets
    ):
        return statement.value
    return None


def _parts(statement: ast.Assert) -> list[ast.expr]:
    """The conditions of an assert: the operands of a top-level ``and``, else the test."""
    test = statement.test
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return list(test.values)
    return [test]


def _bind_string(statement: ast.stmt, names: dict[str, str]) -> None:
    """Track ``name = 'text'`` so that a later call may pass the name."""
    if not isinstance(statement, ast.Assign):
        return
    value = _string(statement.value, {})
    for target in statement.targets:
        if isinstance(target, ast.Name):
            if value is None:
                names.pop(target.id, None)
            else:
                names[target.id] = value


def _page_url(node: ast.expr | None, max_args: int, names: Mapping[str, str]) -> str | None:
    """The URL a ``load_mock_page(URL, ...)`` call loads; ``None`` for any other call and for
    one with more than ``max_args`` arguments (another setting)."""
    args = _call_args(node, "load_mock_page")
    if not args or len(args) > max_args:
        return None
    return _string(args[0], names)


def snippet_checks(tree: ast.Module) -> dict[str, SnippetChecks]:
    """``{url: checks}`` from ``test_extract``'s loads and asserts, in file order."""
    function = _function(tree, "test_extract")
    checks: dict[str, SnippetChecks] = {}
    if function is None:
        return checks
    # (url, xmloutput) and nothing else
    for url, part in _asserted(function, "result", lambda v, names: _page_url(v, 2, names)):
        found = _snippet(part)
        if found is not None:
            checks.setdefault(url, SnippetChecks(url)).add(*found)
    return checks


def _asserted(
    function: ast.FunctionDef,
    target: str,
    url_of: Callable[[ast.expr, Mapping[str, str]], str | None],
) -> Iterator[tuple[str, ast.expr]]:
    """``(url, condition)`` for each condition of each assert that follows ``target = value``,
    where ``url_of(value, names)`` says which page the value loads (None: no page we read)."""
    names: dict[str, str] = {}
    url: str | None = None
    for statement in _statements(function.body):
        _bind_string(statement, names)
        value = _assigned(statement, target)
        if value is not None:
            url = url_of(value, names)
        elif isinstance(statement, ast.Assert) and url is not None:
            for part in _parts(statement):
                yield url, part


def _snippet(part: ast.expr) -> tuple[str, bool] | None:
    """``('S', True)`` for ``'S' in result``, ``('S', False)`` for ``'S' not in result``."""
    if not (isinstance(part, ast.Compare) and len(part.ops) == 1):
        return None
    left, op, right = part.left, part.ops[0], part.comparators[0]
    if not (isinstance(right, ast.Name) and right.id == "result"):
        return None
    if not (isinstance(left, ast.Constant) and isinstance(left.value, str)):
        return None
    if isinstance(op, ast.In):
        return left.value, True
    if isinstance(op, ast.NotIn):
        return left.value, False
    return None


def field_checks(tree: ast.Module) -> dict[str, dict[str, str]]:
    """``{url: {field: value}}`` from ``test_pages``' ``metadata.<field> == '...'`` asserts."""
    function = _function(tree, "test_pages")
    fields: dict[str, dict[str, str]] = {}
    if function is None:
        return fields
    for url, part in _asserted(function, "metadata", _metadata_url):
        found = _field(part)
        if found is not None:
            fields.setdefault(url, {})[found[0]] = found[1]
    return fields


def _metadata_url(value: ast.expr, names: Mapping[str, str]) -> str | None:
    """The URL of ``extract_metadata(load_mock_page(URL))``, ``None`` for anything else."""
    args = _call_args(value, "extract_metadata")
    return _page_url(args[0], 1, names) if args and len(args) == 1 else None


def _field(part: ast.expr) -> tuple[str, str] | None:
    """``('title', 'T')`` for ``metadata.title == 'T'`` (title, author, sitename only)."""
    if not (isinstance(part, ast.Compare) and len(part.ops) == 1):
        return None
    left, op, right = part.left, part.ops[0], part.comparators[0]
    if not (isinstance(op, ast.Eq) and isinstance(left, ast.Attribute)):
        return None
    if not (isinstance(left.value, ast.Name) and left.value.id == "metadata"):
        return None
    if left.attr not in FIELDS or not isinstance(right, ast.Constant):
        return None
    return (left.attr, right.value) if isinstance(right.value, str) else None


class PageIds:
    """Ids for cache files: a slug each, the same file always the same id, clashes numbered."""

    def __init__(self) -> None:
        self.by_file: dict[str, str] = {}

    def __call__(self, file_name: str) -> str:
        """The id of ``file_name``."""
        if file_name not in self.by_file:
            base, taken = slug(file_name), set(self.by_file.values())
            page_id, count = base, 1
            while page_id in taken:
                count += 1
                page_id = f"{base}-{count}"
            self.by_file[file_name] = page_id
        return self.by_file[file_name]


def write_set(tests_dir: Path, out_dir: Path) -> int:
    """Write ``html/``, ``snippets.json`` and ``fields.json`` under ``out_dir``; return the
    number of pages written.  Pages whose cache file is missing are named on stderr."""
    cache = tests_dir / "cache"
    realworld, metadata = _parse(tests_dir / REALWORLD), _parse(tests_dir / METADATA)
    ids = PageIds()
    files: dict[str, Path] = {}  # id -> cache file
    missing: list[str] = []

    def page_id(pages: Mapping[str, str], url: str) -> str | None:
        """The id of the page ``url`` loads, noted for writing; ``None`` without its file."""
        name = pages.get(url)
        if name is None or not (cache / name).is_file():
            missing.append(url)
            return None
        files[ids(name)] = cache / name
        return ids(name)

    snippets: dict[str, dict[str, Any]] = {}
    pages = mock_pages(realworld)
    for url, checks in snippet_checks(realworld).items():
        key = page_id(pages, url)
        if key is not None:  # two URLs of one file share its entry
            entry = snippets.setdefault(key, {"url": url, "with": [], "without": []})
            entry["with"] += [s for s in checks.with_ if s not in entry["with"]]
            entry["without"] += [s for s in checks.without if s not in entry["without"]]
    fields: dict[str, dict[str, str]] = {}
    pages = mock_pages(metadata)
    for url, values in field_checks(metadata).items():
        key = page_id(pages, url)
        if key is not None:
            fields.setdefault(key, {"url": url}).update(values)

    (out_dir / "html").mkdir(parents=True, exist_ok=True)
    for key, path in sorted(files.items()):
        (out_dir / "html" / f"{key}.html").write_bytes(path.read_bytes())
    for name, data in (("snippets.json", snippets), ("fields.json", fields)):
        body = json.dumps(dict(sorted(data.items())), indent=1, ensure_ascii=False)
        (out_dir / name).write_text(body + "\n", encoding="utf-8")
    for url in missing:
        print(f"left out (no cache file): {url}", file=sys.stderr)
    return len(files)


def main(argv: list[str] | None = None) -> int:
    """Build the folder and print how many pages were written."""
    source_help = "trafilatura 1.1.0's tests/ folder (realworld_tests.py, cache/)"
    out_help = "check-set folder to write (html/ + snippets.json + fields.json)"
    doc = __doc__ or ""
    return builder_main(argv, "trafilatura_set", doc, source_help, write_set, out_help)


if __name__ == "__main__":
    sys.exit(main())
