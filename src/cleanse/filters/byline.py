"""Bylines ("By Jane Doe", a name beside a meta line's date): taken into ``byline``, out of
the body."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress, count
from operator import attrgetter

import regex

from ..authors import CONJUNCTIONS, split_names
from ..blocks import Block
from ..dates import find_date
from ..pipeline import BaseFilter, Context, Decision, drop, take
from ..scan import WHITESPACE, Prefixes, expand
from .datelines import MAX_META_WORDS, NOT_NAMES, ends_sentence, is_dated_meta_line, year_blocks
from .navigation import junk_reason

_BYLINE_LABELS = (
    r"(?:Written |Words |Reporting |Story |Posted |Published |Submitted )?[Bb]y|BY|[Vv]on|VON"
    r"|(?:Geschrieben|Verfasst|Veröffentlicht) von|(?:Publié|Écrit|Posté) par|[Pp]ar|PAR"
    r"|(?:Publicado|Escrito) por|[Pp]or|POR|(?:Pubblicato|Scritto) da|Di|Door|Av|Af"
    r"|Автор|Авторы|Текст|Text|Texte|Texto|Tekst|Author|Authors|Autor|Autori|Autorzy|Autorius"
    r"|Auteur|Autore|Yazar|文|记者|作者"
)
_BYLINE = regex.compile(
    rf"^(?P<label>{_BYLINE_LABELS})(?P<colon>\s*[:：]\s*|\s+)"
    r"(?P<who>(?:\p{Lu}|@|\p{Han})[^\n]{0,150})$"
)
# Labels that are nouns ("Text", "Author") also head widgets: "Text Size", "Author Or". Without
# a colon they need a name of two words or more.
_NOUN_LABELS = frozenset(
    "Text Texte Texto Tekst Author Authors Autor Autori Autorzy Autorius Auteur Autore Yazar"
    " Автор Авторы Текст".split()
)
# A one-character label ("文") is looked for with what must follow it, so that every prefix
# has two characters (one pass over the lines, not two).
_BYLINE_STARTS = Prefixes(
    label + after if len(label) == 1 else label
    for label in expand(_BYLINE_LABELS)
    for after in (":", "：", *WHITESPACE)
)
_BYLINE_SPLIT = regex.compile(
    r"\s*[|•·]\s*|\s+(?:on|am|le|el|il)\s+(?=\S*\d)|(?:,|\s+[-–—])\s*(?=\S*\d)"
    # "Jane Doe in Berlin" (a place after a name of two words or more; "By Air in Style" is none)
    r"|(?<=\p{Lu}[\p{L}.]*\s+\p{Lu}[\p{L}.]*)\s+in\s+(?=\p{Lu})"
    r"|(?<=\w)@\w+|\s+\d"  # "Jane Doe@janedoe", "Jane Doe 0 Comments"
    r"|,\s*(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag"
    r"|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b"  # "Jane Doe, Monday"
)
# What may trail a name once the date is cut off: "Jane Doe, Published", "Jane Doe on".
_BYLINE_TAIL = regex.compile(
    r"(?:[\s,;|•·–—-]+(?:on|am|le|el|il|published|updated|posted|veröffentlicht|aktualisiert"
    r"|publiziert|publié|publicado|publicada|pubblicato)?)+$",
    regex.IGNORECASE,
)
# A role or an agency in brackets after the name: "Jane Doe (Reuters)", "Anna Ūdre (editor)".
_BYLINE_ROLE = regex.compile(r"\s*[(\[][^()\[\]\n]*[)\]]\s*$")
# Lower-case words a name may hold: "Jane Doe and John Smith", "Ludwig van Beethoven".
_NAME_PARTICLES = CONJUNCTIONS | frozenset(
    "de del della di da das do dos du des la le van von der den ter ten bin al el".split()
)
_MAX_NAME_WORDS = 8


def byline_name(who: str) -> str | None:
    """The author's name from the text after "By", or None when it does not read as a name.

    The date, anything after a ``|`` and a role in brackets at the end go; what is left must be
    capitalised words (with particles such as "and" or "van") and not a weekday: "By Monday
    most had left" is no byline.

    >>> byline_name("Jane Doe, March 3, 2021"), byline_name("Jane Doe | Reuters")
    ('Jane Doe', 'Jane Doe')
    >>> byline_name("Anna Ūdre (foreign news editor)")
    'Anna Ūdre'
    >>> byline_name("Monday most had left") is None
    True
    >>> byline_name("Jane Doe Tuesday, Aug. 17, 2010"), byline_name("Jane Doe March 20 at 1:39 PM")
    ('Jane Doe', 'Jane Doe')
    """
    whole = who
    found = find_date(who)
    if found is not None:
        who = who[: found[1]]
    who = _BYLINE_SPLIT.split(who)[0]
    who = _BYLINE_TAIL.sub("", _BYLINE_ROLE.sub("", who)).strip()
    if len(who) < len(whole):
        # The cut date's weekday or month stays when no comma came before it ("Jane Doe
        # March 20 at 1:39 PM"); it goes unless that would leave one word.
        rest, _, last = who.rpartition(" ")
        while " " in rest and last.lower() in NOT_NAMES:
            who = _BYLINE_TAIL.sub("", rest).strip()  # "Jane Doe on Monday"
            rest, _, last = who.rpartition(" ")
    name = who.split(",")[0].split()
    if not name or len(name) > _MAX_NAME_WORDS or name[0].lower() in NOT_NAMES:
        return None
    for word in name:
        if word[0].islower() and word.lower() not in _NAME_PARTICLES:
            return None
    return who


def byline_of(line: str) -> str | None:
    """The name a byline line gives ("By Jane Doe, March 3" gives "Jane Doe"), else None.

    >>> byline_of("By Jane Doe and John Roe"), byline_of("By Monday most had left")
    ('Jane Doe and John Roe', None)
    """
    m = _BYLINE.match(line) if len(line) <= _MAX_BYLINE_CHARS else None
    if m is None:
        return None
    who = byline_name(m["who"])
    if who is None or (" " not in who and _bare_noun_label(m)):
        return None
    return who


_MAX_BYLINE_CHARS = 200


def _bare_noun_label(m: regex.Match[str]) -> bool:
    """The byline's label is a noun (``_NOUN_LABELS``) with no colon after it."""
    return m["label"] in _NOUN_LABELS and not m["colon"].strip()


