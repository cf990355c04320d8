"""Photo credits and the captions they belong to: taken into ``Article.captions``.

The patterns are tried only on the lines that can match them: a line that starts with a credit
label, an agency or a caption label, has an agency after a separator ("Jane Doe/AFP"), or ends
in a credit (a bracket, "Photo: ...", "| Reuters"), and every HTML caption.
"""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter

import regex

from ..blocks import Block, Document, Kind
from ..pipeline import BaseFilter, Context, Decision, take
from ..scan import WHITESPACE, Prefixes, aligned, expand, kept_at
from ..textstats import count_words, ends_sentence
from .byline import byline_of

_AGENCY_NAMES = (
    r"Getty(?: Images)?|AP(?: Photo)?|Associated Press|Reuters|AFP|EPA(?:-EFE)?|EFE|Shutterstock"
    r"|iStock(?:photo)?|Alamy|Bloomberg|dpa|ANP|ANSA|Xinhua|Pixabay|Unsplash|Pexels|Imago|IMAGO"
    r"|picture[- ]alliance|Keystone|Corbis|NurPhoto|SOPA Images|Sipa(?: USA)?|ZUMA(?: Press| Wire)?"
    r"|TASS|РИА Новости|Kyodo|Yonhap|PA(?: Images| Wire| Media)?|Anadolu(?: Agency)?|WireImage"
    r"|FilmMagic|Stock photo|Wikimedia Commons|Flickr|CNS|Newscom|Abaca|Belga|Hans Lucas"
)
# Credits are often set in capitals ("REUTERS/Kevin Lamarque", "GETTY IMAGES").
_AGENCIES = f"{_AGENCY_NAMES}|{_AGENCY_NAMES.upper()}"
_CREDIT_LABEL = (
    r"(?:Mandatory )?Credit|Credits|Photo(?:graph)?s?(?: by)?|Image(?:s)?(?: by| source| courtesy)?"
    r"|Picture|Pic|Courtesy(?: of)?|Source|Illustration|Graphic|Foto(?:s)?|Bild|Bildquelle|Grafik"
    r"|Fotografía|Imagen|Ilustración|Immagine|Crédit(?:s)? photo|Crédits?|Фото|Изображение"
    r"|图片来源|图|写真"
)
# "Image copyright Getty Images", "Photo credit Jane Doe": a label and a name, no colon.
_SPACED_LABEL = r"(?:Image|Photo|Picture)\s+(?:copyright|source|credit)"
# A whole credit line: "Getty Images", "AP Photo/Evan Vucci", "Photo: Jane Doe", "Credit: Reuters",
# "Jane Doe/Daily Gazette/Getty Images" (a photographer and an outlet before the agency).
_CREDIT_LINE = regex.compile(
    rf"^(?:(?:{_CREDIT_LABEL})\s*(?:[:：/|]|\.{{3}}|…)\s*\S.*|Photo(?:graph)? by \p{{Lu}}.*"
    rf"|{_SPACED_LABEL}\s*:?\s+\S.*"
    rf"|(?:Photo|Image|Picture|Video)s? courtesy(?: of)? \S.*|Courtesy(?: of)? (?:the )?\p{{Lu}}[^.!?]*"
    rf"|(?:[\w.'’ -]{{0,40}}/)?(?:[\w.'’ -]{{0,40}}\s*(?:/|for|via|–|-)\s*)?(?:{_AGENCIES})(?:\s*(?:/|via|,|–|-)\s*[\w.'’ -]{{0,60}})?"
    rf"(?:\s*(?:/|via|,)\s*(?:{_AGENCIES}))?)\s*$"
)
# A credit at the end of a caption line: "Blinken in Brussels. (AP Photo/Virginia Mayo)".
_TRAILING_CREDIT = regex.compile(
    rf"^(?P<caption>.*\S)\s*(?P<credit>\((?:(?:{_CREDIT_LABEL})(?:\s*[:/]\s*|\s+by\s+)[^()]+"
    rf"|[^()]{{0,40}}?(?:{_AGENCIES})[^()]{{0,40}})\)"
    rf"|(?<=[.!?…]\s*)(?:Photo|Image|Credit|Foto)\s*:\s*[^:]{{2,60}}|\|\s*(?:{_AGENCIES})[^|]{{0,40}})$"
)
# A figure caption (HTML ``<figcaption>``) may end with a bare credit after its last sentence.
_LAST_SENTENCE_END = regex.compile(r"^(?P<caption>.*[.!?…][\"'’”»)]*)\s+(?P<credit>[^.!?…]+)$")
# An explicit caption label: "Image caption The president at the summit".
_CAPTION_LABEL = regex.compile(
    r"^(?:Image|Photo|Picture) caption\s*:?\s+(?P<caption>\S.*)$|^Caption\s*:\s*(?P<caption>\S.*)$"
)
_MAX_CREDIT_WORDS = 12
_MAX_CAPTION_WORDS = 60

