"""Title, byline and date lines: taken into their fields, out of the body."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..authors import CONJUNCTIONS, split_names
from ..blocks import LINKED, Block, Kind
from ..dates import SHORT_YEAR_HINT, UPDATED, find_date, publishing_date
from ..pipeline import Action, BaseFilter, Context, Decision, drop, take
from ..scan import WHITESPACE, Prefixes, aligned, expand, kept_at
from ..textstats import count_words
from ..titles import fold_title, strip_site_name
from .navigation import junk_reason

_MAX_TITLE_WORDS = 30
_TITLE_COVER = 0.6
_BYLINE_LABELS = (
    r"(?:Written |Words |Reporting |Story )?[Bb]y|BY|Von|VON|Par|PAR|Por|POR|Di|Door|Av|Af"
    r"|Автор|Авторы|Текст|Text|Texte|Texto|Tekst|Author|Authors|Autor|Autori|Autorzy|Autorius"
    r"|Auteur"
    r"|Autore|Yazar|文|记者|作者"
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
# "By Monday, most had left": a day or a month is not a name.
_NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight
    january february march april june july august september october november december
    montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi
    vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo""".split()
)
_MAX_NAME_WORDS = 8
_DATE_LABEL = regex.compile(
    r"^(?P<label>Published|Publish(?:ed)? date|Posted|Submitted|First published|Updated"
    r"|Last updated|Modified|Last modified|Veröffentlicht|Aktualisiert|Stand|Publié|Mis à jour"
    r"|Publicado|Actualizado"
    r"|Pubblicato|Aggiornato|Atualizado|Gepubliceerd|Bijgewerkt|Опубликовано|Обновлено"
    r"|发布时间|发布日期|更新时间|更新日期|公開日|更新日|기사입력|입력|기사수정|수정)"
    r"(?:\s+(?:on|at|am|le|el|il))?\s*[:：]?\s*(?P<rest>.*)$",
    regex.IGNORECASE,
)
_MAX_META_WORDS = 16
_MAX_LABELLED_WORDS = 24  # "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on ..."
# A line that ends so is a sentence, unless the full stop is a time's: "at 11:04 a.m.".
_SENTENCE_ENDS = (".", "!", "?")
_TIME_ENDS = ("a.m.", "p.m.", "A.M.", "P.M.")


_CLOSES_SENTENCE = regex.compile(r"[.,;][\"'’”»)\]]*$")


def _is_title_line(block: Block) -> bool:
    """Short, and not closed by a full stop (even inside a quote: ``... he said.”``)."""
    return (
        block.kind in (Kind.LINE, Kind.HEADING)
        and 0 < count_words(block.text) <= _MAX_TITLE_WORDS
        and not _CLOSES_SENTENCE.search(block.text)
    )


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
        while " " in rest and last.lower() in _NOT_NAMES:
            who = _BYLINE_TAIL.sub("", rest).strip()  # "Jane Doe on Monday"
            rest, _, last = who.rpartition(" ")
    name = who.split(",")[0].split()
    if not name or len(name) > _MAX_NAME_WORDS or name[0].lower() in _NOT_NAMES:
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


class Headline(BaseFilter):
    """Takes the headline into ``title`` and drops later blocks that repeat it.

    HTML: the block that shows the page's title (from metadata), else the first ``<h1>``.
    Text: the first line, when it reads as a title (short, no closing full stop).
    """

    def __init__(self, *, name: str = "title") -> None:
        self.name = name

    def __call__(self, context: Context) -> Iterator[Decision]:
        blocks = context.blocks
        if not blocks:
            return
        meta_title = context.document.metadata.title
        chosen: Block | None = None
        line: str | None = None
        if context.document.source_kind == "html":
            chosen = _find_headline(blocks, meta_title)
            if chosen is not None:
                line = _title_line(chosen.text, meta_title)
                if line is None:
                    yield take(chosen, "title", "headline", "the block that shows the page title")
                else:
                    detail = "the line of the heading that shows the page title"
                    yield take(chosen, "title", "headline", detail, value=line)
        elif (chosen := _first_h1(blocks)) is not None:
            yield take(chosen, "title", "headline", "the first level-1 heading")
        elif len(blocks) > 1 and _is_title_line(blocks[0]) and blocks[0].link_density < LINKED:
            chosen = blocks[0]
            line = _shown_part(chosen.text, blocks)
            headline = line or strip_site_name(chosen.text)
            yield take(chosen, "title", "first_line_title", "short first line", value=headline)
        shown = (meta_title, chosen.text if chosen else None, line)
        titles = {fold_title(t) for t in shown if t}
        titles |= {strip_site_name(t) for t in titles}
        sizes = {len(t) for t in titles}
        longest = max(sizes, default=0)
        for block in blocks:
            # Case-folding never shortens a text, and straightening quotes keeps its length:
            # most lines are too long to match, or fold to a length no title has.
            if (
                block is chosen
                or len(block.text) > longest
                or len(block.text.casefold()) not in sizes
            ):
                continue
            if fold_title(block.text) in titles:
                yield drop(block, "title_repeat", "repeats the headline")