class Byline(BaseFilter):
    """Takes "By Jane Doe" lines into ``byline`` (the name only)."""

    def __init__(self, *, name: str = "byline") -> None:
        self.name = name

    def __call__(self, context: Context) -> Iterator[Decision]:
        taken = False
        blocks = context.blocks
        texts = map(_TEXT, blocks)
        lone = list(compress(count(), map(_LONE_LABELS.__contains__, texts)))
        # A lone label with no colon ("By", "Posted by") names one writer on the page: a list
        # of other stories shows one over each teaser's writer.
        named: dict[str, set[str | None]] = {}
        for i in lone:
            below = blocks[i + 1].text if i + 1 < len(blocks) else ""
            named.setdefault(blocks[i].text, set()).add(byline_name(below))
        for i in sorted({*_BYLINE_STARTS.blocks(blocks), *lone}):
            block = blocks[i]
            if block.words > MAX_META_WORDS:
                continue
            if ends_sentence(block.text) and not block.text.endswith((" Jr.", " Sr.")):
                continue
            who = byline_of(block.text)
            if who is None:
                following = _name_below_label(blocks, i, len(named.get(block.text, ())) == 1)
                if following is not None and not taken:
                    taken = True
                    yield drop(block, "byline_label", "a byline's label on a line of its own")
                    yield take(following, "byline", "by_line", _BELOW_LABEL, value=following.text)
                continue
            if taken:
                yield drop(block, "byline_repeat", "a further byline")
            else:
                taken = True
                yield take(block, "byline", "by_line", value=who)
        if not taken:
            found = _dated_byline_line(context)
            if found is not None:
                yield take(found[0], "byline", "dated_byline", _DATED_BYLINE, value=found[1])
            elif (
                context.document.source_kind == "text"
                and (name := _name_over_date(context)) is not None
            ):
                yield take(name, "byline", "name_over_date", _NAME_OVER_DATE, value=name.text)