# What a line needs before the patterns above are worth trying. A credit line starts with a
# label or an agency, or has an agency after a separator ("Jane Doe/AFP", "Jane Doe for
# Reuters"); a caption line ends in a credit in brackets, after "Photo:", or after a "|".
_AGENCY_STARTS = Prefixes(expand(_AGENCIES))
_AGENCY_FIRSTS = frozenset(agency[:1] for agency in expand(_AGENCIES))
_KIND = attrgetter("kind")
# What ``is_credit`` may strip off the start of a line: a bracket, a "©", spaces (all that
# ``str.isspace`` counts: regex's ``\s`` and the separators U+001C-U+001F).
_CREDIT_WRAPPERS = frozenset("(©\x1c\x1d\x1e\x1f" + WHITESPACE)
# Labels and agencies a credit line starts with; "Caption" (the others start like a credit).
# A line that starts with what ``is_credit`` strips off ("(", "©", a space) is looked at too.
_CANDIDATE_STARTS = Prefixes(
    expand(_CREDIT_LABEL) | expand(_AGENCIES) | {"Video", "Caption"} | set(_CREDIT_WRAPPERS)
)
_AGENCY_SEPARATORS = ("/", "–", "-", "for", "via", "|")
_COLON_CREDIT_LABELS = ("Photo", "Image", "Credit", "Foto")
_PAREN_CREDIT = regex.compile(
    rf"(?:{_CREDIT_LABEL})(?:\s*[:/]\s*|\s+by\s+)[^()]+|[^()]{{0,40}}?(?:{_AGENCIES})[^()]{{0,40}}"
)


def is_credit(text: str) -> bool:
    """True when the whole line is a photo credit.

    >>> is_credit("Getty Images"), is_credit("AP Photo/Evan Vucci"), is_credit("Reuters reported.")
    (True, True, False)
    """
    text = _credit_text(text)
    return count_words(text) <= _MAX_CREDIT_WORDS and _CREDIT_LINE.match(text) is not None


def _credit_text(text: str) -> str:
    """The line as ``is_credit`` matches it: without wrapping brackets, a leading "©", spaces."""
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    return text.removeprefix("©").lstrip()


def split_caption_credit(block: Block) -> tuple[str, str] | None:
    """``(caption, credit)`` when ``block`` is a caption line that ends with its photo credit.

    >>> from cleanse import read
    >>> split_caption_credit(read("Blinken in Brussels. (AP Photo/Virginia Mayo)").blocks[0])
    ('Blinken in Brussels.', 'AP Photo/Virginia Mayo')
    """
    if block.words > _MAX_CAPTION_WORDS:
        return None
    match = _TRAILING_CREDIT.match(block.text) if _may_end_in_credit(block.text) else None
    if match and (block.kind is Kind.CAPTION or not ends_sentence(match["credit"])):
        credit = match["credit"].strip()
        if credit.startswith("(") and credit.endswith(")"):
            credit = credit[1:-1]
        return match["caption"], credit.lstrip("| ").strip()
    if block.kind is Kind.CAPTION:
        match = _LAST_SENTENCE_END.match(block.text)
        if match and is_credit(match["credit"]):
            return match["caption"], match["credit"]
    return None


