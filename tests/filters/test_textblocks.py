"""The plain-text line classifier: line classes, the body run, and its decisions on pages."""

from __future__ import annotations

import pytest

import cleanse
from cleanse.blocks import Block, Kind
from cleanse.filters.textblocks import TextBlocks, byline_below
from cleanse.filters.textlines import (
    COMMENT,
    LIST,
    MENU,
    NEAR,
    PROSE,
    REPEATED,
    SHORT,
    SPARSE,
    best_run,
    ends_like_sentence,
    line_class,
    line_scores,
    stopword_share,
    stopword_threshold,
)
from cleanse.language import stopwords_for
from cleanse.pipeline import Decision
from cleanse.textstats import count_words

ONLY = cleanse.Pipeline([TextBlocks()])

STORM = [
    "A storm hit the coast on Monday night, flooding dozens of homes and leaving thousands "
    "of people without power for the second time this year, officials said.",
    "The national weather service said the winds reached more than 100 miles an hour at "
    "their peak, and that the rain would go on until Wednesday in most of the region.",
    "“It was terrible,” the mayor said.",
    "Rescue teams worked through the night to reach the families who were trapped in their "
    "homes by the water, and the army was called in to help them before dawn.",
]

HEADER = """Storm hits the coast - Example News

Home
World
Politics
Business
Sports

Storm hits the coast

By Jane Doe
"""

FOOTER = """
Most Popular
Five Things To Know About The Storm
Why The Power Is Still Out
How To Claim Insurance

About Us
Contact
Careers
Privacy Policy
"""


def page(*paragraphs: str, header: str = HEADER, footer: str = FOOTER) -> str:
    """A scraped page: header lines, the paragraphs blank-line separated, footer lines."""
    return header + "\n" + "\n\n".join(paragraphs) + "\n" + footer


def decisions(text: str, pipeline: cleanse.Pipeline = ONLY) -> dict[str, tuple[str, str]]:
    """{line: (reason, detail)} for the lines ``text_blocks`` dropped."""
    article = cleanse.clean(text, kind="text", pipeline=pipeline)
    return {r.text: (r.reason, r.detail) for r in article.removed if r.filter == "text_blocks"}


# --- one line ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("He left.", True),
        ("Did he?", True),
        ("“Go now,” she said.”", True),
        ("Here is what to know:", True),
        ("Menu", False),
        ("Read the rest of the story…", False),
        ("Read the rest of the story...", False),
        ("彼は去った。", True),
        ("", False),
    ],
)
def test_ends_like_sentence(text: str, ends: bool) -> None:
    assert ends_like_sentence(text) is ends


def line(text: str, kind: Kind = Kind.LINE) -> Block:
    return Block(0, text, kind, 0, len(text), words=count_words(text))


EN = stopwords_for("en") or frozenset()


@pytest.mark.parametrize(
    ("text", "in_run", "repeated", "expected"),
    [
        (STORM[0], False, False, PROSE),
        (STORM[2], False, False, NEAR),
        # long, but a list of names: few stopwords
        (
            "Canada China European Union State Department United Kingdom Germany France "
            "Japan India Brazil Mexico.",
            False,
            False,
            SPARSE,
        ),
        ("Latest News", True, False, MENU),
        ("Latest News", False, False, SHORT),
        ("Latest News", False, True, REPEATED),
        ("fresh fish of any kind", True, False, LIST),
        ("• Fresh Fish", True, False, LIST),
        ("Jane Doe on May 2, 2019 at 4:47 pm said:", False, False, COMMENT),
        ("jane says:", True, False, COMMENT),
        ("Five Things To Know About The Storm", True, False, SHORT),
    ],
)
def test_line_class(text: str, in_run: bool, repeated: bool, expected: str) -> None:
    block = line(text, cleanse.text.line_kind(text))
    share = stopword_share(text, EN) if block.words >= 10 else None
    cls, why = line_class(block, ends_like_sentence(text), share, 0.25, in_run, repeated)
    assert cls == expected, why
    assert why.startswith(f"{block.words} word")


def test_without_stopword_list_length_and_punctuation_decide() -> None:
    cls, why = line_class(line(STORM[0]), True, None, 0.25, False, False)
    assert (cls, why) == (PROSE, f"{count_words(STORM[0])} words")


@pytest.mark.parametrize(
    ("shares", "threshold"),
    [
        ([0.4, 0.5, None, 0.1], 0.24),  # English: body lines share about 0.4
        ([0.2, 0.18, 0.25], 0.12),  # a shorter list (Russian): about 0.2
        ([None, None], 0.0),
        ([], 0.0),
    ],
)
def test_stopword_threshold(shares: list[float | None], threshold: float) -> None:
    assert stopword_threshold(shares) == pytest.approx(threshold)


