"""Tag lists: labelled lines and lists under a lone label go into ``tags``; sentences stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleanse
from cleanse.filters import tags
from cleanse.filters.tags import TagList, segment_names, split_tags
from cleanse.scan import expand

ONE = cleanse.Pipeline([TagList()])


def decide(line: str) -> tuple[str, str | None, tuple[str, ...] | None]:
    """Status, reason slug and parsed tags the filter gives a single line."""
    (verdict,) = ONE.run(cleanse.read(line, kind="text"))
    d = verdict.decision
    if d is None:
        return verdict.status, None, None
    assert d.field == "tags"
    assert isinstance(d.value, tuple)
    return verdict.status, d.reason, d.value


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        # Delimited lists, English labels
        ("Tags: Politics, Health care; Elections", ("Politics", "Health care", "Elections")),
        ("Tags: climate change, energy", ("climate change", "energy")),
        ("Tag: Brexit", ("Brexit",)),
        ("Topics: Space", ("Space",)),
        ("Filed under: Science | Space", ("Science", "Space")),
        ("Filed under Science", ("Science",)),
        ("Related topics: Ukraine, Russia", ("Ukraine", "Russia")),
        ("More on these topics: Climate, Energy", ("Climate", "Energy")),
        ("Keywords: AI, machine learning", ("AI", "machine learning")),
        ("Categories: World, Europe", ("World", "Europe")),
        ("Tagged with: Space · NASA", ("Space", "NASA")),
        (
            "Tags: A Tale of Two Cities, Charles Dickens",
            ("A Tale of Two Cities", "Charles Dickens"),
        ),
        ("Tags: U.S., Politics.", ("U.S.", "Politics")),
        ("Tags #climate #energy", ("climate", "energy")),
        # Translations
        ("Schlagwörter: Klima, Energie", ("Klima", "Energie")),
        ("Themen: Bundestag, Wahl", ("Bundestag", "Wahl")),
        ("Mots-clés : climat, énergie", ("climat", "énergie")),
        ("Étiquettes : Politique", ("Politique",)),
        ("Etiquetas: Política, Economía", ("Política", "Economía")),
        ("Temas: Brasil, Lula", ("Brasil", "Lula")),
        ("Argomenti: Politica, Roma", ("Politica", "Roma")),
        ("Parole chiave: Roma, Lazio", ("Roma", "Lazio")),
        ("Palavras-chave: Brasil, Economia", ("Brasil", "Economia")),
        ("Trefwoorden: Rutte, Den Haag", ("Rutte", "Den Haag")),
        ("Onderwerpen: Politiek", ("Politiek",)),
        ("Теги: Россия, Украина", ("Россия", "Украина")),
        ("Темы: Экономика", ("Экономика",)),
        ("标签：经济、贸易", ("经济", "贸易")),
        ("关键词：中国，美国", ("中国", "美国")),
        ("タグ: 経済、政治", ("経済", "政治")),
        ("キーワード：日本、政治", ("日本", "政治")),
    ],
)
def test_labelled_list_is_taken(line: str, tags: tuple[str, ...]) -> None:
    assert decide(line) == ("taken", "tag_list", tags)
    assert cleanse.clean(line, pipeline=ONE).tags == tags


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        # The seed's own run, for reference ...
        (
            "Tags Canada China European Union State Department United Kingdom",
            ("Canada", "China", "European Union", "State Department", "United Kingdom"),
        ),
        # ... and names the seed does not have: heads attach to the word before, modifiers to
        # the word after, connectors join, and a head followed by "of" opens its own name.
        (
            "Tags Brexit Bank of England Supreme Court Germany",
            ("Brexit", "Bank of England", "Supreme Court", "Germany"),
        ),
        ("Topics Hong Kong Labour Party", ("Hong Kong", "Labour Party")),
        (
            "Tags United Nations Security Council New Zealand South Africa",
            ("United Nations", "Security Council", "New Zealand", "South Africa"),
        ),
        ("Tags Department of Justice Supreme Court", ("Department of Justice", "Supreme Court")),
        ("Tags European Court of Justice Poland", ("European Court of Justice", "Poland")),
        (
            "Tags University of Oxford House of Commons",
            ("University of Oxford", "House of Commons"),
        ),
        ("Tags New York City Los Angeles Lakers", ("New York City", "Los Angeles", "Lakers")),
        (
            "Tags World Bank International Monetary Fund",
            ("World Bank", "International Monetary Fund"),
        ),
        ("Tags Federal Reserve Wall Street", ("Federal Reserve", "Wall Street")),
        ("Topics Sri Lanka Saudi Arabia Costa Rica", ("Sri Lanka", "Saudi Arabia", "Costa Rica")),
        ("Tags Prime Minister Ukraine", ("Prime Minister", "Ukraine")),
        ("Filed under Arts Culture", ("Arts", "Culture")),
        (
            "Tags: Brexit Climate change Bank of England Germany",
            ("Brexit", "Climate change", "Bank of England", "Germany"),
        ),
    ],
)
def test_undelimited_run_is_segmented_into_names(line: str, tags: tuple[str, ...]) -> None:
    assert decide(line) == ("taken", "tag_list", tags)


def test_person_names_split_without_a_list_of_given_names() -> None:
    """A documented limit: nothing marks "Rishi Sunak" as one name."""
    assert segment_names("Rishi Sunak Brexit") == ["Rishi", "Sunak", "Brexit"]


@pytest.mark.parametrize(
    "line",
    [
        "Tags are small labels that help readers find related stories.",
        "Topics include the budget, defence and health, the minister said.",
        "Topics of the day were the economy and the war.",
        "Topics: what to watch this week, and why it matters to you now and in the future",
        "Tagged with love",
        "Tags of the week",
        "Themen der Woche",
        "Keywords matter less to search engines than they once did.",
        "Category five hurricanes are the strongest, forecasters said.",
        "Tags",
        "Topics:",
        "Topics You Follow",
        "Topics We Cover",
    ],
)
def test_sentence_or_lone_label_without_items_stays(line: str) -> None:
    assert decide(line) == ("kept", None, None)


@pytest.mark.parametrize("label", ["Tags", "Tags:", "Topics:", "Related topics", "Schlagwörter"])
def test_items_under_a_lone_label(label: str) -> None:
    text = f"The body ends here.\n\n{label}\nPolitics\nEconomy\nEurope"
    verdicts = ONE.run(cleanse.read(text, kind="text"))
    reasons = [v.decision.reason if v.decision else None for v in verdicts]
    assert reasons == [None, "tag_label", "tag_item", "tag_item", "tag_item"]
    article = cleanse.clean(text, pipeline=ONE)
    assert article.tags == ("Politics", "Economy", "Europe")
    assert article.text == "The body ends here."


def test_lone_label_stops_at_a_sentence_or_a_new_paragraph() -> None:
    text = "Tags\nPolitics\nThe minister resigned on Monday.\n\nEconomy"
    article = cleanse.clean(text, pipeline=ONE)
    assert article.tags == ("Politics",)
    assert article.text == "The minister resigned on Monday.\n\nEconomy"


def test_tags_from_several_lists_are_merged_without_repeats() -> None:
    text = "Tags: Politics, Economy\n\nBody sentence here.\n\nTopics: Economy, Europe"
    assert cleanse.clean(text, pipeline=ONE).tags == ("Politics", "Economy", "Europe")


def test_html_tag_list() -> None:
    html = (
        "<article><p>The story, told in a sentence.</p>"
        "<p>Tags: <a href='/t/politics'>Politics</a>, <a href='/t/economy'>Economy</a></p>"
        "</article>"
    )
    article = cleanse.clean(html, pipeline=ONE)
    assert article.tags == ("Politics", "Economy")
    assert article.text == "The story, told in a sentence."


@pytest.mark.parametrize(
    ("rest", "tags"),
    [
        ("Politics, Health care; Elections", ["Politics", "Health care", "Elections"]),
        ("Science | Space / Physics", ["Science", "Space", "Physics"]),
        ("Economy - Trade — Jobs", ["Economy", "Trade", "Jobs"]),
        ("#one #two", ["one", "two"]),
        ("Bank of England Brexit", ["Bank of England", "Brexit"]),
    ],
)
def test_split_tags(rest: str, tags: list[str]) -> None:
    assert split_tags(rest) == tags


@pytest.mark.parametrize(
    "html",
    [
        "<div class=tags><h3>Tags</h3><ul><li><a href=/p>Politics</a></li>"
        "<li><a href=/e>Health care</a></li></ul></div>",
        "<p>Tags</p><ul><li>Politics</li><li>Health care</li></ul>",
        "<div class=tags><p>Topics:</p><a href=/p>Politics</a><br><a href=/e>Health care</a></div>",
    ],
)
def test_html_list_under_a_lone_label(html: str) -> None:
    page = f"<article><p>The story, told in a sentence.</p>{html}<h2>Next section</h2></article>"
    article = cleanse.clean(page, pipeline=ONE)
    assert article.tags == ("Politics", "Health care")
    assert article.text == "The story, told in a sentence.\n\nNext section"


def test_html_label_inside_the_list_element_stops_at_its_end() -> None:
    """The label's text sits in the element that holds the tags: a share bar beside that
    element is no part of the list."""
    page = (
        "<article><p>The story, told in a sentence.</p><div class=footer>"
        "<div class=labels>Tags:<div class=label><a href=/p>Politics</a></div></div>"
        "<ul class=share><li><a href=/f>Facebook</a></li><li><a href=/t>Twitter</a></li></ul>"
        "</div></article>"
    )
    assert cleanse.clean(page, pipeline=ONE).tags == ("Politics",)


def test_html_one_line_of_links_under_a_lone_label() -> None:
    """The whole list as one line of links, longer than one tag may be."""
    names = ["Politics", "Health care", "European Union", "Bank of England", "Trade"]
    links = ", ".join(f"<a href=/t{i}>{name}</a>" for i, name in enumerate(names))
    page = f"<article><p>The story, told in a sentence.</p><div><b>Tags</b><br>{links}</div>"
    article = cleanse.clean(page + "</article>", pipeline=ONE)
    assert article.tags == tuple(names)
    assert article.text == "The story, told in a sentence."


def test_a_long_line_of_links_under_a_label_is_no_tag_list_unless_delimited() -> None:
    """A line of links under "Topics" that is no delimited list of short names is a teaser."""
    page = (
        "<article><p>The story, told in a sentence.</p><div><b>Topics</b><br><br>"
        "<a href=/r>The council votes on the new bridge again next week</a></div></article>"
    )
    assert cleanse.clean(page, pipeline=ONE).tags == ()


def test_html_heading_named_topics_over_prose_is_no_tag_label() -> None:
    page = (
        "<article><h2>Topics</h2><p>The summit covered trade.</p><ul><li>Home</li></ul></article>"
    )
    article = cleanse.clean(page, pipeline=ONE)
    assert article.tags == ()
    assert article.text == "Topics\n\nThe summit covered trade.\n\nHome"


# --- the quick test misses nothing --------------------------------------------------------------
# The filter reads only lines that start with a label, in any case; checked against the same
# filter reading every line.


class _EveryLine:
    @staticmethod
    def blocks(blocks: tuple[cleanse.Block, ...]) -> list[int]:
        return list(range(len(blocks)))


_TAG_LABELS = sorted(expand(tags._LABELS))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.builds(
            "{}{}{}".format,
            st.sampled_from(_TAG_LABELS).map(str.swapcase)
            | st.sampled_from(_TAG_LABELS).map(str.upper)
            | st.sampled_from(_TAG_LABELS)
            | st.sampled_from(["Themes", "ſtichwörter", "The", "Topical"]),
            st.sampled_from([": ", " ", "：", "", ":"]),
            st.sampled_from(["Politics, Health", "Canada China", "", "the budget, and more."]),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_filter_agrees_with_reading_every_line(lines: list[str]) -> None:
    document = cleanse.read("\n".join(lines), kind="text")
    context = cleanse.Context(document, document.blocks)
    fast = list(TagList()(context))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tags, "_LABEL_STARTS", _EveryLine())
        assert list(TagList()(context)) == fast
