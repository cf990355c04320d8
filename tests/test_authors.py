"""``Article.authors``: the people who wrote the piece, from JSON-LD, author meta tags or the
byline, without outlets, roles, dates or addresses; and the byline that names a person rather
than the publisher."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleanse
from cleanse.authors import split_names
from cleanse.titles import site_keys

BODY = (
    "<p>The council met on Monday night to decide the future of the harbour.</p>"
    "<p>It voted for the new sea wall after a long debate about its cost.</p>"
)


def page(head: str = "", body: str = BODY) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def meta(key: str, value: str, attribute: str = "name") -> str:
    return f'<meta {attribute}="{key}" content="{value}">'


# --- splitting a byline -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        (
            "Jeremy Herb, Lauren del Valle and Kara Scannell, CNN",
            ("Jeremy Herb", "Lauren del Valle", "Kara Scannell"),
        ),
        (
            "Dana A. Ford , James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN",
            ("Dana A. Ford", "James S.A. Corey", "Chien-Ming Wang", "Tom Watkins"),
        ),
        ("Jane Doe & John Roe", ("Jane Doe", "John Roe")),
        ("Jane Doe; John Roe", ("Jane Doe", "John Roe")),
        ("By MEG KINNARD and ERRIN HAINES, Associated Press", ("MEG KINNARD", "ERRIN HAINES")),
        ("By TOM KRISHER, AP Auto Writer", ("TOM KRISHER",)),
        ("Analysis by Chris Cillizza, CNN Editor-at-large", ("Chris Cillizza",)),
        ("Jane Doe; additional reporting by John Roe", ("Jane Doe", "John Roe")),
        ("Jane Doe und Max Mustermann", ("Jane Doe", "Max Mustermann")),
        ("Jean Dupont et Marie Curie", ("Jean Dupont", "Marie Curie")),
        ("Ola Nordmann og Kari Nordmann", ("Ola Nordmann", "Kari Nordmann")),
        ("Sven Svensson och Anna Berg", ("Sven Svensson", "Anna Berg")),
        ("Matti Meikäläinen ja Liisa Virtanen", ("Matti Meikäläinen", "Liisa Virtanen")),
        # "y", "e", "i" join two people, or the two parts of one surname.
        ("Anna i Piotr Nowak", ("Anna", "Piotr Nowak")),
        ("Pedro y María", ("Pedro", "María")),
        ("José Ortega y Gasset", ("José Ortega y Gasset",)),
        ("Josep Puig i Cadafalch", ("Josep Puig i Cadafalch",)),
        ("João Silva e Souza e Maria Lima", ("João Silva e Souza", "Maria Lima")),
        # What trails a name: a date, a role, an outlet, a handle, a degree, a weekday.
        ("Tess Bonn - 11/19/19 06:56 AM EST", ("Tess Bonn",)),
        ("Yasemin Saplakoglu - Staff Writer", ("Yasemin Saplakoglu",)),
        ("Victor Tangermann, Futurism", ("Victor Tangermann",)),
        ("Troy L. Smith, Cleveland.com", ("Troy L. Smith",)),
        ("Chaim Gartenberg@cgartenberg", ("Chaim Gartenberg",)),
        ("Rachael Link, MS, RD", ("Rachael Link",)),
        ("Sherif Saed, Wednesday", ("Sherif Saed",)),
        ("Jane Doe (Reuters)", ("Jane Doe",)),
        ("Jane Doe/Reuters", ("Jane Doe",)),
        (
            "Finian Cunningham. Sputnik International",
            ("Finian Cunningham", "Sputnik International"),
        ),
        ("Jane Doe jane.doe@example.com and John Roe", ("Jane Doe", "John Roe")),
        # Duplicates go, compared without case.
        ("Jane Doe, JANE DOE and John Roe", ("Jane Doe", "John Roe")),
        # A nickname in brackets stays in its name; a note in brackets after a name goes.
        ("Richard (R.J.) Roe", ("Richard (R.J.) Roe",)),
        ("By Richard (Dick) Roe and Jane Doe", ("Richard (Dick) Roe", "Jane Doe")),
        ("Jane Doe (Reuters) John Roe", ("Jane Doe", "John Roe")),
    ],
)
def test_a_byline_is_split_into_names(byline: str, names: tuple[str, ...]) -> None:
    assert split_names(byline) == names


@pytest.mark.parametrize(
    "name",
    [
        "Jane Doe",
        "Regan",
        'Amanda "Tania Mae" Tan',
        "Jane Doe Jr.",
        "Jane Doe, Jr.",
        "James S.A. Corey",
        "Alejandro de la Garza",
        "Ludwig van Beethoven",
        "Mary St. Clair",
        "Jane E Doe",
        "Chien-Ming Wang",
        "FEDERICA LUSIARDI",
        "Anna Ūdre",
        "Иван Петров",
        "严玉洁",
    ],
)
def test_a_single_name_stays_whole(name: str) -> None:
    assert split_names(name) == (name,)


def test_a_suffix_after_a_comma_stays_with_its_name_in_a_list() -> None:
    assert split_names("Jane Doe, Jr. and John Roe") == ("Jane Doe, Jr.", "John Roe")


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("JANE DOE, JOHN ROE Envoyés spéciaux à Toulouse", ("JANE DOE", "JOHN ROE")),
        ("JANE DOE Jr.", ("JANE DOE Jr.",)),
        ("JANE DOE III", ("JANE DOE III",)),
    ],
)
def test_a_name_in_capitals_ends_where_the_capitals_do(byline: str, names: tuple[str, ...]) -> None:
    assert split_names(byline) == names


@pytest.mark.parametrize("name", ["Doe, J.", "Doe, J. R.", "Doe, J.R."])
def test_a_surname_first_name_with_initials_stays_whole(name: str) -> None:
    assert split_names(name) == (name,)
    assert split_names(f"{name} and John Roe") == (name, "John Roe")


@pytest.mark.parametrize(
    "byline",
    [
        "Reuters",
        "The Associated Press",
        "Associated Press",
        "AP",
        "AFP",
        "PTI",
        "Staff",
        "Staff Reports",
        "HNN Staff",
        "JERUSALEM POST STAFF",
        "CBS News",
        "News Nation Bureau",
        "Editorial",
        "admin",
        "jane.doe@example.com",
        "https://www.facebook.com/janedoe",
        "@janedoe",
        "March 3, 2021",
        "India Post News Weekly 0 Comments",
        "",
    ],
)
def test_outlets_roles_addresses_and_dates_are_no_names(byline: str) -> None:
    assert split_names(byline) == ()


@pytest.mark.parametrize(
    ("byline", "site"),
    [
        ("Al-Bawaba", "Al Bawaba"),
        ("LinkNaija", "LinkNaija | Nigeria's popular news platform"),
        ("Sky", "Sky News"),
        ("AppleInsider", "AppleInsider"),
    ],
)
def test_the_site_name_is_no_author(byline: str, site: str) -> None:
    assert split_names(byline) == (byline,)
    assert split_names(byline, site_keys(site)) == ()


def test_an_outlet_after_the_names_goes_only_when_it_is_the_site() -> None:
    byline = "Tanza Loudenback, Business Insider"
    assert split_names(byline) == ("Tanza Loudenback", "Business Insider")
    keys = site_keys("Business Insider Deutschland")
    assert split_names(byline, keys) == ("Tanza Loudenback",)


# --- properties of the splitting ----------------------------------------------------------------

GIVEN = ("Jane", "John", "Lauren", "Kara", "Chien-Ming", "María", "Anna", "Olu", "Zoë", "Ahmed")
FAMILY = ("Doe", "Roe", "del Valle", "Scannell", "Wang", "García", "Nowak", "O'Brien", "Müller")
SEPARATORS = (", ", " and ", " & ", "; ", ", and ", " , ", " | ")
TRAILERS = ("", ", CNN", " (Reuters)", ", Associated Press", " - Staff Writer", ", AFP")

full_names = st.builds(lambda g, f: f"{g} {f}", st.sampled_from(GIVEN), st.sampled_from(FAMILY))


@given(
    st.lists(full_names, min_size=1, max_size=5, unique_by=str.casefold),
    st.lists(st.sampled_from(SEPARATORS), min_size=4, max_size=4),
    st.sampled_from(("", "By ", "BY ", "Words by ")),
    st.sampled_from(TRAILERS),
)
def test_names_joined_any_way_come_back_in_order(
    names: list[str], separators: list[str], label: str, trailer: str
) -> None:
    byline = label + names[0]
    for name, separator in zip(names[1:], separators, strict=False):
        byline += separator + name
    assert split_names(byline + trailer) == tuple(names)


@given(st.text(max_size=80))
def test_names_are_text_of_the_byline(byline: str) -> None:
    """Nothing is invented: each name is a stripped, non-empty span of the input, once."""
    names = split_names(byline)
    for name in names:
        assert name and name == name.strip() and name in byline, name
        assert not any(c.isdigit() for c in name), name
    assert len({n.casefold() for n in names}) == len(names)


# --- names from the page's head -----------------------------------------------------------------


def test_every_person_of_a_json_ld_author_list_is_an_author() -> None:
    authors = [
        {"@type": "Person", "name": "Jeremy Herb"},
        {"@type": "Person", "name": "Lauren del Valle"},
        "Kara Scannell",
    ]
    article = cleanse.clean(page(ld({"@type": "NewsArticle", "author": authors})))
    assert article.authors == ("Jeremy Herb", "Lauren del Valle", "Kara Scannell")


def test_an_organisation_author_counts_only_when_no_person_is_named() -> None:
    authors = [
        {"@type": "Organization", "name": "Acme Media"},
        {"@type": "Person", "name": "Jo Lee"},
    ]
    assert cleanse.clean(page(ld({"@type": "Article", "author": authors}))).authors == ("Jo Lee",)
    alone = {"@type": "Article", "author": {"@type": "Organization", "name": "Acme Media"}}
    assert cleanse.clean(page(ld(alone))).authors == ("Acme Media",)


def test_every_author_meta_tag_counts_and_urls_do_not() -> None:
    head = (
        meta("article:author", "https://www.facebook.com/acme", "property")
        + meta("author", "Jane Doe")
        + meta("author", "John Roe")
    )
    assert cleanse.clean(page(head)).authors == ("Jane Doe", "John Roe")


@pytest.mark.parametrize("domain", ["acme-daily.com", "www.acme.co.uk"])
def test_a_meta_author_that_is_a_domain_is_no_byline(domain: str) -> None:
    article = cleanse.clean(page(meta("author", domain)))
    assert (article.byline, article.authors) == (None, ())
    assert cleanse.clean(page(meta("author", domain) + meta("author", "Jane Doe"))).authors == (
        "Jane Doe",
    )


def test_a_byline_that_names_more_people_than_the_head_wins() -> None:
    head = ld({"@type": "Article", "author": {"@type": "Person", "name": "Tariq Malik"}})
    body = '<p class="byline">By Tariq Malik, Mike Wall</p>' + BODY
    article = cleanse.clean(page(head, body))
    assert article.authors == ("Tariq Malik", "Mike Wall")


def test_the_head_wins_over_a_byline_that_names_other_people() -> None:
    head = ld({"@type": "Article", "author": {"@type": "Person", "name": "Finian Cunningham"}})
    body = "<p>By Any Means Necessary</p>" + BODY
    assert cleanse.clean(page(head, body)).authors == ("Finian Cunningham",)


# --- the byline names a person, not the publisher ------------------------------------------------


def test_a_meta_author_named_in_the_copyright_loses_to_the_article_author() -> None:
    """``name=author`` is the publishing company (named in the copyright), ``article:author``
    the writer."""
    head = (
        meta("author", "Condé Nast")
        + meta("copyright", "Copyright (c) Condé Nast 2023")
        + meta("article:author", "Tom Bennett", "property")
        + meta("og:site_name", "WIRED", "property")
        + ld({"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Tom Bennett"}]})
    )
    article = cleanse.clean(page(head))
    assert (article.byline, article.authors) == ("Tom Bennett", ("Tom Bennett",))


@pytest.mark.parametrize(
    "owner",
    [
        meta("og:site_name", "Acme Daily", "property"),
        ld({"@type": "Article", "publisher": {"@type": "Organization", "name": "Acme Daily"}}),
    ],
)
def test_a_meta_author_that_is_the_site_loses_to_a_json_ld_person(owner: str) -> None:
    person = ld({"@type": "Article", "author": {"@type": "Person", "name": "Jo Lee"}})
    article = cleanse.clean(page(meta("author", "Acme Daily") + owner + person))
    assert (article.byline, article.authors) == ("Jo Lee", ("Jo Lee",))


def test_a_meta_author_that_is_the_site_stays_the_byline_when_no_person_is_named() -> None:
    head = meta("author", "Acme Daily") + meta("og:site_name", "Acme Daily", "property")
    article = cleanse.clean(page(head))
    assert (article.byline, article.authors) == ("Acme Daily", ())


def test_a_person_meta_author_is_kept_beside_a_json_ld_person() -> None:
    head = meta("author", "Jane Doe") + ld(
        {"@type": "Article", "author": {"@type": "Person", "name": "John Roe"}}
    )
    assert cleanse.clean(page(head)).byline == "Jane Doe"


# --- plain text and output ----------------------------------------------------------------------


def test_a_text_byline_line_gives_the_authors() -> None:
    text = (
        "Sea wall approved\n\nBy Jane Doe and John Roe, Reuters\n\n"
        "The council met on Monday night to decide the future of the harbour."
    )
    article = cleanse.clean(text)
    assert article.byline == "Jane Doe and John Roe, Reuters"
    assert article.authors == ("Jane Doe", "John Roe")


def test_no_byline_no_authors() -> None:
    article = cleanse.clean("Sea wall approved\n\nThe council met on Monday night.")
    assert article.authors == ()


def test_authors_are_serialised_and_read_back() -> None:
    article = cleanse.clean(page(meta("author", "Jane Doe") + meta("author", "John Roe")))
    data = json.loads(article.to_json())
    assert data["authors"] == ["Jane Doe", "John Roe"]
    assert cleanse.Article.from_dict(data) == article
    assert cleanse.Article(authors=("Jane Doe", "John Roe")).to_markdown() == (
        "*Jane Doe, John Roe*\n"
    )


def test_a_meta_byline_loses_its_by_label_as_a_byline_line_does() -> None:
    article = cleanse.clean(page(meta("author", "By TOM KRISHER, AP Auto Writer")))
    assert (article.byline, article.authors) == ("TOM KRISHER, AP Auto Writer", ("TOM KRISHER",))
    assert cleanse.clean(page(meta("author", "Byron Smith"))).byline == "Byron Smith"