@pytest.mark.parametrize(
    ("scores", "run"),
    [
        ([-1, 5, -2, 4, -9, 3], (1, 3)),
        ([-1, -2], (0, -1)),
        ([], (0, -1)),
        ([2, -2, 3], (0, 2)),
        ([3, -3, 0, 3], (0, 3)),  # ties go to the longer run
    ],
)
def test_best_run(scores: list[float], run: tuple[int, int]) -> None:
    assert best_run(scores) == run


# --- pages ------------------------------------------------------------------------------------


def test_page_keeps_the_article_and_drops_the_chrome() -> None:
    article = cleanse.clean(page(*STORM), kind="text")
    assert [p.text for p in article.paragraphs] == STORM
    removed = {r.text: (r.filter, r.reason) for r in article.removed}
    assert removed["Politics"] == ("text_blocks", "menu_run")
    assert removed["Why The Power Is Still Out"][0] == "text_blocks"
    assert removed["Careers"][0] == "text_blocks"
    assert article.title == "Storm hits the coast"
    assert article.byline == "Jane Doe"


def test_details_carry_the_deciding_numbers() -> None:
    found = decisions(page(*STORM))
    reason, detail = found["Politics"]
    assert reason == "menu_run"
    assert detail.startswith("1 word, capitals 1.00")
    reason, detail = found["Careers"]
    assert "below the body run (blocks" in detail


@pytest.mark.parametrize(
    "inside",
    [
        "It did.",  # a one-sentence paragraph
        "What the forecasters said",  # a sub-heading
        "> “Stay at home,” the police said.",  # a quote
        "Photos from the flooded towns",
    ],
)
def test_short_lines_between_body_paragraphs_stay(inside: str) -> None:
    paragraphs = [STORM[0], STORM[1], inside, STORM[3]]
    article = cleanse.clean(page(*paragraphs), kind="text")
    assert [p.text for p in article.paragraphs] == paragraphs


def test_a_list_inside_the_body_stays() -> None:
    items = "fresh fish of any kind\npoultry, game included\nhard cheese\nmushrooms"
    paragraphs = [STORM[0], "The diet allows these foods:", items, STORM[1], STORM[3]]
    article = cleanse.clean(page(*paragraphs), kind="text")
    assert article.text == "\n\n".join(
        [STORM[0], "The diet allows these foods:", *items.split("\n"), STORM[1], STORM[3]]
    )


def test_a_list_a_body_line_opens_with_a_colon_stays() -> None:
    dates = "June 9 -- West Palm Beach, FL\nJune 10 -- Tampa, FL\nJune 14 -- Alpharetta, GA"
    paragraphs = [*STORM, "The relief concerts will be held on these dates:", dates]
    article = cleanse.clean(page(*paragraphs), kind="text")
    assert article.text == "\n\n".join([*paragraphs[:-1], *dates.split("\n")])


def test_the_body_stops_at_the_first_comment() -> None:
    comments = (
        "jane says:\n"
        "I was there on Monday night and the water came up to the windows in less than an "
        "hour, it was the worst thing I have ever seen in my life.\n"
        "bob says:\n"
        "The council should have built the sea wall years ago, we have been asking them "
        "for it for a very long time and nothing was done about it."
    )
    article = cleanse.clean(page(*STORM, comments), kind="text")
    assert [p.text for p in article.paragraphs] == STORM
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["jane says:"] == "comment_section"


COMMENTS = (
    "I was there on Monday night and the water came up to the windows in less than an "
    "hour, it was the worst thing I have ever seen in my life.",
    "The council should have built the sea wall years ago, we have been asking them for it "
    "for a very long time and nothing was done about it, nothing at all.",
)


@pytest.mark.parametrize(
    "heading",
    ["Comments", "Top Rated Comments", "[ 167 comments ]", "12 Comments", "Leave a Reply",
     "Join the discussion", "Kommentare", "Comments (3)", "Top Rated Comments (View all)",
     "blog comments powered by Disqus", "10 thoughts on “Storm hits the coast”",
     "One Response to \"Storm hits the coast\"", "3 Replies to “Storm hits the coast”",
     "3 Kommentare", "12 commentaires", "Commenti (4)"],
)  # fmt: skip
def test_the_body_stops_at_a_comment_section_heading(heading: str) -> None:
    comments = "\n".join(["2 days ago at 07:52 am", COMMENTS[0], "bob", "2 days ago at 08:12 am"])
    text = page(*STORM, f"{heading}\n{comments}", COMMENTS[1])
    article = cleanse.clean(text, kind="text")
    assert [p.text for p in article.paragraphs] == STORM
    for comment in COMMENTS:
        assert comment in {r.text for r in article.removed}


