"""Copyright, rights and licence notices: what goes into ``copyright`` and what stays in the body."""

from __future__ import annotations

import pytest

import cleanse
from cleanse.filters.legal import CopyrightNotice

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


def test_repr_is_the_configuration() -> None:
    assert repr(CopyrightNotice(name="legal")) == "CopyrightNotice(name='legal')"
    assert CopyrightNotice().name == "copyright"
