"""Plain text -> blocks: one block per line, blank-line groups, kinds, spans."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import cleanse
from cleanse.blocks import Kind
from cleanse.language import detect_language, stopwords_for
from cleanse.normalize import normalize
from cleanse.text import join_broken, line_kind, rejoin, text_to_document, unwrap, wrap_width

LONG = (
    "The council said on Monday that the new sea wall would be finished by the end of the "
    "year, and that the town would then be safe from the worst of the winter floods."
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("• Milk", Kind.LIST_ITEM),
        ("- Eggs", Kind.LIST_ITEM),
        ("* Bread", Kind.LIST_ITEM),
        ("1. First", Kind.LIST_ITEM),
        ("12) Twelfth", Kind.LIST_ITEM),
        ("> A quoted line", Kind.QUOTE),
        ("2024 was a long year", Kind.LINE),
        ("-10 degrees tonight", Kind.LINE),
        ("Plain line", Kind.LINE),
    ],
)
def test_line_kind(line: str, kind: Kind) -> None:
    assert line_kind(line) is kind


def test_blocks_groups_and_spans() -> None:
    doc = text_to_document("Title\r\n\r\n\r\nFirst line.\nSecond\u00a0 line.\n\nLast")
    assert doc.source_kind == "text"
    assert doc.text == "Title\n\nFirst line.\nSecond line.\n\nLast"
    assert [(b.index, b.text, b.group, b.span) for b in doc.blocks] == [
        (0, "Title", 0, (0, 5)),
        (1, "First line.", 1, (7, 18)),
        (2, "Second line.", 1, (19, 31)),
        (3, "Last", 2, (33, 37)),
    ]
    assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)


def test_every_non_blank_line_is_one_block() -> None:
    text = "a\n\n  b  \nc\n\n\n\nd e f\n"
    doc = text_to_document(text)
    assert [b.text for b in doc.blocks] == ["a", "b", "c", "d e f"]
    assert [b.words for b in doc.blocks] == [1, 1, 1, 3]


@pytest.mark.parametrize(
    ("line", "below", "kind"),
    [
        ("What the council said", LONG, Kind.HEADING),
        ("What the council said.", LONG, Kind.LINE),  # a sentence, not a heading
        ("What the council said", "Short line below.", Kind.LINE),
        ("• A bullet stays a list item", LONG, Kind.LIST_ITEM),
    ],
)
def test_headings_are_short_lines_above_a_long_one(line: str, below: str, kind: Kind) -> None:
    doc = text_to_document(f"{line}\n{below}")
    assert doc.blocks[0].kind is kind
    assert doc.blocks[1].kind is Kind.LINE


def test_empty_text_has_no_blocks() -> None:
    assert text_to_document("").blocks == ()
    assert text_to_document(" \n\n \t\n").blocks == ()


# --- hard-wrapped text ------------------------------------------------------------------------

WRAP_STORY = [
    LONG,
    "Engineers said the work would take six months and cost less than the previous estimate "
    "had suggested, because the stone from the old quay could be used again.",
    "Residents who live near the water welcomed the decision at a crowded public meeting that "
    "evening, though some asked why the work had taken so long to begin.",
    "The harbour master told the meeting that three fishing boats had been damaged in the last "
    "storm alone, and that insurers had begun to ask questions about the wall.",
    "A local historian pointed out that the wall was first built in 1842 by the same families "
    "whose descendants still fish from the harbour every morning of the year.",
    "Work is expected to start in the spring, once the contractors have surveyed the foundations "
    "and the council has agreed where the heavy machinery can be parked safely.",
]
NAV_LINES = ["Home", "News", "Sport", "Weather"]


@pytest.mark.parametrize("width", [40, 60, 72, 79, 100, 132])
def test_wrapped_paragraphs_are_read_whole(width: int) -> None:
    wrapped = ["\n".join(textwrap.wrap(p, width)) for p in WRAP_STORY]
    text = "\n".join(NAV_LINES) + "\n\n" + "\n\n".join(wrapped) + "\n\nContact us\nPrivacy"
    doc = text_to_document(text)
    assert [b.text for b in doc.blocks] == [*NAV_LINES, *WRAP_STORY, "Contact us", "Privacy"]
    assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)
    article = cleanse.clean(text, kind="text")
    assert [p.text for p in article.paragraphs] == WRAP_STORY


def test_a_wrapped_page_with_a_link_in_another_script_is_unwrapped() -> None:
    wrapped = ["\n".join(textwrap.wrap(p, 72)) for p in WRAP_STORY]
    text = "\n".join([*NAV_LINES, "中文", "日本語"]) + "\n\n" + "\n\n".join(wrapped)
    assert [b.text for b in text_to_document(text).blocks][-len(WRAP_STORY) :] == WRAP_STORY


KOREAN = [
    f"서울시는 {n}일 오후 시청에서 새로운 교통 계획을 발표했으며 시민들은 이 계획이 출퇴근 시간을 "
    f"크게 줄일 것으로 기대한다고 말했다 시는 {n}개 노선의 버스를 늘리고 지하철 운행 간격을 줄일 "
    "예정이라고 밝혔다"
    for n in range(2, 8)
]


@pytest.mark.parametrize(
    "link",
    [
        "See also [the council's full report on the harbour wall and its repair]"
        "(/news/2019/11/harbour-wall-report-full-text-and-appendices)",
        "https://example.com/news/2019/11/harbour-wall-report-full-text-and-appendices-as-pdf",
    ],
)
def test_links_past_the_width_do_not_hide_the_wrapping(link: str) -> None:
    wrapped = ["\n".join(textwrap.wrap(p, 72)) + "\n" + link for p in WRAP_STORY]
    blocks = [b.text for b in text_to_document("\n\n".join(wrapped)).blocks]
    assert blocks == [line for p in WRAP_STORY for line in (p, link)]


def test_wrapped_korean_is_unwrapped() -> None:
    """Korean puts spaces between words, so it is wrapped at them like Latin text."""
    wrapped = ["\n".join(textwrap.wrap(p, 40)) for p in KOREAN]
    blocks = text_to_document("\n\n".join(wrapped)).blocks
    assert [b.text for b in blocks] == KOREAN


def test_text_that_is_not_wrapped_is_left_as_it_is() -> None:
    lines = [*NAV_LINES, *WRAP_STORY, "A line of some thirty-five characters", *WRAP_STORY]
    assert wrap_width(lines) is None
    assert unwrap("\n".join(lines)) == "\n".join(lines)


def test_short_paragraphs_of_about_one_length_are_not_taken_for_wrapping() -> None:
    """Eight one-line paragraphs of 119-133 characters look wrapped at 133 by their lengths,
    but each ends a sentence, where a wrapper's breaks mostly fall inside one."""
    sentence = "The council met on Tuesday to talk about the harbour wall and the new ferry pier"
    lines = [
        f"{sentence}{', again' * (n % 3)} this week, said the mayor of the town." for n in range(8)
    ]
    assert all(119 <= len(line) <= 133 for line in lines)
    assert wrap_width(lines) is None
    assert unwrap("\n".join(lines)) == "\n".join(lines)