def test_a_comments_button_under_the_dek_does_not_end_the_article() -> None:
    dek = "The storm left thousands of homes without power, officials said."
    header = HEADER.replace(
        "By Jane Doe", f"{dek}\n\nFacebook\nTwitter\nComments\nPrint\n\nBy Jane Doe"
    )
    article = cleanse.clean(page(*STORM, header=header), kind="text")
    assert [p.text for p in article.paragraphs][-len(STORM) :] == STORM


def test_a_numbered_list_the_body_opens_stays_whole_across_blank_lines() -> None:
    items = [
        f"{n}) Storm lamp model {n} with a long battery life\nhttp://shop.example/{n}"
        for n in range(1, 21)
    ]
    lists = "\n".join(items[:5]) + "\n\n" + "\n".join(items[5:])
    text = page(*STORM, f"The lamps to buy before the next storm:\n{lists}")
    kept = {p.text for p in cleanse.clean(text, kind="text").paragraphs}
    assert {f"{n}) Storm lamp model {n} with a long battery life" for n in range(1, 21)} <= kept
    assert "Five Things To Know About The Storm" not in kept


def test_prose_above_the_headline_is_not_body() -> None:
    teaser = (
        "Earlier this week the council said that the sea wall would be ready by the end "
        "of the year, and that the town would be safe from floods."
    )
    header = HEADER.replace("Storm hits the coast\n\nBy", f"{teaser}\n\nStorm hits the coast\n\nBy")
    article = cleanse.clean(page(*STORM, header=header), kind="text")
    assert [p.text for p in article.paragraphs] == STORM
    found = decisions(page(*STORM, header=header), cleanse.default_pipeline())
    assert found[teaser][0] == "outside_body_run"


def test_a_dek_between_the_headline_and_the_byline_is_not_body() -> None:
    dek = (
        "Officials say the new sea wall will hold. But the families who lost their homes doubt it."
    )
    header = HEADER.replace("Storm hits the coast\n\nBy", f"Storm hits the coast\n{dek}\nBy")
    article = cleanse.clean(page(*STORM, header=header), kind="text")
    assert article.byline == "Jane Doe"
    assert [p.text for p in article.paragraphs] == STORM


@pytest.mark.parametrize(("between", "anchor"), [(0, 1), (1, 2), (3, 4), (4, 0)])
def test_the_anchor_moves_to_a_byline_a_few_lines_below_the_headline(
    between: int, anchor: int
) -> None:
    lines = ["Storm hits the coast", *(f"Dek line {n}" for n in range(between)), "By Jane Doe"]
    blocks = cleanse.read("\n".join(lines), kind="text").blocks
    byline = blocks[-1].index
    taken = {byline: Decision(byline, "take", "by_line", field="byline", value="Jane Doe")}
    assert byline_below(blocks, taken, 0) == anchor


def test_a_headline_repeated_only_at_the_foot_does_not_hide_the_body() -> None:
    header = HEADER.replace("Storm hits the coast\n\nBy", "By")
    footer = FOOTER + "\nShare: Storm hits the coast\nStorm hits the coast\n"
    article = cleanse.clean(page(*STORM, header=header, footer=footer), kind="text")
    assert [p.text for p in article.paragraphs] == STORM


def test_a_short_first_line_repeated_by_a_long_footer_is_no_headline() -> None:
    # Flatteners that leave out <title> start with the page's first text: a promo or a menu
    # item, which may come again at the foot above a paragraph of site text.
    promo = "NYC Conference"
    header = promo + "\n" + HEADER.split("\n", 1)[1]
    footer = (
        FOOTER + f"{promo}\n"
        "The customer service centre can be contacted with any questions or requests about "
        "subscriptions, deliveries and the paper's apps, every day of the week from eight in "
        "the morning until eight in the evening, by phone or by email.\nTerms of Use\n"
    )
    article = cleanse.clean(page(*STORM, header=header, footer=footer), kind="text")
    assert [p.text for p in article.paragraphs] == STORM


