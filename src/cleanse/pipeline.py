"""Filters and pipelines: each filter looks at the blocks still kept and returns decisions.

A filter is any object with a ``name`` and a call ``filter(context) -> Iterable[Decision]``;
``as_filter`` turns a plain function into one. A ``Pipeline`` runs filters in list order and
records, for every block, which filter decided what and why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import NamedTuple, Protocol, runtime_checkable

from .blocks import Block, Document, new_tuple
from .errors import FilterError, PipelineError

FIELDS = frozenset(
    {"title", "byline", "date", "modified", "tags", "copyright", "caption", "credit"}
)


class Action(str, Enum):
    """What a decision does with its block."""

    DROP = "drop"
    TAKE = "take"

    def __str__(self) -> str:
        return self.value


class Decision(NamedTuple):
    """A filter's verdict on one block: drop it, or take it out of the body into a field.

    ``value`` is the parsed field value (tags split, "By " stripped from a byline, a caption
    line that ends in its credit as ``(caption, credit)``); ``link`` pairs a credit with the
    index of its caption block.
    """

    block: int
    action: Action
    reason: str
    detail: str = ""
    field: str | None = None
    value: str | tuple[str, ...] | None = None
    link: int | None = None


def drop(block: Block, reason: str, detail: str = "") -> Decision:
    """Decide to remove ``block`` from the article, for ``reason`` (a snake_case slug)."""
    return new_tuple(Decision, (block.index, Action.DROP, reason, detail, None, None, None))


def take(
    block: Block,
    field: str,
    reason: str,
    detail: str = "",
    *,
    value: str | tuple[str, ...] | None = None,
    link: int | None = None,
) -> Decision:
    """Decide to move ``block`` out of the body into the article field ``field``."""
    return new_tuple(Decision, (block.index, Action.TAKE, reason, detail, field, value, link))


_NOTHING_DECIDED: Mapping[int, Decision] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Context:
    """What a filter sees: the document, the blocks still kept (in order), the page language,
    and the decisions earlier filters made (by block index: why the other blocks went)."""

    document: Document
    blocks: tuple[Block, ...]
    language: str | None = None
    earlier: Mapping[int, Decision] = field(default_factory=lambda: _NOTHING_DECIDED)


@runtime_checkable
class Filter(Protocol):
    """The filter protocol: a ``name`` and a call from context to decisions."""

    name: str

    def __call__(self, context: Context) -> Iterable[Decision]: ...


class BaseFilter:
    """A base for filter classes: ``repr`` shows the options the constructor stored.

    >>> class MinWords(BaseFilter):
    ...     def __init__(self, minimum=3, *, name="min_words"):
    ...         self.minimum = minimum
    ...         self.name = name
    >>> MinWords(5)
    MinWords(minimum=5, name='min_words')
    """

    name: str

    def __repr__(self) -> str:
        options = ", ".join(f"{key}={value!r}" for key, value in vars(self).items())
        return f"{type(self).__name__}({options})"


class FunctionFilter:
    """A filter made from a plain function by ``as_filter``."""

    def __init__(self, function: Callable[[Context], Iterable[Decision]], name: str) -> None:
        self.function = function
        self.name = name

    def __call__(self, context: Context) -> Iterable[Decision]:
        return self.function(context)

    def __repr__(self) -> str:
        return f"as_filter({self.function.__qualname__}, name={self.name!r})"


def as_filter(
    function: Callable[[Context], Iterable[Decision]] | None = None, *, name: str | None = None
) -> Callable[..., FunctionFilter] | FunctionFilter:
    """Turn ``function(context) -> decisions`` into a filter (usable bare or with ``name=``).

    >>> @as_filter
    ... def no_shouting(context):
    ...     return [drop(b, "shouting") for b in context.blocks if b.text.isupper()]
    >>> no_shouting.name
    'no_shouting'
    """

    def wrap(fn: Callable[[Context], Iterable[Decision]]) -> FunctionFilter:
        return FunctionFilter(fn, name or fn.__name__)

    return wrap(function) if function is not None else wrap


class Verdict(NamedTuple):
    """What happened to one block: kept, or decided by a filter."""

    block: Block
    filter: str | None
    decision: Decision | None

    @property
    def status(self) -> str:
        """``kept``, ``dropped`` or ``taken``."""
        if self.decision is None:
            return "kept"
        return "dropped" if self.decision.action is Action.DROP else "taken"


class Pipeline(Sequence[Filter]):
    """An ordered, immutable list of filters; edits return a new pipeline."""

    def __init__(self, filters: Iterable[Filter] = ()) -> None:
        self._filters: tuple[Filter, ...] = tuple(filters)
        for f in self._filters:
            if not isinstance(f, Filter):
                raise PipelineError(f"{f!r} is not a filter (needs .name and a call)")
        names = [f.name for f in self._filters]
        duplicates = {n for n in names if names.count(n) > 1}
        if duplicates:
            raise PipelineError(f"duplicate filter names: {sorted(duplicates)}")

    def __getitem__(self, index: int) -> Filter:  # type: ignore[override]
        return self._filters[index]

    def __len__(self) -> int:
        return len(self._filters)

    def __iter__(self) -> Iterator[Filter]:
        return iter(self._filters)

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)!r})"

    @property
    def names(self) -> tuple[str, ...]:
        """The filters' names, in run order."""
        return tuple(f.name for f in self._filters)

    def _position(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise PipelineError(f"no filter named {name!r} in {list(self.names)}") from None

    def without(self, *names: str) -> Pipeline:
        """This pipeline with the named filters switched off."""
        for name in names:
            self._position(name)
        return Pipeline(f for f in self._filters if f.name not in names)

    def with_filter(
        self, new: Filter, *, before: str | None = None, after: str | None = None
    ) -> Pipeline:
        """This pipeline with ``new`` added: at the end, or before/after a named filter."""
        if before is not None and after is not None:
            raise PipelineError("give before= or after=, not both")
        filters = list(self._filters)
        if before is not None:
            filters.insert(self._position(before), new)
        elif after is not None:
            filters.insert(self._position(after) + 1, new)
        else:
            filters.append(new)
        return Pipeline(filters)

    def replace(self, name: str, new: Filter) -> Pipeline:
        """This pipeline with the filter called ``name`` swapped for ``new``."""
        filters = list(self._filters)
        filters[self._position(name)] = new
        return Pipeline(filters)

    def run(self, document: Document, language: str | None = None) -> tuple[Verdict, ...]:
        """Run every filter in order; return one verdict per block of ``document``."""
        decided: dict[int, tuple[str, Decision]] = {}
        earlier: dict[int, Decision] = {}
        shown = MappingProxyType(earlier)  # filters read it; the pipeline alone writes it
        kept = document.blocks
        alive = {b.index for b in kept}  # the indexes of ``kept``: what a filter may decide on
        for f in self._filters:
            if not kept:
                break
            decisions = _call(f, Context(document, kept, language, shown), alive)
            if decisions:
                name = f.name
                for decision in decisions:
                    if decision.block not in decided:
                        decided[decision.block] = (name, decision)
                        earlier[decision.block] = decision
                alive.difference_update(decided)
                kept = tuple([b for b in kept if b.index in alive])
        undecided = (None, None)
        return tuple(
            [new_tuple(Verdict, (b, *decided.get(b.index, undecided))) for b in document.blocks]
        )


def _call(f: Filter, context: Context, allowed: set[int]) -> list[Decision]:
    """Call one filter and check what it returned, naming it in any error.

    ``allowed`` holds the indexes of ``context.blocks``.
    """
    try:
        decisions = list(f(context))
    except Exception as error:
        raise FilterError(f.name, f"raised {type(error).__name__}: {error}") from error
    for i, d in enumerate(decisions):
        if not isinstance(d, Decision):
            raise FilterError(f.name, f"returned {type(d).__name__}, not a Decision")
        if d.block not in allowed:
            raise FilterError(f.name, f"decided on block {d.block}, which it was not given")
        if d.action is not Action.DROP and d.action is not Action.TAKE:
            # "drop" spelled as a plain string would otherwise pass for a take into no field.
            if d.action not in ("drop", "take"):
                raise FilterError(f.name, f"gave the unknown action {d.action!r}")
            d = decisions[i] = d._replace(action=Action(d.action))
        if d.action is Action.TAKE and d.field not in FIELDS:
            raise FilterError(f.name, f"took a block into unknown field {d.field!r}")
    return decisions