def _shown_part(first: str, blocks: tuple[Block, ...]) -> str | None:
    """Text: the shortest later line that starts or ends the first one (or the first one with
    its site name stripped) and is most of it: the headline as the page shows it, where the
    first line (the page's <title>) adds the site's name or a section ("Opinion | Headline -
    Site")."""
    wanted = {first.casefold(), strip_site_name(first).casefold()}
    longest = max(len(w) for w in wanted)
    shortest = _TITLE_COVER * min(len(w) for w in wanted)
    found: str | None = None
    for block in blocks[1:]:
        size = len(block.text)
        if not shortest <= size < (len(found) if found else longest) or block.words < 3:
            continue  # most lines are far longer or shorter than a title
        text = block.text.casefold()
        if any(
            _TITLE_COVER * len(w) <= len(text) < len(w) and (w.startswith(text) or w.endswith(text))
            for w in wanted
        ):
            found = block.text
    return found


def _first_h1(blocks: tuple[Block, ...]) -> Block | None:
    """Text: the first level-1 heading that is not a link (Markdown's "# Title"; plain text
    lines have no levels)."""
    for block in blocks:
        if block.level == 1 and block.kind is Kind.HEADING and block.link_density < LINKED:
            return block
    return None


def _title_line(text: str, meta_title: str | None) -> str | None:
    r"""The line of a heading broken by ``<br>`` that is most of the page title, if one is.

    A heading often holds a kicker or the byline on a line of its own ("Headline<br>By Jane
    Doe"): the title is the line that the stated title backs.

    >>> _title_line("New bridge approved\nEditor Jane Doe", "New bridge approved (photo)")
    'New bridge approved'
    """
    if not meta_title or "\n" not in text:
        return None
    wanted = meta_title.casefold()
    backed = [
        line
        for line in text.split("\n")
        if line.casefold() in wanted and len(line) >= _TITLE_COVER * len(wanted)
    ]
    return max(backed, key=len) if backed else None


def _find_headline(blocks: tuple[Block, ...], meta_title: str | None) -> Block | None:
    """The heading that matches the metadata title best, else the first level-1 heading."""
    if meta_title:
        wanted = meta_title.casefold()
        for block in blocks:
            if block.words <= _MAX_TITLE_WORDS and block.text.casefold() == wanted:
                return block
        for block in blocks:
            text = block.text.casefold()
            # A heading that is most of the title (the title adds a site name or a kicker),
            # not a short sub-heading that happens to share a few of its words.
            if (
                block.kind is Kind.HEADING
                and text in wanted
                and block.words >= 3
                and len(text) >= _TITLE_COVER * len(wanted)
            ):
                return block
    return next((b for b in blocks if b.kind is Kind.HEADING and b.level == 1), None)


class Byline(BaseFilter):
    """Takes "By Jane Doe" lines into ``byline`` (the name only)."""

    def __init__(self, *, name: str = "byline") -> None:
        self.name = name

    def __call__(self, context: Context) -> Iterator[Decision]:
        taken = False
        blocks = context.blocks
        for i in _BYLINE_STARTS.blocks(blocks):
            block = blocks[i]
            if block.words > _MAX_META_WORDS:
                continue
            if _ends_sentence(block.text) and not block.text.endswith((" Jr.", " Sr.")):
                continue
            who = byline_of(block.text)
            if who is None:
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


_DATED_BYLINE = "a name beside the date of a meta line"
# "Jane Doe - Nov 19, 2019": the name, then a separator, before the date.
_NAME_THEN_SEPARATOR = regex.compile(r"^(?P<who>\p{Lu}[^:：]*?)\s*[-–—|•·]\s*$")
# "11/19/2019 by Jane Doe": a label after the date.
_LABEL_INSIDE = regex.compile(r"(?:^|[\s|•·,])(?i:by|von|par|por)\s*:?\s+(?=\p{Lu})")


def _ends_sentence(text: str) -> bool:
    """Closed by a full stop, "!" or "?", but not by a time's "a.m."."""
    return text.endswith(_SENTENCE_ENDS) and not text.endswith(_TIME_ENDS)