def test_markdown_link_lines_go_and_paragraphs_with_a_link_stay() -> None:
    # What html2text and Markdown readers make of a page: link-only lines and images.
    header = "\n".join(
        [
            "[Example News](https://example.com/)",
            "",
            "  * [World](/world)",
            "  * [Politics](/politics)",
        ]
    )
    story = [*STORM]
    story[1] = story[1].replace("weather service", "[weather service](https://weather.example/)")
    body = f"{story[0]}\n\n![](https://example.com/storm.jpg)\n\n" + "\n\n".join(story[1:])
    footer = "\n[Privacy](/privacy) | [Terms](/terms)\n[Contact us](/contact)\n"
    article = cleanse.clean(f"{header}\n\n{body}\n{footer}", kind="text")
    assert [p.text for p in article.paragraphs] == story
    removed = {r.text: r.reason for r in article.removed}
    assert removed["![](https://example.com/storm.jpg)"] == "link_line"
    assert removed["[Privacy](/privacy) | [Terms](/terms)"] == "link_line"


def test_teasers_below_the_body_go() -> None:
    footer = (
        "\nRelated\n"
        "Floods: what to do first\n"
        "When the water comes into your home there is a list of things to do before "
        "anything else, and the first one is to turn off the power…\n"
        "Sea walls, explained\n"
        "Why some towns have them and others do not, and who pays for them when they are "
        "built, a guide for readers…\n"
    ) + FOOTER
    article = cleanse.clean(page(*STORM, footer=footer), kind="text")
    assert [p.text for p in article.paragraphs] == STORM


TEASERS = (
    "Floods: what to do first",
    "When the water comes into your home there is a list of things to do, and the first "
    "one is to turn off the power.",
    "Sea walls, explained",
    "Some towns have them and others do not, and the question of who pays for them has "
    "split the council for years.",
    "The long road back after the fire",
    "A year after the fire, the families who lost their homes are still waiting for the money "
    "they were promised by the government.",
)


@pytest.mark.parametrize("heading", ["Related links:", "Top stories", "Recommended"])
def test_the_body_stops_at_a_heading_over_teaser_summaries(heading: str) -> None:
    # Each summary reads as prose; the heading and the headlines between them cost less than
    # the summaries win, so without the heading the body run takes the teasers along.
    text = page(*STORM, f"{heading}\n\n" + "\n\n".join(TEASERS), footer="\nAbout Us\n")
    article = cleanse.clean(text, kind="text")
    assert [p.text for p in article.paragraphs] == STORM
    assert TEASERS[1] in {r.text for r in article.removed}


@pytest.mark.parametrize("at", [1, 2, 3])
def test_an_inline_related_box_does_not_end_the_article(at: int) -> None:
    # Below the box the article's paragraphs go on: long ones, or right below a sentence.
    box = "Related\nFloods: what to do first\nSea walls, explained"
    text = page(*STORM[:at], box, *STORM[at:], footer="\nAbout Us\n")
    kept = [p.text for p in cleanse.clean(text, kind="text").paragraphs]
    assert all(paragraph in kept for paragraph in STORM)


def test_the_headlines_of_an_inline_related_box_go() -> None:
    box = ["Related articles", "Floods: what to do first", "Sea walls, explained"]
    text = page(*STORM[:2], "\n".join(box), *STORM[2:], footer="\nAbout Us\n")
    article = cleanse.clean(text, kind="text")
    assert [p.text for p in article.paragraphs][-len(STORM) :] == STORM
    reasons = {r.text: (r.filter, r.reason) for r in article.removed}
    assert reasons[box[1]] == reasons[box[2]] == ("text_blocks", "related_links")


def test_a_single_teaser_line_is_no_heading_of_a_box() -> None:
    # "Related: <headline>" is one teaser: the article's sub-heading below it stays.
    teaser = "Related: Floods, what to do first"
    subheading = "WHAT THE TOWN DOES NEXT"
    text = page(*STORM[:2], teaser, subheading, *STORM[2:], footer="\nAbout Us\n")
    article = cleanse.clean(text, kind="text")
    assert subheading in [p.text for p in article.paragraphs]
    assert teaser in {r.text for r in article.removed}


def test_an_inline_box_of_kickers_and_headlines_goes() -> None:
    # Six headlines, each under a short kicker: twelve lines, but six headlines.
    pairs = [
        ("RIVER RISES", "Families leave their homes as the river reaches a record height"),
        ("POWER CUT", "Thousands spend a second night without electricity in the cold"),
        ("‘WE LOST EVERYTHING’", "The couple who watched their shop wash away in the flood"),
        ("ROAD CLOSED", "Drivers told to avoid the coast road until the water goes down"),
        ("SEA WALL", "Council to vote on the new defences after the storm damage"),
        ("SCHOOLS SHUT", "Parents asked to keep children at home for the rest of the week"),
    ]
    box = ["Most read in world news", *(line for pair in pairs for line in pair)]
    # A long article around it: twelve lines in a row cost more than a short one wins back.
    above, below = [*LONG_STORM, *LONG_STORM[4:]], [*LONG_STORM[4:], *LONG_STORM]
    text = page(*above, "\n".join(box), *below, footer="\nAbout Us\n")
    article = cleanse.clean(text, kind="text")
    assert [p.text for p in article.paragraphs][-len(below) :] == below
    assert set(box) <= {r.text for r in article.removed}