def _caption_before(blocks: tuple[Block, ...], i: int, credits: _Credits) -> Block | None:
    """The caption a credit belongs to: the line right above it, in the same paragraph.

    In HTML a ``<figcaption>`` and a credit element beside it sit in different containers, so a
    caption above the credit is enough, or any line above a credit-only figcaption in the same
    ``<figure>``.
    """
    if i == 0:
        return None
    before = blocks[i - 1]
    credit = blocks[i]
    if (
        before.group != credit.group
        and before.kind is not Kind.CAPTION
        and (credit.kind is not Kind.CAPTION or not _in_figure_of(before, credit, credits.document))
    ):
        return None
    if before.words > _MAX_CAPTION_WORDS or credits.at(i - 1):
        return None
    return before


def _in_figure_of(block: Block, caption: Block, document: Document) -> bool:
    """Does ``block`` sit in the ``<figure>`` that holds ``caption`` (a credit-only
    figcaption)? A paragraph of the story above the figure is not its caption. True when the
    caption is in no figure (nothing to tell them apart by)."""
    containers = document.containers
    if caption.group < 0 or not containers:
        return True
    above = document.ancestors(caption.group)
    figure = next((c for c in above if containers[c].tag == "figure"), None)
    if figure is None:
        return True
    return block.group >= 0 and figure in document.ancestors(block.group)


def _labelled_caption_after(blocks: tuple[Block, ...], i: int, credits: _Credits) -> Block | None:
    """The caption right after a credit that had none above it: a labelled line or a figcaption."""
    if i + 1 >= len(blocks):
        return None
    after = blocks[i + 1]
    if _CAPTION_LABEL.match(after.text):
        return after
    if after.kind is Kind.CAPTION and not credits.at(i + 1):
        return after
    return None


class PhotoCredit(BaseFilter):
    """Takes credit lines, and the caption line they follow, into ``captions``."""

    def __init__(self, *, name: str = "photo_credit") -> None:
        self.name = name

    def __call__(self, context: Context) -> Iterator[Decision]:
        blocks = context.blocks
        credits = _Credits(blocks, context.document)
        used: set[int] = set()
        for i in sorted(_candidates(context)):
            block = blocks[i]
            if block.index in used:
                continue
            if credits.at(i):
                if i and blocks[i - 1].group == block.group and byline_of(blocks[i - 1].text):
                    continue  # "By Jane Doe" over "Associated Press": the byline's agency
                used.add(block.index)
                caption = _caption_before(blocks, i, credits)
                if caption is not None and caption.index not in used:
                    used.add(caption.index)
                    yield take(caption, "caption", "caption_above_credit")
                    yield take(block, "credit", "photo_credit", link=caption.index)
                    continue
                labelled = _labelled_caption_after(blocks, i, credits)
                if labelled is not None and labelled.index not in used:
                    used.add(labelled.index)
                    yield take(block, "credit", "photo_credit", link=labelled.index)
                    yield _take_caption(labelled, "the credit line is above it")
                    continue
                yield take(block, "credit", "photo_credit", "no caption above it")
                continue
            split = split_caption_credit(block)
            if split is not None:
                used.add(block.index)
                yield take(block, "caption", "caption_with_credit", value=split)
                continue
            if credits.at(i + 1) and _caption_before(blocks, i + 1, credits) is block:
                continue  # the credit line below takes this caption with it
            if _CAPTION_LABEL.match(block.text) or (
                block.kind is Kind.CAPTION and block.words <= _MAX_CAPTION_WORDS
            ):
                used.add(block.index)
                yield _take_caption(block, "")


class _Credits:
    """``is_credit`` of each block, computed once (a credit is asked about from both sides);
    and the document, whose containers tell which blocks share a ``<figure>``."""

    def __init__(self, blocks: tuple[Block, ...], document: Document) -> None:
        self.blocks = blocks
        self.document = document
        self._known: dict[int, bool] = {}

    def at(self, i: int) -> bool:
        """Is block ``i`` (an index into the blocks; past the end: no) a credit line?"""
        known = self._known.get(i)
        if known is None:
            known = i < len(self.blocks) and is_credit(self.blocks[i].text)
            self._known[i] = known
        return known