_HANDLE = regex.compile(r"@[^\W\d]")


def _names_a_person(text: str) -> bool:
    """Names of two words or more, not a widget's heading ("Top Stories")."""
    names = split_names(text)
    return bool(names) and all(" " in n for n in names) and junk_reason(text) is None


def _dated_byline_line(context: Context) -> tuple[Block, str] | None:
    """The first dated meta line in the page's first half that names a writer: "Jane Doe -
    Nov 19, 2019, 10:31 pm CST" (a person's name, then a separator) or "11/19/2019 by Jane
    Doe" (a label after the date). A comment's header further down looks the same."""
    blocks = context.blocks
    half = len(context.document.blocks) // 2
    for i in sorted(_year_blocks(context)):
        block = blocks[i]
        if block.index > half:
            break
        if block.words > _MAX_META_WORDS:
            continue
        found = find_date(block.text)
        if found is None or not _is_dated_meta_line(block, found):
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


class DateLine(BaseFilter):
    """Takes "Published ..." / "Updated ..." lines and bare date lines into ``date``/``modified``."""

    def __init__(self, *, name: str = "date") -> None:
        self.name = name

    def __call__(self, context: Context) -> Iterator[Decision]:
        lines: list[tuple[Block, str, str, str]] = []  # (block, date, field, reason), in order
        meta_line: tuple[Block, str] | None = None  # the first dated meta line, if needed
        blocks = context.blocks
        for i in sorted(_year_blocks(context)):
            block = blocks[i]
            if block.words > _MAX_META_WORDS and (
                block.words > _MAX_LABELLED_WORDS or not _DATE_LABEL.match(block.text)
            ):
                continue
            found = find_date(block.text)
            if found is None:
                continue
            m = _DATE_LABEL.match(block.text)
            if m:
                field = "modified" if UPDATED.search(m["label"]) else "date"
                reason = "updated_line" if field == "modified" else "published_line"
            elif _is_bare_date(block.text, found):
                field, reason = "date", "date_line"
            else:
                if meta_line is None and _is_dated_meta_line(block, found):
                    meta_line = (block, found[0])
                continue
            lines.append((block, found[0], field, reason))
        chosen = _chosen_lines(lines, context)
        fields = {lines[n][2] for n in chosen}
        for n, (block, iso, field, reason) in enumerate(lines):
            if n in chosen:
                yield take(block, field, reason, value=iso)
            elif field in fields:
                yield drop(block, reason, f"a further {field} line")
            else:
                yield drop(block, reason, "a date line; the byline's own date is the article's")
        dated = "date" in fields
        if (
            meta_line is not None
            and not dated
            and context.document.metadata.date is None  # the head's date wins anyway
            and _byline(context)[1] is None
        ):
            block, iso = meta_line
            yield take(block, "date", "dated_meta_line", _META_LINE, value=iso)


def _chosen_lines(lines: list[tuple[Block, str, str, str]], context: Context) -> set[int]:
    """Which of the date lines give ``date`` and ``modified``: the first of each field.

    A bare date line ("Wednesday, November 20, 2019") is often the page header's date of the
    day, above the article: the one just below or beside the byline is the article's, and a
    byline that gives a date itself ("By Jane Doe, March 3, 2021") outweighs them all.
    """
    first: dict[str, int] = {}
    for n, (_, _, field, _) in enumerate(lines):
        first.setdefault(field, n)
    at = first.get("date")
    if at is None or lines[at][3] != "date_line":
        return set(first.values())
    byline, byline_date = _byline(context)
    if byline_date is not None:
        del first["date"]
    elif byline is not None:
        near = [
            n
            for n, (block, _, _, reason) in enumerate(lines)
            if reason == "date_line" and -1 <= block.index - byline <= _NEAR_BYLINE
        ]
        if near:
            first["date"] = near[0]
    return set(first.values())


_NEAR_BYLINE = 3  # blocks below the byline where its date line stands


def _byline(context: Context) -> tuple[int | None, str | None]:
    """The index of the block the byline filter took, and the date its line gives, if any."""
    blocks = context.document.blocks
    for i, d in context.earlier.items():
        if d.field == "byline" and d.action is Action.TAKE:
            return i, publishing_date(blocks[i].text)
    return None, None


