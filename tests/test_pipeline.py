"""The pipeline API: editing, user filters, contract errors, explain, and the Article's forms."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator

import pytest

import cleanse
from cleanse import Context, Decision, Pipeline, drop, take
from cleanse.filters.byline import Byline
from cleanse.filters.datelines import DateLine
from cleanse.filters.headline import Headline
from cleanse.filters.legal import CopyrightNotice
from cleanse.filters.media import PhotoCredit
from cleanse.filters.navigation import NavigationJunk
from cleanse.filters.tags import TagList

TEXT = (
    "Storm hits coast\n\n"
    "By Jane Doe\n\n"
    "The storm arrived overnight and flooded the harbour, officials said.\n\n"
    "SHOUTING LINE HERE\n\n"
    "Load more\n\n"
    "Tags: Weather, Floods\n\n"
    "© 2024 Example Media"
)


class NoShouting:
    """A user filter written as a class."""

    def __init__(self, *, name: str = "no_shouting") -> None:
        self.name = name

    def __call__(self, context: Context) -> Iterator[Decision]:
        for block in context.blocks:
            if block.text.isupper():
                yield drop(block, "shouting", "all capitals")


@cleanse.as_filter
def no_shouting(context: Context) -> list[Decision]:
    """The same filter as a plain function."""
    return [drop(b, "shouting", "all capitals") for b in context.blocks if b.text.isupper()]


def names(pipeline: Pipeline) -> list[str]:
    return list(pipeline.names)


# --- the default pipeline ---------------------------------------------------------------------


def test_default_pipeline_holds_the_filter_families_in_order() -> None:
    pipeline = cleanse.default_pipeline()
    families = ["copyright", "tags", "photo_credit", "byline", "date", "navigation", "title"]
    positions = [pipeline.names.index(n) for n in families]
    assert positions == sorted(positions), pipeline.names
    assert len(set(pipeline.names)) == len(pipeline)
    assert all(isinstance(f, cleanse.Filter) for f in pipeline)
    assert repr(pipeline) == f"Pipeline({list(pipeline.names)!r})"


def test_default_pipeline_is_a_fresh_value_each_time() -> None:
    assert cleanse.default_pipeline() is not cleanse.default_pipeline()
    assert cleanse.default_pipeline().names == cleanse.default_pipeline().names


def test_pipeline_is_a_sequence() -> None:
    pipeline = Pipeline([CopyrightNotice(), TagList()])
    assert len(pipeline) == 2
    assert pipeline[0].name == "copyright"
    assert [f.name for f in pipeline] == ["copyright", "tags"]
    assert Pipeline().names == ()


# --- editing ----------------------------------------------------------------------------------

BASE = Pipeline([CopyrightNotice(), TagList(), NavigationJunk(), Headline()])


def test_without() -> None:
    assert names(BASE.without("navigation")) == ["copyright", "tags", "title"]
    assert names(BASE.without("tags", "title")) == ["copyright", "navigation"]
    assert names(BASE) == ["copyright", "tags", "navigation", "title"]  # unchanged


def test_with_filter_at_the_end_before_and_after() -> None:
    assert names(BASE.with_filter(no_shouting)) == [
        "copyright",
        "tags",
        "navigation",
        "title",
        "no_shouting",
    ]
    assert names(BASE.with_filter(no_shouting, before="tags")) == [
        "copyright",
        "no_shouting",
        "tags",
        "navigation",
        "title",
    ]
    assert names(BASE.with_filter(no_shouting, after="title")) == [
        "copyright",
        "tags",
        "navigation",
        "title",
        "no_shouting",
    ]
    assert names(BASE.with_filter(no_shouting, before="copyright"))[0] == "no_shouting"


def test_replace() -> None:
    custom = NavigationJunk(name="navigation")
    replaced = BASE.replace("navigation", custom)
    assert replaced.names == BASE.names
    assert replaced[2] is custom
    assert BASE[2] is not custom
    assert names(BASE.replace("title", no_shouting)) == [
        "copyright",
        "tags",
        "navigation",
        "no_shouting",
    ]


@pytest.mark.parametrize(
    "edit",
    [
        lambda p: p.without("nope"),
        lambda p: p.without("tags", "nope"),
        lambda p: p.with_filter(no_shouting, before="nope"),
        lambda p: p.with_filter(no_shouting, after="nope"),
        lambda p: p.replace("nope", no_shouting),
    ],
)
def test_unknown_name_is_a_pipeline_error(edit: Callable[[Pipeline], Pipeline]) -> None:
    with pytest.raises(cleanse.PipelineError, match="nope"):
        edit(BASE)


def test_duplicates_are_a_pipeline_error() -> None:
    with pytest.raises(cleanse.PipelineError, match="duplicate"):
        Pipeline([TagList(), TagList()])
    with pytest.raises(cleanse.PipelineError, match="duplicate"):
        BASE.with_filter(TagList())
    with pytest.raises(cleanse.PipelineError, match="duplicate"):
        BASE.replace("title", TagList())
    # Renaming makes a second instance welcome.
    assert names(BASE.with_filter(TagList(name="more_tags")))[-1] == "more_tags"


def test_other_pipeline_errors() -> None:
    with pytest.raises(cleanse.PipelineError, match="not both"):
        BASE.with_filter(no_shouting, before="tags", after="tags")

    class NamedButNotCallable:
        name = "inert"

    with pytest.raises(cleanse.PipelineError, match="not a filter"):
        Pipeline([NamedButNotCallable()])  # type: ignore[list-item]
    error = cleanse.PipelineError("x")
    assert isinstance(error, cleanse.CleanseError)
    assert isinstance(error, ValueError)


def test_a_bare_function_is_a_pipeline_error() -> None:
    with pytest.raises(cleanse.PipelineError, match="not a filter"):
        Pipeline([lambda context: []])  # type: ignore[list-item]


# --- user filters -----------------------------------------------------------------------------


@pytest.mark.parametrize("user_filter", [NoShouting(), no_shouting], ids=["class", "function"])
def test_user_filter_as_class_or_function(user_filter: cleanse.Filter) -> None:
    assert isinstance(user_filter, cleanse.Filter)
    pipeline = cleanse.default_pipeline().with_filter(user_filter, before="navigation")
    article = cleanse.clean(TEXT, pipeline=pipeline)
    assert "SHOUTING LINE HERE" not in article.text
    removal = next(r for r in article.removed if r.text == "SHOUTING LINE HERE")
    assert (removal.filter, removal.reason, removal.detail) == (
        "no_shouting",
        "shouting",
        "all capitals",
    )
    without = cleanse.clean(TEXT, pipeline=cleanse.default_pipeline())
    assert "SHOUTING LINE HERE" in without.text


def test_as_filter_with_a_name() -> None:
    @cleanse.as_filter(name="loud")
    def anything_loud(context: Context) -> list[Decision]:
        return [drop(b, "shouting") for b in context.blocks if b.text.isupper()]

    assert anything_loud.name == "loud"
    assert "loud" in repr(anything_loud)
    article = cleanse.clean(TEXT, pipeline=Pipeline([anything_loud]))
    assert [(r.filter, r.reason) for r in article.removed] == [("loud", "shouting")]


def test_a_user_filter_can_take_into_a_field() -> None:
    @cleanse.as_filter
    def first_line_is_kicker(context: Context) -> list[Decision]:
        return [take(context.blocks[0], "title", "kicker", value="STORM")]

    article = cleanse.clean(TEXT, pipeline=Pipeline([first_line_is_kicker]))
    assert article.title == "STORM"


def test_first_decision_wins_and_later_filters_see_only_kept_blocks() -> None:
    seen: list[list[str]] = []

    @cleanse.as_filter
    def spy(context: Context) -> list[Decision]:
        seen.append([b.text for b in context.blocks])
        return []

    article = cleanse.clean(
        "Load more\n\nBody sentence.", pipeline=Pipeline([NavigationJunk(), spy])
    )
    assert seen == [["Body sentence."]]
    assert article.text == "Body sentence."


def test_a_filter_gets_the_document_and_the_language() -> None:
    seen: list[tuple[str, str | None]] = []

    @cleanse.as_filter
    def spy(context: Context) -> list[Decision]:
        seen.append((context.document.source_kind, context.language))
        return []

    cleanse.clean(
        "The cat sat on the mat and it was happy with the world.", pipeline=Pipeline([spy])
    )
    assert seen == [("text", "en")]


# --- the filter contract ----------------------------------------------------------------------


def _broken(result: Iterable[object] | Exception, name: str = "broken") -> cleanse.Filter:
    def run(context: Context) -> Iterable[Decision]:
        if isinstance(result, Exception):
            raise result
        return result  # type: ignore[return-value]

    return cleanse.as_filter(run, name=name)  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("result", "message"),
    [
        (RuntimeError("boom"), "raised RuntimeError: boom"),
        (KeyError("k"), "raised KeyError"),
        (["not a decision"], "returned str, not a Decision"),
        ([None], "returned NoneType, not a Decision"),
        ([Decision(99, cleanse.Action.DROP, "x")], "decided on block 99, which it was not given"),
        ([Decision(0, cleanse.Action.TAKE, "x", field="nonsense")], "unknown field 'nonsense'"),
        ([Decision(0, "delete", "x")], "unknown action 'delete'"),  # type: ignore[arg-type]
    ],
)
def test_contract_breaches_are_filter_errors_naming_the_filter(
    result: Iterable[object] | Exception, message: str
) -> None:
    pipeline = Pipeline([_broken(result, name="my_filter")])
    with pytest.raises(cleanse.FilterError, match=message) as info:
        cleanse.clean("One line.\n\nAnother line.", pipeline=pipeline)
    assert info.value.filter_name == "my_filter"
    assert "'my_filter'" in str(info.value)
    assert isinstance(info.value, cleanse.CleanseError)


def test_an_action_spelled_as_a_string_counts_as_that_action() -> None:
    """A decision built with ``"drop"`` rather than ``Action.DROP`` is a drop, recorded as one."""

    @cleanse.as_filter
    def shout_filter(context: Context) -> list[Decision]:
        return [Decision(b.index, "drop", "shouting") for b in context.blocks if b.text.isupper()]  # type: ignore[arg-type]

    article = cleanse.clean("STOP THAT.\n\nA calm line.", pipeline=Pipeline([shout_filter]))
    assert article.text == "A calm line."
    assert [(r.text, r.reason) for r in article.removed] == [("STOP THAT.", "shouting")]


def test_a_filter_may_not_decide_on_a_block_an_earlier_filter_removed() -> None:
    @cleanse.as_filter
    def late(context: Context) -> list[Decision]:
        block = context.document.blocks[0]  # "Load more", already dropped by navigation
        return [drop(block, "again")]

    with pytest.raises(cleanse.FilterError, match="not given"):
        cleanse.clean("Load more\n\nBody sentence.", pipeline=Pipeline([NavigationJunk(), late]))


def test_a_filter_error_keeps_the_cause() -> None:
    with pytest.raises(cleanse.FilterError) as info:
        cleanse.clean("Text.", pipeline=Pipeline([_broken(ZeroDivisionError("x"))]))
    assert isinstance(info.value.__cause__, ZeroDivisionError)


# --- explain, serialisation -------------------------------------------------------------------


def test_explain_lists_every_block_once_with_its_status() -> None:
    article = cleanse.clean(TEXT, pipeline=cleanse.default_pipeline().with_filter(no_shouting))
    document = cleanse.read(TEXT)
    lines = article.explain().split("\n")
    assert len(lines) == 2 * len(document.blocks)
    statuses = {t.text: t.status for t in article.trace}
    assert statuses == {
        "Storm hits coast": "taken",
        "By Jane Doe": "taken",
        "The storm arrived overnight and flooded the harbour, officials said.": "kept",
        "SHOUTING LINE HERE": "dropped",
        "Load more": "dropped",
        "Tags: Weather, Floods": "taken",
        "© 2024 Example Media": "taken",
    }
    for trace, (head, snippet) in zip(
        article.trace, zip(lines[::2], lines[1::2], strict=True), strict=True
    ):
        assert head.split()[0] == str(trace.index)
        assert trace.status in head
        assert repr(trace.text) in snippet
        if trace.status != "kept":
            assert f"{trace.filter}:{trace.reason}" in head
    assert "navigation:more_link" in article.explain()
    assert "byline:by_line -> byline" in article.explain()


def test_explain_shortens_long_blocks() -> None:
    long = "word " * 40
    explained = cleanse.clean(long.strip(), pipeline=Pipeline()).explain()
    assert explained.rstrip().endswith("...'")


def test_trace_covers_every_input_block_in_order() -> None:
    article = cleanse.clean(TEXT)
    assert [t.index for t in article.trace] == list(range(len(cleanse.read(TEXT).blocks)))
    assert {t.status for t in article.trace} <= {"kept", "dropped", "taken"}


@pytest.mark.parametrize(
    "source",
    [
        TEXT,
        "Secretary of State Antony Blinken\nGetty Images\n\nBody sentence here.",
        "Blinken in Brussels. (AP Photo/Virginia Mayo)\n\nBody sentence here.",
        "<html><head><title>T | Site</title></head><body><h1>T</h1><p>Body.</p>"
        "<ul><li>One</li></ul></body></html>",
    ],
)
def test_article_json_round_trip(source: str) -> None:
    article = cleanse.clean(source)
    assert cleanse.Article.from_dict(article.to_dict()) == article
    assert cleanse.Article.from_dict(json.loads(article.to_json())) == article
    assert json.loads(article.to_json())["removed"] == [
        {
            "text": r.text,
            "filter": r.filter,
            "reason": r.reason,
            "detail": r.detail,
            "span": list(r.span),
        }
        for r in article.removed
    ]


def test_to_json_keeps_non_ascii_and_takes_dumps_options() -> None:
    article = cleanse.clean("Café news\n\nThe café opened.", pipeline=Pipeline([Headline()]))
    assert "Café" in article.to_json()
    assert "\n  " in article.to_json(indent=2)


def test_to_markdown_shows_title_headings_and_list_items() -> None:
    html = (
        "<html><head><title>Big Storm | Example</title></head><body><article>"
        "<h1>Big Storm</h1><p>By Jane Doe</p><h2>What happened</h2>"
        "<p>The storm arrived overnight.</p><ul><li>Roads closed</li><li>Schools shut</li></ul>"
        "<blockquote>It was loud.</blockquote><p>Tags: Weather, Floods</p>"
        "<p>© 2024 Example Media</p></article></body></html>"
    )
    pipeline = Pipeline([CopyrightNotice(), TagList(), Byline(), DateLine(), Headline()])
    markdown = cleanse.clean(html, pipeline=pipeline).to_markdown()
    assert markdown == (
        "# Big Storm\n\n"
        "*Jane Doe*\n\n"
        "## What happened\n\n"
        "The storm arrived overnight.\n\n"
        "- Roads closed\n\n"
        "- Schools shut\n\n"
        "> It was loud.\n\n"
        "Tags: Weather, Floods\n\n"
        "© 2024 Example Media\n"
    )


def test_to_markdown_shows_captions_with_credits() -> None:
    text = "Secretary of State Antony Blinken\nGetty Images\n\nBody sentence here."
    markdown = cleanse.clean(text, pipeline=Pipeline([PhotoCredit()])).to_markdown()
    assert "> 📷 Secretary of State Antony Blinken (Getty Images)" in markdown


def test_to_markdown_does_not_double_text_markers() -> None:
    text = "Intro line.\n\n- Roads closed\n- Schools shut\n\n> A quote"
    markdown = cleanse.clean(text, pipeline=Pipeline()).to_markdown()
    assert "- - " not in markdown
    assert "> > " not in markdown


# --- the default pipeline end to end ----------------------------------------------------------

BODY = (
    "European Union leaders agreed on Thursday to cut emissions by 90 percent by 2040, after "
    "talks that ran late into the night and nearly collapsed twice over farm subsidies.\n\n"
    "The deal still needs the approval of the European Parliament, which is expected to vote "
    "on it in April, officials said.\n\n"
    "Share prices of energy companies fell after the announcement, and analysts said the "
    "market had expected a weaker target."
)
PARAGRAPHS = BODY.split("\n\n")

SCRAPED_TEXT = f"""Skip to content
Home > World > Europe

