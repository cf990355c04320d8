"""The result types (``Article`` and its parts) and ``assemble``, which builds one from verdicts."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple

from .authors import split_names
from .blocks import Document, Kind, Metadata, new_tuple
from .dates import finer, publishing_date
from .pipeline import Action, Verdict
from .titles import site_keys, url_host


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One body block of the article."""

    text: str
    kind: Kind = Kind.PARAGRAPH


@dataclass(frozen=True, slots=True)
class Caption:
    """An image caption and the credit line that went with it (either may be empty)."""

    text: str
    credit: str | None = None


class Trace(NamedTuple):
    """What happened to one input block: kept, dropped or taken into a field, and why.

    A named tuple, like ``Block``: every page makes one per block, and a named tuple is built
    about four times faster than a frozen dataclass (measured).
    """

    index: int  # type: ignore[assignment]  # shadows tuple.index, as Block.index does
    text: str
    kind: Kind
    span: tuple[int, int]
    status: str  # "kept", "dropped" or "taken"
    filter: str | None = None
    reason: str | None = None
    detail: str = ""
    field: str | None = None
    path: str = ""


@dataclass(frozen=True, slots=True)
class Removal:
    """A block removed from the article: its text, which filter, the reason slug and detail."""

    text: str
    filter: str
    reason: str
    detail: str
    span: tuple[int, int]


@dataclass(frozen=True)
class Article:
    """A cleaned article: fields, body paragraphs, and the trace of every input block."""

    title: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    url: str | None = None
    description: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    tags: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    copyright: str | None = None
    trace: tuple[Trace, ...] = field(default=(), repr=False)

    @property
    def text(self) -> str:
        """The body: paragraph texts joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def removed(self) -> tuple[Removal, ...]:
        """Every dropped block, with the filter, reason slug, detail and span."""
        return tuple(
            Removal(t.text, t.filter or "", t.reason or "", t.detail, t.span)
            for t in self.trace
            if t.status == "dropped"
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every field (``removed`` included for readers' convenience)."""
        data = asdict(self)
        data["trace"] = [t._asdict() for t in self.trace]
        data["removed"] = [asdict(r) for r in self.removed]
        return data

    def to_json(self, **kwargs: Any) -> str:
        """The article as JSON (``kwargs`` go to ``json.dumps``)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from ``to_dict()`` output."""
        simple = {
            k: data.get(k)
            for k in (
                "title",
                "byline",
                "date",
                "modified",
                "site_name",
                "language",
                "url",
                "description",
                "copyright",
            )
        }
        return cls(
            **simple,
            authors=tuple(data.get("authors", ())),
            paragraphs=tuple(Paragraph(p["text"], Kind(p["kind"])) for p in data["paragraphs"]),
            tags=tuple(data["tags"]),
            captions=tuple(Caption(c["text"], c["credit"]) for c in data["captions"]),
            trace=tuple(
                Trace(**{**t, "kind": Kind(t["kind"]), "span": tuple(t["span"])})
                for t in data.get("trace", ())
            ),
        )

    def to_markdown(self) -> str:
        """The article as Markdown: title, byline/date, body by kind, captions, tags, copyright."""
        out: list[str] = []
        if self.title:
            out.append(f"# {self.title}")
        byline = self.byline or ", ".join(self.authors)
        meta = " · ".join(x for x in (byline, self.date) if x)
        if meta:
            out.append(f"*{meta}*")
        out.extend(_markdown_block(p) for p in self.paragraphs)
        out.extend(f"> 📷 {c.text}" + (f" ({c.credit})" if c.credit else "") for c in self.captions)
        if self.tags:
            out.append("Tags: " + ", ".join(self.tags))
        if self.copyright:
            out.append(self.copyright)
        return "\n\n".join(out) + "\n"

    def explain(self) -> str:
        """One line per input block: kept / dropped / taken, by which filter, and why."""
        lines = []
        for t in self.trace:
            snippet = t.text if len(t.text) <= 70 else t.text[:67] + "..."
            where = f"{t.span[0]}-{t.span[1]}"
            if t.status == "kept":
                why = f"kept    {t.kind}"
            else:
                into = f" -> {t.field}" if t.field else ""
                detail = f" ({t.detail})" if t.detail else ""
                why = f"{t.status:<7} {t.filter}:{t.reason}{into}{detail}"
            lines.append(f"{t.index:>4} {where:>11}  {why}\n{'':>18}{snippet!r}")
        return "\n".join(lines)


