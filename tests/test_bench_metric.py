"""Hand-computed cases for the benchmark metric (``bench/metric.py``) and C4 baseline.

No benchmark data is read: every expected figure below is worked out by hand in a comment.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench.c4 import c4_clean  # noqa: E402
from bench.metric import score_corpus, score_page, shingles, tokenize  # noqa: E402

TRUTH = "The cat sat on the mat."


def test_tokens_are_unicode_words_with_case_kept() -> None:
    assert tokenize("Ça va? Über-cool, 2024!") == ["Ça", "va", "Über", "cool", "2024"]


def test_shingles_are_a_multiset_of_four_tokens() -> None:
    # a b c d a b c d -> abcd, bcda, cdab, dabc, abcd: abcd twice.
    counts = shingles("a b c d a b c d")
    assert counts[("a", "b", "c", "d")] == 2
    assert sum(counts.values()) == 5


def test_short_and_empty_texts() -> None:
    assert shingles("Hello, world") == {("Hello", "world"): 1}
    assert not shingles("")
    assert not shingles(" -- ... !")


def test_identical_text_scores_one() -> None:
    score = score_page(TRUTH, "The  cat sat, on the mat")  # punctuation and spacing ignored
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)


def test_disjoint_text_scores_zero() -> None:
    score = score_page("Stocks fell sharply on Monday", TRUTH)
    assert (score.tp, score.precision, score.recall, score.f1) == (0, 0.0, 0.0, 0.0)


def test_case_is_kept() -> None:
    assert score_page("hello world", "Hello world").f1 == 0.0


def test_partial_overlap() -> None:
    # Truth shingles: [The cat sat on] [cat sat on the] [sat on the mat] -> 3.
    # Prediction adds "Share this" before and "today" after: 9 tokens, 6 shingles, of which
    # the 3 above are shared.  TP = 3, FP = 3, FN = 0: P = 1/2, R = 1, F1 = 1 / 1.5 = 2/3.
    score = score_page("Share this. The cat sat on the mat today", TRUTH)
    assert (score.tp, score.fp, score.fn) == (3, 3, 0)
    assert score.precision == pytest.approx(0.5)
    assert score.recall == 1.0
    assert score.f1 == pytest.approx(2 / 3)


def test_missing_part_lowers_recall() -> None:
    # Prediction "The cat sat on the": shingles [The cat sat on] [cat sat on the], both true.
    # TP = 2, FP = 0, FN = 1 ([sat on the mat]): P = 1, R = 2/3, F1 = 0.8.
    score = score_page("The cat sat on the", TRUTH)
    assert score.precision == 1.0
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(0.8)


def test_repeated_shingles_count_once_per_occurrence() -> None:
    # Prediction has [a b c d] twice (see above) plus 3 others; truth has it once.
    # TP = min(2, 1) = 1, FP = 4, FN = 0: P = 0.2.
    score = score_page("a b c d a b c d", "a b c d")
    assert (score.tp, score.fp, score.fn) == (1, 4, 0)
    assert score.precision == pytest.approx(0.2)


def test_empty_prediction_page() -> None:
    score = score_page("", TRUTH)
    assert score.pred_empty
    assert score.precision == 1.0  # denominator 0
    assert score.recall == 0.0
    assert score.f1 == 0.0  # counted as 0 in the mean page F1


def test_empty_truth_page() -> None:
    score = score_page("Hello world", "")
    assert score.truth_empty
    assert (score.precision, score.recall) == (0.0, 1.0)


def test_corpus_skips_empty_predictions_in_precision() -> None:
    pages = [
        score_page(TRUTH, TRUTH),  # P 1, R 1, F1 1
        score_page("Share this. The cat sat on the mat today", TRUTH),  # P 1/2, R 1, F1 2/3
        score_page("", TRUTH),  # empty: no precision; R 0, F1 0
    ]
    corpus = score_corpus(pages)
    # precision = mean(1, 1/2) = 3/4; recall = mean(1, 1, 0) = 2/3
    assert corpus.precision == pytest.approx(3 / 4)
    assert corpus.recall == pytest.approx(2 / 3)
    # F1 = 2 * (3/4) * (2/3) / (3/4 + 2/3) = 1 / (17/12) = 12/17
    assert corpus.f1 == pytest.approx(12 / 17)
    # mean page F1 = (1 + 2/3 + 0) / 3 = 5/9
    assert corpus.mean_page_f1 == pytest.approx(5 / 9)
    assert (corpus.empty, corpus.pages) == (1, 3)


def test_corpus_skips_empty_truths_in_recall() -> None:
    corpus = score_corpus([score_page(TRUTH, TRUTH), score_page("Hello world", "")])
    assert corpus.recall == 1.0  # only the first page has a truth
    assert corpus.precision == pytest.approx(0.5)  # mean(1, 0)


def test_empty_corpus() -> None:
    corpus = score_corpus([])
    assert (corpus.f1, corpus.mean_page_f1, corpus.empty) == (0.0, 0.0, 0)


def test_c4_line_rules() -> None:
    text = "\n".join(
        [
            "Home",  # too short, no end mark
            "The vote was close, officials said.",  # kept
            "Please enable JavaScript to view this page.",  # javascript
            "Read our privacy policy for details.",  # policy phrase
            "var x = {a: 1};",  # curly bracket
            "And then he left...",  # ellipsis
            "She told us: “We will win.”",  # ends in a closing quote
            "Go home now!",  # kept: exactly 3 words
        ]
    )
    assert c4_clean(text).splitlines() == [
        "The vote was close, officials said.",
        "She told us: “We will win.”",
        "Go home now!",
    ]