EU leaders agree on new climate targets - The Daily Planet

By Anna Schmidt and Tom Lee | Brussels
Published March 3, 2024 at 9:15 am
Updated March 4, 2024

EU leaders gather in Brussels on Thursday. (AP Photo/Virginia Mayo)

{PARAGRAPHS[0]}

Advertisement

{PARAGRAPHS[1]}

Read more: Farmers protest in Paris

{PARAGRAPHS[2]}

Share
Tweet
Email

Tags: Climate change, European Union, Energy

© 2024 The Daily Planet. All rights reserved.

We use cookies to improve your experience. By continuing, you agree to our cookie policy.
Accept all cookies
"""

HTML_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>EU leaders agree on new climate targets | The Daily Planet</title></head><body>
<a href="#main">Skip to content</a>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<main id="main"><article>
<h1>EU leaders agree on new climate targets</h1>
<p class="byline">By <a href="/anna">Anna Schmidt</a> and <a href="/tom">Tom Lee</a></p>
<p><time datetime="2024-03-03T09:15:00Z">Published March 3, 2024 at 9:15 am</time></p>
<figure><img src="a.jpg" alt=""><figcaption>EU leaders gather in Brussels on Thursday.
<span class="credit">(AP Photo/Virginia Mayo)</span></figcaption></figure>
<p>{PARAGRAPHS[0]}</p>
<div class="ad"><p>Advertisement</p></div>
<p>{PARAGRAPHS[1]}</p>
<p>{PARAGRAPHS[2]}</p>
<div class="tags"><h3>Topics</h3><ul><li><a href="/t/c">Climate change</a></li>
<li><a href="/t/eu">European Union</a></li></ul></div>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Farmers protest in Paris</a></li></ul></aside>
</main>
<footer><p>&copy; 2024 The Daily Planet. All rights reserved.</p></footer>
<div class="cookie-banner"><p>We use cookies to improve your experience.</p></div>
</body></html>"""


