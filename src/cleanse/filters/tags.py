"""Tag lists ("Tags: Canada, China", "Filed under ..."): taken into ``Article.tags``.

An undelimited run of capitalised names ("Tags Canada European Union State Department") is
segmented by ``segment_names``: a word joins the word before it when it is a head noun of
institutions and places (Union, Department, Kingdom, ...), when the word before is a modifier
that never stands alone in a name (United, European, New, ...), or across a connector such as
"of" or "de". A head noun followed by a connector opens its own name instead ("Brexit Bank of
England" is two tags). Everything else is a one-word name, so a person's name ("Rishi Sunak")
comes out as two tags: without a list of given names there is no telling it from two tags.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..blocks import Block, Document, Kind
from ..pipeline import BaseFilter, Context, Decision, take
from ..scan import Prefixes, expand
from ..textstats import count_words, ends_sentence

_LABELS = (
    r"Tags?|Tagged(?: with)?|Topics?|Filed [Uu]nder|Related [Tt]opics|More on these topics"
    r"|Keywords?|Categories|Category"
    r"|Schlagw(?:ö|oe)rter|Schlagworte|Themen|Stichw(?:ö|oe)rter"
    r"|Mots[- ]cl(?:é|e)s|(?:É|E)tiquettes|Sujets|Th(?:è|e)mes"
    r"|Etiquetas|Temas|Palabras clave|Argomenti|Parole chiave|Etichette"
    r"|Assuntos|Palavras[- ]chave|Trefwoorden|Onderwerpen"
    r"|Теги|Метки|Темы|Ключевые слова|标签|標籤|关键词|關鍵詞|タグ|キーワード"
)
_LABELLED = regex.compile(
    rf"^(?:{_LABELS})(?:\s*(?P<colon>[:：])\s*|\s+)(?P<rest>.*)$", regex.IGNORECASE
)
_LABEL_ALONE = regex.compile(rf"^(?:{_LABELS})\s*[:：]?$", regex.IGNORECASE)
_LABEL_STARTS = Prefixes(expand(_LABELS), caseless=True)
# A line break inside one block (``<br>`` between tag links) separates tags too.
_DELIMITERS = regex.compile(r"\s*[,;|·•/、，\n]\s*|\s+[-–—]\s+")
_CONNECTORS = frozenset(
    "of and for the de del della di du des la le van von der den y e et und & on in".split()
)
# Words that head a multi-word name: "European Union", "State Department", "Supreme Court".
_HEADS = frozenset(
    """Union Department Kingdom States Republic House Court Party Council Ministry
    Nations Bank Agency Office Association Committee Senate Assembly Commission Organization
    Organisation Authority Administration Service Services Bureau Institute University College
    Company Corporation Group Forces Force Army Navy Guard League Federation Coalition Front
    Movement Alliance Street Valley Island Islands Sea Ocean River Coast Gulf Mountains East
    Africa America Asia Europe Korea Zealand Arabia Emirates Lanka Rica Salvador Angeles
    Francisco York Jersey Delhi Kong Times Post Journal News Media Games Cup League Summit
    Conference Act Bill Law Treaty Agreement Accord Deal Change Crisis War Day Week
    City County Province Region Parliament Government Police Museum Airport Exchange Reserve
    Fund Awards Prize Championship Championships Olympics Festival Minister Secretary Series""".split()
)
# Modifiers that do not stand alone as a name: "United Kingdom", "New York", "Prime Minister".
_MODIFIERS = frozenset(
    """United European New North South East West Northern Southern Eastern Western Central
    Middle Latin Saudi Hong Sri Costa El Los Las San Santa St. Saint Prime Vice White Supreme
    Federal National International Royal Democratic Republican Human Climate Social Silicon
    Wall Main Black Red Green Blue Holy Great Greater Upper Lower Soviet Islamic Arab
    Olympic World Winter Summer""".split()
)
# "Topics You Follow", "Topics we cover": a menu entry or a sentence, not tags.
_PRONOUNS = frozenset("you your we our i my they their".split())
_MAX_TAG_WORDS = 60
_MAX_WORDS_PER_TAG = 6
_MIN_TAG_LINK_DENSITY = 0.5


def segment_names(text: str) -> list[str]:
    """Split an undelimited run of capitalised names into names (see the module docstring).

    A head noun followed by a connector opens a name of its own ("Bank of England"), unless the
    word before it is a modifier ("European Court of Justice").

    >>> segment_names("Canada China European Union State Department United Kingdom")
    ['Canada', 'China', 'European Union', 'State Department', 'United Kingdom']
    >>> segment_names("Brexit Bank of England Supreme Court Climate change")
    ['Brexit', 'Bank of England', 'Supreme Court', 'Climate change']
    """
    tokens = text.split()
    names: list[list[str]] = []
    joining = False
    for i, word in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        opens_own = _is_connector(after) and not (names and names[-1][-1] in _MODIFIERS)
        if names and (
            joining
            or (word in _HEADS and not opens_own)
            or names[-1][-1] in _MODIFIERS
            or (word[0].islower() and not _is_connector(word))  # "Climate change"
        ):
            names[-1].append(word)
        elif names and _is_connector(word):
            names[-1].append(word)
            joining = True
            continue
        else:
            names.append([word])
        joining = False
    return [" ".join(n) for n in names]


def _is_connector(word: str) -> bool:
    return bool(word) and word[0].islower() and word.lower() in _CONNECTORS


def split_tags(rest: str) -> list[str]:
    """Split the text after a tag label into tags, by delimiters or by name segmentation.

    >>> split_tags("Politics, Health care; Elections")
    ['Politics', 'Health care', 'Elections']
    """
    parts = _DELIMITERS.split(rest) if _DELIMITERS.search(rest) else segment_names(rest)
    return [tag for tag in (_tidy(p) for p in parts) if tag]


def _short_items(text: str) -> bool:
    """Is a line a delimited list of short items ("a, b c, d"): all the tags in one line?"""
    parts = _DELIMITERS.split(text)
    return len(parts) > 1 and all(count_words(p) <= _MAX_WORDS_PER_TAG for p in parts)


def _item_tags(item: str) -> tuple[str, ...]:
    """One item under a lone label is one tag, unless delimiters split it."""
    parts = _DELIMITERS.split(item) if _DELIMITERS.search(item) else [item]
    return tuple(tag for tag in (_tidy(p) for p in parts) if tag)


def _tidy(tag: str) -> str:
    """A tag without spaces, ``#`` or a closing full stop (kept after an initial: "U.S.")."""
    tag = tag.strip(" #")
    if tag.endswith(".") and not regex.search(r"(?:^|[.\s])\p{Lu}\.$", tag):
        tag = tag.rstrip(".").strip()
    return tag.lstrip(".")


