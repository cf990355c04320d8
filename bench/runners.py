"""Extractors under test, page loading, and the worker that times one extractor.

Every extractor is a :class:`Runner`: a name, the input mode it works on (``"html"`` pages or
``"text"`` files), the package it needs, and a ``setup`` function that imports the library
and returns ``extract(page) -> str``.  Setup (imports, model or stoplist loading, and one
warm-up call on the first page) is not timed; each ``extract`` call is.

Every extractor is given the same :class:`Page`: the raw bytes as stored (gunzipped) and the
same bytes decoded once by the harness.  ``cleanse`` gets the raw bytes (it decodes by
itself, inside the timed call); the other libraries get the decoded string.

The worker (``python -m bench --worker JOB.json``) runs one extractor over a list of pages in
its own process, so its peak resident memory (``ru_maxrss``) is that extractor's alone.
"""

from __future__ import annotations

import gzip
import html as html_lib
import importlib
import json
import re
import resource
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from importlib.util import find_spec
from pathlib import Path
from typing import Any, Literal

from bench.c4 import c4_clean

Mode = Literal["html", "text"]
Extract = Callable[["Page"], str]

REPO_ROOT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class Page:
    """One benchmark page as given to every extractor."""

    id: str
    raw: bytes
    text: str
    url: str


_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)


def decode_html(raw: bytes) -> str:
    """Decode page bytes: UTF-8 if valid, else the ``<meta>`` charset, else cp1252.

    >>> decode_html("café".encode("utf-8"))
    'café'
    >>> decode_html(b'<meta charset="latin-1">caf\\xe9')
    '<meta charset="latin-1">café'
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET_RE.search(raw[:8192])
    if match:
        try:
            return raw.decode(match.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return raw.decode("cp1252", errors="replace")


def html_path(root: Path, page_id: str) -> Path:
    """The stored HTML of ``page_id`` under ``root/html`` (``.html.gz`` or ``.html``)."""
    gz = root / "html" / f"{page_id}.html.gz"
    return gz if gz.exists() else root / "html" / f"{page_id}.html"


def read_html_bytes(root: Path, page_id: str) -> bytes:
    """The page's HTML bytes, gunzipped when stored gzipped."""
    path = html_path(root, page_id)
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def load_page(mode: Mode, data_dir: Path, page_id: str, url: str) -> Page:
    """Load one page from an HTML root (``mode="html"``) or a text folder."""
    if mode == "html":
        raw = read_html_bytes(data_dir, page_id)
        return Page(page_id, raw, decode_html(raw), url)
    text = (data_dir / f"{page_id}.txt").read_text(encoding="utf-8")
    return Page(page_id, text.encode("utf-8"), text, url)


def available_ids(mode: Mode, data_dir: Path, truth: dict[str, Any]) -> list[str]:
    """Sorted ids of the truth file that have an input file in ``data_dir``."""
    if mode == "html":
        return sorted(i for i in truth if html_path(data_dir, i).exists())
    return sorted(i for i in truth if (data_dir / f"{i}.txt").exists())


# --------------------------------------------------------------------------- html to text

_SKIP_TAGS = frozenset({"script", "style", "template"})
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "button", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hr", "label", "li", "main", "nav", "ol", "option",
    "p", "pre", "section", "select", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})  # fmt: skip
_SPACES_RE = re.compile(r"[ \t\r\f\v\u00a0]+")


def _tag_name(element: Any) -> str | None:
    """Lower-case tag of an element, ``None`` for comments and processing instructions."""
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else None