@pytest.mark.parametrize("source", [SCRAPED_TEXT, HTML_PAGE], ids=["text", "html"])
def test_default_pipeline_end_to_end(source: str) -> None:
    article = cleanse.clean(source)
    assert article.title == "EU leaders agree on new climate targets"
    assert article.byline == "Anna Schmidt and Tom Lee"
    # The <time> element's machine date tells the same moment with its zone.
    assert article.date == ("2024-03-03T09:15:00Z" if source is HTML_PAGE else "2024-03-03T09:15")
    assert article.captions == (
        cleanse.Caption("EU leaders gather in Brussels on Thursday.", "AP Photo/Virginia Mayo"),
    )
    assert article.tags[:2] == ("Climate change", "European Union")
    assert article.copyright == "© 2024 The Daily Planet. All rights reserved."
    assert article.text == BODY
    assert article.language == "en"
    assert cleanse.Article.from_dict(article.to_dict()) == article


def test_default_pipeline_reasons_on_scraped_text() -> None:
    article = cleanse.clean(SCRAPED_TEXT)
    assert article.modified == "2024-03-04"
    reasons = {r.text: (r.filter, r.reason) for r in article.removed}
    assert reasons == {
        "Skip to content": ("navigation", "skip_link"),
        "Home > World > Europe": ("navigation", "breadcrumb"),
        "Advertisement": ("navigation", "advertisement"),
        "Read more: Farmers protest in Paris": ("navigation", "related_links"),
        "Share": ("navigation", "share_button"),
        "Tweet": ("navigation", "share_button"),
        "Email": ("navigation", "share_button"),
        "We use cookies to improve your experience. By continuing, you agree to our cookie "
        "policy.": ("navigation", "cookie_notice"),
        "Accept all cookies": ("navigation", "cookie_notice"),
    }


def test_a_filter_sees_why_earlier_filters_removed_blocks() -> None:
    seen: list[dict[int, str]] = []

    @cleanse.as_filter
    def first(context: Context) -> list[Decision]:
        return [drop(b, "shouting") for b in context.blocks if b.text.isupper()]

    @cleanse.as_filter
    def second(context: Context) -> list[Decision]:
        seen.append({i: d.reason for i, d in context.earlier.items()})
        assert all(b.index not in context.earlier for b in context.blocks)
        return []

    cleanse.clean(
        "Calm line.\n\nLOUD LINE\n\nAnother calm line.", pipeline=Pipeline([first, second])
    )
    assert seen == [{1: "shouting"}]
    with pytest.raises(TypeError):
        Context(cleanse.read("x"), ()).earlier[0] = None  # type: ignore[index]