def test_a_long_list_below_a_related_heading_is_no_box() -> None:
    # More lines than a box of headlines has, up to the next sentence: the article's own list.
    items = [f"• Town number {n}" for n in range(1, 11)]
    text = page(STORM[0], "\n".join(["Related", *items]), *STORM[1:], footer="\nAbout Us\n")
    kept = [p.text for p in cleanse.clean(text, kind="text").paragraphs]
    assert all(item in kept for item in items)


@pytest.mark.parametrize(
    "heading", ["About Jane Doe", "Sobre Jane Doe", "Über Jane Doe", "Acerca de Jane Doe"]
)
def test_the_body_stops_at_an_author_box(heading: str) -> None:
    bio = (
        "Jane Doe is a freelance writer based in Toronto. Her work has appeared in a number of "
        "newspapers and magazines, and she has covered the weather on the coast for ten years."
    )
    text = page(*STORM, f"{heading}\n{bio}", footer="\nAbout Us\n")
    article = cleanse.clean(text, kind="text")
    assert [p.text for p in article.paragraphs] == STORM
    assert bio in {r.text for r in article.removed}


def test_an_about_heading_without_the_name_below_stays() -> None:
    about = "About the sea wall"
    text = page(*STORM[:3], about, STORM[3], footer="\nAbout Us\n")
    kept = [p.text for p in cleanse.clean(text, kind="text").paragraphs]
    assert [*STORM[:3], about, STORM[3]] == kept[-5:]


FORM = (
    "Sign up for our newsletter to get the day's top stories delivered to your inbox.",
    "We will send you an email with a link to confirm your address.",
    "Thanks for signing up!",
    "There was an error processing your subscription, please try again later.",
)


def test_the_body_stops_at_a_newsletter_form() -> None:
    text = page(*STORM, *FORM, footer="\nAbout Us\n")
    article = cleanse.clean(text, kind="text")
    assert [p.text for p in article.paragraphs] == STORM
    assert FORM[1] in {r.text for r in article.removed}


def test_the_article_goes_on_below_a_newsletter_prompt() -> None:
    text = page(STORM[0], FORM[0], *STORM[1:], footer="\nAbout Us\n")
    assert [p.text for p in cleanse.clean(text, kind="text").paragraphs] == STORM


def test_text_in_a_language_without_a_stopword_list() -> None:
    """The page's chrome is English, so the guess is English; the body's own share decides."""
    body = [
        "Badai melanda pantai pada Senin malam, membanjiri puluhan rumah dan membuat ribuan "
        "orang tanpa listrik untuk kedua kalinya tahun ini, kata pejabat setempat.",
        "Tim penyelamat bekerja sepanjang malam untuk menjangkau keluarga yang terjebak di "
        "rumah mereka oleh air, dan tentara dipanggil untuk membantu mereka.",
    ]
    article = cleanse.clean(page(*body), kind="text")
    assert [p.text for p in article.paragraphs] == body


# Thai puts spaces between phrases, not words, and ends no sentence with a stop.
THAI = (
    "ผู้สื่อข่าวได้รับแจ้งว่า เมื่อวันที่สิบสองมกราคมที่ผ่านมา รัฐบาลได้ประกาศแผนการช่วยเหลือประชาชน"
    "ที่ได้รับผลกระทบจากน้ำท่วมในภาคใต้ของประเทศไทย โดยนายกรัฐมนตรีกล่าวว่าจะเร่งส่งความช่วยเหลือ"
    "ไปยังพื้นที่ที่ได้รับความเสียหายมากที่สุดภายในสัปดาห์นี้",
    "ประชาชนในพื้นที่กล่าวว่า น้ำท่วมครั้งนี้รุนแรงกว่าทุกปีที่ผ่านมา และหลายครอบครัวยังไม่ได้รับ"
    "ความช่วยเหลือใดๆ จากหน่วยงานของรัฐ ขณะที่เจ้าหน้าที่ท้องถิ่นยืนยันว่ากำลังสำรวจความเสียหาย"
    "เพื่อรายงานต่อรัฐบาลกลางโดยเร็วที่สุด",
)


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_text_in_a_script_without_spaces_between_words(separator: str) -> None:
    """Thai words are counted from characters: its paragraphs are long prose, not short lines."""
    text = "\n".join(
        ["หน้าแรก", "ข่าว", "การเมือง", "เศรษฐกิจ", "", separator.join(THAI), "", "ติดต่อเรา"]
    )
    article = cleanse.clean(text, kind="text")
    assert [p.text for p in article.paragraphs] == list(THAI)