def _tidy_lines(text: str) -> str:
    """Collapse spaces inside lines, strip lines, drop empty lines."""
    lines = (_SPACES_RE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def element_text(root: Any) -> str:
    """Visible text of an lxml element with a newline around each block element.

    Unlike ``text_content()``, words of adjacent blocks are not glued together, and
    ``<script>``/``<style>`` contents and comments are left out.

    >>> import lxml.html
    >>> root = lxml.html.fromstring("<div><p>a<!-- x -->b</p><p>c<script>1</script></p></div>")
    >>> element_text(root)
    'ab\\nc'
    """
    from lxml import etree

    parts: list[str] = []
    skip = 0
    events = ("start", "end", "comment", "pi")
    for event, element in etree.iterwalk(root, events=events):
        tag = _tag_name(element)
        if event in ("comment", "pi"):
            parts.append("" if skip else element.tail or "")
        elif event == "start":
            skip += tag in _SKIP_TAGS
            if not skip:
                parts.append("\n" if tag in _BLOCK_TAGS else "")
                parts.append(element.text or "")
        else:
            skip -= tag in _SKIP_TAGS
            if not skip:
                parts.append("\n" if tag in _BLOCK_TAGS else "")
                parts.append("" if element is root else element.tail or "")
    return _tidy_lines("".join(parts))


_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")


def parse_html(text: str) -> Any:
    """Parse an HTML string with lxml (an XML declaration is removed first)."""
    import lxml.html

    return lxml.html.document_fromstring(_XML_DECL_RE.sub("", text, count=1) or "<html/>")


def whole_page_text(text: str) -> str:
    """All text of the page, no cleaning: the ``<title>`` and every text node of the body.

    Only ``<script>``, ``<style>`` and ``<template>`` contents are left out; this is the same
    flattening as the benchmark's plain-text files (both score F1 0.665).
    """
    return element_text(parse_html(text))


# --------------------------------------------------------------------------- runners


@dataclass(frozen=True)
class Runner:
    """One extraction method under test."""

    name: str
    mode: Mode
    setup: Callable[[], Extract]
    module: str | None = None
    dist: str | None = None
    required: bool = False

    def available(self) -> bool:
        """True when the library imports (the ``required`` runners always run)."""
        return self.required or self.module is None or find_spec(self.module) is not None

    def version(self) -> str:
        """Installed version of the library, or ``""``."""
        if self.dist is None:
            return ""
        try:
            return version(self.dist)
        except PackageNotFoundError:
            return "local" if self.required else ""


def import_cleanse() -> Any:
    """Import ``cleanse``; fall back to the repository's ``src/`` when not installed."""
    try:
        return importlib.import_module("cleanse")
    except ImportError:
        src = REPO_ROOT / "src"
        if not (src / "cleanse").is_dir():
            raise
        sys.path.insert(0, str(src))
        return importlib.import_module("cleanse")


def _setup_cleanse_html() -> Extract:
    clean = import_cleanse().clean
    return lambda page: str(clean(page.raw).text)


def _setup_cleanse_text() -> Extract:
    clean = import_cleanse().clean
    return lambda page: str(clean(page.text, kind="text").text)


def _setup_cleanse_auto() -> Extract:
    """cleanse told nothing of the input: it tells Markdown (and markup) from plain text."""
    clean = import_cleanse().clean
    return lambda page: str(clean(page.text).text)


def _setup_trafilatura(**options: Any) -> Callable[[], Extract]:
    def setup() -> Extract:
        import trafilatura

        return lambda page: trafilatura.extract(page.text, **options) or ""

    return setup


def _setup_readability() -> Extract:
    from readability import Document

    def extract(page: Page) -> str:
        summary = Document(page.text).summary()
        return element_text(parse_html(summary)) if summary.strip() else ""

    return extract


def _setup_newspaper() -> Extract:
    from newspaper import Article

    def extract(page: Page) -> str:
        article = Article(page.url or "https://example.com/", fetch_images=False)
        article.download(input_html=page.text)
        article.parse()
        return str(article.text or "")

    return extract


def _setup_goose() -> Extract:
    from goose3 import Goose

    goose = Goose({"enable_image_fetching": False})
    return lambda page: str(goose.extract(raw_html=page.text).cleaned_text or "")


def _setup_boilerpy3() -> Extract:
    from boilerpy3 import extractors

    extractor = extractors.ArticleExtractor(raise_on_failure=True)
    return lambda page: str(extractor.get_content(page.text) or "")


def _justext_join(paragraphs: list[Any]) -> str:
    """Join the non-boilerplate paragraphs of a jusText result."""
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _setup_justext() -> Extract:
    import justext

    stoplist = justext.get_stoplist("English")
    return lambda page: _justext_join(justext.justext(page.text, stoplist))


_LANG_RE = re.compile(r"""<html[^>]*\slang\s*=\s*["']?([a-zA-Z]{2,3})""", re.I)
# ISO 639-1 codes of the jusText stoplists most often seen on news sites.
_JUSTEXT_LANGUAGES = {
    "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "et": "Estonian",
    "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ko": "Korean",
    "lt": "Lithuanian", "lv": "Latvian", "nb": "Norwegian_Bokmal", "nl": "Dutch",
    "no": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sr": "Serbian", "sv": "Swedish",
    "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese",
}  # fmt: skip


def page_stoplist_name(text: str) -> str:
    """jusText stoplist for the page's ``<html lang>``, English when unknown.

    >>> page_stoplist_name('<html lang="de-DE"><body></body></html>')
    'German'
    >>> page_stoplist_name('<html><body></body></html>')
    'English'
    """
    match = _LANG_RE.search(text[:20000])
    code = match.group(1).lower()[:2] if match else "en"
    return _JUSTEXT_LANGUAGES.get(code, "English")


def _setup_justext_lang() -> Extract:
    import justext

    def extract(page: Page) -> str:
        stoplist = justext.get_stoplist(page_stoplist_name(page.text))
        return _justext_join(justext.justext(page.text, stoplist))

    return extract


def lines_as_html(text: str) -> str:
    """Wrap each non-empty line of ``text`` in its own ``<p>`` (escaped).

    >>> lines_as_html("a < b\\n\\nc")
    '<html><body><p>a &lt; b</p>\\n<p>c</p></body></html>'
    """
    lines = (html_lib.escape(line.strip()) for line in text.splitlines() if line.strip())
    return "<html><body>" + "\n".join(f"<p>{line}</p>" for line in lines) + "</body></html>"


def _setup_justext_lines() -> Extract:
    import justext

    stoplist = justext.get_stoplist("English")
    return lambda page: _justext_join(justext.justext(lines_as_html(page.text), stoplist))


def _setup_resiliparse() -> Extract:
    from resiliparse.extract.html2text import extract_plain_text

    return lambda page: str(extract_plain_text(page.text, main_content=True))


def _setup_whole_page() -> Extract:
    return lambda page: whole_page_text(page.text)


def _setup_identity() -> Extract:
    return lambda page: page.text


def _setup_c4() -> Extract:
    return lambda page: c4_clean(page.text)


def _setup_null() -> Extract:
    return lambda page: ""


NULL_RUNNER = Runner("null", "html", _setup_null)

RUNNERS: tuple[Runner, ...] = (
    Runner("cleanse", "html", _setup_cleanse_html, "cleanse", "cleanse", required=True),
    Runner(
        "trafilatura",
        "html",
        _setup_trafilatura(include_comments=False),
        "trafilatura",
        "trafilatura",
    ),
    Runner("trafilatura-defaults", "html", _setup_trafilatura(), "trafilatura", "trafilatura"),
    Runner("readability", "html", _setup_readability, "readability", "readability-lxml"),
    Runner("newspaper4k", "html", _setup_newspaper, "newspaper", "newspaper4k"),
    Runner("goose3", "html", _setup_goose, "goose3", "goose3"),
    Runner("boilerpy3", "html", _setup_boilerpy3, "boilerpy3", "boilerpy3"),
    Runner("justext", "html", _setup_justext, "justext", "jusText"),
    Runner("justext-lang", "html", _setup_justext_lang, "justext", "jusText"),
    Runner("resiliparse", "html", _setup_resiliparse, "resiliparse", "resiliparse"),
    Runner("whole-page", "html", _setup_whole_page, "lxml"),
    Runner("cleanse", "text", _setup_cleanse_text, "cleanse", "cleanse", required=True),
    Runner("cleanse-auto", "text", _setup_cleanse_auto, "cleanse", "cleanse"),
    Runner("no-cleaning", "text", _setup_identity),
    Runner("c4", "text", _setup_c4),
    Runner("justext-lines", "text", _setup_justext_lines, "justext", "jusText"),
)


def runners_for(mode: Mode, only: list[str] | None = None) -> list[Runner]:
    """Runners of ``mode``, restricted to the names in ``only`` when given."""
    return [r for r in RUNNERS if r.mode == mode and (not only or r.name in only)]


def find_runner(mode: Mode, name: str) -> Runner:
    """The runner called ``name`` for ``mode`` (``"null"`` is the do-nothing baseline)."""
    if name == NULL_RUNNER.name:
        return NULL_RUNNER
    for runner in RUNNERS:
        if runner.mode == mode and runner.name == name:
            return runner
    raise KeyError(f"no {mode} extractor named {name!r}")


# --------------------------------------------------------------------------- worker


def _vm_hwm_mb() -> float | None:
    """``VmHWM`` (peak RSS of this process image) from ``/proc/self/status``, in MiB."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MiB.

    On Linux ``ru_maxrss`` survives ``exec``: a worker started by a big parent would report
    at least the parent's size.  ``VmHWM`` is reset by ``exec``, so it is used where
    ``/proc`` has it; ``getrusage(RUSAGE_SELF).ru_maxrss`` is the fallback.
    """
    hwm = _vm_hwm_mb()
    if hwm is not None:
        return hwm
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _describe(error: BaseException) -> str:
    """One-line description of an exception."""
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}"[:300]