def _looks_like_names(rest: str, *, colon: bool) -> bool:
    """A tag run: short, no sentence, and its words mostly capitalised or delimited.

    Without a colon after the label ("Topics include the budget, ...") the words must be
    capitalised names even when commas split them; with one, lower-case tags are fine.
    """
    if not rest or (ends_sentence(rest) and not rest.endswith(".")):
        return False
    tokens = rest.split()
    if len(tokens) > _MAX_TAG_WORDS or _is_connector(tokens[0]) or tokens[0].lower() in _PRONOUNS:
        return False
    lower = [t for t in tokens if t[0].islower() and t.lower() not in _CONNECTORS]
    capitalised = len(lower) <= len(tokens) // 5
    if _DELIMITERS.search(rest):
        parts = _DELIMITERS.split(rest)
        short = all(count_words(p) <= _MAX_WORDS_PER_TAG for p in parts)
        return short and (colon or capitalised) and not _ends_as_prose(rest)
    return capitalised


def _ends_as_prose(rest: str) -> bool:
    """A closing full stop after a lower-case word: "..., the minister said."."""
    return regex.search(r"(?<!\p{Lu}\.?)\b\p{Ll}+\.$", rest) is not None


def _following_items(document: Document, blocks: tuple[Block, ...], start: int) -> list[Block]:
    """Short lines right after a lone "Tags:" label that belong to it.

    Text: the lines of the label's paragraph. HTML: the list items or links that follow, inside
    the element that holds the label (``<div class=tags><h3>Tags</h3><ul>...</ul></div>``).
    """
    label = blocks[start]
    html = document.source_kind == "html" and bool(document.containers)
    scope = -1
    if html and label.group >= 0:
        # The label's own element, when the list sits inside it (``<div class=tags>Tags:
        # <a>...</a></div>``); else the element around the label's heading or span.
        scope = label.group
        following = blocks[start + 1] if start + 1 < len(blocks) else None
        if following is None or label.group not in document.ancestors(following.group):
            scope = document.containers[label.group].parent
    items = []
    for block in blocks[start + 1 : start + 31]:
        if ends_sentence(block.text):
            break
        linked = html and block.link_density >= _MIN_TAG_LINK_DENSITY
        if block.words > _MAX_WORDS_PER_TAG and not (linked and _short_items(block.text)):
            break
        if html:
            if not (block.kind is Kind.LIST_ITEM or linked):
                break
            if scope >= 0 and scope not in document.ancestors(block.group):
                break
        elif block.group != label.group:
            break
        items.append(block)
    return items


class TagList(BaseFilter):
    """Takes labelled tag lists into ``tags`` (the label line, and a list under a lone label)."""

    def __init__(self, *, name: str = "tags") -> None:
        self.name = name

    def __call__(self, context: Context) -> Iterator[Decision]:
        blocks = context.blocks
        for i in _LABEL_STARTS.blocks(blocks):
            block = blocks[i]
            if _LABEL_ALONE.match(block.text):
                items = _following_items(context.document, blocks, i)
                if items:
                    yield take(
                        block, "tags", "tag_label", f"label over {len(items)} tags", value=()
                    )
                    for item in items:
                        yield take(item, "tags", "tag_item", value=_item_tags(item.text))
                continue
            match = _LABELLED.match(block.text)
            if match and _looks_like_names(match["rest"], colon=bool(match["colon"])):
                tags = tuple(split_tags(match["rest"]))
                if tags:
                    yield take(block, "tags", "tag_list", f"{len(tags)} tags", value=tags)