# --- when the filter stands aside --------------------------------------------------------------


def test_html_documents_are_left_alone() -> None:
    html = "<html><body><ul><li>Home</li><li>World</li><li>Sports</li></ul><p>Hi.</p></body></html>"
    document = cleanse.read(html)
    assert document.source_kind == "html"
    assert all(v.status == "kept" for v in ONLY.run(document))


def test_text_already_cut_into_paragraphs_is_kept_whole() -> None:
    text = "\n\n".join([*STORM, "Share this story", "Most read"])
    assert decisions(text) == {}


@pytest.mark.parametrize("text", ["", "Hello", "Menu\nHome\nNews", "It happened.\nLoad more"])
def test_too_little_text_to_tell_is_kept(text: str) -> None:
    assert decisions(text) == {}


def test_cleaning_the_article_again_keeps_every_paragraph() -> None:
    first = cleanse.clean(page(*STORM, "It did.", STORM[0].upper()), kind="text")
    second = cleanse.clean(first.text, kind="text")
    assert [p.text for p in second.paragraphs] == [p.text for p in first.paragraphs]


def test_deterministic() -> None:
    text = page(*STORM)
    assert cleanse.clean(text).to_dict() == cleanse.clean(text).to_dict()


def test_repr_and_name() -> None:
    assert repr(TextBlocks()) == "TextBlocks(name='text_blocks')"
    assert cleanse.default_pipeline().names[-1] == "text_blocks"


LONG_STORM = [
    *STORM,
    "Schools across the region stayed closed on Tuesday, and the roads along the river were "
    "blocked by fallen trees and by cars that the water had carried away in the night.",
    "Insurers said it was too early to put a figure on the damage, but that the claims from "
    "the last storm, in March, had not all been paid out yet.",
    "The governor asked the federal government for emergency funds and said that the state "
    "would pay for temporary housing for the families who had lost their homes.",
    "Scientists have warned for years that storms of this kind would become more frequent as "
    "the sea warms, and that the coast's defences were built for a different climate.",
]
HEADLINES = [
    "More Stories From Example News",
    "The town that moved away from the sea",
    "How to read a flood map before you buy a house",
    "Why the insurers are leaving the coast",
    "Five questions about the new sea wall",
]


def test_the_body_stops_at_a_list_of_headlines_with_little_prose_below() -> None:
    # No heading the navigation filter knows: four headline-sized lines in a row, and below
    # them only the author's lines, far less prose than the article above (but enough to pay
    # for the headlines between).
    bio = [
        "Jane Doe is a staff writer at Example News covering the weather and the coast.",
        "She has written about storms, floods and sea walls since she joined in 2015.",
    ]
    text = page(*LONG_STORM, *LONG_STORM[4:], "\n".join(HEADLINES[1:] + bio), footer="")
    article = cleanse.clean(text, kind="text", pipeline=ONLY)
    assert [p.text for p in article.paragraphs][-4:] == LONG_STORM[4:]
    removed = {r.text for r in article.removed}
    assert set(HEADLINES[1:] + bio) <= removed


@pytest.mark.parametrize("opening", ["The towns that flooded:", "Where the water rose"])
def test_a_list_of_short_lines_inside_the_article_stays(opening: str) -> None:
    # Opened by a colon, or with the article going on at length below it: the article's list.
    items = [
        "Harbour Street and the old docks",
        "The caravan park by the river",
        "Lower Mill and the farms in the valley",
    ]
    text = page(*LONG_STORM[:4], "\n".join([opening, *items]), *LONG_STORM[4:], footer="")
    kept = [p.text for p in cleanse.clean(text, kind="text", pipeline=ONLY).paragraphs]
    assert all(line in kept for line in [opening, *items, *LONG_STORM])


def test_a_page_of_many_headline_lines_keeps_its_story() -> None:
    # Thousands of triggering lines (the checks read the run once, not once per line: a
    # quadratic check would make this test slow, though no timing is asserted here).
    text = page(*LONG_STORM, "\n".join(HEADLINES[1:] * 1000), LONG_STORM[0], footer="")
    kept = [p.text for p in cleanse.clean(text, kind="text").paragraphs]
    assert kept[: len(LONG_STORM)] == LONG_STORM