_DATED_BYLINE = "a name beside the date of a meta line"
_BELOW_LABEL = "the name on the line below a lone 'By:'"
# Every way of writing a lone label line ("By", "By:", "Posted by :"): one set lookup a line.
_LONE_LABELS = frozenset(
    label + colon for label in expand(_BYLINE_LABELS) for colon in ("", ":", " :", "：")
)
_TEXT = attrgetter("text")
# A lone label: "By:", "Posted by", "par". A noun label ("Author") needs its colon: alone, it
# heads a widget as often.
_LONE_LABEL = regex.compile(rf"^(?P<label>{_BYLINE_LABELS})(?P<colon>\s*[:：])?$")


def _name_below_label(blocks: tuple[Block, ...], i: int, once: bool) -> Block | None:
    """The line below a lone label line ("by:" or "Posted by", then "Jane Doe"), when it
    names people; a label with no colon only when the same label names no other writer
    elsewhere on the page (``once``)."""
    if i + 1 >= len(blocks):
        return None
    label = _LONE_LABEL.match(blocks[i].text)
    if label is None or (label["colon"] is None and (label["label"] in _NOUN_LABELS or not once)):
        return None
    below = blocks[i + 1]
    if below.words > _MAX_NAME_WORDS or byline_name(below.text) != below.text:
        return None
    return below if _names_a_person(below.text) else None


# "Jane Doe - Mar 3, 2021": the name, then a separator, before the date.
_NAME_THEN_SEPARATOR = regex.compile(r"^(?P<who>\p{Lu}[^:：]*?)\s*[-–—|•·]\s*$")
# "03/03/2021 by Jane Doe": a label after the date.
_LABEL_INSIDE = regex.compile(r"(?:^|[\s|•·,])(?i:by|von|par|por)\s*:?\s+(?=\p{Lu})")


def _names_a_person(text: str) -> bool:
    """Names of two words or more, not a widget's heading ("Top Stories")."""
    names = split_names(text)
    return bool(names) and all(" " in n for n in names) and junk_reason(text) is None


_NAME_OVER_DATE = "a writer's name on the line above the date of a meta line"
_NAME_WORDS = (2, 4)


def _name_over_date(context: Context) -> Block | None:
    """Text: a line that is only a person's name ("Nathanael Johnson") right above a dated meta
    line ("January 10, 2020 9:00AM (UTC)") in the page's first half, when every such pair on
    the page names the same writer (a list of other stories shows one per teaser; so do the
    comments' headers)."""
    blocks = context.blocks
    half = len(context.document.blocks) // 2
    names: list[Block] = []
    for i in sorted(year_blocks(context)):
        block = blocks[i]
        if i == 0 or block.words > MAX_META_WORDS:
            continue
        found = find_date(block.text)
        if found is None or not is_dated_meta_line(block, found):
            continue
        above = blocks[i - 1]
        if (
            above.index == block.index - 1
            and _NAME_WORDS[0] <= above.words <= _NAME_WORDS[1]
            and byline_name(above.text) == above.text
            and not any(word.isupper() for word in above.text.split())  # "GET IT", "NASCAR"
            and _names_a_person(above.text)
        ):
            names.append(above)
    if not names or names[0].index > half or len({n.text for n in names}) > 1:
        return None
    return names[0]


def _dated_byline_line(context: Context) -> tuple[Block, str] | None:
    """The first dated meta line in the page's first half that names a writer: "Jane Doe -
    Mar 3, 2021, 10:31 pm CST" (a person's name, then a separator) or "03/03/2021 by Jane
    Doe" (a label after the date). A comment's header further down looks the same."""
    blocks = context.blocks
    half = len(context.document.blocks) // 2
    for i in sorted(year_blocks(context)):
        block = blocks[i]
        if block.index > half:
            break
        if block.words > MAX_META_WORDS:
            continue
        found = find_date(block.text)
        if found is None or not is_dated_meta_line(block, found):
            continue
        text = block.text
        label = _LABEL_INSIDE.search(text, found[2])
        if label is not None:
            who = byline_name(text[label.end() :])
            if who is not None:
                return block, who
            continue
        m = _NAME_THEN_SEPARATOR.match(text, 0, found[1])
        if m is not None and _names_a_person(m["who"]):
            return block, m["who"]
    return None