def test_a_line_far_past_the_width_is_no_wrapped_line() -> None:
    """A wrapper leaves no line much longer than its width: a long caption above a byline in
    a wrapped page is a paragraph of its own, and the byline stays on its line."""
    wrapped = "\n".join(textwrap.wrap(" ".join(WRAP_STORY * 3), 70))
    caption = "The council met on Tuesday at the town hall, where the mayor spoke. " * 3
    text = unwrap(normalize(f"{caption.strip()}\nBy Jane Doe\n{wrapped}"))
    assert text.split("\n")[:2] == [caption.strip(), "By Jane Doe"]


def test_a_list_item_after_a_full_line_starts_its_own_line() -> None:
    wrapped = "\n\n".join("\n".join(textwrap.wrap(p, 60)) for p in WRAP_STORY)
    items = (
        "\n".join(textwrap.wrap(WRAP_STORY[0], 60)) + "\n- first item of a list below it\n2. second"
    )
    text = unwrap(normalize(f"{wrapped}\n\n{items}"))
    assert text.endswith(f"{WRAP_STORY[0]}\n- first item of a list below it\n2. second")


_WORDS = st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
_PARAGRAPHS = st.lists(
    st.lists(_WORDS, min_size=60, max_size=150).map(" ".join), min_size=3, max_size=6
)


@settings(max_examples=200, deadline=None)
@given(_PARAGRAPHS, st.integers(64, 120))
def test_unwrapping_undoes_wrapping(paragraphs: list[str], width: int) -> None:
    """On a page with enough full lines to tell it is wrapped, every wrapped break is undone."""
    wrapped = "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in paragraphs)
    assume(sum(len(line) >= 0.85 * width for line in wrapped.split("\n")) >= 8)
    assert unwrap(wrapped) == "\n\n".join(paragraphs)


