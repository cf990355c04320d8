"""Copyright, rights and licence notices: what goes into ``copyright`` and what stays in the body."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleanse
from cleanse.filters import legal
from cleanse.filters.legal import CopyrightNotice, notice_reason
from cleanse.filters.media import is_credit
from cleanse.textstats import count_words

ONE = cleanse.Pipeline([CopyrightNotice()])


def decide(line: str) -> tuple[str, str | None]:
    """The status and reason slug the filter gives a single line."""
    (verdict,) = ONE.run(cleanse.read(line, kind="text"))
    return verdict.status, verdict.decision.reason if verdict.decision else None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # English footers
        ("© 2023 The Hill", "copyright_symbol"),
        ("©2023 Guardian News & Media Limited or its affiliated companies.", "copyright_symbol"),
        ("(c) 2021 Example Corp", "copyright_symbol"),
        ("(C) Copyright 2023 The Times", "copyright_symbol"),
        ("© 2010–2023 Example", "copyright_symbol"),
        ("© 2024 Reuters. All rights reserved.", "copyright_symbol"),
        ("Copyright 2023 Nexstar Media Inc. All rights reserved.", "copyright_word"),
        ("Copyright © 2020 Foo Ltd", "copyright_word"),
        ("Copyright (c) 2010-2023 Example.", "copyright_word"),
        ("COPYRIGHT 2019 BAR MEDIA", "copyright_word"),
        ("Copyright: Reuters", "copyright_word"),
        ("Copyright by Jane Doe", "copyright_word"),
        ("Copyright Guardian News & Media Ltd", "copyright_word"),
        ("Copr. 2022 West Publishing", "copyright_word"),
        ("All rights reserved.", "rights_reserved"),
        ("ALL RIGHTS RESERVED", "rights_reserved"),
        ("Example Media | All Rights Reserved", "rights_reserved"),
        # German, French, Spanish, Italian, Portuguese, Dutch, Russian
        ("Alle Rechte vorbehalten.", "rights_reserved"),
        ("© 2023 Spiegel. Alle Rechte vorbehalten.", "copyright_symbol"),
        ("Tous droits réservés", "rights_reserved"),
        ("Tous droits de reproduction réservés", "rights_reserved"),
        ("Tous droits réservés pour tous pays", "rights_reserved"),
        ("Todos los derechos reservados.", "rights_reserved"),
        ("Derechos reservados © 2023 El Universal", "rights_reserved"),
        ("Tutti i diritti riservati", "rights_reserved"),
        ("Riproduzione riservata", "rights_reserved"),
        ("Todos os direitos reservados.", "rights_reserved"),
        ("Copyright © 2024 Todos os direitos reservados", "copyright_word"),
        ("Alle rechten voorbehouden.", "rights_reserved"),
        ("Auteursrecht © 2023 NRC", "copyright_symbol"),
        ("Все права защищены.", "rights_reserved"),
        ("Все права защищены. Перепечатка запрещена.", "rights_reserved"),
        # Chinese, Japanese
        ("版权所有 © 2023 新华网", "copyright_word"),
        ("版權所有，不得轉載", "copyright_word"),
        ("保留所有权利", "rights_reserved"),
        ("未经授权不得转载", "rights_reserved"),
        ("著作権 © 2023 朝日新聞社", "copyright_word"),
        ("無断転載を禁じます", "rights_reserved"),
        ("無断転載・複製を禁じます", "rights_reserved"),
        ("Copyright © 2023 株式会社 All rights reserved.", "copyright_word"),
        # Redistribution and licence notices
        (
            "This material may not be published, broadcast, rewritten or redistributed.",
            "redistribution_notice",
        ),
        ("Reproduction in whole or in part is prohibited.", "redistribution_notice"),
        (
            "No part of this publication may be reproduced without prior written permission.",
            "redistribution_notice",
        ),
        ("Reproduction interdite sans autorisation.", "redistribution_notice"),
        ("Licensed under a Creative Commons Attribution 4.0 licence.", "licence_notice"),
        (
            "This article is licensed under a Creative Commons Attribution 4.0 International License.",
            "licence_notice",
        ),
        ("CC BY-SA 4.0", "licence_notice"),
    ],
)
def test_notice_is_taken_into_copyright(line: str, reason: str) -> None:
    assert decide(line) == ("taken", reason)
    assert cleanse.clean(line, pipeline=ONE).copyright == line


@pytest.mark.parametrize(
    "line",
    [
        "A copyright lawsuit was filed on Monday.",
        "Copyright law in the EU is changing fast.",
        "copyright infringement is common",
        "Copyright holders sued the site.",
        "Copyright protection lasts 70 years after the author's death.",
        "Copyright Office officials said on Monday that the new rule will apply.",
        "Copyright: the battle over who owns AI output is only beginning, experts say.",
        "Copyright Reform Act passes Senate",
        "He reserved all rights to appeal.",
        "The company said all rights reserved for shareholders were respected.",
        "The rights of the accused must be respected at all times, she said.",
        "Todos los derechos reservados por la ley, dijo el juez en su fallo ayer por la tarde.",
        "The (c) clause of the contract was disputed.",
        "The © sign appears on many products sold in the shop today.",
        "He used the photos without written permission from the family, the lawsuit says.",
        "Redistribution of the seized land was prohibited by the court.",
        "The software is licensed under the GNU General Public License, which lets anyone fork it.",
        "cc by email",
        "著作権法の改正案が国会で可決された。",
        "Die Urheberrechtsreform wurde am Montag im Bundestag beschlossen.",
        "Le droit d'auteur protège les œuvres pendant soixante-dix ans.",
        # A photo credit with a copyright sign belongs to the credit filter, not the footer.
        "© Getty Images",
        "© Reuters",
        "(Image: © NASA/ESA/K. Retherford/SWRI)",
        "Photo: © Jane Doe/Getty Images",
    ],
)
def test_body_sentence_stays(line: str) -> None:
    assert decide(line) == ("kept", None)


def test_long_paragraph_is_never_a_notice() -> None:
    paragraph = " ".join(["Copyright 2023 was a busy year for the courts."] * 12)
    assert decide(paragraph) == ("kept", None)


def test_first_notice_is_taken_and_later_ones_dropped() -> None:
    text = "Body text here.\n\n© 2023 Example Media\n\nAll rights reserved."
    verdicts = ONE.run(cleanse.read(text, kind="text"))
    assert [v.status for v in verdicts] == ["kept", "taken", "dropped"]
    assert verdicts[2].decision is not None
    assert verdicts[2].decision.reason == "rights_reserved"
    article = cleanse.clean(text, pipeline=ONE)
    assert article.copyright == "© 2023 Example Media"
    assert [(r.filter, r.reason) for r in article.removed] == [("copyright", "rights_reserved")]
    assert article.text == "Body text here."


def test_footer_in_html() -> None:
    html = (
        "<html><body><article><p>The story itself, told in a sentence.</p></article>"
        "<footer><p>&copy; 2024 Example Media. All rights reserved.</p></footer></body></html>"
    )
    article = cleanse.clean(html, pipeline=ONE)
    assert article.copyright == "© 2024 Example Media. All rights reserved."
    assert article.text == "The story itself, told in a sentence."


def test_credit_with_copyright_sign_goes_to_the_caption_in_the_default_pipeline() -> None:
    article = cleanse.clean("Headline here\n\nThe mayor at the opening\n© Getty Images\n\nBody.")
    assert article.copyright is None
    assert article.captions == (cleanse.Caption("The mayor at the opening", "© Getty Images"),)


def test_labelled_credit_with_copyright_sign_takes_its_caption_along() -> None:
    # "(Image: © ...)" under a caption: a photo's credit, not the page's copyright notice.
    caption = "An artist's illustration of a plume of water vapor rising from the moon."
    text = f"Headline here\n\nShares\n{caption}\n(Image: © NASA/ESA)\n\nBody.\n\n© 2024 Example"
    article = cleanse.clean(text, kind="text")
    assert article.copyright == "© 2024 Example"
    assert article.captions == (cleanse.Caption(caption, "(Image: © NASA/ESA)"),)


def test_repr_is_the_configuration() -> None:
    assert repr(CopyrightNotice(name="legal")) == "CopyrightNotice(name='legal')"
    assert CopyrightNotice().name == "copyright"


# --- the quick tests miss nothing ---------------------------------------------------------------
# The filter reads a page for the needles every notice holds, and a line only for the patterns
# its needles allow; these check it against every pattern tried on every line.

_NOTICES = [
    "© 2023 The Hill",
    "(c) 2021 Example Corp",
    "&copy; 2020 Example",
    "Copyright 2023 Nexstar Media Inc.",
    "Copyright: Reuters",
    "Copyright Office officials said",
    "Copr. 2022 West Publishing",
    "All rights reserved.",
    "ALL RIGHTS RESERVED",
    "Alle Rechte vorbehalten",
    "Tous droits réservés",
    "Tous Droits de reproduction réservés",
    "Derechos Reservados",
    "Tutti i diritti riservati",
    "Riproduzione riservata",
    "Todos os direitos reservados",
    "Alle rechten voorbehouden",
    "Все права защищены",
    "版权所有",
    "保留所有权利",
    "無断転載を禁じます",
    "未经授权，不得转载",
    "Reproduction is strictly prohibited.",
    "Unauthorized copying of this material is not permitted",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "No part of this page may be copied without the express written permission",
    "Reproduction interdite",
    "Nachdruck verboten",
    "Riproduzione vietata",
    "Перепечатка запрещена",
    "Licensed under a Creative Commons licence",
    "This work is available under the CC BY licence",
    "CC BY-SA 4.0",
    "CC0",
    "© Getty Images",
    "著作権：共同通信",
]
_CASES = [str, str.upper, str.lower, str.title, str.swapcase]


def _pattern_by_pattern(text: str) -> str | None:
    """``notice_reason`` with every pattern tried on the line (no needles)."""
    words = count_words(text)
    if words > 70:
        return None
    opening = legal._OPENING.search(text)
    if opening and not (opening["word"] and not legal._is_notice_after_word(text)):
        if text.startswith("©") and is_credit(text[1:].strip()):
            return None
        return (
            "copyright_symbol" if "©" in text[:3] or text[:3].lower() == "(c)" else "copyright_word"
        )
    rights = legal._RIGHTS.search(text)
    if rights and not (
        rights.start() == 0 and words > 12 and legal._GOES_ON_AS_PROSE.match(text, rights.end())
    ):
        return "rights_reserved"
    if legal._SYMBOL_WITH_YEAR.search(text) and words <= 25:
        return "copyright_symbol"
    if legal._REDISTRIBUTION.search(text):
        return "redistribution_notice"
    if legal._LICENCE.search(text):
        return "licence_notice"
    return None


def _check_page(lines: list[str]) -> None:
    for line in lines:
        assert notice_reason(line) == _pattern_by_pattern(line), line
    document = cleanse.read("\n".join(lines), kind="text")
    expected, taken = [], False
    for block in document.blocks:
        reason = _pattern_by_pattern(block.text)
        if reason is not None:
            expected.append((block.index, "drop" if taken else "take", reason))
            taken = True
    context = cleanse.Context(document, document.blocks)
    got = [(d.block, str(d.action), d.reason) for d in CopyrightNotice()(context)]
    assert got == expected


@pytest.mark.parametrize("case", _CASES)
def test_every_notice_agrees_with_the_patterns_one_by_one(case: Callable[[str], str]) -> None:
    lines = [case(notice) for notice in _NOTICES]
    _check_page(lines + [f"Footer | {line} | Contact" for line in lines])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.builds(
            "{} {} {}".format,
            st.sampled_from(["", "Body text", "The court said", "©", "Site"]),
            st.sampled_from(_NOTICES).map(str.swapcase) | st.sampled_from(_NOTICES),
            st.sampled_from(["", "2024", "Example Media.", "by the ſtaff"]),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_pages_agree_with_the_patterns_one_by_one(lines: list[str]) -> None:
    _check_page(lines)
