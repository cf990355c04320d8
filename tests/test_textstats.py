"""Text measurements: the sentence-end test agrees with the rule written as one regex."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleanse.textstats import ends_sentence

# The rule as a regex: an end, maybe closers, at the end; or an end, closers, then non-words.
# (This regex takes time quadratic in a long run like '."."."…'; the code reads backwards.)
RULE = regex.compile(r"[.!?。！？…:;]['\"’”»)\]]*$|[.!?。！？…]['\"’”»)\]]+\W*$")

_CHARS = st.sampled_from(list("a1_é\u0301 .!?…:;'\"’”»)]。«—-\n\t"))


@settings(max_examples=3000, deadline=None)
@given(st.text(_CHARS, max_size=12))
@example("He said: “Go.” —")
@example("He left.\n")
@example("He left.\n\n")
@example('."."."a')
def test_ends_sentence_follows_the_rule(text: str) -> None:
    assert ends_sentence(text) == (RULE.search(text) is not None)


def test_a_long_run_of_ends_and_closers_is_read() -> None:
    assert ends_sentence('."' * 20000 + "a") is False
    assert ends_sentence("word " + '."' * 20000) is True
