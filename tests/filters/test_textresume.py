"""Plain text: the article goes on below a box of other stories that cut its body run."""

from __future__ import annotations

import cleanse
from cleanse.filters.textblocks import TextBlocks

ONLY = cleanse.Pipeline([TextBlocks()])

HEADER = "Storm hits the coast - Example News\n\nHome\nWorld\nPolitics\nBusiness\nSports\n\n"
FOOTER = "\n\nAbout Us\nContact\nCareers\nPrivacy Policy\n"

BEFORE = [
    "A storm hit the coast on Monday night, flooding dozens of homes and leaving thousands "
    "of people without power for the second time this year, officials said.",
    "The national weather service said the winds reached more than 100 miles an hour at "
    "their peak, and that the rain would go on until Wednesday in most of the region.",
    "Rescue teams worked through the night to reach the families who were trapped in their "
    "homes by the water, and the army was called in to help them before dawn.",
    "The power company said it would take at least two days to bring the lines back to "
    "every town, and asked the families in the flooded homes to be patient.",
]
AFTER = [
    "By Tuesday morning the water had started to fall in the northern towns, but the "
    "families who fled their homes were told to stay away until the power was back.",
    "Officials said the storm was the worst the region had seen in a decade, and that the "
    "damage to homes along the coast would take months to repair.",
    "The weather service warned that another storm could reach the coast on Friday, with "
    "winds of more than 60 miles an hour and more rain for the flooded towns.",
    "The mayor said the town would open two more shelters for the families without power, "
    "and asked people who had left their homes to register with the rescue teams.",
    "Schools along the coast will stay closed until Monday, and the rescue teams will go on "
    "checking the flooded homes for families who could not leave in time.",
]
# A "Most popular" box: a heading, then each story as kicker, headline and teaser words.
BOX = "\n".join(
    line
    for n, (kicker, headline) in enumerate(
        [
            ("Politics", "Senate Passes The Budget After A Long Night"),
            ("Sports", "United Wins The Derby In The Last Minute"),
            ("Culture", "The Ten Best Films Of The Festival So Far"),
            ("Business", "Shares Fall As Oil Prices Climb Again"),
        ]
    )
    for line in (kicker, headline, headline, f"Read more {n}")
)
BOX = "Most Popular\n" + BOX


def page(*parts: list[str] | str) -> str:
    """A scraped page: the header, each part (paragraphs, or a block of lines), the footer."""
    texts = ["\n\n".join(part) if isinstance(part, list) else part for part in parts]
    return HEADER + "Storm hits the coast\n\n" + "\n\n".join(texts) + FOOTER


def kept(text: str) -> str:
    return cleanse.clean(text, kind="text", pipeline=ONLY).text


def test_the_article_goes_on_below_a_box_of_other_stories() -> None:
    text = page([*BEFORE, AFTER[0]], BOX, AFTER[1:])
    article = cleanse.clean(text, kind="text", pipeline=ONLY)
    for paragraph in BEFORE + AFTER:
        assert paragraph in article.text
    assert "Senate Passes The Budget" not in article.text
    assert "Most Popular" not in article.text
    boxed = [r for r in article.removed if r.text == "Senate Passes The Budget After A Long Night"]
    assert boxed and boxed[0].filter == "text_blocks"


def test_the_article_s_shorter_first_part_above_a_box_joins_too() -> None:
    text = kept(page(BEFORE, BOX, AFTER))
    assert all(paragraph in text for paragraph in BEFORE + AFTER)
    assert "Senate Passes The Budget" not in text


def test_a_part_of_fewer_paragraphs_in_a_row_does_not_join() -> None:
    text = kept(page(BEFORE + AFTER, BOX, BEFORE[:3]))
    assert AFTER[0] in text
    assert text.count(BEFORE[0]) == 1


def test_the_box_s_short_lines_go_with_a_reason_that_says_where() -> None:
    box = "Most Popular\n" + "\n".join(
        f"Story number {n} of the day about something else entirely" for n in range(12)
    )
    article = cleanse.clean(page(BEFORE, box, AFTER), kind="text", pipeline=ONLY)
    assert AFTER[-1] in article.text
    details = {r.detail for r in article.removed if r.text.startswith("Story number")}
    assert details and all("between two parts of the body run" in d for d in details)


def test_paragraphs_on_another_topic_below_the_box_do_not_join() -> None:
    disclaimer = [
        "The information provided on this website is intended for general educational "
        "purposes only and should not be relied upon as professional financial advice.",
        "Results vary depending on individual circumstances, and past performance is no "
        "guarantee of future results for any investment product described here.",
        "Consult a licensed adviser before making decisions about any investment product, "
        "insurance policy or pension arrangement mentioned on these pages.",
        "All trademarks mentioned belong to their respective owners and are used for "
        "identification purposes only, without any implied endorsement whatsoever.",
    ]
    text = kept(page(BEFORE, BOX, disclaimer))
    assert BEFORE[-1] in text
    assert not any(line in text for line in disclaimer)


def test_a_list_of_stories_shown_twice_below_the_box_does_not_join() -> None:
    teasers = [
        f"Storm story {n}: families along the coast count the damage to their homes as the "
        f"water falls and the power comes back in town number {n}, officials said."
        for n in range(5)
    ]
    text = kept(page(BEFORE, BOX, teasers, BOX, teasers))
    assert BEFORE[-1] in text
    assert teasers[0] not in text


def test_the_article_again_below_the_box_does_not_join() -> None:
    text = cleanse.clean(page(BEFORE + AFTER[:1], BOX, BEFORE + AFTER[:1]), kind="text")
    assert [p.text for p in text.paragraphs].count(BEFORE[0]) == 1
