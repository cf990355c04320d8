"""Text measurements: the sentence-end test agrees with the rule written as one regex."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleanse.textstats import count_words, ends_sentence

# The rule as a regex: an end, maybe closers, at the end; or an end, closers, then non-words.
# (This regex takes time quadratic in a long run like '."."."…'; the code reads backwards.)
RULE = regex.compile(r"[.!?。！？…:;؟।॥။።։]['\"’”»)\]]*$|[.!?。！？…؟।॥။።։]['\"’”»)\]]+\W*$")

_CHARS = st.sampled_from(list("a1_é\u0301 .!?…:;'\"’”»)]。«—-\n\t؟।။"))


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


@pytest.mark.parametrize(
    "text",
    ["यह एक वाक्य है।", "هل هذا سؤال؟", "မြန်မာစာ ဖြစ်သည်။", "Հայերեն նախադասություն։"],
)
def test_sentence_ends_of_other_scripts(text: str) -> None:
    assert ends_sentence(text) and ends_sentence(text + "”")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("ภาษาไทย", 2, 2),  # Thai: about four characters a word
        ("ผู้สื่อข่าวได้รับแจ้งจากนาย ภูชนะ", 7, 10),
        ("မြန်မာနိုင်ငံ", 3, 4),  # Myanmar
        ("ព្រះរាជាណាចក្រកម្ពុជា", 4, 6),  # Khmer
        ("Bangkok ภาษาไทย 2024", 4, 4),  # Latin words and digits count as words beside them
    ],
)
def test_scripts_without_spaces_between_words_are_counted_from_characters(
    text: str, low: int, high: int
) -> None:
    assert low <= count_words(text) <= high