GALLERY_CAPTION = (
    "Rescue teams carry a resident through the flooded streets of the old town on Monday "
    "night, after the river broke its banks."
)


def test_a_gallery_that_repeats_a_caption_goes() -> None:
    # The caption, taken with its credit, and shown again by the gallery, whole and cut short.
    gallery = [
        GALLERY_CAPTION + " less",
        GALLERY_CAPTION[:80] + "... more",
    ]
    figure = f"{GALLERY_CAPTION}\nPhoto: Jane Doe, AP"
    text = page(*STORM[:2], figure, *STORM[2:3], "\n".join(gallery), *STORM[3:], footer="")
    article = cleanse.clean(text, kind="text")
    assert [p.text for p in article.paragraphs] == STORM
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons[gallery[0]] == reasons[gallery[1]] == "repeated_caption"


def test_a_lede_repeated_once_as_a_caption_stays() -> None:
    # A caption seen twice (the taken line and one other) may be the lede above a photo credit.
    figure = f"{STORM[0]}\nPhoto: Jane Doe, AP"
    text = page(figure, *STORM, footer="")
    assert STORM[0] in [p.text for p in cleanse.clean(text, kind="text").paragraphs]


def test_a_gallery_of_thousands_of_repeats_goes() -> None:
    figure = f"{GALLERY_CAPTION}\nPhoto: Jane Doe, AP"
    # Lines of differing lengths: 4000 lines of one length would read as hard-wrapped text.
    gallery = [GALLERY_CAPTION + " less" + " more" * (n % 4) for n in range(4000)]
    text = page(*STORM, figure, "\n".join(gallery), footer="")
    article = cleanse.clean(text, kind="text")
    assert [p.text for p in article.paragraphs] == STORM


BIO = "Jane Doe is a reporter for Example News who has covered the coast since 2015."


@pytest.mark.parametrize(
    "bio", [BIO, "Jane\nJane is a reporter for Example News.", "Jane Doe\n" + BIO]
)
def test_the_body_stops_at_the_byline_authors_bio(bio: str) -> None:
    text = page(*LONG_STORM, bio, footer="\nAbout Us\n")
    article = cleanse.clean(text, kind="text")
    assert article.byline == "Jane Doe"
    assert [p.text for p in article.paragraphs] == LONG_STORM
    assert bio.splitlines()[-1] in {r.text for r in article.removed}


def test_the_authors_name_opening_a_paragraph_with_the_article_going_on_stays() -> None:
    # The byline's writer in her own story, with most of the article below: no bio.
    line = "Doe is one of the residents who stayed in the town through the night of the storm."
    text = page(*LONG_STORM[:2], line, *LONG_STORM[2:], footer="\nAbout Us\n")
    assert line in [p.text for p in cleanse.clean(text, kind="text").paragraphs]


def test_thousands_of_bio_lines_below_the_story_keep_it() -> None:
    """Each line sets off the bio check (cheap per line: the page is read in one pass). A
    sentence the page repeats is no bio of the story's writer, nor is it dropped: an interview
    asks each guest the same question."""
    text = page(*LONG_STORM, "\n".join([BIO] * 4000), footer="")
    paragraphs = [p.text for p in cleanse.clean(text, kind="text").paragraphs]
    assert paragraphs[: len(LONG_STORM)] == LONG_STORM


# A block of code as a scraper flattens it: capitalised, a line repeated, no blank line.
CODE_BLOCK = "\n".join(
    [
        "@override_settings(DEBUG=True)",
        "class StormTests(TestCase):",
        "Forecast = Model.load(Region.NORTH)",
        "Region.reset()",
        "Forecast.refresh()",
        "Forecast.refresh()",
        "StormTests.run()",
        "Warnings.clear()",
    ]
)


# An HTML listing and the end of a script, as a flattened page shows them.
MARKUP_BLOCK = "\n".join(
    [
        "<!DOCTYPE html>",
        "<html>",
        "<head>",
        '<meta charset="utf-8">',
        "<title>Forecast</title>",
        "</head>",
        "<body>",
        '<div id="map"></div>',
        '<script src="forecast.js"></script>',
        "</body>",
        "</html>",
        "});",
        "};",
        "})(this);",
    ]
)