def timed_extract(extract: Extract | None, page: Page) -> tuple[str, float, str | None]:
    """Run ``extract`` on ``page``: (text, seconds, error); a failure yields empty text."""
    if extract is None:
        return "", 0.0, "setup failed"
    start = time.perf_counter()
    try:
        text = extract(page)
        error = None
    except Exception as exc:  # any extractor failure is counted, not fatal
        text, error = "", _describe(exc)
    return text, time.perf_counter() - start, error


def _safe_setup(runner: Runner) -> tuple[Extract | None, str | None, float]:
    """Set the runner up: (extract or None, setup error, setup seconds)."""
    start = time.perf_counter()
    try:
        return runner.setup(), None, time.perf_counter() - start
    except Exception as exc:  # a missing or broken library fails soft
        return None, _describe(exc), time.perf_counter() - start


def run_extractor(
    runner: Runner, data_dir: Path, ids: list[str], urls: dict[str, str]
) -> dict[str, Any]:
    """Run one extractor over ``ids``; loading and decoding pages is not timed."""
    extract, setup_error, setup_seconds = _safe_setup(runner)
    if extract is not None and ids:
        # One untimed warm-up call, so lazy imports and caches filled on first use are
        # counted as setup rather than charged to the first page.
        timed_extract(extract, load_page(runner.mode, data_dir, ids[0], urls.get(ids[0], "")))
    pages = []
    for page_id in ids:
        page = load_page(runner.mode, data_dir, page_id, urls.get(page_id, ""))
        text, seconds, error = timed_extract(extract, page)
        pages.append({"id": page_id, "text": text, "seconds": seconds, "error": error})
    return {
        "name": runner.name,
        "setup_error": setup_error,
        "setup_seconds": setup_seconds,
        "pages": pages,
    }


def run_worker(job_path: Path) -> int:
    """Entry point of ``python -m bench --worker JOB.json``: run one job, write its result."""
    warnings.simplefilter("ignore")
    job = json.loads(job_path.read_text(encoding="utf-8"))
    runner = find_runner(job["mode"], job["name"])
    result = run_extractor(runner, Path(job["data_dir"]), job["ids"], job["urls"])
    result["peak_rss_mb"] = peak_rss_mb()
    Path(job["out"]).write_text(json.dumps(result), encoding="utf-8")
    return 0
