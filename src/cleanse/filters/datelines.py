"""Date lines ("Published …", a bare date, a dated meta line): taken into ``date`` and
``modified``, out of the body."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..blocks import LINKED, Block, Kind
from ..dates import SHORT_YEAR_HINT, UPDATED, find_date, publishing_date
from ..pipeline import Action, BaseFilter, Context, Decision, drop, take
from ..scan import aligned, kept_at

# "By Monday, most had left": a day or a month is not a name.
NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight
    january february march april june july august september october november december
    montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi
    vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo""".split()
)
_DATE_LABEL = regex.compile(
    r"^(?P<label>Published|Publish(?:ed)? date|Posted|Submitted|First published|Updated"
    r"|Last updated|Modified|Last modified|Veröffentlicht|Aktualisiert|Stand|Publié|Mis à jour"
    r"|Publicado|Actualizado"
    r"|Pubblicato|Aggiornato|Atualizado|Gepubliceerd|Bijgewerkt|Опубликовано|Обновлено"
    r"|发布时间|发布日期|更新时间|更新日期|公開日|更新日|기사입력|입력|기사수정|수정)"
    r"(?:\s+(?:on|at|am|le|el|il))?\s*[:：]?\s*(?P<rest>.*)$",
    regex.IGNORECASE,
)
# A blog's footer sentence that says when the post was published: "This entry was posted on
# Monday, March 3rd, 2021 at 4:07 pm and is filed under News.", "Dieser Beitrag wurde am 3.
# März 2021 veröffentlicht." It is the page's, not the article's, and it dates the post.
_POSTED = regex.compile(
    r"(?:this (?:entry|post|article|story) was (?:first )?(?:posted|published|written)"
    r"|(?:dieser|der) (?:eintrag|beitrag|artikel) wurde (?:am|von)"
    r"|cet (?:article|billet) a été (?:publié|posté|écrit)"
    r"|(?:este|esta) (?:artículo|entrada) (?:fue|ha sido) (?:publicad[oa]|escrit[oa])"
    r"|questo (?:articolo|post) è stato (?:pubblicato|scritto)"
    r"|(?:este|esta) (?:artigo|post|entrada) foi (?:publicad[oa]|escrit[oa])"
    r"|dit (?:artikel|bericht) (?:werd|is) (?:geplaatst|gepubliceerd))\b",
    regex.IGNORECASE,
)
_MAX_POSTED_WORDS = 60
MAX_META_WORDS = 16
_MAX_LABELLED_WORDS = 24  # "Published Mar 3, 2021 at 4:07 PM | Updated at 5:36 PM EST on ..."
# A line that ends so is a sentence, unless the full stop is a time's: "at 11:04 a.m.".
_SENTENCE_ENDS = (".", "!", "?")
_TIME_ENDS = ("a.m.", "p.m.", "A.M.", "P.M.")


def ends_sentence(text: str) -> bool:
    """Closed by a full stop, "!" or "?", but not by a time's "a.m."."""
    return text.endswith(_SENTENCE_ENDS) and not text.endswith(_TIME_ENDS)


_HANDLE = regex.compile(r"@[^\W\d]")


class DateLine(BaseFilter):
    """Takes "Published ..." / "Updated ..." lines and bare date lines into ``date``/``modified``."""

    def __init__(self, *, name: str = "date") -> None:
        self.name = name

    def __call__(self, context: Context) -> Iterator[Decision]:
        lines: list[tuple[Block, str, str, str]] = []  # (block, date, field, reason), in order
        meta_line: tuple[Block, str] | None = None  # the first dated meta line, if needed
        blocks = context.blocks
        for i in sorted(year_blocks(context)):
            block = blocks[i]
            m = _DATE_LABEL.match(block.text) if block.words <= _MAX_LABELLED_WORDS else None
            posted = (
                m is None
                and block.words <= _MAX_POSTED_WORDS
                and _POSTED.match(block.text) is not None
            )
            if block.words > MAX_META_WORDS and m is None and not posted:
                continue
            found = find_date(block.text)
            if found is None:
                continue
            if m:
                field = "modified" if UPDATED.search(m["label"]) else "date"
                reason = "updated_line" if field == "modified" else "published_line"
            elif posted:
                field, reason = "date", "published_line"
            elif _is_bare_date(block.text, found):
                field, reason = "date", "date_line"
            else:
                if meta_line is None and is_dated_meta_line(block, found):
                    meta_line = (block, found[0])
                continue
            lines.append((block, found[0], field, reason))
        if not lines and meta_line is None:
            return
        byline, byline_date = _byline(context)
        chosen = _chosen_lines(lines, byline, byline_date)
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
            and byline_date is None
        ):
            block, iso = meta_line
            yield take(block, "date", "dated_meta_line", _META_LINE, value=iso)


def _chosen_lines(
    lines: list[tuple[Block, str, str, str]], byline: int | None, byline_date: str | None
) -> set[int]:
    """Which of the date lines give ``date`` and ``modified``: the first of each field.

    A bare date line ("Wednesday, March 3, 2021") is often the page header's date of the day,
    above the article: the one just below or beside the byline (block ``byline``) is the
    article's, and a byline that gives a date itself (``byline_date``: "By Jane Doe, March 1,
    2021") outweighs them all.
    """
    first: dict[str, int] = {}
    for n, (_, _, field, _) in enumerate(lines):
        first.setdefault(field, n)
    at = first.get("date")
    if at is None or lines[at][3] != "date_line":
        return set(first.values())
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
# A note in brackets, or an embedded post's signature ("— Jane Doe (@jane) March 3, 2021"):
# the article's own text, dating something else.
_QUOTED_STARTS = ("(", "[", "—", "–", "-")


def is_dated_meta_line(block: Block, found: tuple[str, int, int]) -> bool:
    """A line of a date and who or where it is from: "Reuters March 3, 2021 11:03 PM",
    "Jane Doe - Mar 3, 2021, 10:31 pm CST", "Mar 3, 2021 at 9:24 pm ET • 3 min read".

    At most ``_MAX_META_NAME_WORDS`` capitalised words beside the date's own; no other word,
    no closing full stop (a sentence), not a link (a teaser), not in a list or a table (a
    timeline, a schedule; a short line of plain text may read as a heading), no second date (a
    span of time), no handle and no opening bracket or dash (an embedded post's signature, a
    note in the text).
    """
    text = block.text
    if (
        block.kind not in _META_KINDS
        or block.link_density >= LINKED
        or ends_sentence(text)
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
        if folded in _DATE_WORDS or folded in NOT_NAMES or folded in _META_WORDS:
            continue
        if not word[0].isupper():
            return False
        names += 1
        if names > _MAX_META_NAME_WORDS:
            return False
    return True


def year_blocks(context: Context) -> set[int]:
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
            or word.lower() in NOT_NAMES
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