@pytest.mark.parametrize(
    ("block", "line"),
    [
        (CODE_BLOCK, "Forecast = Model.load(Region.NORTH)"),
        (MARKUP_BLOCK, "<title>Forecast</title>"),
    ],
)
def test_the_article_goes_on_below_a_block_of_code(block: str, line: str) -> None:
    # A post about software: its code block (program code, or markup an HTML listing shows)
    # does not cut off the paragraphs below it, and stays with them.
    text = page(STORM[0], STORM[1], block, STORM[3])
    kept = [p.text for p in cleanse.clean(text, kind="text").paragraphs]
    assert STORM[3] in kept
    assert line in kept


@pytest.mark.parametrize(
    "line",
    [
        "@apollozac",
        "Contact us",
        "Privacy Policy",
        "Read more at 9:00 (ET)",
        "F 919-555-0100",
        "指数(円)",
    ],
)
def test_short_lines_that_are_not_code(line: str) -> None:
    text = page(*STORM, footer=f"\n{line}\n{FOOTER}")
    assert decisions(text)[line][0] != "code_line"


def test_a_pages_own_script_below_a_code_block_is_no_article() -> None:
    # A flattened inline script: short statements, then minified lines of few stopwords.
    script = (
        "!function(t,e){var n=e();if(n){t.storm=n;t.ready=!0};for(var i=0;i<n.length;i++)"
        "{t.push(n[i])}}(this,function(){return {load:function(u){return fetch(u)}}}); "
    ) * 4
    text = page(*STORM, CODE_BLOCK, script, script)
    article = cleanse.clean(text, kind="text")
    assert [p.text for p in article.paragraphs][: len(STORM)] == STORM
    assert script.strip() not in {p.text for p in article.paragraphs}


def test_a_feed_of_posts_that_start_alike_does_not_outweigh_a_short_article() -> None:
    # "Photo post 12: ..." lines: prose-long, but each an item of a widget's feed.
    feed = "\n".join(
        f"Photo post {n}: the harbour at dawn with the boats coming in after a long night at sea "
        f"and the gulls following them,{' and the light on the water' * n} shared by a reader."
        for n in range(5)
    )
    text = page(STORM[0], STORM[1], footer=f"{FOOTER}\n{feed}\n")
    kept = [p.text for p in cleanse.clean(text, kind="text").paragraphs]
    assert kept[:2] == STORM[:2]
    assert not any(line.startswith("Photo post") for line in kept)


def test_a_prose_line_pairs_only_with_its_neighbour_on_the_page() -> None:
    """A line an earlier filter took (a byline) between a dek and the first paragraph parts
    them: the dek is as isolated as a teaser's summary."""
    lines = [STORM[0], "By Jane Doe", STORM[1]]
    blocks = cleanse.read("\n".join(lines), kind="text").blocks
    apart = line_scores((blocks[0], blocks[2]), [PROSE, PROSE])
    adjacent = line_scores(
        cleanse.read("\n".join([STORM[0], STORM[1]]), kind="text").blocks, [PROSE, PROSE]
    )
    assert apart[0] == adjacent[0] / 2
    assert apart[1] == adjacent[1] / 2


GERMAN = [
    "Ein Sturm hat in der Nacht zum Montag die Küste getroffen, Dutzende Häuser überflutet und "
    "Tausende Menschen ohne Strom gelassen, wie die Behörden mitteilten.",
    "Der Wetterdienst sagte, der Wind habe in der Spitze mehr als 150 Kilometer pro Stunde "
    "erreicht, und der Regen werde in den meisten Teilen der Region bis Mittwoch anhalten.",
    "Die Rettungsteams arbeiteten die ganze Nacht, um die Familien zu erreichen, die in ihren "
    "Häusern vom Wasser eingeschlossen waren, und die Armee wurde zur Hilfe gerufen.",
]


def test_a_german_sub_heading_between_paragraphs_stays() -> None:
    """German capitalises every noun, so a short heading looks like a menu entry; between two
    paragraphs of the body it is the article's sub-heading. (Lines as a flattened page gives
    them: no blank line between any two.)"""
    lines = ["Startseite", "Politik", "Wirtschaft", *GERMAN[:2], "Nationale Egoismen", GERMAN[2]]
    article = cleanse.clean("\n".join([*lines, "Impressum", "Kontakt"]), kind="text", pipeline=ONLY)
    assert article.language == "de"
    assert [p.text for p in article.paragraphs] == [*GERMAN[:2], "Nationale Egoismen", GERMAN[2]]
    # In English a capitalised line there is as likely a photo credit: it goes.
    lines = ["Home", "World", "Sports", *STORM[:2], "Berkeley Earth", STORM[3], "About", "Contact"]
    english = cleanse.clean("\n".join(lines), kind="text", pipeline=ONLY)
    assert [p.text for p in english.paragraphs] == [*STORM[:2], STORM[3]]
