"""Copyright, rights and licence notices: taken into ``Article.copyright``, out of the body.

Every notice holds one of a few needles ("©", "opyright", "eserved", "prohibited", ...). The
filter reads the page once for each needle and tries the patterns only on the lines that hold
one, and on such a line only the patterns whose needles it holds.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..pipeline import BaseFilter, Context, Decision, drop, take
from ..scan import Needles, Prefixes
from ..textstats import count_words
from .media import is_credit

_YEAR = r"(?:19|20)\d{2}"
# A notice opens with a copyright sign or word; "(c)" counts only before a year or name.
_OPENING = regex.compile(
    rf"^(?:©|&copy;|\([cC]\)\s*(?={_YEAR}|\p{{Lu}})"
    rf"|(?P<word>(?:[Cc]opyright|COPYRIGHT)\b\s*(?:©|\([cC]\))?\s*(?:{_YEAR}|\p{{Lu}}|by\b|:))"
    rf"|Copr\.\s*{_YEAR}|版权所有|版權所有|著作権\s*(?:©|\([cC]\)|{_YEAR}|[:：]))"
)
# After a bare "Copyright" (no year, no sign), only an owner's name may follow: "Copyright: AFP",
# "Copyright Guardian News & Media Ltd"; "Copyright Office officials said ..." is a sentence.
_OWNER = regex.compile(
    r"^(?:[Cc]opyright|COPYRIGHT)\s*(?:by\s+|:\s*)?"
    r"(?P<owner>(?:(?:\p{Lu}|\d)[\w.&'’-]*|&|and|of|the|und|et|y|de|du|der|van|von)"
    r"(?:[\s,]+(?:(?:\p{Lu}|\d)[\w.&'’-]*|&|and|of|the|und|et|y|de|du|der|van|von)){0,7})"
    r"\.?$"
)
_SYMBOL_WITH_YEAR = regex.compile(
    rf"©\s*(?:{_YEAR}|\p{{Lu}})|(?<!\w)\([cC]\)\s*{_YEAR}|[Cc]opyright\s+(?:©\s*)?{_YEAR}"
)
# "All rights reserved" and its translations: only with a capital (a sentence or a footer), so a
# body sentence that mentions reserved rights in passing stays.
_RIGHTS = regex.compile(
    r"(?:^|(?<=[\s.,;:|·•©–—-]))(?:All [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED"
    r"|Alle Rechte vorbehalten|Tous droits réservés|Tous [Dd]roits de reproduction réservés"
    r"|Todos los derechos reservados|Derechos [Rr]eservados|Tutti i diritti riservati"
    r"|Diritti riservati|Riproduzione riservata|Todos os direitos reservados"
    r"|Direitos reservados|Alle rechten voorbehouden|Все права защищены|Все права сохранены"
    r"|版权所有|版權所有|保留所有权利|無断(?:[転複][載製][・、]?)+(?:を)?禁(?:止|じます)"
    r"|(?:未经(?:授权|许可)[，,]?\s*)?(?:不得|禁止)(?:转载|轉載))"
)
# A long line that opens with the rights phrase must go on as a notice (an end, punctuation, a
# name or a year), not as a sentence: "Todos los derechos reservados por la ley, dijo el juez".
_GOES_ON_AS_PROSE = regex.compile(r" \p{Ll}")
_REDISTRIBUTION = regex.compile(
    r"may not be (?:re)?published, broadcast, rewritten,? or redistributed"
    r"|(?:any |unauthori[sz]ed )?(?:reproduction|redistribution|republication|copying)"
    r"(?: (?:in whole or in part|of (?:this|these|the|our|any) (?:material|content|article|site"
    r"|page|work|text)s?|or (?:re)?(?:distribution|publication|use)))* (?:is |are )?(?:strictly )?"
    r"(?:prohibited|not permitted|forbidden)"
    r"|(?:may not|must not|cannot|no part of)[^.]{0,120}without (?:the )?(?:(?:express|prior) )*"
    r"written (?:permission|consent)"
    r"|Reproduction interdite|Nachdruck (?:nur mit Genehmigung|verboten)"
    r"|Riproduzione vietata|Перепечатка запрещена",
    regex.IGNORECASE,
)
_LICENCE = regex.compile(
    r"^(?:Licen[sc]ed|Published|Available|Released|Distributed) under (?:a |the )?"
    r"(?:Creative Commons|CC[ -]BY|GNU|MIT|Apache)"
    r"|\b(?:this|the|all|our) (?:work|article|content|text|page|story|image|photo|material|site"
    r"|post|blog)s?\b[^.]{0,40}\b(?:licen[sc]ed|available|released|published) under (?:a |the )?"
    r"(?:Creative Commons|CC[ -]BY)"
    r"|^(?-i:CC[ -]BY(?:-SA|-NC|-ND)*|CC0)\b",
    regex.IGNORECASE,
)
_MAX_WORDS = 70
_MAX_RIGHTS_SENTENCE_WORDS = 12

# What each pattern needs, so that a line (and a page) without it skips the pattern: every
# match of a pattern holds one of its needles (or starts with one of its prefixes).
_OPENING_PREFIXES = Prefixes(
    "© &copy; (c) (C) Copyright copyright COPYRIGHT Copr. 著作権 版权所有 版權所有".split()
)
_RIGHTS_NEEDLES = Needles(
    [
        *"eserved eservados réservés iservat RESERVED vorbehalten voorbehouden".split(),
        "Все права",
        *"版权所有 版權所有 保留所有权利 無断 转载 轉載".split(),
    ]
)
_SYMBOL_NEEDLES = Needles(["©", "(c)", "(C)", "opyright"])
# "may not be republished, broadcast, rewritten or redistributed" holds "written" too.
_REDISTRIBUTION_NEEDLES = Needles(
    caseless=[
        "prohibited",
        "not permitted",
        "forbidden",
        "written",
        "reproduction interdite",
        "nachdruck",
        "riproduzione vietata",
        "перепечатка запрещена",
    ]
)
_LICENCE_NEEDLES = Needles(["CC"], caseless=[" under "])
# A page holds a notice only where one of these is. One "serv" stands for the rights needles
# "eserved", "eservados", "réservés" and "iservat": a page is read once for it, not four times.
_NOTICE_NEEDLES = Needles(
    [
        *("©", "&copy;", "(c)", "(C)", "opyright", "COPYRIGHT", "Copr.", "著作権", "serv"),
        *(n for n in _RIGHTS_NEEDLES.plain if "serv" not in n),
        *_LICENCE_NEEDLES.plain,
    ],
    caseless=[*_REDISTRIBUTION_NEEDLES.caseless, *_LICENCE_NEEDLES.caseless],
)


# A photo's credit line starts with one of these: "(Image: © Jane Doe/AFP)".
_PHOTO_LABELS = ("Image: ", "Photo: ", "Picture: ", "Credit: ", "Image credit: ", "Photo credit: ")


def notice_reason(text: str) -> str | None:
    """The reason slug when ``text`` is a copyright/rights/licence notice, else None.

    >>> notice_reason("© 2023 The Hill"), notice_reason("A copyright lawsuit was filed.")
    ('copyright_symbol', None)
    """
    return _notice_reason(text, count_words(text))


def _notice_reason(text: str, words: int) -> str | None:
    """``notice_reason`` for a line of ``words`` words (``count_words``)."""
    if words > _MAX_WORDS:
        return None
    if text.lstrip("(").startswith(_PHOTO_LABELS) and is_credit(text):
        return (
            None  # "(Image: © Jane Doe/AFP)" is a photo's credit; media takes it (and its caption)
        )
    opening = _OPENING.search(text) if _OPENING_PREFIXES.match(text) else None
    if opening and not (opening["word"] and not _is_notice_after_word(text)):
        if text.startswith("©") and is_credit(text[1:].strip()):
            return None  # "© Getty Images" under a photo is a credit; media takes it
        return (
            "copyright_symbol" if "©" in text[:3] or text[:3].lower() == "(c)" else "copyright_word"
        )
    rights = _RIGHTS.search(text) if _RIGHTS_NEEDLES.in_text(text) else None
    if rights and not (
        rights.start() == 0
        and words > _MAX_RIGHTS_SENTENCE_WORDS
        and _GOES_ON_AS_PROSE.match(text, rights.end())
    ):
        return "rights_reserved"
    if words <= 25 and _SYMBOL_NEEDLES.in_text(text) and _SYMBOL_WITH_YEAR.search(text):
        return "copyright_symbol"
    if _REDISTRIBUTION_NEEDLES.in_text(text) and _REDISTRIBUTION.search(text):
        return "redistribution_notice"
    if _LICENCE_NEEDLES.in_text(text) and _LICENCE.search(text):
        return "licence_notice"
    return None


def _is_notice_after_word(text: str) -> bool:
    """A line opening with the word "Copyright" is a notice with a year or sign, or a bare owner."""
    return bool(
        _SYMBOL_WITH_YEAR.search(text)
        or "©" in text
        or _RIGHTS.search(text)
        or _REDISTRIBUTION.search(text)
        or _OWNER.match(text)
    )


class CopyrightNotice(BaseFilter):
    """Takes the first copyright/rights notice into ``copyright``; drops any later ones."""

    def __init__(self, *, name: str = "copyright") -> None:
        self.name = name

    def __call__(self, context: Context) -> Iterator[Decision]:
        taken = False
        blocks = context.blocks
        for i in sorted(_NOTICE_NEEDLES.blocks(context)):
            block = blocks[i]
            reason = _notice_reason(block.text, block.words)
            if reason is None:
                continue
            if taken:
                yield drop(block, reason, "a further notice; the first one went into copyright")
            else:
                taken = True
                yield take(block, "copyright", reason)