@pytest.mark.parametrize("reflow", [unwrap, join_broken])
@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("abA .-•>\n", max_size=90), max_size=40).map("\n".join))
def test_reflowing_only_turns_line_breaks_into_spaces(
    reflow: Callable[[str], str], text: str
) -> None:
    """``unwrap`` and ``join_broken`` keep every character but a line break, which may become
    a space (the spans of the text read stay those of the normalised text)."""
    norm = normalize(text)
    out = reflow(norm)
    assert len(out) == len(norm)
    assert all(a == b or (a, b) == ("\n", " ") for a, b in zip(norm, out, strict=True))


# --- text cut at inline elements ---------------------------------------------------------------

# What ``BeautifulSoup.get_text("\\n")`` makes of paragraphs with links, bold words and citations.
CUT = [
    "Skipping meals can contribute to",
    "cravings",
    "and increase the risk of overeating (",
    "4",
    ").",
    "One small study found that eating one large meal a day raised levels of",
    "ghrelin",
    ", the hunger hormone, more than three meals did.",
    "Fiber",
    "moves slowly through your digestive tract, keeping you full for longer (",
    "5",
    ").",
]
WHOLE = [
    "Skipping meals can contribute to cravings and increase the risk of overeating (4).",
    "One small study found that eating one large meal a day raised levels of ghrelin, the hunger"
    " hormone, more than three meals did.",
    "Fiber moves slowly through your digestive tract, keeping you full for longer (5).",
]


def test_lines_cut_at_inline_elements_are_joined() -> None:
    text = "\n".join([*NAV_LINES, "", *CUT, "", "iPhone", "iPad", "by", "Contact us"])
    doc = text_to_document(text)
    assert [b.text for b in doc.blocks] == [
        *NAV_LINES,
        *WHOLE,
        "iPhone",
        "iPad",
        "by",
        "Contact us",
    ]
    assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)


def test_a_cut_line_that_ends_in_an_article_runs_on() -> None:
    cut = "Studies show\n(\n12\n)\n.\nIt lives in the networking internals of the\nMinecraft protocol.\n"
    text = cut + "See\n(\n3\n)\n.\nHome and\nGarden"
    assert rejoin(text) == (
        "Studies show (12).\nIt lives in the networking internals of the Minecraft protocol.\n"
        "See (3).\nHome and\nGarden"
    )


def test_text_with_few_cut_lines_is_left_as_it_is() -> None:
    text = "Home\nnews and weather\n\nIt rained (\nall day\n).\n\nmore below"
    assert rejoin(text) == text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("ab ,.()A\n", max_size=12), max_size=40).map("\n".join))
def test_rejoining_only_takes_out_line_breaks(text: str) -> None:
    norm = normalize(text)
    out = rejoin(norm)
    assert out.replace("\n", "").replace(" ", "") == norm.replace("\n", "").replace(" ", "")
    assert out.count("\n") <= norm.count("\n")
    assert "\n\n" in out or "\n\n" not in norm  # blank lines stay


# --- the language guess text mode relies on ---------------------------------------------------

MENU = "Home\nNews\nSport\nWeather\nAbout us\nContact\n" * 20


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (LONG, "en"),
        (
            "Der Stadtrat sagte am Montag, dass die neue Mauer bis zum Ende des Jahres fertig "
            "sein wird und die Stadt dann vor den Fluten sicher ist.",
            "de",
        ),
        (
            "Le conseil a dit lundi que le nouveau mur serait fini à la fin de l'année et que la "
            "ville serait alors à l'abri des crues.",
            "fr",
        ),
        (
            "Городской совет заявил в понедельник, что новая стена будет готова к концу года и "
            "что город будет защищён от наводнений.",
            "ru",
        ),
        ("市议会周一表示，新的海堤将在年底前完工，届时该镇将免受冬季洪水的侵袭。" * 5, "zh"),
        (
            "市議会は月曜日、新しい防潮堤は年末までに完成し、町は冬の洪水から守られると述べた。"
            * 3,
            "ja",
        ),
        # no list fits: an Indonesian body under English menus is not "en" or "nl"
        (
            MENU
            + (
                "Dewan kota mengatakan pada hari Senin bahwa tembok laut yang baru akan "
                "selesai pada akhir tahun, dan kota itu akan aman dari banjir. "
            )
            * 20,
            None,
        ),
        ("Home Login", None),
        ("", None),
    ],
)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_the_guess_reads_the_middle_of_the_page() -> None:
    """Menus at the top are English; the body in the middle is German."""
    german = "Die Stadt sagte, dass die Mauer fertig ist und dass sie mit den Leuten spricht. "
    assert detect_language("Home News Sport Login Subscribe Search " * 200 + german * 100) == "de"


def test_stopwords_for() -> None:
    assert "the" in (stopwords_for("en") or ())
    assert stopwords_for("ja") is None
    assert stopwords_for(None) is None


