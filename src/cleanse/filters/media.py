"""Photo credits and the captions they belong to: taken into ``Article.captions``."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..blocks import Block, Kind
from ..pipeline import Context, Decision, take
from ..textstats import count_words, ends_sentence

_AGENCIES = (
    r"Getty(?: Images)?|AP(?: Photo)?|Associated Press|Reuters|AFP|EPA(?:-EFE)?|EFE|Shutterstock"
    r"|iStock(?:photo)?|Alamy|Bloomberg|dpa|ANP|ANSA|Xinhua|Pixabay|Unsplash|Pexels|Imago|IMAGO"
    r"|picture[- ]alliance|Keystone|Corbis|NurPhoto|SOPA Images|Sipa(?: USA)?|ZUMA(?: Press| Wire)?"
    r"|TASS|РИА Новости|Kyodo|Yonhap|PA(?: Images| Wire| Media)?|Anadolu(?: Agency)?|WireImage"
    r"|FilmMagic|Stock photo|Wikimedia Commons|Flickr|CNS|Newscom|Abaca|Belga|Hans Lucas"
)
_CREDIT_LABEL = (
    r"Photo(?:graph)?s?(?: by)?|Image(?:s)?(?: by| source| courtesy)?|Picture|Pic|Credit|Credits"
    r"|Courtesy(?: of)?|Source|Foto(?:s)?|Bild|Bildquelle|Fotografía|Imagen|Immagine|Crédit(?:s)? photo"
    r"|Crédits?|Фото|Изображение|图片来源|图|写真"
)
# A whole credit line: "Getty Images", "AP Photo/Evan Vucci", "Photo: Jane Doe", "Credit: Reuters".
_CREDIT_LINE = regex.compile(
    rf"^(?:(?:{_CREDIT_LABEL})\s*[:：/|]\s*\S.*|(?:{_CREDIT_LABEL.split('|')[0]}) by \p{{Lu}}.*"
    rf"|(?:[\w.'’ -]{{0,40}}\s*(?:/|for|via|–|-)\s*)?(?:{_AGENCIES})(?:\s*(?:/|via|,|–|-)\s*[\w.'’ -]{{0,60}})?"
    rf"(?:\s*(?:/|via|,)\s*(?:{_AGENCIES}))?)\s*$"
)
# A credit at the end of a caption line: "Blinken in Brussels. (AP Photo/Virginia Mayo)".
_TRAILING_CREDIT = regex.compile(
    rf"^(?P<caption>.*\S)\s*(?P<credit>\((?:(?:{_CREDIT_LABEL})(?:\s*[:/]\s*|\s+by\s+)[^()]+"
    rf"|[^()]{{0,40}}?(?:{_AGENCIES})[^()]{{0,40}})\)"
    rf"|(?:Photo|Image|Credit|Foto)\s*:\s*[^:]{{2,60}}|\|\s*(?:{_AGENCIES})[^|]{{0,40}})$"
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
    return count_words(text) <= _MAX_CREDIT_WORDS and _CREDIT_LINE.match(text) is not None


def _caption_before(blocks: tuple[Block, ...], i: int) -> Block | None:
    """The caption a credit belongs to: the line right above it, in the same paragraph."""
    if i == 0:
        return None
    before = blocks[i - 1]
    credit = blocks[i]
    if before.group != credit.group and credit.kind is not Kind.CAPTION:
        return None
    if before.words > _MAX_CAPTION_WORDS or is_credit(before.text):
        return None
    return before


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
                caption = _caption_before(blocks, i)
                if caption is not None and caption.index not in used:
                    used.add(caption.index)
                    yield take(caption, "caption", "caption_above_credit")
                    yield take(block, "credit", "photo_credit", link=caption.index)
                else:
                    yield take(block, "credit", "photo_credit", "no caption above it")
                used.add(block.index)
                continue
            if block.words <= _MAX_CAPTION_WORDS:
                match = _TRAILING_CREDIT.match(block.text)
                if match and (block.kind is Kind.CAPTION or not ends_sentence(match["credit"])):
                    credit = match["credit"].strip("()| ")
                    yield take(
                        block, "caption", "caption_with_credit", value=(match["caption"], credit)
                    )
                    used.add(block.index)