def _candidates(context: Context) -> set[int]:
    """The blocks the filter must look at: every block it may take is one of them.

    A credit starts with a label or an agency (after the brackets and "©" ``is_credit``
    strips), or has an agency after a separator; a caption with its credit ends in a bracket,
    in "Photo: ..." after its last colon, or in an agency after a "|"; a labelled caption starts
    with its label; and every HTML caption counts.
    """
    blocks = context.blocks
    found = set(_CANDIDATE_STARTS.blocks(blocks))
    if Kind.CAPTION in map(_KIND, blocks):
        found.update(i for i, block in enumerate(blocks) if block.kind is Kind.CAPTION)
    if not aligned(context):
        return set(range(len(blocks)))  # the page text cannot be read in one go
    document = context.document.text
    position = document.find(")")
    while position >= 0:
        if document[position + 1 : position + 2] in ("\n", ""):
            i = kept_at(blocks, position)
            if i >= 0 and _has_paren_credit(blocks[i].text):
                found.add(i)
        position = document.find(")", position + 1)
    position = document.find(":")
    read: set[int] = set()  # a block's last colon is read once, not once per "Photo:" in it
    while position >= 0:
        before = position
        while document[before - 1 : before].isspace():
            before -= 1
        if document.endswith(_COLON_CREDIT_LABELS, 0, before):
            i = kept_at(blocks, position)
            if i >= 0 and i not in read:
                read.add(i)
                if _has_colon_credit(blocks[i].text):
                    found.add(i)
        position = document.find(":", position + 1)
    firsts = _AGENCY_FIRSTS
    for separator in _AGENCY_SEPARATORS:
        width = len(separator)
        position = document.find(separator)
        while position >= 0:
            after = position + width
            # Mostly a word follows ("for the", "well-known"): one look at its first letter.
            char = document[after : after + 1]
            if char == " ":
                char = document[after + 1 : after + 2]
            if (char in firsts or char.isspace()) and _agency_follows(document, after):
                i = kept_at(blocks, position)
                if i >= 0:
                    found.add(i)
            position = document.find(separator, after)
    return found


def _agency_follows(text: str, position: int) -> bool:
    """Does an agency name start at ``position`` in ``text``, after spaces?"""
    while text[position : position + 1].isspace():
        position += 1
    return text[position : position + 1] in _AGENCY_FIRSTS and _AGENCY_STARTS.match(text, position)


def _may_end_in_credit(text: str) -> bool:
    """Can ``_TRAILING_CREDIT`` match ``text``? Only if its end holds one of its three credits."""
    return _has_paren_credit(text) or _has_colon_credit(text) or _has_bar_credit(text)


def _has_bar_credit(text: str) -> bool:
    """Is the last "|" of ``text`` followed by an agency name?"""
    bar = text.rfind("|")
    return bar > 0 and _agency_follows(text, bar + 1)


def _has_paren_credit(text: str) -> bool:
    """Does a bracket end ``text`` (``$`` allows a last line break) and hold a credit?"""
    end = len(text) - 1 if text.endswith("\n") else len(text)
    if text[end - 1 : end] != ")":
        return False
    opening = text.rfind("(", 0, end)
    return opening > 0 and _PAREN_CREDIT.fullmatch(text, opening + 1, end - 1) is not None


def _has_colon_credit(text: str) -> bool:
    """Is the last colon of ``text`` the one after "Photo", "Image", "Credit" or "Foto"?"""
    colon = text.rfind(":")
    return colon > 0 and text[:colon].rstrip().endswith(_COLON_CREDIT_LABELS)


def _take_caption(block: Block, detail: str) -> Decision:
    """Take a caption without a credit: a labelled line ("Image caption ...") or a figcaption."""
    match = _CAPTION_LABEL.match(block.text)
    if match is not None:
        return take(block, "caption", "caption_label", detail, value=match["caption"])
    return take(block, "caption", "figure_caption", detail or "an HTML figure caption")