# --- paragraphs the page's source broke over lines ------------------------------------------

BROKEN = (
    "Thousands of people have left the coast towns\n"
    "since the storm, and many of them say they will not\n"
    "come back before the new sea wall is finished.\n"
    "The council voted on Tuesday to rebuild the wall, which\n"
    "the engineers say will take two years and cost less than\n"
    "the old estimate.\n"
    "Residents welcomed the vote at a crowded meeting, but\n"
    "some asked why the work could not start sooner, and\n"
    "the mayor promised an answer by the end of the month."
)


def test_paragraphs_the_source_broke_over_lines_are_joined() -> None:
    text = join_broken(f"Home\nNews\nSport\n{BROKEN}\nContact us\nAbout")
    assert text.split("\n") == [
        "Home",
        "News",
        "Sport",
        " ".join(BROKEN.split("\n")[:3]),
        " ".join(BROKEN.split("\n")[3:6]),
        " ".join(BROKEN.split("\n")[6:]),
        "Contact us",
        "About",
    ]


def test_short_pieces_around_a_link_join_on_a_broken_page() -> None:
    around = "Read the\nfull report\non the council's site."
    assert join_broken(f"{BROKEN}\n{around}").split("\n")[-1] == " ".join(around.split("\n"))
    assert join_broken(f"Home\n{around}") == f"Home\n{around}"


def test_a_capitalised_tail_joins_the_sentence_it_ends_on_a_broken_page() -> None:
    tail = "Mostly because there are not many tools of this kind around here\nI guess."
    text = join_broken(f"{BROKEN}\n{tail}\nNews\nSport")
    assert text.split("\n")[-3:] == [" ".join(tail.split("\n")), "News", "Sport"]
    # On a page with no sign of a broken source, the tail stays on its line.
    assert join_broken(f"Home\n{tail}") == f"Home\n{tail}"


# A German paragraph broken by its source: lines that go on with a noun start capitalised.
GERMAN = [
    "Kris de Decker kennt das aus",
    "eigener Erfahrung. Seit 2008 verzichtet der belgische",
    "Technikjournalist komplett auf Flüge und reist von seinem Wohnort Barcelona mit",
    "dem Zug nach ganz Europa. Die ersten Jahre waren toll, erzählt der",
    "Journalist, doch zuletzt sei es für ihn schwieriger geworden,",
    "seine Ziele zu erreichen.",
]


@pytest.mark.parametrize("byline", ["by Jane Doe , Example News", "von Jana Müller"])
def test_a_byline_under_the_headline_of_a_broken_page_stays_apart(byline: str) -> None:
    headline = "Flint tool covered by birch tar adds to evidence of complex thinking"
    text = join_broken(f"{headline}\nNews\n{headline}\n{byline}\n{BROKEN}")
    assert text.split("\n")[:4] == [headline, "News", headline, byline]
    assert text.endswith(" ".join(BROKEN.split("\n")[-2:]))


def test_nothing_joins_the_first_line() -> None:
    title = "A title that runs on for a while without an end"
    assert join_broken(f"{title}\nand a line below it\n{BROKEN}").startswith(f"{title}\n")


def test_a_capitalised_line_between_two_runs_of_a_sentence_bridges_them() -> None:
    page = "\n".join(["Startseite", "Reisen", *GERMAN * 3, "Reviewed by Jane Doe, MD", *GERMAN])
    lines = join_broken(page).split("\n")
    assert lines[2:5] == [" ".join(GERMAN)] * 3
    # A short line that ends no sentence above a paragraph is no part of it.
    assert lines[5:] == ["Reviewed by Jane Doe, MD", " ".join(GERMAN)]


@pytest.mark.parametrize(
    "text",
    [
        # Only a few lines carry on from the one above: no sign of a broken source.
        "Home\nNews\n" + "\n".join(BROKEN.split("\n")[:3]),
        # Lower-case menu items below short lines.
        "Home\nnews\nsport\nweather\nabout us\ncontact\njobs\nshop",
        # A list of lower-case items, none of which ends a sentence.
        "What you may eat:\n"
        + "\n".join(
            f"any {food} in the amounts the recipe gives"
            for food in ("fish", "bird", "seafood", "egg", "hard cheese", "fresh mushroom", "nut")
        ),
        # Below a full sentence, a lower-case line is a line of its own.
        "\n".join(["The council voted on Tuesday to rebuild the wall.", "iPhone sales rose."] * 6),
    ],
)
def test_text_without_broken_paragraphs_is_left_as_it_is(text: str) -> None:
    assert join_broken(text) == text