_META_LINE = "a date with a source, a name or a reading time beside it"
# What a dated meta line may hold besides its date, its names and the date's own words: an
# update clause up to the next separator, a reading time, a comment count.
_META_EXTRAS = regex.compile(
    r"(?:\b(?:last\s+)?(?:updated|modified|aktualisiert|mis à jour|actualizado|aggiornato)\b"
    r"[^|•·/]*)|\d+\s*(?:min(?:ute)?s?|mins?)\.?\s+read|\d+\s+comments?"
    r"|\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago",
    regex.IGNORECASE,
)
_META_WORDS = frozenset(
    """by von par por door av af published posted publiziert veröffentlicht publié publicado
    pubblicato""".split()
)
_MAX_META_NAME_WORDS = 4
_META_KINDS = (Kind.LINE, Kind.PARAGRAPH, Kind.HEADING)  # a short line of text reads as a heading
# A note in brackets, or an embedded post's signature ("— Jane Doe (@jane) November 18, 2019"):
# the article's own text, dating something else.
_QUOTED_STARTS = ("(", "[", "—", "–", "-")


def _is_dated_meta_line(block: Block, found: tuple[str, int, int]) -> bool:
    """A line of a date and who or where it is from: "Reuters November 18, 2019 11:03 PM",
    "Jane Doe - Nov 19, 2019, 10:31 pm CST", "Nov 18, 2019 at 9:24 pm ET • 2 min read".

    At most ``_MAX_META_NAME_WORDS`` capitalised words beside the date's own; no other word,
    no closing full stop (a sentence), not a link (a teaser), not in a list or a table (a
    timeline, a schedule; a short line of plain text may read as a heading), no second date (a span of time), no handle and no opening bracket
    or dash (an embedded post's signature, a note in the text).
    """
    text = block.text
    if (
        block.kind not in _META_KINDS
        or block.link_density >= LINKED
        or _ends_sentence(text)
        or text.endswith(":")
        or text.startswith(_QUOTED_STARTS)
        or _HANDLE.search(text) is not None
    ):
        return False
    after = _META_EXTRAS.sub(" ", text[found[2] :])
    if find_date(after) is not None:  # a span of time
        return False
    rest = f"{_META_EXTRAS.sub(' ', text[: found[1]])} | {after}"
    names = 0
    for word in _LETTER_RUNS.findall(rest):
        folded = word.lower()
        if folded in _DATE_WORDS or folded in _NOT_NAMES or folded in _META_WORDS:
            continue
        if not word[0].isupper():
            return False
        names += 1
        if names > _MAX_META_NAME_WORDS:
            return False
    return True


def _year_blocks(context: Context) -> set[int]:
    """The blocks that hold what every date needs: "19" or "20" and two more digits, or a
    date with a two-digit year ("11/19/19")."""
    text = context.document.text
    blocks = context.blocks
    if not aligned(context):
        return set(range(len(blocks)))
    found = set()
    for century in ("19", "20"):
        position = text.find(century)
        while position >= 0:
            if text[position + 2 : position + 4].isdigit():
                i = kept_at(blocks, position)
                if i >= 0:
                    found.add(i)
                    position = blocks[i].end  # the rest of this block need not be read
            position = text.find(century, position + 1)
    if "/" in text:
        for m in SHORT_YEAR_HINT.finditer(text):  # "11/19/19 06:56 AM"
            i = kept_at(blocks, m.start())
            if i >= 0:
                found.add(i)
    return found


def _is_bare_date(text: str, found: tuple[str, int, int] | None = None) -> bool:
    """A line that is a date and little else: a weekday, a time, a zone, "at" or "Uhr".

    ``found`` is ``find_date(text)`` when the caller has it.

    >>> _is_bare_date("Wednesday, March 3, 2021 10:05 a.m. EDT")
    True
    >>> _is_bare_date("Sales rose 5% on March 3, 2021")
    False
    >>> _is_bare_date("October 14, 1999 – January 20, 2000")  # a span of time, not a day
    False
    """
    if found is None:
        found = find_date(text)
    if found is None or find_date(text[found[2] :]) is not None:
        return False
    rest = text[: found[1]] + " " + text[found[2] :]
    for word in _LETTER_RUNS.findall(rest):
        if not (
            word.lower() in _DATE_WORDS
            or word.lower() in _NOT_NAMES
            or (word.isupper() and len(word) <= 5)  # a zone: GMT, EDT, MESZ
        ):
            return False
    return True


_LETTER_RUNS = regex.compile(r"[^\W\d_]+")
# Words a date line may carry besides the date itself.
_DATE_WORDS = frozenset(
    """at on am pm a m p uhr um le à de del el il h г года mon tue tues wed thu thur thurs fri sat
    sun mo di mi do fr sa so lun mar mer jeu ven sam dim mié jue vie sáb dom às as
    segunda terça terca quarta quinta sexta feira sábado domingo lunedì martedì mercoledì
    giovedì venerdì sabato domenica alle ore""".split()
)
