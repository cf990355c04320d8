"""Photo credits and the captions they belong to: taken into ``Article.captions``."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..blocks import Block, Kind
from ..pipeline import Context, Decision, take
from ..textstats import count_words, ends_sentence

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
# A whole credit line: "Getty Images", "AP Photo/Evan Vucci", "Photo: Jane Doe", "Credit: Reuters".
_CREDIT_LINE = regex.compile(
    rf"^(?:(?:{_CREDIT_LABEL})\s*(?:[:：/|]|\.{{3}}|…)\s*\S.*|Photo(?:graph)? by \p{{Lu}}.*"
    rf"|{_SPACED_LABEL}\s*:?\s+\S.*"
    rf"|(?:Photo|Image|Picture|Video)s? courtesy(?: of)? \S.*|Courtesy(?: of)? (?:the )?\p{{Lu}}[^.!?]*"
    rf"|(?:[\w.'’ -]{{0,40}}\s*(?:/|for|via|–|-)\s*)?(?:{_AGENCIES})(?:\s*(?:/|via|,|–|-)\s*[\w.'’ -]{{0,60}})?"
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


def is_credit(text: str) -> bool:
    """True when the whole line is a photo credit.

    >>> is_credit("Getty Images"), is_credit("AP Photo/Evan Vucci"), is_credit("Reuters reported.")
    (True, True, False)
    """
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    text = text.removeprefix("©").lstrip()
    return count_words(text) <= _MAX_CREDIT_WORDS and _CREDIT_LINE.match(text) is not None


def split_caption_credit(block: Block) -> tuple[str, str] | None:
    """``(caption, credit)`` when ``block`` is a caption line that ends with its photo credit.

    >>> from cleanse import read
    >>> split_caption_credit(read("Blinken in Brussels. (AP Photo/Virginia Mayo)").blocks[0])
    ('Blinken in Brussels.', 'AP Photo/Virginia Mayo')
    """
    if block.words > _MAX_CAPTION_WORDS:
        return None
    match = _TRAILING_CREDIT.match(block.text)
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


def _caption_before(blocks: tuple[Block, ...], i: int) -> Block | None:
    """The caption a credit belongs to: the line right above it, in the same paragraph.

    In HTML a ``<figcaption>`` and a credit element beside it sit in different containers, so a
    caption-kind block on either side is enough.
    """
    if i == 0:
        return None
    before = blocks[i - 1]
    credit = blocks[i]
    if before.group != credit.group and Kind.CAPTION not in (before.kind, credit.kind):
        return None
    if before.words > _MAX_CAPTION_WORDS or is_credit(before.text):
        return None
    return before


def _labelled_caption_after(blocks: tuple[Block, ...], i: int) -> Block | None:
    """The caption right after a credit that had none above it: a labelled line or a figcaption."""
    if i + 1 >= len(blocks):
        return None
    after = blocks[i + 1]
    if _CAPTION_LABEL.match(after.text):
        return after
    if after.kind is Kind.CAPTION and not is_credit(after.text):
        return after
    return None


class PhotoCredit:
    """Takes credit lines, and the caption line they follow, into ``captions``."""

    def __init__(self, *, name: str = "photo_credit") -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"PhotoCredit(name={self.name!r})"

    def __call__(self, context: Context) -> Iterator[Decision]:
        blocks = context.blocks
        used: set[int] = set()
        for i, block in enumerate(blocks):
            if block.index in used:
                continue
            if is_credit(block.text):
                used.add(block.index)
                caption = _caption_before(blocks, i)
                if caption is not None and caption.index not in used:
                    used.add(caption.index)
                    yield take(caption, "caption", "caption_above_credit")
                    yield take(block, "credit", "photo_credit", link=caption.index)
                    continue
                labelled = _labelled_caption_after(blocks, i)
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
            credit_below = i + 1 < len(blocks) and is_credit(blocks[i + 1].text)
            if credit_below and _caption_before(blocks, i + 1) is block:
                continue  # the credit line below takes this caption with it
            if _CAPTION_LABEL.match(block.text) or (
                block.kind is Kind.CAPTION and block.words <= _MAX_CAPTION_WORDS
            ):
                used.add(block.index)
                yield _take_caption(block, "")


def _take_caption(block: Block, detail: str) -> Decision:
    """Take a caption without a credit: a labelled line ("Image caption ...") or a figcaption."""
    match = _CAPTION_LABEL.match(block.text)
    if match is not None:
        return take(block, "caption", "caption_label", detail, value=match["caption"])
    return take(block, "caption", "figure_caption", detail or "an HTML figure caption")
