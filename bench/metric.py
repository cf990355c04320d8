"""The ScrapingHub article-extraction-benchmark metric: shingle precision / recall / F1.

Definition (see ``bench/README.md``):

1. Tokens are runs of ``\\w+`` (Unicode), case kept.
2. A text becomes a multiset of 4-token shingles; a text with 1-3 tokens is a single shingle
   of all its tokens; an empty text (no token) has none.
3. Per page: TP = size of the multiset intersection with the truth, FP = predicted - TP,
   FN = truth - TP; precision = TP / (TP + FP), recall = TP / (TP + FN), each 1.0 where its
   denominator is 0.
4. Corpus precision = mean page precision over pages whose prediction is non-empty; corpus
   recall = mean page recall over pages whose truth is non-empty; corpus F1 = harmonic mean
   of those two.  Also reported: the mean per-page F1 with empty predictions counted as 0,
   and the number of empty predictions.

Everything here is a pure function of its arguments.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "SHINGLE_SIZE",
    "CorpusScore",
    "PageScore",
    "harmonic_mean",
    "score_corpus",
    "score_page",
    "shingles",
    "tokenize",
]

SHINGLE_SIZE = 4
_TOKEN_RE = re.compile(r"\w+")

Shingle = tuple[str, ...]


def tokenize(text: str) -> list[str]:
    """Split ``text`` into ``\\w+`` tokens (Unicode word characters), keeping case.

    >>> tokenize("Hello, wörld! It's 2024.")
    ['Hello', 'wörld', 'It', 's', '2024']
    """
    return _TOKEN_RE.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[Shingle]:
    """Return the multiset of ``size``-token shingles of ``text``.

    A text with fewer than ``size`` tokens (but at least one) is a single shingle of all its
    tokens; a text without tokens has no shingle.

    >>> sorted(shingles("a b c d e").items())
    [(('a', 'b', 'c', 'd'), 1), (('b', 'c', 'd', 'e'), 1)]
    >>> shingles("a b")
    Counter({('a', 'b'): 1})
    >>> shingles(" ... ")
    Counter()
    """
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def _ratio(numerator: int, denominator: int) -> float:
    """``numerator / denominator``, or 1.0 when the denominator is 0."""
    return numerator / denominator if denominator else 1.0


def harmonic_mean(a: float, b: float) -> float:
    """Harmonic mean of two non-negative numbers (0.0 when both are 0).

    >>> harmonic_mean(1.0, 0.5)
    0.6666666666666666
    >>> harmonic_mean(0.0, 0.0)
    0.0
    """
    return 2 * a * b / (a + b) if a + b else 0.0


@dataclass(frozen=True)
class PageScore:
    """Shingle counts and scores of one prediction against its truth."""

    tp: int
    fp: int
    fn: int

    @property
    def pred_empty(self) -> bool:
        """True when the prediction has no shingle (no ``\\w`` token at all)."""
        return self.tp + self.fp == 0

    @property
    def truth_empty(self) -> bool:
        """True when the truth has no shingle."""
        return self.tp + self.fn == 0

    @property
    def precision(self) -> float:
        """TP / (TP + FP), 1.0 for an empty prediction."""
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        """TP / (TP + FN), 1.0 for an empty truth."""
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Harmonic mean of page precision and recall; 0.0 for an empty prediction."""
        if self.pred_empty:
            return 0.0
        return harmonic_mean(self.precision, self.recall)


def score_page(prediction: str, truth: str) -> PageScore:
    """Compare one predicted text with its ground truth.

    >>> s = score_page("a b c d e", "a b c d")
    >>> (s.tp, s.fp, s.fn, s.precision, s.recall)
    (1, 1, 0, 0.5, 1.0)
    """
    pred = shingles(prediction)
    true = shingles(truth)
    tp = sum((pred & true).values())
    return PageScore(tp=tp, fp=sum(pred.values()) - tp, fn=sum(true.values()) - tp)


@dataclass(frozen=True)
class CorpusScore:
    """Corpus-level figures of one extractor."""

    precision: float
    recall: float
    f1: float
    mean_page_f1: float
    empty: int
    pages: int


def _mean(values: Sequence[float]) -> float:
    """Arithmetic mean, 0.0 for no value."""
    return sum(values) / len(values) if values else 0.0


def score_corpus(pages: Iterable[PageScore]) -> CorpusScore:
    """Aggregate page scores the way the benchmark does.

    Precision is averaged over pages with a non-empty prediction, recall over pages with a
    non-empty truth; F1 is the harmonic mean of the two averages.

    >>> c = score_corpus([score_page("a b c d", "a b c d"), score_page("", "x y")])
    >>> (c.precision, c.recall, c.f1, c.mean_page_f1, c.empty)
    (1.0, 0.5, 0.6666666666666666, 0.5, 1)
    """
    scores = list(pages)
    precision = _mean([s.precision for s in scores if not s.pred_empty])
    recall = _mean([s.recall for s in scores if not s.truth_empty])
    return CorpusScore(
        precision=precision,
        recall=recall,
        f1=harmonic_mean(precision, recall),
        mean_page_f1=_mean([s.f1 for s in scores]),
        empty=sum(1 for s in scores if s.pred_empty),
        pages=len(scores),
    )
