"""Copyright, rights and licence notices: taken into ``Article.copyright``, out of the body."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..pipeline import Context, Decision, drop, take
from ..textstats import count_words

_YEAR = r"(?:19|20)\d{2}"
# A notice opens with a copyright sign or word; "(c)" counts only before a year or name.
_OPENING = regex.compile(
    rf"^(?:©|&copy;|\([cC]\)\s*(?={_YEAR}|\p{{Lu}})"
    rf"|(?:[Cc]opyright|COPYRIGHT)\b\s*(?:©|\([cC]\))?\s*(?:{_YEAR}|\p{{Lu}}|by\b|:)"
    rf"|Copr\.\s*{_YEAR}|版权所有|版權所有|著作権)"
)
_SYMBOL_WITH_YEAR = regex.compile(
    rf"©\s*(?:{_YEAR}|\p{{Lu}})|(?<!\w)\([cC]\)\s*{_YEAR}|[Cc]opyright\s+(?:©\s*)?{_YEAR}"
)
# "All rights reserved" and its translations: only with a capital (a sentence or a footer), so a
# body sentence that mentions reserved rights in passing stays.
_RIGHTS = regex.compile(
    r"(?:^|(?<=[\s.,;:|·•©–—-]))(?:All [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED"
    r"|Alle Rechte vorbehalten|Tous droits réservés|Tous [Dd]roits de reproduction réservés"
    r"|Todos los derechos reservados|Tutti i diritti riservati|Todos os direitos reservados"
    r"|Alle rechten voorbehouden|Все права защищены|Все права сохранены"
    r"|版权所有|版權所有|保留所有权利|無断転載(?:を)?禁(?:止|じます)|不得转载)"
)
_REDISTRIBUTION = regex.compile(
    r"may not be (?:re)?published, broadcast, rewritten,? or redistributed"
    r"|(?:reproduction|redistribution|republication)[^.]{0,60}(?:prohibited|not permitted|forbidden)"
    r"|without (?:the )?(?:prior )?written (?:permission|consent)",
    regex.IGNORECASE,
)
_LICENCE = regex.compile(
    r"licen[sc]ed under (?:a |the )?(?:Creative Commons|CC[ -]BY|GNU|MIT|Apache)"
    r"|^(?:CC[ -]BY(?:-SA|-NC|-ND)*)\b",
    regex.IGNORECASE,
)
_MAX_WORDS = 70


def notice_reason(text: str) -> str | None:
    """The reason slug when ``text`` is a copyright/rights/licence notice, else None.

    >>> notice_reason("© 2023 The Hill"), notice_reason("A copyright lawsuit was filed.")
    ('copyright_symbol', None)
    """
    if count_words(text) > _MAX_WORDS:
        return None
    if _OPENING.search(text):
        return (
            "copyright_symbol" if "©" in text[:3] or text[:3].lower() == "(c)" else "copyright_word"
        )
    if _RIGHTS.search(text):
        return "rights_reserved"
    if _SYMBOL_WITH_YEAR.search(text) and count_words(text) <= 25:
        return "copyright_symbol"
    if _REDISTRIBUTION.search(text):
        return "redistribution_notice"
    if _LICENCE.search(text):
        return "licence_notice"
    return None


class CopyrightNotice:
    """Takes the first copyright/rights notice into ``copyright``; drops any later ones."""

    def __init__(self, *, name: str = "copyright") -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"CopyrightNotice(name={self.name!r})"

    def __call__(self, context: Context) -> Iterator[Decision]:
        taken = False
        for block in context.blocks:
            reason = notice_reason(block.text)
            if reason is None:
                continue
            if taken:
                yield drop(block, reason, "a further notice; the first one went into copyright")
            else:
                taken = True
                yield take(block, "copyright", reason)