# Plain-text list items and quotes keep their own marker ("- ", "1. ", "> ").
_MARKED_ITEM = re.compile(r"^(?:[-*+•·▪◦●○■□►▸‣⁃–]\s|\d{1,3}[.)]\s)")


def _markdown_block(p: Paragraph) -> str:
    if p.kind is Kind.HEADING:
        return f"## {p.text}"
    if p.kind is Kind.LIST_ITEM:
        return p.text if _MARKED_ITEM.match(p.text) else f"- {p.text}"
    if p.kind is Kind.QUOTE:
        return p.text if p.text.startswith(">") else "> " + p.text.replace("\n", "\n> ")
    if p.kind is Kind.CODE:
        return f"```\n{p.text}\n```"
    return p.text


def _field_value(verdict: Verdict) -> str | tuple[str, ...]:
    decision = verdict.decision
    assert decision is not None
    return decision.value if decision.value is not None else verdict.block.text


def _caption(value: str | tuple[str, ...]) -> Caption:
    """A caption from a taken value: its text, or ``(text, credit)`` when the line held both."""
    if isinstance(value, str):
        return Caption(value)
    text = value[0] if value else ""
    credit = value[1] if len(value) > 1 and value[1] else None
    return Caption(text, credit)


def _authors(meta: Metadata, byline: str | None, shown: bool) -> tuple[str, ...]:
    """The people who wrote the piece: those the head names, else those of the byline.

    A byline ``shown`` on the page wins when its names hold all of the head's and more (a
    JSON-LD that names only the first of three writers); the head's own byline is no second
    opinion (it may join a person and an organisation the head told apart).
    """
    named = split_names(byline, site_keys(meta.site_name)) if byline else ()
    if not meta.authors or not named:
        return meta.authors or named
    if shown and {_fold(n) for n in meta.authors} < {_fold(n) for n in named}:
        return named
    return meta.authors


def _fold(name: str) -> str:
    """A name for comparison: case-folded, single spaces."""
    return " ".join(name.casefold().split())


def assemble(document: Document, verdicts: tuple[Verdict, ...], language: str | None) -> Article:
    """Build the article from the document, one verdict per block, and the page language."""
    meta = document.metadata
    fields: dict[str, str] = {}
    tags: list[str] = list(meta.tags)
    captions: dict[int, Caption] = {}
    credits: list[tuple[int | None, str]] = []
    paragraphs: list[Paragraph] = []
    traces: list[Trace] = []
    byline_line = ""  # the byline's line as the page shows it: it may date the piece too
    for v in verdicts:
        b, name, d = v
        where = (b.index, b.text, b.kind, (b.start, b.end))
        if d is None:
            traces.append(new_tuple(Trace, (*where, "kept", None, None, "", None, b.path)))
            paragraphs.append(Paragraph(b.text, Kind.PARAGRAPH if b.kind is Kind.LINE else b.kind))
            continue
        dropped = d.action is Action.DROP
        status = "dropped" if dropped else "taken"
        traces.append(new_tuple(Trace, (*where, status, name, d.reason, d.detail, d.field, b.path)))
        if dropped:
            continue
        value = _field_value(v)
        if d.field == "tags":
            tags.extend(value if isinstance(value, tuple) else (value,))
        elif d.field == "caption":
            captions[b.index] = _caption(value)
        elif d.field == "credit":
            credits.append((d.link, str(value)))
        elif d.field is not None and d.field not in fields:
            fields[d.field] = str(value)
            if d.field == "byline":
                byline_line = b.text
    orphans: list[Caption] = []
    for link, credit in credits:
        if link is not None and link in captions and captions[link].credit is None:
            captions[link] = Caption(captions[link].text, credit)
        else:
            orphans.append(Caption("", credit))
    byline = fields.get("byline", meta.byline) or meta.fallback_byline
    return Article(
        title=fields.get("title", meta.title),
        byline=byline,
        authors=_authors(meta, byline, "byline" in fields),
        date=finer(
            finer(meta.date, fields.get("date") or publishing_date(byline_line)),
            meta.fallback_date,
        ),
        modified=finer(meta.modified, fields.get("modified")),
        # The host only fills the field: it is no name to take out of the authors above.
        site_name=meta.site_name or url_host(meta.url),
        language=language,
        url=meta.url,
        description=meta.description,
        paragraphs=tuple(paragraphs),
        tags=tuple(dict.fromkeys(t for t in (tags or meta.fallback_tags) if t)),
        captions=(*captions.values(), *orphans),
        copyright=fields.get("copyright", meta.copyright),
        trace=tuple(traces),
    )
