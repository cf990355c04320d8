"""Photo credits and captions: credit lines, the caption above them, credits inside captions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleanse
from cleanse.filters import media
from cleanse.filters.media import PhotoCredit, is_credit
from cleanse.scan import expand

ONE = cleanse.Pipeline([PhotoCredit()])

Row = tuple[str, str | None, str | None, object, int | None]


def decide(text: str) -> list[Row]:
    """(status, reason, field, value, link) for each block of ``text``."""
    rows: list[Row] = []
    for v in ONE.run(cleanse.read(text, kind="text")):
        d = v.decision
        if d is None:
            rows.append((v.status, None, None, None, None))
        else:
            rows.append((v.status, d.reason, d.field, d.value, d.link))
    return rows


@pytest.mark.parametrize(
    "line",
    [
        "Getty Images",
        "GETTY IMAGES",
        "AP Photo/Evan Vucci",
        "AP Photo/Alberto Pezzali",
        "AP",
        "Associated Press",
        "Reuters",
        "REUTERS/Kevin Lamarque",
        "AFP",
        "AFP via Getty Images",
        "Jane Doe/AFP via Getty Images",
        "Jane Doe/Hindustan Times/Getty Images",
        "(Photo by Jane Doe/AFP via Getty Images)",
        "EPA-EFE/OLIVIER HOSLET",
        "Xinhua",
        "Photo: Jane Doe",
        "Photo: Reuters",
        "Photo: AP Photo/Evan Vucci",
        "Photo by Jane Doe on Unsplash",
        "Photograph: Alastair Grant/AP",
        "Image: Shutterstock",
        "Image copyright Getty Images",
        "Credit: Jane Doe for The New York Times",
        "Credit...Jane Doe for The New York Times",
        "Mandatory Credit: Photo by Jane Doe/Shutterstock (1234567a)",
        "Photo courtesy of the family",
        "Courtesy of NASA",
        "Illustration: Jane Doe",
        "© Getty Images",
        "Foto: dpa",
        "Bild: Keystone",
        "Crédit photo : AFP",
        "Imagen: EFE",
        "Фото: ТАСС",
    ],
)
def test_credit_line(line: str) -> None:
    assert is_credit(line)
    assert decide(line) == [("taken", "photo_credit", "credit", None, None)]


@pytest.mark.parametrize(
    "line",
    [
        "Reuters reported that the talks had stalled.",
        "AFP said three people had died in the attack.",
        "Getty Images has bought a rival photo agency, the company said on Monday.",
        "Photo editors at the agency chose the image.",
        "Credit card debt rose by 5 percent last year.",
        "He said he would not resign (AP) and left.",
        "Courtesy of the new law, taxes rose.",
        "Pictured: the new stadium",
        "The AP style guide changed its rules on Monday.",
        "A photo of the scene was shared widely online, police said.",
        "Sales/returns/Reuters data showed a fall in the third quarter, the agency said.",
    ],
)
def test_body_sentence_stays(line: str) -> None:
    assert not is_credit(line)
    assert decide(line) == [("kept", None, None, None, None)]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Secretary of State Antony Blinken", "Getty Images"),
        ("Protesters gather outside parliament in London on Tuesday.", "AP Photo/Alberto Pezzali"),
        ("The mayor at the opening", "Photo: Jane Doe"),
        ("Floods in the north", "REUTERS/Kevin Lamarque"),
    ],
)
def test_caption_is_paired_with_the_credit_below_it(caption: str, credit: str) -> None:
    text = f"{caption}\n{credit}"
    assert decide(text) == [
        ("taken", "caption_above_credit", "caption", None, None),
        ("taken", "photo_credit", "credit", None, 0),
    ]
    article = cleanse.clean(text, pipeline=ONE)
    assert article.captions == (cleanse.Caption(caption, credit),)
    assert article.text == ""


def test_credit_after_a_paragraph_break_takes_no_caption() -> None:
    text = "A body paragraph that ends here, with a full stop.\n\nGetty Images"
    assert decide(text) == [
        ("kept", None, None, None, None),
        ("taken", "photo_credit", "credit", None, None),
    ]
    article = cleanse.clean(text, pipeline=ONE)
    assert article.captions == (cleanse.Caption("", "Getty Images"),)
    assert article.text == "A body paragraph that ends here, with a full stop."


@pytest.mark.parametrize("byline", ["By JANE DOE and JOHN ROE", "By Jane Doe"])
def test_an_agency_under_a_byline_is_no_photo_credit(byline: str) -> None:
    text = f"{byline}\nAssociated Press\n\nThe storm arrived overnight, officials said."
    assert decide(text)[:2] == [("kept",) + (None,) * 4] * 2
    article = cleanse.clean(text)
    assert (article.byline, article.captions) == (byline[3:], ())


def test_labelled_caption_below_its_credit() -> None:
    text = "Image copyright Getty Images\nImage caption The president at the summit"
    assert decide(text) == [
        ("taken", "photo_credit", "credit", None, 1),
        ("taken", "caption_label", "caption", "The president at the summit", None),
    ]


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Blinken in Brussels on Wednesday. (AP Photo/Virginia Mayo)",
            "Blinken in Brussels on Wednesday.",
            "AP Photo/Virginia Mayo",
        ),
        (
            "Firefighters battle the blaze (Photo by John Smith/Getty Images)",
            "Firefighters battle the blaze",
            "Photo by John Smith/Getty Images",
        ),
        (
            "The minister spoke to reporters. (Reuters)",
            "The minister spoke to reporters.",
            "Reuters",
        ),
        ("The rescue team at work. Photo: Jane Doe", "The rescue team at work.", "Photo: Jane Doe"),
        ("A view of the city. | Reuters", "A view of the city.", "Reuters"),
    ],
)
def test_trailing_credit_in_a_caption_line(line: str, caption: str, credit: str) -> None:
    assert decide(line) == [("taken", "caption_with_credit", "caption", (caption, credit), None)]


def test_trailing_credit_reaches_the_article() -> None:
    article = cleanse.clean("Blinken in Brussels. (AP Photo/Virginia Mayo)", pipeline=ONE)
    assert article.captions == (cleanse.Caption("Blinken in Brussels.", "AP Photo/Virginia Mayo"),)


def _html_rows(html: str) -> list[tuple[str, str | None, int | None]]:
    return [
        (
            v.block.text,
            v.decision.reason if v.decision else None,
            v.decision.link if v.decision else None,
        )
        for v in ONE.run(cleanse.read(html))
    ]


def test_html_figcaption_without_credit() -> None:
    html = "<article><figure><img src=a.jpg><figcaption>Blinken in Brussels.</figcaption></figure><p>Body.</p></article>"
    assert _html_rows(html) == [
        ("Blinken in Brussels.", "figure_caption", None),
        ("Body.", None, None),
    ]


def test_html_figcaption_with_credit_element_after_it() -> None:
    html = (
        "<article><figure><img src=a.jpg><figcaption>Blinken in Brussels</figcaption>"
        "<p class=credit>Getty Images</p></figure><p>Body.</p></article>"
    )
    rows = _html_rows(html)
    assert rows == [
        ("Blinken in Brussels", "caption_above_credit", None),
        ("Getty Images", "photo_credit", 0),
        ("Body.", None, None),
    ]
    article = cleanse.clean(html, pipeline=ONE)
    assert article.captions == (cleanse.Caption("Blinken in Brussels", "Getty Images"),)


def test_html_credit_element_before_the_figcaption() -> None:
    html = (
        "<article><figure><img src=a.jpg><span class=credit>Getty Images</span>"
        "<figcaption>Blinken in Brussels</figcaption></figure><p>Body.</p></article>"
    )
    assert _html_rows(html) == [
        ("Getty Images", "photo_credit", 1),
        ("Blinken in Brussels", "figure_caption", None),
        ("Body.", None, None),
    ]
    article = cleanse.clean(html, pipeline=ONE)
    assert article.captions == (cleanse.Caption("Blinken in Brussels", "Getty Images"),)


def test_a_story_paragraph_is_not_the_caption_of_a_credit_only_figcaption() -> None:
    html = (
        "<article><p>The talks ended on Monday without a deal.</p><figure><img src=a.jpg>"
        "<figcaption>Credit: Getty Images</figcaption></figure><p>Body.</p></article>"
    )
    assert _html_rows(html) == [
        ("The talks ended on Monday without a deal.", None, None),
        ("Credit: Getty Images", "photo_credit", None),
        ("Body.", None, None),
    ]


def test_a_caption_in_the_figure_of_a_credit_only_figcaption() -> None:
    html = (
        "<article><p>The talks ended.</p><figure><img src=a.jpg><p>Blinken in Brussels</p>"
        "<figcaption>Credit: Getty Images</figcaption></figure></article>"
    )
    assert _html_rows(html)[1:] == [
        ("Blinken in Brussels", "caption_above_credit", None),
        ("Credit: Getty Images", "photo_credit", 1),
    ]


def test_html_credit_inside_the_figcaption() -> None:
    html = (
        "<article><figure><img src=a.jpg><figcaption>Blinken in Brussels. "
        "<span class=credit>Getty Images</span></figcaption></figure></article>"
    )
    (verdict,) = ONE.run(cleanse.read(html))
    assert verdict.decision is not None
    assert verdict.decision.reason == "caption_with_credit"
    assert verdict.decision.value == ("Blinken in Brussels.", "Getty Images")


# --- the quick tests miss nothing ---------------------------------------------------------------
# The filter looks only at lines that start with a label or an agency, have an agency after a
# separator, or end in a credit; these check it against the same filter looking at every line.

_AGENCY = sorted(expand(media._AGENCIES))
_LABEL = sorted(expand(media._CREDIT_LABEL))
_NAMES = ["Jane Doe", "the family", "NASA", "Evan Vucci"]


@st.composite
def _creditish_lines(draw: st.DrawFn) -> str:
    agency, label, name = (
        draw(st.sampled_from(_AGENCY)),
        draw(st.sampled_from(_LABEL)),
        draw(st.sampled_from(_NAMES)),
    )
    return draw(
        st.sampled_from(
            [
                agency,
                f"{name}/{agency}",
                f"{name} for {agency}",
                f"{name} via{agency}",
                f"{name} -  {agency}",
                f"{label}: {name}",
                f"{label}...{name}",
                f"({label} {name}/{agency})",
                f"© {agency}",
                f" {agency}",
                f"Blinken in Brussels. ({agency} Photo/{name})",
                f"Blinken in Brussels. ({label}: {name})",
                f"The summit. {label}: {name}",
                f"A caption | {agency}",
                f"Image caption {name} at the summit",
                f"Caption: {name}",
                f"{name} spoke on Monday.",
                f"{agency} reported that the talks had stalled.",
            ]
        )
    )


def _every_line(context: cleanse.Context) -> set[int]:
    return set(range(len(context.blocks)))


def _decisions(document: cleanse.Document) -> list[tuple[int, str, str | None, object, int | None]]:
    context = cleanse.Context(document, document.blocks)
    return [(d.block, d.reason, d.field, d.value, d.link) for d in PhotoCredit()(context)]


@settings(max_examples=200, deadline=None)
@given(st.lists(_creditish_lines(), min_size=1, max_size=8), st.data())
def test_filter_agrees_with_looking_at_every_line(lines: list[str], data: st.DataObject) -> None:
    html = "".join(
        f"<figure><figcaption>{line}</figcaption></figure>"
        if data.draw(st.booleans())
        else f"<p>{line}</p>"
        for line in lines
    )
    for document in (cleanse.read("\n".join(lines), kind="text"), cleanse.read(html)):
        fast = _decisions(document)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(media, "_candidates", _every_line)
            assert _decisions(document) == fast
        for block in document.blocks:
            slow = media._TRAILING_CREDIT.match(block.text)
            assert media._may_end_in_credit(block.text) or slow is None, block.text


def test_a_block_of_thousands_of_photo_labels_is_read_once() -> None:
    # Its last colon was read again for each "Photo:" in it (a copy of the text each time:
    # the square of the block's length).
    page = (
        "<p>Intro text here.</p><p>A storm. " + "Photo: x " * 20000 + "Photo: Jane Doe</p>"
        "<p>A calm. " + "Photo: x " * 20000 + "at 10:30</p>"
    )
    document = cleanse.read(page, kind="html")
    assert media._candidates(cleanse.Context(document, document.blocks)) == {1}
